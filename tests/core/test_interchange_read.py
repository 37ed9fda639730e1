"""Reading an export a record at a time: a problem in the JSON is reported where jiter,
parsing the whole file, reports it; records stay raw JSON until they are read."""

from __future__ import annotations

import json
import re

import jiter
import msgspec
import pytest

from claimtracker.core.errors import InvalidExport
from claimtracker.core.exporters import interchange
from claimtracker.core.exporters.interchange_read import Records

WHOLE_FILE = re.compile(r"(?P<problem>.*) at (?P<where>line \d+ column \d+)")


@pytest.fixture
def exported(services, add_article) -> dict:
    first = add_article("El ministro dijo que la inflación bajó. Nota final 😀.", "Nota")
    second = add_article("Otra nota: el paro subió en marzo.", "Paro")
    claim = services.claims.create_from_quote(first, "la inflación bajó", tags=["Economía"])
    services.claims.create_from_quote(second, "el paro subió", tags=["Empleo"])
    source = services.sources.create("INE", "https://ine.example", "dataset", "A")
    services.claims.add_evidence(claim.id, source.id, stance="refutes", credibility=2)
    return json.loads(json.dumps(interchange.export_data(services.db)))


def deep(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


def spoil(raw: bytes, case: str) -> bytes:
    if case == "duplicate key in a highlight":
        return re.sub(rb'"start": (\d+)', rb'"start": \1, "start": 0', raw, count=1)
    if case == "not UTF-8 in an article":
        return raw.replace(b"Nota final", b"N\xf3ta final", 1)
    if case == "not UTF-8 in the second claim":
        at = raw.index(b"el paro subi", raw.index(b'"claims"'))
        return raw[:at] + b"\xff" + raw[at + 1 :]
    if case == "duplicate key in a member that is not a list":
        return raw.replace(b'"version": 1,', b'"version": 1, "version": 1,', 1)
    if case == "nested too deep inside a tag":
        return raw.replace(b'"Empleo"', deep(250), 1)
    raise AssertionError(case)


CASES = [
    "duplicate key in a highlight",
    "not UTF-8 in an article",
    "not UTF-8 in the second claim",
    "duplicate key in a member that is not a list",
    "nested too deep inside a tag",
]


@pytest.mark.parametrize("indent", [1, None], ids=["as written", "on one line"])
@pytest.mark.parametrize("case", CASES)
def test_a_problem_is_placed_where_the_whole_file_parser_places_it(
    exported, tmp_path, case, indent
):
    raw = spoil(json.dumps(exported, ensure_ascii=False, indent=indent).encode(), case)
    with pytest.raises(ValueError) as whole:
        jiter.from_json(raw, catch_duplicate_keys=True)
    where = WHOLE_FILE.fullmatch(str(whole.value))
    assert where, whole.value
    path = tmp_path / "their.json"
    path.write_bytes(raw)
    with pytest.raises(InvalidExport) as refused:
        interchange.read_export(path)
    message = str(refused.value)
    assert message.startswith(f"their.json: {where['where']}: "), (message, where["where"])
    assert "\n" not in message


def test_records_stay_raw_until_read(exported, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported, ensure_ascii=False, indent=1), encoding="utf-8")
    document = interchange.read_export(path)
    claims = document.records("claims")
    assert isinstance(claims, Records) and len(claims) == 2
    assert all(isinstance(item, msgspec.Raw) for item in claims._items)  # the file's bytes
    assert list(claims) == exported["claims"]  # parsed as they are read
    assert document.members is not None and document.members["format"] == exported["format"]
