"""SMS wiring: three inbound webhook dialects and the outbound gateway."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request, Response

from channels.base import Sender
from channels.sms import android, generic, twilio
from channels.sms.send import SmsSender
from ingest.http import accept_webhook, form_fields, read_body, safe_headers
from ingest.pipeline import AcceptResult
from ingest.settings import Settings
from ingest.wiring import Context, Job


class SmsPlugin:
    """Wires `channels.sms` into the service."""

    name = "sms"

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
        """POST /webhooks/sms/{twilio,android,generic}; a dialect without its secret is 404."""
        sms = ctx.settings.channels.sms
        api = APIRouter(prefix="/webhooks/sms", tags=["sms"])
        region, limit = sms.default_region, sms.max_body_bytes

        def now() -> float:
            return ctx.clock().timestamp()

        if sms.twilio.auth_token:
            token = sms.twilio.auth_token.get_secret_value()

            @api.post("/twilio")
            async def twilio_hook(
                request: Request,
                signature: Annotated[str | None, Header(alias="X-Twilio-Signature")] = None,
            ) -> Response:
                body = await read_body(request, limit)
                params = form_fields(body, sms.max_form_fields)
                url = ctx.settings.service.public_base_url + request.url.path
                await accept_webhook(
                    ctx.pipeline,
                    "sms",
                    body,
                    safe_headers(request),
                    lambda: twilio.verify(url, params, signature, token),
                    lambda: twilio.parse_form(params, ctx.clock(), region),
                )
                return Response(twilio.EMPTY_TWIML, media_type="text/xml")

        if sms.android.signing_key:
            key = sms.android.signing_key.get_secret_value()

            @api.post("/android")
            async def android_hook(
                request: Request,
                signature: Annotated[str | None, Header(alias="X-Signature")] = None,
                timestamp: Annotated[str | None, Header(alias="X-Timestamp")] = None,
            ) -> dict[str, object]:
                body = await read_body(request, limit)
                results = await accept_webhook(
                    ctx.pipeline,
                    "sms",
                    body,
                    safe_headers(request),
                    lambda: android.verify(
                        body, timestamp, signature, key, now(), sms.android.max_age_seconds
                    ),
                    lambda: android.parse(body, ctx.clock(), region),
                )
                return _answer(results)

        if sms.generic.secret:
            secret = sms.generic.secret.get_secret_value()

            @api.post("/generic")
            async def generic_hook(
                request: Request,
                signature: Annotated[str | None, Header(alias=generic.SIGNATURE_HEADER)] = None,
            ) -> dict[str, object]:
                body = await read_body(request, limit)
                results = await accept_webhook(
                    ctx.pipeline,
                    "sms",
                    body,
                    safe_headers(request),
                    lambda: generic.verify(body, signature, secret),
                    lambda: generic.parse(body, ctx.clock(), region),
                )
                return _answer(results)

        return api


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
