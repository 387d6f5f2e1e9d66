"""Table test: Telegram Bot API update fixtures -> IncomingMessage fields."""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from channels.errors import PayloadError
from channels.telegram.parse import ParseOptions, parse, parse_json
from tests.channels.handlertest import assert_fields

FIXTURES = Path(__file__).parents[2] / "fixtures" / "telegram"
OPTIONS = ParseOptions(allowed_group_ids=())
CHAT = "111222333"
TEXT_OF_CARD = "[Kontak] Budi 6285298765432"


@dataclass(frozen=True)
class Case:
    id: str
    fixture: str
    expect: dict[str, Any] | None = None  # None: valid, nothing to ingest
    error: str | None = None
    options: ParseOptions = field(default=OPTIONS)


GUIDE = "1111111"  # core.telegram.org/bots/webhooks examples: no chat type, no is_bot
AIOGRAM = "12345678"
SUPERGROUP = -1001309982000


def file(kind: str, **more: Any) -> dict[str, Any]:
    return {"media.0.kind": kind, **{f"media.0.{k}": v for k, v in more.items()}}


# Real updates from public sources (tests/fixtures/telegram/SOURCES.md). None: nothing to ingest.
REAL_CASES = [
    Case(
        "guide: text /start, chat without type",
        "guide_text.json",
        {"meta.command": "start", "sender": GUIDE, "sender_name": "Test Test Lastname"},
    ),
    Case("guide: forwarded message", "guide_forwarded.json", {"meta.command": "start"}),
    Case("guide: forwarded channel post", "guide_forwarded_channel.json", {"text": "/start"}),
    Case(
        "guide: reply threads to the replied message",
        "guide_reply.json",
        {"thread_keys": (f"{GUIDE}:1334",)},
    ),
    Case(
        "guide: edited message is an edit of the original",
        "guide_edited.json",
        {
            "is_edit": True,
            "text": "Edited text",
            "thread_keys": (f"{GUIDE}:1365",),
            "external_id": f"{GUIDE}:1365:edit:1441646600",
            "meta.command": None,
        },
    ),
    Case("guide: entities", "guide_entities.json", {"text": "Bold and italics"}),
    Case(
        "guide: audio",
        "guide_audio.json",
        {
            "text": "[Audio Test music file]",
            **file("audio", size=3897500, content_type="audio/mpeg"),
        },
    ),
    Case(
        "guide: voice",
        "guide_voice.json",
        {"text": "[Pesan suara]", **file("voice", file_id="AwADBAADbXXXXXXXXXXXGBdhD2l6_XX")},
    ),
    Case(
        "guide: document",
        "guide_document.json",
        {"text": "[Berkas Testfile.pdf]", **file("document", filename="Testfile.pdf")},
    ),
    Case("guide: inline query is not a message", "guide_inline_query.json"),
    Case("guide: callback query is not a message", "guide_callback_query.json"),
    Case("pyTelegramBotAPI: dice", "ptba_dice.json", {"text": "[Dadu 🎯] 4", "media": ()}),
    Case(
        "pyTelegramBotAPI: poll without the newer fields",
        "ptba_poll.json",
        {"text": "[Jajak pendapat] Test poll 1: Answer 1 / Answer 2"},
    ),
    Case("pyTelegramBotAPI: a bot's photo is ignored", "ptba_photo_from_bot.json"),
    Case("pyTelegramBotAPI: sticker in a group not listed", "ptba_sticker_supergroup.json"),
    Case(
        "pyTelegramBotAPI: sticker without type in a listed group",
        "ptba_sticker_supergroup.json",
        {"text": "[Stiker 🤖]", "sender": str(SUPERGROUP), **file("sticker", size=14602)},
        options=ParseOptions(allowed_group_ids=(SUPERGROUP,)),
    ),
    Case(
        "aiogram: voice without file_unique_id",
        "aiogram_voice_old.json",
        {"text": "[Pesan suara]", "sender": AIOGRAM, **file("voice", content_type="audio/ogg")},
    ),
    Case(
        "aiogram: video with caption",
        "aiogram_video_old.json",
        {"text": "description", **file("video", content_type="video/quicktime")},
    ),
    Case(
        "aiogram: animation (also sent as a document) is one file",
        "aiogram_animation_old.json",
        {"text": "[Animasi]", "media.0.kind": "animation", "meta.command": None},
    ),
    Case(
        "aiogram: video note",
        "aiogram_video_note.json",
        {"text": "[Pesan video]", **file("video_note")},
    ),
    Case(
        "aiogram: venue",
        "aiogram_venue.json",
        {
            "text": "[Lokasi] Venue Name, Venue Address (50.693416,30.624605)",
            "meta.venue": {"title": "Venue Name", "address": "Venue Address"},
            "meta.location": {"latitude": 50.693416, "longitude": 30.624605},
        },
    ),
    Case(
        "aiogram: someone's contact card",
        "aiogram_contact.json",
        {"text": "[Kontak] John Smith 88005553535", "meta.command": None},
    ),
    Case(
        "aiogram: album item keeps its group",
        "aiogram_media_group.json",
        {"text": "[Foto]", "meta.media_group_id": "12182749320567362", **file("photo")},
    ),
    Case("aiogram: sticker", "aiogram_sticker.json", {"text": "[Stiker 🛠]", **file("sticker")}),
    Case(
        "aiogram: audio with caption",
        "aiogram_audio_caption.json",
        {"text": "This is my favourite song", **file("audio", content_type="audio/mpeg3")},
    ),
    Case(
        "aiogram: a game is answered as unreadable",
        "aiogram_game.json",
        {"meta.command": "unsupported", "meta.kinds": ["game"], "media": ()},
    ),
    Case("aiogram: service message", "aiogram_migrate_to_chat_id.json"),
    Case("aiogram: channel post", "aiogram_channel_post.json"),
]


CASES = [
    Case(
        "private text",
        "text_private.json",
        {
            "external_id": f"{CHAT}:41",
            "sender": CHAT,
            "sender_name": "Rahmat Hidayat",
            "text": "Lampu jalan di Jl. Wolter Monginsidi Tenggarong mati semua",
            "received_at": datetime(2024, 6, 20, 8, 0, tzinfo=UTC),
            "thread_keys": (),
            "is_edit": False,
            "new_thread": False,
            "meta.update_id": 500000001,
            "meta.command": None,
            "meta.reply_meta": {"reply_to_message_id": 41},
        },
    ),
    Case("/start", "start_command.json", {"meta.command": "start", "external_id": f"{CHAT}:42"}),
    Case(
        "/status with bot name",
        "status_command_with_botname.json",
        {"text": "STATUS KK-7Q4M-2X", "meta.command": None},
    ),
    Case(
        "/baru with text starts a new complaint",
        "baru_with_text.json",
        {"text": "Pungli di loket pembuatan KTP", "new_thread": True},
    ),
    Case("/baru alone", "baru_alone.json", {"meta.command": "baru", "new_thread": False}),
    Case(
        "photo: the largest size, caption as text",
        "photo_with_caption.json",
        {
            "text": "Jembatan ulin retak di Desa Bukit Raya",
            "media": (
                {
                    "kind": "photo",
                    "file_id": "AgACAgUAAxkBAAIBlarge",
                    "size": 84211,
                    "filename": "foto_AQADlarge.jpg",
                    "content_type": "image/jpeg",
                },
            ),
        },
    ),
    Case(
        "document",
        "document_pdf.json",
        {
            "text": "Bukti kwitansi",
            "media": (
                {
                    "kind": "document",
                    "file_id": "BQACAgUAAxkBAAIBdoc",
                    "size": 20480,
                    "filename": "kwitansi.pdf",
                    "content_type": "application/pdf",
                },
            ),
        },
    ),
    Case(
        "own contact links the phone",
        "contact_own.json",
        {"meta.command": "contact", "meta.phone": "+6281234567890", "text": ""},
    ),
    Case(
        "someone else's contact is kept as a message, never linked",
        "contact_of_someone_else.json",
        {"meta.command": None, "meta.contact.phone": "+6285298765432", "text": TEXT_OF_CARD},
    ),
    Case(
        "location",
        "location.json",
        {
            "text": "[Lokasi] -0.405556,116.990278",
            "meta.location": {"latitude": -0.405556, "longitude": 116.990278},
        },
    ),
    Case(
        "edit is recorded as an edit of the original",
        "edited_message.json",
        {
            "external_id": f"{CHAT}:41:edit:1718870700",
            "is_edit": True,
            "thread_keys": (f"{CHAT}:41",),
            "received_at": datetime(2024, 6, 20, 8, 5, tzinfo=UTC),
        },
    ),
    Case(
        "reply to our message threads to it",
        "reply_to_bot_message.json",
        {"thread_keys": (f"{CHAT}:40",), "text": "Sudah sampai mana?"},
    ),
    Case("group chat ignored by default", "group_message_ignored.json"),
    Case(
        "configured group chat is read",
        "group_message_ignored.json",
        {"sender": "-1001234567890", "external_id": "-1001234567890:52"},
        options=ParseOptions(allowed_group_ids=(-1001234567890,)),
    ),
    Case(
        "a sticker is a message with its file",
        "sticker.json",
        {"text": "[Stiker]", "media.0.kind": "sticker", "media.0.content_type": "image/webp"},
    ),
    Case("channel post ignored", "channel_post_ignored.json"),
    *REAL_CASES,
    Case("missing update_id", "missing_update_id.json", error="update_id: field required"),
    Case("truncated body", "truncated_body.txt", error="not a Telegram update"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_parse(case: Case) -> None:
    body = (FIXTURES / case.fixture).read_bytes()
    if case.error:
        with pytest.raises(PayloadError, match=case.error):
            parse_json(body, case.options)
        return
    found = parse_json(body, case.options)
    if case.expect is None:
        assert found == []
        return
    [msg] = found
    assert msg.channel == "telegram"
    assert_fields(msg, case.expect)


def test_polled_updates_parse_like_the_webhook_body() -> None:
    body = (FIXTURES / "text_private.json").read_bytes()
    [polled] = parse(json.loads(body), OPTIONS)
    [hooked] = parse_json(body, OPTIONS)
    assert replace(polled, raw=b"") == replace(hooked, raw=b"")
    assert json.loads(polled.raw) == json.loads(body)


@pytest.mark.parametrize(
    "fixture", ["guide_voice.json", "aiogram_video_old.json", "ptba_poll.json"]
)
def test_updates_python_telegram_bot_refuses_are_read(fixture: str) -> None:
    """The reason for the lenient reader: PTB's strict de_json refuses these real updates."""
    data = json.loads((FIXTURES / fixture).read_bytes())
    with pytest.raises(TypeError), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        Update.de_json(data, None)
    [msg] = parse(data, OPTIONS)
    assert msg.text
