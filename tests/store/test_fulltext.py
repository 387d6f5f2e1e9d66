"""store/fulltext.py's memo of GIN probes: what one probe of a request tells the next."""

from __future__ import annotations

from typing import Any

import pytest

from routing.text import Normaliser
from store import fulltext
from store.db import Store
from store.fulltext import _WALKING, CAP, PROBE, Query, _known, _probe_limit, walking


def _query() -> Query:
    return Query(((((("elpiji", False),),),)), frozenset({"elpiji"}), Normaliser())


def test_a_page_probes_up_to_probe_and_tab_counts_up_to_fewer() -> None:
    assert _probe_limit(CAP) == PROBE
    assert _probe_limit(100) == 2000 < PROBE


def test_more_matches_with_more_tags_required_means_more_with_fewer() -> None:
    # The page's probe (status and section tags) listed 3,000: the counts' (section only) find
    # more than their limit of 2,000 without asking.
    page = "(xstatusbaru) & (xsectiona)"
    q = _query()
    q.memo["few:" + page] = (PROBE, list(range(3000)))
    assert _known(q, "(xsectiona)", 2000) == (True, None)
    assert _known(q, "(xsectiona)", PROBE) == (False, None)  # 3,000 of 5,000: a probe must tell
    q.memo["few:" + page] = (PROBE, None)
    assert _known(q, "(xsectiona)", 2000) == (True, None)


def test_a_probe_answers_itself_only_within_what_it_read() -> None:
    q = _query()
    q.memo["few:(xsectiona)"] = (2000, None)  # more than 2,000: maybe fewer than 5,000
    assert _known(q, "(xsectiona)", PROBE) == (False, None)
    assert _known(q, "(xsectiona)", 1000) == (True, None)
    q.memo["few:(xsectiona)"] = (2000, [7, 5])
    assert _known(q, "(xsectiona)", PROBE) == (True, [7, 5])
    assert _known(q, "", PROBE) == (False, None)  # broader, and few: unknown


def test_a_broader_probes_ids_answer_a_narrower_ask_whatever_their_number() -> None:
    """A section's listed matches contain its tabs' (hits() tests the tags), however many:
    looking them up costs less than walking the section again."""
    q = _query()
    q.memo["few:(xsectiona)"] = (PROBE, list(range(4000)))
    assert _known(q, "(xstatusbaru) & (xsectiona)", 2000) == (True, list(range(4000)))
    assert _known(q, "(xsectiona)", 100) == (True, list(range(4000)))
    assert _known(q, "(xsectionb)", 100) == (False, None)  # another section: unknown


def test_the_walk_sets_its_planner_settings_and_restores_them(store: Store) -> None:
    """Within walking(): no sequential scan, no merge or hash join, no parallel workers, and
    the probe knows it; after it, what the transaction had before (here a setting of its own)."""
    names = ("enable_seqscan", "enable_mergejoin", "enable_hashjoin")
    with store.read() as session:
        if session.connection().dialect.name != "postgresql":
            with walking(session):
                assert _WALKING not in session.info  # SQLite: nothing to set
            return
        conn = session.connection()
        conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 1")
        read = "SELECT " + ", ".join(f"current_setting('{n}')" for n in names)
        read += ", current_setting('max_parallel_workers_per_gather')"
        with walking(session):
            assert conn.exec_driver_sql(read).one() == ("off", "off", "off", "0")
            assert session.info[_WALKING]
        assert conn.exec_driver_sql(read).one() == ("on", "on", "on", "1")
        assert _WALKING not in session.info


def test_a_page_takes_its_sections_few_matches_before_probing_its_statuses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The section's matches, when few, stand for the page's (its conditions pick the tab's
    statuses among them), so the statuses' long posting lists are not read; when they are
    many, the page's own tags are probed."""
    asked: list[str] = []
    found = {"(xsectiona)": [9, 4, 2], "(xstatusbaru) & (xsectiona)": [4]}

    def probe(_s: object, _q: Query, tags: str, _many: float, _limit: int) -> list[int] | None:
        asked.append(tags)
        return found[tags]

    monkeypatch.setattr(fulltext, "_probe", probe)
    page = "(xstatusbaru) & (xsectiona)"
    assert fulltext._broader([["xstatusbaru"], ["xsectiona"]]) == "(xsectiona)"
    assert fulltext._broader([["xsectiona"]]) is None
    session: Any = None
    assert fulltext._few_matches(session, _query(), page, 1e9, PROBE, "(xsectiona)") == [9, 4, 2]
    assert asked == ["(xsectiona)"]
    found["(xsectiona)"] = None  # type: ignore[assignment]
    asked.clear()
    assert fulltext._few_matches(session, _query(), page, 1e9, PROBE, "(xsectiona)") == [4]
    assert asked == ["(xsectiona)", page]


def test_a_probes_listed_tags_narrow_its_ids_to_a_tabs() -> None:
    """A probe's ids come with their tags (a tsvector's text), so a tab's ask takes only the
    section's matches of its statuses; ids whose tags no probe read are kept for hits()."""
    q = _query()
    listed = "9 'xsectiona':2 'xstatusbaru':1,4 'xsectiona':2 'xstatusselesai':1,2 'xsectiona'"
    assert fulltext._listed(q, listed) == [9, 4, 2]
    assert fulltext._listed(q, "") == []
    tab = "(xstatusbaru | xstatusdiproses) & (xsectiona)"
    assert fulltext._narrowed(q, [9, 4, 2, 77], tab) == [9, 77]
    assert fulltext._narrowed(q, [9, 4, 2], "(xsectiona)") == [9, 4, 2]
    q.memo["few:(xsectiona)"] = (PROBE, [9, 4, 2])
    assert _known(q, tab, 100) == (True, [9])
