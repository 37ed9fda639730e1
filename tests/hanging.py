"""Extractors that misbehave, run by the extraction worker process in tests."""

from __future__ import annotations

import os
import re
import time


def never_finishes(markup: str) -> dict:
    """Write this process's id to the file named in the page, then hang."""
    pidfile = re.search(r"pidfile=(\S+?)<", markup)
    if pidfile:
        with open(pidfile.group(1), "w") as out:
            out.write(str(os.getpid()))
    while True:
        time.sleep(3600)


def crashes(markup: str) -> dict:
    """Die the way a crash in a C extension would: no exception, no answer."""
    os._exit(70)
