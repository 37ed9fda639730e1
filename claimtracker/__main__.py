"""Entry point for ``python -m claimtracker``."""

from claimtracker.app import main

raise SystemExit(main())
