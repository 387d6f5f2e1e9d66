"""Telegram's pacing held in the database: two replicas share one per-chat and one overall
budget (it was kept per process, so two replicas sent twice as fast)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from channels.errors import TransientChannelError
from ingest.pacing import SharedPacer
from store import limits
from store.db import Store
from store.models import RateLimit
from tests.conftest import Clock


def test_two_replicas_share_the_per_chat_pace(store: Store, clock: Clock) -> None:
    replicas = [SharedPacer(Store(store.url), "telegram", 1.0, 30, clock) for _ in range(2)]
    replicas[0].take("1001")
    with pytest.raises(TransientChannelError) as refused:
        replicas[1].take("1001")
    assert refused.value.retry_after == pytest.approx(1.0)
    replicas[1].take("1002")  # another chat is free
    clock.advance(seconds=1)
    replicas[1].take("1001")
    for pacer in replicas:
        pacer.store.dispose()


def test_two_replicas_share_thirty_per_second(store: Store, clock: Clock) -> None:
    replicas = [SharedPacer(Store(store.url), "telegram", 1.0, 30, clock) for _ in range(2)]
    for chat in range(30):
        replicas[chat % 2].take(str(chat))
    with pytest.raises(TransientChannelError):
        replicas[0].take("999")
    clock.advance(seconds=0.5)
    with pytest.raises(TransientChannelError):
        replicas[1].take("999")  # the refusals counted nothing: still one window
    clock.advance(seconds=0.5)
    replicas[1].take("999")
    for pacer in replicas:
        pacer.store.dispose()


def test_idle_counters_are_purged_but_not_running_lockouts(store: Store, clock: Clock) -> None:
    locked = "login:ani|198.51.100.2"
    with store.write() as session:
        limits.hit(session, "web:198.51.100.1", clock.now, timedelta(hours=1))
        limits.hit(session, locked, clock.now, timedelta(minutes=15))
        limits.lock(session, locked, clock.now, timedelta(days=5), timedelta(days=5))
    clock.advance(days=3)
    assert limits.purge(store, clock.now, timedelta(days=2)) == 1
    with store.read() as session:
        assert session.get(RateLimit, locked) is not None
