"""Reprocessing dead letters from the admin desk: every channel's raw input parses again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from channels.errors import PayloadError
from channels.sms import generic
from channels.whatsapp import parse as wa
from ingest.channels import PLUGINS
from ingest.reprocess import reprocess, supported
from service.app import Service
from store.models import DeadLetter, Message, Outbox

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
    ("telegram", (FIXTURES / "telegram" / "text_private.json").read_bytes(), "", {}),
    ("telegram", (FIXTURES / "telegram" / "guide_voice.json").read_bytes(), "", {}),
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


def test_every_channel_is_reprocessed_by_its_own_plugin() -> None:
    assert all(supported(p.name) for p in PLUGINS)
    assert not supported("fax")


def test_whatsapp_is_reparsed_with_its_own_region(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was read with channels.sms.default_region before."""
    service.ctx.settings.channels.sms.default_region = "US"
    service.ctx.settings.channels.whatsapp.default_region = "ID"
    regions: list[str] = []
    real = wa.parse_webhook

    def spy(body: bytes, region: str = "ID") -> object:
        regions.append(region)
        return real(body, region)

    monkeypatch.setattr(wa, "parse_webhook", spy)
    raw = (FIXTURES / "whatsapp" / "text_basic.json").read_bytes()
    reprocess(service.ctx, letter("whatsapp", raw))
    assert regions == ["ID"]


def test_telegram_command_in_a_dead_letter_is_answered_not_a_complaint(
    service: Service,
) -> None:
    raw = (FIXTURES / "telegram" / "guide_text.json").read_bytes()  # /start
    assert reprocess(service.ctx, letter("telegram", raw)) == []
    with service.ctx.store.read() as s:
        assert s.exec(select(Message)).one().kind == "command"
        assert s.exec(select(Outbox)).one().kind == "command"
