"""Table tests: each SMS fixture -> its normalised message, nothing, or an error."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest

from channels.base import IncomingMessage
from channels.errors import PayloadError
from channels.sms import android, generic, twilio

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "sms"
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _twilio(raw: bytes) -> list[IncomingMessage]:
    return twilio.parse_form(dict(parse_qsl(raw.decode(), keep_blank_values=True)), NOW)


def _android(raw: bytes) -> list[IncomingMessage]:
    return android.parse(raw, NOW)


def _generic(raw: bytes) -> list[IncomingMessage]:
    return generic.parse(raw, NOW)


@dataclass(frozen=True)
class Case:
    id: str
    fixture: str
    parse: Callable[[bytes], list[IncomingMessage]]
    expect: dict[str, Any] | None = None  # fields compared; None means "ignored"
    error: str | None = None


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
        {"external_id": "twilio:MM3b", "text": ""},
    ),
    Case("twilio status callback", "twilio_status_callback_delivered.txt", _twilio),
    Case("twilio empty body", "twilio_form_empty_body.txt", _twilio),
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
    Case("android delivered", "android_sms_delivered.json", _android),
    Case("android ping", "android_system_ping.json", _android),
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


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture_parses_as_expected(case: Case) -> None:
    raw = (FIXTURES / case.fixture).read_bytes()
    if case.error:
        with pytest.raises(PayloadError, match=case.error):
            case.parse(raw)
        return
    messages = case.parse(raw)
    if case.expect is None:
        assert messages == []
        return
    assert len(messages) == 1
    msg = messages[0]
    assert msg.channel == "sms"
    for field, value in case.expect.items():
        assert getattr(msg, field) == value, field


def test_every_sms_fixture_has_a_case() -> None:
    used = {c.fixture for c in CASES}
    assert {p.name for p in FIXTURES.iterdir()} == used
