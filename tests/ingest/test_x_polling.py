"""X end to end: the poll jobs against the fake API (responses), the store and the outbox."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlmodel import col, func, select

from channels.errors import ChannelAuthError
from ingest.scheduler import UNHEALTHY_AFTER, run_job
from ingest.wiring import Job
from service.app import Service, build_service, disabled_channels
from settings.root import Settings
from store import queries
from store.db import Store
from store.models import Attachment, ChannelHealth, Complaint, DeadLetter, Message, PendingMedia
from tests.channels.telegram.fake_bot_api import TOKEN as BOT_TOKEN
from tests.channels.telegram.fake_bot_api import FakeBotApi
from tests.channels.telegram.fake_bot_api import serve as serve_bot
from tests.channels.x.fake_x import OWN_ID, FakeX, serve, x_settings
from tests.conftest import Clock

FIXTURES = Path(__file__).parents[1] / "fixtures" / "x"
RINA = "1422334455667788990"
FIRST = "1803712345678901234"


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


@pytest.fixture
def fake() -> Iterator[FakeX]:
    with serve(FakeX()) as api:
        yield api


@pytest.fixture
def service(settings: Settings, store: Store, clock: Clock, fake: FakeX) -> Service:
    x_settings(settings.channels.x)
    clock.now = datetime(2024, 6, 20, 8, 5, tzinfo=UTC)  # just after the fixtures were sent
    return build_service(settings, store, clock=clock)


def job(service: Service, kind: str) -> Job:
    [found] = [j for j in service.jobs if j.name == f"x-{kind}-{OWN_ID}"]
    return found


def count(store: Store, model: type) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


def test_mention_is_stored_and_since_id_committed_with_it(
    service: Service, store: Store, fake: FakeX
) -> None:
    fake.add_page(load("mention_with_includes.json"))
    fake.add_page(load("mention_retweet_ignored.json"))
    mentions = job(service, "mentions")
    assert mentions.channel == "x" and mentions.seconds == 300
    assert mentions.func() == 2
    with store.read() as s:
        assert queries.get_cursor(s, "x", f"mentions:{OWN_ID}") == "1803712399999999999"
        msg = queries.find_message(s, "x", f"tweet:{FIRST}")
        assert msg is not None and msg.sender == RINA and msg.kind == "complaint"
    assert mentions.func() == 0
    assert "since_id=1803712399999999999" in (fake.endpoint_calls("mentions")[-1].url or "")
    assert count(store, Message) == 1 and count(store, Complaint) == 1


def test_reply_in_the_conversation_and_a_dm_join_the_complaint(
    service: Service, store: Store, fake: FakeX, clock: Clock
) -> None:
    fake.add_page(load("mention_with_includes.json"))
    job(service, "mentions").func()
    service.dispatcher.drain()  # our public reply is stored as tweet:<id>
    with store.read() as s:
        ours = s.exec(select(Message).where(col(Message.direction) == "out")).one()
    reply = load("mention_reply_in_conversation.json")
    reply["data"][0]["referenced_tweets"] = [{"type": "replied_to", "id": ours.external_id[6:]}]
    fake.add_page(reply)
    clock.advance(hours=2)
    job(service, "mentions").func()
    fake.add_page(load("dm_message_create.json"))
    job(service, "dms").func()
    with store.read() as s:
        kinds = sorted(m.kind for m in s.exec(select(Message).where(Message.direction == "in")))
        assert queries.get_cursor(s, "x", f"dms:{OWN_ID}") == "1803730000000000010"
    assert kinds == ["complaint", "followup", "followup"]
    assert count(store, Complaint) == 1


def test_acknowledgement_is_a_public_reply_with_the_code_only(
    service: Service, store: Store, fake: FakeX
) -> None:
    fake.add_page(load("mention_with_includes.json"))
    job(service, "mentions").func()
    assert service.dispatcher.drain() == 1
    [tweet] = fake.sent_tweets
    with store.read() as s:
        complaint = s.exec(select(Complaint)).one()
        out = s.exec(select(Message).where(col(Message.direction) == "out")).one()
    assert tweet["reply"] == {"in_reply_to_tweet_id": FIRST}
    assert tweet["text"] == service.ctx.settings.channels.x.public_reply.format(
        code=complaint.tracking_code
    )
    assert out.external_id == f"tweet:{fake.next_id}" and not fake.sent_dms


def test_dm_complaint_is_answered_by_dm(service: Service, store: Store, fake: FakeX) -> None:
    fake.add_page(load("dm_message_create.json"))
    fake.add_page(load("dm_own_and_join_ignored.json"))
    assert job(service, "dms").func() == 3
    service.dispatcher.drain()
    [(participant, body)] = fake.sent_dms
    with store.read() as s:
        complaint = s.exec(select(Complaint)).one()
    assert participant == RINA and complaint.tracking_code in body["text"]
    assert not fake.sent_tweets and count(store, Message) == 2  # the DM in, our answer out


def test_rate_limit_pauses_the_job_until_the_reset(
    service: Service, store: Store, fake: FakeX, clock: Clock
) -> None:
    reset = int(clock.now.timestamp()) + 900
    fake.fail("mentions", 429, 1, **{"x-rate-limit-reset": str(reset)})
    fake.add_page(load("mention_with_includes.json"))
    mentions = job(service, "mentions")
    assert run_job(service.ctx, mentions) == 0
    with store.read() as s:
        health = s.get(ChannelHealth, "x")
    assert health is not None and health.consecutive_failures == 1
    clock.advance(seconds=899)
    assert run_job(service.ctx, mentions) == 0
    assert len(fake.endpoint_calls("mentions")) == 1  # skipped: no call spent
    assert job(service, "dms").func() == 0  # the DM endpoint has its own window
    clock.advance(seconds=2)
    assert run_job(service.ctx, mentions) == 1
    assert count(store, Message) == 1


def test_window_used_up_on_success_skips_the_next_round(
    service: Service, fake: FakeX, clock: Clock
) -> None:
    reset = int(clock.now.timestamp()) + 60
    fake.headers = {"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(reset)}
    dms = job(service, "dms")
    dms.func()
    dms.func()
    assert len(fake.endpoint_calls("dm_events")) == 1
    clock.advance(seconds=61)
    dms.func()
    assert len(fake.endpoint_calls("dm_events")) == 2


def test_rejected_credentials_make_x_unhealthy_and_nothing_else(
    settings: Settings, store: Store, clock: Clock, fake: FakeX
) -> None:
    x_settings(settings.channels.x)
    with serve_bot(FakeBotApi()) as bot:
        tg = settings.channels.telegram
        tg.bot_token, tg.poll_timeout_seconds = SecretStr(BOT_TOKEN), 0
        tg.api_base_url, tg.file_base_url = bot.base_url, bot.file_base_url
        service = build_service(settings, store, clock=clock)
        fake.fail("mentions", 401, times=UNHEALTHY_AFTER + 1)
        mentions = job(service, "mentions")
        with pytest.raises(ChannelAuthError):
            mentions.func()  # what the scheduler catches
        [telegram] = [j for j in service.jobs if j.channel == "telegram"]
        for _ in range(UNHEALTHY_AFTER):
            run_job(service.ctx, mentions)
            run_job(service.ctx, telegram)
        service.ctx.senders["telegram"].close()  # type: ignore[attr-defined]
    with store.read() as s:
        rows = {h.channel: h for h in s.exec(select(ChannelHealth))}
    assert not rows["x"].healthy and "credentials" in (rows["x"].last_error or "")
    assert rows["telegram"].healthy and rows["telegram"].consecutive_failures == 0
    fake.add_page(load("mention_with_includes.json"))
    assert run_job(service.ctx, mentions) == 1  # keys fixed: healthy again
    with store.read() as s:
        health = s.get(ChannelHealth, "x")
    assert health is not None and health.healthy


def job_named(service: Service, name: str) -> Job:
    [found] = [j for j in service.jobs if j.name == name]
    return found


def test_crash_before_commit_refetches_instead_of_losing(
    service: Service, store: Store, fake: FakeX, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.add_page(load("mention_with_includes.json"))

    def crash(*_a: object, **_k: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(service.ctx.pipeline, "accept_batch", crash)
    with pytest.raises(RuntimeError):
        job(service, "mentions").func()
    monkeypatch.undo()
    assert job(service, "mentions").func() == 1
    assert count(store, Message) == 1
    assert all("since_id" not in (c.url or "") for c in fake.endpoint_calls("mentions"))


def test_malformed_tweet_is_a_dead_letter_and_the_rest_is_stored(
    service: Service, store: Store, fake: FakeX
) -> None:
    fake.add_page(load("mention_with_includes.json"))
    fake.add_page(load("mention_missing_author_id.json"))
    assert job(service, "mentions").func() == 2
    with store.read() as s:
        dead = s.exec(select(DeadLetter)).one()
        cursor = queries.get_cursor(s, "x", f"mentions:{OWN_ID}")
    assert dead.channel == "x" and "author_id" in dead.reason
    assert b"1803721111000000004" in dead.raw
    assert cursor == "1803721111000000004"  # moved past it: kept once, not re-read forever
    assert count(store, Message) == 1


def test_status_by_mention_is_answered_in_public_with_the_code_only(
    service: Service, store: Store, fake: FakeX, clock: Clock
) -> None:
    fake.add_page(load("mention_with_includes.json"))
    job(service, "mentions").func()
    service.dispatcher.drain()
    with store.read() as s:
        code = s.exec(select(Complaint)).one().tracking_code
    ask = load("mention_quote_tweet.json")
    ask["data"][0].update(text=f"@SetdaKukar CEK {code}", referenced_tweets=[])
    fake.add_page(ask)
    clock.advance(hours=3)
    job(service, "mentions").func()
    service.dispatcher.drain()
    status = fake.sent_tweets[-1]
    assert status["reply"] == {"in_reply_to_tweet_id": "1803720000000000003"}
    assert code in status["text"] and "Bagian" not in status["text"]


def test_disabled_with_the_missing_keys_named(settings: Settings) -> None:
    assert disabled_channels(settings)["x"] == (
        "X_BEARER_TOKEN, X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET not set"
    )
    x_settings(settings.channels.x)
    settings.channels.x.access_token_secret = None
    assert disabled_channels(settings)["x"] == "X_ACCESS_TOKEN_SECRET not set"


def test_no_jobs_and_no_sender_when_disabled(settings: Settings, store: Store) -> None:
    service = build_service(settings, store)
    assert "x" in service.disabled and "x" not in service.ctx.senders
    assert not [j for j in service.jobs if j.channel == "x"]


def test_clock_of_the_service_reaches_the_transport(service: Service, clock: Clock) -> None:
    sender = service.ctx.senders["x"]
    assert sender.clock is clock  # type: ignore[attr-defined]


def test_dm_photo_without_text_is_stored_then_downloaded_signed(
    service: Service, store: Store, fake: FakeX
) -> None:
    page = load("dm_photo_no_text.json")
    url = page["includes"]["media"][0]["url"]
    fake.add_page(page)
    fake.files[url] = b"\xff\xd8\xff\xe0 foto banjir"
    assert job(service, "dms").func() == 1
    [asked] = fake.endpoint_calls("dm_events")
    assert "attachments.media_keys" in (asked.url or "")
    assert "media.fields=" in (asked.url or "")
    with store.read() as s:
        msg = s.exec(select(Message)).one()
        assert msg.text == "[Foto]" and msg.complaint_id is not None
    assert fake.endpoint_calls("media") == []  # nothing fetched while polling
    [media] = [j for j in service.jobs if j.name == "media"]
    assert media.func() == 1
    [download] = fake.endpoint_calls("media")
    assert str(download.headers["Authorization"]).startswith("OAuth ")
    with store.read() as s:
        [att] = s.exec(select(Attachment)).all()
    assert (att.filename, att.content_type) == ("3_1803729999000000001.jpg", "image/jpeg")


def test_dm_media_missing_at_x_is_given_up_and_shown(
    service: Service, store: Store, fake: FakeX
) -> None:
    fake.add_page(load("dm_video_with_text.json"))  # no file served: X answers 404
    job(service, "dms").func()
    [media] = [j for j in service.jobs if j.name == "media"]
    assert media.func() == 1
    with store.read() as s:
        row = s.exec(select(PendingMedia)).one()
    assert row.state == "failed" and "404" in (row.last_error or "")
