"""Load on the real app under uvicorn: nothing lost, nothing doubled, no 5xx."""

from __future__ import annotations

import asyncio
import json
import random

import httpx
import pytest
from sqlmodel import func, select

from channels.sms import generic
from service.app import build_service, create_app
from settings.root import Settings
from store.db import Store
from store.models import Complaint, Message, Outbox
from tests.conftest import SECRETS, ServerThread

pytestmark = pytest.mark.slow


def signed(i: int) -> bytes:
    return json.dumps(
        {
            "id": f"burst-{i}",
            "from": f"+62812{i:08d}",
            "text": f"Harga gas elpiji naik, laporan {i}",
        }
    ).encode()


async def fire(url: str, bodies: list[bytes], concurrency: int) -> list[int]:
    secret = SECRETS["SMS_WEBHOOK_SECRET"]
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def one(body: bytes) -> int:
            async with gate:
                headers = {
                    "Content-Type": "application/json",
                    generic.SIGNATURE_HEADER: generic.sign(body, secret),
                }
                response = await client.post("/webhooks/sms/generic", content=body, headers=headers)
                return response.status_code

        return await asyncio.gather(*(one(b) for b in bodies))


# 180 requests, 40 at a time; bursts of thousands: bench/burst_hostile.py, bench/webhook.py
SENDERS = 60


def test_senders_three_times_each_shuffled(settings: Settings, store: Store) -> None:
    bodies = [signed(i) for i in range(SENDERS)] * 3
    random.Random(7).shuffle(bodies)
    app = create_app(build_service(settings, store))
    with ServerThread(app) as server:
        statuses = asyncio.run(fire(server.url, bodies, 40))
    assert sorted(set(statuses)) == [200]
    with store.read() as s:
        assert s.exec(select(func.count()).select_from(Message)).one() == SENDERS
        assert s.exec(select(func.count()).select_from(Complaint)).one() == SENDERS
        assert s.exec(select(func.count()).select_from(Outbox)).one() == SENDERS
        recipients = s.exec(select(func.count(func.distinct(Outbox.recipient)))).one()
    assert recipients == SENDERS
