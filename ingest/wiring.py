"""How a channel plugs into the service: its sender, its webhooks and its polling jobs.

Each channel has one wiring module under `ingest/channels/` exposing a `Plugin`; they are listed
explicitly in `ingest.channels.PLUGINS` (no import-time magic). The channel package itself
(`channels/<name>`) stays free of the store and of routing; the wiring module is where the
channel's transport meets `Pipeline.accept()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from fastapi import APIRouter
from fastapi.templating import Jinja2Templates

from channels.base import IncomingAttachment, IncomingMessage, Sender
from core.jobs import Clock, HealthMarks, Job
from ingest.pipeline import Pipeline
from settings.root import Settings
from store.db import Store
from store.models import DeadLetter

__all__ = ["Capabilities", "Clock", "Context", "Job", "MediaPlugin", "Plugin", "media_fetchers"]


@dataclass(frozen=True)
class Context:
    """What a channel's webhooks, jobs and reparse may use; built once by the composition root
    (service/app.py) with every sender already made."""

    settings: Settings
    store: Store
    pipeline: Pipeline
    clock: Callable[[], datetime]
    senders: Mapping[str, Sender] = field(default_factory=dict)
    health: HealthMarks = field(default_factory=HealthMarks)
    """Each channel's health as last recorded, so a success writes only on change."""
    pages: Jinja2Templates | None = None
    """The templates of the public pages (the web form's), given by the composition root."""


@dataclass(frozen=True)
class Capabilities:
    """What a channel can do, for the code and pages that depend on it."""

    media: bool = False
    """Its messages carry files fetched later by the media job (the plugin has fetch_media)."""
    edits: bool = False
    """Citizens can edit a sent message; an edit arrives as an edit event on the original."""
    templates: bool = False
    """Free text may be sent only inside a window; outside it, an approved template."""
    reply_files: bool = False
    """Its sender delivers the files of an officer's reply; otherwise the citizen is told that
    they wait on the tracking page (ingest/outbox_files.py)."""


class Plugin(Protocol):
    """The wiring of one channel: the only registry of what the channel is and can do."""

    name: str
    label: str
    """The channel's name as officers read it (desk pages, statistics)."""
    capabilities: Capabilities

    def reparse(self, ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
        """A dead letter's raw input parsed again (after a parser fix), for the pipeline.

        Commands the channel answers itself are answered here; what is returned is accepted
        by the caller. Raises PayloadError when the input still does not parse.
        """
        ...

    def disabled_reason(self, settings: Settings) -> str | None:
        """Why the channel cannot run with these settings (a missing secret), or None."""
        ...

    def sender(self, settings: Settings, store: Store, clock: Clock) -> Sender | None:
        """The outbound transport, or None when this channel cannot send; built with the store
        for what a sender must look up (WhatsApp's 24-hour window)."""
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
    """The `fetch_media` of each plugin whose capabilities say it has media, by channel."""
    found: dict[str, Any] = {}
    for plugin in plugins:
        if not plugin.capabilities.media:
            continue
        fetch = getattr(plugin, "fetch_media", None)
        if not callable(fetch):
            raise TypeError(f"channel {plugin.name} has media but no fetch_media")
        found[plugin.name] = fetch
    return found
