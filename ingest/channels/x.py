"""X wiring: two polling jobs (mentions, DMs), each cursor saved in its batch's commit.

Mentions and DMs are separate jobs because X limits each endpoint separately and the settings
poll them at their own pace; each job skips its calls until the rate-limit reset it last saw,
which is kept in the store (`ChannelCursor`) so another replica honours it too.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter

from channels.base import IncomingAttachment, IncomingMessage, Sender
from channels.errors import PayloadError, PermanentChannelError, TransientChannelError
from channels.x.parse import parse_dm_event, parse_tweet
from ingest.pipeline import Cursor
from ingest.wiring import Capabilities, Clock, Context, Job
from settings.root import Settings
from store import queries
from store.db import Store
from store.models import DeadLetter
from store.tracking import find_codes
from store.types import utcnow

if TYPE_CHECKING:  # tweepy (20 MB) is loaded only where X is configured
    from channels.x.transport import Batch, XTransport

log = logging.getLogger(__name__)

CHANNEL = "x"
Lookup = dict[str, dict[str, Any]]
ParseItem = Callable[[dict[str, Any], Lookup, str, Lookup], list[IncomingMessage]]


def code_finder(prefix: str) -> Callable[[str], str | None]:
    """The first tracking code in a text, for the public reply."""

    def find(text: str) -> str | None:
        codes = find_codes(text, prefix)
        return codes[0] if codes else None

    return find


class XPoller:
    """Reads one endpoint after its cursor and hands the batch to the pipeline."""

    def __init__(
        self,
        ctx: Context,
        transport: XTransport,
        kind: str,
        fetch: Callable[[str | None], Batch],
        parse_item: ParseItem,
    ) -> None:
        self.ctx = ctx
        self.transport = transport
        self.kind = kind
        self.fetch = fetch
        self.parse_item = parse_item

    def poll(self) -> int:
        """One round: skip while rate-limited, else fetch, parse and commit with the cursor."""
        own = self.transport.own_id()
        key, pause_key = f"{self.kind}:{own}", f"{self.kind}:reset:{own}"
        now = self.ctx.clock()
        with self.ctx.store.read() as session:
            cursor = queries.get_cursor(session, CHANNEL, key)
            paused = queries.get_cursor(session, CHANNEL, pause_key)
        if paused and now < datetime.fromisoformat(paused):
            log.info("x %s: rate-limited until %s, not polling", self.kind, paused)
            return 0
        try:
            batch = self.fetch(cursor)
        except TransientChannelError as exc:
            if exc.retry_after:
                self._pause(pause_key, now + timedelta(seconds=exc.retry_after))
            raise
        msgs: list[IncomingMessage] = []
        for item in batch.items:
            try:
                msgs.extend(self.parse_item(item, batch.users, own, batch.media))
            except PayloadError as exc:
                raw = json.dumps(item, ensure_ascii=False).encode()
                headers = {"x-aduan-kind": self.kind}
                self.ctx.pipeline.dead_letter(CHANNEL, raw, f"{self.kind}: {exc}", headers)
        if batch.cursor is not None:
            self.ctx.pipeline.accept_batch(msgs, Cursor(CHANNEL, key, batch.cursor))
        if batch.pause_until is not None:
            self._pause(pause_key, batch.pause_until)
        return len(batch.items)

    def _pause(self, key: str, until: datetime) -> None:
        with self.ctx.store.write() as session:
            queries.set_cursor(session, CHANNEL, key, until.isoformat())
        log.warning("x %s: rate limit, next call after %s", self.kind, until.isoformat())


class XPlugin:
    """Wires `channels.x` into the service."""

    name = CHANNEL
    label = "X"
    capabilities = Capabilities(media=True)

    def reparse(self, ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
        """The item again, as a DM or a mention (its kind is kept with the dead letter)."""
        try:
            item = json.loads(row.raw)
        except ValueError as exc:
            raise PayloadError(f"not JSON: {exc}") from exc
        own = ctx.settings.channels.x.user_id or ""
        if row.headers.get("x-aduan-kind") == "dms" or row.reason.startswith("dms:"):
            return parse_dm_event(item, {}, own)
        return parse_tweet(item, {}, own)

    def disabled_reason(self, settings: Settings) -> str | None:
        """X needs the bearer token (reading) and the four user-context keys (DMs, replies)."""
        x = settings.channels.x
        if not x.enabled:
            return "disabled in config"
        missing = [
            env
            for env, value in (
                ("X_BEARER_TOKEN", x.bearer_token),
                ("X_API_KEY", x.api_key),
                ("X_API_SECRET", x.api_secret),
                ("X_ACCESS_TOKEN", x.access_token),
                ("X_ACCESS_TOKEN_SECRET", x.access_token_secret),
            )
            if not value or not value.get_secret_value()
        ]
        return f"{', '.join(missing)} not set" if missing else None

    def sender(self, settings: Settings, store: Store, clock: Clock) -> Sender | None:
        """create_tweet / create_direct_message for our account."""
        if self.disabled_reason(settings):
            return None
        from channels.x.transport import XTransport  # noqa: PLC0415 (tweepy loads only where X runs)

        prefix = settings.service.tracking_prefix
        return XTransport(settings.channels.x, utcnow, code_finder(prefix))

    def jobs(self, ctx: Context) -> list[Job]:
        """The mentions poll and the DM poll; both share the sender's client."""
        if self.disabled_reason(ctx.settings):
            return []
        x = ctx.settings.channels.x
        transport = _transport(ctx)
        suffix = f"-{x.user_id}" if x.user_id else ""
        mentions = XPoller(ctx, transport, "mentions", transport.mentions, parse_tweet)
        dms = XPoller(ctx, transport, "dms", transport.dm_events, parse_dm_event)
        return [
            Job(f"x-mentions{suffix}", CHANNEL, x.poll_mentions_seconds, mentions.poll),
            Job(f"x-dms{suffix}", CHANNEL, x.poll_dms_seconds, dms.poll),
        ]

    def fetch_media(self, ctx: Context, ref: dict[str, Any]) -> IncomingAttachment:
        """A tweet's or DM's media file, for the media job."""
        name = str(ref.get("filename") or ref.get("media_key") or "lampiran")
        if not ref.get("url"):
            raise PermanentChannelError(f"{name}: X described no URL for this media")
        limit = ctx.settings.channels.x.max_media_bytes
        data = _transport(ctx).fetch_file(str(ref["url"]), limit)
        return IncomingAttachment(name, str(ref.get("content_type") or ""), data)

    def router(self, ctx: Context) -> APIRouter | None:
        """X is polled: no webhook (the Account Activity API is a paid enterprise product)."""
        return None


def _transport(ctx: Context) -> XTransport:
    from channels.x.transport import XTransport  # noqa: PLC0415 (tweepy loads only where X runs)

    sender = ctx.senders.get(CHANNEL)
    if isinstance(sender, XTransport):
        sender.clock = ctx.clock
        return sender
    prefix = ctx.settings.service.tracking_prefix
    return XTransport(ctx.settings.channels.x, ctx.clock, code_finder(prefix))


PLUGIN = XPlugin()
