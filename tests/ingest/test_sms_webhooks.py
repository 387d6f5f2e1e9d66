"""The SMS webhooks over HTTP: signatures, bad input, limits, dead letters, 503."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from sqlmodel import func, select

from channels.sms import generic, twilio
from ingest.app import build_service, create_app
from ingest.settings import Settings
from store.db import Store
from store.models import Complaint, DeadLetter, Message, Outbox
from tests.conftest import SECRETS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sms"
SECRET = SECRETS["SMS_WEBHOOK_SECRET"]


@pytest.fixture
def client(settings: Settings, store: Store) -> Iterator[TestClient]:
    app = create_app(build_service(settings, store))
    with TestClient(app, client=("127.0.0.1", 50000)) as c:
        yield c


def count(store: Store, model: type) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


def post_generic(client: TestClient, body: bytes, signature: str | None = "sign") -> object:
    headers = {"Content-Type": "application/json"}
    if signature == "sign":
        headers[generic.SIGNATURE_HEADER] = generic.sign(body, SECRET)
    elif signature is not None:
        headers[generic.SIGNATURE_HEADER] = signature
    return client.post("/webhooks/sms/generic", content=body, headers=headers)


def test_generic_webhook_stores_routes_and_acknowledges(client: TestClient, store: Store) -> None:
    body = (FIXTURES / "generic_basic.json").read_bytes()
    response = post_generic(client, body)
    assert response.status_code == 200, response.text  # type: ignore[attr-defined]
    code = response.json()["tracking_code"]  # type: ignore[attr-defined]
    assert count(store, Complaint) == 1 and count(store, Outbox) == 1
    track = client.get(f"/api/v1/track/{code.lower()}")
    assert track.status_code == 200
    data = track.json()
    assert data["section"] == "perekonomian" and data["status"] == "baru"
    assert "text" not in data and "sender" not in json.dumps(data)
    page = client.get(f"/lacak/{code}")
    assert page.status_code == 200 and "Bagian Perekonomian" in page.text
    assert "beras" not in page.text  # never the complaint's text


@pytest.mark.parametrize(
    "signature",
    [None, "sha256=" + "0" * 64, generic.sign(b"other", SECRET)],
    ids=["missing", "zeros", "other body"],
)
def test_forged_generic_request_is_403_and_stores_nothing(
    client: TestClient, store: Store, signature: str | None
) -> None:
    body = (FIXTURES / "generic_basic.json").read_bytes()
    response = post_generic(client, body, signature)
    assert response.status_code == 403  # type: ignore[attr-defined]
    assert count(store, Message) == 0 and count(store, DeadLetter) == 0
    metrics = client.get("/metrics").text
    assert 'aduan_signature_failures_total{channel="sms"}' in metrics


def test_malformed_body_is_400_and_kept_as_dead_letter(client: TestClient, store: Store) -> None:
    body = (FIXTURES / "generic_missing_from.json").read_bytes()
    response = post_generic(client, body)
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert "from" in response.json()["detail"]  # type: ignore[attr-defined]
    with store.read() as s:
        (dead,) = s.exec(select(DeadLetter)).all()
    assert dead.raw == body and "from" in dead.reason
    assert count(store, Message) == 0


def test_oversized_body_is_413_before_buffering(client: TestClient, settings: Settings) -> None:
    limit = settings.channels.sms.max_body_bytes
    body = b'{"id": "big", "from": "0812", "text": "' + b"a" * (limit + 10) + b'"}'
    assert post_generic(client, body).status_code == 413  # type: ignore[attr-defined]

    def chunks() -> Iterator[bytes]:
        for _ in range(limit // 65536 + 2):
            yield b"a" * 65536

    response = client.post("/webhooks/sms/generic", content=chunks())
    assert response.status_code == 413


def test_form_with_thousands_of_fields_is_413(client: TestClient) -> None:
    body = urlencode({f"f{i}": "x" for i in range(5000)})
    response = client.post(
        "/webhooks/sms/twilio",
        content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"},
    )
    assert response.status_code == 413


def test_twilio_webhook_with_valid_signature_answers_empty_twiml(
    client: TestClient, settings: Settings, store: Store
) -> None:
    raw = (FIXTURES / "twilio_form_basic.txt").read_text()
    from urllib.parse import parse_qsl

    params = dict(parse_qsl(raw, keep_blank_values=True))
    url = settings.service.public_base_url + "/webhooks/sms/twilio"
    sig = twilio.signature(url, params, SECRETS["TWILIO_AUTH_TOKEN"])
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": sig}
    response = client.post("/webhooks/sms/twilio", content=raw, headers=headers)
    assert response.status_code == 200, response.text
    assert response.text == twilio.EMPTY_TWIML
    assert count(store, Complaint) == 1
    forged = client.post(
        "/webhooks/sms/twilio", content=raw.replace("kosong", "penuh"), headers=headers
    )
    assert forged.status_code == 403


def test_android_webhook_checks_timestamp_and_ignores_other_events(
    client: TestClient, store: Store
) -> None:
    key = SECRETS["SMS_GATEWAY_SIGNING_KEY"]

    def send(name: str, ts: int) -> int:
        body = (FIXTURES / name).read_bytes()
        sig = hmac.new(key.encode(), body + str(ts).encode(), hashlib.sha256).hexdigest()
        headers = {"X-Signature": sig, "X-Timestamp": str(ts), "Content-Type": "application/json"}
        return client.post("/webhooks/sms/android", content=body, headers=headers).status_code

    now = int(time.time())
    assert send("android_sms_received.json", now) == 200
    assert send("android_sms_delivered.json", now) == 200
    assert send("android_system_ping.json", now) == 200
    assert send("android_sms_received.json", now - 301) == 403
    assert count(store, Message) == 1


def test_database_unreachable_is_503(settings: Settings, tmp_path: Path) -> None:
    broken = Store("postgresql+psycopg://nobody@127.0.0.1:1/none")
    app = create_app(build_service(settings, broken))
    with TestClient(app) as c:
        response = post_generic(c, (FIXTURES / "generic_basic.json").read_bytes())
        assert response.status_code == 503  # type: ignore[attr-defined]
        assert c.get("/readyz").status_code == 503


def test_same_message_ten_times_at_once_is_one(client: TestClient, store: Store) -> None:
    body = (FIXTURES / "generic_basic.json").read_bytes()
    with ThreadPoolExecutor(10) as pool:
        statuses = list(pool.map(lambda _: post_generic(client, body).status_code, range(10)))  # type: ignore[attr-defined]
    assert statuses == [200] * 10
    assert count(store, Message) == 1
    assert count(store, Complaint) == 1
    assert count(store, Outbox) == 1
