"""WhatsApp wiring: the verification handshake, signed webhooks, receipts and replies."""

from __future__ import annotations

import hmac
import logging
from dataclasses import replace
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from channels.base import IncomingAttachment, IncomingMessage, Sender
from channels.errors import PermanentChannelError, TooLarge
from channels.whatsapp import parse as wa
from channels.whatsapp.send import WhatsAppSender
from ingest.http import accept_webhook, read_body, safe_headers
from ingest.wiring import Capabilities, Clock, Context, Job
from settings.root import Settings
from store import deliveries, messages
from store.clean import clean_json
from store.db import Store
from store.models import DeadLetter

log = logging.getLogger(__name__)

CHANNEL = "whatsapp"
RANK = {"sent": 1, "delivered": 2, "read": 3, "failed": 4}


class WhatsAppPlugin:
    """Wires `channels.whatsapp` into the service."""

    name = CHANNEL
    label = "WhatsApp"
    capabilities = Capabilities(media=True, edits=True, templates=True, reply_files=True)

    def reparse(self, ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
        """The webhook body again (its signature was checked when it came), in WhatsApp's
        own region (it was read with the SMS one before)."""
        # wa.parse refuses a body with an unreadable item (a dead letter holds one item).
        found = wa.parse(row.raw, ctx.clock(), ctx.settings.channels.whatsapp.default_region)
        return [_with_media(m) for m in found]

    def disabled_reason(self, settings: Settings) -> str | None:
        """WhatsApp needs all four secrets: receiving and answering go together."""
        w = settings.channels.whatsapp
        if not w.enabled:
            return "disabled in config"
        missing = [
            env
            for env, value in (
                ("WHATSAPP_ACCESS_TOKEN", w.access_token),
                ("WHATSAPP_APP_SECRET", w.app_secret),
                ("WHATSAPP_VERIFY_TOKEN", w.verify_token),
                ("WHATSAPP_PHONE_NUMBER_ID", w.phone_number_id),
            )
            if not value
        ]
        return f"{', '.join(missing)} not set" if missing else None

    def sender(self, settings: Settings, store: Store, clock: Clock) -> Sender | None:
        """Graph API /messages; the service window is read from the store."""
        if self.disabled_reason(settings):
            return None

        def window(recipient: str) -> datetime | None:
            return last_inbound(store, recipient)

        return WhatsAppSender(settings.channels.whatsapp, window, clock)

    def jobs(self, ctx: Context) -> list[Job]:
        """WhatsApp is push only."""
        return []

    def fetch_media(self, ctx: Context, ref: dict[str, Any]) -> IncomingAttachment:
        """Media by id through the Graph API, for the media job."""
        return fetch_media(ctx, ref)

    def router(self, ctx: Context) -> APIRouter | None:
        """GET (handshake) and POST (events) /webhooks/whatsapp."""
        if self.disabled_reason(ctx.settings):
            return None
        w = ctx.settings.channels.whatsapp
        assert w.verify_token is not None and w.app_secret is not None
        verify_token = w.verify_token.get_secret_value()
        app_secret = w.app_secret.get_secret_value()
        api = APIRouter(prefix="/webhooks", tags=["whatsapp"])

        @api.get("/whatsapp")
        async def handshake(
            mode: Annotated[str | None, Query(alias="hub.mode")] = None,
            token: Annotated[str | None, Query(alias="hub.verify_token")] = None,
            challenge: Annotated[str | None, Query(alias="hub.challenge")] = None,
        ) -> Response:
            ok = hmac.compare_digest((token or "").encode(), verify_token.encode())
            if mode != "subscribe" or not ok or challenge is None:
                raise HTTPException(403, "verification refused")
            return Response(challenge, media_type="text/plain")

        @api.post("/whatsapp")
        async def events(
            request: Request,
            signature: Annotated[str | None, Header(alias=wa.SIGNATURE_HEADER)] = None,
        ) -> dict[str, object]:
            body = await read_body(request, w.max_body_bytes)
            statuses: list[wa.DeliveryStatus] = []
            failures: list[wa.Failure] = []

            def parse() -> list[IncomingMessage]:
                hook = wa.parse_webhook(clean_json(body), w.default_region)
                statuses.extend(hook.statuses)
                failures.extend(hook.failures)
                return [_with_media(m) for m in hook.messages]

            results = await accept_webhook(
                ctx.pipeline,
                CHANNEL,
                body,
                request,
                lambda: wa.verify(body, signature, app_secret),
                parse,
            )
            # One unreadable item of a batch is a dead letter of its own; the rest is stored.
            for failure in failures:
                await run_in_threadpool(
                    ctx.pipeline.dead_letter,
                    CHANNEL,
                    failure.raw,
                    failure.reason,
                    safe_headers(request),
                )
            if statuses:
                await run_in_threadpool(record_statuses, ctx.store, statuses)
            return {
                "ok": True,
                "stored": len(results),
                "statuses": len(statuses),
                "dead_letters": len(failures),
            }

        return api


def _with_media(msg: IncomingMessage) -> IncomingMessage:
    """The parser's media ids (`meta["media"]`) as references for the media job."""
    media = msg.meta.get("media")
    if not media:
        return msg
    return replace(msg, media=tuple(dict(m) for m in media))


def fetch_media(ctx: Context, ref: dict[str, Any]) -> IncomingAttachment:
    """One media object by id, through the Graph API (called by the media job)."""
    sender = ctx.senders.get(CHANNEL)
    if not isinstance(sender, WhatsAppSender):
        raise PermanentChannelError("whatsapp is not configured: cannot fetch media")
    got = sender.download([ref])
    if got.refused:
        limit = ctx.settings.channels.whatsapp.max_media_bytes
        raise TooLarge(f"{', '.join(got.refused)}: over {limit} bytes", limit)
    [att] = got.attachments
    return att


def record_statuses(store: Store, statuses: list[wa.DeliveryStatus]) -> int:
    """Delivery receipts onto the outbox rows they report; never moving a status backwards."""
    done = 0
    with store.write() as session:
        for status in statuses:
            done += deliveries.record_status(
                session, status.provider_id, status.status, status.at, rank=RANK,
                failed=status.status == "failed", error=status.error,
            )  # fmt: skip
    return done


def last_inbound(store: Store, recipient: str) -> datetime | None:
    """When this WhatsApp address last wrote to us (the 24-hour window opens then)."""
    with store.read() as session:
        return messages.last_inbound(session, CHANNEL, recipient)


PLUGIN = WhatsAppPlugin()
