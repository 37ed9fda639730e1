"""PostgreSQL: indexes for sorting the review list by statement, claimant and analyst.

Those orders are case-insensitive; SQLite sorts with its NOCASE collation, PostgreSQL by
``lower()``, which no plain index answers. An index entry is limited to about 2.7 kB, so the
index holds the first :data:`PREFIX` characters (``left(lower(statement), 200)``) and the
review list orders by that prefix, then by id (see ``services/query.py``). SQLite is left as
it is.

Revision ID: 0007
Revises: 0006
Created: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = ("statement", "claimant", "updated_by")
PREFIX = 200  # model.SORT_PREFIX when this revision was made


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in COLUMNS:
        op.execute(
            f"CREATE INDEX ix_claims_sort_{name} ON claims (left(lower({name}), {PREFIX}), id)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in COLUMNS:
        op.drop_index(f"ix_claims_sort_{name}", table_name="claims")
