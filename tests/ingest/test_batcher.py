"""Group commit: concurrent messages share a transaction, and a bad one fails alone."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import func, select

from channels.base import IncomingMessage
from ingest.pipeline import Pipeline
from routing import Decision, Router
from settings.root import Settings
from store.db import Store
from store.models import Complaint, Message
from tests.conftest import Clock, load_bundled


class PickyRouter:
    """Routes like the real rules, but fails on one text (a stand-in for any bug)."""

    def __init__(self, settings: Settings) -> None:
        self.real = Router.build(settings.routing, settings.sections)

    def route(self, text: str, channel: str | None = None, sender: str | None = None) -> Decision:
        if "meledak" in text:
            raise RuntimeError("router bug")
        return self.real.route(text, channel, sender)


def msg(i: int, text: str) -> IncomingMessage:
    return IncomingMessage(
        channel="sms", external_id=f"b:{i}", sender=f"+6281300000{i:03d}", text=text,
        received_at=Clock().now,
    )  # fmt: skip


def test_one_bad_message_fails_alone(settings: Settings, store: Store, clock: Clock) -> None:
    pipeline = Pipeline(settings, store, PickyRouter(settings), clock)
    texts = [f"Harga gas elpiji naik {i}" for i in range(20)]
    texts[7] = "ini pesan yang meledak"

    async def send_all() -> list[object]:
        jobs = [pipeline.committer.accept(msg(i, t)) for i, t in enumerate(texts)]
        return await asyncio.gather(*jobs, return_exceptions=True)

    try:
        results = asyncio.run(send_all())
    finally:
        pipeline.close()
    failed = [r for r in results if isinstance(r, BaseException)]
    assert len(failed) == 1 and "router bug" in str(failed[0])
    with store.read() as s:
        assert s.exec(select(func.count()).select_from(Complaint)).one() == 19
        assert s.exec(select(func.count()).select_from(Message)).one() == 19


def test_duplicates_inside_one_batch_are_one(settings: Settings, store: Store) -> None:
    pipeline = Pipeline(settings, store, Router.build(settings.routing, settings.sections))

    async def send_all() -> list[str]:
        jobs = [pipeline.committer.accept(msg(1, "Jalan desa rusak parah")) for _ in range(15)]
        return [r.outcome for r in await asyncio.gather(*jobs)]

    try:
        outcomes = asyncio.run(send_all())
    finally:
        pipeline.close()
    assert sorted(outcomes) == ["created"] + ["duplicate"] * 14


@pytest.mark.parametrize("size", [1, 64])
def test_stop_commits_what_is_queued(settings: Settings, store: Store, size: int) -> None:
    pipeline = Pipeline(settings, store, Router.build(settings.routing, settings.sections))

    async def send_all() -> None:
        await asyncio.gather(
            *(pipeline.committer.accept(msg(i, "Pungli di kantor desa")) for i in range(size))
        )

    asyncio.run(send_all())
    pipeline.close()
    with store.read() as s:
        assert s.exec(select(func.count()).select_from(Message)).one() == size


def _ticks_while(coro_factory: object, hold: float) -> tuple[int, object]:
    """Run a coroutine while a ticker counts 10 ms loop turns: is the loop free meanwhile?"""

    async def main() -> tuple[int, object]:
        ticks = 0
        done = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not done.is_set():
                await asyncio.sleep(0.01)
                ticks += 1

        tick_task = asyncio.create_task(ticker())
        result = await coro_factory()  # type: ignore[operator]
        done.set()
        await tick_task
        return ticks, result

    return asyncio.run(main())


@pytest.fixture
def sqlite_store(tmp_path: Path, sqlite_template: Path) -> Iterator[Store]:
    """SQLite alone: PostgreSQL batches always run on the writer thread."""
    shutil.copyfile(sqlite_template, tmp_path / "busy.db")
    store = Store(f"sqlite:///{tmp_path / 'busy.db'}")
    yield store
    store.dispose()


@pytest.mark.parametrize("holder", ["thread", "process"])
def test_a_busy_sqlite_writer_never_blocks_the_event_loop(
    env_secrets: dict[str, str], tmp_path: Path, sqlite_store: Store, holder: str
) -> None:
    """On SQLite batches commit on the loop, but only when the writer is free; otherwise they
    wait on the writer thread while the loop keeps serving."""
    store = sqlite_store
    settings = load_bundled(tmp_path)
    pipeline = Pipeline(settings, store, Router.build(settings.routing, settings.sections))
    assert pipeline.committer.inline
    held, release = threading.Event(), threading.Event()
    hold_seconds = 0.5

    def hold_writer() -> None:
        if holder == "thread":
            with store.write() as session:
                session.connection()
                held.set()
                release.wait(5)
        else:  # another process's connection, outside our in-process lock
            path = store.url.removeprefix("sqlite:///")
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            held.set()
            release.wait(5)
            conn.execute("COMMIT")
            conn.close()

    holder_thread = threading.Thread(target=hold_writer)
    holder_thread.start()
    assert held.wait(5)
    threading.Timer(hold_seconds, release.set).start()
    started = time.perf_counter()
    try:
        ticks, result = _ticks_while(
            lambda: pipeline.committer.accept(msg(5, "Jalan desa rusak parah")), hold_seconds
        )
    finally:
        release.set()
        holder_thread.join()
        pipeline.close()
    assert result.outcome == "created"  # type: ignore[attr-defined]
    assert time.perf_counter() - started >= hold_seconds * 0.9  # it did wait for the writer
    assert ticks >= 20  # ... but not on the loop: 10 ms ticks went on meanwhile


def test_sqlite_batches_commit_on_the_loop_and_postgres_on_the_thread(
    settings: Settings, store: Store
) -> None:
    pipeline = Pipeline(settings, store, Router.build(settings.routing, settings.sections))

    async def send_all() -> list[str]:
        jobs = [pipeline.committer.accept(msg(i, "Pungli di kantor desa")) for i in range(10)]
        return [r.outcome for r in await asyncio.gather(*jobs)]

    try:
        assert asyncio.run(send_all()) == ["created"] * 10
        started_thread = pipeline.committer._thread is not None
    finally:
        pipeline.close()
    assert started_thread == (not store.is_sqlite)
