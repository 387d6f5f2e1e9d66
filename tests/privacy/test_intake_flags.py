"""ANONIM / RAHASIA chosen at intake on every channel: the flags set, the keyword stripped."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from channels.base import IncomingMessage
from ingest.intake_flags import intake_flags
from ingest.pipeline import Pipeline
from routing import Router
from settings.root import Settings
from store.db import Store
from store.models import Complaint
from tests.conftest import Clock

WHEN = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
LPG = "gas elpiji 3 kg langka di pangkalan"


def msg(channel: str, text: str, subject: str | None = None, **meta: object) -> IncomingMessage:
    return IncomingMessage(channel=channel, external_id="x", sender="s", text=text,
                           subject=subject, received_at=WHEN, meta=dict(meta))  # fmt: skip


@pytest.mark.parametrize(
    ("channel", "text", "subject", "expect"),
    [
        ("sms", f"ANONIM {LPG}", None, (LPG, None, True, False)),
        ("whatsapp", f"anonim: {LPG}", None, (LPG, None, True, False)),
        ("telegram", f"/rahasia {LPG}", None, (LPG, None, False, True)),
        ("telegram", f"#Rahasia - {LPG}", None, (LPG, None, False, True)),
        ("x", f"@aduan_kukar ANONIM {LPG}", None, (f"@aduan_kukar {LPG}", None, True, False)),
        ("sms", f"[RAHASIA] {LPG}", None, (LPG, None, False, True)),
        ("sms", "ANONIM", None, ("ANONIM", None, False, False)),  # a bare word is kept as is
        ("sms", f"anonimitas {LPG}", None, (f"anonimitas {LPG}", None, False, False)),
        ("sms", f"{LPG}, saya anonim", None, (f"{LPG}, saya anonim", None, False, False)),
        ("email", f"ANONIM {LPG}", "Elpiji", (f"ANONIM {LPG}", "Elpiji", False, False)),
        ("email", LPG, "[ANONIM] Elpiji langka", (LPG, "Elpiji langka", True, False)),
        ("email", LPG, "Re: Elpiji [rahasia]", (LPG, "Re: Elpiji", False, True)),
        ("email", LPG, "[RAHASIA]", (LPG, None, False, True)),
    ],
)
def test_keyword_or_tag_sets_the_level_and_is_stripped(
    channel: str, text: str, subject: str | None, expect: tuple[object, ...]
) -> None:
    flags = intake_flags(msg(channel, text, subject))
    assert (flags.text, flags.subject, flags.anonymous, flags.confidential) == expect


def test_web_checkboxes_pass_through() -> None:
    flags = intake_flags(msg("web", f"ANONIM {LPG}", anonymous=True, confidential=True))
    assert (flags.text, flags.anonymous, flags.confidential) == (f"ANONIM {LPG}", True, True)


def test_pipeline_routes_and_stores_the_text_without_the_keyword(
    settings: Settings, store: Store, clock: Clock
) -> None:
    pipeline = Pipeline(settings, store, Router.build(settings.routing, settings.sections), clock)
    result = pipeline.accept(msg("sms", f"RAHASIA. {LPG}"))
    with store.read() as s:
        complaint = s.get(Complaint, result.complaint_id)
    assert complaint is not None
    assert (complaint.text, complaint.confidential, complaint.anonymous) == (LPG, True, False)
    assert complaint.section == "perekonomian" and complaint.reply_address == "s"
