"""Engines and sessions: SQLite (WAL, immediate write transactions) or PostgreSQL."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.exc import SQLAlchemyError as StoreError
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session

# Re-exported for the layers above, which name a session's type and catch the store's errors
# without importing SQLAlchemy or SQLModel themselves: Session, StoreError (any database error),
# IntegrityError (a unique or foreign key violated), OperationalError (cannot reach or lock),
# ProgrammingError (a statement the database refused, such as a table it does not have).
__all__ = [
    "IntegrityError",
    "OperationalError",
    "ProgrammingError",
    "Session",
    "Store",
    "StoreError",
    "WriterBusy",
    "make_engine",
]

AUTOCHECKPOINT_PAGES = 20_000
BUSY_TIMEOUT_MS = 30_000


class WriterBusy(Exception):
    """`write(wait=False)` found the SQLite writer taken (by this process or another)."""


class Store:
    """The database: `write()` for transactions that change it, `read()` for the rest.

    On SQLite every write transaction starts with BEGIN IMMEDIATE under an in-process lock, so
    concurrent webhooks queue for the single writer instead of failing with "database is
    locked"; the busy timeout covers writers in other processes.
    """

    def __init__(self, url: str, *, pool_size: int = 10, echo: bool = False) -> None:
        self.url = url
        self.engine = make_engine(url, pool_size=pool_size, echo=echo)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self.is_postgres = self.engine.dialect.name == "postgresql"
        self._write_engine = self.engine.execution_options(aduan_write=True)
        self._nowait_engine = self.engine.execution_options(aduan_write=True, aduan_nowait=True)
        self._write_lock = threading.Lock() if self.is_sqlite else None

    @contextmanager
    def write(self, *, wait: bool = True) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error.

        With `wait=False` (SQLite), WriterBusy is raised at once instead of waiting when another
        thread or process holds the writer: for callers that must not block, such as the
        event loop.
        """
        lock = self._write_lock
        if lock is not None and not lock.acquire(blocking=wait):
            raise WriterBusy("another thread holds the SQLite writer")
        try:
            engine = self._write_engine if wait or lock is None else self._nowait_engine
            with Session(engine, expire_on_commit=False) as session:
                try:
                    if not wait and lock is not None:
                        _begin_or_busy(session)
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        finally:
            if lock is not None:
                lock.release()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; nothing it does is committed."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def ping(self) -> None:
        """Raise if the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def checkpoint(self) -> int:
        """Copy the SQLite WAL into the database without blocking writers; pages left."""
        if not self.is_sqlite:
            return 0
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(row[1] - row[2]) if row else 0

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def make_engine(url: str, *, pool_size: int = 10, echo: bool = False) -> Engine:
    """An engine for a SQLite file or a PostgreSQL server."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": 30},
            pool_size=pool_size,
            max_overflow=pool_size * 2,
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(
        url, echo=echo, pool_size=pool_size, max_overflow=pool_size * 2, pool_pre_ping=True
    )


def _sqlite_connect(dbapi_conn: Any, _record: ConnectionPoolEntry) -> None:
    # Take transaction control from pysqlite so that _sqlite_begin decides how BEGIN looks.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # The service checkpoints the WAL in the background (Store.checkpoint, a scheduled job), so
    # a commit on the ingest path does not stop to copy pages; this stays as a safety net.
    cur.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # Straight on the driver: SQLAlchemy's execution machinery would cost more than the BEGIN.
    driver = conn.connection.driver_connection
    options = conn.get_execution_options()
    statement = "BEGIN IMMEDIATE" if options.get("aduan_write", False) else "BEGIN"
    try:
        if options.get("aduan_nowait", False):
            # Fail at once rather than wait out the busy timeout when another process writes.
            driver.execute("PRAGMA busy_timeout=0")
            try:
                driver.execute(statement)
            finally:
                driver.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        else:
            driver.execute(statement)
    except sqlite3.Error as exc:  # as SQLAlchemy would have raised it
        raise OperationalError(statement, None, exc) from exc


def _begin_or_busy(session: Session) -> None:
    """Begin the write transaction now; WriterBusy when another process holds the writer."""
    try:
        session.connection()
    except OperationalError as exc:
        reason = str(exc.orig)
        if "locked" in reason or "busy" in reason:
            raise WriterBusy(reason) from exc
        raise
