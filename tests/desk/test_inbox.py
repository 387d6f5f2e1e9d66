"""The inbox: keyset pages by due date (with a complaint without one), filters, counts."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, update

from desk import export
from desk.deadlines import Capped
from desk.inbox import shown
from desk.unread import CAP as UNREAD_CAP
from service.app import Service
from store.db import Store
from store.models import Complaint
from tests.conftest import Clock
from tests.desk.helpers import LPG, add_officer, codes_walked, complain, session_cookie


def test_pages_walk_every_complaint_once_in_due_order(
    client: TestClient, service: Service, store: Store, clock: Clock
) -> None:
    made = []
    for n in range(12):
        made.append(complain(service, f"{LPG} nomor {n}"))
        clock.advance(hours=7)
    with store.write() as s:
        s.exec(update(Complaint).where(col(Complaint.id) == made[4][0]).values(due_at=None))
    service.ctx.settings.desk.page_size = 5
    client.cookies.update(session_cookie(service, add_officer(store, "ani", "officer", made[0][2])))
    seen = codes_walked(client, "/desk/aduan")
    codes = [m[1] for m in made]
    assert sorted(seen) == sorted(codes) and len(seen) == 12
    dated = [c for c in seen if c != made[4][1]]
    assert dated == [c for c in codes if c != made[4][1]]  # arrival order = due order here


def test_every_status_tab_walks_each_complaint_once_across_statuses(
    client: TestClient, service: Service, store: Store, clock: Clock
) -> None:
    made = []
    for n in range(9):
        made.append(complain(service, f"{LPG} nomor {n}"))
        clock.advance(hours=7)
    with store.write() as s:  # every status, and one without a due date
        for k, (cid, _, _) in enumerate(made):
            status = ("baru", "diproses", "selesai", "ditutup")[k % 4]
            s.exec(update(Complaint).where(col(Complaint.id) == cid).values(status=status))
        s.exec(update(Complaint).where(col(Complaint.id) == made[5][0]).values(due_at=None))
    service.ctx.settings.desk.page_size = 2
    client.cookies.update(session_cookie(service, add_officer(store, "ani", "officer", made[0][2])))
    seen = codes_walked(client, "/desk/aduan?status=semua")
    dated = [m[1] for m in made if m[0] != made[5][0]]
    assert sorted(seen) == sorted(m[1] for m in made) and len(seen) == 9
    assert [c for c in seen if c != made[5][1]] == dated  # due order across the statuses


def test_filters_and_counts(
    client: TestClient, service: Service, store: Store, clock: Clock
) -> None:
    late_id, late_code, section = complain(service, LPG)
    clock.advance(days=8)
    _, fresh_code, _ = complain(service, LPG + " lagi", channel="web")
    client.cookies.update(session_cookie(service, add_officer(store, "ani", "officer", section)))
    overdue = client.get("/desk/aduan?terlambat=1").text
    assert re.findall(r'data-code="([^"]+)"', overdue) == [late_code]
    everything = client.get("/desk/aduan").text
    assert "Terlambat (1)" in everything and "Terbuka (2)" in everything
    web = client.get("/desk/aduan?kanal=web").text
    assert re.findall(r'data-code="([^"]+)"', web) == [fresh_code]
    search = client.get("/desk/aduan?q=LAGI").text
    assert re.findall(r'data-code="([^"]+)"', search) == [fresh_code]
    assert client.get(f"/desk/aduan?q={late_code}").text.count("data-code=") == 1
    csv = client.get("/desk/aduan/ekspor.csv?terlambat=1")
    assert csv.headers["content-disposition"].startswith("attachment")
    assert late_code in csv.text and fresh_code not in csv.text
    assert late_id > 0


def test_deadline_overview_counts_each_section(
    client: TestClient, service: Service, store: Store, clock: Clock
) -> None:
    complain(service, LPG)
    _, _, section = complain(service, LPG + " lagi")
    clock.advance(days=8)
    complain(service, LPG + " baru")
    client.cookies.update(session_cookie(service, add_officer(store, "sup", "supervisor")))
    page = client.get("/desk/tenggat").text
    row = re.search(
        rf'bagian={section}">[^<]+</a></td><td[^>]*>(\d+)</td>\s*<td[^>]*>(.*?)</td>', page
    )
    assert row and row.group(1) == "3" and ">2</a>" in row.group(2)


def test_counts_stop_at_the_cap() -> None:
    assert (shown(999), shown(1000), shown(1001)) == ("999", "1.000", "1.000+")
    assert shown(12, more=True) == "12+" and str(Capped(1001)) == "1.000+" and Capped(3) == 3
    # What is unread stops at a hundred (desk/unread.py's CAP).
    assert (shown(100, cap=UNREAD_CAP), shown(101, cap=UNREAD_CAP)) == ("100", "100+")


def test_export_walks_every_complaint_once_across_batches(
    client: TestClient,
    service: Service,
    store: Store,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A small first batch (the download starts early), then full batches: every complaint of
    the filter once, in id order, whichever batch it falls in."""
    monkeypatch.setattr(export, "FIRST", 2)
    monkeypatch.setattr(export, "BATCH", 3)
    made = []
    for n in range(9):  # 2 + 3 + 3 + 1
        made.append(complain(service, f"{LPG} nomor {n}"))
        clock.advance(hours=1)
    client.cookies.update(session_cookie(service, add_officer(store, "sup", "supervisor")))
    csv = client.get("/desk/aduan/ekspor.csv?status=semua")
    codes = [line.split(",")[0] for line in csv.text.splitlines()[1:]]
    assert codes == [m[1] for m in sorted(made)]


def test_the_triage_filter_by_whose_and_its_counts(
    client: TestClient, service: Service, store: Store
) -> None:
    """The triage filter with "Milik saya" / "Belum ada yang menangani" (whose condition SQLite
    reads as `+assignee_id`) and "Semua": the rows and counts of each, the others' left out."""
    made = [complain(service, f"{LPG} nomor {n}") for n in range(4)]
    section = made[0][2]
    officer = add_officer(store, "ani", "officer", section)
    other = add_officer(store, "budi", "officer", section)
    ids = [m[0] for m in made]
    with store.write() as s:
        s.exec(update(Complaint).where(col(Complaint.id).in_(ids[:3])).values(needs_triage=True))
        s.exec(update(Complaint).where(col(Complaint.id) == ids[0]).values(assignee_id=other))
        s.exec(update(Complaint).where(col(Complaint.id) == ids[1]).values(status="selesai"))
    client.cookies.update(session_cookie(service, officer))
    codes = {m[0]: m[1] for m in made}
    nobody = client.get("/desk/aduan?triase=1&milik=belum&status=semua").text
    found = sorted(re.findall(r'data-code="([^"]+)"', nobody))
    assert found == sorted([codes[ids[1]], codes[ids[2]]])
    assert "Belum ada yang menangani (2)" in nobody and "Milik saya (0)" in nobody
    with store.write() as s:
        s.exec(update(Complaint).where(col(Complaint.id) == ids[2]).values(assignee_id=officer))
    mine = client.get("/desk/aduan?triase=1&milik=saya").text
    assert re.findall(r'data-code="([^"]+)"', mine) == [codes[ids[2]]]
    assert "Milik saya (1)" in mine and "Belum ada yang menangani (0)" in mine
