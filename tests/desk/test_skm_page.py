"""/desk/skm: each section sees its own IKM and comments; small samples show no value."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient

from service.app import Service, create_app
from store.db import Store
from store.models import Survey
from tests.desk.helpers import BEASISWA, LPG, add_officer, complain, session_cookie

ROWS = [[4, 4, 3, 4, 3, 3, 4, 3, 3], [3, 3, 3, 4, 3, 3, 3, 3, 3], [4, 3, 2, 4, 3, 4, 4, 3, 3],
        [3, 3, 3, 4, 4, 3, 3, 2, 3], [4, 4, 3, 4, 3, 4, 4, 3, 4]]  # fmt: skip


def test_sections_see_their_own_index_and_comments(service: Service, store: Store) -> None:
    now = service.ctx.clock()
    done: dict[str, Any] = {"channel": "sms", "recipient": "x", "mode": "chat", "status": "done",
                            "question": 9, "finished_at": now + timedelta(hours=1)}  # fmt: skip
    ids = [complain(service, LPG)[0] for _ in ROWS]
    other = complain(service, BEASISWA)[0]
    with store.write() as s:
        for n, (cid, answers) in enumerate(zip(ids, ROWS, strict=True)):
            s.add(Survey(complaint_id=cid, section="perekonomian", answers=answers,
                         comment=f"komentar ekonomi {n}", **done))  # fmt: skip
        s.add(Survey(complaint_id=other, section="kesra", answers=[2] * 9,
                     comment="komentar kesra", **done))  # fmt: skip

    web = create_app(service)
    officer = add_officer(store, "petugas-ekonomi", "officer", "perekonomian")
    supervisor = add_officer(store, "pengawas", "supervisor")
    with TestClient(web, cookies=session_cookie(service, officer)) as c:
        page = c.get("/desk/skm?periode=2026-Q4")
    assert page.status_code == 200
    assert 'data-section="perekonomian"' in page.text and 'data-section="kesra"' not in page.text
    assert "<strong>83.33</strong>" in page.text and "B (Baik)" in page.text
    assert "komentar ekonomi 4" in page.text and "komentar kesra" not in page.text
    with TestClient(web, cookies=session_cookie(service, supervisor)) as c:
        page = c.get("/desk/skm?periode=2026-Q4")
        bad = c.get("/desk/skm?periode=2026-Q7")
    assert "komentar kesra" in page.text and "belum cukup responden" in page.text
    assert bad.status_code == 400
