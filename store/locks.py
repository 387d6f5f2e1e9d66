"""One replica at a time: PostgreSQL advisory locks around scheduled jobs."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from store.db import Store


@contextmanager
def job_lock(store: Store, name: str) -> Iterator[bool]:
    """Yield True when this process holds the job's lock (always on SQLite: one process)."""
    if not store.is_postgres:
        yield True
        return
    key = zlib.crc32(f"aduan:{name}".encode())
    with store.engine.connect() as conn:
        got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())
        conn.commit()
        try:
            yield got
        finally:
            if got:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.commit()
