"""The one safe output of exports and backups: planted symlinks, modes, stale partials, failures."""

from __future__ import annotations

import fcntl
import hashlib
import os
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from claimtracker.core import backups
from claimtracker.core.errors import ClaimTrackerError, UserError
from claimtracker.core.exporters.pipeline import ExportRequest, export
from claimtracker.core.files import PARTIAL_SUFFIX, check_output_path, safe_output
from tests.unprivileged import in_child, shared_folder


@pytest.fixture
def filled(services, add_article):
    article = add_article("El ministro dijo que la inflación bajó al dos por ciento en marzo.")
    services.claims.create_from_quote(article, "la inflación bajó")
    return services


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_symlink_at_the_old_fixed_temporary_name_is_not_followed(db, filled, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("no me toques")
    (tmp_path / ".report.csv.partial").symlink_to(victim)
    assert export(db, ExportRequest(), tmp_path / "report.csv") == 1
    assert victim.read_text() == "no me toques"
    assert "la inflación bajó" in (tmp_path / "report.csv").read_text(encoding="utf-8-sig")


def test_a_symlink_planted_at_the_random_temporary_name_is_not_followed(
    db, filled, tmp_path, monkeypatch
):
    victim = tmp_path / "victim.txt"
    victim.write_text("no me toques")
    planted = "planted"
    (tmp_path / f".report.json.{planted}{PARTIAL_SUFFIX}").symlink_to(victim)
    names = iter([planted, planted, "fresh1", "fresh2", "fresh3"])
    # The attacker guessed the next random name: O_EXCL makes mkstemp move on to another.
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: names)
    assert export(db, ExportRequest(format="json"), tmp_path / "report.json") == 1
    assert victim.read_text() == "no me toques"
    assert (tmp_path / f".report.json.{planted}{PARTIAL_SUFFIX}").is_symlink()
    assert '"claimtracker-export"' in (tmp_path / "report.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_replaced_file_keeps_its_mode(db, filled, tmp_path, fmt):
    report = tmp_path / "report.out"
    report.write_text("old")
    report.chmod(0o640)
    export(db, ExportRequest(format=fmt), report)
    assert report.read_text(encoding="utf-8-sig") != "old"
    assert report.stat().st_mode & 0o777 == 0o640


def test_a_new_file_gets_the_usual_mode_not_a_private_one(db, filled, tmp_path):
    old = os.umask(0o027)
    try:
        export(db, ExportRequest(), tmp_path / "report.csv")
    finally:
        os.umask(old)
    assert (tmp_path / "report.csv").stat().st_mode & 0o777 == 0o640


def test_writing_through_a_symlink_keeps_the_link(db, filled, tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "latest.csv").symlink_to(Path("reports") / "march.csv")
    export(db, ExportRequest(), tmp_path / "latest.csv")
    assert (tmp_path / "latest.csv").is_symlink()
    assert "la inflación" in (tmp_path / "reports" / "march.csv").read_text(encoding="utf-8-sig")


def test_stale_partials_of_killed_runs_are_removed_and_nothing_else(db, filled, tmp_path):
    stale = tmp_path / f".report.csv.k1ll3d_{PARTIAL_SUFFIX}"
    stale_journal = tmp_path / f".report.csv.gone0{PARTIAL_SUFFIX}-journal"
    live = tmp_path / f".report.csv.writer{PARTIAL_SUFFIX}"
    other_target = tmp_path / f".other.csv.k1ll3d{PARTIAL_SUFFIX}"
    users = [tmp_path / ".report.csv.notes", tmp_path / "report.csv.partial.txt"]
    hour_ago = time.time() - 3600
    for path in [stale, stale_journal, live, other_target, *users]:
        path.write_text("partial")
        os.utime(path, (hour_ago, hour_ago))
    # A run still writing holds a lock on its temporary file: it must be left alone.
    holder = os.open(live, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)
    try:
        export(db, ExportRequest(), tmp_path / "report.csv")
    finally:
        os.close(holder)
    assert not stale.exists() and not stale_journal.exists()
    assert live.exists() and other_target.exists()
    assert all(p.exists() for p in users)


def test_check_output_path_is_usable_on_its_own(db, db_path, tmp_path):
    assert check_output_path(tmp_path / "a.csv", db_path) == tmp_path / "a.csv"
    with pytest.raises(UserError, match="is the open database"):
        check_output_path(str(db_path) + "-wal", db_path)
    existing = tmp_path / "exists.txt"
    existing.write_text("x")
    with pytest.raises(UserError, match="already exists"):
        check_output_path(existing, None, replace=False)
    assert check_output_path(existing, None) == existing


def test_a_failure_while_writing_leaves_no_file(tmp_path):
    with pytest.raises(RuntimeError), safe_output(tmp_path / "r.bin") as partial:
        partial.write_bytes(b"half")
        raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_appears_while_a_backup_is_written_is_not_replaced(tmp_path):
    target = tmp_path / "copy.db"
    with (
        pytest.raises(UserError, match="already exists"),
        safe_output(target, replace=False) as partial,
    ):
        partial.write_bytes(b"backup")
        target.write_text("written by someone else meanwhile")
    assert target.read_text() == "written by someone else meanwhile"
    assert list(tmp_path.iterdir()) == [target]


# -- backups that cannot be written -----------------------------------------------------------


def test_make_backup_in_a_folder_it_may_not_write_is_a_clear_error():
    """As ``nobody`` in a forked child: root ignores the folder's permission bits."""
    from claimtracker.core.db import create_database

    with shared_folder() as folder:
        db_path = folder / "team.db"
        create_database(db_path).close()
        db_path.chmod(0o644)
        outcome = in_child(lambda: backups.make_backup(db_path, "manual"), as_nobody=True)
        assert outcome.raised == "UserError", outcome
        assert "cannot create the backups folder" in outcome.message
        assert "Permission denied" in outcome.message
        assert "\n" not in outcome.message


def _big_database(db, services) -> None:
    text = "El ministro dijo que la inflación bajó al dos por ciento. " * 8000
    services.articles.add_text(text, "Largo")


def test_a_backup_beyond_the_file_size_limit_is_a_clear_error(db, services, db_path):
    """A full disk simulated with a file size limit (RLIMIT_FSIZE) in a forked child."""
    _big_database(db, services)
    folder = backups.backup_folder(db_path)
    outcome = in_child(lambda: backups.make_backup(db_path, "manual"), max_file_bytes=64 * 1024)
    assert outcome.raised == "UserError", outcome
    assert "backup" in outcome.message and "\n" not in outcome.message
    assert list(folder.iterdir()) == []  # no partial backup left


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 128 KiB tmpfs; skipped where this process may not mount one."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_backup_onto_a_full_disk_is_a_clear_error(db, services, db_path, tiny_disk):
    """A real full disk: a 128 KiB tmpfs receives a backup of a far larger database."""
    _big_database(db, services)
    before = sha256(db_path)
    with pytest.raises(ClaimTrackerError, match="full") as caught:
        db.backup(tiny_disk / "copy.db")
    assert "\n" not in str(caught.value)
    assert list(tiny_disk.iterdir()) == []
    assert sha256(db_path) == before
