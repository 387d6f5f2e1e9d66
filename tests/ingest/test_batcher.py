"""Group commit: concurrent messages share a transaction, and a bad one fails alone."""

from __future__ import annotations

import asyncio

import pytest
from sqlmodel import func, select

from channels.base import IncomingMessage
from ingest.pipeline import Pipeline
from ingest.settings import Settings
from routing import Decision, Router
from store.db import Store
from store.models import Complaint, Message
from tests.conftest import Clock


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
