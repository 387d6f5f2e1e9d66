"""Pure parsing of Telegram updates (python-telegram-bot objects) into IncomingMessage.

Bot API types: https://core.telegram.org/bots/api#update and #message.
Files are not downloaded here: their ids go to `meta["files"]` and the transport fetches them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from telegram import Message, Update

from channels.base import IncomingMessage
from channels.errors import PayloadError
from channels.phones import to_e164

CHANNEL = "telegram"
COMMAND = re.compile(r"^/(?P<name>[A-Za-z_]+)(?:@\w+)?(?:\s+(?P<rest>.*))?$", re.S)
GREETING_COMMANDS = frozenset({"start", "help", "bantuan"})
STATUS_COMMANDS = frozenset({"status", "cek"})
PRIVATE = "private"


@dataclass(frozen=True)
class ParseOptions:
    """What the parser needs from settings."""

    allowed_group_ids: Collection[int] = ()
    region: str = "ID"


def parse_json(body: bytes, options: ParseOptions) -> list[IncomingMessage]:
    """Parse a webhook body: one Update as JSON."""
    try:
        data = json.loads(body)
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            raise PayloadError("update_id: field required")
        update = Update.de_json(data)
    except PayloadError:
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise PayloadError(f"not a Telegram update: {exc}") from exc
    return parse(update, options)


def parse(update: Update, options: ParseOptions) -> list[IncomingMessage]:
    """The citizen's message in one update; other updates (joins, polls...) yield nothing."""
    message = update.message or update.edited_message
    if message is None:
        return []  # channel posts, callback queries, member updates: nothing to ingest
    chat = message.chat
    if chat.type != PRIVATE and chat.id not in options.allowed_group_ids:
        return []
    if message.from_user is not None and message.from_user.is_bot:
        return []
    found = _content(message, options)
    if found is None:
        return []
    text, meta, new_thread = found
    return [_build(update, message, text, meta, new_thread)]


def _build(
    update: Update, message: Message, text: str, meta: dict[str, Any], new_thread: bool
) -> IncomingMessage:
    chat_id = message.chat.id
    key = f"{chat_id}:{message.message_id}"
    edited = update.edited_message is not None
    when = message.edit_date if edited and message.edit_date else message.date
    thread: tuple[str, ...] = ()
    if edited:
        thread = (key,)
    elif message.reply_to_message is not None:
        thread = (f"{chat_id}:{message.reply_to_message.message_id}",)
    user = message.from_user
    meta.update(
        update_id=update.update_id,
        chat_id=chat_id,
        message_id=message.message_id,
        username=user.username if user else None,
        reply_meta={"reply_to_message_id": message.message_id},
    )
    return IncomingMessage(
        channel=CHANNEL,
        external_id=f"{key}:edit:{int(when.timestamp())}" if edited else key,
        sender=str(chat_id),
        sender_name=user.full_name if user else message.chat.effective_name,
        text=text,
        received_at=when,
        thread_keys=thread,
        is_edit=edited,
        new_thread=new_thread,
        meta=meta,
        raw=json.dumps(update.to_dict(), ensure_ascii=False).encode(),
    )


def _content(message: Message, options: ParseOptions) -> tuple[str, dict[str, Any], bool] | None:
    """(text, meta, new_thread) of a message, or None when there is nothing to ingest."""
    meta: dict[str, Any] = {}
    if message.contact is not None:
        contact = message.contact
        own = message.from_user is not None and contact.user_id == message.from_user.id
        if not own:
            return None  # someone else's card: never link a phone the sender does not own
        phone = to_e164(contact.phone_number, options.region) or to_e164(
            "+" + contact.phone_number.lstrip("+"), options.region
        )
        if phone is None:
            raise PayloadError(
                f"contact.phone_number: not a phone number ({contact.phone_number!r})"
            )
        return "", {"command": "contact", "phone": phone}, False
    if message.location is not None:
        loc = message.location
        meta["location"] = {"latitude": loc.latitude, "longitude": loc.longitude}
        return f"[Lokasi] {loc.latitude:.6f},{loc.longitude:.6f}", meta, False
    files = _files(message)
    if files:
        meta["files"] = files
    text = message.text or message.caption or ""
    if not text.strip() and not files:
        return None  # stickers, voice notes, polls, service messages
    return _command(text, meta)


def _command(text: str, meta: dict[str, Any]) -> tuple[str, dict[str, Any], bool]:
    match = COMMAND.match(text.strip())
    if match is None:
        return text, meta, False
    name, rest = match.group("name").lower(), (match.group("rest") or "").strip()
    if name in GREETING_COMMANDS:
        return text, {**meta, "command": "start"}, False
    if name in STATUS_COMMANDS:
        return f"STATUS {rest}", meta, False
    if name == "baru":
        if not rest and "files" not in meta:
            return "", {**meta, "command": "baru"}, False
        return rest, meta, True
    return text, meta, False


def _files(message: Message) -> list[dict[str, Any]]:
    if message.photo:
        biggest = max(message.photo, key=lambda p: (p.width * p.height, p.file_size or 0))
        return [
            {
                "file_id": biggest.file_id,
                "size": biggest.file_size,
                "filename": f"foto_{biggest.file_unique_id}.jpg",
                "content_type": "image/jpeg",
            }
        ]
    if message.document is not None:
        doc = message.document
        return [
            {
                "file_id": doc.file_id,
                "size": doc.file_size,
                "filename": doc.file_name or f"berkas_{doc.file_unique_id}",
                "content_type": doc.mime_type or "application/octet-stream",
            }
        ]
    return []
