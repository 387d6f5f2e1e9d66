"""Reprocessing a dead letter: its raw input through its channel's parser and the pipeline again.

Used after a parser was fixed or an admin understood the input. Every channel's dead letter
keeps the raw provider input: the webhook body (with the endpoint that took it, which tells the
SMS dialect), the Telegram update, the raw email, the X item (with whether it was a mention or
a DM). Signatures are not checked again: they were checked when the input arrived.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from channels.base import IncomingMessage
from channels.email.parse import ParseOptions as EmailOptions
from channels.email.parse import parse as parse_email
from channels.errors import PayloadError
from channels.sms import android, generic, twilio
from channels.telegram.parse import ParseOptions as TelegramOptions
from channels.telegram.parse import parse_json as parse_telegram
from channels.web import parse_submission
from channels.whatsapp import parse as whatsapp
from channels.x import parse as x_parse
from ingest.http import form_fields
from ingest.wiring import Context
from store.models import DeadLetter

Parser = Callable[[Context, DeadLetter], list[IncomingMessage]]


def _web(ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
    try:
        data = json.loads(row.raw)
    except ValueError as exc:
        raise PayloadError(f"body is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise PayloadError("body must be a JSON object")
    web = ctx.settings.channels.web
    return parse_submission(data, f"dead:{row.id}", ctx.clock(), web.max_text_chars)


def _telegram(ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
    tg = ctx.settings.channels.telegram
    return parse_telegram(row.raw, TelegramOptions(tuple(tg.allowed_group_ids), tg.default_region))


def _email(ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
    em = ctx.settings.channels.email
    options = EmailOptions(
        own_domain=em.own_domain,
        internal_domains=tuple(em.internal_domains),
        max_attachment_bytes=em.max_attachment_bytes,
        max_attachments=em.max_attachments,
    )
    return parse_email(row.raw, row.created_at, options)


def _sms(ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
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


def _whatsapp(ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
    return whatsapp.parse(row.raw, ctx.clock(), ctx.settings.channels.sms.default_region)


def _x(ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
    try:
        item = json.loads(row.raw)
    except ValueError as exc:
        raise PayloadError(f"not JSON: {exc}") from exc
    own = ctx.settings.channels.x.user_id or ""
    if row.headers.get("x-aduan-kind") == "dms" or row.reason.startswith("dms:"):
        return x_parse.parse_dm_event(item, {}, own)
    return x_parse.parse_tweet(item, {}, own)


PARSERS: dict[str, Parser] = {
    "web": _web,
    "telegram": _telegram,
    "email": _email,
    "sms": _sms,
    "whatsapp": _whatsapp,
    "x": _x,
}


def supported(channel: str) -> bool:
    """Whether dead letters of this channel can be reprocessed from the desk."""
    return channel in PARSERS


def reprocess(ctx: Context, row: DeadLetter) -> list[str]:
    """Parse and accept the dead letter's input; the outcomes. Raises PayloadError again."""
    messages = PARSERS[row.channel](ctx, row)
    results = [ctx.pipeline.accept(m) for m in messages]
    return [f"{r.outcome} {r.tracking_code or ''}".strip() for r in results]
