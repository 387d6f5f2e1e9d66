"""One contract for every channel: parse, dedupe, follow-up, STATUS in-channel, reply delivered.

Each channel is an adapter below: its fixture and parser, how a follow-up looks on it (the same
sender again, or a reply in the thread for email and X), and its sender pointed at the fake
provider the channel's own tests use. Adding a channel means adding one adapter here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from pydantic import SecretStr
from sqlmodel import col, func, select

from channels.base import IncomingMessage, Sender
from channels.email.parse import ParseOptions as EmailOptions
from channels.email.parse import parse as parse_email
from channels.email.settings import EmailSettings
from channels.email.smtp import EmailSender
from channels.sms import generic
from channels.sms.send import SmsSender
from channels.telegram.parse import ParseOptions as TelegramOptions
from channels.telegram.parse import parse_json as parse_telegram
from channels.telegram.transport import TelegramTransport
from channels.whatsapp import parse as wa
from channels.whatsapp.send import WhatsAppSender
from channels.x.parse import parse_dm_events, parse_mentions
from channels.x.settings import XSettings
from channels.x.transport import XTransport
from ingest.channels.x import code_finder
from service.app import Service, build_service
from settings.root import Settings
from store.db import Store
from store.models import Complaint, Message, Outbox
from tests.channels.telegram import fake_bot_api
from tests.channels.whatsapp import fake_graph
from tests.channels.x import fake_x
from tests.conftest import Clock, free_port
from tests.fakes import FakeGateway, fake_gateway

FIXTURES = Path(__file__).parents[1] / "fixtures"
WHEN = datetime(2024, 6, 20, 8, 0, tzinfo=UTC)
Delivered = tuple[str | None, str | None]  # (recipient, thread) as the provider saw them


@dataclass
class Adapter:
    """How one channel meets the contract."""

    name: str
    fixture: str
    parse: Callable[[bytes], list[IncomingMessage]]
    expect: dict[str, Any]
    provider: Callable[[Settings, Clock], AbstractContextManager[tuple[Sender, Any]]]
    delivered: Callable[[Any], Delivered]
    thread_of: Callable[[IncomingMessage], str | None]
    followup: Callable[[IncomingMessage], IncomingMessage] | None = None
    channel: str = ""
    provider_recipient: Callable[[IncomingMessage], str | None] = field(
        default=lambda msg: msg.sender
    )

    def first(self) -> IncomingMessage:
        [msg] = self.parse((FIXTURES / self.fixture).read_bytes())
        return msg

    def next_message(self, first: IncomingMessage) -> IncomingMessage:
        """A later message from the same sender: threaded when the channel threads."""
        if self.followup is not None:
            return self.followup(first)
        return replace(first, external_id=first.external_id + "-2", text="Tambahan: masih rusak")


# ---- sms: the generic gateway in and out (tests/fakes.py) -------------------------------


@contextmanager
def sms_provider(settings: Settings, _clock: Clock) -> Iterator[tuple[Sender, Any]]:
    with fake_gateway() as gw:
        sms = settings.channels.sms
        sms.outbound, sms.generic.send_url = "generic", gw.url
        yield SmsSender(sms), gw


def sms_delivered(gw: FakeGateway) -> Delivered:
    return gw.requests[-1].json()["to"], None


# ---- telegram: the fake Bot API ---------------------------------------------------------


@contextmanager
def telegram_provider(settings: Settings, clock: Clock) -> Iterator[tuple[Sender, Any]]:
    with fake_bot_api.serve(fake_bot_api.FakeBotApi()) as api:
        tg = settings.channels.telegram
        tg.bot_token = SecretStr(fake_bot_api.TOKEN)
        tg.api_base_url, tg.file_base_url = api.base_url, api.file_base_url
        transport = TelegramTransport(tg, clock)
        try:
            yield transport, api
        finally:
            transport.close()


def telegram_delivered(api: fake_bot_api.FakeBotApi) -> Delivered:
    sent = api.sent()[-1]
    return str(sent["chat_id"]), str(sent["reply_parameters"]["message_id"])


# ---- whatsapp: the fake Graph API -------------------------------------------------------


@contextmanager
def whatsapp_provider(settings: Settings, clock: Clock) -> Iterator[tuple[Sender, Any]]:
    with fake_graph.serve(fake_graph.FakeGraph()) as graph:
        w = settings.channels.whatsapp
        w.access_token, w.phone_number_id = SecretStr(fake_graph.TOKEN), fake_graph.PHONE_ID
        w.graph_base_url = graph.base_url
        yield WhatsAppSender(w, lambda _r: clock(), clock), graph


def whatsapp_delivered(graph: fake_graph.FakeGraph) -> Delivered:
    body = graph.sent[-1]
    return "+" + body["to"], body.get("context", {}).get("message_id")


# ---- x: the fake API v2 behind responses -------------------------------------------------


@contextmanager
def x_provider(settings: Settings, clock: Clock) -> Iterator[tuple[Sender, Any]]:
    with fake_x.serve(fake_x.FakeX()) as api:
        x = fake_x.x_settings(XSettings())
        yield XTransport(x, clock, code_finder(settings.service.tracking_prefix)), api


def x_delivered(api: fake_x.FakeX) -> Delivered:
    if api.sent_tweets:
        return None, api.sent_tweets[-1]["reply"]["in_reply_to_tweet_id"]
    participant, _body = api.sent_dms[-1]
    return participant, None


def x_reply(first: IncomingMessage) -> IncomingMessage:
    [msg] = parse_mentions(load_json("x/mention_reply_in_conversation.json"), fake_x.OWN_ID)
    assert first.external_id[6:] in "".join(msg.thread_keys)
    return msg


# ---- email: aiosmtpd on loopback ---------------------------------------------------------


@dataclass
class Inbox:
    """An SMTP handler keeping what it receives."""

    mails: list[EmailMessage] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        mail = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(mail, EmailMessage)
        self.mails.append(mail)
        return "250 Message accepted"


@contextmanager
def email_provider(_settings: Settings, clock: Clock) -> Iterator[tuple[Sender, Any]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        email = EmailSettings.model_validate(
            {"smtp_port": port, "smtp_tls": "none", "from_address": "aduan@setda.kukarkab.go.id"}
        )
        yield EmailSender(email, clock), inbox
    finally:
        controller.stop()


def email_delivered(inbox: Inbox) -> Delivered:
    mail = inbox.mails[-1]
    return str(mail["To"]), str(mail["In-Reply-To"])


def email_reply(first: IncomingMessage) -> IncomingMessage:
    return replace(
        first,
        external_id="<reply-2@mail.gmail.com>",
        text="Tambahan foto menyusul",
        subject=f"Re: {first.subject}",
        thread_keys=(first.external_id,),
    )


def load_json(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


ADAPTERS = [
    Adapter(
        "sms", "sms/generic_basic.json", lambda b: generic.parse(b, WHEN),
        {"external_id": "generic:gw-20261120-000123", "sender": "+6281255550123",
         "text": "Harga beras di pasar Tenggarong naik terus"},
        sms_provider, sms_delivered, lambda _m: None,
    ),
    Adapter(
        "telegram", "telegram/text_private.json",
        lambda b: parse_telegram(b, TelegramOptions()),
        {"external_id": "111222333:41", "sender": "111222333", "text": "Lampu jalan"},
        telegram_provider, telegram_delivered, lambda m: str(m.meta["message_id"]),
    ),
    Adapter(
        "whatsapp", "whatsapp/text_basic.json", lambda b: wa.parse(b, WHEN),
        {"external_id": "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjBBQTk3RkYxNjhCRjlEODAzQzAA",
         "sender": "+6281234567890", "text": "Jalan rusak di depan kantor desa Loa Janan"},
        whatsapp_provider, whatsapp_delivered, lambda m: m.external_id,
    ),
    Adapter(
        "x-mention", "x/mention_with_includes.json",
        lambda b: parse_mentions(json.loads(b), fake_x.OWN_ID),
        {"external_id": "tweet:1803712345678901234", "sender": "1422334455667788990",
         "text": "Jalan poros Tenggarong - Samarinda"},
        x_provider, x_delivered, lambda m: m.meta["reply_meta"]["tweet_id"], x_reply,
        channel="x", provider_recipient=lambda _m: None,  # a public reply names no one
    ),
    Adapter(
        "x-dm", "x/dm_message_create.json",
        lambda b: parse_dm_events(json.loads(b), fake_x.OWN_ID),
        {"external_id": "dm:1803730000000000010", "sender": "1422334455667788990",
         "text": "Selamat siang, saya mau melapor"},
        x_provider, x_delivered, lambda _m: None, channel="x",
    ),
    Adapter(
        "email", "email/gmail_plain_indonesian.eml",
        lambda b: parse_email(b, WHEN, EmailOptions(own_domain="setda.kukarkab.go.id")),
        {"external_id": "<CAF3x7Q1kZ9=gmail0001@mail.gmail.com>",
         "sender": "rina.marlina88@gmail.com", "text": "Selamat siang Bapak/Ibu"},
        email_provider, email_delivered, lambda m: m.external_id, email_reply,
    ),
]  # fmt: skip
for _adapter in ADAPTERS:
    _adapter.channel = _adapter.channel or _adapter.name


@pytest.fixture(params=ADAPTERS, ids=[a.name for a in ADAPTERS])
def adapter(request: pytest.FixtureRequest) -> Adapter:
    found: Adapter = request.param
    return found


@pytest.fixture
def service(settings: Settings, store: Store, clock: Clock) -> Service:
    clock.now = datetime(2024, 6, 20, 8, 5, tzinfo=UTC)
    return build_service(settings, store, clock=clock)


def count(store: Store, model: Any, *where: Any) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model).where(*where)).one())


def test_fixture_gives_the_basic_fields(adapter: Adapter) -> None:
    msg = adapter.first()
    assert msg.channel == adapter.channel
    assert msg.received_at.tzinfo is not None
    expect = dict(adapter.expect)
    assert msg.text.startswith(expect.pop("text")), msg.text
    for key, value in expect.items():
        assert getattr(msg, key) == value, key


def test_same_message_twice_is_one_message(
    adapter: Adapter, service: Service, store: Store
) -> None:
    first = adapter.first()
    created = service.ctx.pipeline.accept(first)
    again = service.ctx.pipeline.accept(first)
    assert (created.outcome, again.outcome) == ("created", "duplicate")
    assert again.complaint_id == created.complaint_id
    assert count(store, Message, col(Message.channel) == adapter.channel) == 1
    assert count(store, Outbox) == 1 and count(store, Complaint) == 1


def test_followup_joins_the_open_complaint(
    adapter: Adapter, service: Service, store: Store, clock: Clock
) -> None:
    first = adapter.first()
    created = service.ctx.pipeline.accept(first)
    clock.advance(minutes=40)
    later = service.ctx.pipeline.accept(adapter.next_message(first))
    assert later.outcome == "followup"
    assert later.complaint_id == created.complaint_id
    assert count(store, Complaint) == 1


@pytest.mark.parametrize("word", ["STATUS", "CEK"])
def test_status_is_answered_in_channel(
    adapter: Adapter, service: Service, store: Store, clock: Clock, word: str
) -> None:
    first = adapter.first()
    code = service.ctx.pipeline.accept(first).tracking_code
    clock.advance(hours=2)
    ask = replace(first, external_id=first.external_id + "-status", text=f"{word} {code}",
                  subject=None, thread_keys=())  # fmt: skip
    result = service.ctx.pipeline.accept(ask)
    assert result.outcome == "command" and result.tracking_code == code
    with store.read() as s:
        [answer] = s.exec(select(Outbox).where(col(Outbox.kind) == "status")).all()
    assert (answer.channel, answer.recipient) == (adapter.channel, first.reply_to or first.sender)
    assert code is not None and code in answer.text


def test_reply_reaches_the_provider_with_recipient_and_thread(
    adapter: Adapter, settings: Settings, store: Store, clock: Clock
) -> None:
    first = adapter.first()
    with adapter.provider(settings, clock) as (sender, fake):
        service = build_service(settings, store, clock=clock, senders={adapter.channel: sender})
        code = service.ctx.pipeline.accept(first).tracking_code
        assert service.dispatcher.drain() == 1
        recipient, thread = adapter.delivered(fake)
    assert recipient == adapter.provider_recipient(first)
    assert thread == adapter.thread_of(first)
    with store.read() as s:
        row = s.exec(select(Outbox)).one()
        out = s.exec(select(Message).where(col(Message.direction) == "out")).one()
    assert row.status == "sent" and row.recipient == (first.reply_to or first.sender)
    assert out.channel == adapter.channel and out.complaint_id is not None
    assert code is not None
