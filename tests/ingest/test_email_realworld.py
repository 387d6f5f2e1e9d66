"""The real-world corpus through IMAP (pymap and Dovecot), the pipeline and SMTP.

Nothing lost (each message stored or a dead letter), no acknowledgement to automatic mail,
acknowledgement subjects exactly the decoded subject, bounces applied to the row they answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import col, select

from ingest.channels.email import EmailPoller
from settings.root import Settings
from store.db import Store
from store.models import Complaint, DeadLetter, Identity, Message, Outbox
from tests.channels.email.test_email_realworld import NAMES, PEOPLE, REAL, read
from tests.conftest import Clock
from tests.ingest.conftest import one_imap_server
from tests.ingest.test_email_poll import count, email_settings, seed, service_for
from tests.ingest.test_email_send import Capture, smtp  # noqa: F401 (fixture)

SAME_ID = ("mail-example01", "derived-same-message-id-other-sender")
# sisimai keeps three bounces twice (same sender, same Message-ID): one message each.
COPIES = (("sisimai-lhost-dragonfly-01", "sisimai-lhost-dragonfly-02"),
          ("sisimai-lhost-outlook-01", "sisimai-rhost-outlook-01"),
          ("sisimai-lhost-sendmail-01", "sisimai-rfc3464-01"))  # fmt: skip


def raw_of(name: str) -> bytes:
    return (REAL / f"{name}.eml").read_bytes()


def test_corpus_stores_everything_and_answers_only_people(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    seed(imap_port, folder, raw=[raw_of(n) for n in NAMES])
    email = email_settings(imap_port, folder, batch_size=25, max_message_bytes=1024 * 1024)
    service = service_for(settings, store, clock, email)
    report = EmailPoller(service.ctx).poll_once()
    assert report.fetched == len(NAMES) and report.dead_letters == 0
    assert count(store, DeadLetter) == 0
    stored = len(NAMES) - len(COPIES)  # none lost
    assert count(store, Message, col(Message.direction) == "in") == stored
    assert report.outcomes.get("duplicate") == len(COPIES)
    assert report.outcomes.get("automated") == len(NAMES) - len(PEOPLE) - len(COPIES)
    people = {read(n).reply_to or read(n).sender for n in PEOPLE}
    subjects = {read(n).subject or "Aduan" for n in PEOPLE}  # "Aduan" when they wrote none
    with store.read() as session:
        rows = session.exec(select(Outbox)).all()
        same = session.exec(
            select(Message).where(col(Message.external_id).startswith("<1234@local.machine"))
        ).all()
    assert rows and {o.recipient for o in rows} <= people  # never an automaton
    for row in rows:  # our subject is "[code] " + theirs, exactly as decoded
        assert row.subject is not None and row.subject.split("] ", 1)[1] in subjects
    # The same Message-ID from two senders: two messages, not a duplicate.
    assert sorted(str(m.sender) for m in same) == ["jdoe@machine.example", "mary@example.net"]
    again = EmailPoller(service.ctx).poll_once()
    assert again.fetched == 0 and count(store, Outbox) == len(rows)


def test_bounce_without_message_id_fails_the_row_it_answers(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock,
    smtp: tuple[Capture, int],  # noqa: F811
) -> None:  # fmt: skip
    capture, port = smtp
    citizen = "rina.marlina88@kaltimnet.example"
    complaint = (
        f"From: Rina <{citizen}>\r\nTo: aduan@setda.kukarkab.go.id\r\n"
        "Subject: Jalan rusak di Sebulu\r\nMessage-ID: <r1@kaltimnet.example>\r\n"
        "Date: Mon, 3 Jun 2024 08:00:00 +0800\r\n\r\nJalan poros Sebulu berlubang besar.\r\n"
    ).encode()
    seed(imap_port, folder, raw=[complaint])
    service = service_for(settings, store, clock, email_settings(imap_port, folder, smtp_port=port))
    poller = EmailPoller(service.ctx)
    poller.poll_once()
    assert service.dispatcher.drain() == 1 and len(capture.mails) == 1
    with store.read() as session:
        code = session.exec(select(Complaint.tracking_code)).one()
    bounce = raw_of("derived-qmail-bounce-no-message-id").replace(b"KK-7M3QX-9RT2W", code.encode())
    seed(imap_port, folder, raw=[bounce])
    report = poller.poll_once()
    assert report.bounces == 1
    with store.read() as session:
        row = session.exec(select(Outbox)).one()
        identity = session.exec(select(Identity).where(col(Identity.address) == citizen)).one()
    assert row.status == "failed"
    assert (row.last_error or "").startswith("bounced: 5.1.1 Remote host said: 550 5.1.1")
    assert identity.undeliverable


def test_corpus_paths_exist() -> None:
    assert Path(REAL).is_dir() and all(n in NAMES for n in SAME_ID)
    for first, second in COPIES:
        assert read(first).external_id == read(second).external_id
        assert read(first).sender == read(second).sender


@pytest.fixture(scope="module")
def imap_server() -> str:
    """One IMAP server: the server does not matter to the corpus (parser, pipeline, SMTP)."""
    return one_imap_server()
