"""A burst of 600 signed SMS webhooks, a third of them repeated and some hostile (NUL, JSON
nested 50,000 deep, a missing sender), on the app under uvicorn in this process.

Checks 0 5xx, exactly the unique messages stored and one counted dead letter per bad body, and
prints the requests per second against a baseline of as many /healthz requests in the same run.
Usage: python bench/burst_hostile.py [--requests 600] [--concurrency 32] [--database URL]
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as `python bench/<name>.py`: bench/ must not shadow the standard library (bench/email.py).
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse
import asyncio
import json
import os
import random
import socket
import tempfile
import threading
import time

import httpx
import uvicorn
from sqlmodel import func, select

SECRET = "bench-secret"


def bodies(count: int) -> tuple[list[bytes], int, int]:
    """The requests' bodies (a third repeats), the unique good ones and the unique bad ones."""
    distinct = count - count // 3
    bad = max(1, distinct // 12)
    out = []
    for i in range(distinct - bad):
        text = f"Jalan rusak \x00 laporan {i}" if i % 7 == 0 else f"Harga elpiji naik {i}"
        out.append(json.dumps({"id": f"hb-{i}", "from": f"+62813{i:08d}", "text": text}).encode())
    for i in range(bad):
        if i % 2:
            out.append(b'{"id": "deep-%d", "text": ' % i + b"[" * 50_000 + b"]" * 50_000 + b"}")
        else:
            out.append(json.dumps({"id": f"nofrom-{i}", "text": "tanpa pengirim"}).encode())
    out += random.Random(3).sample(out, count - distinct)
    random.Random(11).shuffle(out)
    return out, distinct - bad, bad


async def fire(url: str, path: str, payloads: list[bytes], concurrency: int) -> list[int]:
    from channels.sms import generic

    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:

        async def one(body: bytes) -> int:
            async with gate:
                if path == "/healthz":
                    return (await client.get(path)).status_code
                headers = {generic.SIGNATURE_HEADER: generic.sign(body, SECRET)}
                return (await client.post(path, content=body, headers=headers)).status_code

        return await asyncio.gather(*(one(b) for b in payloads))


def serve(database: str) -> tuple[uvicorn.Server, int, object]:
    from service.app import build_service, create_app
    from settings.load import load_settings
    from store.db import Store
    from store.migrate import ensure_schema

    os.environ["SMS_WEBHOOK_SECRET"] = SECRET
    settings = load_settings(ROOT / "config.yaml")
    settings.database.url = database
    store = Store(database)
    ensure_schema(store, auto_upgrade=True)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    app = create_app(build_service(settings, store))
    server = uvicorn.Server(uvicorn.Config(app, port=port, log_level="error", access_log=False))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.01)
    return server, port, store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--database", default="")
    args = parser.parse_args()
    from store.models import DeadLetter, Message

    with tempfile.TemporaryDirectory() as tmp:
        server, port, store = serve(args.database or f"sqlite:///{tmp}/bench.db")
        url = f"http://127.0.0.1:{port}"
        payloads, good, bad = bodies(args.requests)
        start = time.perf_counter()
        asyncio.run(fire(url, "/healthz", payloads, args.concurrency))
        baseline = time.perf_counter() - start
        start = time.perf_counter()
        statuses = asyncio.run(fire(url, "/webhooks/sms/generic", payloads, args.concurrency))
        elapsed = time.perf_counter() - start
        server.should_exit = True
        with store.read() as session:  # type: ignore[attr-defined]
            stored = session.exec(select(func.count()).select_from(Message)).one()
            dead = list(session.exec(select(DeadLetter)))
    errors = sum(1 for s in statuses if s >= 500)
    print(f"requests {len(statuses)}, 5xx {errors}, stored {stored}/{good}, "
          f"dead letters {len(dead)}/{bad} counted {sum(d.count for d in dead)}")  # fmt: skip
    print(f"burst {len(statuses) / elapsed:.0f} req/s; /healthz {len(statuses) / baseline:.0f} "
          f"req/s; ratio {baseline / elapsed:.2f}")  # fmt: skip
    if errors or stored != good or len(dead) != bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
