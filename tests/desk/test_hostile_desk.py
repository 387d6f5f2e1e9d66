"""Attacks on the desk on SQLite and PostgreSQL: NUL in filters and the login form, a moment at
the end of the calendar, crafted cursors, parallel password guessing, lockouts, two replicas."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import select
from typer.testing import CliRunner

from service.app import Service, build_service, create_app
from service.cli import app as cli_app
from store.db import Store
from store.models import Complaint, Message
from tests.conftest import Clock
from tests.desk.helpers import LPG, PASSWORD, add_officer, complain, session_cookie


def form_token(client: TestClient) -> str:
    form = client.get("/desk/masuk")
    token = re.search(r'name="token" value="([^"]+)"', form.text)
    assert token is not None
    return token.group(1)


def login(client: TestClient, username: str, password: str, token: str | None = None) -> int:
    data = {"username": username, "password": password, "token": token or form_token(client)}
    return int(client.post("/desk/masuk", data=data).status_code)


def client_from(app: FastAPI, address: str) -> TestClient:
    return TestClient(app, follow_redirects=False, client=(address, 40000))


def test_nul_in_every_desk_filter_is_not_500(client: TestClient, service: Service) -> None:
    officer = add_officer(service.ctx.store, "ani", "supervisor")
    complain(service, LPG)
    client.cookies.update(session_cookie(service, officer))
    for name in ("q", "status", "kanal", "bagian", "setelah", "terlambat", "triase"):
        response = client.get(f"/desk/aduan?{name}=a%00b")
        assert response.status_code == 200, (name, response.status_code)
    assert client.get("/desk/aduan/ekspor.csv?q=%00").status_code == 200


def test_nul_in_login_form_is_401_not_500(client: TestClient, service: Service) -> None:
    add_officer(service.ctx.store, "ani", "officer", "kesra")
    assert login(client, "ani\x00", "salah\x00") == 401


@pytest.mark.parametrize("cursor", ["9" * 40 + ".1", "1." + "9" * 40, "²³.1", "1.²", "-5.-1"])
def test_crafted_inbox_cursor_is_ignored_not_500(
    client: TestClient, service: Service, cursor: str
) -> None:
    officer = add_officer(service.ctx.store, "ani", "supervisor")
    complain(service, LPG)
    client.cookies.update(session_cookie(service, officer))
    assert client.get("/desk/aduan", params={"setelah": cursor}).status_code == 200


def test_complaint_at_the_end_of_the_calendar_still_opens(
    client: TestClient, service: Service
) -> None:
    officer = add_officer(service.ctx.store, "ani", "supervisor")
    complaint_id, _code, _section = complain(service, LPG)
    end = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
    with service.ctx.store.write() as session:
        row = session.get(Complaint, complaint_id)
        assert row is not None
        row.last_message_at = row.updated_at = end
        session.add(row)
        for message in session.exec(select(Message).where(Message.complaint_id == complaint_id)):
            message.received_at = end
            session.add(message)
    client.cookies.update(session_cookie(service, officer))
    page = client.get(f"/desk/aduan/{complaint_id}")
    assert page.status_code == 200 and "31-12-9999" in page.text
    assert client.get("/desk/aduan").status_code == 200


def test_thirty_parallel_wrong_passwords_are_mostly_429(app: FastAPI, service: Service) -> None:
    add_officer(service.ctx.store, "ani", "officer", "kesra")
    limit = service.ctx.settings.desk.throttle.per_account

    def guess(_: int) -> int:  # each guess its own connection, form and cookie
        return login(client_from(app, "203.0.113.50"), "ani", "tebakan")

    with ThreadPoolExecutor(10) as pool:
        statuses = list(pool.map(guess, range(30)))
    assert statuses.count(401) <= limit and statuses.count(429) >= 30 - limit, str(statuses)
    assert set(statuses) <= {401, 429}


def test_stranger_cannot_lock_the_officer_out_from_elsewhere(
    app: FastAPI, service: Service
) -> None:
    add_officer(service.ctx.store, "ani", "officer", "kesra")
    with client_from(app, "203.0.113.50") as stranger:
        statuses = [login(stranger, "ani", "tebakan") for _ in range(8)]
    assert statuses[-1] == 429
    with client_from(app, "10.20.0.5") as office:
        assert login(office, "ani", PASSWORD) == 303


def test_lockout_grows_and_admin_unlock_lifts_it(
    app: FastAPI, service: Service, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = service.ctx.store
    add_officer(store, "ani", "officer", "kesra")
    throttle = service.ctx.settings.desk.throttle
    with client_from(app, "203.0.113.51") as c:
        for _ in range(throttle.per_account + 1):
            login(c, "ani", "tebakan")
        clock.advance(minutes=throttle.lockout_minutes + 1)
        for _ in range(throttle.per_account + 1):
            login(c, "ani", "tebakan")
        clock.advance(minutes=throttle.lockout_minutes + 1)
        assert login(c, "ani", PASSWORD) == 429  # the second lockout lasts twice as long
        monkeypatch.setenv("ADUAN_DATABASE__URL", store.url)
        result = CliRunner().invoke(cli_app, ["officer", "unlock", "ANI"])
        assert result.exit_code == 0, result.output
        assert login(c, "ani", PASSWORD) == 303


def test_two_replicas_share_the_login_throttle(service: Service, store: Store) -> None:
    add_officer(store, "ani", "officer", "kesra")
    limit = service.ctx.settings.desk.throttle.per_account
    other = build_service(service.ctx.settings, Store(store.url), clock=service.ctx.clock)
    replicas = [create_app(service), create_app(other)]
    statuses = []
    for n in range(2 * limit):
        with client_from(replicas[n % 2], "203.0.113.52") as c:
            statuses.append(login(c, "ani", "tebakan"))
    assert statuses.count(401) == limit and statuses[limit:] == [429] * limit
    other.ctx.store.dispose()


def test_two_replicas_share_the_submission_limit(service: Service, store: Store) -> None:
    service.ctx.settings.channels.web.submissions_per_hour = 3
    other = build_service(service.ctx.settings, Store(store.url), clock=service.ctx.clock)
    replicas = [create_app(service), create_app(other)]
    statuses = []
    for n in range(6):
        with client_from(replicas[n % 2], "203.0.113.53") as c:
            body = {"text": f"Jalan berlubang nomor {n} di desa kami", "contact": "081250003333"}
            statuses.append(c.post("/api/v1/complaints", json=body).status_code)
    assert statuses == [201, 201, 201, 429, 429, 429]
    other.ctx.store.dispose()


@pytest.mark.parametrize("encoding", ["urlencoded", "multipart"])
def test_nul_in_a_desk_reply_is_stored_not_500(
    client: TestClient, service: Service, encoding: str
) -> None:
    officer = add_officer(service.ctx.store, "ani", "supervisor")
    complaint_id, _code, _section = complain(service, LPG)
    client.cookies.update(session_cookie(service, officer))
    page = client.get(f"/desk/aduan/{complaint_id}")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf is not None
    data = {"text": "Sudah kami \x00 teruskan ke pangkalan", "csrf": csrf.group(1)}
    if encoding == "multipart":
        sent = client.post(
            f"/desk/aduan/{complaint_id}/catatan", files={k: (None, v) for k, v in data.items()}
        )
    else:
        sent = client.post(f"/desk/aduan/{complaint_id}/catatan", data=data)
    assert sent.status_code == 303, sent.text
    assert "Sudah kami \ufffd teruskan" in client.get(f"/desk/aduan/{complaint_id}").text


def test_admin_unlocks_an_officer_from_the_desk(app: FastAPI, service: Service) -> None:
    store = service.ctx.store
    add_officer(store, "ani", "officer", "kesra")
    admin = add_officer(store, "kepala", "admin")
    with client_from(app, "203.0.113.54") as c:
        for _ in range(service.ctx.settings.desk.throttle.per_account + 1):
            login(c, "ani", "tebakan")
        assert login(c, "ani", PASSWORD) == 429
    with client_from(app, "10.20.0.9") as desk:
        desk.cookies.update(session_cookie(service, admin))
        page = desk.get("/desk/admin/petugas")
        assert "Buka kunci login" in page.text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf is not None
        done = desk.post("/desk/admin/petugas/ani/buka-kunci", data={"csrf": csrf.group(1)})
        assert done.status_code == 303
    with client_from(app, "203.0.113.54") as c:
        assert login(c, "ani", PASSWORD) == 303


def test_file_posted_to_the_public_survey_form_is_refused(client: TestClient) -> None:
    files = {"csrf": ("x.bin", b"B" * 100_000, "application/octet-stream")}
    response = client.post("/survei/token-apa-saja", files=files)
    assert response.status_code == 400 and b"BBBB" not in response.content
