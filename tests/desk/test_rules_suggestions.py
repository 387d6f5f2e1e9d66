"""The admin rules page lists rule edits proposed from officers' reassignments."""

from __future__ import annotations

from fastapi.testclient import TestClient

from service.app import Service
from tests.desk.helpers import add_officer, complain, csrf_of, session_cookie


def test_rules_page_lists_suggestions_from_reassignments(
    client: TestClient, service: Service
) -> None:
    store = service.ctx.store
    oid = add_officer(store, "u-triage", "officer", "organisasi")
    client.cookies.update(session_cookie(service, oid))
    csrf = csrf_of(client.get("/desk/aduan").text)
    for text in ("burung zwalet bersarang di rumah kosong", "izin usaha zwalet kami belum jelas"):
        cid, _, section = complain(service, text)
        assert section == "organisasi"
        response = client.post(
            f"/desk/aduan/{cid}/alihkan", data={"to": "hukum", "text": "perda", "csrf": csrf}
        )
        assert response.status_code == 303
    admin = add_officer(store, "u-admin", "admin")
    client.cookies.update(session_cookie(service, admin))
    page = client.get("/desk/admin/aturan")
    assert page.status_code == 200
    assert "Saran dari koreksi petugas" in page.text
    assert "saran-hukum-zwalet" in page.text and "2 aduan dipindah petugas" in page.text
