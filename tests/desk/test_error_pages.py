"""Errors as people and programs read them: Indonesian pages for browsers, JSON for API clients,
and forms that come back with what was typed."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from service.app import Service, build_service, create_app
from settings.root import Settings
from store.db import Store
from store.models import Event
from tests.desk.helpers import LPG, add_officer, complain, csrf_of, session_cookie

BROWSER = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
ENGLISH = ("not found", "method not allowed", "detail", "error", "forbidden")


def _is_indonesian_page(html: str) -> bool:
    """An HTML page whose visible words hold none of the framework's English."""
    shown = re.sub(r"<style.*?</style>|<[^>]+>", " ", html, flags=re.S).lower()
    return html.lower().startswith("<!doctype html>") and not any(w in shown for w in ENGLISH)


@pytest.mark.parametrize(
    ("method", "path", "status", "title"),
    [
        ("GET", "/tidak-ada", 404, "Halaman tidak ditemukan"),
        ("DELETE", "/lapor", 405, "tidak dapat dibuka dengan cara itu"),
        ("GET", "/desk/aduan/abc", 404, "Halaman tidak ditemukan"),
    ],
)
def test_browser_errors_are_indonesian_pages(
    client: TestClient, method: str, path: str, status: int, title: str
) -> None:
    response = client.request(method, path, headers=BROWSER)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert title in response.text and _is_indonesian_page(response.text)


@pytest.mark.parametrize(
    ("path", "headers"),
    [("/api/v1/track/KK-00000-00000", {}), ("/tidak-ada", {"Accept": "application/json"})],
)
def test_api_clients_keep_json(client: TestClient, path: str, headers: dict[str, str]) -> None:
    response = client.get(path, headers=headers)
    assert response.status_code == 404 and "detail" in response.json()


def test_webhook_with_a_forged_signature_is_answered_in_json(client: TestClient) -> None:
    response = client.post("/webhooks/sms/generic", content=b"{}", headers=BROWSER)
    assert response.status_code == 403 and "detail" in response.json()


def _officer(client: TestClient, service: Service, section: str) -> str:
    oid = add_officer(service.ctx.store, "petugas", "officer", section)
    client.cookies.update(session_cookie(service, oid))
    return csrf_of(client.get("/desk/aduan").text)


def test_desk_bad_id_and_unknown_page_are_indonesian_404s(
    client: TestClient, service: Service
) -> None:
    _officer(client, service, "perekonomian")
    for path in ("/desk/aduan/abc", "/desk/tidak-ada"):
        page = client.get(path, headers=BROWSER)
        assert page.status_code == 404 and "Kembali ke kotak masuk" in page.text, path
        assert _is_indonesian_page(page.text)


def test_a_reply_too_long_comes_back_with_its_text(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, _code, section = complain(service, LPG)
    csrf = _officer(client, service, section)
    long_reply = "Terima kasih, stok ditambah. " * 300  # about 8,700 characters
    page = client.post(f"/desk/aduan/{cid}/balas", data={"text": long_reply, "csrf": csrf})
    assert page.status_code == 400 and "Teks terlalu panjang" in page.text
    assert long_reply.strip() in page.text and 'maxlength="8000"' in page.text
    with store.read() as s:
        assert not [e for e in s.exec(select(Event)) if e.action == "reply"]


def test_a_stale_desk_token_keeps_the_note(client: TestClient, service: Service) -> None:
    cid, _code, section = complain(service, LPG)
    _officer(client, service, section)
    page = client.post(f"/desk/aduan/{cid}/catatan", data={"text": "cek ke lapangan", "csrf": "x"})
    assert page.status_code == 403 and "cek ke lapangan</textarea>" in page.text


def test_an_action_returns_to_where_the_officer_was(client: TestClient, service: Service) -> None:
    cid, _code, section = complain(service, LPG)
    csrf = _officer(client, service, section)
    done = client.post(f"/desk/aduan/{cid}/catatan", data={"text": "cek", "csrf": csrf})
    assert done.status_code == 303 and done.headers["location"].endswith("#riwayat")


def test_a_disabled_channels_webhook_says_which_secret_is_missing(
    settings: Settings, store: Store
) -> None:
    settings.channels.sms.generic.secret = None
    settings.channels.sms.twilio.auth_token = None
    settings.channels.sms.android.signing_key = None
    with TestClient(create_app(build_service(settings, store))) as c:
        answer = c.post("/webhooks/sms/generic", json={"id": "1"})
    assert answer.status_code == 404 and "SMS_WEBHOOK_SECRET" in answer.json()["detail"]


def test_a_bug_is_an_indonesian_500_page_for_people_and_json_for_programs(
    service: Service,
) -> None:
    app = create_app(service)

    def broken() -> None:
        raise RuntimeError("a bug, with an English message nobody should read")

    app.add_api_route("/rusak", broken)
    app.add_api_route("/api/rusak", broken)
    with TestClient(app, raise_server_exceptions=False) as c:
        page = c.get("/rusak", headers=BROWSER)
        api = c.get("/api/rusak")
    assert page.status_code == 500 and "Terjadi kesalahan di server" in page.text
    assert _is_indonesian_page(page.text) and "English message" not in page.text
    assert api.status_code == 500 and api.json() == {"detail": "internal error"}


def test_a_body_too_large_for_the_form_is_an_indonesian_413(client: TestClient) -> None:
    client.get("/lapor")
    page = client.post(
        "/lapor", content=b"text=" + b"a" * 300_000, headers={
            **BROWSER, "Content-Type": "application/x-www-form-urlencoded"},
    )  # fmt: skip
    assert page.status_code == 413 and "Kiriman terlalu besar" in page.text
    assert _is_indonesian_page(page.text)


def test_a_refused_new_officer_keeps_what_the_admin_typed(
    client: TestClient, service: Service
) -> None:
    oid = add_officer(service.ctx.store, "admin", "admin")
    client.cookies.update(session_cookie(service, oid))
    csrf = csrf_of(client.get("/desk/admin/petugas").text)
    data = {"csrf": csrf, "username": "budi", "password": "pendek", "role": "supervisor",
            "section": "hukum", "email": "budi@kukarkab.go.id"}  # fmt: skip
    page = client.post("/desk/admin/petugas", data=data)
    assert page.status_code == 400 and "kata sandi terlalu pendek" in page.text
    assert 'value="budi"' in page.text and 'value="budi@kukarkab.go.id"' in page.text
    assert 'value="hukum" checked' in page.text and 'value="supervisor" selected' in page.text
    assert "pendek" not in page.text.split("kata sandi terlalu pendek")[1]  # never the password
