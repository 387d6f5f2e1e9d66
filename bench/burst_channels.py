"""The Telegram (webhook mode) and WhatsApp webhook bursts at load-test size: 1,000 events each
sent three times (providers retry), shuffled, 40 at a time, on the app under uvicorn.

The same functions as the suite's small burst (tests/ingest/test_burst_channels.py). Checks that
every request is answered 200 and every event is stored once, as one complaint with one
acknowledgement; prints the requests per second of each channel.
Usage: python bench/burst_channels.py [--events 1000] [--database postgresql+psycopg://...]
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as `python bench/<name>.py`: bench/ must not shadow the standard library (bench/email.py).
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse
import os
import tempfile
import time
import uuid

import psycopg

from store.db import Store
from store.migrate import upgrade
from tests.conftest import SECRETS, load_bundled
from tests.ingest import test_burst_channels as channels


def fresh_database(base: str, folder: Path) -> tuple[str, str | None]:
    """A migrated empty database: a SQLite file, or a new database on that PostgreSQL server."""
    if not base:
        url = f"sqlite:///{folder / f'burst-{uuid.uuid4().hex[:8]}.db'}"
        store = Store(url)
        upgrade(store)
        store.dispose()
        return url, None
    name = f"aduan_bench_burst_{uuid.uuid4().hex[:8]}"
    admin = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{base.rsplit('/', 1)[0]}/{name}"
    store = Store(url)
    upgrade(store)
    store.dispose()
    return url, name


def drop(base: str, name: str | None) -> None:
    """Drop a database fresh_database made on PostgreSQL."""
    if name is not None:
        admin = base.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--database", default="", help="a PostgreSQL admin URL (else SQLite)")
    args = parser.parse_args()
    os.environ.update(SECRETS)
    runs = [("telegram", "/webhooks/telegram", channels.telegram_update,
             channels.telegram_webhook_mode),
            ("whatsapp", "/webhooks/whatsapp", channels.whatsapp_event, channels.whatsapp_on)]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        for channel, path, make, configure in runs:
            url, name = fresh_database(args.database, Path(tmp))
            try:
                settings = load_bundled(Path(tmp) / channel)
                settings.database.url = url
                configure(settings)
                store = Store(url)
                started = time.process_time()
                statuses, elapsed = channels.burst(settings, store, path, make, args.events)
                cpu = time.process_time() - started
                assert sorted(set(statuses)) == [200], sorted(set(statuses))
                channels.assert_stored_once(store, channel, args.events)
                store.dispose()
            finally:
                drop(args.database, name)
            print(f"{channel}: {len(statuses)} requests in {elapsed:.1f} s "
                  f"({len(statuses) / elapsed:.0f}/s, {cpu:.1f} CPU-s in this process), "
                  f"{args.events} stored once")  # fmt: skip


if __name__ == "__main__":
    main()
