"""SMS wiring: three inbound webhook dialects, delivery events, MMS files and the gateway."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import httpx
from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from channels.base import IncomingAttachment, IncomingMessage, Sender
from channels.errors import (
    ChannelAuthError,
    PayloadError,
    PermanentChannelError,
    SignatureError,
    TooLarge,
    TransientChannelError,
)
from channels.http import check, new_client
from channels.sms import android, generic, twilio
from channels.sms.events import Delivery
from channels.sms.send import SmsSender
from core.results import AcceptResult
from ingest.http import accept_webhook, form_pairs, read_body
from ingest.wiring import Capabilities, Clock, Context, Job
from settings.root import Settings
from store.db import Store
from store.deliveries import record_status
from store.models import DeadLetter

RANK = {"queued": 1, "sending": 2, "sent": 3, "delivered": 4, "read": 5}
FAILED = frozenset({"failed", "undelivered", "canceled"})
RANK |= dict.fromkeys(FAILED, 6)
Hook = Callable[[Request], Awaitable[Response]]


class SmsPlugin:
    """Wires `channels.sms` into the service."""

    name = "sms"
    label = "SMS"
    capabilities = Capabilities(media=True)

    def disabled_reason(self, settings: Settings) -> str | None:
        """SMS runs when enabled and at least one inbound dialect has its secret."""
        sms = settings.channels.sms
        if not sms.enabled:
            return "disabled in config"
        if not (sms.twilio.auth_token or sms.android.signing_key or sms.generic.secret):
            return (
                "no webhook secret set "
                "(TWILIO_AUTH_TOKEN, SMS_GATEWAY_SIGNING_KEY or SMS_WEBHOOK_SECRET)"
            )
        return None

    def sender(self, settings: Settings, store: Store, clock: Clock) -> Sender | None:
        """The configured outbound gateway, when it has what it needs."""
        sms = settings.channels.sms
        return None if SmsSender.missing(sms) else SmsSender(sms)

    def jobs(self, ctx: Context) -> list[Job]:
        """SMS is push only."""
        return []

    def fetch_media(self, ctx: Context, ref: dict[str, Any]) -> IncomingAttachment:
        """An MMS file for the media job (see `fetch_media`)."""
        return fetch_media(ctx, ref)

    def router(self, ctx: Context) -> APIRouter | None:
        """POST /webhooks/sms/{twilio,android,generic}; a dialect without its secret is 404.

        The hottest endpoints of the service, so they are plain Starlette routes: FastAPI's
        parameter resolution and response validation would cost more than the work itself
        (bench/webhook.py). They read their headers themselves and answer with ready bytes.
        """
        sms = ctx.settings.channels.sms
        api = APIRouter(prefix="/webhooks/sms", tags=["sms"])
        if sms.twilio.auth_token:
            token = sms.twilio.auth_token.get_secret_value()
            api.add_route(f"{api.prefix}/twilio", _twilio_hook(ctx, token), methods=["POST"])
        if sms.android.signing_key:
            key = sms.android.signing_key.get_secret_value()
            api.add_route(f"{api.prefix}/android", _android_hook(ctx, key), methods=["POST"])
        if sms.generic.secret:
            secret = sms.generic.secret.get_secret_value()
            api.add_route(f"{api.prefix}/generic", _generic_hook(ctx, secret), methods=["POST"])
        return api

    def reparse(self, ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
        """The body again, through the dialect of the endpoint that took it (x-aduan-path)."""
        sms = ctx.settings.channels.sms
        path = str(row.headers.get("x-aduan-path", ""))
        now, region = ctx.clock(), sms.default_region
        if path.endswith("/twilio"):
            pairs = form_pairs(row.raw, sms.max_form_fields)
            return twilio.parse_form(pairs, now, region, raw=row.raw)
        if path.endswith("/android"):
            return android.parse(row.raw, now, region)
        if path.endswith("/generic"):
            return generic.parse(row.raw, now, region)
        raise PayloadError(f"unknown SMS endpoint {path or '(not recorded)'}")


def _twilio_hook(ctx: Context, token: str) -> Hook:
    """POST /webhooks/sms/twilio: a form signed with the account's auth token; TwiML back."""
    sms = ctx.settings.channels.sms
    region, limit = sms.default_region, sms.max_body_bytes

    async def twilio_hook(request: Request) -> Response:
        body = await read_body(request, limit)
        url = ctx.settings.service.public_base_url + request.url.path
        signature = request.headers.get("X-Twilio-Signature")
        try:
            pairs: list[tuple[str, str]] | None = form_pairs(body, sms.max_form_fields)
        except PayloadError:
            pairs = None  # not UTF-8: Twilio's signature cannot be checked
        deliveries: list[Delivery] = []

        def verify() -> None:
            if pairs is None:
                raise SignatureError("form body is not UTF-8: signature not verifiable")
            twilio.verify(url, pairs, signature, token)

        def parse() -> list[IncomingMessage]:
            got = twilio.read_form(pairs or [], ctx.clock(), region, raw=body)
            deliveries.extend(got.deliveries)
            return got.messages

        await accept_webhook(ctx.pipeline, "sms", body, request, verify, parse)
        await _record(ctx, deliveries)
        return Response(twilio.EMPTY_TWIML, media_type="text/xml")

    return twilio_hook


def _android_hook(ctx: Context, key: str) -> Hook:
    """POST /webhooks/sms/android: SMS Gateway for Android's signed JSON events; JSON back."""
    sms = ctx.settings.channels.sms
    region, limit = sms.default_region, sms.max_body_bytes

    def now() -> float:
        return ctx.clock().timestamp()

    async def android_hook(request: Request) -> Response:
        body = await read_body(request, limit)
        signature = request.headers.get("X-Signature")
        timestamp = request.headers.get("X-Timestamp")
        deliveries: list[Delivery] = []

        def parse() -> list[IncomingMessage]:
            got = android.read_event(body, ctx.clock(), region)
            deliveries.extend(got.deliveries)
            return got.messages

        results = await accept_webhook(
            ctx.pipeline,
            "sms",
            body,
            request,
            lambda: android.verify(
                body, timestamp, signature, key, now(), sms.android.max_age_seconds
            ),
            parse,
        )
        await _record(ctx, deliveries)
        return _json(_answer(results))

    return android_hook


def _generic_hook(ctx: Context, secret: str) -> Hook:
    """POST /webhooks/sms/generic: any other gateway, aduan's own JSON signed with a secret."""
    sms = ctx.settings.channels.sms
    region, limit = sms.default_region, sms.max_body_bytes

    async def generic_hook(request: Request) -> Response:
        body = await read_body(request, limit)
        signature = request.headers.get(generic.SIGNATURE_HEADER)
        results = await accept_webhook(
            ctx.pipeline,
            "sms",
            body,
            request,
            lambda: generic.verify(body, signature, secret),
            lambda: generic.parse(body, ctx.clock(), region),
        )
        return _json(_answer(results))

    return generic_hook


async def _record(ctx: Context, deliveries: list[Delivery]) -> None:
    if deliveries:
        await run_in_threadpool(record_deliveries, ctx.store, deliveries, ctx.clock())


def record_deliveries(store: Store, deliveries: list[Delivery], now: datetime) -> int:
    """Delivery events onto the outbox rows they report; never moving a status backwards."""
    done = 0
    with store.write() as session:
        for event in deliveries:
            done += record_status(
                session, event.provider_id, event.status, now, rank=RANK,
                failed=event.status in FAILED, error=event.error or event.status,
            )  # fmt: skip
    return done


def fetch_media(ctx: Context, ref: dict[str, Any]) -> IncomingAttachment:
    """One MMS file: a Twilio media URL (with the account's basic auth when it points at the
    configured API host) or an SMS Gateway for Android inbox part (with its basic auth)."""
    sms = ctx.settings.channels.sms
    url = str(ref.get("url") or "")
    if ref.get("gateway") == "android":
        a = sms.android
        url = urljoin(a.api_base_url.rstrip("/") + "/", url.lstrip("/"))
        auth = (a.username, a.password.get_secret_value()) if a.username and a.password else None
    else:
        t = sms.twilio
        ours = _absolute(url) and _origin(url) == _origin(t.api_base_url)
        secret = t.auth_token.get_secret_value() if t.auth_token else None
        auth = (t.account_sid, secret) if ours and t.account_sid and secret else None
    if not _absolute(url):
        raise PermanentChannelError(f"media url is not absolute: {url[:200]!r}")
    data, kind = _download(url, auth, sms.max_media_bytes)
    name = str(ref.get("filename") or httpx.URL(url).path.rsplit("/", 1)[-1] or "lampiran")
    return IncomingAttachment(name, str(ref.get("content_type") or kind), data)


def _absolute(url: str) -> bool:
    return url.startswith(("https://", "http://"))


def _origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port: credentials go only where they were configured for."""
    parsed = httpx.URL(url)
    return parsed.scheme, parsed.host, parsed.port or {"https": 443, "http": 80}.get(parsed.scheme)


def _download(url: str, auth: tuple[str, str] | None, limit: int) -> tuple[bytes, str]:
    """GET a file (redirects followed; httpx drops the credentials on a change of host)."""
    try:
        with (
            new_client(follow_redirects=True) as client,
            client.stream("GET", url, auth=auth) as response,
        ):
            if response.status_code >= 300:
                response.read()
                _check(response)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise TooLarge(f"media over {limit} bytes: {url[:200]}", limit)
                chunks.append(chunk)
            kind = response.headers.get("content-type", "application/octet-stream")
            return b"".join(chunks), kind.split(";")[0].strip()
    except httpx.TimeoutException as exc:
        raise TransientChannelError(f"timeout fetching media from {httpx.URL(url).host}") from exc
    except httpx.TransportError as exc:
        raise TransientChannelError(f"cannot reach {httpx.URL(url).host}: {exc}") from exc


def _check(response: httpx.Response) -> None:
    try:
        check(response)
    except ChannelAuthError as exc:  # the file will not come with these credentials
        raise PermanentChannelError(str(exc)) from exc


def _json(content: dict[str, object]) -> Response:
    return Response(json.dumps(content, separators=(",", ":")), media_type="application/json")


def _answer(results: list[AcceptResult]) -> dict[str, object]:
    """What a JSON gateway gets back: enough to debug, nothing personal."""
    if not results:
        return {"ok": True, "stored": 0}
    first = results[0]
    return {
        "ok": True,
        "stored": len(results),
        "outcome": first.outcome,
        "tracking_code": first.tracking_code,
    }


PLUGIN = SmsPlugin()
