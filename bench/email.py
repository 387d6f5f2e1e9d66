"""Benchmark: poll messages from a loopback IMAP server (pymap or Dovecot) into a SQLite store.

Each round, in one run against one server, measures in turn (interleaved, so a busy machine
slows all alike):
- plain imapclient fetching every message (sizes, then BODY.PEEK[], in the same batches);
- the email channel (imapclient's public API, parsing, the pipeline, the store).
Each prints wall-clock messages/s and messages per CPU-second of this process (the server's
CPU is not counted), as min/median/max over the rounds, and the ratios. Ends with one JSON line.

    .venv/bin/python bench/email.py [--server dovecot|pymap] [--messages 5000] [--batch 50]
        [--rounds 3] [--corpus plain|all]

`--corpus plain` (the default) uses only ordinary one-part complaints (text/plain, one part),
the case of the target of 1,000 messages per CPU-second; `all` cycles the whole fixture corpus.
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# This file is bench/email.py: keep its folder off the path, or it would shadow the stdlib `email`.
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]

from email import message_from_bytes, policy  # after the path fix: stdlib, not this file

from imapclient import IMAPClient

from channels.email.parse import ParseOptions, parse
from channels.errors import PayloadError
from ingest.channels.email import EmailPoller
from service.app import build_service
from store.db import Store
from store.migrate import upgrade
from tests.conftest import Clock, load_bundled
from tests.ingest.imap_servers import PASSWORD, USER, dovecot_binary, dovecot_server, pymap_server
from tests.ingest.test_email_poll import email_settings

CORPUS = ROOT / "tests" / "fixtures" / "email"
MESSAGE_ID = re.compile(rb"^Message-I[Dd]:[^\r\n]*\r?\n", re.M | re.I)
Timing = tuple[float, float]  # (wall seconds, CPU seconds of this process)


def usable(kind: str) -> list[bytes]:
    """Corpus messages a person sent (parseable, not automatic); `plain`: one text/plain part."""
    out = []
    for path in sorted(CORPUS.glob("*.eml")):
        raw = path.read_bytes()
        try:
            [msg] = parse(raw, Clock().now, ParseOptions())
        except PayloadError:
            continue
        mime = message_from_bytes(raw, policy=policy.default)
        one_part = mime.get_content_type() == "text/plain" and not mime.is_multipart()
        if msg.automated is None and (kind == "all" or one_part):
            out.append(MESSAGE_ID.sub(b"", raw))
    return out


def messages(count: int, kind: str) -> list[bytes]:
    """`count` distinct messages cycled from the corpus (each with its own Message-ID)."""
    pool = usable(kind)
    return [
        b"Message-ID: <bench-%d@bench.example>\r\n" % i + pool[i % len(pool)] for i in range(count)
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


def timed(work: Callable[[], int]) -> tuple[Timing, int]:
    wall, cpu = time.perf_counter(), time.process_time()
    done = work()
    return (time.perf_counter() - wall, time.process_time() - cpu), done


def plain_fetch(port: int, folder: str, batch: int) -> int:
    """imapclient fetching every message in batches, sizes first, no processing."""
    c = client(port)
    c.select_folder(folder, readonly=True)
    uids = sorted(c.search(["UID", "1:*"]))
    fetched = 0
    for start in range(0, len(uids), batch):
        chunk = uids[start : start + batch]
        c.fetch(chunk, ["RFC822.SIZE", "INTERNALDATE"])
        fetched += len(c.fetch(chunk, ["BODY.PEEK[]"]))
    c.logout()
    return fetched


def aduan_poll(port: int, folder: str, batch: int, workdir: Path) -> Callable[[], int]:
    """The email poller taking every message into a fresh SQLite store (set up untimed)."""
    url = f"sqlite:///{workdir / f'bench-{uuid.uuid4().hex[:8]}.db'}"
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
    # As the service does before it starts its jobs (service/app.py): holiday tables, the
    # routing automaton and phone metadata are loaded once per process, not per poll.
    service.ctx.pipeline.warm_up()
    return lambda: EmailPoller(service.ctx).poll_once().fetched


@contextmanager
def server(kind: str) -> Iterator[int]:
    if kind == "pymap":
        with pymap_server() as port:
            yield port
        return
    binary = dovecot_binary()
    if binary is None:
        raise SystemExit("dovecot is not installed (apt-get install dovecot-imapd)")
    with dovecot_server(binary) as port:
        yield port


def spread(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def main() -> None:
    """Interleaved rounds against one server; print the figures and one JSON line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", choices=["dovecot", "pymap"], default="dovecot")
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", choices=["plain", "all"], default="plain")
    args = parser.parse_args()
    raws = messages(args.messages, args.corpus)
    names = ("plain imapclient fetch", "aduan email channel")
    rates: dict[str, list[float]] = {n: [] for n in names}
    per_cpu: dict[str, list[float]] = {n: [] for n in names}
    with server(args.server) as port, tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            folders = [f"Bench{r}x{i}" for i in range(len(names))]  # a fresh folder per poll
            for folder in folders:
                seed(port, folder, raws)
            works = [
                lambda f=folders[0]: plain_fetch(port, f, args.batch),
                aduan_poll(port, folders[1], args.batch, Path(tmp)),
            ]
            for name, work in zip(names, works, strict=True):
                (wall, cpu), done = timed(work)
                assert done == args.messages, (name, done)
                rates[name].append(done / wall)
                per_cpu[name].append(done / cpu)
    report = {n: {"messages_per_s": spread(rates[n]), "messages_per_cpu_s": spread(per_cpu[n])}
              for n in names}  # fmt: skip
    base = statistics.median(rates[names[0]])
    for name in names:
        w, c = report[name]["messages_per_s"], report[name]["messages_per_cpu_s"]
        print(f"{name:24} {w['median']:7.0f} msg/s (min {w['min']:.0f}, max {w['max']:.0f}); "
              f"{c['median']:7.0f} msg/CPU-s (min {c['min']:.0f}, max {c['max']:.0f}); "
              f"ratio {w['median'] / base:.2f}")  # fmt: skip
    print(
        f"target: >= 1,000 messages per CPU-second for ordinary one-part complaints ({args.corpus})"
    )
    print(json.dumps({"bench": "email", "server": args.server, "messages": args.messages,
                      "batch": args.batch, "rounds": args.rounds, "corpus": args.corpus,
                      "figures": report}))  # fmt: skip


if __name__ == "__main__":
    main()
