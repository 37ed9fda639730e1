"""Files another user may only read: they open read-only and leave nothing beside the database.

Each case runs the reading user in a child process that really is another, unprivileged user
(see ``tests.unprivileged``), then checks that the owner can still write the file.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from claimtracker.core.db import create_database
from claimtracker.core.services import Services
from tests.unprivileged import (
    OTHER,
    OWNER,
    give,
    needs_two_users,
    run_as,
    run_json,
    shared_folder,
    start_as,
)

TEXT = "El ministro dijo que la inflación bajó. La portavoz negó que hubiera recortes."
QUOTES = ["la inflación bajó", "negó que hubiera recortes"]

# The other user: what opening the file gives, and what the folder holds meanwhile.
READ = r"""
from sqlalchemy import text
try:
    db = open_database(args[0])
except ClaimTrackerError as exc:
    print(json.dumps({"error": str(exc)}))
    sys.exit(0)
with db.read() as s:
    statements = list(s.execute(text("SELECT statement FROM claims ORDER BY id")).scalars())
result = {"readonly": db.readonly, "notice": db.notice, "claims": statements}
result["versions"] = [db.data_version(), db.data_version()]  # the change watch of a window
try:
    Services(db, "other").claims.update(1, claimant="Otro")
except ClaimTrackerError as exc:
    result["write"] = str(exc)
result["listing"] = sorted(os.listdir(os.path.dirname(args[0])))
db.close()
print(json.dumps(result))
"""

# The owner, after making the file or folder writable again: a new article and claim.
WRITE = r"""
for target, mode in zip(args[1::2], args[2::2]):
    os.chmod(target, int(mode, 8))
db = open_database(args[0])
services = Services(db, "owner")
article = services.articles.add_text("Nota nueva: el paro subió.", "Nueva").id
services.claims.create_from_quote(article, "el paro subió")
print(json.dumps({"readonly": db.readonly, "claims": len(services.claims.find())}))
db.close()
"""

# The owner at work: one claim saved, then the process waits with the database open.
LIVE_WRITER = r"""
db = open_database(args[0])
services = Services(db, "owner")
article = services.articles.add_text("Nota viva: el gasto creció.", "Viva").id
services.claims.create_from_quote(article, "el gasto creció")
print("saved", flush=True)
if sys.stdin.readline().strip() == "crash":
    os._exit(1)  # ends without closing: the -wal and -shm files stay
services.claims.create_from_quote(article, "Nota viva")
db.close()
print("closed", flush=True)
"""


CLI = "sys.exit(claimtracker.app.main(args))"

# A plain SQLite reader that ends without closing, as older versions' read-only opens did.
LEAVE_SIDE_FILES = r"""
import sqlite3
sqlite3.connect(args[0]).execute("SELECT count(*) FROM claims").fetchall()
os._exit(0)
"""


def start_live_writer(path: Path) -> subprocess.Popen[str]:
    writer = start_as(OWNER, LIVE_WRITER, path)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "saved"
    return writer


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def investigation(shared: Path, folder_mode: int, file_mode: int) -> Path:
    """The owner's database with two claims, closed cleanly, in a folder of its own."""
    folder = shared / "investigation"
    folder.mkdir()
    path = folder / "claims.db"
    db = create_database(path)
    services = Services(db, "owner")
    article = services.articles.add_text(TEXT, "Nota").id
    for quote in QUOTES:
        services.claims.create_from_quote(article, quote)
    db.close()
    give(path, OWNER, file_mode)
    give(folder, OWNER, folder_mode)
    return path


def read_as_other(path: Path) -> dict:
    before = listing(path.parent)
    result = run_json(OTHER, READ, path)
    assert "error" not in result, result["error"]
    assert result["readonly"] is True
    assert "read-only" in result["write"]
    assert result["listing"] == before  # nothing beside the file while it was open
    assert listing(path.parent) == before
    return result


def owner_writes(path: Path, *chmods: tuple[Path, int]) -> dict:
    args = [str(path)] + [x for target, mode in chmods for x in (str(target), f"{mode:o}")]
    result = run_json(OWNER, WRITE, *args)
    assert result["readonly"] is False
    return result


@pytest.fixture
def shared():
    with shared_folder() as folder:
        yield folder


def test_read_only_file_in_a_writable_folder(shared):
    path = investigation(shared, folder_mode=0o777, file_mode=0o444)
    result = read_as_other(path)
    assert result["claims"] == QUOTES and result["notice"] is None
    quote = "La portavoz"
    add = run_as(OTHER, CLI, "claim", "add", "--article", "1", "--quote", quote, "--db", path)
    assert add.returncode == 1 and add.stdout == ""
    assert add.stderr.count("\n") == 1 and "read-only" in add.stderr
    articles = run_as(OTHER, CLI, "articles", "--format", "json", "--db", path)
    assert [a["title"] for a in json.loads(articles.stdout)] == ["Nota"]
    assert listing(path.parent) == ["claims.db"]
    assert owner_writes(path, (path, 0o644))["claims"] == 3
    assert listing(path.parent) == ["claims.db"]


def test_writable_file_in_a_read_only_folder(shared):
    path = investigation(shared, folder_mode=0o555, file_mode=0o666)
    result = read_as_other(path)
    assert result["claims"] == QUOTES
    assert owner_writes(path, (path.parent, 0o755))["claims"] == 3


@needs_two_users
def test_read_only_file_while_its_owner_is_writing(shared):
    path = investigation(shared, folder_mode=0o755, file_mode=0o644)
    writer = start_live_writer(path)
    assert listing(path.parent) == ["claims.db", "claims.db-shm", "claims.db-wal"]
    result = read_as_other(path)  # reads the -wal and -shm of the owner's open database
    assert result["claims"] == QUOTES + ["el gasto creció"]
    writer.stdin.write("go on\n")
    writer.stdin.flush()
    assert writer.stdout.readline().strip() == "closed"
    assert writer.wait() == 0
    assert listing(path.parent) == ["claims.db"]  # the owner's close folded the log in
    assert owner_writes(path)["claims"] == 5


def test_write_ahead_log_without_its_shm_file(shared):
    path = investigation(shared, folder_mode=0o755, file_mode=0o644)
    writer = start_live_writer(path)
    writer.stdin.write("crash\n")
    writer.stdin.flush()
    writer.wait()
    Path(f"{path}-shm").unlink()  # lost, e.g. when the folder was copied without it
    path.chmod(0o444)
    result = read_as_other(path)
    assert result["claims"] == QUOTES + ["el gasto creció"]  # the log's claim included
    assert "snapshot" in result["notice"] and "claims.db-wal" in result["notice"]
    done = run_as(OTHER, CLI, "claims", "--format", "json", "--db", path)
    assert done.returncode == 0
    assert [c["statement"] for c in json.loads(done.stdout)] == result["claims"]
    assert done.stderr.count("\n") == 1 and "snapshot" in done.stderr
    assert listing(path.parent) == ["claims.db", "claims.db-wal"]
    assert owner_writes(path, (path, 0o644))["claims"] == 4


@needs_two_users
def test_another_user_leaves_no_files_beside_the_owners_database(shared):
    path = investigation(shared, folder_mode=0o777, file_mode=0o644)
    result = read_as_other(path)
    assert result["claims"] == QUOTES
    mine = shared / "mine"
    mine.mkdir()
    give(mine, OTHER, 0o755)
    listed = run_as(OTHER, CLI, "claims", "--format", "json", "--db", path)
    assert listed.returncode == 0, listed.stderr
    assert [c["statement"] for c in json.loads(listed.stdout)] == QUOTES
    quote = "La portavoz"
    edit = run_as(OTHER, CLI, "claim", "add", "--article", "1", "--quote", quote, "--db", path)
    assert edit.returncode == 1 and edit.stdout == ""
    assert edit.stderr.count("\n") == 1 and "read-only" in edit.stderr
    copied = run_as(OTHER, CLI, "backup", mine / "copy.db", "--db", path)
    assert copied.returncode == 0, copied.stderr
    assert listing(path.parent) == ["claims.db"]
    assert owner_writes(path)["claims"] == 3  # no chmod needed: the owner could always write


@needs_two_users
def test_side_files_another_user_left_make_the_owners_open_read_only(shared):
    # What older versions left: the other user's read-only open created -wal and -shm files.
    path = investigation(shared, folder_mode=0o777, file_mode=0o644)
    left = run_as(OTHER, LEAVE_SIDE_FILES, path)
    assert left.returncode == 0, left.stderr
    assert listing(path.parent) == ["claims.db", "claims.db-shm", "claims.db-wal"]
    result = run_json(OWNER, READ, path)
    assert result["readonly"] is True and result["claims"] == QUOTES
    assert "read-only" in result["write"]
