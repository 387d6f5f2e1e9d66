"""The survey question by question on SMS, Telegram and WhatsApp, against the fake providers."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlmodel import col, func, select

from accountability.survey import expire
from channels.base import IncomingMessage
from desk.jobs import close_resolved
from service.app import Service, build_service
from settings.root import Settings
from store.db import Store
from store.models import Complaint, Message, Survey
from tests.channels.test_contract import ADAPTERS, Adapter
from tests.conftest import Clock
from tests.survey.helpers import close, delivered_texts, survey_outbox, surveys

CHAT = [a for a in ADAPTERS if a.name in ("sms", "telegram", "whatsapp")]
ANSWERS = ["4", "3", "7", "3", "4", "2", "4", "3", "4", "1", "saran: petugas ramah, tapi lambat"]


@pytest.fixture(params=CHAT, ids=[a.name for a in CHAT])
def chat(request: pytest.FixtureRequest) -> Adapter:
    found: Adapter = request.param
    return found


def answer(first: IncomingMessage, n: int, text: str) -> IncomingMessage:
    """The citizen's n-th reply on the same chat."""
    return replace(first, external_id=f"{first.external_id}-s{n}", text=text, thread_keys=(),
                   attachments=(), subject=None)  # fmt: skip


def complaints(store: Store) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(Complaint)).one())


def test_nine_questions_answered_with_digits_then_a_comment(
    chat: Adapter, settings: Settings, store: Store, clock: Clock
) -> None:
    first = chat.first()
    with chat.provider(settings, clock) as (sender, fake):
        service = build_service(settings, store, clock=clock, senders={chat.channel: sender})
        created = service.ctx.pipeline.accept(first)
        assert created.complaint_id is not None
        close(service, created.complaint_id)
        service.dispatcher.drain()
        for n, text in enumerate(ANSWERS):
            clock.advance(minutes=2)  # Telegram's transport paces messages to one chat
            service.dispatcher.drain()
            result = service.ctx.pipeline.accept(answer(first, n, text))
            assert result.outcome == "survey", text
            assert result.complaint_id is None  # answers stay out of the officers' thread
        clock.advance(minutes=2)
        service.dispatcher.drain()
        got = delivered_texts(chat.channel, fake)
    address = first.reply_to or first.sender
    assert {to for to, _ in got} == {address}
    texts = [t for _, t in got[1:]]  # after the acknowledgement
    assert "telah ditutup" in texts[0] and "1/9" in texts[0] and "TIDAK" in texts[0]
    assert "2/9" in texts[1] and "3/9" in texts[2]
    assert "1 sampai 4" in texts[3] and "3/9" in texts[3]  # 7 is out of range: asked again
    assert "9/9" in texts[9] and "SARAN" in texts[10]
    assert texts[11].startswith("Terima kasih atas penilaian")
    (s,) = surveys(store)
    assert (s.status, s.mode, s.channel, s.recipient) == ("done", "chat", chat.channel, address)
    assert s.answers == [4, 3, 3, 4, 2, 4, 3, 4, 1]
    assert s.comment == "petugas ramah, tapi lambat"
    assert s.finished_at == clock.now - timedelta(minutes=2) and s.section == created.section
    assert complaints(store) == 1
    with store.read() as db:
        kinds = db.exec(
            select(Message.kind, func.count())
            .where(col(Message.direction) == "in")
            .group_by(col(Message.kind))
        ).all()
    assert dict(kinds) == {"complaint": 1, "survey": len(ANSWERS)}


def test_one_word_declines_and_later_digits_are_ordinary_messages(
    chat: Adapter, settings: Settings, store: Store, clock: Clock
) -> None:
    first = chat.first()
    with chat.provider(settings, clock) as (sender, fake):
        service = build_service(settings, store, clock=clock, senders={chat.channel: sender})
        created = service.ctx.pipeline.accept(first)
        assert created.complaint_id is not None
        close(service, created.complaint_id)
        assert service.ctx.pipeline.accept(answer(first, 0, "3")).outcome == "survey"
        assert service.ctx.pipeline.accept(answer(first, 1, " Tidak. ")).outcome == "survey"
        for _ in range(4):
            clock.advance(minutes=2)
            service.dispatcher.drain()
        last = delivered_texts(chat.channel, fake)[-1][1]
        later = service.ctx.pipeline.accept(answer(first, 2, "4"))
    assert "dibatalkan" in last
    assert later.outcome != "survey"
    (s,) = surveys(store)
    assert (s.status, s.answers) == ("declined", [3])


def test_silence_for_a_day_ends_the_survey(service: Service, store: Store, clock: Clock) -> None:
    first = CHAT[0].first()
    created = service.ctx.pipeline.accept(first)
    assert created.complaint_id is not None
    close(service, created.complaint_id)
    clock.advance(hours=23)
    assert service.ctx.pipeline.accept(answer(first, 0, "4")).outcome == "survey"
    assert expire(service.ctx) == 0
    clock.advance(hours=24, seconds=1)
    assert service.ctx.pipeline.accept(answer(first, 1, "4")).outcome != "survey"
    assert expire(service.ctx) == 1
    (s,) = surveys(store)
    assert (s.status, s.answers) == ("expired", [4])


def test_answers_out_of_range_end_it_after_the_reasks(
    service: Service, store: Store, settings: Settings
) -> None:
    first = CHAT[0].first()
    created = service.ctx.pipeline.accept(first)
    assert created.complaint_id is not None
    close(service, created.complaint_id)
    for n in range(settings.skm.max_reasks):
        service.ctx.pipeline.accept(answer(first, n, "0"))
        (s,) = surveys(store)
        assert (s.status, s.reasks, s.question) == ("answering", n + 1, 0)
    service.ctx.pipeline.accept(answer(first, 9, "5"))
    assert surveys(store)[0].status == "expired"


def test_one_invitation_per_complaint_also_from_the_auto_close_job(
    service: Service, store: Store, clock: Clock
) -> None:
    first = CHAT[0].first()
    created = service.ctx.pipeline.accept(first)
    assert created.complaint_id is not None
    close(service, created.complaint_id, "diproses", "selesai")
    assert surveys(store) == []
    clock.advance(days=20)
    assert close_resolved(service.ctx) == 1
    (s,) = surveys(store)
    assert s.complaint_id == created.complaint_id and s.invited_at == clock.now
    close(service, created.complaint_id, "diproses", "selesai", "ditutup")  # reopened, closed
    assert len(surveys(store)) == 1 and len(survey_outbox(store)) == 1


def test_no_invitation_without_contact_or_when_disabled(service: Service, store: Store) -> None:
    web = IncomingMessage(channel="web", external_id="form:1", sender="web:1", text="Jalan rusak",
                          received_at=service.ctx.clock(), meta={"contact": None})  # fmt: skip
    created = service.ctx.pipeline.accept(web)
    assert created.complaint_id is not None
    close(service, created.complaint_id)
    service.ctx.settings.skm.enabled = False
    other = service.ctx.pipeline.accept(CHAT[0].first())
    assert other.complaint_id is not None
    close(service, other.complaint_id)
    assert surveys(store) == [] and survey_outbox(store) == []


def test_an_expired_link_survey_is_not_answered_from_chat(
    service: Service, store: Store, clock: Clock
) -> None:
    mail = IncomingMessage(channel="email", external_id="<m1@x>", sender="warga@example.id",
                           text="Jalan rusak parah", subject="Aduan jalan",
                           received_at=clock.now)  # fmt: skip
    created = service.ctx.pipeline.accept(mail)
    assert created.complaint_id is not None
    close(service, created.complaint_id)
    digit = replace(mail, external_id="<m2@x>", text="4", subject="Re: Aduan jalan")
    assert service.ctx.pipeline.accept(digit).outcome != "survey"  # links are answered on the web
    clock.advance(days=1)
    decline = replace(mail, external_id="<m3@x>", text="TIDAK", subject="Re: Aduan jalan")
    assert service.ctx.pipeline.accept(decline).outcome == "survey"
    with store.read() as s:
        assert s.exec(select(Survey.status)).one() == "declined"
    assert timedelta(days=1) == clock.now - surveys(store)[0].invited_at
