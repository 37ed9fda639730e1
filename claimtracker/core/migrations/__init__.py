"""Alembic environment and revisions, shipped inside the package."""

SCHEMA_HEAD = "0007"
"""The newest revision this program knows; a test checks it against the revision files.

Revision ids are letters and digits only: Alembic refuses ``-`` and backup file names
(``…-before-<revision>.db``) have no room for ``_``."""
