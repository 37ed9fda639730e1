"""Alembic environment and revisions, shipped inside the package."""

SCHEMA_HEAD = "claim_intelligence"
"""The newest revision this program knows; a test checks it against the revision files."""
