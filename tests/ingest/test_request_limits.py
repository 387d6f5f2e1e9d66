"""Attacks on what every request meets before it is parsed: body size, multipart, echoes."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from core.guard import HTML_HEADERS
from ingest import metrics
from service.app import Service, create_app

CHUNK = 64 * 1024


@pytest.fixture
def app(service: Service) -> FastAPI:
    return create_app(service)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, follow_redirects=False) as c:
        yield c


def drive(
    app: FastAPI, path: str, total: int, headers: list[tuple[bytes, bytes]], head: bytes = b""
) -> tuple[int, int]:
    """POST `head` then x's, `total` bytes in chunks, straight through ASGI; the status and the
    number of chunks the app read."""
    read = 0
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        nonlocal read
        if read * CHUNK >= total:
            return {"type": "http.disconnect"}
        chunk = head + b"x" * (CHUNK - len(head)) if read == 0 else b"x" * CHUNK
        read += 1
        return {"type": "http.request", "body": chunk, "more_body": read * CHUNK < total}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
        "root_path": "", "headers": headers, "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }  # fmt: skip
    asyncio.run(app(scope, receive, send))  # type: ignore[arg-type]
    start = next(m for m in sent if m["type"] == "http.response.start")
    return int(start["status"]), read  # type: ignore[call-overload]


MULTIPART = (b"content-type", b"multipart/form-data; boundary=xyz")
FIELD = b'--xyz\r\nContent-Disposition: form-data; name="username"\r\n\r\n'
FILE = b'--xyz\r\nContent-Disposition: form-data; name="username"; filename="a"\r\n\r\n'


def test_huge_declared_upload_to_login_is_413_before_reading_a_byte(
    app: FastAPI, service: Service
) -> None:
    length = str(100 * 1024 * 1024).encode()
    status, read = drive(
        app, "/desk/masuk", 100 * 1024 * 1024, [MULTIPART, (b"content-length", length)]
    )
    assert status == 413 and read == 0


@pytest.mark.parametrize("head", [FIELD, FILE], ids=["field", "file"])
def test_huge_streamed_upload_to_login_is_refused_without_reading_it(
    app: FastAPI, service: Service, head: bytes
) -> None:
    security = service.ctx.settings.security
    status, read = drive(app, "/desk/masuk", 100 * 1024 * 1024, [MULTIPART], head)
    assert status in (400, 413)  # a field over max_form_part_bytes, a file where none is taken
    assert read * CHUNK <= security.max_body_bytes + CHUNK  # stopped early, not at 100 MB


@pytest.mark.parametrize("path", ["/lapor", "/api/v1/complaints", "/webhooks/sms/generic"])
def test_streamed_body_over_the_limit_is_413_on_every_route(app: FastAPI, path: str) -> None:
    status, read = drive(app, path, 20 * 1024 * 1024, [(b"content-type", b"application/json")])
    assert status == 413 and read * CHUNK <= 2 * 1024 * 1024 + CHUNK


def test_file_posted_to_login_form_is_refused_and_not_echoed(client: TestClient) -> None:
    upload = b"A" * 200_000
    response = client.post(
        "/desk/masuk",
        files={"username": ("x.bin", upload, "application/octet-stream")},
        data={"password": "x", "token": "t"},
    )
    assert response.status_code == 400
    # An Indonesian page of its own size (about 3 KB), never the 200 KB posted.
    assert b"AAAA" not in response.content and len(response.content) < 5000
    assert "Kode galat 400" in response.text


def test_too_many_form_fields_are_refused(client: TestClient) -> None:
    fields = {f"f{i}": "v" for i in range(500)}
    response = client.post("/desk/masuk", files={k: (None, v) for k, v in fields.items()})
    assert response.status_code == 400


def test_validation_error_does_not_echo_the_input(client: TestClient) -> None:
    secret = "Z" * 5000
    form = {"username": secret, "password": "p", "token": "t"}
    page = client.post("/desk/masuk", data=form)
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert secret[:200] not in page.text
    api = client.post("/desk/masuk", data=form, headers={"Accept": "application/json"})
    assert api.status_code == 422
    assert secret[:200] not in api.text
    assert api.json()["detail"][0]["loc"] == ["body", "username"]


@pytest.mark.parametrize("path", ["/lapor", "/lacak", "/desk/masuk", "/statistik"])
def test_every_html_page_refuses_framing_and_scripts(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-type"].startswith("text/html"), path
    for name in HTML_HEADERS:
        assert response.headers.get(name), (path, name)
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_api_docs_are_off_by_default(client: TestClient) -> None:
    assert client.get("/openapi.json").status_code == 404
    assert client.get("/api/docs").status_code == 404


def test_api_docs_can_be_switched_on(service: Service) -> None:
    service.ctx.settings.security.api_docs = True
    with TestClient(create_app(service)) as c:
        assert c.get("/openapi.json").status_code == 200
        assert c.get("/api/docs").status_code == 200


def test_metrics_are_refused_to_a_stranger(client: TestClient) -> None:
    assert client.get("/metrics").status_code == 403  # the test client is not a loopback address


def test_metrics_are_served_to_loopback_and_with_the_token(service: Service) -> None:
    with TestClient(create_app(service), client=("127.0.0.1", 40000)) as local:
        assert "aduan_request_seconds" in local.get("/metrics").text
    service.ctx.settings.security.metrics.token = SecretStr("metrics-token-uji")
    with TestClient(create_app(service), client=("203.0.113.9", 40000)) as remote:
        assert remote.get("/metrics").status_code == 403
        wrong = remote.get("/metrics", headers={"Authorization": "Bearer salah"})
        assert wrong.status_code == 403
        right = remote.get("/metrics", headers={"Authorization": "Bearer metrics-token-uji"})
        assert right.status_code == 200


def test_public_metrics_leave_out_section_counts_under_five(service: Service) -> None:
    metrics.COMPLAINTS.labels("uji_kecil").inc(1)
    metrics.COMPLAINTS.labels("uji_besar").inc(7)
    service.ctx.settings.security.metrics.public = True
    with TestClient(create_app(service), client=("203.0.113.9", 40000)) as remote:
        text = remote.get("/metrics").text
    assert 'section="uji_besar"' in text and 'section="uji_kecil"' not in text
    with TestClient(create_app(service), client=("127.0.0.1", 40000)) as local:
        assert 'section="uji_kecil"' in local.get("/metrics").text  # trusted readers see all
