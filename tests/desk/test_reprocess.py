"""Reprocessing dead letters from the admin desk: every channel's raw input parses again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from channels.errors import PayloadError
from channels.sms import generic
from desk.reprocess import PARSERS, reprocess, supported
from ingest.app import Service
from ingest.channels import PLUGINS
from store.models import DeadLetter

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def letter(channel: str, raw: bytes, reason: str = "parser bug", **headers: str) -> DeadLetter:
    return DeadLetter(id=7, channel=channel, raw=raw, reason=reason, headers=headers)


def x_item(name: str) -> bytes:
    return json.dumps(json.loads((FIXTURES / "x" / name).read_text())["data"][0]).encode()


def sms(name: str, dialect: str) -> tuple[str, bytes, str, dict[str, str]]:
    raw = (FIXTURES / "sms" / name).read_bytes()
    return ("sms", raw, "", {"x-aduan-path": f"/webhooks/sms/{dialect}"})


CASES = [
    sms("generic_basic.json", "generic"),
    sms("android_sms_received.json", "android"),
    sms("twilio_form_basic.txt", "twilio"),
    ("whatsapp", (FIXTURES / "whatsapp" / "text_basic.json").read_bytes(), "", {}),
    ("x", x_item("mention_with_includes.json"), "mentions: bug", {"x-aduan-kind": "mentions"}),
    ("x", x_item("dm_message_create.json"), "dms: bug", {"x-aduan-kind": "dms"}),
    ("web", b'{"text": "Pelayanan di kantor camat lambat sekali"}', "", {}),
]


@pytest.mark.parametrize(("channel", "raw", "reason", "headers"), CASES)
def test_dead_letter_of_every_channel_is_reprocessed(
    service: Service, channel: str, raw: bytes, reason: str, headers: dict[str, str]
) -> None:
    assert supported(channel)
    outcomes = reprocess(service.ctx, letter(channel, raw, reason or "bug", **headers))
    assert outcomes and outcomes[0].startswith("created KK-")


def test_still_broken_input_raises_payload_error_again(service: Service) -> None:
    with pytest.raises(PayloadError, match="not JSON"):
        reprocess(
            service.ctx, letter("sms", b"{broken", **{"x-aduan-path": "/webhooks/sms/generic"})
        )
    with pytest.raises(PayloadError, match="unknown SMS endpoint"):
        reprocess(service.ctx, letter("sms", generic.sign(b"x", "k").encode()))


def test_every_channel_has_a_reprocessor() -> None:
    assert {p.name for p in PLUGINS} <= set(PARSERS)
