"""Outbound pacing shared by every replica: Telegram's 1 message per second per chat and 30 per
second overall, counted in the database (store/limits.py) instead of in one process's memory."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from channels.errors import TransientChannelError
from ingest.wiring import Context, Job
from store import limits
from store.db import Store

SECOND = timedelta(seconds=1)
IDLE = timedelta(days=2)
PURGE_SECONDS = 3600.0


class SharedPacer:
    """Claims a send slot for a chat, or raises TransientChannelError with the wait."""

    def __init__(
        self,
        store: Store,
        channel: str,
        per_chat: float,
        per_second: int,
        clock: Callable[[], datetime],
    ) -> None:
        self.store, self.channel, self.clock = store, channel, clock
        self.per_chat, self.per_second = timedelta(seconds=per_chat), per_second

    def take(self, chat: str) -> None:
        """Both slots in one transaction: a refusal (raised inside it) rolls back both."""
        now = self.clock()
        with self.store.write() as session:
            overall = limits.hit(session, f"pace:{self.channel}", now, SECOND)
            if overall.hits > self.per_second:
                wait = (overall.window_start + SECOND - now).total_seconds()
                raise TransientChannelError("pacing: 30 messages per second", retry_after=wait)
            if self.per_chat > timedelta(0):
                mine = limits.hit(session, f"pace:{self.channel}:{chat}"[:255], now, self.per_chat)
                if mine.hits > 1:
                    wait = (mine.window_start + self.per_chat - now).total_seconds()
                    raise TransientChannelError(f"pacing chat {chat}", retry_after=wait)


def share_pacing(ctx: Context) -> None:
    """Give the senders that pace themselves a pacer in the database."""
    sender = ctx.senders.get("telegram")
    if sender is not None and hasattr(sender, "pacer"):
        tg = ctx.settings.channels.telegram
        sender.pacer = SharedPacer(
            ctx.store, "telegram", tg.per_chat_interval_seconds, tg.global_per_second, ctx.clock
        )


def purge_job(ctx: Context) -> Job:
    """Forget the counters of clients idle for two days (their lockouts over), hourly."""
    return Job(
        "ratelimit-purge", "", PURGE_SECONDS, lambda: limits.purge(ctx.store, ctx.clock(), IDLE)
    )
