"""How a channel plugs into the service: its sender, its webhooks and its polling jobs.

Each channel has one wiring module under `ingest/channels/` exposing a `Plugin`; they are listed
explicitly in `ingest.channels.PLUGINS` (no import-time magic). The channel package itself
(`channels/<name>`) stays free of the store and of routing; the wiring module is where the
channel's transport meets `Pipeline.accept()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from fastapi import APIRouter

from channels.base import IncomingAttachment, Sender
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


class MediaPlugin(Plugin, Protocol):
    """A channel whose messages carry files to download after they are stored.

    `IncomingMessage.media` holds the provider references; the media job (ingest/media.py)
    calls `fetch_media` for each, off the request path.
    """

    def fetch_media(self, ctx: Context, ref: dict[str, Any]) -> IncomingAttachment:
        """Download one file; raise TransientChannelError (retried with backoff) or
        PermanentChannelError (given up, shown to officers, the citizen told)."""
        ...


def media_fetchers(plugins: Iterable[Plugin]) -> dict[str, Any]:
    """Each plugin's optional `fetch_media`, by channel name."""
    found: dict[str, Any] = {}
    for plugin in plugins:
        fetch = getattr(plugin, "fetch_media", None)
        if callable(fetch):
            found[plugin.name] = fetch
    return found
