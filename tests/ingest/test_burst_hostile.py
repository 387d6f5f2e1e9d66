"""A bounded burst on the real app under uvicorn, mixing duplicates and hostile bodies: exactly
the unique messages stored, each bad body one counted dead letter, 0 5xx (600: bench/)."""

from __future__ import annotations

import asyncio
import json
import random

from sqlmodel import func, select

from service.app import build_service, create_app
from settings.root import Settings
from store.db import Store
from store.models import DeadLetter, Message
from tests.conftest import ServerThread
from tests.ingest.test_burst import fire

UNIQUE, BAD = 70, 10


def good(i: int) -> bytes:
    text = f"Jalan desa rusak parah \x00 laporan {i}" if i % 7 == 0 else f"Lampu jalan mati {i}"
    return json.dumps({"id": f"hb-{i}", "from": f"+62813{i:08d}", "text": text}).encode()


def bad(i: int) -> bytes:
    if i % 2:
        return b'{"id": "deep-%d", "text": ' % i + b"[" * 50_000 + b"]" * 50_000 + b"}"
    return json.dumps({"id": f"nofrom-{i}", "text": "tanpa pengirim"}).encode()


def test_120_signed_webhooks_a_third_duplicates_store_exactly_once(
    settings: Settings, store: Store
) -> None:
    bodies = [good(i) for i in range(UNIQUE)] + [bad(i) for i in range(BAD)]
    bodies += random.Random(3).sample(bodies, 40)  # a third are repeated
    random.Random(11).shuffle(bodies)
    assert len(bodies) == 120
    app = create_app(build_service(settings, store))
    with ServerThread(app) as server:
        statuses = asyncio.run(fire(server.url, bodies, 24))
    assert max(statuses) < 500 and set(statuses) <= {200, 400}
    with store.read() as s:
        assert s.exec(select(func.count()).select_from(Message)).one() == UNIQUE
        dead = list(s.exec(select(DeadLetter)))
    assert len(dead) == BAD
    assert sum(d.count for d in dead) == statuses.count(400)
