"""The desk's search through its routes: codes, phones, names, e-mails, stemmed words, access."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from accountability import privacy
from channels.base import IncomingMessage
from desk.search import _code, parse
from service.app import Service
from store import fulltext, search
from store import inbox as store_inbox
from store.db import Store
from store.models import Complaint
from store.tracking import check_symbol
from tests.conftest import Clock
from tests.desk.helpers import (
    BEASISWA,
    LPG,
    add_officer,
    codes_walked,
    complain,
    session_cookie,
    set_code,
)


def found(client: TestClient, q: str) -> list[str]:
    """The tracking codes the inbox search shows for q, in the order shown (all statuses)."""
    page = client.get(f"/desk/aduan?status=semua&q={quote(q)}")
    assert page.status_code == 200
    return re.findall(r'data-code="([^"]+)"', page.text)


def spy_on_probes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What PostgreSQL's GIN probes list, one string per probe that ran (store/fulltext.py)."""
    probed: list[str] = []
    real = fulltext._listed

    def listed(query: Any, text: str) -> list[int]:
        probed.append(text)
        return real(query, text)

    monkeypatch.setattr(fulltext, "_listed", listed)
    return probed


def sign_in(client: TestClient, service: Service, store: Store, role: str, *sections: str) -> None:
    client.cookies.clear()
    officer = add_officer(store, f"{role}-{len(sections)}-{'-'.join(sections)}", role, *sections)
    client.cookies.update(session_cookie(service, officer))


def test_codes_in_every_form_the_tracking_page_accepts(
    client: TestClient, service: Service, store: Store
) -> None:
    own_id, _, _ = complain(service, LPG)
    _, other, _ = complain(service, LPG + " juga")
    body = "0A1B2C3D1"
    code = f"KK-{body[:5]}-{body[5:]}{check_symbol(body)}"
    set_code(service, store, own_id, code)
    sign_in(client, service, store, "supervisor")
    compact = code.replace("-", "")
    typed = [
        code,
        code.lower(),
        compact,
        compact[2:],  # without the prefix
        f"kk {body[:5]} {body[5:]}{check_symbol(body)}".lower(),
        compact[2:].replace("0", "O").replace("1", "l"),  # confusable symbols
        body[:5],  # a partial code: the first group
        code[-5:],  # the second group
        "kk-0a1b",
    ]
    for q in typed:
        assert found(client, q) == [code], q
    assert found(client, other) == [other]


def test_phone_numbers_in_every_indonesian_form(
    client: TestClient, service: Service, store: Store
) -> None:
    _, code, section = complain(service, LPG, sender="+6281311112222")
    complain(service, LPG, sender="+6285799998888")
    sign_in(client, service, store, "officer", section)
    for q in ("081311112222", "6281311112222", "+62 813-1111-2222", "0813 1111 2222", "0813111"):
        assert found(client, q) == [code], q
    assert found(client, "081399990000") == []


def test_names_and_email_addresses(client: TestClient, service: Service, store: Store) -> None:
    result = service.ctx.pipeline.accept(
        IncomingMessage(
            channel="email", external_id="<search-1@example.org>",
            sender="budi.santoso@example.org", sender_name="Budi Santoso",
            subject="Elpiji langka", text=LPG, received_at=service.ctx.clock(), new_thread=True,
        )
    )  # fmt: skip
    complain(service, LPG, sender="+6281200001111")
    assert result.complaint_id and result.section
    sign_in(client, service, store, "officer", result.section)
    for q in ("santoso", "Budi Santoso", "santoso budi", "budi.santoso@example.org"):
        assert found(client, q) == [result.tracking_code], q
    assert found(client, "siti.aminah@example.org") == []


def test_stemmed_words_in_any_order_ranked_and_highlighted(
    client: TestClient, service: Service, store: Store
) -> None:
    _, lpg, _ = complain(service, LPG)
    _, lpg2, _ = complain(service, "Gas elpiji susah dicari, kelangkaan sudah seminggu. Elpiji!")
    _, other, _ = complain(service, "Harga elpiji naik lagi di warung")
    complain(service, BEASISWA)
    sign_in(client, service, store, "supervisor")
    assert sorted(found(client, "langka elpiji")) == sorted([lpg, lpg2])
    assert sorted(found(client, "elpiji kelangkaan")) == sorted([lpg, lpg2])
    assert sorted(found(client, "ELPIJI")) == sorted([lpg, lpg2, other])
    assert found(client, "elpiji beasiswa") == []
    page = client.get("/desk/aduan?q=langka+elpiji").text
    assert "<mark>Elpiji</mark>" in page and "<mark>kelangkaan</mark>" in page
    assert "Urut menurut kecocokan" in page


def test_highlighted_text_is_escaped(client: TestClient, service: Service, store: Store) -> None:
    complain(service, 'Jalan rusak <script>alert("x")</script> di depan <b>sekolah</b>')
    sign_in(client, service, store, "supervisor")
    page = client.get("/desk/aduan?q=jalan+sekolah").text
    assert "<mark>Jalan</mark>" in page and "<mark>sekolah</mark>" in page
    assert "<script>alert" not in page and "&lt;script&gt;" in page and "<b>" not in page


def test_results_are_paged_by_keyset_each_once(
    client: TestClient, service: Service, store: Store
) -> None:
    made = {complain(service, f"{LPG} nomor {n} " + "elpiji " * n)[1] for n in range(7)}
    service.ctx.settings.desk.page_size = 3
    sign_in(client, service, store, "supervisor")
    seen = codes_walked(client, "/desk/aduan?q=elpiji+langka")
    assert sorted(seen) == sorted(made) and len(seen) == 7
    assert "Terbuka (7)" in client.get("/desk/aduan?q=elpiji").text


def test_an_officer_finds_only_their_sections(
    client: TestClient, service: Service, store: Store
) -> None:
    _, lpg, lpg_section = complain(service, LPG, sender="+6281377770000")
    _, school, school_section = complain(service, BEASISWA)
    assert lpg_section != school_section
    sign_in(client, service, store, "officer", school_section)
    assert found(client, lpg) == [] and found(client, "elpiji") == []
    assert found(client, "081377770000") == []
    assert found(client, "beasiswa") == [school]
    sign_in(client, service, store, "officer", lpg_section)
    assert found(client, lpg) == [lpg] and found(client, "beasiswa") == []


def test_follow_ups_are_indexed_in_the_same_transaction(
    client: TestClient, service: Service, store: Store
) -> None:
    _, code, section = complain(service, LPG, sender="+6281244445555")
    sign_in(client, service, store, "officer", section)
    assert found(client, "banjir") == []
    service.ctx.pipeline.accept(
        IncomingMessage(
            channel="sms", external_id="search-followup-1", sender="+6281244445555",
            text="Sekarang juga banjir di jalan desa", received_at=service.ctx.clock(),
        )
    )  # fmt: skip
    assert found(client, "banjir") == [code]
    assert found(client, "kebanjiran elpiji") == [code]


def test_a_batch_indexes_a_complaint_with_the_follow_ups_of_the_same_batch(
    client: TestClient, service: Service, store: Store
) -> None:
    now = service.ctx.clock()
    msgs = [
        IncomingMessage(
            channel="sms", external_id=f"search-batch-{n}", sender="+6281255556666", text=text,
            received_at=now,
        )
        for n, text in enumerate((LPG, "Sekarang juga banjir di jalan desa"))
    ]  # fmt: skip
    created, followup = service.ctx.pipeline.accept_batch(msgs)
    assert (created.outcome, followup.outcome) == ("created", "followup")
    assert created.section is not None and created.tracking_code is not None
    sign_in(client, service, store, "officer", created.section)
    assert found(client, "kebanjiran elpiji") == [created.tracking_code]
    assert found(client, "081255556666") == [created.tracking_code]


def test_erasure_removes_the_text_and_the_person_from_the_index(
    client: TestClient, service: Service, store: Store, clock: Clock
) -> None:
    _, code, section = complain(service, LPG, sender="+6281266667777")
    sign_in(client, service, store, "officer", section)
    assert found(client, "pangkalan") == [code] and found(client, "081266667777") == [code]
    privacy.erase(store, service.ctx.settings, "sms:+6281266667777", clock())
    assert found(client, "pangkalan") == [] and found(client, "081266667777") == []
    assert found(client, code) == [code]  # the code is not personal data


def test_anonymous_complaints_are_not_found_by_who_sent_them(
    client: TestClient, service: Service, store: Store
) -> None:
    _, code, _ = complain(service, "ANONIM " + LPG, sender="+6281288889999")
    sign_in(client, service, store, "supervisor")
    assert found(client, "081288889999") == []
    assert found(client, "pangkalan elpiji") == [code]


def test_nothing_searchable_finds_nothing(
    client: TestClient, service: Service, store: Store
) -> None:
    complain(service, LPG)
    sign_in(client, service, store, "supervisor")
    assert found(client, "!!! ???") == []
    assert found(client, '"elpiji" *)(:') == found(client, "elpiji") != []  # no syntax


def test_a_whole_code_without_digits_is_read_as_a_code() -> None:
    """About one code in twenty has no digit (KK-MXTSD-ZFJHA); it was searched as three words."""

    assert ("kkmxtsdzfjha", True) in _code("KK-MXTSD-ZFJHA", "KK")
    assert _code("kantor", "KK") == ()  # a plain word is still not a code


def _tabs(client: TestClient, query: str) -> dict[str, str]:
    """The inbox's counts as its tabs show them: "Milik saya", "Belum ada ...", each status."""
    page = client.get(f"/desk/aduan?{query}").text
    mine = re.search(r'id="tab-mine">Milik saya \(([^)]+)\)', page)
    nobody = re.search(r'id="tab-nobody">Belum ada yang menangani \(([^)]+)\)', page)
    assert mine and nobody
    tabs = dict(re.findall(r'status=(\w+)[^"]*" class="[^"]*">[^<(]+\(([^)]+)\)</a>', page))
    return {"saya": mine[1], "belum": nobody[1], **tabs}


def test_a_search_counts_whose_complaints_among_its_matches(
    client: TestClient, service: Service, store: Store
) -> None:
    made = [complain(service, LPG + f" nomor {k}") for k in range(4)]
    complain(service, BEASISWA)
    section = made[0][2]
    me = add_officer(store, "pemilik", "officer", section)
    colleague = add_officer(store, "rekan", "officer", section)
    with store.write() as session:  # mine open, mine closed, a colleague's, nobody's
        for (cid, _, _), owner, status in zip(
            made, (me, me, colleague, None), ("baru", "ditutup", "diproses", "baru"), strict=True
        ):
            complaint = session.get(Complaint, cid)
            assert complaint is not None
            complaint.assignee_id, complaint.status = owner, status
            session.add(complaint)
    client.cookies.update(session_cookie(service, me))
    open_tab = _tabs(client, "q=elpiji")
    assert (open_tab["saya"], open_tab["belum"]) == ("1", "1")
    assert (open_tab["baru"], open_tab["diproses"], open_tab["ditutup"]) == ("2", "1", "1")
    every = _tabs(client, "q=elpiji&status=semua")
    assert (every["saya"], every["belum"]) == ("2", "1")
    mine = _tabs(client, "q=elpiji&status=semua&milik=saya")  # the status tabs count mine only
    assert (mine["baru"], mine["diproses"], mine["ditutup"], mine["saya"]) == ("1", "0", "1", "2")
    assert _tabs(client, "q=beasiswa+elpiji")["saya"] == "0"


def test_a_search_within_a_status_or_section_follows_their_changes(
    client: TestClient, service: Service, store: Store
) -> None:
    """The index's status and section terms follow the complaint (migration 0015's triggers)."""
    cid, code, section = complain(service, LPG)
    other = next(s.id for s in service.ctx.settings.sections if s.id != section)
    sign_in(client, service, store, "officer", section)
    assert re.findall(r'data-code="([^"]+)"', client.get("/desk/aduan?q=elpiji").text) == [code]
    with store.write() as session:
        complaint = session.get(Complaint, cid)
        assert complaint is not None
        complaint.status = "selesai"
        session.add(complaint)
    shown_in = {
        status: re.findall(
            r'data-code="([^"]+)"', client.get(f"/desk/aduan?q=elpiji&status={status}").text
        )
        for status in ("terbuka", "baru", "selesai", "semua")
    }
    assert shown_in == {"terbuka": [], "baru": [], "selesai": [code], "semua": [code]}
    with store.write() as session:
        complaint = session.get(Complaint, cid)
        assert complaint is not None
        complaint.section, complaint.status = other, "diproses"
        session.add(complaint)
    assert found(client, "elpiji") == []
    sign_in(client, service, store, "officer", other)
    assert re.findall(r'data-code="([^"]+)"', client.get("/desk/aduan?q=elpiji").text) == [code]
    assert found(client, "elpiji") == [code]


def test_a_complaint_that_says_the_words_more_often_comes_first(
    client: TestClient, service: Service, store: Store
) -> None:
    _, once, _ = complain(service, "Elpiji langka di desa kami sejak minggu lalu, mohon dibantu")
    _, often, _ = complain(service, "Elpiji langka, elpiji mahal, elpiji tidak ada di desa kami")
    complain(service, BEASISWA)
    sign_in(client, service, store, "supervisor")
    assert found(client, "elpiji") == [often, once]
    assert found(client, "langka elpiji") == [often, once]


def test_stale_tags_never_show_another_sections_complaint(
    client: TestClient, service: Service, store: Store
) -> None:
    """The rows a search shows are decided by the complaint's own section and status, even
    where the page is found from the index's tags alone (PostgreSQL, desk/inbox.py)."""
    cid, _, section = complain(service, LPG)
    other = next(s.id for s in service.ctx.settings.sections if s.id != section)
    with store.write() as session:  # the index says: the other section's (a missed trigger)
        key = "complaint_id" if store.is_postgres else "rowid"
        value = search.tags("baru", other)
        tags = "to_tsvector('simple', :tags)" if store.is_postgres else ":tags"
        session.connection().execute(
            text(f"UPDATE complaint_fts SET tags = {tags} WHERE {key} = :id"),
            {"tags": value, "id": cid},
        )
    sign_in(client, service, store, "officer", other)
    assert re.findall(r'data-code="([^"]+)"', client.get("/desk/aduan?q=elpiji").text) == []


@pytest.mark.parametrize("probe", [5000, 1], ids=["listed", "walked"])
def test_a_searchs_tab_counts_stop_at_their_cap(
    client: TestClient,
    service: Service,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    probe: int,
) -> None:
    """The tabs count among the newest SEARCH_COUNT_CAP matches (shown "3+" here, past a cap
    of 3), whether PostgreSQL's GIN probe lists the matches or they are walked newest first;
    the results themselves go on past the cap."""
    codes = [complain(service, LPG + f" nomor {k}")[1] for k in range(5)]
    complain(service, BEASISWA)
    monkeypatch.setattr(store_inbox, "SEARCH_COUNT_CAP", 3)
    monkeypatch.setattr(fulltext, "PROBE", probe)
    sign_in(client, service, store, "supervisor")
    tabs = _tabs(client, "q=elpiji&status=semua")
    assert (tabs["semua"], tabs["belum"]) == ("3+", "3+")
    assert sorted(found(client, "elpiji")) == sorted(codes)
    assert _tabs(client, "q=beasiswa&status=semua")["semua"] == "1"


def test_a_tab_shows_its_older_matches_past_the_sections_newest(
    client: TestClient, service: Service, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An officer's status tab lists every match of that status, even when the section's
    newer matches of other statuses fill the CAP newest that a search ranks (PostgreSQL takes
    the section's probe for the tab's: the tab's tags must still decide which of them count)."""
    made = [complain(service, LPG + f" nomor {k}") for k in range(6)]
    section = made[0][2]
    with store.write() as session:  # the two oldest in progress, the newer four new
        for cid, _, _ in made[:2]:
            complaint = session.get(Complaint, cid)
            assert complaint is not None
            complaint.status = "diproses"
            session.add(complaint)
    monkeypatch.setattr(fulltext, "CAP", 3)
    sign_in(client, service, store, "officer", section)
    page = client.get("/desk/aduan?q=elpiji&status=diproses")
    shown = re.findall(r'data-code="([^"]+)"', page.text)
    assert sorted(shown) == sorted(code for _, code, _ in made[:2])
    assert _tabs(client, "q=elpiji&status=diproses")["diproses"] == "2"


@pytest.mark.parametrize("role", ["officer", "supervisor"])
def test_words_dense_among_the_newest_are_walked_without_a_probe(
    client: TestClient,
    service: Service,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    role: str,
) -> None:
    """PostgreSQL: where the newest complaints a walk would read hold the words densely, the
    GIN probe is skipped (the sample says so) and the walk still finds every match; a word
    found rarely in the sample is probed. (SQLite's FTS5 lists its matches: no probe.)"""
    made = [complain(service, LPG + f" nomor {k}")[1] for k in range(6)]
    (_, rare, section) = complain(service, LPG.replace("Elpiji", "Elpiji oplosan"))
    complain(service, BEASISWA)
    monkeypatch.setattr(fulltext, "SAMPLE_FROM", 0)  # every estimate is in the band
    monkeypatch.setattr(fulltext, "SAMPLE", 8)
    monkeypatch.setattr(fulltext, "WALK_ROWS", 8 * fulltext.CAP // 4)  # dense: 4 of 8
    probed = spy_on_probes(monkeypatch)  # what the GIN index listed (probes that ran)
    sign_in(client, service, store, role, *([section] if role == "officer" else []))
    codes = re.findall(r'data-code="([^"]+)"', client.get("/desk/aduan?q=elpiji").text)
    assert sorted(codes) == sorted([*made, rare])
    assert probed == []
    assert re.findall(r'data-code="([^"]+)"', client.get("/desk/aduan?q=oplosan").text) == [rare]
    assert bool(probed) == store.is_postgres  # one match in a sample of eight: probed


def test_common_words_seldom_together_are_probed_not_walked(
    client: TestClient, service: Service, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL: two words its statistics call common but which the newest complaints seldom
    hold together are listed by the GIN index, not walked for through the whole table; one
    common word is walked as before. The matches are the same either way."""
    made = [complain(service, LPG + f" nomor {k}")[1] for k in range(6)]
    both = complain(service, LPG + " dan beasiswa mahasiswa")[1]
    monkeypatch.setattr(fulltext, "ESTIMATED_MANY", -1)  # every estimate says "many"
    monkeypatch.setattr(fulltext, "SAMPLE", 8)
    monkeypatch.setattr(fulltext, "WALK_ROWS", 8 * fulltext.CAP // 4)  # dense: 4 of 8
    probed = spy_on_probes(monkeypatch)  # what the GIN index listed (probes that ran)
    sign_in(client, service, store, "supervisor")
    assert found(client, "elpiji") == found(client, "elpiji")  # one word: walked
    assert sorted(found(client, "elpiji")) == sorted([*made, both])
    assert probed == []
    assert found(client, "elpiji beasiswa") == [both]
    assert bool(probed) == store.is_postgres


def test_matches_a_sample_shows_too_many_for_a_probe_are_walked_without_one(
    client: TestClient, service: Service, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL: where the newest complaints hold a word often enough that the whole table
    must hold more than a probe may list, the GIN probe (which would read them all to learn
    it) is skipped and the walk finds every match; a word seldom in the sample is probed."""
    made = [complain(service, LPG + f" nomor {k}")[1] for k in range(10)]
    rare = complain(service, BEASISWA + " oplosan")[1]
    complain(service, BEASISWA)
    if store.is_postgres:  # the planner's row counts, as autovacuum would leave them
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE complaint_fts")
    monkeypatch.setattr(fulltext, "SAMPLE_FROM", 0)  # every estimate is in the band
    monkeypatch.setattr(fulltext, "SAMPLE", 8)
    monkeypatch.setattr(fulltext, "WALK_ROWS", 1)  # never dense: only the count decides
    monkeypatch.setattr(fulltext, "PROBE", 1)  # a probe lists one match at most
    probed = spy_on_probes(monkeypatch)  # what the GIN index listed (probes that ran)
    sign_in(client, service, store, "supervisor")
    assert sorted(found(client, "elpiji")) == sorted(made)
    assert probed == []
    assert found(client, "oplosan") == [rare]
    assert bool(probed) == store.is_postgres


def test_words_implied_by_another_word_of_the_query_are_not_asked_for() -> None:
    """A surname that stems to the first name ("Siti Sitian") asks for the first name only:
    the same matches, one word the planner's statistics know (not two it takes for rare)."""
    norm = search.normaliser(None, None)
    pair = parse(norm, "Siti Sitian", "KK")
    assert pair is not None and pair.alternatives == ((((("siti", False),),),))
    siti, reversed_ = parse(norm, "Siti", "KK"), parse(norm, "sitian siti", "KK")
    assert siti is not None and reversed_ is not None
    assert reversed_.alternatives == siti.alternatives
    both = parse(norm, "langka elpiji", "KK")
    assert both is not None and len(both.alternatives[0]) == 2


def test_the_tab_counts_walk_where_a_sample_holds_their_few_matches(
    client: TestClient, service: Service, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL: the tab counts need SEARCH_COUNT_CAP matches, not CAP: a sample that holds
    enough of them for a short walk makes the counts walk, where the page (which needs CAP)
    probes. One probe a request, not two; the counts are the same."""
    made = [complain(service, LPG + f" nomor {k}")[1] for k in range(2)]
    for k in range(6):
        complain(service, BEASISWA + f" nomor {k}")
    monkeypatch.setattr(fulltext, "SAMPLE_FROM", 0)  # every estimate is in the band
    monkeypatch.setattr(fulltext, "SAMPLE", 8)
    # Two matches in eight: too few for the page's CAP (dense: 4 of 8), enough for 100.
    monkeypatch.setattr(fulltext, "WALK_ROWS", 8 * fulltext.CAP // 4)
    probed = spy_on_probes(monkeypatch)  # what the GIN index listed (probes that ran)
    sign_in(client, service, store, "supervisor")
    tabs = _tabs(client, "q=elpiji")
    assert (tabs["baru"], tabs["diproses"], tabs["ditutup"]) == ("2", "0", "0")
    assert len(probed) == (1 if store.is_postgres else 0)
    assert sorted(found(client, "elpiji")) == sorted(made)
