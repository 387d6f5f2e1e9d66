"""Telegram wiring: long polling (default) or webhook, commands, files and contact linking."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Header, Request

from channels.base import IncomingAttachment, IncomingMessage, Sender
from channels.errors import PayloadError, TooLarge
from channels.signing import require_equal
from channels.telegram.parse import ParseOptions, parse, parse_json
from channels.telegram.settings import TelegramSettings
from ingest.http import accept_webhook, read_body
from ingest.pipeline import Cursor
from ingest.wiring import Capabilities, Clock, Context, Job
from settings.root import Settings
from store import identities, outbox, queries
from store.clean import clean_json
from store.db import Session, Store
from store.models import DeadLetter, Message, Outbox
from store.types import utcnow

if TYPE_CHECKING:  # python-telegram-bot (27 MB) is loaded only where Telegram is configured
    from channels.telegram.transport import TelegramTransport

log = logging.getLogger(__name__)

CHANNEL = "telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (a header name)
GREETING = (
    "Selamat datang di layanan pengaduan {service}.\n\n"
    "Tulis aduan Anda langsung di sini (boleh dengan foto, dokumen atau lokasi). Kami akan "
    "membalas dengan kode aduan.\n"
    "• Cek status: /status <kode>\n"
    "• Aduan baru (bukan lanjutan): /baru <isi aduan>\n"
    "• Bagikan nomor telepon Anda (tombol lampiran → Kontak) agar aduan lewat SMS dan "
    "WhatsApp tercatat atas nama yang sama."
)
BARU_HINT = "Silakan tulis aduan baru Anda setelah /baru, misalnya: /baru Jalan rusak di ..."
CONTACT_THANKS = "Terima kasih, nomor {phone} tersimpan untuk aduan Anda."
UNSUPPORTED = (
    "Maaf, jenis pesan ini belum dapat kami baca. Silakan kirim aduan Anda sebagai teks, foto, "
    "dokumen, pesan suara atau lokasi."
)


class TelegramChannel:
    """What the webhook and the poller share: files, commands, then the pipeline."""

    def __init__(self, ctx: Context, transport: TelegramTransport) -> None:
        self.ctx = ctx
        self.transport = transport
        self.options = options_of(ctx)
        self.cursor_key = f"offset:{transport.bot_id}"

    def prepare(self, msgs: list[IncomingMessage]) -> list[IncomingMessage]:
        """Answer commands; what is left goes to the pipeline (files are fetched later)."""
        return answer_commands(self.ctx, msgs)

    def poll(self) -> int:
        """One getUpdates round; updates and the next offset are committed together."""
        with self.ctx.store.read() as session:
            offset = queries.get_cursor(session, CHANNEL, self.cursor_key)
        updates = self.transport.get_updates(int(offset) if offset else None)
        if not updates:
            return 0
        msgs: list[IncomingMessage] = []
        for upd in updates:
            try:
                msgs.extend(parse(upd, self.options))
            except PayloadError as exc:
                raw = json.dumps(upd, ensure_ascii=False).encode()
                self.ctx.pipeline.dead_letter(CHANNEL, raw, str(exc))
        next_offset = str(max(int(u["update_id"]) for u in updates) + 1)
        self.ctx.pipeline.accept_batch(
            self.prepare(msgs), Cursor(CHANNEL, self.cursor_key, next_offset)
        )
        return len(updates)


def options_of(ctx: Context) -> ParseOptions:
    """What the parser needs from the Telegram settings."""
    tg = ctx.settings.channels.telegram
    return ParseOptions(tuple(tg.allowed_group_ids), tg.default_region)


def answer_commands(ctx: Context, msgs: list[IncomingMessage]) -> list[IncomingMessage]:
    """Answer the commands among `msgs`; the rest, for the pipeline."""
    out = []
    for msg in msgs:
        command = msg.meta.get("command")
        if command in ("start", "baru", "contact", "unsupported"):
            answer_command(ctx, msg, str(command))
        else:
            out.append(msg)
    return out


def answer_command(ctx: Context, msg: IncomingMessage, command: str) -> None:
    """Store the command once and queue its answer in the same transaction."""
    now = ctx.clock()
    with ctx.store.write() as session:
        if not _record(session, msg, now):
            return  # seen before: answered already
        if command == "contact":
            phone = str(msg.meta["phone"])
            identities.link_phone(session, msg.channel, msg.sender, msg.sender_name, phone, now)
            text = CONTACT_THANKS.format(phone=msg.meta["phone"])
        elif command == "baru":
            text = BARU_HINT
        elif command == "unsupported":
            text = UNSUPPORTED
        else:
            text = GREETING.format(service=ctx.settings.service.name)
        outbox.queue(
            session,
            Outbox(
                channel=CHANNEL, recipient=msg.sender, kind="command", text=text,
                meta={"in_reply_to": msg.external_id, **msg.meta.get("reply_meta", {})},
                created_at=now, next_attempt_at=now,
            )
        )  # fmt: skip
    log.info("telegram message %s: /%s answered", msg.external_id, command)


def _record(session: Session, msg: IncomingMessage, now: datetime) -> bool:
    """Insert the inbound command message; False when it was stored before."""
    found = queries.insert_ignore(
        session,
        Message,
        {
            "direction": "in", "kind": "command", "channel": CHANNEL,
            "external_id": msg.external_id, "sender": msg.sender, "text": msg.text,
            "meta": msg.meta, "raw": msg.raw or None, "received_at": msg.received_at,
            "created_at": now,
        },
    )  # fmt: skip
    return found is not None


class TelegramPlugin:
    """Wires `channels.telegram` into the service."""

    name = CHANNEL
    label = "Telegram"
    capabilities = Capabilities(media=True, edits=True, reply_files=True)

    def reparse(self, ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
        """The update again; its commands are answered here, like the webhook's."""
        return answer_commands(ctx, parse_json(row.raw, options_of(ctx)))

    def disabled_reason(self, settings: Settings) -> str | None:
        """Telegram needs its bot token, and in webhook mode its secret too."""
        tg = settings.channels.telegram
        if not tg.enabled:
            return "disabled in config"
        if not tg.bot_token:
            return "TELEGRAM_BOT_TOKEN not set"
        if tg.mode == "webhook" and not tg.webhook_secret:
            return "webhook mode needs TELEGRAM_WEBHOOK_SECRET"
        return None

    def sender(self, settings: Settings, store: Store, clock: Clock) -> Sender | None:
        """Bot.send_message through the configured Bot API."""
        if self.disabled_reason(settings):
            return None
        from channels.telegram.transport import TelegramTransport  # noqa: PLC0415 (python-telegram-bot loads only where Telegram runs)

        return TelegramTransport(settings.channels.telegram, utcnow)

    def jobs(self, ctx: Context) -> list[Job]:
        """The getUpdates loop, in polling mode; one per bot (the job's lock)."""
        tg = ctx.settings.channels.telegram
        if self.disabled_reason(ctx.settings) or tg.mode != "polling":
            return []
        channel = TelegramChannel(ctx, _transport(ctx, tg))
        name = f"telegram-poll-{channel.transport.bot_id}"
        return [Job(name, CHANNEL, tg.poll_seconds, channel.poll)]

    def fetch_media(self, ctx: Context, ref: dict[str, Any]) -> IncomingAttachment:
        """One file through getFile (called by the media job, never by a webhook)."""
        tg = ctx.settings.channels.telegram
        limit = tg.max_file_bytes
        name = str(ref.get("filename") or "lampiran")
        if ref.get("size") and int(ref["size"]) > limit:
            raise TooLarge(f"{name}: {ref['size']} bytes, over {limit}", limit)
        data = _transport(ctx, tg).fetch_file(str(ref["file_id"]), limit)
        return IncomingAttachment(name, str(ref.get("content_type") or ""), data)

    def router(self, ctx: Context) -> APIRouter | None:
        """POST /webhooks/telegram, in webhook mode."""
        tg = ctx.settings.channels.telegram
        if self.disabled_reason(ctx.settings) or tg.mode != "webhook":
            return None
        assert tg.webhook_secret is not None
        secret = tg.webhook_secret.get_secret_value()
        channel = TelegramChannel(ctx, _transport(ctx, tg))
        api = APIRouter(prefix="/webhooks", tags=["telegram"])

        @api.post("/telegram")
        async def telegram_hook(
            request: Request,
            token: Annotated[str | None, Header(alias=SECRET_HEADER)] = None,
        ) -> dict[str, object]:
            body = await read_body(request, tg.max_body_bytes)
            results = await accept_webhook(
                ctx.pipeline,
                CHANNEL,
                body,
                request,
                lambda: require_equal(secret, token, SECRET_HEADER),
                lambda: channel.prepare(parse_json(clean_json(body), channel.options)),
            )
            return {"ok": True, "stored": len(results)}

        return api


def _transport(ctx: Context, tg: TelegramSettings) -> TelegramTransport:
    from channels.telegram.transport import TelegramTransport  # noqa: PLC0415 (python-telegram-bot loads only where Telegram runs)

    sender = ctx.senders.get(CHANNEL)
    if isinstance(sender, TelegramTransport):
        return sender
    return TelegramTransport(tg, ctx.clock)


def set_webhook(settings: Settings) -> str:
    """Register `<public_base_url>/webhooks/telegram` with the secret; the URL."""
    from channels.telegram.transport import TelegramTransport  # noqa: PLC0415 (python-telegram-bot loads only where Telegram runs)

    tg = settings.channels.telegram
    if not tg.bot_token or not tg.webhook_secret:
        raise ValueError("set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET first")
    url = f"{settings.service.public_base_url}/webhooks/telegram"
    transport = TelegramTransport(tg, utcnow)
    try:
        transport.set_webhook(url, tg.webhook_secret.get_secret_value())
    finally:
        transport.close()
    return url


PLUGIN = TelegramPlugin()
