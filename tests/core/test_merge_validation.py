"""Hostile JSON exports: each is refused with one line naming the JSON path of its first
problem, exit 1 on the command line, and the target database byte-for-byte unchanged."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from claimtracker.app import main
from claimtracker.core.db import create_database, open_database
from claimtracker.core.errors import InvalidExport, UserError
from claimtracker.core.exporters import interchange
from claimtracker.core.exporters.interchange_schema import MAX_EXPORT_BYTES, MAX_NESTING_DEPTH
from claimtracker.core.services import Services
from claimtracker.core.services.merge import Merger

TEXT = (
    "El ministro dijo que la inflación bajó al dos por ciento en marzo. "
    "La portavoz lo negó. Fin de la nota."
)
OTHER_UUID = "00000000-0000-4000-8000-000000000001"


@pytest.fixture(scope="module")
def genuine(tmp_path_factory) -> dict:
    """A real export: an article, two claims with highlights and tags, a source, evidence."""
    db = create_database(tmp_path_factory.mktemp("genuine") / "ana.db")
    services = Services(db, "ana")
    article = services.articles.add_text(TEXT, "Nota").id
    claim = services.claims.create_from_quote(
        article, "la inflación bajó al dos por ciento", tags=["Economía"], verdict="false"
    )
    services.claims.create_from_quote(article, "La portavoz lo negó", tags=["Portavoz"])
    source = services.sources.create("INE", "https://ine.example/ipc", "dataset", "A")
    services.claims.add_evidence(claim.id, source.id, stance="refutes", credibility=2)
    data = json.loads(json.dumps(interchange.export_data(db)))
    db.close()
    return data


@pytest.fixture
def data(genuine) -> dict:
    return copy.deepcopy(genuine)


@pytest.fixture
def target(tmp_path) -> Path:
    path = tmp_path / "target.db"
    create_database(path).close()
    return path


@pytest.fixture
def cli(capsys):
    """Run the command line in-process; returns (exit code, stdout, stderr)."""

    def run(*argv: object) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def h0(d: dict) -> dict:
    return d["claims"][0]["highlights"][0]


def dump(d: object) -> bytes:
    return json.dumps(d, ensure_ascii=False, indent=1).encode("utf-8")


def assert_refused(cli, target: Path, tmp_path: Path, raw: bytes, expected: str | re.Pattern):
    """The command line refuses the file with exactly one line and leaves the database as is."""
    before = digest(target)
    path = tmp_path / "their.json"
    path.write_bytes(raw)
    code, out, err = cli("import", path, "--db", target)
    assert code == 1
    assert out == ""
    if isinstance(expected, re.Pattern):
        assert expected.fullmatch(err), err
    else:
        assert err == f"claimtracker: their.json: {expected}\n"
    assert digest(target) == before


def assert_merger_refuses(target: Path, d: object, expected: str) -> None:
    """The API the window uses raises the same message and writes nothing."""
    before = digest(target)
    db = open_database(target)
    try:
        with pytest.raises(InvalidExport) as refused:
            Merger(db, "bea").merge(d)
    finally:
        db.close()
    assert isinstance(refused.value, UserError)
    assert str(refused.value) == expected
    assert expected.startswith(refused.value.location + ": ")
    assert digest(target) == before


def set_in(path: tuple, value: object) -> Callable[[dict], object]:
    def mutate(d: dict) -> None:
        node = d
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


def drop(path: tuple) -> Callable[[dict], object]:
    def mutate(d: dict) -> None:
        node = d
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return mutate


def duplicate_claim(d: dict) -> None:
    d["claims"].append(copy.deepcopy(d["claims"][0]))


def reuse_highlight_uuid(d: dict) -> None:
    d["claims"][1]["highlights"][0]["uuid"] = h0(d)["uuid"]


def reuse_evidence_uuid(d: dict) -> None:
    d["claims"][1]["evidence"] = copy.deepcopy(d["claims"][0]["evidence"])


def duplicate_article(d: dict) -> None:
    d["articles"].append(copy.deepcopy(d["articles"][0]))


def duplicate_source(d: dict) -> None:
    d["sources"].append(copy.deepcopy(d["sources"][0]))


def nan_offset(d: dict) -> None:
    h0(d)["start"] = float("nan")


def a_version_as_new_as_the_text(d: dict) -> None:
    article = d["articles"][0]
    article["version"] = article["text_version"] = 2
    version = {k: article[k] for k in ("text", "text_sha256", "source_format")}
    article["versions"] = [{**version, "version": 2, "replaced_at": "2024-03-05T10:00:00"}]


# (case, how the genuine export is spoiled, the message; {n} is the article's length)
CASES: list[tuple[str, Callable[[dict], object], str]] = [
    (
        "offset beyond the text",
        set_in(("claims", 0, "highlights", 0, "start"), 1234),
        "claims[0].highlights[0].start: beyond the article text (1234 > {n})",
    ),
    (
        "end beyond the text",
        set_in(("claims", 0, "highlights", 0, "end"), 200),
        "claims[0].highlights[0].end: beyond the article text (200 > {n})",
    ),
    (
        "negative offset",
        set_in(("claims", 0, "highlights", 0, "start"), -5),
        "claims[0].highlights[0].start: must not be negative (got -5)",
    ),
    (
        "text in start",
        set_in(("claims", 0, "highlights", 0, "start"), "abc"),
        "claims[0].highlights[0].start: should be a valid integer (got 'abc')",
    ),
    (
        "a boolean offset",
        set_in(("claims", 0, "highlights", 0, "end"), True),
        "claims[0].highlights[0].end: should be a valid integer (got True)",
    ),
    (
        "a fractional offset",
        set_in(("claims", 0, "highlights", 0, "start"), 3.5),
        "claims[0].highlights[0].start: should be a valid integer (got 3.5)",
    ),
    (
        "NaN offset",
        nan_offset,
        "claims[0].highlights[0].start: should be a valid integer (got nan)",
    ),
    (
        "a huge offset",
        set_in(("claims", 0, "highlights", 0, "end"), 10**30),
        "claims[0].highlights[0].end: must be at most 20,971,520 "
        "(got 1000000000000000000000000000000)",
    ),
    (
        "end before start",
        set_in(("claims", 0, "highlights", 0, "end"), 3),
        "claims[0].highlights[0].end: must be after start (3 <= 21)",
    ),
    (
        "tags as a string",
        set_in(("claims", 0, "tags"), "abc"),
        "claims[0].tags: should be a valid list (got 'abc')",
    ),
    (
        "highlights as an object",
        set_in(("claims", 0, "highlights"), {}),
        "claims[0].highlights: should be a valid list (got an object)",
    ),
    (
        "claims as a string",
        set_in(("claims",), "abc"),
        "claims: should be a valid list (got 'abc')",
    ),
    (
        "a claim that is a list",
        set_in(("claims", 1), []),
        "claims[1]: should be an object (got a list)",
    ),
    (
        "unknown stance",
        set_in(("claims", 0, "evidence", 0, "stance"), "maybe"),
        "claims[0].evidence[0].stance: should be one of 'supports', 'refutes', 'context' "
        "(got 'maybe')",
    ),
    (
        "credibility out of 1-6",
        set_in(("claims", 0, "evidence", 0, "credibility"), 7),
        "claims[0].evidence[0].credibility: should be one of 1, 2, 3, 4, 5, 6 (got 7)",
    ),
    (
        "reliability out of A-F",
        set_in(("sources", 0, "reliability"), "Z"),
        "sources[0].reliability: should be one of 'A', 'B', 'C', 'D', 'E', 'F' (got 'Z')",
    ),
    (
        "unknown source kind",
        set_in(("sources", 0, "kind"), "blog"),
        "sources[0].kind: should be one of 'official_statement', 'news_outlet', "
        "'social_media', 'document', 'dataset', 'eyewitness', 'other' (got 'blog')",
    ),
    (
        "unknown anchoring state",
        set_in(("claims", 0, "highlights", 0, "state"), "lost"),
        "claims[0].highlights[0].state: should be one of 'anchored', 'moved', 'fuzzy', "
        "'orphaned' (got 'lost')",
    ),
    (
        "unknown status",
        set_in(("claims", 1, "status"), "nope"),
        "claims[1].status: unknown status 'nope' (neither in the file nor in this database)",
    ),
    (
        "unknown verdict",
        set_in(("claims", 0, "verdict"), "sort_of"),
        "claims[0].verdict: unknown verdict 'sort_of' (neither in the file nor in this database)",
    ),
    (
        "duplicate claim UUID",
        duplicate_claim,
        "claims[2].uuid: duplicate of claims[0].uuid ('{c0}')",
    ),
    (
        "duplicate highlight UUID",
        reuse_highlight_uuid,
        "claims[1].highlights[0].uuid: duplicate of claims[0].highlights[0].uuid ('{h0}')",
    ),
    (
        "duplicate evidence UUID",
        reuse_evidence_uuid,
        "claims[1].evidence[0].uuid: duplicate of claims[0].evidence[0].uuid ('{e0}')",
    ),
    (
        "duplicate article UUID",
        duplicate_article,
        "articles[1].uuid: duplicate of articles[0].uuid ('{a0}')",
    ),
    (
        "duplicate source UUID",
        duplicate_source,
        "sources[1].uuid: duplicate of sources[0].uuid ('{s0}')",
    ),
    (
        "not a UUID",
        set_in(("claims", 0, "uuid"), "claim-1"),
        "claims[0].uuid: not a lower-case UUID (got 'claim-1')",
    ),
    (
        "article version -7",
        set_in(("articles", 0, "version"), -7),
        "articles[0].version: must be at least 1 (got -7)",
    ),
    ("format version -7", set_in(("version",), -7), "version: must be at least 1 (got -7)"),
    ("missing format version", drop(("version",)), "version: missing"),
    (
        "future format version",
        set_in(("version",), 2),
        "version: written by a newer ClaimTracker (format 2); update ClaimTracker to import it",
    ),
    ("missing required field", drop(("claims", 0, "uuid")), "claims[0].uuid: missing"),
    (
        "unknown field",
        set_in(("claims", 0, "higlights"), []),
        "claims[0].higlights: unknown field",
    ),
    (
        "article not in the file nor the database",
        set_in(("claims", 0, "highlights", 0, "article"), OTHER_UUID),
        "claims[0].highlights[0].article: no article with this UUID in the file or in this "
        "database",
    ),
    (
        "source not in the file nor the database",
        set_in(("claims", 0, "evidence", 0, "source"), OTHER_UUID),
        "claims[0].evidence[0].source: no source with this UUID in the file or in this database",
    ),
    (
        "a 2 MB statement",
        set_in(("claims", 0, "statement"), "x" * (2 * 1024 * 1024)),
        "claims[0].statement: too long (2,097,152 characters; the limit is 1,000,000)",
    ),
    ("empty statement", set_in(("claims", 0, "statement"), ""), "claims[0].statement: empty"),
    (
        "too many tags",
        set_in(("claims", 0, "tags"), [f"t{i}" for i in range(10_001)]),
        "claims[0].tags: too many entries (10,001; the limit is 10,000)",
    ),
    (
        "the same tag twice",
        set_in(("claims", 0, "tags"), ["Economía", " economía "]),
        "claims[0].tags[1]: duplicate of claims[0].tags[0] ('economía')",
    ),
    (
        "a blank tag",
        set_in(("claims", 0, "tags"), ["  "]),
        "claims[0].tags[0]: a tag needs a name (got '  ')",
    ),
    (
        "a date that does not parse",
        set_in(("claims", 0, "claim_date"), "2024-13-45"),
        "claims[0].claim_date: not a date (got '2024-13-45')",
    ),
    (
        "a time that does not parse",
        set_in(("claims", 0, "created_at"), "yesterday"),
        "claims[0].created_at: not a date and time (got 'yesterday')",
    ),
    (
        "a date as a number",
        set_in(("articles", 0, "published_at"), 20240305),
        "articles[0].published_at: should be a date as text (got 20240305)",
    ),
    (
        "a hash that does not match the text",
        set_in(("articles", 0, "text_sha256"), "0" * 64),
        "articles[0].text_sha256: does not match the text",
    ),
    (
        "original that is not base64",
        set_in(("articles", 0, "original"), "!!!"),
        "articles[0].original: not base64 (got '!!!')",
    ),
    (
        "a colour that is not one",
        set_in(("statuses", 0, "colour"), "red; drop table"),
        "statuses[0].colour: not a #rrggbb colour (got 'red; drop table')",
    ),
    (
        "a review URL that is not a web address",
        set_in(("claims", 0, "review_url"), "javascript:alert(1)"),
        "claims[0].review_url: not a web address (http or https) (got 'javascript:alert(1)')",
    ),
    (
        "new wording beside a match that is not fuzzy",
        set_in(("claims", 0, "highlights", 0, "current_exact"), "la inflación subió"),
        "claims[0].highlights[0].current_exact: new wording beside a match that is not fuzzy "
        "(anchored)",
    ),
    (
        "redirects that are not a list of addresses",
        set_in(("articles", 0, "redirects"), '{"a": 1}'),
        "articles[0].redirects: not a JSON list of addresses (got '{{\"a\": 1}}')",
    ),
    (
        "redirects nested without end",
        set_in(("articles", 0, "redirects"), "[" * 100_000),
        "articles[0].redirects: not a JSON list of addresses (got '" + "[" * 36 + "...)",
    ),
    (
        "a hash that does not match the original",
        set_in(("articles", 0, "original_sha256"), "0" * 64),
        "articles[0].original_sha256: does not match the original",
    ),
    (
        "a text number ahead of the article's version",
        set_in(("articles", 0, "text_version"), 3),
        "articles[0].text_version: ahead of the article's version (3 > 1)",
    ),
    (
        "an earlier text as new as the current one",
        a_version_as_new_as_the_text,
        "articles[0].versions[0].version: not older than the article (2 >= 2)",
    ),
    (
        "a fetched address that is not one",
        set_in(("articles", 0, "source_url"), "file:///etc/passwd"),
        "articles[0].source_url: not a web address (http or https) (got 'file:///etc/passwd')",
    ),
    (
        "a log entry's claim that is not a UUID",
        set_in(("change_log", 0, "claim_uuid"), "claim 1"),
        "change_log[0].claim_uuid: not a lower-case UUID (got 'claim 1')",
    ),
    (
        "change log about no UUID",
        set_in(("change_log", 0, "entity_uuid"), "1"),
        "change_log[0].entity_uuid: not a lower-case UUID (got '1')",
    ),
]


def expected_message(template: str, d: dict) -> str:
    return template.format(
        n=len(d["articles"][0]["text"]),
        c0=d["claims"][0]["uuid"],
        h0=d["claims"][0]["highlights"][0]["uuid"],
        e0=d["claims"][0]["evidence"][0]["uuid"],
        a0=d["articles"][0]["uuid"],
        s0=d["sources"][0]["uuid"],
    )


@pytest.mark.parametrize(("spoil", "template"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_refused_by_the_command_line_and_by_the_merger(
    cli, target, tmp_path, data, spoil, template, genuine
):
    spoil(data)
    expected = expected_message(template, genuine)
    assert_merger_refuses(target, data, expected)
    assert_refused(cli, target, tmp_path, dump(data), expected)


def test_the_file_name_leads_the_message_and_the_report_is_empty(target, data):
    h0(data)["start"] = -1
    db = open_database(target)
    with pytest.raises(InvalidExport, match=r"^their\.json: claims\[0\]\.highlights\[0\]\.start: "):
        Merger(db, "bea", "their.json").merge(data)
    assert Services(db, "t").claims.find() == []
    db.close()


def test_nan_and_infinity_as_json_writes_them(cli, target, tmp_path, data):
    raw = dump(data).replace(b'"credibility": 2', b'"credibility": NaN', 1)
    assert_refused(
        cli,
        target,
        tmp_path,
        raw,
        "claims[0].evidence[0].credibility: should be a valid integer (got nan)",
    )
    start = h0(data)["start"]
    raw = dump(data).replace(b'"start": %d' % start, b'"start": -Infinity', 1)
    assert_refused(
        cli,
        target,
        tmp_path,
        raw,
        "claims[0].highlights[0].start: should be a valid integer (got -inf)",
    )


def test_wrong_top_level_types(cli, target, tmp_path):
    for raw in (b"[]", b'"claimtracker-export"', b"42", b"null", b'{"hello": 1}'):
        assert_refused(cli, target, tmp_path, raw, "not a ClaimTracker export")
    assert_merger_refuses(target, [], "$: should be an object (got a list)")
    assert_merger_refuses(target, {}, "format: missing")
    assert_merger_refuses(
        target,
        {"format": "other", "version": 1},
        "format: should be 'claimtracker-export' (got 'other')",
    )


def test_duplicate_keys_are_refused_with_their_place(cli, target, tmp_path, data):
    start = h0(data)["start"]
    raw = dump(data).replace(b'"start": %d' % start, b'"start": %d, "start": 0' % start, 1)
    line = raw[: raw.index(b'"start": 0')].count(b"\n") + 1
    assert_refused(
        cli,
        target,
        tmp_path,
        raw,
        re.compile(rf'claimtracker: their\.json: line {line} column \d+: duplicate key "start"\n'),
    )


def test_text_that_is_not_utf8(cli, target, tmp_path, data):
    raw = dump(data).replace(b"Nota", b"N\xf3ta", 1)
    assert_refused(
        cli,
        target,
        tmp_path,
        raw,
        re.compile(r"claimtracker: their\.json: line \d+ column \d+: not UTF-8 text\n"),
    )
    utf16 = json.dumps(data).encode("utf-16")
    assert_refused(cli, target, tmp_path, utf16, "UTF-16 text; a ClaimTracker export is UTF-8")


def test_empty_and_broken_files(cli, target, tmp_path, data):
    assert_refused(
        cli, target, tmp_path, b"", "line 1 column 0: not valid JSON: EOF while parsing a value"
    )
    raw = dump(data)
    assert_refused(
        cli,
        target,
        tmp_path,
        raw[: len(raw) // 2],
        re.compile(r"claimtracker: their\.json: line \d+ column \d+: not valid JSON: EOF .*\n"),
    )


def test_a_byte_order_mark_is_accepted(cli, target, tmp_path, data):
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + dump(data))
    code, out, err = cli("import", path, "--db", target)
    assert (code, err) == (0, "")
    assert "1 articles, 2 claims" in out


@pytest.mark.timeout(60)
def test_deep_nesting_is_refused_without_recursion(cli, target, tmp_path):
    head = b'{"format": "claimtracker-export", "version": 1, "claims": '
    raw = head + b"[" * 10_000 + b"]" * 10_000 + b"}"
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(120)  # a parser that recursed in Python would fail here
    try:
        with pytest.raises(InvalidExport) as refused:
            (tmp_path / "deep.json").write_bytes(raw)
            interchange.read_export(tmp_path / "deep.json")
    finally:
        sys.setrecursionlimit(limit)
    column = len(head) + MAX_NESTING_DEPTH + 1
    assert str(refused.value) == (
        f"deep.json: line 1 column {column}: nested deeper than {MAX_NESTING_DEPTH} levels"
    )
    assert_refused(
        cli,
        target,
        tmp_path,
        raw,
        f"line 1 column {column}: nested deeper than {MAX_NESTING_DEPTH} levels",
    )


def test_a_two_gigabyte_file_is_refused_unread(cli, target, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(2 * 1024 * 1024 * 1024)  # sparse: nothing written
    tracemalloc.start()
    try:
        with pytest.raises(InvalidExport) as refused:
            interchange.read_export(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (
        str(refused.value) == "huge.json: the file is 2048.0 MB; the limit for an export is 1024 MB"
    )
    assert peak < 1024 * 1024  # nothing of the file was read into memory
    assert MAX_EXPORT_BYTES == 1024 * 1024 * 1024
    before = digest(target)
    code, _, err = cli("import", path, "--db", target)
    assert code == 1 and err == f"claimtracker: {refused.value}\n"
    assert digest(target) == before


def test_references_checked_against_the_database(cli, target, tmp_path, data, genuine):
    """A highlight may place a claim in an article only the database has, within its text;
    a UUID already used by another claim's highlight or evidence is refused."""
    db = open_database(target)
    Merger(db, "bea").merge(copy.deepcopy(genuine))
    db.close()
    data["articles"] = []
    data["sources"] = []
    claim = copy.deepcopy(data["claims"][0])
    claim["uuid"] = OTHER_UUID
    data["claims"] = [claim]
    assert_merger_refuses(
        target,
        data,
        f"claims[0].highlights[0].uuid: already a highlight of another claim in this database "
        f"({genuine['claims'][0]['uuid']})",
    )
    claim["highlights"][0]["uuid"] = "00000000-0000-4000-8000-000000000002"
    assert_merger_refuses(
        target,
        data,
        f"claims[0].evidence[0].uuid: already evidence of another claim in this database "
        f"({genuine['claims'][0]['uuid']})",
    )
    claim["evidence"][0]["uuid"] = "00000000-0000-4000-8000-000000000003"
    claim["highlights"][0]["end"] = len(TEXT) + 1
    expected = (
        f"claims[0].highlights[0].end: beyond the article text ({len(TEXT) + 1} > {len(TEXT)})"
    )
    assert_merger_refuses(target, data, expected)
    assert_refused(cli, target, tmp_path, dump(data), expected)
    start = claim["highlights"][0]["start"]
    claim["highlights"][0]["end"] = start + 10
    claim["highlights"][0]["exact"] = TEXT[start : start + 10]
    path = tmp_path / "ok.json"
    path.write_bytes(dump(data))
    code, out, err = cli("import", path, "--db", target)
    assert (code, err) == (0, "") and "added 1 claims" in out
    _, out, _ = cli("claims", "--format", "json", "--db", target)
    (placed,) = [c for c in json.loads(out) if c["uuid"] == OTHER_UUID]
    (highlight,) = placed["highlights"]
    assert (highlight["start"], highlight["exact"]) == (start, TEXT[start : start + 10])
    assert highlight["state"] == "anchored"


def test_a_status_defined_in_the_file_is_accepted(cli, target, tmp_path, data):
    data["statuses"].append(
        {"key": "legal_review", "label": "Legal review", "colour": "#123456", "position": 9}
    )
    data["claims"][1]["status"] = "legal_review"
    path = tmp_path / "statuses.json"
    path.write_bytes(dump(data))
    code, out, err = cli("import", path, "--db", target)
    assert (code, err) == (0, "")
    code, out, _ = cli("claims", "--status", "legal_review", "--format", "json", "--db", target)
    assert [c["statement"] for c in json.loads(out)] == ["La portavoz lo negó"]


@pytest.mark.parametrize("contents", ["beyond", "deep", "huge"])
def test_in_a_real_process(tmp_path, target, genuine, contents):
    path = tmp_path / f"{contents}.json"
    if contents == "beyond":
        d = copy.deepcopy(genuine)
        h0(d)["start"], h0(d)["end"] = 1234, 1300
        path.write_bytes(dump(d))
        expected = f"claims[0].highlights[0].start: beyond the article text (1234 > {len(TEXT)})"
    elif contents == "deep":
        head = b'{"format": "claimtracker-export", "claims": '
        path.write_bytes(head + b"[" * 100_000)
        column = len(head) + MAX_NESTING_DEPTH + 1
        expected = f"line 1 column {column}: nested deeper than {MAX_NESTING_DEPTH} levels"
    else:
        with path.open("wb") as fh:
            fh.truncate(2 * 1024 * 1024 * 1024)
        expected = "the file is 2048.0 MB; the limit for an export is 1024 MB"
    before = digest(target)
    done = subprocess.run(
        [sys.executable, "-m", "claimtracker", "import", str(path), "--db", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CLAIMTRACKER_ANALYST": "bea"},
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == f"claimtracker: {path.name}: {expected}\n"
    assert digest(target) == before
