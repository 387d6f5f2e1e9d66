"""Table tests: each SMS fixture -> its normalised message, nothing, or an error."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest

from channels.base import IncomingMessage
from channels.errors import PayloadError, SignatureError
from channels.sms import android, generic, twilio
from channels.sms.events import Delivery
from tests.channels import handlertest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "sms"
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


Parsed = tuple[list[IncomingMessage], list[Delivery]]


def _twilio(raw: bytes) -> Parsed:
    got = twilio.read_form(parse_qsl(raw.decode(), keep_blank_values=True), NOW, raw=raw)
    return got.messages, got.deliveries


def _android(raw: bytes) -> Parsed:
    got = android.read_event(raw, NOW)
    return got.messages, got.deliveries


def _generic(raw: bytes) -> Parsed:
    return generic.parse(raw, NOW), []


@dataclass(frozen=True)
class Case:
    id: str
    fixture: str
    parse: Callable[[bytes], Parsed]
    expect: dict[str, Any] | None = None  # fields compared; None means "no message"
    error: str | None = None
    delivery: dict[str, Any] | None = None  # a delivery event about a message we sent


JPEG_PART = ("IMG_20261120_0815.jpg", "image/jpeg", 332)
TWILIO_MEDIA = "https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000000"
COURIER_SID = "twilio:SMe287d7109a5a925f182f0e07fe5b223b"
COURIER_MEDIA = [
    {"gateway": "twilio", "url": "cat.jpg", "content_type": None, "filename": None},
    {"gateway": "twilio", "url": "dog.jpg", "content_type": None, "filename": None},
]


CASES = [
    Case(
        "twilio basic",
        "twilio_form_basic.txt",
        _twilio,
        {
            "external_id": "twilio:SM1f0e8e3b2b8d4a6c9e0a1b2c3d4e5f60",
            "sender": "+6281250001234",
            "recipient": "+6281100001111",
            "text": "Gas elpiji 3 kg di pangkalan Desa Loa Duri kosong sudah seminggu",
            "received_at": NOW,
        },
    ),
    Case(
        "twilio emoji",
        "twilio_form_emoji_unicode.txt",
        _twilio,
        {
            "sender": "+6285250009999",
            "text": "Jalan di RT 07 berlubang 😡 tolong diperbaiki, sdh 3 bulan",
        },
    ),
    Case(
        "twilio photo without text",
        "twilio_form_mms_photo_only.txt",
        _twilio,
        {
            "external_id": "twilio:MM3b",
            "text": "",
            "meta.media": [
                {
                    "gateway": "twilio",
                    "url": f"{TWILIO_MEDIA}/Messages/MM3b/Media/ME1",
                    "content_type": "image/jpeg",
                    "filename": None,
                }
            ],
        },
    ),
    Case(
        "twilio status callback",
        "twilio_status_callback_delivered.txt",
        _twilio,
        delivery={"provider_id": "twilio:SM4c", "status": "delivered", "error": None},
    ),
    Case("twilio empty SMS: nothing to keep", "twilio_form_empty_body.txt", _twilio),
    Case(
        "courier twiml receive",
        "twilio_courier_receive.txt",
        _twilio,
        {"external_id": COURIER_SID, "sender": "+14133881111", "text": "Msg", "meta.media": None},
    ),
    Case(
        "courier twiml MMS with NumMedia=2 and no Body",
        "twilio_courier_media_no_body.txt",
        _twilio,
        {"text": "", "meta.media": COURIER_MEDIA, "raw": "as sent"},
    ),
    Case(
        "courier twiml MMS with a body",
        "twilio_courier_media_with_body.txt",
        _twilio,
        {"text": "Msg", "meta.media": COURIER_MEDIA},
    ),
    Case(
        "courier twiml body that looks like base64 is kept as sent",
        "twilio_courier_body_base64_looking.txt",
        _twilio,
        {"text": "QmFubm9uIEV4cGxhaW5zIFRoZSBXb3JsZCAuLi4K4oCcVGhlIENhbXAgb2YgdGhlIFNhaW50c+KA"},
    ),
    Case(
        "courier twiml failed (STOP) callback",
        "twilio_courier_status_failed_stop.txt",
        _twilio,
        delivery={"provider_id": COURIER_SID, "status": "failed", "error": "21610"},
    ),
    Case(
        "courier twiml read callback",
        "twilio_courier_status_read.txt",
        _twilio,
        delivery={"status": "read"},
    ),
    Case(
        "courier twiml unknown status",
        "twilio_courier_status_unknown.txt",
        _twilio,
        error="MessageStatus: unknown status 'huh'",
    ),
    Case("twilio NumMedia over 10", "twilio_num_media_eleven.txt", _twilio, error="outside 0..10"),
    Case(
        "twilio NumMedia not a number",
        "twilio_num_media_not_a_number.txt",
        _twilio,
        error="NumMedia: not a whole number",
    ),
    Case(
        "twilio NumMedia=2 with one MediaUrl",
        "twilio_mms_missing_media_url.txt",
        _twilio,
        error=r"MediaUrl1: field required \(NumMedia is 2\)",
    ),
    Case(
        "twilio repeated fields are kept",
        "twilio_repeated_fields.txt",
        _twilio,
        {
            "text": "Air PDAM keruh di Tenggarong Seberang",
            "meta.repeated": {"AddOns": ['{"status":"successful"}', '{"status":"failed"}']},
        },
    ),
    Case("twilio no sid", "twilio_form_missing_sid.txt", _twilio, error="MessageSid"),
    Case(
        "android received",
        "android_sms_received.json",
        _android,
        {
            "external_id": "android:Ey6ECgOkVVFjz3CL48B8C",
            "sender": "+6281345678901",
            "received_at": datetime(2026, 11, 20, 7, 46, 11, tzinfo=UTC),
            "recipient": None,
        },
    ),
    Case(
        "android local number",
        "android_sms_received_local_number.json",
        _android,
        {"sender": "+6281345678901", "text": "cek KK-ABCDE-FGHJK"},
    ),
    Case(
        "android delivered",
        "android_sms_delivered.json",
        _android,
        delivery={"provider_id": "android:out-77", "status": "delivered"},
    ),
    Case("android ping: nothing from a person", "android_system_ping.json", _android),
    Case(
        "android docs sms:received with sender and recipient",
        "android_docs_sms_received.json",
        _android,
        {
            "external_id": "android:Ey6ECgOkVVFjz3CL48B8C",
            "sender": "+626505551212",
            "recipient": "+1234567890",
            "text": "Android is always a sweet treat!",
            "received_at": datetime(2024, 6, 22, 8, 46, 11, tzinfo=UTC),
        },
    ),
    Case(
        "android README sms:received with the deprecated phoneNumber and no event id",
        "android_readme_sms_received_phone_number.json",
        _android,
        {
            "external_id": "android:sms:received:msg_12345abcde",
            "sender": "+19162255887",
            "text": "Received SMS text",
        },
    ),
    Case(
        "android docs data SMS",
        "android_docs_sms_data_received.json",
        _android,
        {
            "external_id": "android:sms:data-received:Ey6ECgOkVVFjz3CL48B8C",
            "text": "Hello Data World!",
            "meta.data": "SGVsbG8gRGF0YSBXb3JsZCE=",
            "files": [],
        },
    ),
    Case(
        "android binary data SMS kept as a file",
        "android_sms_data_received_binary.json",
        _android,
        {"text": "", "files": [("data-sms.bin", "application/octet-stream", 5)]},
    ),
    Case(
        "android docs mms:received (before download)",
        "android_docs_mms_received.json",
        _android,
        {
            "external_id": "android:mms:mms_12345abcde",
            "text": "Photo attachment",
            "meta.mms.transaction_id": "T1234567890ABC",
            "meta.mms.size": 125684,
        },
    ),
    Case(
        "android docs mms:downloaded (its data is elided: fetched later)",
        "android_docs_mms_downloaded.json",
        _android,
        {
            "external_id": "android:mms:downloaded:Ey6ECgOkVVFjz3CL48B8C",
            "text": "Hello! Here is the photo.",
            "thread_keys": ("android:mms:mms_12345abcde",),
            "files": [],
            "meta.media": [
                {
                    "gateway": "android",
                    "url": "inbox/mms_12345abcde/attachments/1",
                    "content_type": "image/jpeg",
                    "filename": "photo.jpg",
                    "size": 125684,
                }
            ],
        },
    ),
    Case(
        "android mms:downloaded: inline JPEG kept, video fetched later, SMIL skipped",
        "android_mms_downloaded_jpeg_and_video.json",
        _android,
        {
            "sender": "+6281345678901",
            "text": "Jembatan kayu di Desa Sebulu Ilir patah, foto terlampir",
            "files": [JPEG_PART],
            "meta.media.0.url": "inbox/mms_kukar_0001/attachments/3",
            "meta.media.0.content_type": "video/mp4",
        },
    ),
    Case(
        "android docs sms:sent",
        "android_docs_sms_sent.json",
        _android,
        delivery={"provider_id": "android:msg-456", "status": "sent"},
    ),
    Case(
        "android docs sms:delivered",
        "android_docs_sms_delivered.json",
        _android,
        delivery={"provider_id": "android:msg-789", "status": "delivered"},
    ),
    Case(
        "android docs sms:failed",
        "android_docs_sms_failed.json",
        _android,
        delivery={"status": "failed", "error": "Network error"},
    ),
    Case(
        "android docs sms:cancelled",
        "android_docs_sms_cancelled.json",
        _android,
        delivery={"status": "canceled"},
    ),
    Case(
        "android docs app:started: nothing from a person", "android_docs_app_started.json", _android
    ),
    Case(
        "android unknown event",
        "android_unknown_event.json",
        _android,
        error="unknown SMS Gateway event 'rcs:received'",
    ),
    Case(
        "android sms:received without sender",
        "android_sms_received_no_sender.json",
        _android,
        error="payload.sender: field required",
    ),
    Case(
        "android no message",
        "android_sms_received_missing_message.json",
        _android,
        error="payload.message",
    ),
    Case("android truncated", "android_truncated_body.txt", _android, error="not an SMS"),
    Case(
        "generic basic",
        "generic_basic.json",
        _generic,
        {
            "external_id": "generic:gw-20261120-000123",
            "sender": "+6281255550123",
            "recipient": "+6281100001111",
            "received_at": datetime(2026, 11, 20, 0, 15, tzinfo=UTC),
        },
    ),
    Case(
        "generic without time",
        "generic_without_received_at.json",
        _generic,
        {"sender": "+6281255550124", "received_at": NOW, "text": "STATUS kk-abcde-fghjk"},
    ),
    Case("generic no sender", "generic_missing_from.json", _generic, error="from"),
    Case("generic blank text", "generic_empty_text.json", _generic),
    Case("generic not json", "generic_not_json.txt", _generic, error="not JSON"),
]


def pick(msg: IncomingMessage, path: str) -> Any:
    if path == "files":
        return [(a.filename, a.content_type, len(a.data)) for a in msg.attachments]
    return handlertest.pick(msg, path)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture_parses_as_expected(case: Case) -> None:
    raw = (FIXTURES / case.fixture).read_bytes()
    if case.error:
        with pytest.raises(PayloadError, match=case.error):
            case.parse(raw)
        return
    messages, deliveries = case.parse(raw)
    if case.delivery is None:
        assert deliveries == []
    else:
        [delivery] = deliveries
        for key, value in case.delivery.items():
            assert getattr(delivery, key) == value, key
    if case.expect is None:
        assert messages == []
        return
    [msg] = messages
    assert msg.channel == "sms"
    assert list(msg.media) == msg.meta.get("media", [])  # what the media job fetches
    for field, value in case.expect.items():
        assert pick(msg, field) == (raw if value == "as sent" else value), field


def test_every_sms_fixture_has_a_case() -> None:
    used = {c.fixture for c in CASES}
    assert {p.name for p in FIXTURES.iterdir() if p.stem != "SOURCES"} == used


def test_twilio_signature_covers_every_value_of_a_repeated_field() -> None:
    form = parse_qsl((FIXTURES / "twilio_repeated_fields.txt").read_text(), keep_blank_values=True)
    url = "https://aduan.example/webhooks/sms/twilio"
    good = twilio.signature(url, form, "token")
    twilio.verify(url, form, good, "token")
    last_only = list(dict(form).items())  # what dict(pairs) used to keep
    with pytest.raises(SignatureError):
        twilio.verify(url, last_only, good, "token")


ODD_VALUES: list[Any] = ["x", 7, None, [], ["x"], {}, {"x": "y"}, [{"x": 1}], True, -1]


def test_odd_android_field_types_are_payload_errors_never_crashes() -> None:
    """Every payload field of every Android fixture, replaced by a value of another type,
    gives a message, a delivery, nothing, or a PayloadError: never an unexpected exception."""
    crashes = set()
    for path in sorted(FIXTURES.glob("android_*.json")):
        original = json.loads(path.read_text())
        fields = [("", k) for k in original] + [("payload", k) for k in original["payload"]]
        for where, key in fields:
            for odd in ODD_VALUES:
                body = json.loads(path.read_text())
                (body[where] if where else body)[key] = odd
                try:
                    android.read_event(json.dumps(body).encode(), NOW)
                except PayloadError:
                    continue
                except Exception as exc:  # collected, to name every crash at once
                    crashes.add(f"{path.name} {where}.{key}={odd!r}: {exc!r}")
    assert not crashes, sorted(crashes)[:20]
