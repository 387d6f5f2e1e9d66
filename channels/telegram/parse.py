"""Pure parsing of Telegram updates (raw Bot API JSON) into IncomingMessage.

Bot API types: https://core.telegram.org/bots/api#update and #message. Updates are read
leniently (channels/telegram/types.py): the text, caption, sender and chat are taken even when
a nested object lacks a field, and the raw update is kept. Files are not downloaded here: their
references go to `IncomingMessage.media` and the media job fetches them after the message is
stored (ingest/media.py).

Albums (`media_group_id`) arrive as one update per item. Each item is its own message, with its
own raw update and attachment, and carries `meta["media_group_id"]`; they join one complaint
through the chat's follow-up window (ingest/pipeline.py), which acknowledges a burst once.
Waiting to merge them into one message would hold the webhook answer or lose items that
arrive in another request.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from channels.base import IncomingMessage
from channels.errors import PayloadError
from channels.phones import to_e164
from channels.telegram.media import files_of
from channels.telegram.types import Contact, Dice, Location, Message, Poll, Venue, read_message

CHANNEL = "telegram"
COMMAND = re.compile(r"^/(?P<name>[A-Za-z_]+)(?:@\w+)?(?:\s+(?P<rest>.*))?$", re.S)
GREETING_COMMANDS = frozenset({"start", "help", "bantuan"})
STATUS_COMMANDS = frozenset({"status", "cek"})
PRIVATE = "private"
# Service messages: things that happened to a chat, not something a citizen wrote.
SERVICE_FIELDS = frozenset({
    "new_chat_members", "left_chat_member", "new_chat_title", "new_chat_photo",
    "delete_chat_photo", "group_chat_created", "supergroup_chat_created",
    "channel_chat_created", "message_auto_delete_timer_changed", "migrate_to_chat_id",
    "migrate_from_chat_id", "pinned_message", "successful_payment", "refunded_payment",
    "users_shared", "chat_shared", "connected_website", "write_access_allowed",
    "proximity_alert_triggered", "boost_added", "chat_background_set", "forum_topic_created",
    "forum_topic_edited", "forum_topic_closed", "forum_topic_reopened",
    "general_forum_topic_hidden", "general_forum_topic_unhidden", "video_chat_scheduled",
    "video_chat_started", "video_chat_ended", "video_chat_participants_invited",
    "web_app_data", "giveaway_created", "giveaway_completed",
})  # fmt: skip


@dataclass(frozen=True)
class ParseOptions:
    """What the parser needs from settings."""

    allowed_group_ids: Collection[int] = ()
    region: str = "ID"


@dataclass
class Content:
    """What a message says: its text, what to remember, the files to fetch."""

    text: str
    meta: dict[str, Any]
    media: list[dict[str, Any]]
    new_thread: bool = False


def parse_json(body: bytes, options: ParseOptions) -> list[IncomingMessage]:
    """Parse a webhook body: one Update as JSON."""
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise PayloadError(f"not a Telegram update: {exc}") from exc
    return parse(data, options, raw=body)


def parse(data: Any, options: ParseOptions, raw: bytes | None = None) -> list[IncomingMessage]:
    """The citizen's message in one update; other updates (callbacks, joins...) yield nothing."""
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        raise PayloadError("update_id: field required")
    edited = isinstance(data.get("edited_message"), dict) and "message" not in data
    found = data.get("edited_message") if edited else data.get("message")
    if not isinstance(found, dict):
        return []  # channel posts, callback queries, member updates: nothing a citizen wrote
    try:
        message = read_message(found)
    except ValidationError as exc:
        fields = ", ".join(".".join(str(p) for p in e["loc"]) for e in exc.errors())
        raise PayloadError(f"message: missing or invalid {fields}") from exc
    if message.chat.kind != PRIVATE and message.chat.id not in options.allowed_group_ids:
        return []
    user = message.sender
    if user is not None and user.is_bot:
        return []
    content = _content(message, options, edited)
    if content is None:
        return []
    body = raw if raw is not None else json.dumps(data, ensure_ascii=False).encode()
    return [_build(data["update_id"], message, content, edited, body)]


def _build(
    update_id: int, message: Message, content: Content, edited: bool, raw: bytes
) -> IncomingMessage:
    chat_id = message.chat.id
    key = f"{chat_id}:{message.message_id}"
    stamp = message.edit_date if edited and message.edit_date else message.date
    when = datetime.fromtimestamp(stamp, UTC)
    thread: tuple[str, ...] = ()
    if edited:
        thread = (key,)
    elif message.reply_to_id is not None:
        thread = (f"{chat_id}:{message.reply_to_id}",)
    user = message.sender
    content.meta.update(
        update_id=update_id,
        chat_id=chat_id,
        message_id=message.message_id,
        username=user.username if user else None,
        reply_meta={"reply_to_message_id": message.message_id},
    )
    group = message.text_of("media_group_id")
    if group:
        content.meta["media_group_id"] = group
    return IncomingMessage(
        channel=CHANNEL,
        external_id=f"{key}:edit:{stamp}" if edited else key,
        sender=str(chat_id),
        sender_name=(user.full_name if user else None) or message.chat.name,
        text=content.text,
        received_at=when,
        thread_keys=thread,
        is_edit=edited,
        new_thread=content.new_thread,
        media=tuple(content.media),
        meta=content.meta,
        raw=raw,
    )


def _content(message: Message, options: ParseOptions, edited: bool) -> Content | None:
    """What the message says, or None when it is a service message with nothing to ingest."""
    contact = message.part(Contact, "contact")
    if contact is not None:
        return _contact(message, contact, options)
    text = message.text_of("text") or message.text_of("caption") or ""
    described = _described(message)
    files = files_of(message.raw)
    if described is not None:
        text = f"{described}\n{text}".strip() if text else described
        return Content(text, _place(message), _plain(files))
    if files or text.strip():
        label = str(files[0]["label"]) if files else ""
        if edited:  # an edit is recorded as it reads: never answered as a command
            return Content(text or label, {}, _plain(files))
        return _command(text, {}, _plain(files), label)
    if SERVICE_FIELDS & message.raw.keys():
        return None
    kinds = sorted(k for k in message.raw if k not in _CORE_FIELDS)
    return Content("", {"command": "unsupported", "kinds": kinds}, [])


_CORE_FIELDS = frozenset({
    "message_id", "date", "chat", "from", "sender_chat", "edit_date", "entities",
    "caption_entities", "reply_to_message", "forward_from", "forward_from_chat",
    "forward_date", "forward_origin", "forward_from_message_id", "forward_signature",
    "forward_sender_name", "is_automatic_forward", "has_protected_content", "link_preview_options",
    "message_thread_id", "is_topic_message", "via_bot", "author_signature", "media_group_id",
    "reply_markup", "quote", "external_reply", "has_media_spoiler", "show_caption_above_media",
    "text", "caption", "sender_boost_count", "business_connection_id", "effect_id",
})  # fmt: skip


def _plain(files: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in f.items() if k != "label"} for f in files]


def _described(message: Message) -> str | None:
    """A place, a poll or a dice roll, as text an officer can read."""
    venue = message.part(Venue, "venue")
    if venue is not None:
        at = venue.location
        name = ", ".join(p for p in (venue.title, venue.address) if p)
        return f"[Lokasi] {name} ({at.latitude:.6f},{at.longitude:.6f})"
    loc = message.part(Location, "location")
    if loc is not None:
        return f"[Lokasi] {loc.latitude:.6f},{loc.longitude:.6f}"
    poll = message.part(Poll, "poll")
    if poll is not None:
        options = " / ".join(o.text for o in poll.options)
        return f"[Jajak pendapat] {poll.question}" + (f": {options}" if options else "")
    dice = message.part(Dice, "dice")
    if dice is not None:
        return f"[Dadu {dice.emoji}] {dice.value if dice.value is not None else ''}".strip()
    return None


def _place(message: Message) -> dict[str, Any]:
    venue = message.part(Venue, "venue")
    loc: Location | None = venue.location if venue else message.part(Location, "location")
    if loc is None:
        return {}
    meta: dict[str, Any] = {"location": {"latitude": loc.latitude, "longitude": loc.longitude}}
    if venue is not None:
        meta["venue"] = {"title": venue.title, "address": venue.address}
    return meta


def _contact(message: Message, contact: Contact, options: ParseOptions) -> Content:
    """The sender's own card links their phone; anyone else's is kept as a message."""
    phone = to_e164(contact.phone_number, options.region) or to_e164(
        "+" + contact.phone_number.lstrip("+"), options.region
    )
    user = message.sender
    own = user is not None and contact.user_id == user.id
    if own:
        if phone is None:
            raise PayloadError(
                f"contact.phone_number: not a phone number ({contact.phone_number!r})"
            )
        return Content("", {"command": "contact", "phone": phone}, [])
    name = " ".join(p for p in (contact.first_name, contact.last_name) if p)
    card = {"name": name, "phone": phone or contact.phone_number}  # never linked to the sender
    return Content(f"[Kontak] {name} {contact.phone_number}".strip(), {"contact": card}, [])


def _command(text: str, meta: dict[str, Any], media: list[dict[str, Any]], label: str) -> Content:
    match = COMMAND.match(text.strip())
    if match is None:
        return Content(text or label, meta, media)
    name, rest = match.group("name").lower(), (match.group("rest") or "").strip()
    if name in GREETING_COMMANDS:
        return Content(text, {**meta, "command": "start"}, media)
    if name in STATUS_COMMANDS:
        return Content(f"STATUS {rest}", meta, media)
    if name == "baru":
        if not rest and not media:
            return Content("", {**meta, "command": "baru"}, media)
        return Content(rest or label, meta, media, new_thread=True)
    return Content(text, meta, media)
