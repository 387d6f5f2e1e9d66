"""GET /statistik and /api/v1/statistik: aggregates only, small cells suppressed, same numbers."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import col, select

from service.app import Service
from store.db import Store
from store.models import Complaint, Outbox, Survey
from tests.conftest import Clock
from tests.desk.helpers import BEASISWA, LPG, PERDA, complain

ANSWERS = [[4, 4, 3, 4, 3, 3, 4, 3, 3], [3, 3, 3, 4, 3, 3, 3, 3, 3], [4, 3, 2, 4, 3, 4, 4, 3, 3],
           [3, 3, 3, 4, 4, 3, 3, 2, 3], [4, 4, 3, 4, 3, 4, 4, 3, 4]]  # fmt: skip


def world(service: Service, store: Store, clock: Clock) -> list[int]:
    """6 perekonomian (SMS), 5 hukum (SMS), 2 kesra (SMS), 1 perekonomian by email."""
    ids = [complain(service, LPG)[0] for _ in range(6)]
    ids += [complain(service, PERDA)[0] for _ in range(5)]
    ids += [complain(service, BEASISWA, sender="+6281299990000")[0] for _ in range(2)]
    ids.append(complain(service, LPG + " RAHASIA", sender="warga@example.id", channel="email",
                        confidential=True)[0])  # fmt: skip
    now = clock.now
    with store.write() as s:
        for n, cid in enumerate(ids[:6]):  # six resolved the next day, answered after two
            c = s.get(Complaint, cid)
            assert c is not None
            c.status, c.closed_at = "ditutup", now + timedelta(days=1)
            s.add(Outbox(complaint_id=cid, channel="sms", recipient="x", kind="reply", text="ok",
                         automatic=False, created_at=now + timedelta(days=2)))  # fmt: skip
            if n < 5:
                s.add(Survey(complaint_id=cid, section="perekonomian", channel="sms",
                             recipient="x", mode="chat", status="done", answers=ANSWERS[n],
                             question=9, comment="Terima kasih, cepat",
                             finished_at=now + timedelta(days=3)))  # fmt: skip
        s.add(Survey(complaint_id=ids[11], section="kesra", channel="sms", recipient="x",
                     mode="chat", status="done", answers=[1] * 9, question=9,
                     finished_at=now + timedelta(days=3)))  # fmt: skip
    clock.advance(days=30)  # every open complaint is past its due date by now
    return ids


def test_json_figures_with_small_cells_suppressed(
    service: Service, client: TestClient, store: Store, clock: Clock
) -> None:
    world(service, store, clock)
    data = client.get("/api/v1/statistik?periode=2026-Q4").json()
    assert data["period"] == {"label": "2026-Q4", "from": "2026-10-01", "to": "2026-12-31"}
    assert data["total"] == 14
    sections = {r["section"]: r for r in data["by_section"]}
    assert len(sections) == len(service.ctx.settings.sections)
    assert sections["perekonomian"]["complaints"] == 7
    assert sections["kesra"]["complaints"] is None  # 2: suppressed
    assert sections["hukum"]["complaints"] is None  # 5, hidden with it: 14 - 7 would give it back
    assert sections["umum"]["complaints"] == 0
    assert sections["perekonomian"]["ikm"] == 83.33 and sections["perekonomian"]["grade"] == "B"
    assert sections["perekonomian"]["respondents"] == 5
    assert (sections["kesra"]["ikm"], sections["kesra"]["respondents"]) == (None, None)
    channels = {r["channel"]: r["complaints"] for r in data["by_channel"]}
    assert channels == {"sms": None, "email": None}  # 1 email hides the 13 SMS with it
    weeks = {r["week"]: r["complaints"] for r in data["by_week"]}
    assert weeks["2026-W48"] == 14 and weeks["2026-W40"] == 0 and list(weeks)[-1] == "2026-W52"
    assert data["within_standard"] == {"decided": 14, "share": round(6 / 14, 3)}
    assert data["median_working_days_first_response"] == 2.0
    assert data["median_working_days_resolution"] == 1.0
    # (150 + 9) answers over six respondents: 25 x 159 / 54 = 73.61
    assert data["ikm"] == {"ikm": 73.61, "grade": "C", "respondents": 6}


def test_html_and_csv_carry_the_same_numbers_and_no_identity(
    service: Service, client: TestClient, store: Store, clock: Clock
) -> None:
    world(service, store, clock)
    data = client.get("/api/v1/statistik?periode=2026-Q4").json()
    page = client.get("/statistik?periode=2026-Q4")
    assert page.status_code == 200
    html = page.text
    assert html.count('<ul class="bars"') == 3 and "<script" not in html and "src=" not in html
    assert "2026-W48" in html and "2026-W40" not in html  # weeks without complaints left out
    assert "&lt;5 (disembunyikan)" in html and 'id="total">14<' in html
    assert "83.33" in html and "43%" in html
    table = client.get("/api/v1/statistik?periode=2026-Q4&format=csv")
    assert table.headers["content-type"].startswith("text/csv")
    rows = {(m, k): v for m, k, v in list(csv.reader(io.StringIO(table.text)))[1:]}
    assert rows[("total", "")] == str(data["total"])
    assert rows[("complaints_by_section", "perekonomian")] == "7"
    assert rows[("complaints_by_section", "kesra")] == ""
    assert rows[("ikm_by_section", "perekonomian")] == "83.33"
    assert rows[("share_within_standard", "")] == str(data["within_standard"]["share"])
    with store.read() as s:
        texts = [c.text for c in s.exec(select(Complaint).where(col(Complaint.confidential)))]
    for body in (html, table.text, str(data)):
        assert "+62812" not in body and "warga@example.id" not in body
        assert not any(t in body for t in texts) and "Terima kasih, cepat" not in body
    assert client.get("/statistik?periode=2026-Q9").status_code == 400


def test_figures_are_kept_five_minutes_then_counted_again(
    service: Service, client: TestClient, store: Store, clock: Clock
) -> None:
    world(service, store, clock)
    assert client.get("/api/v1/statistik?periode=2026-Q4").json()["total"] == 14
    complain(service, LPG)
    clock.advance(minutes=4, seconds=59)
    assert client.get("/api/v1/statistik?periode=2026-Q4").json()["total"] == 14  # kept
    assert client.get("/api/v1/statistik?periode=2026").json()["total"] == 15  # its own count
    clock.advance(seconds=1)
    assert client.get("/api/v1/statistik?periode=2026-Q4").json()["total"] == 15
    page = client.get("/statistik?periode=2026-Q4")
    assert 'id="total">15<' in page.text
