"""Telegram end to end: the poll job against a fake Bot API, the store, the outbox."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlmodel import col, func, select

from channels.errors import ChannelAuthError
from service.app import Service, build_service
from settings.root import Settings
from store import queries
from store.db import Store
from store.models import Attachment, Citizen, Complaint, Identity, Message, Outbox
from tests.channels.telegram.fake_bot_api import TOKEN, FakeBotApi, serve
from tests.conftest import Clock

FIXTURES = Path(__file__).parents[1] / "fixtures" / "telegram"
CHAT = "111222333"


def update(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return data


@pytest.fixture
def fake() -> Iterator[FakeBotApi]:
    with serve(FakeBotApi()) as api:
        yield api


@pytest.fixture
def service(settings: Settings, store: Store, fake: FakeBotApi, clock: Clock) -> Iterator[Service]:
    tg = settings.channels.telegram
    tg.bot_token = SecretStr(TOKEN)
    tg.api_base_url, tg.file_base_url = fake.base_url, fake.file_base_url
    tg.poll_timeout_seconds = 0
    svc = build_service(settings, store, clock=clock)
    yield svc
    svc.ctx.senders["telegram"].close()  # type: ignore[attr-defined]


def media_job(service: Service) -> Any:
    [job] = [j for j in service.jobs if j.name == "media"]
    return job


def poll_job(service: Service) -> Any:
    [job] = [j for j in service.jobs if j.channel == "telegram"]
    return job


def count(store: Store, model: type) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


def test_poll_stores_updates_and_moves_the_offset_with_them(
    service: Service, store: Store, fake: FakeBotApi
) -> None:
    fake.files = {"AgACAgUAAxkBAAIBlarge": b"\xff\xd8foto"}
    fake.updates = [
        update("text_private.json"),
        update("start_command.json"),
        update("photo_with_caption.json"),
        update("edited_message.json"),
        update("sticker.json"),
    ]
    job = poll_job(service)
    assert job.name == "telegram-poll-777000111"
    assert job.func() == 5
    with store.read() as s:
        assert queries.get_cursor(s, "telegram", "offset:777000111") == "500000015"
        first = queries.find_message(s, "telegram", f"{CHAT}:41")
        edit = queries.find_message(s, "telegram", f"{CHAT}:41:edit:1718870700")
        assert first is not None and edit is not None
        assert edit.kind == "edit" and edit.complaint_id == first.complaint_id
        start = queries.find_message(s, "telegram", f"{CHAT}:42")
        assert start is not None and start.kind == "command"
        kinds = sorted(o.kind for o in s.exec(select(Outbox)))
    assert count(store, Complaint) == 1  # the photo and the sticker follow up the complaint
    assert "command" in kinds and "ack" in kinds
    assert job.func() == 0  # nothing after the offset
    assert count(store, Message) == 5
    assert count(store, Attachment) == 0  # files come later, through the media job
    fake.files["CAACAgIAAxkBst"] = b"RIFF\x00\x00\x00\x00WEBPVP8 stiker"
    assert media_job(service).func() == 2
    with store.read() as s:
        files = {a.filename: a.content_type for a in s.exec(select(Attachment))}
    assert files == {"foto_AQADlarge.jpg": "image/jpeg", "stiker_AgADst.webp": "image/webp"}


def test_crash_before_commit_refetches_instead_of_losing(
    service: Service, store: Store, fake: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.updates = [update("text_private.json")]
    job = poll_job(service)

    def crash(*_a: object, **_k: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(service.ctx.pipeline, "accept_batch", crash)
    with pytest.raises(RuntimeError):
        job.func()
    monkeypatch.undo()
    assert job.func() == 1
    assert count(store, Message) == 1
    assert fake.calls[0][1].get("offset") is None and fake.calls[-1][1].get("offset") is None


def test_same_message_under_two_update_ids_is_stored_once(
    service: Service, store: Store, fake: FakeBotApi
) -> None:
    again = update("text_private.json")
    again["update_id"] = 500000099
    fake.updates = [update("text_private.json"), again]
    assert poll_job(service).func() == 2
    assert count(store, Message) == 1


def test_ack_goes_back_to_the_chat_in_thread(
    service: Service, store: Store, fake: FakeBotApi
) -> None:
    fake.updates = [update("text_private.json")]
    poll_job(service).func()
    assert service.dispatcher.drain() == 1
    [sent] = fake.sent()
    assert sent["chat_id"] == int(CHAT)
    assert sent["reply_parameters"]["message_id"] == 41
    with store.read() as s:
        complaint = s.exec(select(Complaint)).one()
        assert complaint.tracking_code in sent["text"]
        out = s.exec(select(Message).where(col(Message.direction) == "out")).one()
        assert out.external_id == f"{CHAT}:{fake.next_message_id}"


def test_flood_wait_reschedules_the_row(
    service: Service, store: Store, fake: FakeBotApi, clock: Clock
) -> None:
    fake.updates = [update("text_private.json")]
    poll_job(service).func()
    fake.fail("sendMessage", 429, retry_after=120)
    service.dispatcher.run_once()
    with store.read() as s:
        row = s.exec(select(Outbox)).one()
    assert row.status == "pending"
    assert row.next_attempt_at >= clock.now + timedelta(seconds=120)


def test_shared_contact_links_the_chat_to_the_sms_citizen(
    service: Service, store: Store, fake: FakeBotApi
) -> None:
    fake.updates = [update("text_private.json")]
    poll_job(service).func()
    with store.write() as s:
        sms_citizen = s.exec(select(Identity)).one().citizen_id + 1000
        s.add(Citizen(id=sms_citizen))
        s.flush()
        s.add(Identity(citizen_id=sms_citizen, channel="sms", address="+6281234567890",
                       phone="+6281234567890"))  # fmt: skip
    fake.updates.append(update("contact_own.json"))
    poll_job(service).func()
    with store.read() as s:
        tg = queries.find_identity(s, "telegram", CHAT)
        assert tg is not None and tg.citizen_id == sms_citizen and tg.phone == "+6281234567890"
        assert s.exec(select(Complaint)).one().citizen_id == sms_citizen


def test_rejected_token_raises_for_the_scheduler(service: Service, fake: FakeBotApi) -> None:
    fake.fail("getUpdates", 401)
    with pytest.raises(ChannelAuthError):
        poll_job(service).func()


def test_channel_is_disabled_without_its_token(settings: Settings, store: Store) -> None:
    svc = build_service(settings, store)
    assert "telegram" in svc.disabled
    assert not [j for j in svc.jobs if j.channel == "telegram"]
