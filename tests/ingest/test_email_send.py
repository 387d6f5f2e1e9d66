"""SMTP out (aiosmtpd on loopback), replies and bounces back in (pymap), and loop caps."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlmodel import col, select

from channels.base import OutgoingMessage
from channels.email.imap import Mailbox
from channels.email.settings import EmailSettings
from channels.email.smtp import EmailSender
from channels.errors import PermanentChannelError, TransientChannelError
from ingest.channels.email import EmailPoller, email_caps
from settings.root import Settings
from store.db import Store
from store.models import Complaint, Identity, Message, Outbox
from tests.conftest import Clock, free_port
from tests.ingest.conftest import one_imap_server
from tests.ingest.imap_servers import USER
from tests.ingest.test_email_poll import (
    count,
    email_settings,
    imap,
    seed,
    service_for,
)

OURS = "setda.kukarkab.go.id"


@dataclass
class Capture:
    """An SMTP handler that keeps what it receives, or answers RCPT with a scripted error."""

    mails: list[EmailMessage] = field(default_factory=list)
    rcpt_answer: str | None = None

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if self.rcpt_answer:
            return self.rcpt_answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        mail = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(mail, EmailMessage)
        self.mails.append(mail)
        return "250 Message accepted"


@pytest.fixture
def smtp() -> Iterator[tuple[Capture, int]]:
    """aiosmtpd on a free loopback port."""
    handler = Capture()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def test_sender_threads_and_marks_automatic_mail(smtp: tuple[Capture, int]) -> None:
    capture, port = smtp
    sender = EmailSender(email_settings(1, "INBOX", smtp_port=port))
    result = sender.send(
        OutgoingMessage(
            channel="email", recipient="rina.marlina88@gmail.com",
            text="Terima kasih, aduan Anda diterima dengan kode KK-7XQ2M-9PDKC.",
            subject="[KK-7XQ2M-9PDKC] Jalan rusak di Sebulu",
            reply_to_external_id="<their@mail.gmail.com>", thread_keys=("<older@mail.gmail.com>",),
        )
    )  # fmt: skip
    [mail] = capture.mails
    assert result.provider_id == str(mail["Message-ID"]).strip()
    assert str(mail["Message-ID"]).strip().endswith(f"@{OURS}>")
    assert mail["Subject"] == "[KK-7XQ2M-9PDKC] Jalan rusak di Sebulu"
    assert mail["In-Reply-To"] == "<their@mail.gmail.com>"
    assert mail["References"] == "<older@mail.gmail.com> <their@mail.gmail.com>"
    assert mail["Auto-Submitted"] == "auto-replied"
    assert mail.get_content_charset() == "utf-8"
    assert mail.get_content().strip().endswith("KK-7XQ2M-9PDKC.")


def test_officer_reply_is_not_marked_automatic(smtp: tuple[Capture, int]) -> None:
    capture, port = smtp
    sender = EmailSender(email_settings(1, "INBOX", smtp_port=port))
    sender.send(
        OutgoingMessage("email", "a@b.id", "Jalan sudah diperbaiki.", "[KK-1] x", automatic=False)
    )
    assert capture.mails[0]["Auto-Submitted"] is None


@pytest.mark.parametrize(
    ("answer", "error"),
    [("451 4.7.1 Greylisted, try later", TransientChannelError),
     ("550 5.1.1 No such user", PermanentChannelError)],
)  # fmt: skip
def test_smtp_4xx_is_retried_and_5xx_fails_with_the_reason(
    smtp: tuple[Capture, int], answer: str, error: type[Exception]
) -> None:
    capture, port = smtp
    capture.rcpt_answer = answer
    sender = EmailSender(email_settings(1, "INBOX", smtp_port=port))
    with pytest.raises(error, match=answer.split(" ", 1)[0]):
        sender.send(OutgoingMessage("email", "x@y.id", "teks", "subjek"))


def test_unreachable_smtp_is_transient() -> None:
    sender = EmailSender(email_settings(1, "INBOX", smtp_port=free_port()))
    with pytest.raises(TransientChannelError):
        sender.send(OutgoingMessage("email", "x@y.id", "teks", "subjek"))


def test_ack_reply_and_bounce_round_trip(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock,
    smtp: tuple[Capture, int],
) -> None:  # fmt: skip
    capture, port = smtp
    seed(imap_port, folder, ["gmail_plain_indonesian"])
    service = service_for(settings, store, clock, email_settings(imap_port, folder, smtp_port=port))
    poller = EmailPoller(service.ctx)
    poller.poll_once()
    assert service.dispatcher.drain() == 1
    [ack] = capture.mails
    with store.read() as session:
        complaint = session.exec(select(Complaint)).one()
    assert ack["Subject"] == f"[{complaint.tracking_code}] Jalan rusak di Sebulu"
    assert ack["In-Reply-To"] == "<CAF3x7Q1kZ9=gmail0001@mail.gmail.com>"
    ours = str(ack["Message-ID"]).strip()

    reply = (
        f"From: Rina <rina.marlina88@gmail.com>\r\nTo: {USER}\r\nSubject: Re: {ack['Subject']}\r\n"
        f"Message-ID: <reply-1@mail.gmail.com>\r\nIn-Reply-To: {ours}\r\nReferences: {ours}\r\n"
        "Date: Tue, 4 Jun 2024 08:00:00 +0800\r\n\r\nFoto menyusul.\r\n\r\n> kutipan\r\n"
    ).encode()
    bounce = (
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\nReturn-Path: <>\r\n"
        f"To: {USER}\r\nSubject: Delivery Status Notification (Failure)\r\n"
        "Message-ID: <dsn-1@mx.google.com>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nAddress not found.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; google.com\r\n\r\n"
        "Final-Recipient: rfc822; rina.marlina88@gmail.com\r\n"
        "Action: failed\r\nStatus: 5.1.1\r\n\r\n"
        f"--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: {ours}\r\n\r\n--b--\r\n"
    ).encode()
    seed(imap_port, folder, raw=[reply, bounce])
    clock.advance(hours=1)  # past the quiet period of follow-up acknowledgements
    report = poller.poll_once()
    assert report.outcomes == {"followup": 1, "automated": 1} and report.bounces == 1
    with store.read() as session:
        followup = session.exec(
            select(Message).where(col(Message.external_id) == "<reply-1@mail.gmail.com>")
        ).one()
        dsn = session.exec(
            select(Message).where(col(Message.external_id) == "<dsn-1@mx.google.com>")
        ).one()
        sent = session.exec(select(Outbox).where(col(Outbox.provider_id) == ours)).one()
        identity = session.exec(
            select(Identity).where(col(Identity.address) == "rina.marlina88@gmail.com")
        ).one()
    assert followup.complaint_id == complaint.id and followup.text == "Foto menyusul."
    assert dsn.complaint_id == complaint.id and dsn.kind == "automated"
    assert sent.status == "failed" and "5.1.1" in (sent.last_error or "")
    assert identity.undeliverable
    # The follow-up's acknowledgement is not sent to an address known to bounce.
    service.dispatcher.drain()
    assert len(capture.mails) == 1
    with store.read() as session:
        statuses = [o.status for o in session.exec(select(Outbox).order_by(col(Outbox.id)))]
    assert statuses == ["failed", "undeliverable"]


def storm_mail(n: int, headers: str) -> bytes:
    """The n-th message of an autoresponder that answers every mail with a new subject."""
    return (
        f"From: Kantor Sibuk <info@kantor-sibuk.co.id>\r\nTo: {USER}\r\n"
        f"Subject: Pesan Anda nomor {n} sudah kami terima\r\n"
        f"Message-ID: <storm-{n}@kantor-sibuk.co.id>\r\n{headers}"
        "Date: Mon, 3 Jun 2024 09:00:00 +0800\r\n\r\nTerima kasih, pesan Anda akan dibalas.\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("headers", "service_per_hour"),
    [("", 100), ("", 5), ("Auto-Submitted: auto-replied\r\n", 100)],
    ids=["bare, email caps alone", "bare, the service's cap holds the hour", "marked"],
)
def test_autoresponder_storm_for_an_hour_stays_under_the_caps(
    imap_port: int,
    folder: str,
    settings: Settings,
    store: Store,
    clock: Clock,
    headers: str,
    service_per_hour: int,
) -> None:
    seed(imap_port, folder, [])
    email = email_settings(imap_port, folder, automatic_per_10_minutes=3, automatic_per_hour=5)
    settings.service.acks_per_address_per_hour = service_per_hour
    service = service_for(settings, store, clock, email)
    poller = EmailPoller(service.ctx)
    writer = imap(imap_port)
    with Mailbox(email) as box:
        for minute in range(60):
            writer.append(folder, storm_mail(minute, headers))
            poller.cycle(box)
            clock.advance(minutes=1)
    writer.logout()
    with store.read() as session:
        created = [
            o.created_at
            for o in session.exec(
                select(Outbox).where(col(Outbox.recipient) == "info@kantor-sibuk.co.id")
            )
        ]
    assert count(store, Message) == 60  # every message is stored and visible
    if headers:
        assert created == []  # marked automatic: never answered
        return
    assert 0 < len(created) <= 5
    for start in created:
        window = [t for t in created if start <= t < start + timedelta(minutes=10)]
        assert len(window) <= 3


def test_the_hourly_email_cap_is_left_out_when_the_services_cap_is_as_strict() -> None:
    email = EmailSettings(automatic_per_10_minutes=3, automatic_per_hour=5)
    ten, hour = (timedelta(minutes=10), 3), (timedelta(hours=1), 5)
    assert email_caps(email) == [ten, hour]  # alone (the too-big notice): both caps
    assert email_caps(email, 100) == [ten, hour]
    assert email_caps(email, 5) == [ten]  # the pipeline counts the same hour first
    assert email_caps(email, 4) == [ten]


@pytest.fixture(scope="module")
def imap_server() -> str:
    """One IMAP server: the server does not matter to SMTP, caps and round trips."""
    return one_imap_server()
