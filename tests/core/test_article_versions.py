"""A stealth-edited article: new version, re-anchored highlights, fuzzy review, diff, history."""

from __future__ import annotations

import pytest

from claimtracker.core.diffing import condensed, condensed_text, marked_text
from claimtracker.core.errors import ConflictError, UserError
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.model import ArticleVersion, ChangeLogEntry

TITLE = "Pionyang envía munición a Moscú"
FIRST = "El secretario general de la OTAN dijo el lunes que la alianza sigue los envíos."
NUMBER = "Corea del Norte ha enviado más de un millón de proyectiles de artillería a Rusia"
NUMBER_EDITED = (
    "Corea del Norte ha enviado más de 1,5 millones de proyectiles de artillería a Rusia"
)
RAIL = "Los envíos se hicieron por ferrocarril y por mar."
PORT = "La portavoz de la Casa Blanca afirmó que los contenedores llegaron a Vostochni."
REMOVED = "El Kremlin no quiso confirmar la cifra ante los periodistas."
MOVED = "Los analistas consultados dudan de que la munición funcione."
INTEL = "Según la inteligencia surcoreana, Pionyang recibió alimentos y tecnología."
ADDED = "Actualización: el ministerio de Defensa surcoreano elevó su estimación el martes."

ORIGINAL = (
    f"{TITLE}\n\n{FIRST} {NUMBER} desde agosto. {RAIL}\n\n{PORT} {REMOVED}\n\n{INTEL} {MOVED}\n"
)
# A number changed, a sentence removed, a paragraph added, a sentence moved.
EDITED = (
    f"{TITLE}\n\n{FIRST} {NUMBER_EDITED} desde agosto. {RAIL}\n\n{ADDED}\n\n"
    f"{MOVED} {PORT}\n\n{INTEL}\n"
)


def version(text: str) -> ImportedArticle:
    return ImportedArticle(text, TITLE, "txt", text.encode("utf-8"), source_name="nota.txt")


@pytest.fixture
def stealth(services, add_article):
    """The article with a claim on each sentence that the edit touches (and one it does not),
    then its stealth-edited version stored."""
    article = add_article(ORIGINAL, TITLE)
    claims = {
        name: services.claims.create_from_quote(article, quote).id
        for name, quote in (
            ("first", FIRST),
            ("number", NUMBER),
            ("rail", RAIL),
            ("port", PORT),
            ("removed", REMOVED),
            ("moved", MOVED),
        )
    }
    report = services.versions.add_version(article, version(EDITED))
    return article, claims, report


def highlight(services, claim_id):
    (h,) = services.claims.get(claim_id).highlights
    return h


def test_stealth_edit_reanchors_every_highlight(services, stealth):
    article, claims, report = stealth
    assert report.changed and (report.previous_version, report.version) == (1, 2)
    assert report.counts == {"anchored": 1, "moved": 3, "fuzzy": 1, "orphaned": 1}
    text = services.articles.text(article)
    assert text == EDITED
    for name in ("first", "rail", "port", "moved"):  # unchanged quotes: exactly in the new text
        h = highlight(services, claims[name])
        assert text[h.start : h.end] == h.exact
        assert h.state in ("anchored", "moved") and h.current_exact is None
    assert highlight(services, claims["first"]).state == "anchored"
    changed = highlight(services, claims["number"])
    assert changed.state == "fuzzy"
    assert changed.exact == NUMBER  # the quote as first recorded
    assert changed.current_exact == NUMBER_EDITED == text[changed.start : changed.end]
    removed = highlight(services, claims["removed"])
    assert removed.state == "orphaned" and removed.exact == REMOVED
    assert set(report.affected_claims) == {
        claims[n] for n in ("number", "rail", "port", "moved", "removed")
    }
    assert [r.after.claim_id for r in report.to_review] == [claims["number"], claims["removed"]]
    later = services.versions.to_review(article)  # the same list, after a restart
    assert [h.claim_id for h in later] == [claims["number"], claims["removed"]]
    assert later == [r.after for r in report.to_review]


def test_earlier_text_and_bytes_are_kept(services, db, stealth):
    article, _claims, _report = stealth
    versions = services.versions.versions(article)
    assert [(v.number, v.current) for v in versions] == [(1, False), (2, True)]
    assert versions[0].imported_at <= versions[1].imported_at
    assert versions[0].imported_at.tzinfo is not None
    assert services.versions.text(article, 1) == ORIGINAL
    with db.read() as s:
        (old,) = s.query(ArticleVersion).all()
        assert old.original == ORIGINAL.encode("utf-8")
    with pytest.raises(UserError, match="has no version 7"):
        services.versions.text(article, 7)


def test_the_same_text_again_makes_no_version(services, stealth):
    article, _claims, _report = stealth
    again = services.versions.add_version(article, version(EDITED))
    assert not again.changed and again.version == 2
    assert len(services.versions.versions(article)) == 2


def test_the_same_text_in_other_bytes_is_logged_as_checked(services, db, stealth):
    article, _claims, _report = stealth
    same = ImportedArticle(EDITED, TITLE, "html", b"<p>other markup</p>")
    report = services.versions.add_version(article, same)
    assert not report.changed and report.bytes_changed
    with db.read() as s:
        assert s.query(ChangeLogEntry).filter_by(action="check").count() == 1


def test_diff_marks_what_was_removed_and_added(services, stealth):
    article, _claims, _report = stealth
    segments = services.versions.diff(article)  # previous -> current
    assert "".join(s.text for s in segments if s.op != "insert") == ORIGINAL
    assert "".join(s.text for s in segments if s.op != "delete") == EDITED
    removed = " ".join(s.text for s in segments if s.op == "delete")
    added = " ".join(s.text for s in segments if s.op == "insert")
    assert "un millón" in removed and "1,5 millones" in added
    assert "Kremlin" in removed and "Actualización" in added
    shown = marked_text(segments)
    assert "[-un millón-]{+1,5 millones+}" in shown.replace("] {", "]{")
    assert condensed_text(segments).count("\n") < shown.count("\n")
    assert services.versions.diff(article, 2, 2) == [segments[0].__class__("equal", EDITED)]


def test_condensed_diff_leaves_out_unchanged_lines_as_gaps(services, stealth):
    article, _claims, _report = stealth
    long_original = "\n".join(f"Párrafo {i} sin cambios." for i in range(40)) + "\n" + ORIGINAL
    long_edited = "\n".join(f"Párrafo {i} sin cambios." for i in range(40)) + "\n" + EDITED
    services.versions.add_version(article, version(long_original))
    services.versions.add_version(article, version(long_edited))
    segments = services.versions.diff(article)
    shown = condensed(segments)
    gaps = [s for s in shown if s.op == "gap"]
    assert len(gaps) == 1 and "Párrafo 20 sin cambios." in gaps[0].text
    assert "".join(s.text for s in shown if s.op != "insert") == long_original  # nothing lost
    assert [s for s in shown if s.op != "gap" and s.op != "equal"] == [
        s for s in segments if s.op != "equal"
    ]
    assert condensed_text(segments).startswith("…\n")
    assert condensed(services.versions.diff(article, 4, 4)) == []


def test_accepting_a_fuzzy_match_makes_the_new_wording_the_quote(services, stealth):
    article, claims, _report = stealth
    fuzzy = highlight(services, claims["number"])
    resolution = services.versions.resolve([(fuzzy, True)])
    h = highlight(services, claims["number"])
    assert (h.state, h.exact, h.current_exact) == ("anchored", NUMBER_EDITED, None)
    assert services.articles.text(article)[h.start : h.end] == NUMBER_EDITED
    services.versions.put_back(resolution)
    assert highlight(services, claims["number"]) == fuzzy


def test_rejecting_a_fuzzy_match_orphans_it(services, stealth):
    _article, claims, _report = stealth
    fuzzy = highlight(services, claims["number"])
    services.versions.resolve([(fuzzy, False)])
    h = highlight(services, claims["number"])
    assert (h.state, h.exact, h.current_exact) == ("orphaned", NUMBER, None)
    with pytest.raises(ConflictError, match="changed meanwhile"):
        services.versions.resolve([(fuzzy, True)])  # decided already


def test_reverting_a_version_puts_text_and_highlights_back(services, stealth):
    article, claims, report = stealth
    before = {name: highlight(services, cid) for name, cid in claims.items()}
    services.versions.revert(report)
    assert services.articles.text(article) == ORIGINAL
    assert services.articles.get(article).text_version == 1
    for name, cid in claims.items():
        h = highlight(services, cid)
        assert h.state == "anchored" and ORIGINAL[h.start : h.end] == h.exact
        assert h.id == before[name].id
    assert [v.number for v in services.versions.versions(article)] == [1]


def test_a_new_version_after_a_fuzzy_one_keeps_the_first_quote(services, stealth):
    article, claims, _report = stealth
    third = EDITED.replace("1,5 millones", "dos millones")
    report = services.versions.add_version(article, version(third))
    h = highlight(services, claims["number"])
    assert report.version == 3 and h.state == "fuzzy"
    assert h.exact == NUMBER and h.current_exact == NUMBER_EDITED.replace("1,5", "dos")


def test_history_shows_the_reanchoring_oldest_first_in_utc(services, stealth):
    _article, claims, _report = stealth
    entries = services.claims.history(claims["number"])
    assert entries[0].action == "create" and entries[0].entity == "claim"
    assert all(e.at.tzinfo is not None for e in entries)
    assert entries == sorted(entries, key=lambda e: e.at)
    anchor = [e for e in entries if e.action == "reanchor"]
    assert [e.field for e in anchor] == ["anchor", "current_exact"]
    assert anchor[0].new_value.endswith("fuzzy in version 2")
    assert (anchor[1].old_value, anchor[1].new_value) == (NUMBER, NUMBER_EDITED)


def test_history_since_an_entry_gives_only_what_came_after(services, stealth):
    _article, claims, _report = stealth
    entries = services.claims.history(claims["number"])
    assert [e.id for e in entries] == sorted(e.id for e in entries) and entries[0].id > 0
    services.claims.update(claims["number"], verdict="false")
    later = services.claims.history(claims["number"], after=entries[-1].id)
    assert [(e.field, e.new_value) for e in later] == [("verdict", "false")]
    assert services.claims.history(claims["number"], after=later[-1].id) == []


def test_history_keeps_entries_of_removed_evidence(services, stealth):
    _article, claims, _report = stealth
    source = services.sources.create("INE", "https://ine.example", "dataset", "A")
    added = services.claims.add_evidence(claims["first"], source.id, stance="supports")
    services.claims.remove_evidence(added.evidence.id)
    entries = services.claims.history(claims["first"])
    evidence = [(e.action, e.entity) for e in entries if e.entity == "evidence"]
    assert evidence == [("create", "evidence"), ("delete", "evidence")]


def test_a_stale_new_version_is_a_conflict(services, add_article):
    article = add_article(ORIGINAL, TITLE)
    seen = services.articles.get(article).version
    services.articles.update(article, title="Otro titular")
    with pytest.raises(ConflictError):
        services.versions.add_version(article, version(EDITED), expected_version=seen)
    assert services.articles.text(article) == ORIGINAL


def test_cancelled_reanchoring_stores_nothing(services, add_article):
    from claimtracker.core.services.versions import Cancelled

    article = add_article(ORIGINAL, TITLE)
    for quote in (NUMBER, RAIL, REMOVED):
        services.claims.create_from_quote(article, quote)
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2  # the analyst presses Cancel during the second highlight

    with pytest.raises(Cancelled, match="cancelled"):
        services.versions.add_version(article, version(EDITED), progress=progress)
    assert seen == [(1, 3), (2, 3)]
    assert services.articles.text(article) == ORIGINAL
    assert [v.number for v in services.versions.versions(article)] == [1]
    assert {h.state for h in services.claims.highlights_for_article(article)} == {"anchored"}
