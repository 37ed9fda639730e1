"""Which database is open: opening, creating, backups, restoring, changes elsewhere."""
