"""Sending counts toward a channel's health: a provider that refuses marks the channel down,
the admins hear of it once per outage through another channel, and a success clears it.

One case per outbound transport, each against a provider on loopback that refuses (a closed
port, 500s, 401) or the X fake of `responses`; the admins listen on Telegram (the fake Bot API),
or on email (aiosmtpd) when Telegram itself is down.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from prometheus_client import REGISTRY
from pydantic import SecretStr
from sqlmodel import col, select
from typer.testing import CliRunner

from channels.base import IncomingMessage
from channels.email.settings import EmailSettings
from channels.email.smtp import EmailSender
from channels.telegram.transport import TelegramTransport
from ingest.scheduler import run_job
from ingest.wiring import Job
from service.app import Service, build_service
from service.cli import app as cli
from settings.root import Settings
from store.db import Store
from store.health import UNHEALTHY_AFTER
from store.models import ChannelHealth, Outbox
from tests.channels.telegram.fake_bot_api import TOKEN, FakeBotApi
from tests.channels.telegram.fake_bot_api import serve as serve_bot
from tests.channels.whatsapp.fake_graph import PHONE_ID, FakeGraph
from tests.channels.whatsapp.fake_graph import TOKEN as WA_TOKEN
from tests.channels.whatsapp.fake_graph import serve as serve_graph
from tests.channels.x.fake_x import FakeX, x_settings
from tests.channels.x.fake_x import serve as serve_x
from tests.conftest import ROOT, Clock, free_port
from tests.fakes import FakeGateway, fake_gateway

ADMIN_CHAT, ADMIN_MAIL = 424242, "admin@kukarkab.go.id"
PHONE = "+6281250005555"


@dataclass
class Inbox:
    """An SMTP server on loopback that keeps what it receives, or refuses every sender."""

    mails: list[bytes] = field(default_factory=list)
    refuse: str | None = None

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if self.refuse:
            return self.refuse
        envelope.mail_from = address
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.mails.append(envelope.content)
        return "250 Message accepted"


@contextmanager
def smtp_server(inbox: Inbox) -> Iterator[int]:
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def mail_settings(port: int) -> EmailSettings:
    return EmailSettings.model_validate({
        "smtp_host": "127.0.0.1", "smtp_port": port, "smtp_tls": "none",
        "from_address": "aduan@setda.kukarkab.go.id", "timeout_seconds": 5,
    })  # fmt: skip


@dataclass
class Provider:
    """One channel's provider: how to make it refuse, recover, and who the test writes to."""

    channel: str
    recipient: str
    refuse: Callable[[], None]
    recover: Callable[[], None]
    meta: dict[str, Any] = field(default_factory=dict)
    distinct: bool = False
    """Write each message to another recipient (Telegram paces messages to one chat)."""


def _gateway(stack: ExitStack, settings: Settings, kind: str, status: int) -> Provider:
    gateway: FakeGateway = stack.enter_context(fake_gateway())
    sms = settings.channels.sms
    sms.outbound = kind  # type: ignore[assignment]
    if kind == "generic":
        sms.generic.send_url = gateway.url + "/send"
    elif kind == "twilio":
        sms.twilio.api_base_url, sms.twilio.from_number = gateway.url, "+15005550006"
    else:
        sms.android.api_base_url = gateway.url
        sms.android.username, sms.android.password = "aduan", SecretStr("android-pass")
    return Provider(
        "sms", PHONE, lambda: gateway.fail_next(status, times=100), gateway.script.clear
    )


def _closed_port(stack: ExitStack, settings: Settings) -> tuple[Provider, list[FakeGateway]]:
    """Generic SMS pointed at a port nobody listens on, until a gateway starts there."""
    sms = settings.channels.sms
    sms.outbound = "generic"
    sms.generic.send_url = f"http://127.0.0.1:{free_port()}/send"
    started: list[FakeGateway] = []

    def recover() -> None:
        started.append(stack.enter_context(fake_gateway()))
        sms.generic.send_url = started[0].url + "/send"

    return Provider("sms", PHONE, lambda: None, recover), started


def _whatsapp(stack: ExitStack, settings: Settings, status: int) -> Provider:
    graph: FakeGraph = stack.enter_context(serve_graph(FakeGraph()))
    w = settings.channels.whatsapp
    w.access_token, w.app_secret = SecretStr(WA_TOKEN), SecretStr("wa-app-secret")
    w.verify_token, w.phone_number_id = SecretStr("wa-verify"), PHONE_ID
    w.graph_base_url, w.template_name = graph.base_url, "aduan_balasan"
    return Provider("whatsapp", PHONE, lambda: graph.fail(status, 100), graph.failures.clear)


def _x(stack: ExitStack, settings: Settings, status: int) -> Provider:
    api: FakeX = stack.enter_context(serve_x(FakeX()))
    x_settings(settings.channels.x)
    return Provider(
        "x", "1422334455667788990", lambda: api.fail("dms", status, 100),
        api.failures.clear, {"participant_id": "1422334455667788990"},
    )  # fmt: skip


@dataclass
class World:
    """The service under test, the refusing provider and what the admins received."""

    service: Service
    store: Store
    clock: Clock
    provider: Provider
    admins_received: Callable[[], int]
    queued: int = 0


def _bot(stack: ExitStack, settings: Settings, clock: Clock) -> tuple[FakeBotApi, Any]:
    """The fake Bot API and a Telegram sender on the test clock (its pacing reads the clock)."""
    bot: FakeBotApi = stack.enter_context(serve_bot(FakeBotApi()))
    tg = settings.channels.telegram
    tg.bot_token = SecretStr(TOKEN)
    tg.api_base_url, tg.file_base_url = bot.base_url, bot.file_base_url
    return bot, TelegramTransport(tg, clock)


@pytest.fixture
def stack() -> Iterator[ExitStack]:
    with ExitStack() as s:
        yield s


def world(
    stack: ExitStack, settings: Settings, store: Store, clock: Clock, provider: Provider,
    senders: dict[str, Any] | None = None, admins: Callable[[], int] | None = None,
) -> World:  # fmt: skip
    senders = dict(senders or {})
    if admins is None:
        bot, senders["telegram"] = _bot(stack, settings, clock)
        settings.alerts.telegram_chat_ids = [ADMIN_CHAT]

        def admins() -> int:
            return sum(1 for m in bot.sent() if int(m["chat_id"]) == ADMIN_CHAT)

    service = build_service(settings, store, clock=clock, senders=senders)
    for sender in service.ctx.senders.values():
        if hasattr(sender, "close"):
            stack.callback(sender.close)
    return World(service, store, clock, provider, admins)


def queue(w: World, n: int) -> None:
    now = w.clock()
    with w.store.write() as session:
        for i in range(n):
            to = w.provider.recipient
            if w.provider.distinct:
                to, w.queued = str(int(to) + w.queued), w.queued + 1
            session.add(Outbox(
                channel=w.provider.channel, recipient=to, kind="reply",
                text=f"Balasan petugas nomor {i}.", automatic=False, meta=dict(w.provider.meta),
                created_at=now, next_attempt_at=now,
            ))  # fmt: skip


def health(w: World) -> ChannelHealth:
    with w.store.read() as session:
        found = session.get(ChannelHealth, w.provider.channel)
    assert found is not None
    return found


def metric(channel: str) -> float | None:
    return REGISTRY.get_sample_value("aduan_channel_healthy", {"channel": channel})


def alerts(w: World) -> list[Outbox]:
    with w.store.read() as session:
        stmt = select(Outbox).where(col(Outbox.kind) == "alert").order_by(col(Outbox.id))
        return list(session.exec(stmt))


def outage(w: World, attempts: int, expected_alerts: int) -> None:
    """The provider refuses `attempts` sends: the channel is down and the admins told once."""
    w.provider.refuse()
    queue(w, attempts)
    w.service.dispatcher.drain()
    row = health(w)
    assert not row.healthy and not row.send_healthy and row.alerted
    assert row.last_error and row.last_error.startswith("send: ")
    assert metric(w.provider.channel) == 0
    found = alerts(w)
    assert len(found) == expected_alerts
    assert all(a.meta["alert_for"] == w.provider.channel for a in found)
    assert {a.status for a in found} == {"sent"}
    assert w.admins_received() == expected_alerts


def recovery(w: World) -> None:
    """The provider works again: the retried sends go out and the channel is healthy."""
    w.provider.recover()
    w.clock.advance(hours=2)
    w.service.dispatcher.drain()
    row = health(w)
    assert row.healthy and row.send_healthy and row.send_failures == 0 and not row.alerted
    assert metric(w.provider.channel) == 1
    with w.store.read() as session:
        stmt = select(Outbox.status).where(col(Outbox.channel) == w.provider.channel)
        assert set(session.exec(stmt)) == {"sent"}


def two_outages(w: World, attempts: int) -> None:
    """Two outages with a recovery between: exactly one alert for each."""
    outage(w, attempts, expected_alerts=1)
    w.provider.refuse()  # still down: more failures, no second alert
    queue(w, 2)
    w.service.dispatcher.drain()
    assert len(alerts(w)) == 1 and w.admins_received() == 1
    recovery(w)
    outage(w, attempts, expected_alerts=2)


@pytest.mark.parametrize("kind", ["generic", "twilio", "android"])
def test_sms_gateway_answering_500_marks_sms_down_once_per_outage(
    stack: ExitStack, settings: Settings, store: Store, clock: Clock, kind: str
) -> None:
    provider = _gateway(stack, settings, kind, 500)
    two_outages(world(stack, settings, store, clock, provider), UNHEALTHY_AFTER)


@pytest.mark.parametrize("kind", ["generic", "twilio", "android"])
def test_sms_gateway_refusing_credentials_marks_sms_down_at_once(
    stack: ExitStack, settings: Settings, store: Store, clock: Clock, kind: str
) -> None:
    provider = _gateway(stack, settings, kind, 401)
    w = world(stack, settings, store, clock, provider)
    outage(w, 1, expected_alerts=1)
    assert health(w).send_failures == 1
    recovery(w)


def test_sms_gateway_on_a_closed_port_marks_sms_down(
    stack: ExitStack, settings: Settings, store: Store, clock: Clock
) -> None:
    provider, started = _closed_port(stack, settings)
    w = world(stack, settings, store, clock, provider)
    queue(w, UNHEALTHY_AFTER - 1)
    w.service.dispatcher.drain()
    assert health(w).healthy and health(w).send_failures == 2 and alerts(w) == []
    outage(w, 1, expected_alerts=1)
    assert "cannot reach" in (health(w).last_error or "")
    recovery(w)
    assert len(started[0].requests) == UNHEALTHY_AFTER


@pytest.mark.parametrize("status", [500, 401])
def test_whatsapp_graph_refusing_marks_whatsapp_down(
    stack: ExitStack, settings: Settings, store: Store, clock: Clock, status: int
) -> None:
    w = world(stack, settings, store, clock, _whatsapp(stack, settings, status))
    two_outages(w, UNHEALTHY_AFTER if status == 500 else 1)


def test_whatsapp_without_a_template_is_a_configuration_error_at_once(
    stack: ExitStack, settings: Settings, store: Store, clock: Clock
) -> None:
    provider = _whatsapp(stack, settings, 500)
    settings.channels.whatsapp.template_name = None
    w = world(stack, settings, store, clock, provider)
    outage(w, 1, expected_alerts=1)
    assert "template" in (health(w).last_error or "")


@pytest.mark.parametrize("status", [500, 401])
def test_x_refusing_marks_x_down(
    stack: ExitStack, settings: Settings, store: Store, clock: Clock, status: int
) -> None:
    w = world(stack, settings, store, clock, _x(stack, settings, status))
    two_outages(w, UNHEALTHY_AFTER if status == 500 else 1)


@pytest.mark.parametrize("status", [500, 401])
def test_telegram_refusing_marks_telegram_down_and_email_tells_the_admins(
    stack: ExitStack, settings: Settings, store: Store, clock: Clock, status: int
) -> None:
    bot, transport = _bot(stack, settings, clock)
    inbox = Inbox()
    port = stack.enter_context(smtp_server(inbox))
    settings.alerts.email = [ADMIN_MAIL]
    provider = Provider(
        "telegram", "1001", lambda: bot.fail("sendMessage", status, 100),
        bot.failures.clear, distinct=True,
    )  # fmt: skip
    senders = {"email": EmailSender(mail_settings(port)), "telegram": transport}
    w = world(stack, settings, store, clock, provider, senders, lambda: len(inbox.mails))
    two_outages(w, UNHEALTHY_AFTER if status == 500 else 1)
    assert b"telegram" in inbox.mails[0]


@pytest.mark.parametrize("refusal", ["closed port", "421 at MAIL FROM"])
def test_smtp_refusing_marks_email_down_and_telegram_tells_the_admins(
    stack: ExitStack, settings: Settings, store: Store, clock: Clock, refusal: str
) -> None:
    inbox = Inbox()
    port = stack.enter_context(smtp_server(inbox))
    sender = EmailSender(mail_settings(port if refusal != "closed port" else free_port()))

    def recover() -> None:
        inbox.refuse = None
        sender.settings = mail_settings(port)

    provider = Provider(
        "email", "warga@example.id",
        lambda: setattr(inbox, "refuse", "421 4.3.2 Service not available"), recover,
    )  # fmt: skip
    w = world(stack, settings, store, clock, provider, {"email": sender})
    two_outages(w, UNHEALTHY_AFTER)
    assert len(inbox.mails) == UNHEALTHY_AFTER + 2


def test_a_refused_recipient_says_nothing_of_the_channel(
    stack: ExitStack, settings: Settings, store: Store, clock: Clock
) -> None:
    provider = _gateway(stack, settings, "generic", 400)
    w = world(stack, settings, store, clock, provider)
    provider.refuse()
    queue(w, UNHEALTHY_AFTER + 1)
    w.service.dispatcher.drain()
    with w.store.read() as session:
        assert session.get(ChannelHealth, "sms") is None
    assert alerts(w) == []


def test_polls_that_work_do_not_hide_a_dead_sender(
    stack: ExitStack, settings: Settings, store: Store, clock: Clock
) -> None:
    w = world(stack, settings, store, clock, _gateway(stack, settings, "generic", 500))
    outage(w, UNHEALTHY_AFTER, expected_alerts=1)
    w.service.ctx.health.forget("sms")
    run_job(w.service.ctx, Job("sms-poll", "sms", 60, lambda: 0))
    assert not health(w).healthy and metric("sms") == 0


def test_channels_status_shows_the_outage_and_the_last_send_and_receive(
    stack: ExitStack, settings: Settings, store: Store, clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    w = world(stack, settings, store, clock, _gateway(stack, settings, "generic", 500))
    monkeypatch.setenv("ADUAN_DATABASE__URL", store.url)
    command = ["channels", "status", "--config", str(ROOT / "config.yaml")]
    outage(w, UNHEALTHY_AFTER, expected_alerts=1)
    down = CliRunner().invoke(cli, command)
    assert down.exit_code == 0, down.output
    assert "sms: UNHEALTHY (3 failed sends in a row)" in down.output
    assert "  last send: never; last receive: never" in down.output
    w.service.ctx.pipeline.accept(IncomingMessage(
        channel="sms", external_id="in:1", sender=PHONE, text="Jalan rusak di Loa Janan",
        received_at=clock.now, new_thread=True,
    ))  # fmt: skip
    recovery(w)
    up = CliRunner().invoke(cli, command).output
    assert "sms: healthy" in up
    assert f"  last send: {clock.now.isoformat()}; last receive: " in up
    assert "last receive: never" not in up.split("sms: ")[1].split("\n")[1]
