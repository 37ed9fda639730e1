"""Who is recorded with each change when no name has been chosen (light: no database code)."""

from __future__ import annotations

import getpass
import os


def default_analyst_name() -> str:
    """Who is recorded when no name is set: $CLAIMTRACKER_ANALYST, else the login name."""
    name = os.environ.get("CLAIMTRACKER_ANALYST", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "analyst"
