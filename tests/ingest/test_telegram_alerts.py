"""A dead channel is reported through another: the Telegram admins hear of a dead WhatsApp."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pydantic import SecretStr
from sqlmodel import select

from channels.errors import ChannelAuthError
from ingest.alerts import queue_channel_alert
from ingest.scheduler import UNHEALTHY_AFTER, run_job
from ingest.wiring import Job
from service.app import build_service
from settings.root import Settings
from store.db import Store
from store.models import Outbox
from tests.channels.telegram.fake_bot_api import TOKEN, FakeBotApi, serve
from tests.conftest import Clock


@pytest.fixture
def fake() -> Iterator[FakeBotApi]:
    with serve(FakeBotApi()) as api:
        yield api


def test_failing_channel_alerts_admins_on_telegram_once(
    settings: Settings, store: Store, fake: FakeBotApi, clock: Clock
) -> None:
    tg = settings.channels.telegram
    tg.bot_token = SecretStr(TOKEN)
    tg.api_base_url, tg.file_base_url = fake.base_url, fake.file_base_url
    settings.alerts.telegram_chat_ids = [424242]
    settings.alerts.email = ["admin@kukarkab.go.id"]
    service = build_service(settings, store, clock=clock)

    def rejected() -> int:
        raise ChannelAuthError("401 from api.twitter.com")

    job = Job("x-mentions", "x", 60, rejected)
    fired: list[list[int]] = []
    for _ in range(UNHEALTHY_AFTER + 2):
        run_job(service.ctx, job, lambda ch: fired.append(queue_channel_alert(service.ctx, ch)))
    assert len(fired) == 1  # only when the threshold is crossed
    with store.read() as s:
        rows = list(s.exec(select(Outbox).where(Outbox.kind == "alert")))
    channels = {r.channel for r in rows}
    assert "telegram" in channels
    assert all("x" in r.text and "401" in r.text for r in rows)
    service.dispatcher.drain()
    assert [m["chat_id"] for m in fake.sent()] == [424242]
    service.ctx.senders["telegram"].close()  # type: ignore[attr-defined]


def test_the_dead_channel_does_not_carry_its_own_alert(
    settings: Settings, store: Store, fake: FakeBotApi, clock: Clock
) -> None:
    tg = settings.channels.telegram
    tg.bot_token = SecretStr(TOKEN)
    tg.api_base_url, tg.file_base_url = fake.base_url, fake.file_base_url
    settings.alerts.telegram_chat_ids = [424242]
    service = build_service(settings, store, clock=clock)
    assert queue_channel_alert(service.ctx, "telegram") == []
    service.ctx.senders["telegram"].close()  # type: ignore[attr-defined]
