"""SQLite's single writer: waiting for it, or not, and what callers see when it stays taken."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

import store.db
from store.db import Store, WriterBusy


@pytest.fixture
def sqlite_path(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "writer.db"
    shutil.copyfile(sqlite_template, path)
    return path


@pytest.fixture
def other_process_writer(sqlite_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection of 'another process' (outside our in-process lock) holding the writer."""
    conn = sqlite3.connect(sqlite_path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    conn.execute("ROLLBACK")
    conn.close()


def test_a_write_waits_out_the_busy_timeout_then_fails_as_the_database_being_unavailable(
    monkeypatch: pytest.MonkeyPatch, sqlite_path: Path, other_process_writer: sqlite3.Connection
) -> None:
    monkeypatch.setattr(store.db, "BUSY_TIMEOUT_MS", 200)
    s = Store(f"sqlite:///{sqlite_path}")
    started = time.perf_counter()
    # sqlalchemy's OperationalError: the webhooks answer it with 503, so the gateway retries.
    with pytest.raises(OperationalError, match="locked"), s.write() as session:
        session.connection()
    assert time.perf_counter() - started >= 0.15
    s.dispose()


def test_a_write_that_must_not_wait_is_refused_at_once_and_leaves_the_timeout_as_it_was(
    sqlite_path: Path, other_process_writer: sqlite3.Connection
) -> None:
    s = Store(f"sqlite:///{sqlite_path}", pool_size=1)
    started = time.perf_counter()
    with pytest.raises(WriterBusy), s.write(wait=False) as session:
        session.connection()
    assert time.perf_counter() - started < 5  # the busy timeout is 30 s
    with s.read() as session:  # the same pooled connection, waiting again as configured
        timeout = session.execute(text("PRAGMA busy_timeout")).scalar()
    assert timeout == store.db.BUSY_TIMEOUT_MS
    s.dispose()


def test_a_write_that_must_not_wait_is_refused_while_another_thread_writes(
    sqlite_path: Path,
) -> None:
    s = Store(f"sqlite:///{sqlite_path}")
    held, release = threading.Event(), threading.Event()

    def writer() -> None:
        with s.write() as session:
            session.connection()
            held.set()
            release.wait(5)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert held.wait(5)
        with pytest.raises(WriterBusy), s.write(wait=False):
            pass
    finally:
        release.set()
        thread.join()
    with s.write(wait=False) as session:  # free again
        session.execute(text("SELECT 1"))
    s.dispose()
