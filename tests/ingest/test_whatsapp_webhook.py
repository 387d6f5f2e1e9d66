"""WhatsApp end to end: handshake, signed events, forgeries, receipts, replies via the fake."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import col, func, select

from channels.whatsapp.parse import SIGNATURE_HEADER, sign
from service.app import Service, build_service, create_app
from settings.root import Settings
from store.db import Store
from store.models import Attachment, Complaint, DeadLetter, Message, Outbox
from tests.channels.whatsapp.fake_graph import PHONE_ID, TOKEN, FakeGraph, serve
from tests.conftest import Clock

FIXTURES = Path(__file__).parents[1] / "fixtures" / "whatsapp"
SECRET = "wa-app-secret"
VERIFY = "wa-verify-token"


@pytest.fixture
def fake() -> Iterator[FakeGraph]:
    with serve(FakeGraph()) as graph:
        yield graph


@pytest.fixture
def service(settings: Settings, store: Store, fake: FakeGraph, clock: Clock) -> Service:
    w = settings.channels.whatsapp
    w.access_token, w.app_secret = SecretStr(TOKEN), SecretStr(SECRET)
    w.verify_token, w.phone_number_id = SecretStr(VERIFY), PHONE_ID
    w.graph_base_url = fake.base_url
    clock.now = datetime(2024, 6, 20, 8, 5, tzinfo=UTC)  # just after the fixtures were sent
    return build_service(settings, store, clock=clock)


@pytest.fixture
def client(service: Service) -> Iterator[TestClient]:
    with TestClient(create_app(service)) as c:
        yield c


def post(client: TestClient, body: bytes, signature: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers[SIGNATURE_HEADER] = signature
    return int(client.post("/webhooks/whatsapp", content=body, headers=headers).status_code)


def count(store: Store, model: type) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


def test_handshake(client: TestClient) -> None:
    ok = {"hub.mode": "subscribe", "hub.verify_token": VERIFY, "hub.challenge": "1158201444"}
    answer = client.get("/webhooks/whatsapp", params=ok)
    assert (answer.status_code, answer.text) == (200, "1158201444")
    wrong = {**ok, "hub.verify_token": "nope"}
    assert client.get("/webhooks/whatsapp", params=wrong).status_code == 403


def test_batch_stored_once_and_answered_in_thread(
    client: TestClient, store: Store, service: Service, fake: FakeGraph
) -> None:
    body = (FIXTURES / "text_batch_two_senders.json").read_bytes()
    assert post(client, body, sign(body, SECRET)) == 200
    assert post(client, body, sign(body, SECRET)) == 200  # Meta retries
    assert count(store, Message) == 2
    assert service.dispatcher.drain() == 2
    assert sorted(b["to"] for b in fake.sent) == ["6281234567890", "6285298765432"]
    assert {b["context"]["message_id"] for b in fake.sent} == {"wamid.batch1", "wamid.batch2"}
    assert all(b["type"] == "text" for b in fake.sent)  # inside the 24-hour window


def test_media_is_downloaded_by_the_job_not_the_webhook(
    client: TestClient, store: Store, fake: FakeGraph, service: Service
) -> None:
    fake.media = {"1037543291543636": b"\xff\xd8\xff\xe0foto"}
    body = (FIXTURES / "image_with_caption.json").read_bytes()
    assert post(client, body, sign(body, SECRET)) == 200
    assert fake.auth == []  # the webhook answered without calling the Graph API
    assert count(store, Message) == 1
    [job] = [j for j in service.jobs if j.name == "media"]
    assert job.func() == 1
    assert fake.auth == [f"Bearer {TOKEN}"] * 2  # media URL, then the bytes
    with store.read() as s:
        [att] = s.exec(select(Attachment)).all()
    assert att.content_type == "image/jpeg" and att.size == 8


def test_delivery_receipt_updates_the_outbox_row(
    client: TestClient, store: Store, service: Service, fake: FakeGraph
) -> None:
    body = (FIXTURES / "text_basic.json").read_bytes()
    post(client, body, sign(body, SECRET))
    service.dispatcher.drain()
    receipt = json.loads((FIXTURES / "status_delivered.json").read_text())
    receipt["entry"][0]["changes"][0]["value"]["statuses"][0]["id"] = "wamid.fake1"
    raw = json.dumps(receipt).encode()
    assert post(client, raw, sign(raw, SECRET)) == 200
    with store.read() as s:
        row = s.exec(select(Outbox)).one()
    assert row.provider_id == "wamid.fake1"
    assert row.meta["delivery"] == "delivered"


def test_template_outside_the_window(
    client: TestClient, service: Service, fake: FakeGraph, clock: Clock, settings: Settings
) -> None:
    settings.channels.whatsapp.template_name = "aduan_balasan"
    body = (FIXTURES / "text_basic.json").read_bytes()
    post(client, body, sign(body, SECRET))
    clock.advance(hours=25)
    service.dispatcher.drain()
    [sent] = fake.sent
    assert sent["type"] == "template"


def fixture(name: str, **swap: str) -> bytes:
    """A fixture with placeholders or ids swapped (pywa's examples use placeholders)."""
    text = (FIXTURES / name).read_text()
    for old, new in swap.items():
        text = text.replace(old, new)
    return text.encode()


def test_mixed_batch_stores_the_good_items_and_dead_letters_the_bad_one(
    client: TestClient, store: Store
) -> None:
    body = (FIXTURES / "batch_mixed_one_bad_item.json").read_bytes()
    assert post(client, body, sign(body, SECRET)) == 200
    with store.read() as s:
        stored = sorted(m.external_id for m in s.exec(select(Message)).all())
        [dead] = s.exec(select(DeadLetter)).all()
    assert stored == ["wamid.mixed1", "wamid.mixed3"]
    assert dead.reason.endswith("messages[1].location: latitude and longitude required")
    kept = json.loads(dead.raw)["entry"][0]["changes"][0]["value"]["messages"]
    assert [m["id"] for m in kept] == ["wamid.mixed2"]  # the bad item alone, not the batch
    assert SIGNATURE_HEADER.lower() not in dead.headers  # no secret or signature is kept


@pytest.mark.parametrize("event", ["edit", "revoke"])
def test_edit_and_revoke_are_events_on_the_stored_message(
    client: TestClient, store: Store, event: str
) -> None:
    first = (FIXTURES / "text_basic.json").read_bytes()
    assert post(client, first, sign(first, SECRET)) == 200
    original = json.loads(first)["entry"][0]["changes"][0]["value"]["messages"][0]["id"]
    if event == "revoke":
        body = fixture(
            "pywa_revoke.json",
            **{
                "<WHATSAPP_USER_PHONE_NUMBER>": "6281234567890",
                "<ORIGINAL_WHATSAPP_MESSAGE_ID>": original,
                "<WHATSAPP_MESSAGE_ID>": "wamid.revoke1",
            },
        )
    else:
        edited = {"type": "text", "text": {"body": "Jalan rusak di Loa Janan, sudah empat bulan."}}
        item: dict[str, Any] = {
            "from": "6281234567890", "id": "wamid.edit1", "timestamp": "1718870460"
        }  # fmt: skip
        item |= {"type": "edit", "edit": {"original_message_id": original, "message": edited}}
        envelope = json.loads(first)
        envelope["entry"][0]["changes"][0]["value"]["messages"] = [item]
        body = json.dumps(envelope).encode()
    assert post(client, body, sign(body, SECRET)) == 200
    with store.read() as s:
        messages = s.exec(select(Message).order_by(col(Message.id))).all()
        complaints = s.exec(select(Complaint)).all()
        outbox = s.exec(select(Outbox)).all()
    assert len(complaints) == 1 and len(outbox) == 1  # the first message's acknowledgement only
    assert [m.kind for m in messages] == ["complaint", "edit"]
    assert messages[1].complaint_id == complaints[0].id
    assert messages[1].meta["event"] == event


def test_unsupported_message_is_kept_and_answered_in_indonesian(
    client: TestClient, store: Store, service: Service, fake: FakeGraph, settings: Settings
) -> None:
    body = fixture("pywa_unsupported.json", **{'"1697044706"': '"1718870400"'})
    assert post(client, body, sign(body, SECRET)) == 200
    assert post(client, body, sign(body, SECRET)) == 200  # Meta retries: still one answer
    with store.read() as s:
        [message] = s.exec(select(Message)).all()
        [answer] = s.exec(select(Outbox)).all()
    assert message.kind == "unreadable" and message.meta["unreadable"]["code"] == 131051
    assert count(store, Complaint) == 0
    assert answer.kind == "notify" and answer.text == settings.templates.unreadable
    assert "teks atau foto" in answer.text
    assert service.dispatcher.drain() == 1
    [sent] = fake.sent
    assert sent["to"] == "972987654321" and sent["text"]["body"] == settings.templates.unreadable
