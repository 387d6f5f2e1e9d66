"""Reprocessing a dead letter: its raw input through its channel's parser and the pipeline again.

Used after a parser was fixed or an admin understood the input. Supported for the channels
whose dead letters are the raw provider input on their own (a web API body, a Telegram update,
a raw email); for the others the admin page says so and offers only a discard with a reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from channels.base import IncomingMessage
from channels.email.parse import ParseOptions as EmailOptions
from channels.email.parse import parse as parse_email
from channels.errors import PayloadError
from channels.telegram.parse import ParseOptions as TelegramOptions
from channels.telegram.parse import parse_json as parse_telegram
from channels.web import parse_submission
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


PARSERS: dict[str, Parser] = {"web": _web, "telegram": _telegram, "email": _email}


def supported(channel: str) -> bool:
    """Whether dead letters of this channel can be reprocessed from the desk."""
    return channel in PARSERS


def reprocess(ctx: Context, row: DeadLetter) -> list[str]:
    """Parse and accept the dead letter's input; the outcomes. Raises PayloadError again."""
    messages = PARSERS[row.channel](ctx, row)
    results = [ctx.pipeline.accept(m) for m in messages]
    return [f"{r.outcome} {r.tracking_code or ''}".strip() for r in results]
