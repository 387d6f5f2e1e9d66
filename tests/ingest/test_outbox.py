"""The outbox dispatcher against a fake SMS gateway on loopback."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from channels.base import IncomingMessage
from channels.sms import send
from channels.sms.generic import sign
from channels.sms.send import SmsSender
from service.app import Service, build_service
from settings.root import Settings
from store.db import Store
from store.models import Message, Outbox
from tests.conftest import Clock
from tests.fakes import FakeGateway
from tests.fakeserver import Request, Response


def complain(service: Service, n: int, sender: str = "+6281250001234") -> None:
    service.ctx.pipeline.accept(
        IncomingMessage(
            channel="sms",
            external_id=f"g:{n}",
            sender=sender,
            text=f"Jalan rusak nomor {n}",
            received_at=service.ctx.clock(),
            new_thread=True,
        )
    )


def outbox(store: Store) -> list[Outbox]:
    with store.read() as s:
        return list(s.exec(select(Outbox).order_by(col(Outbox.id))))


def test_ack_reaches_gateway_signed_and_is_stored_as_outgoing_message(
    service: Service, store: Store, gateway: FakeGateway, settings: Settings
) -> None:
    complain(service, 1)
    assert service.dispatcher.drain() == 1
    (request,) = gateway.requests
    assert request.path == "/send"
    assert request.json()["to"] == "+6281250001234"
    secret = settings.channels.sms.generic.secret
    assert secret is not None

    assert request.headers["X-Aduan-Signature"] == sign(request.body, secret.get_secret_value())
    (row,) = outbox(store)
    assert row.status == "sent" and row.attempts == 1 and row.provider_id == "generic:msg-1"
    with store.read() as s:
        out = s.exec(select(Message).where(col(Message.direction) == "out")).one()
    assert out.external_id == "generic:msg-1" and out.kind == "ack"


def test_transient_failures_back_off_then_succeed(
    service: Service, store: Store, gateway: FakeGateway, clock: Clock
) -> None:
    complain(service, 1)
    gateway.fail_next(503, times=2)
    service.dispatcher.run_once()
    (row,) = outbox(store)
    assert row.status == "pending" and row.attempts == 1 and "503" in (row.last_error or "")
    assert service.dispatcher.run_once() == 0  # not due yet
    clock.advance(seconds=10)
    service.dispatcher.run_once()
    (row,) = outbox(store)
    assert row.attempts == 2
    wait = (row.next_attempt_at - clock.now).total_seconds()
    assert wait == pytest.approx(20)  # exponential: 10 s, then 20 s
    clock.advance(seconds=20)
    service.dispatcher.run_once()
    (row,) = outbox(store)
    assert row.status == "sent" and row.attempts == 3 and len(row.attempt_log) == 3


def test_retry_after_from_the_gateway_is_honoured(
    service: Service, store: Store, gateway: FakeGateway, clock: Clock
) -> None:
    complain(service, 1)
    gateway.fail_next(429, headers={"Retry-After": "120"})
    service.dispatcher.run_once()
    (row,) = outbox(store)
    assert (row.next_attempt_at - clock.now).total_seconds() == pytest.approx(120)


def test_gives_up_after_max_attempts_and_shows_the_failure(
    service: Service, store: Store, gateway: FakeGateway, clock: Clock, settings: Settings
) -> None:
    complain(service, 1)
    gateway.fail_next(500, times=50)
    for _ in range(settings.outbox.max_attempts + 2):
        service.dispatcher.run_once()
        clock.advance(hours=2)
    (row,) = outbox(store)
    assert row.status == "failed"
    assert row.attempts == settings.outbox.max_attempts
    assert "gave up" in (row.last_error or "")


def test_permanent_rejection_fails_at_once(
    service: Service, store: Store, gateway: FakeGateway
) -> None:
    complain(service, 1)
    gateway.fail_next(400)
    service.dispatcher.run_once()
    (row,) = outbox(store)
    assert row.status == "failed" and row.attempts == 1 and "400" in (row.last_error or "")


def test_without_a_gateway_messages_are_undeliverable_at_once(
    settings: Settings, store: Store, clock: Clock
) -> None:
    settings.channels.sms.outbound = "none"
    service = build_service(settings, store, clock=clock)
    assert "sms" not in service.ctx.senders
    complain(service, 1)
    service.dispatcher.run_once()
    (row,) = outbox(store)
    assert row.status == "undeliverable" and "no outbound transport" in (row.last_error or "")
    assert service.dispatcher.run_once() == 0


def test_stranded_rows_are_settled_together_each_keeping_its_own_log(
    settings: Settings, store: Store, clock: Clock
) -> None:
    settings.channels.sms.outbound = "none"
    service = build_service(settings, store, clock=clock)
    for n in range(3):
        complain(service, n, sender=f"+62812500012{n:02d}")
    earlier = {"at": "2026-01-01T00:00:00+00:00", "status": "pending", "error": "503"}
    with store.write() as s:
        first = s.get(Outbox, outbox(store)[0].id)
        assert first is not None
        first.attempts, first.attempt_log = 1, [earlier]
        s.add(first)
    assert service.dispatcher.run_once() == 3
    rows = outbox(store)
    assert [r.status for r in rows] == ["undeliverable"] * 3
    assert [r.attempts for r in rows] == [1, 0, 0]  # undeliverable is not an attempt
    assert [len(r.attempt_log) for r in rows] == [2, 1, 1]
    assert rows[0].attempt_log[0] == earlier
    for row in rows:
        assert row.attempt_log[-1]["status"] == "undeliverable"
        assert "no outbound transport" in (row.attempt_log[-1]["error"] or "")
        assert row.claimed_by is None and row.lease_until is None and row.idempotency_key


def test_sender_reports_what_a_gateway_lacks(settings: Settings) -> None:
    sms = settings.channels.sms
    sms.outbound = "twilio"
    sms.twilio.from_number = None
    assert "from_number" in (SmsSender.missing(sms) or "")
    sms.outbound = "android"
    assert "username" in (SmsSender.missing(sms) or "")


def test_reused_provider_id_is_recorded_not_resent(
    service: Service, store: Store, gateway: FakeGateway, clock: Clock
) -> None:
    complain(service, 1)
    complain(service, 2, sender="+6281250005678")
    original = gateway.answer

    def same_id(request: Request) -> Response:  # the gateway answers id "msg-1" every time
        gateway.requests.clear()
        return original(request)

    gateway.answer = same_id  # type: ignore[method-assign]
    service.dispatcher.drain()
    clock.advance(hours=1)
    service.dispatcher.drain()
    rows = outbox(store)
    assert [r.status for r in rows] == ["sent", "sent"]
    assert all(r.attempts == 1 for r in rows)
    with store.read() as s:
        ids = sorted(
            m.external_id for m in s.exec(select(Message).where(col(Message.direction) == "out"))
        )
    assert ids == ["generic:msg-1", f"outbox:{rows[1].id}"]


def test_unreadable_gateway_answer_still_counts_as_sent(
    service: Service, store: Store, gateway: FakeGateway
) -> None:
    class Odd:
        content = b"OK"

        def json(self) -> object:
            raise ValueError("not json")

    assert send._field(Odd(), "id", "generic") is None  # type: ignore[arg-type]
