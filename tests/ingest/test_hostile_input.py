"""Hostile input on the webhooks and the public API, on SQLite and PostgreSQL: never a 500,
nothing lost (a message or exactly one dead letter), no secret stored, keys scoped."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import func, select

from channels.sms import generic, twilio
from ingest.channels.telegram import SECRET_HEADER
from service.app import Service, build_service, create_app
from settings.root import Settings
from store.db import Store
from store.models import DeadLetter, Message
from tests.conftest import SECRETS, Clock

GENERIC = SECRETS["SMS_WEBHOOK_SECRET"]
TG_SECRET = "tg-secret-uji-hardening"
DEEP = b'{"id": "deep", "from": "081250001234", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


@pytest.fixture
def service(settings: Settings, store: Store, clock: Clock) -> Service:
    """The service with the SMS dialects and Telegram in webhook mode."""
    tg = settings.channels.telegram
    tg.mode, tg.bot_token, tg.webhook_secret = "webhook", SecretStr("1:x"), SecretStr(TG_SECRET)
    tg.api_base_url = "http://127.0.0.1:9/bot"  # never reached: no job runs here
    return build_service(settings, store, clock=clock)


@pytest.fixture
def client(service: Service) -> Iterator[TestClient]:
    with TestClient(create_app(service), client=("198.51.100.7", 4000)) as c:
        yield c


def count(store: Store, model: type) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


def dead_letters(store: Store) -> list[DeadLetter]:
    with store.read() as s:
        return list(s.exec(select(DeadLetter)))


def post_generic(client: TestClient, body: bytes) -> int:
    headers = {generic.SIGNATURE_HEADER: generic.sign(body, GENERIC)}
    return int(client.post("/webhooks/sms/generic", content=body, headers=headers).status_code)


def sms_body(text: str, external_id: str = "h-1", **extra: object) -> bytes:
    return json.dumps({"id": external_id, "from": "081250001234", "text": text, **extra}).encode()


def test_json_nested_100000_deep_in_signed_sms_is_400_and_one_dead_letter(
    client: TestClient, store: Store
) -> None:
    assert post_generic(client, DEEP) == 400
    assert post_generic(client, DEEP) == 400  # the gateway retries
    (row,) = dead_letters(store)
    assert row.count == 2 and "deep" in row.reason and row.last_seen_at is not None


def test_json_nested_100000_deep_to_public_api_is_400_and_one_dead_letter(
    client: TestClient, store: Store
) -> None:
    response = client.post("/api/v1/complaints", content=DEEP)
    assert response.status_code == 400 and "deep" in response.json()["detail"]
    assert count(store, DeadLetter) == 1


@pytest.mark.parametrize(
    "text",
    ["Jalan rusak \\ud800 di desa kami mohon diperbaiki", "Harga gas \\u0000 naik di pangkalan"],
    ids=["lone-surrogate", "nul"],
)
def test_unstorable_characters_in_signed_sms_are_replaced_and_noted(
    client: TestClient, store: Store, text: str
) -> None:
    body = b'{"id": "h-2", "from": "081250001234", "text": "' + text.encode() + b'"}'
    assert post_generic(client, body) == 200
    with store.read() as s:
        (message,) = s.exec(select(Message).where(Message.direction == "in"))
    assert "\ufffd" in message.text and "\x00" not in message.text
    assert message.meta["sanitised"] in (["surrogate"], ["nul"])


def test_nul_in_public_api_text_and_key_is_stored_not_500(client: TestClient, store: Store) -> None:
    body = json.dumps({"text": "Lampu jalan mati \x00 sejak seminggu", "contact": "0812500"})
    headers = {"Idempotency-Key": "kunci\x00nul", "Content-Type": "application/json"}
    response = client.post("/api/v1/complaints", content=body.encode(), headers=headers)
    assert response.status_code == 201, response.text


def test_lone_surrogate_in_telegram_update_is_stored(client: TestClient, store: Store) -> None:
    update = (
        b'{"update_id": 9001, "message": {"message_id": 5, "date": 1795000000,'
        b' "chat": {"id": 77, "type": "private"}, "from": {"id": 77, "is_bot": false,'
        b' "first_name": "Uji\\udfff"}, "text": "Jembatan \\ud83d putus di desa"}}'
    )
    headers = {SECRET_HEADER: TG_SECRET, "Content-Type": "application/json"}
    response = client.post("/webhooks/telegram", content=update, headers=headers)
    assert response.status_code == 200, response.text
    assert count(store, Message) >= 1


def test_far_future_timestamp_is_replaced_by_the_server_time(
    client: TestClient, store: Store, clock: Clock
) -> None:
    body = sms_body("Air PDAM mati tiga hari", received_at="9999-12-31T23:59:59Z")
    assert post_generic(client, body) == 200
    with store.read() as s:
        (message,) = s.exec(select(Message).where(Message.direction == "in"))
    assert message.received_at == clock.now
    assert message.meta["claimed_received_at"].startswith("9999-12-31")


def test_old_timestamp_is_replaced_but_recent_one_kept(
    client: TestClient, store: Store, clock: Clock
) -> None:
    old = (clock.now - timedelta(days=31)).isoformat()
    recent = (clock.now - timedelta(days=2)).isoformat()
    assert post_generic(client, sms_body("Sampah menumpuk di pasar", "old", received_at=old)) == 200
    assert post_generic(client, sms_body("Sampah menumpuk lagi", "new", received_at=recent)) == 200
    with store.read() as s:
        inbound = s.exec(select(Message).where(Message.direction == "in"))
        found = {m.external_id.rpartition(":")[2]: m for m in inbound}
    assert found["old"].received_at == clock.now and "claimed_received_at" in found["old"].meta
    assert found["new"].received_at == clock.now - timedelta(days=2)


def test_unsigned_non_utf8_twilio_form_is_403_not_500(client: TestClient, store: Store) -> None:
    body = b"From=%2B6281250001234&Body=\xff\xfe\xfa&MessageSid=SM1"
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"}
    response = client.post("/webhooks/sms/twilio", content=body, headers=headers)
    assert response.status_code == 403
    assert count(store, Message) == 0 and count(store, DeadLetter) == 0


@pytest.mark.parametrize("signature", ["sha256=é".encode(), b"sha256=\xff\xfe", "🙂".encode()])
def test_non_ascii_signature_is_403_not_500(client: TestClient, signature: bytes) -> None:
    body = sms_body("Jalan rusak parah")
    headers = {generic.SIGNATURE_HEADER.encode(): signature}
    response = client.post("/webhooks/sms/generic", content=body, headers=headers)
    assert response.status_code == 403


def test_twilio_signature_of_a_valid_form_still_works(client: TestClient, store: Store) -> None:
    params = {"From": "+6281250001234", "Body": "Lampu jalan padam", "MessageSid": "SM2"}
    url = "http://127.0.0.1:8000/webhooks/sms/twilio"
    signature = twilio.signature(url, params, SECRETS["TWILIO_AUTH_TOKEN"])
    headers = {"X-Twilio-Signature": signature}
    assert client.post("/webhooks/sms/twilio", data=params, headers=headers).status_code == 200


def test_dead_letter_keeps_no_secret_header(client: TestClient, store: Store) -> None:
    headers = {
        SECRET_HEADER: TG_SECRET, "Content-Type": "application/json",
        "Authorization": "Bearer rahasia", "Cookie": "aduan_desk=rahasia",
        "X-Hub-Signature-256": "sha256=rahasia",
    }  # fmt: skip
    body = b'{"update_id": "not a number"}'
    assert client.post("/webhooks/telegram", content=body, headers=headers).status_code == 400
    generic_headers = {generic.SIGNATURE_HEADER: generic.sign(b"{}", GENERIC)}
    response = client.post("/webhooks/sms/generic", content=b"{}", headers=generic_headers)
    assert response.status_code == 400
    rows = dead_letters(store)
    assert len(rows) == 2
    stored = json.dumps([r.headers for r in rows]).lower()
    assert "rahasia" not in stored and TG_SECRET not in stored
    assert GENERIC not in stored and "signature" not in stored


def test_same_bad_body_three_times_is_one_dead_letter(client: TestClient, store: Store) -> None:
    for _ in range(3):
        assert client.post("/api/v1/complaints", content=b"[1, 2, 3]").status_code == 400
    (row,) = dead_letters(store)
    assert row.count == 3 and row.channel == "web"


def test_idempotency_key_with_another_body_is_409(client: TestClient, store: Store) -> None:
    key = {"Idempotency-Key": "kunci-uji-1"}
    first = {"text": "Jalan poros desa rusak parah sejak banjir", "contact": "081250001111"}
    other = {"text": "Lampu penerangan jalan mati di seluruh desa", "contact": "081250001111"}
    created = client.post("/api/v1/complaints", json=first, headers=key)
    assert created.status_code == 201
    assert client.post("/api/v1/complaints", json=first, headers=key).status_code == 200
    clash = client.post("/api/v1/complaints", json=other, headers=key)
    assert clash.status_code == 409 and "Idempotency-Key" in clash.json()["detail"]


def test_another_clients_key_does_not_get_the_first_tracking_code(
    service: Service, store: Store
) -> None:
    key = {"Idempotency-Key": "kunci-bersama"}
    body = {"text": "Drainase tersumbat di depan sekolah dasar", "contact": "081250002222"}
    with TestClient(create_app(service), client=("198.51.100.1", 1)) as one:
        first = one.post("/api/v1/complaints", json=body, headers=key).json()
    with TestClient(create_app(service), client=("198.51.100.2", 1)) as two:
        second = two.post("/api/v1/complaints", json=body, headers=key)
    assert second.status_code == 201
    assert second.json()["tracking_code"] != first["tracking_code"]
