"""`aduan serve` beside a minimal peer, under load, in the same run and in interleaved rounds.

The peer (bench/webhook_peer.py) is a ~40-line Starlette app that checks the same HMAC and inserts
one row with sqlite3, on the same uvicorn with the same options. Both servers run at once, each
in its own process with a fresh SQLite file; the load alternates between them round by round
(aduan, peer, peer, aduan, ...) so a busy moment of the machine falls on both.

Flood: `--requests` signed POSTs to /webhooks/sms/generic per server per run, at concurrency
`--concurrency`, 10% duplicates: requests/s and the server's CPU per request (utime + stime of
the server process from /proc, before and after each round), and their ratios aduan/peer.
Paced: a steady `--rate` (200) requests/s for `--paced-seconds` per server per run, open loop:
each request has an intended send time and its latency runs from that time, not from when it
was actually sent, so a stall that delays sending is counted (no coordinated omission); p50/p99.
Start-up memory: each server's resident set (VmRSS from /proc) once it answers, before any
request. Then lost = 0 and doubled = 0 are checked in aduan's database.
`--runs` (3) whole runs, fresh servers and databases each; every figure is printed as
min / median / max over the runs, never the best.

Figures depend on the machine and on what else runs on it: measure on an otherwise idle
machine and report the median with the date and the machine line this bench prints.
Rerun: python bench/webhook.py [--runs 3] [--rounds 4] [--requests 8000] [--rate 200]
       [--paced-seconds 20] [--concurrency 32]
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
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from bench.runs import machine, print_summary, process_cpu_seconds, summary

SECRET = "bench-secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def requests_for(count: int, prefix: str) -> list[bytes]:
    """Signed raw HTTP/1.1 requests; 10% of the bodies repeat an earlier one."""
    distinct = int(count * 0.9)
    seed = int(hashlib.sha256(prefix.encode()).hexdigest()[:6], 16)
    bodies = [
        json.dumps({"id": f"{prefix}-{i}", "from": f"+628{seed % 90 + 10}{i:08d}",
                    "text": f"Harga elpiji naik lagi di pangkalan, mohon ditindak ({i})"}).encode()
        for i in range(distinct)
    ]  # fmt: skip
    rng = random.Random(seed)
    bodies += [rng.choice(bodies) for _ in range(count - distinct)]
    rng.shuffle(bodies)
    out = []
    for body in bodies:
        sig = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        head = (
            f"POST /webhooks/sms/generic HTTP/1.1\r\nHost: bench\r\n"
            f"Content-Type: application/json\r\n"
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
    """Send every request over `concurrency` keep-alive connections.

    With `rate`, request i is due at start + i / rate and its latency is measured from that
    intended time (open loop); without, as fast as the server answers (closed loop).
    """
    queue: asyncio.Queue[tuple[int, bytes]] = asyncio.Queue()
    for i, raw in enumerate(reqs):
        queue.put_nowait((i, raw))
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    start = time.perf_counter()

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while not queue.empty():
            i, raw = queue.get_nowait()
            t0 = time.perf_counter()
            if rate:
                t0 = start + i / rate  # the intended send time
                if t0 > time.perf_counter():
                    await asyncio.sleep(t0 - time.perf_counter())
            status = await _exchange(reader, writer, raw)
            latencies.append(time.perf_counter() - t0)
            statuses[status] = statuses.get(status, 0) + 1
        writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "seconds": elapsed,
        "rps": len(reqs) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[max(int(len(latencies) * 0.99) - 1, 0)] * 1000,
        "errors_5xx": float(sum(n for s, n in statuses.items() if s >= 500)),
        "non_2xx": float(sum(n for s, n in statuses.items() if s >= 300)),
    }


def start_server(name: str, port: int, workdir: Path) -> subprocess.Popen[bytes]:
    """aduan serve, or the peer, on a fresh SQLite file; returns once it answers."""
    workdir.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "SMS_WEBHOOK_SECRET": SECRET,
        "ADUAN_DATABASE__URL": f"sqlite:///{workdir}/{name}.db",
        "ADUAN_SERVICE__DATA_DIR": str(workdir / "data"),
        "ADUAN_SERVICE__ACKS_PER_ADDRESS_PER_HOUR": "100",
    }
    if name == "aduan":
        cmd = [sys.executable, "-m", "service", "serve", "--port", str(port),
               "--config", str(ROOT / "config.yaml")]  # fmt: skip
        ready = f"http://127.0.0.1:{port}/readyz"
    else:
        cmd = [sys.executable, str(HERE / "webhook_peer.py"), "--port", str(port),
               "--db", str(workdir / "peer.db")]  # fmt: skip
        ready = f"http://127.0.0.1:{port}/ready"  # 404 once it listens
    with open(workdir / f"{name}.log", "ab") as log:
        proc = subprocess.Popen(cmd, env=env, cwd=workdir, stdout=log, stderr=log)
    for _ in range(600):
        try:
            with urllib.request.urlopen(ready):
                return proc
        except urllib.error.HTTPError:
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"{name} did not start: see {workdir / f'{name}.log'}")


def resident_mb(pid: int) -> float:
    """The resident set of a process, in MB (VmRSS from /proc, Linux)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def counts(path: Path) -> tuple[int, int]:
    """Inbound messages and distinct external ids in aduan's database."""
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("SELECT count(*) FROM message WHERE direction = 'in'").fetchone()[0],
            conn.execute(
                "SELECT count(DISTINCT external_id) FROM message WHERE direction = 'in'"
            ).fetchone()[0],
        )
    finally:
        conn.close()


@dataclass
class Server:
    """One server under test and what was measured on it in this run."""

    name: str
    port: int
    proc: subprocess.Popen[bytes]
    requests: int = 0
    seconds: float = 0.0
    cpu: float = 0.0
    distinct: int = 0
    rss_mb: float = 0.0
    paced: list[dict[str, float]] = field(default_factory=list)

    def round(self, reqs: list[bytes], concurrency: int, rate: float | None) -> dict[str, float]:
        before = process_cpu_seconds(self.proc.pid)
        result = asyncio.run(load(self.port, reqs, concurrency, rate))
        self.distinct += int(len(reqs) * 0.9)
        if rate is None:
            self.cpu += process_cpu_seconds(self.proc.pid) - before
            self.requests += len(reqs)
            self.seconds += result["seconds"]
        else:
            self.paced.append(result)
        return result


def one_run(args: argparse.Namespace, run: int, tmp: Path) -> dict[str, float]:
    """Both servers, fresh; flood rounds then paced rounds, alternating between them."""
    servers: list[Server] = []
    try:
        for name in ("aduan", "peer"):
            port = free_port()
            servers.append(Server(name, port, start_server(name, port, tmp / f"run{run}")))
            servers[-1].rss_mb = resident_mb(servers[-1].proc.pid)
        for s in servers:  # warm up (imports, first connections), not measured
            asyncio.run(load(s.port, requests_for(200, f"warm{run}-{s.name}"), 8, None))
            s.distinct += int(200 * 0.9)
        per_round = max(args.requests // args.rounds, 1)
        paced_n = int(args.rate * args.paced_seconds / args.rounds)
        for r in range(args.rounds):
            order = servers if r % 2 == 0 else servers[::-1]
            for s in order:
                s.round(requests_for(per_round, f"r{run}-{r}-{s.name}"), args.concurrency, None)
        for r in range(args.rounds):
            order = servers if r % 2 == 0 else servers[::-1]
            for s in order:
                reqs = requests_for(paced_n, f"p{run}-{r}-{s.name}")
                s.round(reqs, max(args.concurrency, 64), args.rate)
    finally:
        for s in servers:
            s.proc.terminate()
            s.proc.wait(timeout=30)
    messages, distinct = counts(tmp / f"run{run}" / "aduan.db")
    return figures(servers, messages, distinct)


def figures(servers: list[Server], messages: int, distinct: int) -> dict[str, float]:
    out: dict[str, float] = {}
    for s in servers:
        out[f"{s.name}_rps"] = s.requests / s.seconds
        out[f"{s.name}_cpu_ms_per_req"] = s.cpu / s.requests * 1000
        paced = [r for r in s.paced]
        out[f"{s.name}_paced_p50_ms"] = statistics.median(r["p50_ms"] for r in paced)
        out[f"{s.name}_paced_p99_ms"] = max(r["p99_ms"] for r in paced)
        out[f"{s.name}_errors_5xx"] = sum(r["errors_5xx"] for r in paced)
        out[f"{s.name}_rss_mb"] = s.rss_mb
    out["rps_ratio"] = out["aduan_rps"] / out["peer_rps"]
    out["cpu_ratio"] = out["aduan_cpu_ms_per_req"] / out["peer_cpu_ms_per_req"]
    aduan = servers[0]
    out["lost"] = float(aduan.distinct - distinct)
    out["doubled"] = float(messages - distinct)
    return out


LABELS = {
    "aduan_rps": "aduan req/s (flood)",
    "peer_rps": "peer req/s (flood)",
    "rps_ratio": "req/s ratio aduan/peer",
    "aduan_cpu_ms_per_req": "aduan server CPU ms/request",
    "peer_cpu_ms_per_req": "peer server CPU ms/request",
    "cpu_ratio": "CPU/request ratio aduan/peer",
    "aduan_paced_p50_ms": "aduan p50 ms at the steady rate",
    "aduan_paced_p99_ms": "aduan p99 ms at the steady rate",
    "peer_paced_p50_ms": "peer p50 ms at the steady rate",
    "peer_paced_p99_ms": "peer p99 ms at the steady rate",
    "aduan_rss_mb": "aduan resident MB at start",
    "peer_rss_mb": "peer resident MB at start",
    "lost": "aduan: lost",
    "doubled": "aduan: doubled",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=4, help="interleaved rounds per run")
    parser.add_argument("--requests", type=int, default=8000, help="flood requests per server")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--paced-seconds", type=float, default=20.0, help="per server per run")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            runs.append(one_run(args, run, Path(tmp)))
            print(f"run {run + 1}: " + ", ".join(f"{k} {v:.2f}" for k, v in runs[-1].items()))
    print_summary(runs, LABELS)
    print(json.dumps({"bench": "webhook", "runs": args.runs, "rounds": args.rounds,
                      "requests": args.requests, "concurrency": args.concurrency,
                      "rate": args.rate, "machine": machine(),
                      "min_median_max": summary(runs)}))  # fmt: skip


if __name__ == "__main__":
    main()
