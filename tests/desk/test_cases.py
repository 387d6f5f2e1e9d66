"""Shared cases (kasus bersama) through the desk's routes and /lacak, on both backends."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlmodel import col, select

from desk import cases
from routing.neighbours import bag
from service.app import Service
from store import cases as store_cases
from store.db import Store
from store.models import CaseMember, Complaint, Event, Outbox, SharedCase
from store.search import normaliser
from tests.conftest import Clock
from tests.desk.helpers import BEASISWA, add_officer, complain, csrf_of, session_cookie

GAS_A = "Elpiji 3 kg langka di pangkalan Desa Jembayan, Loa Kulu, sudah tiga hari kosong"
GAS_B = "Tabung elpiji 3 kg kosong di semua pangkalan Jembayan kecamatan Loa Kulu, warga antre"
GAS_C = "Gas elpiji melon langka di Loa Kulu, pangkalan bilang stok belum datang"
CHILI = "Harga cabai dan bawang di pasar Tenggarong naik tinggi sekali minggu ini"
SECRET_NAME = "Siti Rahmawati Jembayan"


def _signed_in(client: TestClient, service: Service, name: str, role: str, *sections: str) -> str:
    oid = add_officer(service.ctx.store, name, role, *sections)
    client.cookies.clear()
    client.cookies.update(session_cookie(service, oid))
    return csrf_of(client.get("/desk/aduan").text)


def _events(store: Store, cid: int, *actions: str) -> list[Event]:
    with store.read() as s:
        stmt = select(Event).where(col(Event.complaint_id) == cid, col(Event.action).in_(actions))
        return list(s.exec(stmt.order_by(col(Event.id))))


def _case_id(location: str) -> int:
    found = re.match(r"/desk/kasus/(\d+)\?ok=gabung$", location)
    assert found, location
    return int(found.group(1))


def test_candidates_share_words_and_place_within_days_with_reasons(
    client: TestClient, service: Service, clock: Clock
) -> None:
    a, _, section = complain(service, GAS_A)
    clock.advance(hours=5)
    _, code_b, section_b = complain(service, GAS_B)
    _, code_chili, section_chili = complain(service, CHILI)
    _, code_other, other_section = complain(service, BEASISWA)
    clock.advance(days=9)
    _, code_late, _ = complain(service, GAS_C)  # the same words, too long after
    assert section == section_b == section_chili == "perekonomian" != other_section
    _signed_in(client, service, "ani", "officer", section)
    page = client.get(f"/desk/aduan/{a}")
    assert page.status_code == 200
    panel = page.text.split('id="case-panel"')[1].split('id="tahapan"')[0]
    item = re.search(rf'<li data-code="{code_b}">.*?</li>', panel, re.S)
    assert item, panel
    words = re.search(r"kata serupa: ([^;<]*)", item.group(0))
    assert words, item.group(0)
    # elpiji is read as routing reads it; place names are a reason of their own
    assert {"lpg", "kosong"} <= set(words.group(1).split(", ")), words.group(1)
    assert "loa" not in words.group(1).split(", ")
    assert "menyebut tempat yang sama: Jembayan, Loa Kulu" in item.group(0)
    assert "selisih 5 jam" in item.group(0)
    for absent in (code_chili, code_other, code_late):
        assert absent not in panel


def test_join_answer_and_close_a_case_member_by_member(
    client: TestClient, service: Service, store: Store, clock: Clock
) -> None:
    a, code_a, section = complain(service, GAS_A, sender="+6281250001111")
    b, code_b, _ = complain(service, GAS_B, sender="+6281250002222")
    c, code_c, _ = complain(service, GAS_C, sender="+6281250003333")
    csrf = _signed_in(client, service, "ani", "officer", section)
    form = {"other": str(b), "csrf": csrf, "title": "Elpiji langka Loa Kulu"}
    joined = client.post(f"/desk/aduan/{a}/kasus", data=form)
    assert joined.status_code == 303
    case_id = _case_id(joined.headers["location"])
    # the third joins by the case's number, typed as an officer would
    third = client.post(f"/desk/aduan/{c}/kasus", data={"case": f"#{case_id}", "csrf": csrf})
    assert third.status_code == 303 and _case_id(third.headers["location"]) == case_id
    page = client.get(f"/desk/kasus/{case_id}")
    assert page.status_code == 200 and "Elpiji langka Loa Kulu" in page.text
    assert re.search(r'id="case-count">3\b', page.text)
    assert "Loa Kulu (3)" in page.text and "Jembayan (2)" in page.text and "SMS (3)" in page.text
    for code in (code_a, code_b, code_c):
        assert f'data-code="{code}"' in page.text
    assert [e.detail["case"] for e in _events(store, b, "case_join")] == [case_id]

    answer = "Stok elpiji tambahan tiba besok pagi di pangkalan Jembayan."
    sent = client.post(f"/desk/kasus/{case_id}/balas", data={"text": answer, "csrf": csrf})
    assert sent.status_code == 303 and "n=3" in sent.headers["location"]
    with store.read() as s:
        rows = list(s.exec(select(Outbox).where(col(Outbox.kind) == "reply")))
        complaints = {x.id: x for x in s.exec(select(Complaint))}
    assert len(rows) == 3
    for row in rows:
        member = complaints[row.complaint_id]
        assert row.recipient == member.reply_address and row.channel == member.reply_channel
        assert row.text.startswith(f"Aduan {member.tracking_code}:") and answer in row.text
        others = {x.tracking_code for x in complaints.values()} - {member.tracking_code}
        assert not any(code in row.text for code in others)
    for cid in (a, b, c):
        replies = _events(store, cid, "reply")
        assert len(replies) == 1 and replies[0].detail["case"] == case_id

    clock.advance(hours=2)
    closed = client.post(f"/desk/kasus/{case_id}/tutup",
                         data={"text": "Pasokan normal kembali.", "csrf": csrf})  # fmt: skip
    assert closed.status_code == 303
    with store.read() as s:
        assert {x.status for x in s.exec(select(Complaint))} == {"ditutup"}
        case = s.get(SharedCase, case_id)
        assert case is not None and case.status == "ditutup"
    for cid in (a, b, c):
        steps = [(e.detail["to"], e.detail["case"]) for e in _events(store, cid, "status")]
        assert steps == [("selesai", case_id), ("ditutup", case_id)]
    timeline = client.get(f"/desk/aduan/{a}").text
    assert f"jawaban kasus bersama #{case_id}" in timeline
    assert f"menggabungkan ke kasus bersama #{case_id}" in timeline
    lacak = client.get(f"/lacak/{code_a}").text
    assert f"kasus bersama #{case_id}" in lacak and "bersama 2 aduan lain" in lacak
    assert "selesai ditangani" in lacak and "Pasokan normal kembali." in lacak
    api = client.get(f"/api/v1/track/{code_a}").json()
    assert api["case"] == {"number": case_id, "status": "ditutup",
                           "status_name": "selesai ditangani", "others": 2}  # fmt: skip
    # closed: no more members, answers or removals
    late = client.post(f"/desk/kasus/{case_id}/balas", data={"text": "lagi", "csrf": csrf})
    assert late.status_code == 400 and "sudah ditutup" in late.text


def test_lacak_of_one_member_never_shows_another(
    client: TestClient, service: Service, store: Store
) -> None:
    a, code_a, section = complain(service, GAS_A, sender="+6281250004444")
    b, code_b, _ = complain(service, GAS_B + " " + SECRET_NAME, channel="email",
                            sender="siti.rahma@contoh.id", display_name=SECRET_NAME)  # fmt: skip
    csrf = _signed_in(client, service, "ani", "officer", section)
    case_id = _case_id(
        client.post(f"/desk/aduan/{a}/kasus", data={"other": str(b), "csrf": csrf}).headers[
            "location"
        ]
    )
    client.post(f"/desk/kasus/{case_id}/balas", data={"text": "Sedang dicek.", "csrf": csrf})
    client.cookies.clear()
    for url in (f"/lacak/{code_a}", f"/lacak?kode={code_a.lower()}", f"/api/v1/track/{code_a}"):
        body = client.get(url).text
        assert "kasus bersama" in body or '"case"' in body
        for secret in (code_b, "siti", "Rahmawati", "contoh.id", "6281250004444",
                       "tabung", "antre", "Jembayan kecamatan"):  # fmt: skip
            assert secret.lower() not in body.lower(), (url, secret)


def test_access_hostile_ids_and_kept_text(
    client: TestClient, service: Service, store: Store
) -> None:
    a, _, section = complain(service, GAS_A)
    b, code_b, _ = complain(service, GAS_B)
    x, _, other_section = complain(service, BEASISWA)
    csrf = _signed_in(client, service, "ani", "officer", section)
    location = client.post(f"/desk/aduan/{a}/kasus", data={"csrf": csrf, "title": "Elpiji"})
    case_id = _case_id(location.headers["location"])
    # a case of another section, an unknown one and a hostile id look the same: 404
    csrf_b = _signed_in(client, service, "budi", "officer", other_section)
    mine = client.post(f"/desk/aduan/{x}/kasus", data={"csrf": csrf_b}).headers["location"]
    foreign = client.get(f"/desk/kasus/{case_id}")
    missing = client.get("/desk/kasus/999999")
    assert foreign.status_code == missing.status_code == 404 and foreign.text == missing.text
    for path in ("/desk/kasus/abc", "/desk/kasus/-1", "/desk/kasus/99999999999999999999"):
        assert client.get(path).status_code == 404, path
    assert "Elpiji" not in client.get("/desk/kasus").text
    answered = client.post(f"/desk/kasus/{case_id}/balas", data={"text": "x", "csrf": csrf_b})
    assert answered.status_code == 404
    with store.read() as s:
        assert not list(s.exec(select(Outbox).where(col(Outbox.kind) == "reply")))
    # joining across sections: neither the complaint nor the case is found
    into = client.post(f"/desk/aduan/{x}/kasus", data={"case": str(case_id), "csrf": csrf_b})
    assert into.status_code == 400 and "sudah dalam kasus" in into.text
    _signed_in(client, service, "ani2", "officer", section)
    csrf = csrf_of(client.get(f"/desk/aduan/{b}").text)
    theirs = _case_id(mine)
    for data, message in (
        ({"case": str(theirs)}, "tidak ditemukan"),
        ({"case": "12; DROP TABLE complaint"}, "tidak ditemukan"),
        ({"other": str(x)}, "tidak ditemukan"),
        ({"other": "abc"}, "tidak ditemukan"),
        ({"other": "99999999999999999999999"}, "tidak ditemukan"),
        ({"other": str(b)}, "tidak ditemukan"),
    ):
        refused = client.post(f"/desk/aduan/{b}/kasus", data={**data, "csrf": csrf})
        assert refused.status_code == 400 and message in refused.text, data
    with store.read() as s:
        assert s.get(CaseMember, b) is None
    too_long = "Banjir " * 40
    refused = client.post(f"/desk/aduan/{b}/kasus", data={"title": too_long, "csrf": csrf})
    assert refused.status_code == 400 and "terlalu panjang" in refused.text
    assert f'value="{too_long}"' in refused.text
    # a stale form keeps what was typed
    stale = client.post(f"/desk/aduan/{b}/kasus", data={"title": "Judul saya", "csrf": "x"})
    assert stale.status_code == 403 and 'value="Judul saya"' in stale.text
    long = "panjang " * 1200
    kept = client.post(f"/desk/kasus/{case_id}/balas", data={"text": long, "csrf": csrf})
    assert kept.status_code == 400 and "terlalu panjang" in kept.text and long.strip() in kept.text
    # removal of a member, then of one not in it
    gone = client.post(f"/desk/kasus/{case_id}/keluarkan", data={"complaint": str(a), "csrf": csrf})
    assert gone.status_code == 303
    assert [e.action for e in _events(store, a, "case_join", "case_leave")] == [
        "case_join", "case_leave"
    ]  # fmt: skip
    again = client.post(
        f"/desk/kasus/{case_id}/keluarkan", data={"complaint": str(a), "csrf": csrf}
    )
    assert again.status_code == 400 and "tidak ada dalam kasus" in again.text
    assert code_b  # b was never joined


def test_member_without_contact_is_skipped_and_one_moved_away_is_only_counted(
    client: TestClient, service: Service, store: Store
) -> None:
    a, code_a, section = complain(service, GAS_A)
    w, code_w, _ = complain(service, GAS_C, channel="web")  # the web form, no contact given
    csrf = _signed_in(client, service, "ani", "officer", section)
    case_id = _case_id(
        client.post(f"/desk/aduan/{w}/kasus", data={"other": str(a), "csrf": csrf}).headers[
            "location"
        ]
    )
    page = client.get(f"/desk/kasus/{case_id}").text
    assert "(tanpa kontak)" in page and "1 dapat dihubungi" in page
    sent = client.post(f"/desk/kasus/{case_id}/balas", data={"text": "Dicek besok.", "csrf": csrf})
    assert sent.headers["location"].endswith("n=1")
    with store.read() as s:
        rows = list(s.exec(select(Outbox).where(col(Outbox.kind) == "reply")))
    assert [r.complaint_id for r in rows] == [a]
    # a supervisor moves one member to another section: ani's case page counts it, never shows it
    supervisor = _signed_in(client, service, "sari", "supervisor")
    form = {"to": "kesra", "text": "bukan urusan kami", "csrf": supervisor}
    moved = client.post(f"/desk/aduan/{a}/alihkan", data=form)
    assert moved.status_code == 303
    _signed_in(client, service, "ani2", "officer", section)
    page = client.get(f"/desk/kasus/{case_id}").text
    assert "dan 1 aduan di bagian lain" in page
    assert code_a not in page and code_w in page
    assert client.get(f"/desk/aduan/{a}").status_code == 404
    # ani2 cannot close the case while that member is open in the other section: nothing closes
    refused = client.post(
        f"/desk/kasus/{case_id}/tutup", data={"text": "Sudah ditangani.", "csrf": csrf_of(page)}
    )
    assert refused.status_code == 400
    assert "1 aduan terbuka di bagian lain" in refused.text and "Sudah ditangani." in refused.text
    with store.read() as s:
        assert s.get(SharedCase, case_id).status == "terbuka"  # type: ignore[union-attr]
        assert s.get(Complaint, w).status != "ditutup"  # type: ignore[union-attr]
    # the supervisor, who sees every member, closes it whole
    boss = _signed_in(client, service, "sari2", "supervisor")
    done = client.post(f"/desk/kasus/{case_id}/tutup", data={"text": "Selesai.", "csrf": boss})
    assert done.status_code == 303
    with store.read() as s:
        assert s.get(SharedCase, case_id).status == "ditutup"  # type: ignore[union-attr]
        assert {s.get(Complaint, x).status for x in (a, w)} == {"ditutup"}  # type: ignore[union-attr]


def test_candidates_read_the_pools_stems_from_the_index_as_routing_stems_the_text(
    service: Service,
) -> None:
    a, _, _ = complain(service, GAS_A)
    # the sender's name repeats words of the text: the index holds both, the bag only the text's
    b, _, _ = complain(service, GAS_B, channel="email", sender="kosong.antre@contoh.id",
                       display_name="Kosong Pangkalan Antre")  # fmt: skip
    routing = service.ctx.settings.routing
    norm = normaliser(routing.slang, routing.stem_overrides)
    with service.ctx.store.read() as s:
        here = s.get(Complaint, a)
        assert here is not None
        cases._BAGS.clear()  # read from this backend's index, not kept from another test
        rows, bags = cases._pool(s, here, set())
        text = f"{rows[b][2] or ''} {rows[b][3]}"
        assert bags[text] == bag(norm, text), (bags[text], bag(norm, text))
        assert bags[text]["kosong"] == 1
        (_, code, doc, *_), *_ = store_cases.documents(s, [b])
        without = cases.indexed_bag(code, doc, [])
        # the name's and the address's words, not taken off
        assert without is not None and without["kosong"] > 1 and without["contoh"] > 0
