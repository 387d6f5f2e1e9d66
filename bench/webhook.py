"""`aduan serve` under load: signed SMS webhooks vs /healthz, measured from another process.

Phase 1: 200 requests/s for 10 s on the service at rest: p99 latency at that rate.
Phase 2: 10,000 POSTs to /webhooks/sms/generic at concurrency 32, 10% of them duplicates:
requests/s, p50, p99; then lost = 0 and doubled = 0 checked in the database.
Baseline: the same loads on /healthz, in the same run.
Usage: python bench/webhook.py [--requests 10000] [--concurrency 32] [--database URL]
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
import hashlib
import hmac
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

SECRET = "bench-secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def requests_for(count: int, path: str, prefix: str = "bench") -> list[bytes]:
    """Raw HTTP/1.1 requests; 10% of the webhook bodies repeat an earlier one."""
    out: list[bytes] = []
    distinct = int(count * 0.9)
    bodies = []
    for i in range(distinct):
        bodies.append(
            json.dumps(
                {
                    "id": f"{prefix}-{i}",
                    "from": f"+6281{1 if prefix == 'bench' else 3}{i:08d}",
                    "text": f"Harga elpiji naik {i}",
                }
            ).encode()
        )
    rng = random.Random(1)
    bodies += [rng.choice(bodies) for _ in range(count - distinct)]
    rng.shuffle(bodies)
    for body in bodies:
        if path == "/healthz":
            out.append(b"GET /healthz HTTP/1.1\r\nHost: bench\r\n\r\n")
            continue
        sig = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        head = (
            f"POST {path} HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
            f"X-Aduan-Signature: {sig}\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        out.append(head.encode() + body)
    return out


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes) -> int:
    writer.write(raw)
    await writer.drain()
    status_line = await reader.readline()
    length = 0
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value)
    await reader.readexactly(length)
    return int(status_line.split()[1])


async def load(
    port: int, reqs: list[bytes], concurrency: int, rate: float | None
) -> dict[str, float]:
    """Send every request over `concurrency` keep-alive connections; latencies and statuses."""
    queue: asyncio.Queue[tuple[int, bytes]] = asyncio.Queue()
    start = time.perf_counter()
    for i, raw in enumerate(reqs):
        queue.put_nowait((i, raw))
    latencies: list[float] = []
    statuses: dict[int, int] = {}

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while not queue.empty():
            i, raw = queue.get_nowait()
            if rate:
                delay = start + i / rate - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
            t0 = time.perf_counter()
            status = await _exchange(reader, writer, raw)
            latencies.append(time.perf_counter() - t0)
            statuses[status] = statuses.get(status, 0) + 1
        writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "rps": len(reqs) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "errors_5xx": float(sum(n for s, n in statuses.items() if s >= 500)),
        "non_2xx": float(sum(n for s, n in statuses.items() if s >= 300)),
    }


def start_server(db_url: str, port: int, workdir: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "SMS_WEBHOOK_SECRET": SECRET,
        "ADUAN_DATABASE_URL": db_url,
        "ADUAN_SERVICE__DATA_DIR": str(Path(workdir) / "data"),
        "ADUAN_SERVICE__ACKS_PER_ADDRESS_PER_HOUR": "100",
    }
    cmd = [sys.executable, "-m", "ingest", "serve", "--port", str(port),
           "--config", str(ROOT / "config.yaml")]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, cwd=workdir, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz") as answer:
                if answer.status == 200:
                    return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("aduan serve did not start")


def counts(db_url: str) -> tuple[int, int, int]:
    """Messages, complaints and distinct external ids in the database."""
    if db_url.startswith("sqlite:///"):
        conn = sqlite3.connect(db_url.removeprefix("sqlite:///"))
        one = lambda q: conn.execute(q).fetchone()[0]  # noqa: E731
    else:
        import psycopg

        conn = psycopg.connect(db_url.replace("postgresql+psycopg://", "postgresql://"))  # type: ignore[assignment]
        one = lambda q: conn.execute(q).fetchone()[0]  # type: ignore[union-attr]  # noqa: E731
    result = (
        one("SELECT count(*) FROM message WHERE direction = 'in'"),
        one("SELECT count(*) FROM complaint"),
        one("SELECT count(DISTINCT external_id) FROM message WHERE direction = 'in'"),
    )
    conn.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--database", default=None, help="default: a fresh SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_url = args.database or f"sqlite:///{tmp}/bench.db"
        port = free_port()
        proc = start_server(db_url, port, tmp)
        try:
            hooks = requests_for(args.requests, "/webhooks/sms/generic")
            health = requests_for(args.requests, "/healthz")
            # The steady 200 req/s phase first, on a service at rest: right after the flood the
            # outbox is still settling 9,000 acknowledgements, which is another situation.
            paced_reqs = requests_for(2000, "/webhooks/sms/generic", "paced")
            base_paced = asyncio.run(load(port, health[:2000], args.concurrency, 200.0))
            paced = asyncio.run(load(port, paced_reqs, args.concurrency, 200.0))
            base = asyncio.run(load(port, health, args.concurrency, None))
            full = asyncio.run(load(port, hooks, args.concurrency, None))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        messages, complaints, distinct = counts(db_url)
    expected = int(args.requests * 0.9) + int(2000 * 0.9)
    lost, doubled = expected - distinct, messages - distinct
    ratio = full["rps"] / base["rps"]
    print(f"{'load':28} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'5xx':>5}")
    for name, row in [("healthz, as fast as it goes", base), ("webhook, as fast as it goes", full),
                      ("healthz at 200 req/s", base_paced), ("webhook at 200 req/s", paced)]:  # fmt: skip
        print(
            f"{name:28} {row['rps']:8.0f} {row['p50_ms']:8.2f} {row['p99_ms']:8.2f} {row['errors_5xx']:5.0f}"
        )
    print(f"stored: {messages} messages, {complaints} complaints; lost {lost}, doubled {doubled}")
    met = full["rps"] >= 800 and paced["p99_ms"] < 50 and ratio >= 0.4 and lost == doubled == 0
    print(
        f"targets (>= 800 req/s, p99 < 50 ms at 200 req/s, ratio >= 0.4): {'met' if met else 'NOT met'}"
    )
    print(json.dumps({
        "bench": "webhook", "requests": args.requests, "concurrency": args.concurrency,
        "webhook_rps": round(full["rps"], 1), "webhook_p50_ms": round(full["p50_ms"], 2),
        "webhook_p99_ms": round(full["p99_ms"], 2), "healthz_rps": round(base["rps"], 1),
        "ratio_to_healthz": round(ratio, 3), "p99_ms_at_200rps": round(paced["p99_ms"], 2),
        "healthz_p99_ms_at_200rps": round(base_paced["p99_ms"], 2),
        "errors_5xx": full["errors_5xx"] + paced["errors_5xx"], "lost": lost, "doubled": doubled,
        "complaints": complaints, "targets_met": met,
    }))  # fmt: skip


if __name__ == "__main__":
    main()
