"""Table test: WhatsApp Cloud API webhook fixtures -> IncomingMessage fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from channels.errors import PayloadError, SignatureError
from channels.whatsapp import parse as wa

FIXTURES = Path(__file__).parents[2] / "fixtures" / "whatsapp"
NOW = datetime(2024, 6, 20, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Case:
    id: str
    fixture: str
    expect: list[dict[str, Any]] = field(default_factory=list)
    statuses: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


SITI = {"sender": "+6281234567890", "sender_name": "Siti Aminah"}
CASES = [
    Case(
        "text",
        "text_basic.json",
        [
            {
                **SITI,
                "external_id": "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjBBQTk3RkYxNjhCRjlEODAzQzAA",
                "text": "Jalan rusak di depan kantor desa Loa Janan sudah tiga bulan.",
                "received_at": datetime(2024, 6, 20, 8, 0, tzinfo=UTC),
                "recipient": "6285100001111",
                "thread_keys": (),
                "meta.phone": "+6281234567890",
                "meta.media": None,
            }
        ],
    ),
    Case(
        "batch of two senders",
        "text_batch_two_senders.json",
        [
            {
                **SITI,
                "external_id": "wamid.batch1",
                "text": "Harga elpiji 3 kg di Tenggarong naik jadi 40 ribu",
            },
            {"external_id": "wamid.batch2", "sender": "+6285298765432", "sender_name": "Budi"},
        ],
    ),
    Case(
        "image with caption",
        "image_with_caption.json",
        [
            {
                "external_id": "wamid.image1",
                "text": "Foto lubang tambang dekat sekolah",
                "meta.media": [
                    {"id": "1037543291543636", "mime_type": "image/jpeg", "filename": None}
                ],
            }
        ],
    ),
    Case(
        "document",
        "document_pdf.json",
        [
            {
                "text": "Surat keberatan tender",
                "meta.media": [
                    {
                        "id": "2047543291543637",
                        "mime_type": "application/pdf",
                        "filename": "sanggahan.pdf",
                    }
                ],
            }
        ],
    ),
    Case(
        "location",
        "location_shared.json",
        [
            {
                "text": "[Lokasi] -0.419500,116.985300 Jembatan Kutai Kartanegara, Tenggarong",
                "meta.location": {"latitude": -0.4195, "longitude": 116.9853},
            }
        ],
    ),
    Case(
        "interactive button reply threads to our message",
        "interactive_button_reply.json",
        [
            {
                "text": "Sangat puas",
                "meta.reply_id": "survey-5",
                "thread_keys": ("wamid.ourmessage1",),
            }
        ],
    ),
    Case(
        "interactive list reply",
        "interactive_list_reply.json",
        [{"text": "Jalan dan jembatan", "meta.reply_id": "topik-jalan"}],
    ),
    Case(
        "template quick-reply button",
        "button_template_reply.json",
        [{"text": "Lanjutkan aduan", "meta.reply_id": "lanjut"}],
    ),
    Case(
        "reply quoting our acknowledgement",
        "reply_with_context.json",
        [{"text": "Sudah ada tindak lanjut?", "thread_keys": ("wamid.ourack1",)}],
    ),
    Case("reaction is ignored", "reaction_ignored.json"),
    Case(
        "unknown type is kept with a marker", "unknown_type_kept.json", [{"text": "[pesan order]"}]
    ),
    Case(
        "delivery receipt",
        "status_delivered.json",
        statuses=[{"provider_id": "wamid.ourack1", "status": "delivered", "error": None}],
    ),
    Case(
        "failed delivery",
        "status_failed.json",
        statuses=[
            {
                "provider_id": "wamid.ourack2",
                "status": "failed",
                "error": "131047: Re-engagement message",
            }
        ],
    ),
    Case("wrong object", "wrong_object.json", error="expected whatsapp_business_account"),
    Case(
        "location without latitude",
        "location_without_latitude.json",
        error="latitude and longitude",
    ),
    Case(
        "message without id",
        "message_without_id.json",
        error="entry.0.changes.0.value.messages.0.id",
    ),
    Case("not JSON", "not_json.txt", error="body is not JSON"),
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
            wa.parse_webhook(body)
        return
    hook = wa.parse_webhook(body)
    assert len(hook.messages) == len(case.expect)
    for msg, expected in zip(hook.messages, case.expect, strict=True):
        assert msg.channel == "whatsapp"
        assert msg.raw == body
        for key, value in expected.items():
            assert pick(msg, key) == value, key
    assert len(hook.statuses) == len(case.statuses)
    for status, expected in zip(hook.statuses, case.statuses, strict=True):
        for key, value in expected.items():
            assert getattr(status, key) == value, key


def test_parse_drops_statuses() -> None:
    body = (FIXTURES / "status_delivered.json").read_bytes()
    assert wa.parse(body, NOW) == []


def test_signature_roundtrip_and_forgeries() -> None:
    body = (FIXTURES / "text_basic.json").read_bytes()
    good = wa.sign(body, "app-secret")
    wa.verify(body, good, "app-secret")
    with pytest.raises(SignatureError, match="missing"):
        wa.verify(body, None, "app-secret")
    with pytest.raises(SignatureError, match="does not match"):
        wa.verify(body, wa.sign(body, "other"), "app-secret")
    flipped = bytes([body[0] ^ 1]) + body[1:]
    with pytest.raises(SignatureError):
        wa.verify(flipped, good, "app-secret")
