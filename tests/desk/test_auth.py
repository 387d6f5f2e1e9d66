"""Login, cookies, throttling, expiry, logout and disabled accounts."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from markupsafe import escape
from sqlmodel import select

from desk.auth import LOGIN_COOKIE, SESSION_COOKIE
from desk.officers import set_active
from service.app import Service
from store.db import Store
from store.models import Outbox
from tests.conftest import Clock
from tests.desk.helpers import LPG, PASSWORD, add_officer, complain, csrf_of


def _login(client: TestClient, username: str, password: str) -> tuple[int, str]:
    form = client.get("/desk/masuk")
    token = re.search(r'name="token" value="([^"]+)"', form.text)
    assert token is not None
    response = client.post(
        "/desk/masuk",
        data={"username": username, "password": password, "token": token.group(1)},
    )
    return response.status_code, response.headers.get("set-cookie", "")


def test_login_sets_a_hardened_cookie_and_logout_ends_the_session(
    client: TestClient, store: Store
) -> None:
    add_officer(store, "ani", "officer", "kesra")
    status, cookie = _login(client, "Ani", PASSWORD)
    assert status == 303
    assert SESSION_COOKIE in cookie
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
    assert "secure" not in cookie.lower()  # plain http on loopback
    page = client.get("/desk/aduan")
    assert page.status_code == 200
    assert page.headers["content-security-policy"].startswith("default-src 'none'")
    stolen = client.cookies.get(SESSION_COOKIE)
    assert client.post("/desk/keluar", data={"csrf": csrf_of(page.text)}).status_code == 303
    client.cookies.set(SESSION_COOKIE, stolen or "", path="/desk")
    assert client.get("/desk/aduan").status_code == 303  # the copied cookie is dead too


def test_secure_cookie_behind_https(client: TestClient, store: Store) -> None:
    add_officer(store, "ani", "officer", "kesra")
    client.headers["X-Forwarded-Proto"] = "https"
    _status, cookie = _login(client, "ani", PASSWORD)
    assert "secure" in cookie.lower()


def test_login_form_without_its_token_is_refused(client: TestClient, store: Store) -> None:
    add_officer(store, "ani", "officer", "kesra")
    response = client.post("/desk/masuk", data={"username": "ani", "password": PASSWORD})
    assert response.status_code == 403
    client.cookies.set(LOGIN_COOKIE, "forged", path="/desk")
    forged = client.post(
        "/desk/masuk", data={"username": "ani", "password": PASSWORD, "token": "forged"}
    )
    assert forged.status_code == 403


def test_throttled_per_account_then_free_after_the_window(
    client: TestClient, store: Store, clock: Clock
) -> None:
    add_officer(store, "ani", "officer", "kesra")
    for _ in range(5):
        assert _login(client, "ani", "salah-sandi-1")[0] == 401
    assert _login(client, "ani", PASSWORD)[0] == 429  # even the right password waits
    clock.advance(minutes=16)
    assert _login(client, "ani", PASSWORD)[0] == 303


def test_throttled_per_address_across_accounts(
    client: TestClient, store: Store, service: Service
) -> None:
    service.ctx.settings.desk.throttle.per_address = 4
    add_officer(store, "ani", "officer", "kesra")
    for n in range(4):
        assert _login(client, f"tebak{n}", "salah-sandi-1")[0] == 401
    assert _login(client, "ani", PASSWORD)[0] == 429


def test_session_expires_and_disabled_officer_is_out(
    client: TestClient, store: Store, clock: Clock, service: Service
) -> None:
    add_officer(store, "ani", "officer", "kesra")
    assert _login(client, "ani", PASSWORD)[0] == 303
    clock.advance(hours=9)
    assert client.get("/desk/aduan").status_code == 200
    clock.advance(hours=2)  # session_hours: 10
    expired = client.get("/desk/aduan")
    assert expired.status_code == 303
    assert expired.headers["location"] == "/desk/masuk?next=/desk/aduan"
    assert _login(client, "ani", PASSWORD)[0] == 303
    set_active(store, "ani", False)
    assert client.get("/desk/aduan").status_code == 303
    assert _login(client, "ani", PASSWORD)[0] == 401


def test_next_never_leaves_the_desk(client: TestClient, store: Store) -> None:
    add_officer(store, "ani", "officer", "kesra")
    form = client.get("/desk/masuk?next=//evil.example/desk/")
    token = re.search(r'name="token" value="([^"]+)"', form.text)
    assert token is not None and "evil" not in form.text
    response = client.post(
        "/desk/masuk",
        data={"username": "ani", "password": PASSWORD, "token": token.group(1),
              "next": "https://evil.example/"},
    )  # fmt: skip
    assert response.headers["location"] == "/desk/aduan"


def test_a_reply_typed_while_the_session_ran_out_survives_the_login(
    client: TestClient, store: Store, clock: Clock, service: Service
) -> None:
    """The officer's text is neither sent nor lost: the login keeps it, then the box has it."""
    add_officer(store, "ani", "officer", "perekonomian")
    complaint_id, _, section = complain(service, LPG)
    assert section == "perekonomian"
    assert _login(client, "ani", PASSWORD)[0] == 303
    page = client.get(f"/desk/aduan/{complaint_id}")
    csrf = csrf_of(page.text)
    clock.advance(hours=11)  # session_hours: 10
    reply = 'Baik Bu, kami cek ke agen <b>"Sumber Jaya"</b>.\nMohon ditunggu.'
    late = client.post(f"/desk/aduan/{complaint_id}/balas", data={"text": reply, "csrf": csrf})
    assert late.status_code == 401
    assert "Sesi Anda sudah berakhir" in late.text
    assert str(escape(reply)) in late.text  # in the login form, escaped
    with store.read() as session:  # nothing sent while signed out
        assert not session.exec(
            select(Outbox).where(Outbox.complaint_id == complaint_id, Outbox.kind == "reply")
        ).all()
    token = re.search(r'name="token" value="([^"]+)"', late.text)
    assert token is not None
    wrong = client.post(
        "/desk/masuk",
        data={"username": "ani", "password": "salah", "token": token.group(1),
              "next": f"/desk/aduan/{complaint_id}", "draft_form": "balas", "draft_text": reply},
    )  # fmt: skip
    assert wrong.status_code == 401
    assert 'value="ani"' in wrong.text  # the username is kept too
    assert str(escape(reply)) in wrong.text
    token = re.search(r'name="token" value="([^"]+)"', wrong.text)
    assert token is not None
    back = client.post(
        "/desk/masuk",
        data={"username": "ani", "password": PASSWORD, "token": token.group(1),
              "next": f"/desk/aduan/{complaint_id}", "draft_form": "balas", "draft_text": reply},
    )  # fmt: skip
    assert back.status_code == 200
    assert "Anda sudah masuk lagi" in back.text
    assert str(escape(reply)) in back.text  # back in the reply box, not sent
    with store.read() as session:
        assert not session.exec(
            select(Outbox).where(Outbox.complaint_id == complaint_id, Outbox.kind == "reply")
        ).all()
    sent = client.post(
        f"/desk/aduan/{complaint_id}/balas", data={"text": reply, "csrf": csrf_of(back.text)}
    )
    assert sent.status_code == 303
    with store.read() as session:
        row = session.exec(
            select(Outbox).where(Outbox.complaint_id == complaint_id, Outbox.kind == "reply")
        ).one()
        assert row.text.startswith(reply)


def test_a_draft_never_takes_the_login_off_the_desk(client: TestClient, store: Store) -> None:
    add_officer(store, "ani", "officer", "kesra")
    form = client.get("/desk/masuk")
    token = re.search(r'name="token" value="([^"]+)"', form.text)
    assert token is not None
    response = client.post(
        "/desk/masuk",
        data={"username": "ani", "password": PASSWORD, "token": token.group(1),
              "next": "https://evil.example/desk/aduan/1", "draft_form": "balas",
              "draft_text": "x"},
    )  # fmt: skip
    assert response.status_code == 303
    assert response.headers["location"] == "/desk/aduan"
