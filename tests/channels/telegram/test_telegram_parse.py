"""Table test: Telegram Bot API update fixtures -> IncomingMessage fields."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from channels.errors import PayloadError
from channels.telegram.parse import ParseOptions, parse, parse_json

FIXTURES = Path(__file__).parents[2] / "fixtures" / "telegram"
OPTIONS = ParseOptions(allowed_group_ids=())
CHAT = "111222333"


@dataclass(frozen=True)
class Case:
    id: str
    fixture: str
    expect: dict[str, Any] | None = None  # None: valid, nothing to ingest
    error: str | None = None
    options: ParseOptions = field(default=OPTIONS)


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
            "meta.files": [
                {
                    "file_id": "AgACAgUAAxkBAAIBlarge",
                    "size": 84211,
                    "filename": "foto_AQADlarge.jpg",
                    "content_type": "image/jpeg",
                }
            ],
        },
    ),
    Case(
        "document",
        "document_pdf.json",
        {
            "text": "Bukti kwitansi",
            "meta.files": [
                {
                    "file_id": "BQACAgUAAxkBAAIBdoc",
                    "size": 20480,
                    "filename": "kwitansi.pdf",
                    "content_type": "application/pdf",
                }
            ],
        },
    ),
    Case(
        "own contact links the phone",
        "contact_own.json",
        {"meta.command": "contact", "meta.phone": "+6281234567890", "text": ""},
    ),
    Case("someone else's contact is not linked", "contact_of_someone_else.json"),
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
    Case("sticker ignored", "sticker_ignored.json"),
    Case("channel post ignored", "channel_post_ignored.json"),
    Case("missing update_id", "missing_update_id.json", error="update_id: field required"),
    Case("truncated body", "truncated_body.txt", error="not a Telegram update"),
]


def pick(obj: Any, path: str) -> Any:
    head, _, rest = path.partition(".")
    value = obj.get(head) if isinstance(obj, dict) else getattr(obj, head)
    return pick(value, rest) if rest else value


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
    for key, value in case.expect.items():
        assert pick(msg, key) == value, key


def test_de_json_objects_parse_like_the_webhook_body() -> None:
    body = (FIXTURES / "text_private.json").read_bytes()
    update = Update.de_json(json.loads(body))
    assert parse(update, OPTIONS) == parse_json(body, OPTIONS)
