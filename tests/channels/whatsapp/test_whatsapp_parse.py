"""Table test: WhatsApp Cloud API webhook fixtures -> IncomingMessage fields."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from channels.errors import PayloadError, SignatureError
from channels.whatsapp import parse as wa
from tests.channels.handlertest import assert_fields

FIXTURES = Path(__file__).parents[2] / "fixtures" / "whatsapp"
NOW = datetime(2024, 6, 20, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Case:
    id: str
    fixture: str
    expect: list[dict[str, Any]] = field(default_factory=list)
    statuses: list[dict[str, Any]] = field(default_factory=list)
    dead: list[str] = field(default_factory=list)
    """Regexes of the reasons of the items that become dead letters of their own."""
    error: str | None = None


SITI = {"sender": "+6281234567890", "sender_name": "Siti Aminah"}
PYWA = {"sender": "972987654321", "sender_name": "Test Name", "meta.wa_id": "972987654321"}
MEDIA = "1234567890987654321"
UNREADABLE = {"code": 131051, "title": "Message type unknown"}
MORE = [
    Case(
        "mixed batch: the bad item alone is a dead letter",
        "batch_mixed_one_bad_item.json",
        [
            {
                "external_id": "wamid.mixed1",
                "text": "Lampu jalan di Jalan Imam Bonjol Tenggarong mati sejak seminggu.",
            },
            {
                "external_id": "wamid.mixed3",
                "text": "Sampah menumpuk di pasar Tangga Arung",
                "meta.media": [
                    {"id": "3047543291543638", "mime_type": "image/jpeg", "filename": None}
                ],
            },
        ],
        dead=[
            r"^entry\[0\]\.changes\[0\]\.value\.messages\[1\]\.location: "
            r"latitude and longitude required$"
        ],
    ),
    Case("pywa text", "pywa_text.json", [{**PYWA, "text": "Body Text", "meta.phone": None}]),
    Case(
        "pywa image without caption",
        "pywa_image_no_caption.json",
        [
            {
                "text": "",
                "meta.media": [{"id": "65463453", "mime_type": "image/jpeg", "filename": None}],
            }
        ],
    ),
    Case(
        "pywa image with its media url",
        "pywa_image_with_url.json",
        [
            {
                "meta.media.0.id": "65463453",
                "meta.media.0.url": "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=65463453&source=webhook&ext=487r9re&hash=heiwchueowbcew-dnedcw",
            }
        ],
    ),
    Case(
        "pywa forwarded video with caption",
        "pywa_video_forwarded.json",
        [{"text": "caption", "meta.forwarded": True, "meta.media.0.mime_type": "video/mp4"}],
    ),
    Case(
        "pywa document",
        "pywa_document.json",
        [{"text": "caption", "meta.media.0.filename": "filename.pdf"}],
    ),
    Case(
        "pywa audio",
        "pywa_audio.json",
        [{"text": "", "meta.media.0.id": MEDIA, "meta.voice": None}],
    ),
    Case(
        "pywa voice note (audio.voice)",
        "pywa_audio_voice_note.json",
        [{"meta.media.0.mime_type": "audio/ogg; codecs=opus", "meta.voice": True}],
    ),
    Case(
        "courier voice type",
        "courier_voice.json",
        [
            {
                "sender": "+250788123123",
                "meta.media": [
                    {"id": "id_voice", "mime_type": "audio/ogg; codecs=opus", "filename": None}
                ],
                "meta.voice": True,
            }
        ],
    ),
    Case(
        "pywa static sticker",
        "pywa_sticker_static.json",
        [
            {
                "is_edit": False,
                "meta.media.0.mime_type": "image/webp",
                "meta.sticker": {"animated": False},
            }
        ],
    ),
    Case(
        "pywa animated sticker",
        "pywa_sticker_animated.json",
        [{"meta.media.0.id": MEDIA, "meta.sticker": {"animated": True}}],
    ),
    Case(
        "pywa reaction",
        "pywa_reaction.json",
        [
            {
                "is_edit": True,
                "text": "\U0001f62e",
                "thread_keys": ("wamid.yzxyzx=",),
                "meta.event": "reaction",
                "meta.removed": False,
            }
        ],
    ),
    Case(
        "pywa reaction removed (empty emoji)",
        "pywa_unreaction_empty.json",
        [{"is_edit": True, "thread_keys": ("wamid.yzxyzx=",), "meta.removed": True}],
    ),
    Case(
        "pywa reaction removed (no emoji)",
        "pywa_unreaction_no_emoji.json",
        [{"is_edit": True, "meta.event": "reaction", "meta.removed": True}],
    ),
    Case(
        "pywa current location",
        "pywa_location_current.json",
        [
            {
                "text": "[Lokasi] 12.250890,43.905390",
                "meta.location": {"latitude": 12.25089, "longitude": 43.90539},
            }
        ],
    ),
    Case(
        "pywa chosen place",
        "pywa_location_chosen.json",
        [
            {
                "text": "[Lokasi] 37.461198,-122.216438 Facebook HQ, "
                "1 Hacker Way, Menlo Park, CA 94025",
                "meta.location.url": "https://maps.google.com/?cid=2000000000000000000",
            }
        ],
    ),
    Case(
        "pywa contacts",
        "pywa_contacts.json",
        [
            {
                "text": "[Kontak] Chandler Bing: +1 555-555-5555; Monica: +1 666-666-6666; "
                "Rachel Green: +1 777-777-7777",
                "meta.contacts.1": {"name": "Monica", "phones": ["+1 666-666-6666"]},
            }
        ],
    ),
    Case(
        "pywa order",
        "pywa_order.json",
        [
            {
                "text": "[Pesanan] HAMBURGER x3 (30 ILS); FRENCH_FRIES x2 (35 ILS); "
                "SODA x2 (10 ILS)",
                "meta.order.catalog_id": "354160437058781",
            }
        ],
    ),
    Case(
        "pywa unsupported: unreadable, to be answered",
        "pywa_unsupported.json",
        [
            {
                "is_edit": False,
                "text": "",
                "meta.unreadable": {
                    **UNREADABLE,
                    "details": "Message type is currently not supported.",
                    "type": None,
                },
            }
        ],
    ),
    Case(
        "pywa unsupported with its type",
        "pywa_unsupported_with_type.json",
        [{"meta.unreadable.type": "pool", "meta.unreadable.code": 131051}],
    ),
    Case(
        "pywa reply with context",
        "pywa_reply_context.json",
        [{"text": "replied text", "thread_keys": ("wamid.xyzxyz==",)}],
    ),
    Case(
        "pywa forwarded text",
        "pywa_forwarded.json",
        [{"text": "forwarded text", "thread_keys": (), "meta.forwarded": True}],
    ),
    Case(
        "pywa frequently forwarded",
        "pywa_forwarded_many_times.json",
        [{"meta.frequently_forwarded": True}],
    ),
    Case(
        "pywa interactive without its object",
        "pywa_interactive_missing_object.json",
        dead=[r"messages\[0\]\.interactive: field required"],
    ),
    Case(
        "pywa click-to-WhatsApp referral",
        "pywa_referral.json",
        [{"text": "BODY", "meta.referral.source_id": "ADID"}],
    ),
    Case(
        "pywa interactive button reply",
        "pywa_button_reply.json",
        [{"text": "title", "meta.reply_id": "callback_data", "thread_keys": ("wamid.xyzxyz",)}],
    ),
    Case(
        "pywa template quick reply",
        "pywa_quick_reply.json",
        [{"text": "title", "meta.reply_id": "callback_data", "thread_keys": ("wamid.xyzxyz==",)}],
    ),
    Case(
        "pywa quick reply with from_user_id",
        "pywa_quick_reply_with_user_id.json",
        [{**PYWA, "meta.user_id": "US.13491208655302741918"}],
    ),
    Case(
        "pywa list reply",
        "pywa_list_reply.json",
        [{"text": "title", "meta.interactive": "list_reply"}],
    ),
    Case(
        "pywa list reply with description",
        "pywa_list_reply_description.json",
        [{"text": "title\ndescription"}],
    ),
    Case(
        "pywa Flows answer (nfm_reply) as readable text",
        "pywa_nfm_reply.json",
        [
            {
                "text": "Sent\ncomment_text: Comment Text\ndelivery_rating: 4\n"
                "purchase_rating: 2\nrecommend_radio: 0\ncs_rating: 0",
                "meta.flow_response.flow_token": "AQAAAAACS5FpgQ_cAAAAAD0QI3s.",
                "thread_keys": ("wamid.gvwegfretge==",),
            }
        ],
    ),
    Case(
        "pywa Flows answer without flow token",
        "pywa_nfm_reply_without_flow_token.json",
        [{"meta.interactive": "nfm_reply", "meta.flow_name": "flow"}],
    ),
    Case(
        "pywa revoke: an event on the original",
        "pywa_revoke.json",
        [
            {
                "is_edit": True,
                "text": "",
                "thread_keys": ("<ORIGINAL_WHATSAPP_MESSAGE_ID>",),
                "meta.event": "revoke",
            }
        ],
    ),
    Case(
        "pywa edit of an image caption: an event on the original",
        "pywa_edit_image.json",
        [
            {
                "is_edit": True,
                "text": "Updated image caption",
                "sender": "+16505551234",
                "thread_keys": ("wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA=",),
                "meta.event": "edit",
                "meta.media.0.id": "1234567890",
            }
        ],
    ),
    Case(
        "pywa system: number changed",
        "pywa_system_number_change.json",
        [
            {
                "is_edit": True,
                "meta.event": "system",
                "meta.system.wa_id": "972912345678",
                "thread_keys": (),
            }
        ],
    ),
    Case(
        "pywa system: identity changed",
        "pywa_system_identity_change.json",
        [{"text": "User identity changed", "meta.system.type": "customer_identity_changed"}],
    ),
    Case(
        "courier from_user_id only, no from",
        "courier_from_user_id_only.json",
        [
            {
                "sender": "US.1234",
                "sender_name": "Kerry Fisher",
                "text": "Hello World",
                "meta.phone": None,
                "meta.user_id": "US.1234",
            }
        ],
    ),
    Case(
        "courier message without any sender",
        "courier_no_sender.json",
        dead=[r"messages\[0\]\.from: field required \(or from_user_id\)"],
    ),
    Case("first open of the chat (request_welcome): nothing", "request_welcome_first_open.json"),
    Case(
        "pywa status sent",
        "pywa_status_sent.json",
        statuses=[{"provider_id": "wamid.xyzxyz", "status": "sent"}],
    ),
    Case(
        "pywa status read",
        "pywa_status_read.json",
        statuses=[{"status": "read", "recipient": "972987654321"}],
    ),
    Case("pywa status played", "pywa_status_played.json", statuses=[{"status": "played"}]),
    Case(
        "pywa status failed",
        "pywa_status_failed.json",
        statuses=[{"status": "failed", "error": "130472: User's number is part of an experiment"}],
    ),
    Case(
        "pywa status in a group",
        "pywa_status_group.json",
        statuses=[{"provider_id": "<WHATSAPP_MESSAGE_ID>", "status": "read"}],
    ),
]
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
                "meta.location": {
                    "latitude": -0.4195,
                    "longitude": 116.9853,
                    "name": "Jembatan Kutai Kartanegara",
                    "address": "Tenggarong",
                },
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
        [{"text": "Jalan dan jembatan\nKerusakan jalan", "meta.reply_id": "topik-jalan"}],
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
    Case(
        "reaction is an event on our acknowledgement",
        "reaction_on_our_ack.json",
        [{"is_edit": True, "thread_keys": ("wamid.ourack1",), "meta.event": "reaction"}],
    ),
    Case(
        "unknown type is kept with a marker",
        "unknown_future_type.json",
        [{"text": "[pesan poll_vote]"}],
    ),
    Case(
        "order without items",
        "order_without_items.json",
        [{"text": "[Pesanan]", "meta.order.items": []}],
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
        dead=[r"messages\[0\]\.location: latitude and longitude"],
    ),
    Case(
        "message without id",
        "message_without_id.json",
        dead=[r"entry\[0\]\.changes\[0\]\.value\.messages\[0\]\.id: Field required"],
    ),
    *MORE,
    Case("not JSON", "not_json.txt", error="body is not JSON"),
]


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
        # Each message keeps a body of its own, which parses back to itself.
        assert wa.parse_webhook(msg.raw).messages == [msg]
        assert_fields(msg, expected)
    assert len(hook.failures) == len(case.dead)
    for failure, reason in zip(hook.failures, case.dead, strict=True):
        assert re.search(reason, failure.reason), failure.reason
        # The dead letter holds the bad item alone, and reading it again fails the same way.
        assert len(wa.parse_webhook(failure.raw).failures) == 1
    assert len(hook.statuses) == len(case.statuses)
    for status, expected in zip(hook.statuses, case.statuses, strict=True):
        for key, value in expected.items():
            assert getattr(status, key) == value, key


def test_parse_drops_statuses() -> None:
    body = (FIXTURES / "status_delivered.json").read_bytes()
    assert wa.parse(body, NOW) == []


def test_parse_of_one_body_refuses_an_unreadable_item() -> None:
    body = (FIXTURES / "batch_mixed_one_bad_item.json").read_bytes()
    with pytest.raises(PayloadError, match=r"messages\[1\]\.location"):
        wa.parse(body, NOW)


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


ODD_VALUES: list[Any] = ["x", 7, None, [], ["x"], {}, {"x": "y"}, [{"x": 1}], True]


def _items(body: Any) -> list[dict[str, Any]]:
    return [
        item
        for entry in body.get("entry", [])
        for change in entry.get("changes", [])
        for key in ("messages", "statuses")
        for item in change.get("value", {}).get(key, [])
    ]


def _mutations() -> list[tuple[str, str, str, int]]:
    """(fixture, item key, nested key or "", odd value index) for every field of every item."""
    out: list[tuple[str, str, str, int]] = []
    for path in sorted(FIXTURES.glob("*.json")):
        for item in _items(json.loads(path.read_text())):
            for key, value in item.items():
                nested = list(value) if isinstance(value, dict) else [""]
                for sub in nested:
                    out.extend((path.name, key, sub, i) for i in range(len(ODD_VALUES)))
    return out


def test_odd_field_types_are_payload_errors_never_crashes() -> None:
    """Every field of every fixture's items, replaced by a value of another type, gives a
    message, nothing, or a dead letter with its reason: never an unexpected exception (a 500)."""
    crashes: set[str] = set()
    for name, key, sub, odd in _mutations():
        body = json.loads((FIXTURES / name).read_text())
        for item in _items(body):
            if key in item:
                if sub and isinstance(item[key], dict):
                    item[key][sub] = ODD_VALUES[odd]
                else:
                    item[key] = ODD_VALUES[odd]
        try:
            wa.parse_webhook(json.dumps(body).encode())
        except PayloadError:
            continue
        except Exception as exc:  # collected, to name every crash at once
            crashes.add(f"{name} {key}.{sub}={ODD_VALUES[odd]!r}: {exc!r}")
    assert not crashes, sorted(crashes)[:20]
