"""Benchmark: poll 5,000 messages from a loopback IMAP server (pymap) into a SQLite store.

Prints messages per second of the full email channel (fetch, parse, classify, route, store,
acknowledge, flag) and its ratio to plain imapclient fetching the same messages in the same
batches without processing, measured in the same run. Ends with one JSON line.

    .venv/bin/python bench/email.py [--messages 5000] [--batch 50]
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# This file is bench/email.py: keep its folder off the path, or it would shadow the stdlib `email`.
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]

from imapclient import IMAPClient

from channels.email.parse import ParseOptions, parse
from channels.errors import PayloadError
from ingest.app import build_service
from ingest.channels.email import EmailPoller
from store.db import Store
from store.migrate import upgrade
from tests.conftest import Clock, load_bundled
from tests.ingest.test_email_poll import (
    PASSWORD,
    USER,
    email_settings,
    pymap_server,
)

CORPUS = ROOT / "tests" / "fixtures" / "email"
MESSAGE_ID = re.compile(rb"^Message-I[Dd]:[^\r\n]*\r?\n", re.M | re.I)


def messages(count: int) -> list[bytes]:
    """`count` distinct messages cycled from the corpus (each with its own Message-ID)."""
    usable = []
    for path in sorted(CORPUS.glob("*.eml")):
        raw = path.read_bytes()
        try:
            parse(raw, Clock().now, ParseOptions())
        except PayloadError:
            continue
        usable.append(MESSAGE_ID.sub(b"", raw))
    return [
        b"Message-ID: <bench-%d@bench.example>\r\n" % i + usable[i % len(usable)]
        for i in range(count)
    ]


def client(port: int) -> IMAPClient:
    """A logged-in imapclient without Nagle delays."""
    c = IMAPClient("127.0.0.1", port, ssl=False, timeout=60)
    c.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    c.login(USER, PASSWORD)
    return c


def seed(port: int, folder: str, raws: list[bytes]) -> None:
    """Append everything (MULTIAPPEND, in chunks)."""
    c = client(port)
    c.create_folder(folder)
    for start in range(0, len(raws), 500):
        c.multiappend(folder, raws[start : start + 500])
    c.logout()


def plain_fetch(port: int, folder: str, batch: int) -> float:
    """Seconds for imapclient to fetch every message in batches, sizes first, no processing."""
    started = time.perf_counter()
    c = client(port)
    c.select_folder(folder, readonly=True)
    uids = sorted(c.search(["UID", "1:*"]))
    fetched = 0
    for start in range(0, len(uids), batch):
        chunk = uids[start : start + batch]
        c.fetch(chunk, ["RFC822.SIZE", "INTERNALDATE"])
        fetched += len(c.fetch(chunk, ["BODY.PEEK[]"]))
    c.logout()
    assert fetched == len(uids)
    return time.perf_counter() - started


def aduan_poll(port: int, folder: str, batch: int, workdir: Path) -> tuple[float, int]:
    """Seconds for the email poller to take every message into a fresh SQLite store."""
    url = f"sqlite:///{workdir / 'bench.db'}"
    store = Store(url)
    upgrade(store)
    settings = load_bundled(workdir)
    settings.database.url = url
    settings.service.acks_per_address_per_hour = 10**6
    settings.channels.email = email_settings(
        port, folder, batch_size=batch, max_message_bytes=10 * 1024 * 1024,
        automatic_per_10_minutes=10**6, automatic_per_hour=10**6,
    )  # fmt: skip
    service = build_service(settings, store, clock=Clock())
    # As the service does before it starts its jobs (ingest/app.py): holiday tables, the
    # routing automaton and phone metadata are loaded once per process, not per poll.
    service.ctx.pipeline.warm_up()
    started = time.perf_counter()
    report = EmailPoller(service.ctx).poll_once()
    elapsed = time.perf_counter() - started
    return elapsed, report.fetched


def main() -> None:
    """Run both measurements against one server and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=50)
    args = parser.parse_args()
    raws = messages(args.messages)
    with pymap_server() as port, tempfile.TemporaryDirectory() as tmp:
        seed(port, "Bench", raws)
        baseline = plain_fetch(port, "Bench", args.batch)
        seconds, fetched = aduan_poll(port, "Bench", args.batch, Path(tmp))
    assert fetched == args.messages, fetched
    rate, base_rate = fetched / seconds, fetched / baseline
    print(f"plain imapclient fetch: {base_rate:8.0f} messages/s ({baseline:.1f} s)")
    print(f"aduan email poll:       {rate:8.0f} messages/s ({seconds:.1f} s)")
    print(f"ratio: {rate / base_rate:.2f} (targets: >= 200 messages/s, ratio >= 0.5)")
    print(json.dumps({
        "bench": "email", "messages": fetched, "batch": args.batch,
        "messages_per_s": round(rate, 1), "baseline_messages_per_s": round(base_rate, 1),
        "ratio": round(rate / base_rate, 3), "seconds": round(seconds, 2),
        "baseline_seconds": round(baseline, 2),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
