"""How a channel plugs into the service: its sender, its webhooks and its polling jobs.

Each channel has one wiring module under `ingest/channels/` exposing a `Plugin`; they are listed
explicitly in `ingest.channels.PLUGINS` (no import-time magic). The channel package itself
(`channels/<name>`) stays free of the store and of routing; the wiring module is where the
channel's transport meets `Pipeline.accept()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from fastapi import APIRouter

from channels.base import Sender
from ingest.pipeline import Pipeline
from ingest.settings import Settings
from store.db import Store


@dataclass
class Context:
    """What a channel's webhooks and jobs may use."""

    settings: Settings
    store: Store
    pipeline: Pipeline
    clock: Callable[[], datetime]
    senders: dict[str, Sender] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)
    """Consecutive failures per channel as last recorded, so success writes only on change."""


@dataclass(frozen=True)
class Job:
    """A scheduled task: run `func` every `seconds`, one replica at a time on PostgreSQL.

    `func` returns how many items it handled; it raises a ChannelError when the provider
    fails, which the scheduler records against the channel's health. Internal jobs (outbox,
    rules reload) have an empty `channel` and record no health.
    """

    name: str
    channel: str
    seconds: float
    func: Callable[[], int]
    start_now: bool = False
    """Run once as soon as the scheduler starts, not only after the first interval."""
    stop: Callable[[], object] | None = None
    """Asks a long-running `func` (an IMAP IDLE loop) to return; called at shutdown."""


class Plugin(Protocol):
    """The wiring of one channel."""

    name: str

    def disabled_reason(self, settings: Settings) -> str | None:
        """Why the channel cannot run with these settings (a missing secret), or None."""
        ...

    def sender(self, settings: Settings) -> Sender | None:
        """The outbound transport, or None when this channel cannot send."""
        ...

    def router(self, ctx: Context) -> APIRouter | None:
        """The channel's webhook routes, or None."""
        ...

    def jobs(self, ctx: Context) -> list[Job]:
        """The channel's polling jobs."""
        ...
