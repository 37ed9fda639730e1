"""Alembic environment and revisions, shipped inside the package."""

SCHEMA_HEAD = "0004_team_search_sort_keys"
"""The newest revision this program knows; a test checks it against the revision files."""
