"""The email poller against a real IMAP server (pymap on loopback) and the store."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

from imapclient import IMAPClient
from pydantic import SecretStr
from sqlmodel import col, func, select

from channels.email.imap import Mailbox
from channels.email.settings import EmailSettings
from ingest.channels.email import EmailPoller
from ingest.scheduler import UNHEALTHY_AFTER, run_job
from ingest.wiring import Job
from service.app import Service, build_service
from settings.root import Settings
from store.db import Store
from store.models import Attachment, ChannelHealth, Complaint, DeadLetter, Message, Outbox
from tests.conftest import Clock, free_port
from tests.ingest.imap_servers import PASSWORD, USER

CORPUS = Path(__file__).parents[1] / "fixtures" / "email"
OVERSIZED = "oversized_attachment"
REJECTED = {"not_an_email", "no_sender_address", "malformed_headers"}
FOLLOWUPS = {"gmail_reply_to_ack", "references_only_reply"}  # reply to gmail_plain_indonesian
AUTOMATED = {
    "auto_submitted_auto_replied", "auto_submitted_auto_generated", "x_autoreply_no_auto_submitted",
    "x_autorespond", "precedence_bulk", "precedence_junk", "precedence_list",
    "list_id_google_group", "list_unsubscribe_newsletter", "x_loop_own", "own_message_id_echo",
    "empty_return_path", "noreply_sender", "postmaster_sender", "mailer_daemon_plain_bounce",
    "dsn_failed_user_unknown", "dsn_delayed",
}  # fmt: skip


def imap(port: int) -> IMAPClient:
    """A logged-in client for seeding and inspecting the mailbox."""
    client = IMAPClient("127.0.0.1", port, ssl=False, timeout=10)
    client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    client.login(USER, PASSWORD)
    return client


def seed(port: int, folder: str, names: list[str] | None = None, raw: list[bytes] = ()) -> None:  # type: ignore[assignment]
    """Create `folder` and append fixtures (by name, in order) and raw messages to it."""
    client = imap(port)
    if not client.folder_exists(folder):
        client.create_folder(folder)
    for name in names or []:
        client.append(folder, (CORPUS / f"{name}.eml").read_bytes())
    for data in raw:
        client.append(folder, data)
    client.logout()


def corpus_names() -> list[str]:
    """Every fixture, in the order appended."""
    return sorted(p.stem for p in CORPUS.glob("*.eml"))


def email_settings(port: int, folder: str, **more: object) -> EmailSettings:
    """Email settings pointing at the test server and folder."""
    values: dict[str, object] = {
        "imap_host": "127.0.0.1", "imap_port": port, "imap_tls": "none", "username": USER,
        "password": SecretStr(PASSWORD), "folder": folder, "idle": False, "batch_size": 7,
        "max_message_bytes": 64 * 1024, "from_address": "aduan@setda.kukarkab.go.id",
        "internal_domains": ["kukarkab.go.id"], "smtp_tls": "none",
    }  # fmt: skip
    values.update(more)
    return EmailSettings.model_validate(values)


def service_for(settings: Settings, store: Store, clock: Clock, email: EmailSettings) -> Service:
    """The wired service with these email settings."""
    settings.channels.email = email
    return build_service(settings, store, clock=clock)


def count(store: Store, model: type, *where: object) -> int:
    """Rows of a table matching conditions."""
    with store.read() as session:
        stmt = select(func.count()).select_from(model)
        for cond in where:
            stmt = stmt.where(cond)  # type: ignore[arg-type]
        return int(session.exec(stmt).one())


def test_corpus_poll_creates_expected_complaints_and_second_poll_nothing(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    names = corpus_names()
    seed(imap_port, folder, names)
    service = service_for(settings, store, clock, email_settings(imap_port, folder))
    poller = EmailPoller(service.ctx)
    report = poller.poll_once()
    people = [n for n in names if n not in AUTOMATED | REJECTED | {OVERSIZED}]
    assert report.fetched == len(names)
    assert report.outcomes == {
        "created": len(people) - len(FOLLOWUPS),
        "followup": len(FOLLOWUPS),
        "automated": len(AUTOMATED),
    }
    assert report.dead_letters == len(REJECTED) + 1
    assert count(store, Complaint) == len(people) - len(FOLLOWUPS)
    with store.read() as session:
        dead = {d.reason: d for d in session.exec(select(DeadLetter))}
        big = next(d for r, d in dead.items() if "max_message_bytes" in r)
        assert big.headers["subject"] == "Video banjir" and b"banjir.mp4" not in big.raw
        automated = session.exec(select(Message).where(col(Message.kind) == "automated")).all()
        assert {m.automated for m in automated} >= {"mailing list", "x-autoreply"}
        answered = {o.recipient for o in session.exec(select(Outbox))}
    # Acknowledgements only to people (and the one size notice), never to an automaton.
    assert "foto.kukar@gmail.com" in answered  # told once that the mail was too big
    automatons = {"noreply@bankaltimtara.co.id", "info@notaris-kukar.co.id",
                  "mailer-daemon@googlemail.com", "promo@toko-elektronik.co.id"}  # fmt: skip
    assert not answered & automatons
    outbox_before = count(store, Outbox)

    again = EmailPoller(service.ctx).poll_once()
    assert again.fetched == 0 and again.outcomes == {} and again.dead_letters == 0
    assert count(store, Outbox) == outbox_before
    client = imap(imap_port)
    client.select_folder(folder)
    assert client.search(["UNSEEN"]) == []  # all flagged \Seen after commit
    client.logout()


def test_uidvalidity_change_rescans_without_doubling(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    names = ["gmail_plain_indonesian", "missing_message_id", "not_an_email", OVERSIZED]
    seed(imap_port, folder, names)
    service = service_for(settings, store, clock, email_settings(imap_port, folder))
    EmailPoller(service.ctx).poll_once()
    before = (count(store, Message), count(store, DeadLetter), count(store, Outbox))
    client = imap(imap_port)
    client.delete_folder(folder)  # a server restore: same mail, new UIDVALIDITY
    client.logout()
    seed(imap_port, folder, names)
    report = EmailPoller(service.ctx).poll_once()
    assert report.rescanned and report.fetched == 4
    assert report.outcomes == {"duplicate": 2} and report.dead_letters == 0
    assert (count(store, Message), count(store, DeadLetter), count(store, Outbox)) == before


def test_poison_message_does_not_block_the_ones_after_it(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    seed(
        imap_port,
        folder,
        ["not_an_email", "iphone_base64", "malformed_headers", "yahoo_android_signature"],
    )
    service = service_for(settings, store, clock, email_settings(imap_port, folder, batch_size=2))
    report = EmailPoller(service.ctx).poll_once()
    assert report.outcomes == {"created": 2} and report.dead_letters == 2
    with store.read() as session:
        reasons = sorted(d.reason for d in session.exec(select(DeadLetter)))
    assert reasons == [
        "no header fields: not an email message",
        "no sender address in From, Sender or Return-Path",
    ]
    client = imap(imap_port)
    client.select_folder(folder)
    last = max(client.search(["ALL"]))
    client.logout()
    assert report.cursor is not None and report.cursor.endswith(f":{last}")


def test_processed_folder_receives_committed_mail(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    seed(imap_port, folder, ["iphone_base64", "precedence_bulk"])
    done = f"{folder}-selesai"
    email = email_settings(imap_port, folder, processed_folder=done)
    service = service_for(settings, store, clock, email)
    assert EmailPoller(service.ctx).poll_once().fetched == 2
    client = imap(imap_port)
    assert client.select_folder(folder)[b"EXISTS"] == 0
    assert client.select_folder(done)[b"EXISTS"] == 2
    client.logout()


def test_tracking_code_joins_only_the_citizens_own_complaint(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    seed(imap_port, folder, ["gmail_plain_indonesian"])
    service = service_for(settings, store, clock, email_settings(imap_port, folder))
    EmailPoller(service.ctx).poll_once()
    with store.read() as session:
        code = session.exec(select(Complaint.tracking_code)).one()

    def mail(sender: str, mid: str) -> bytes:
        return (
            f"From: {sender}\r\nTo: {USER}\r\nSubject: Re: [{code}] Jalan rusak di Sebulu\r\n"
            f"Message-ID: <{mid}@example.net>\r\nDate: Mon, 3 Jun 2024 12:00:00 +0800\r\n\r\n"
            "Bagaimana perkembangannya?\r\n"
        ).encode()

    seed(
        imap_port,
        folder,
        raw=[mail("orang.lain@gmail.com", "x1"), mail("Rina.Marlina88@gmail.com", "x2")],
    )
    report = EmailPoller(service.ctx).poll_once()
    assert report.outcomes == {"created": 1, "followup": 1}
    with store.read() as session:
        stranger = session.exec(
            select(Message).where(col(Message.external_id) == "<x1@example.net>")
        ).one()
        owner = session.exec(
            select(Message).where(col(Message.external_id) == "<x2@example.net>")
        ).one()
        first = session.exec(select(Complaint).where(col(Complaint.tracking_code) == code)).one()
    assert owner.complaint_id == first.id
    assert stranger.complaint_id != first.id


def test_connection_failures_mark_unhealthy_then_recover(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    seed(imap_port, folder, ["iphone_base64"])
    ticks = [0.0]
    service = service_for(settings, store, clock, email_settings(free_port(), folder))
    poller = EmailPoller(service.ctx, monotonic=lambda: ticks[0])
    job = Job("email-poll", "email", 60, poller.run)
    for _ in range(UNHEALTHY_AFTER):
        assert run_job(service.ctx, job) == 0
        ticks[0] += 3600  # past any backoff
    with store.read() as session:
        health = session.get(ChannelHealth, "email")
        assert (
            health is not None
            and not health.healthy
            and "IMAP 127.0.0.1" in (health.last_error or "")
        )
    assert run_job(service.ctx, job) == 0  # still backing off: no connection attempt
    poller.settings = email_settings(imap_port, folder)
    ticks[0] += 3600
    assert run_job(service.ctx, job) == 1
    with store.read() as session:
        health = session.get(ChannelHealth, "email")
        assert health is not None and health.healthy and health.consecutive_failures == 0


def test_idle_wakes_the_poller_for_new_mail(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    seed(imap_port, folder, [])
    email = email_settings(imap_port, folder, idle=True, poll_seconds=20)
    service = service_for(settings, store, clock, email)
    idling = threading.Event()
    stored = threading.Event()

    class Watched(Mailbox):
        def idling(self) -> None:
            idling.set()  # mail must arrive after IDLE began for this test to mean anything

        def done(self, uids: list[int]) -> None:
            super().done(uids)
            if uids:
                stored.set()
                poller.stop()  # end the run (it would IDLE on until the service stops)

    poller = EmailPoller(service.ctx, mailbox=Watched)
    worker = threading.Thread(
        target=lambda: seed(imap_port, folder, ["iphone_base64"]) if idling.wait(10) else None
    )
    worker.start()
    assert poller.run() == 1
    worker.join()
    assert count(store, Complaint) == 1


def test_attachments_are_stored_once_by_hash(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    seed(imap_port, folder, ["nested_multipart_related"])
    service = service_for(settings, store, clock, email_settings(imap_port, folder))
    EmailPoller(service.ctx).poll_once()
    with store.read() as session:
        rows = session.exec(select(Attachment)).all()
    assert sorted(r.filename for r in rows) == ["foto.png", "laporan.pdf"]
    data = Path(settings.service.data_dir) / "attachments"
    assert sorted(p.name for p in data.rglob("*") if p.is_file()) == sorted(r.sha256 for r in rows)
