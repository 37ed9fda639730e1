"""Telling a window that others changed its database, on SQLite and on PostgreSQL.

A window polls :meth:`ChangeWatch.poll` from a timer (every second or two); the call never
waits for the database. SQLite: ``PRAGMA data_version`` on a connection kept for it (the
number moves when any other connection commits). PostgreSQL: ``LISTEN`` on a connection of
its own; every write transaction of ClaimTracker sends one ``NOTIFY`` before it commits (the
server delivers it only if the commit succeeds) naming the claims it changed.

The notification is sent by the write path (:meth:`Database.write`), not by triggers: the
write path already knows which claims a transaction changed (it keeps the search index and
sort keys in step with them), and one notification per transaction, with those ids, is what
other windows need. Changes made outside ClaimTracker (psql, a restore) are not announced.
"""

from __future__ import annotations

import contextlib
import select
from dataclasses import dataclass
from typing import Any

CHANNEL = "claimtracker_changes"
MAX_IDS = 500
"""More changed claims than this are announced as "reload everything" (payloads are small)."""


@dataclass(frozen=True)
class Changes:
    """What others changed since the last poll."""

    claim_ids: frozenset[int] | None
    """The claims that changed, or None when not known (reload everything)."""


def payload(origin: str, claim_ids: set[int]) -> str:
    """The text of one notification: who sent it and which claims changed (``*``: unknown)."""
    if claim_ids and len(claim_ids) <= MAX_IDS:
        return f"{origin}:{','.join(map(str, sorted(claim_ids)))}"
    return f"{origin}:*"


class ChangeWatch:
    """Answers "did anyone change the database since I last looked?" without waiting."""

    def poll(self) -> Changes | None:
        """Changes since the last poll (or :meth:`seen`), None when there are none."""
        raise NotImplementedError

    def seen(self) -> None:
        """Count everything until now as seen (after this window's own save)."""
        self.poll()

    def close(self) -> None:
        """Release the connection."""


class FileWatch(ChangeWatch):
    """SQLite: ``PRAGMA data_version`` moves when another connection commits.

    The window's own saves go through other connections of the pool, so they count too:
    call :meth:`seen` after saving.
    """

    def __init__(self, connect) -> None:
        self._connect = connect
        self._conn: Any = None
        self._version = self._read()

    def _read(self) -> int:
        if self._conn is None:
            self._conn = self._connect()
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def poll(self) -> Changes | None:
        version = self._read()
        if version == self._version:
            return None
        self._version = version
        return Changes(None)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class ServerWatch(ChangeWatch):
    """PostgreSQL: notifications received on a ``LISTEN`` connection of its own.

    Notifications sent by the same :class:`~claimtracker.core.db.Database` (``origin``) are
    skipped: the window already shows its own saves. A lost connection is opened again and
    reported as a change of unknown claims, since notifications may have been missed.
    """

    def __init__(self, connect, origin: str) -> None:
        self._connect = connect
        self._origin = origin
        self._conn: Any = None
        self._listen()

    def seen(self) -> None:
        """Nothing to do: this database's own notifications are skipped anyway, and others'
        that arrived meanwhile are still to be told."""

    def _listen(self) -> None:
        conn = self._connect()
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def poll(self) -> Changes | None:
        import psycopg

        try:
            if self._conn is None:
                self._listen()
                return Changes(None)
            payloads = self._received()
        except (psycopg.Error, OSError, ValueError):
            self.close()
            with contextlib.suppress(psycopg.Error):  # the server is away: the next poll retries
                self._listen()
            return Changes(None)
        ids: set[int] = set()
        changed = unknown = False
        for text in payloads:
            origin, _sep, listed = text.partition(":")
            if origin == self._origin:
                continue
            changed = True
            unknown = unknown or listed == "*"
            ids.update(int(i) for i in listed.split(",") if i.isdigit())
        if not changed:
            return None
        return Changes(None if unknown else frozenset(ids))

    def _received(self) -> list[str]:
        """Notifications that have arrived, read without waiting (libpq's own calls: a
        lost connection shows as readable and then fails to read)."""
        pgconn = self._conn.pgconn
        for _attempt in range(8):
            readable, _w, _x = select.select([self._conn.fileno()], [], [], 0)
            if not readable:
                break
            pgconn.consume_input()
        payloads = []
        while (note := pgconn.notifies()) is not None:
            payloads.append(note.extra.decode("utf-8", "replace"))
        return payloads

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
