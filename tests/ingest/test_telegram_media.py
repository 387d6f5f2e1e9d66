"""Telegram files off the request path: the webhook stores references, the media job fetches.

Real uvicorn on loopback and the fake Bot API; on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlmodel import col, select

from desk.detail import thread
from ingest.channels.telegram import SECRET_HEADER, UNSUPPORTED
from ingest.media import GIVEN_UP
from service.app import Service, build_service, create_app
from settings.root import Settings
from store.db import Store
from store.models import Attachment, Complaint, Event, Message, Outbox, PendingMedia
from tests.channels.telegram.fake_bot_api import TOKEN, FakeBotApi, serve
from tests.conftest import Clock, ServerThread

FIXTURES = Path(__file__).parents[1] / "fixtures" / "telegram"
SECRET = "tg-webhook-secret"
HEADERS = {"Content-Type": "application/json", SECRET_HEADER: SECRET}


@pytest.fixture
def fake() -> Iterator[FakeBotApi]:
    with serve(FakeBotApi()) as api:
        yield api


@pytest.fixture
def service(settings: Settings, store: Store, fake: FakeBotApi, clock: Clock) -> Iterator[Service]:
    tg = settings.channels.telegram
    tg.mode, tg.bot_token, tg.webhook_secret = "webhook", SecretStr(TOKEN), SecretStr(SECRET)
    tg.api_base_url, tg.file_base_url = fake.base_url, fake.file_base_url
    svc = build_service(settings, store, clock=clock)
    yield svc
    svc.ctx.senders["telegram"].close()  # type: ignore[attr-defined]


@pytest.fixture
def server(service: Service) -> Iterator[ServerThread]:
    with ServerThread(create_app(service)) as running:
        yield running


def update(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return data


def media_job(service: Service) -> Any:
    [job] = [j for j in service.jobs if j.name == "media"]
    return job


def post(server: ServerThread, data: dict[str, Any]) -> int:
    url = f"{server.url}/webhooks/telegram"
    return httpx.post(url, content=json.dumps(data), headers=HEADERS, timeout=30).status_code


def test_healthz_stays_fast_while_a_download_hangs(
    server: ServerThread, service: Service, store: Store, fake: FakeBotApi
) -> None:
    fake.files = {"AgACAgUAAxkBAAIBlarge": b"\xff\xd8\xff\xe0foto"}
    upd = update("photo_with_caption.json")
    fake.hold_files = threading.Event()  # the provider's file endpoint hangs (up to 5 s)
    answers: list[int] = []
    hook = threading.Thread(target=lambda: answers.append(post(server, upd)))

    def media_job_after_the_webhook() -> None:
        hook.join(10)
        media_job(service).func()

    job = threading.Thread(target=media_job_after_the_webhook)
    hook.start()
    job.start()
    try:
        assert fake.file_requested.wait(10), "nobody asked for the file"
        with httpx.Client(base_url=server.url) as client:
            answer = client.get("/healthz")
        assert answer.status_code == 200
        # Answered while the download still hangs: were /healthz waiting for it, the fake would
        # have let the file go after its 5 s and the attachment would be stored by now.
        assert answers == [200], "the webhook waited for the download"
        with store.read() as s:
            assert s.exec(select(Attachment)).first() is None  # still downloading
    finally:
        fake.hold_files.set()
        hook.join(10)
        job.join(10)
    with store.read() as s:
        [att] = s.exec(select(Attachment)).all()
        assert att.content_type == "image/jpeg"
        assert s.exec(select(PendingMedia)).one().state == "done"


def test_transient_failure_retries_with_backoff(
    server: ServerThread, service: Service, store: Store, fake: FakeBotApi, clock: Clock
) -> None:
    fake.files = {"AgACAgUAAxkBAAIBlarge": b"\xff\xd8\xff\xe0foto"}
    assert post(server, update("photo_with_caption.json")) == 200
    fake.fail("getFile", 502)
    job = media_job(service)
    assert job.func() == 1
    with store.read() as s:
        row = s.exec(select(PendingMedia)).one()
    assert (row.state, row.attempts) == ("pending", 1)
    assert row.next_attempt_at > clock.now and row.last_error
    assert job.func() == 0  # not due yet
    clock.advance(seconds=service.ctx.settings.media.backoff_base_seconds)
    assert job.func() == 1
    with store.read() as s:
        assert s.exec(select(PendingMedia)).one().state == "done"
        assert len(s.exec(select(Attachment)).all()) == 1


def test_file_over_the_cap_is_given_up_visibly(
    server: ServerThread, service: Service, store: Store, settings: Settings
) -> None:
    big = update("guide_document.json")  # 536392 bytes declared
    settings.channels.telegram.max_file_bytes = 100_000
    assert post(server, big) == 200
    assert media_job(service).func() == 1
    with store.read() as s:
        row = s.exec(select(PendingMedia)).one()
        assert row.state == "failed" and "536392" in (row.last_error or "")
        complaint = s.exec(select(Complaint)).one()
        event = s.exec(select(Event).where(col(Event.action) == "media_failed")).one()
        assert event.complaint_id == complaint.id
        notice = s.exec(select(Outbox).where(col(Outbox.kind) == "notice")).one()
        assert notice.text == GIVEN_UP.format(name="Testfile.pdf", reason="lebih dari 97 KB")
        [item] = [i for i in thread(s, complaint, True) if i.direction == "in"]
        assert [m.state for m in item.media] == ["failed"]


def test_album_items_join_one_complaint_with_every_file(
    server: ServerThread, service: Service, store: Store, fake: FakeBotApi
) -> None:
    first = update("aiogram_media_group.json")
    second = json.loads(json.dumps(first))
    second["update_id"] += 1
    second["message"]["message_id"] += 1
    second["message"]["photo"][0]["file_id"] = "second-photo"
    fake.files = {first["message"]["photo"][0]["file_id"]: b"\xff\xd8\xff\xe0a"}
    fake.files["second-photo"] = b"\xff\xd8\xff\xe0b"
    assert post(server, first) == 200
    assert post(server, second) == 200
    assert media_job(service).func() == 2
    with store.read() as s:
        complaint = s.exec(select(Complaint)).one()
        msgs = s.exec(select(Message).where(col(Message.direction) == "in")).all()
        assert {m.complaint_id for m in msgs} == {complaint.id}
        assert {m.meta["media_group_id"] for m in msgs} == {"12182749320567362"}
        assert len(s.exec(select(Attachment)).all()) == 2


def test_edit_is_shown_in_the_desk_thread(
    server: ServerThread, service: Service, store: Store
) -> None:
    original = update("guide_edited.json")
    original["message"] = original.pop("edited_message")
    original["message"]["text"] = "Jalan rusak di Tenggarong"
    del original["message"]["edit_date"]
    assert post(server, original) == 200
    assert post(server, update("guide_edited.json")) == 200
    with store.read() as s:
        complaint = s.exec(select(Complaint)).one()
        items = [i for i in thread(s, complaint, True) if i.direction == "in"]
    assert [(i.kind, i.text) for i in items] == [
        ("complaint", "Jalan rusak di Tenggarong"),
        ("edit", "Edited text"),
    ]


def test_unreadable_kind_is_answered_in_indonesian_and_kept(
    server: ServerThread, store: Store
) -> None:
    assert post(server, update("aiogram_game.json")) == 200
    with store.read() as s:
        msg = s.exec(select(Message)).one()
        assert msg.kind == "command" and msg.meta["kinds"] == ["game"]
        assert msg.raw is not None and b"Karate Kido" in msg.raw
        assert s.exec(select(Outbox)).one().text == UNSUPPORTED


CONTENT = [
    "guide_entities.json",
    "guide_audio.json",
    "guide_voice.json",
    "guide_document.json",
    "guide_edited.json",
    "ptba_dice.json",
    "ptba_poll.json",
    "aiogram_voice_old.json",
    "aiogram_video_old.json",
    "aiogram_animation_old.json",
    "aiogram_video_note.json",
    "aiogram_venue.json",
    "aiogram_contact.json",
    "aiogram_sticker.json",
    "aiogram_audio_caption.json",
    "aiogram_game.json",
]


@pytest.mark.parametrize("fixture", CONTENT)
def test_every_real_content_update_is_stored(
    server: ServerThread, store: Store, fixture: str
) -> None:
    """Never '200 and nothing stored' for something a citizen sent."""
    data = update(fixture)
    assert post(server, data) == 200
    with store.read() as s:
        [msg] = s.exec(select(Message).where(col(Message.direction) == "in")).all()
    assert msg.raw is not None and json.loads(msg.raw) == data
    assert msg.text or msg.kind == "command"


def test_transient_failures_give_up_after_max_attempts(
    server: ServerThread, service: Service, store: Store, fake: FakeBotApi, clock: Clock
) -> None:
    service.ctx.settings.media.max_attempts = 2
    assert post(server, update("photo_with_caption.json")) == 200
    fake.fail("getFile", 502, times=2)
    job = media_job(service)
    assert job.func() == 1
    clock.advance(hours=1)
    assert job.func() == 1
    with store.read() as s:
        row = s.exec(select(PendingMedia)).one()
        assert (row.state, row.attempts) == ("failed", 2)
        assert (row.last_error or "").startswith("after 2 attempts")
        assert s.exec(select(Outbox).where(col(Outbox.kind) == "notice")).one()
    clock.advance(hours=1)
    assert job.func() == 0  # given up: never tried again
