"""Load on the webhook channels under uvicorn: nothing lost, nothing doubled, no 5xx.

Like tests/ingest/test_burst.py (SMS): each event sent 3 times (providers retry), in a shuffled
order, 40 at a time, against the real app on SQLite and on PostgreSQL. The suite sends a small
burst; bench/burst_channels.py runs the same functions with 1,000 events.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Callable

import httpx
import pytest
from pydantic import SecretStr
from sqlmodel import func, select

from channels.whatsapp.parse import SIGNATURE_HEADER, sign
from service.app import build_service, create_app
from settings.root import Settings
from store.db import Store
from store.models import Complaint, Message, Outbox
from tests.conftest import ServerThread

pytestmark = pytest.mark.slow
log = logging.getLogger(__name__)

# A burst small enough for the suite (still 40 requests in flight at a time, a third of the burst
# at once); bursts of thousands are load tests and live in bench/ (bench/burst_channels.py,
# bench/burst_hostile.py, bench/webhook.py).
EVENTS, TIMES, CONCURRENCY = 60, 3, 40
TG_TOKEN = "777000111:AAFakeTokenForLoopbackTestsOnly-xyz"
TG_SECRET = "tg-webhook-secret"
WA_SECRET = "wa-app-secret"
Request = tuple[bytes, dict[str, str]]


def telegram_update(i: int) -> Request:
    chat = 100_000_000 + i
    body = {
        "update_id": 600_000_000 + i,
        "message": {
            "message_id": 7, "date": 1718870400, "text": f"Lampu jalan mati, laporan {i}",
            "from": {"id": chat, "is_bot": False, "first_name": f"Warga {i}"},
            "chat": {"id": chat, "type": "private", "first_name": f"Warga {i}"},
        },
    }  # fmt: skip
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": TG_SECRET}
    return json.dumps(body).encode(), headers


def whatsapp_event(i: int) -> Request:
    phone = f"62812{i:08d}"
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "6285100001111", "phone_number_id": "106540352242922"},
        "contacts": [{"profile": {"name": f"Warga {i}"}, "wa_id": phone}],
        "messages": [{"from": phone, "id": f"wamid.burst{i:06d}", "timestamp": "1718870400",
                      "type": "text", "text": {"body": f"Jalan rusak, laporan {i}"}}],
    }  # fmt: skip
    body = json.dumps(
        {"object": "whatsapp_business_account",
         "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": value}]}]}
    ).encode()  # fmt: skip
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(body, WA_SECRET)}
    return body, headers


async def fire(url: str, path: str, requests: list[Request]) -> list[int]:
    gate = asyncio.Semaphore(CONCURRENCY)
    limits = httpx.Limits(max_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def one(request: Request) -> int:
            async with gate:
                response = await client.post(path, content=request[0], headers=request[1])
                return response.status_code

        return await asyncio.gather(*(one(r) for r in requests))


def burst(
    settings: Settings,
    store: Store,
    path: str,
    make: Callable[[int], Request],
    events: int = EVENTS,
) -> tuple[list[int], float]:
    """Send `events` events `TIMES` times each, shuffled; the statuses and the seconds taken."""
    requests = [make(i) for i in range(events)] * TIMES
    random.Random(7).shuffle(requests)
    service = build_service(settings, store)
    app = create_app(service)
    with ServerThread(app) as server:
        started = time.perf_counter()
        statuses = asyncio.run(fire(server.url, path, requests))
        elapsed = time.perf_counter() - started
    for sender in service.ctx.senders.values():
        close = getattr(sender, "close", None)
        if close is not None:
            close()
    return statuses, elapsed


def assert_stored_once(store: Store, channel: str, events: int = EVENTS) -> None:
    """Each event stored once, as one complaint with one acknowledgement to its sender."""
    with store.read() as s:
        count = select(func.count()).select_from(Message).where(Message.channel == channel)
        assert s.exec(count).one() == events
        assert s.exec(select(func.count()).select_from(Complaint)).one() == events
        assert s.exec(select(func.count()).select_from(Outbox)).one() == events
        recipients = s.exec(select(func.count(func.distinct(Outbox.recipient)))).one()
    assert recipients == events


def telegram_webhook_mode(settings: Settings) -> None:
    """Telegram in webhook mode with the test secret (the Bot API is never called: text only)."""
    tg = settings.channels.telegram
    tg.mode, tg.bot_token, tg.webhook_secret = "webhook", SecretStr(TG_TOKEN), SecretStr(TG_SECRET)
    tg.api_base_url = tg.file_base_url = "http://127.0.0.1:9/"


def whatsapp_on(settings: Settings) -> None:
    """WhatsApp with the test app secret (the Graph API is never called: no media)."""
    w = settings.channels.whatsapp
    w.access_token, w.app_secret = SecretStr("EAAGfake"), SecretStr(WA_SECRET)
    w.verify_token, w.phone_number_id = SecretStr("verify"), "106540352242922"
    w.graph_base_url = "http://127.0.0.1:9"


def test_telegram_webhook_burst(settings: Settings, store: Store) -> None:
    telegram_webhook_mode(settings)
    statuses, elapsed = burst(settings, store, "/webhooks/telegram", telegram_update)
    log.warning("telegram burst on %s: %s requests in %.1f s", store.url.split(":")[0],
                len(statuses), elapsed)  # fmt: skip
    assert sorted(set(statuses)) == [200]
    assert_stored_once(store, "telegram")


def test_whatsapp_webhook_burst(settings: Settings, store: Store) -> None:
    whatsapp_on(settings)
    statuses, elapsed = burst(settings, store, "/webhooks/whatsapp", whatsapp_event)
    log.warning("whatsapp burst on %s: %s requests in %.1f s", store.url.split(":")[0],
                len(statuses), elapsed)  # fmt: skip
    assert sorted(set(statuses)) == [200]
    assert_stored_once(store, "whatsapp")
