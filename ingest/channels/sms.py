"""SMS wiring: three inbound webhook dialects and the outbound gateway."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request, Response

from channels.base import IncomingMessage, Sender
from channels.errors import PayloadError
from channels.sms import android, generic, twilio
from channels.sms.send import SmsSender
from ingest.http import accept_webhook, form_fields, read_body
from ingest.pipeline import AcceptResult
from ingest.settings import Settings
from ingest.wiring import Capabilities, Context, Job
from store.models import DeadLetter


class SmsPlugin:
    """Wires `channels.sms` into the service."""

    name = "sms"
    label = "SMS"
    capabilities = Capabilities()

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

    def sender(self, settings: Settings) -> Sender | None:
        """The configured outbound gateway, when it has what it needs."""
        sms = settings.channels.sms
        return None if SmsSender.missing(sms) else SmsSender(sms)

    def jobs(self, ctx: Context) -> list[Job]:
        """SMS is push only."""
        return []

    def router(self, ctx: Context) -> APIRouter | None:
        """POST /webhooks/sms/{twilio,android,generic}; a dialect without its secret is 404.

        The hottest endpoints of the service, so they are plain Starlette routes: FastAPI's
        parameter resolution and response validation would cost more than the work itself
        (bench/webhook.py). They read their headers themselves and answer with ready bytes.
        """
        sms = ctx.settings.channels.sms
        api = APIRouter(prefix="/webhooks/sms", tags=["sms"])
        region, limit = sms.default_region, sms.max_body_bytes

        def now() -> float:
            return ctx.clock().timestamp()

        if sms.twilio.auth_token:
            token = sms.twilio.auth_token.get_secret_value()

            async def twilio_hook(request: Request) -> Response:
                body = await read_body(request, limit)
                params = form_fields(body, sms.max_form_fields)
                url = ctx.settings.service.public_base_url + request.url.path
                signature = request.headers.get("X-Twilio-Signature")
                await accept_webhook(
                    ctx.pipeline,
                    "sms",
                    body,
                    request,
                    lambda: twilio.verify(url, params, signature, token),
                    lambda: twilio.parse_form(params, ctx.clock(), region),
                )
                return Response(twilio.EMPTY_TWIML, media_type="text/xml")

            api.add_route(f"{api.prefix}/twilio", twilio_hook, methods=["POST"])

        if sms.android.signing_key:
            key = sms.android.signing_key.get_secret_value()

            async def android_hook(request: Request) -> Response:
                body = await read_body(request, limit)
                signature = request.headers.get("X-Signature")
                timestamp = request.headers.get("X-Timestamp")
                results = await accept_webhook(
                    ctx.pipeline,
                    "sms",
                    body,
                    request,
                    lambda: android.verify(
                        body, timestamp, signature, key, now(), sms.android.max_age_seconds
                    ),
                    lambda: android.parse(body, ctx.clock(), region),
                )
                return _json(_answer(results))

            api.add_route(f"{api.prefix}/android", android_hook, methods=["POST"])

        if sms.generic.secret:
            secret = sms.generic.secret.get_secret_value()

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

            api.add_route(f"{api.prefix}/generic", generic_hook, methods=["POST"])

        return api

    def reparse(self, ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
        """The body again, through the dialect of the endpoint that took it (x-aduan-path)."""
        sms = ctx.settings.channels.sms
        path = str(row.headers.get("x-aduan-path", ""))
        now, region = ctx.clock(), sms.default_region
        if path.endswith("/twilio"):
            return twilio.parse_form(form_fields(row.raw, sms.max_form_fields), now, region)
        if path.endswith("/android"):
            return android.parse(row.raw, now, region)
        if path.endswith("/generic"):
            return generic.parse(row.raw, now, region)
        raise PayloadError(f"unknown SMS endpoint {path or '(not recorded)'}")


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
