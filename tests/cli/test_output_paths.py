"""``export --out`` and ``backup OUT`` never replace a database: one line, exit 1, bytes kept."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from claimtracker.app import main
from claimtracker.core.backups import make_backup
from claimtracker.core.db import create_database
from claimtracker.core.services import Services
from tests.unprivileged import in_child, shared_folder


@pytest.fixture
def cli(capsys):
    def run(*argv: str):
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def dbfile(tmp_path) -> Path:
    path = tmp_path / "cli.db"
    db = create_database(path)
    Services(db, "t").articles.add_text("El ministro dijo que la inflación bajó.", "Nota")
    db.close()
    return path


def user_files(folder: Path, files: list[Path] | None = None) -> list[Path]:
    """Files in ``folder``, less the -wal/-shm files SQLite keeps while a database is open."""
    found = files if files is not None else [p for p in folder.rglob("*") if p.is_file()]
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm")))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def bad_target(kind: str, dbfile: Path) -> str:
    """An output path of the given kind, made next to ``dbfile``."""
    folder = dbfile.parent
    if kind == "database":
        return str(dbfile)
    if kind in ("wal", "shm"):
        return f"{dbfile}-{kind}"
    if kind == "symlink":
        (folder / "report.csv").symlink_to(dbfile.name)
        return str(folder / "report.csv")
    if kind == "hard link":
        os.link(dbfile, folder / "report.csv")
        return str(folder / "report.csv")
    if kind == "relative":
        return os.path.relpath(dbfile)
    if kind == "backups folder":
        backup = make_backup(dbfile, "manual")
        return str(backup.with_name("report.csv"))
    if kind == "backup in backups folder":
        return str(make_backup(dbfile, "manual"))
    if kind == "other database":
        create_database(folder / "other.db").close()
        return str(folder / "other.db")
    if kind == "empty":
        return ""
    if kind == "folder":
        return str(folder)
    if kind == "missing folder":
        return str(folder / "missing" / "report.csv")
    raise AssertionError(kind)


EXPORT_CASES = {
    "database": "is the open database",
    "wal": "is the open database or one of its files",
    "shm": "is the open database or one of its files",
    "symlink": "is the open database",
    "hard link": "is the open database",
    "relative": "is the open database",
    "backups folder": "inside the database's backups folder",
    "backup in backups folder": "inside the database's backups folder",
    "other database": "is a ClaimTracker database; it is never overwritten",
    "empty": "no output file named",
    "folder": "is a folder; name a file inside it",
    "missing folder": "does not exist",
}


@pytest.mark.parametrize("fmt", ["csv", "json", "w3c"])
@pytest.mark.parametrize("kind", EXPORT_CASES)
def test_export_refuses_the_database_and_bad_paths(cli, dbfile, kind, fmt, monkeypatch):
    monkeypatch.chdir(dbfile.parent)
    target = bad_target(kind, dbfile)
    files = sorted(p for p in dbfile.parent.rglob("*") if p.is_file())
    before = {p: sha256(p) for p in files}
    code, out, err = cli("export", "--format", fmt, "--out", target, "--db", dbfile)
    assert code == 1, err
    assert EXPORT_CASES[kind] in err
    assert err.count("\n") == 1 and err.startswith("claimtracker: ")
    assert {p: sha256(p) for p in files} == before  # the database and every other file
    assert user_files(dbfile.parent) == user_files(dbfile.parent, files)  # nothing added


BACKUP_CASES = {
    **EXPORT_CASES,
    "other database": "already exists; choose another name",
}


@pytest.mark.parametrize("kind", BACKUP_CASES)
def test_backup_refuses_the_database_and_bad_paths(cli, dbfile, kind, monkeypatch):
    monkeypatch.chdir(dbfile.parent)
    target = bad_target(kind, dbfile)
    files = sorted(p for p in dbfile.parent.rglob("*") if p.is_file())
    before = {p: sha256(p) for p in files}
    code, out, err = cli("backup", target, "--db", dbfile)
    assert code == 1, err
    assert BACKUP_CASES[kind] in err
    assert err.count("\n") == 1 and out == ""
    assert {p: sha256(p) for p in files} == before
    assert user_files(dbfile.parent) == user_files(dbfile.parent, files)


def test_backup_onto_an_existing_file_keeps_it(cli, dbfile, tmp_path):
    existing = tmp_path / "notes.txt"
    existing.write_text("mis notas")
    code, _, err = cli("backup", existing, "--db", dbfile)
    assert code == 1 and "already exists" in err and err.count("\n") == 1
    assert existing.read_text() == "mis notas"


def test_export_replaces_an_ordinary_file_and_keeps_its_mode(cli, dbfile, tmp_path):
    report = tmp_path / "report.csv"
    report.write_text("old report")
    report.chmod(0o640)
    code, _, err = cli("export", "--format", "csv", "--out", report, "--db", dbfile)
    assert code == 0, err
    assert report.read_text(encoding="utf-8-sig").startswith('"id","statement"')
    assert oct(report.stat().st_mode & 0o777) == oct(0o640)


def test_backup_into_a_read_only_folder_as_an_unprivileged_user(cli, capsys):
    """Dropped to ``nobody`` in a forked child: root would ignore the folder's mode."""
    from claimtracker.cli import build_parser, run

    with shared_folder() as folder:
        db_path = folder / "team.db"
        create_database(db_path).close()
        db_path.chmod(0o644)
        locked = folder / "locked"
        locked.mkdir(mode=0o755)  # owned by root: nobody may not write in it
        before = sha256(db_path)

        def backup() -> tuple[int, str]:
            import io

            err = io.StringIO()
            args = build_parser().parse_args(
                ["backup", str(locked / "copy.db"), "--db", str(db_path)]
            )
            return run(args, stdout=io.StringIO(), stderr=err), err.getvalue()

        outcome = in_child(backup, as_nobody=True)
        assert outcome.raised is None, outcome.message
        code, err = outcome.value
        assert code == 1
        assert "cannot write" in err and "Permission denied" in err
        assert err.count("\n") == 1
        assert list(locked.iterdir()) == []
        assert sha256(db_path) == before
