"""Personal data (UU 27/2022): retention purge, a citizen's export and erasure on request.

What goes: channel addresses (pseudonymised as `erased:<keyed hash>`, so rows that named the same
person still group together but nobody can reverse it without the service key), names, raw
payloads and message metadata, attachments (rows and files), and with `purge_message_bodies`
(always on erasure) the texts: of the complaint, its messages and the survey's comment.
What stays, because the law and the accountability reports need it: the complaint record
(code, section, status, dates, routing), the audit trail of actions (Event), survey answers
and every aggregate. See docs/accountability.md.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from accountability.privacy_subject import PrivacyError, parse_identity, subjects
from core.attachments import path_of
from core.jobs import Job, Runtime
from core.secrets import secret_key
from settings.root import Settings

__all__ = ["REMOVED", "PrivacyError", "Report", "erase", "export", "purge"]
from store import search
from store.db import Store
from store.models import (
    Attachment,
    Citizen,
    Complaint,
    DeadLetter,
    Event,
    Identity,
    Message,
    Outbox,
    OutboxFile,
    PendingMedia,
    PrivacyPurge,
    Survey,
)
from store.types import UTCDateTime

log = logging.getLogger(__name__)

REMOVED = "[isi dihapus: perlindungan data pribadi]"
BATCH = 200


@dataclass
class Report:
    """What a purge or an erasure changed (or, dry, would change)."""

    complaints: int = 0
    citizens: int = 0
    messages: int = 0
    attachments: int = 0
    outbox: int = 0
    dead_letters: int = 0
    files: set[str] = field(default_factory=set)

    def summary(self) -> dict[str, int]:
        """The counts, for the CLI and the log."""
        return {"complaints": self.complaints, "citizens": self.citizens,
                "messages": self.messages, "attachments": self.attachments,
                "outbox": self.outbox, "dead_letters": self.dead_letters}  # fmt: skip


class _DryRun(Exception):
    """Not an error: how a dry run rolls its transaction back."""


class Eraser:
    """Pseudonymises and removes personal data in one transaction."""

    def __init__(
        self, settings: Settings, session: Session, now: datetime, subject: int | None = None
    ) -> None:
        self.key = secret_key(settings).encode()
        self.session, self.now, self.report = session, now, Report()
        self.settings, self.touched = settings, list[int]()
        self.subject = subject
        """On erasure, the one citizen every pseudonym is made from (they may be several
        records: a web form's contact, an address written before intake normalised it)."""

    def pseudonym(self, citizen_id: int | None, address: str | None) -> str | None:
        """`erased:<hash>`: one per citizen, whatever the channel or address, so the rows of one
        person still group together; irreversible without the key."""
        if not address or address.startswith("erased:"):
            return address
        citizen_id = self.subject if self.subject is not None else citizen_id
        who = f"citizen:{citizen_id}" if citizen_id is not None else f"address:{address}"
        mac = hmac.new(self.key, who.encode(), hashlib.sha256)
        return "erased:" + mac.hexdigest()[:20]

    def complaint(self, c: Complaint, reason: str, bodies: bool) -> None:
        """Scrub one complaint, its messages, attachments, outbox rows and survey."""
        s = self.session
        who = c.citizen_id
        c.reply_address = self.pseudonym(who, c.reply_address)
        if bodies:
            c.text, c.subject = REMOVED, None
        s.add(c)
        self.messages(select(Message).where(col(Message.complaint_id) == c.id), bodies, who)
        self.outbox(select(Outbox).where(col(Outbox.complaint_id) == c.id), bodies, who)
        self.surveys(select(Survey).where(col(Survey.complaint_id) == c.id), bodies, who)
        purge = s.exec(select(PrivacyPurge).where(col(PrivacyPurge.complaint_id) == c.id)).first()
        purge = purge or PrivacyPurge(complaint_id=c.id or 0, reason=reason)
        purge.reason, purge.done_at = reason, self.now
        s.add(purge)
        s.add(Event(complaint_id=c.id, actor="system", action="privacy_" + reason,
                    detail={"bodies": bodies}, created_at=self.now))  # fmt: skip
        self.report.complaints += 1
        self.touched.append(c.id or 0)

    def reindex(self) -> None:
        """Rewrite the search documents of the scrubbed complaints: erased text leaves the index."""
        routing = self.settings.routing
        norm = search.normaliser(routing.slang, routing.stem_overrides)
        for complaint_id in self.touched:
            search.refresh(self.session, norm, complaint_id)

    def citizen(self, citizen_id: int, bodies: bool) -> None:
        """Scrub a citizen: name, identities, and their messages outside any complaint."""
        s = self.session
        identities = list(s.exec(select(Identity).where(col(Identity.citizen_id) == citizen_id)))
        addresses = [(i.channel, i.address) for i in identities]
        taken: dict[str, int] = {}
        for i in identities:
            if not i.address.startswith("erased:"):
                # (channel, address) is unique: a second address on one channel gets a suffix.
                n = taken[i.channel] = taken.get(i.channel, 0) + 1
                base = self.pseudonym(citizen_id, i.address) or i.address
                i.address = base if n == 1 else f"{base}.{n}"
            i.phone = i.display_name = None
            s.add(i)
        found = s.get(Citizen, citizen_id)
        if found is not None:
            found.name = None
            s.add(found)
        own = (col(Message.citizen_id) == citizen_id) & col(Message.complaint_id).is_(None)
        self.messages(select(Message).where(own), bodies, citizen_id)
        for channel, address in addresses:
            to = (col(Outbox.channel) == channel) & (col(Outbox.recipient) == address)
            self.outbox(select(Outbox).where(to), bodies, citizen_id)
            sent = (col(Message.channel) == channel) & (col(Message.recipient) == address)
            self.messages(select(Message).where(sent), bodies, citizen_id)
            asked = (col(Survey.channel) == channel) & (col(Survey.recipient) == address)
            self.surveys(select(Survey).where(asked), bodies, citizen_id)
        self.report.citizens += 1

    def messages(self, stmt: Any, bodies: bool, citizen_id: int | None) -> None:
        s = self.session
        for m in s.exec(stmt):
            who = m.citizen_id or citizen_id
            if m.direction == "in":
                m.sender = self.pseudonym(who, m.sender)
            else:
                m.recipient = self.pseudonym(who, m.recipient)
            m.raw = None
            m.meta = {k: v for k, v in m.meta.items() if k in ("outbox_id", "survey_id")}
            if bodies:
                m.text, m.subject = "", None
            s.add(m)
            self.report.messages += 1
            for a in s.exec(select(Attachment).where(col(Attachment.message_id) == m.id)):
                self.report.files.add(a.sha256)
                s.delete(a)
                self.report.attachments += 1
            for p in s.exec(select(PendingMedia).where(col(PendingMedia.message_id) == m.id)):
                s.delete(p)  # a download still to come would bring the file back

    def outbox(self, stmt: Any, bodies: bool, citizen_id: int | None) -> None:
        for o in self.session.exec(stmt):
            o.recipient = self.pseudonym(citizen_id, o.recipient) or o.recipient
            o.last_error = None
            o.attempt_log = [{"at": a.get("at"), "status": a.get("status")} for a in o.attempt_log]
            if o.status in ("pending", "sending"):
                o.status = "undeliverable"
            if bodies:
                o.text, o.subject = "", None
            self.session.add(o)
            self.report.outbox += 1
            # An officer's letter or photo names or shows the citizen: gone like their files.
            for f in self.session.exec(select(OutboxFile).where(col(OutboxFile.outbox_id) == o.id)):
                self.report.files.add(f.sha256)
                self.session.delete(f)
                self.report.attachments += 1

    def surveys(self, stmt: Any, bodies: bool, citizen_id: int | None) -> None:
        for v in self.session.exec(stmt):
            v.recipient = self.pseudonym(citizen_id, v.recipient) or v.recipient
            v.token_hash = None
            if v.status in ("invited", "answering"):
                v.status, v.finished_at = "expired", self.now
            if bodies:
                v.comment = None
            self.session.add(v)


def _remove_files(store: Store, data_dir: str, hashes: set[str]) -> int:
    """Delete attachment files no remaining row uses (one file may serve several messages)."""
    removed = 0
    with store.read() as session:
        used = set(
            session.exec(select(Attachment.sha256).where(col(Attachment.sha256).in_(hashes)))
        )
        used |= set(
            session.exec(select(OutboxFile.sha256).where(col(OutboxFile.sha256).in_(hashes)))
        )
    for digest in hashes - used:
        path: Path = path_of(data_dir, digest)
        if path.exists():
            path.unlink()
            removed += 1
    return removed


def purge(store: Store, settings: Settings, now: datetime, dry_run: bool = False) -> Report:
    """Pseudonymise complaints closed more than `retention_days` ago, and citizens left with
    nothing newer; with `dry_run`, count and roll back."""
    cfg = settings.privacy
    cutoff = now - timedelta(days=cfg.retention_days)
    done = select(PrivacyPurge.complaint_id)
    due = (
        select(Complaint)
        .where(col(Complaint.status) == "ditutup", col(Complaint.closed_at) < cutoff,
               col(Complaint.id).not_in(done))
        .order_by(col(Complaint.id))
    )  # fmt: skip
    try:
        with store.write() as session:
            eraser = Eraser(settings, session, now)
            citizens: set[int] = set()
            for c in session.exec(due):
                eraser.complaint(c, "retention", cfg.purge_message_bodies)
                citizens.add(c.citizen_id)
            session.flush()
            for citizen_id in sorted(citizens):
                if _all_gone(session, citizen_id, cutoff):
                    eraser.citizen(citizen_id, cfg.purge_message_bodies)
            eraser.report.dead_letters = _purge_dead_letters(session, cutoff)
            eraser.reindex()
            if dry_run:
                raise _DryRun
    except _DryRun:
        return eraser.report
    report = eraser.report
    _remove_files(store, settings.service.data_dir, report.files)
    if report.complaints or report.dead_letters:
        log.info("privacy purge: %s", report.summary())
    return report


def _purge_dead_letters(session: Session, cutoff: datetime) -> int:
    """Empty the raw input (and headers) of dead letters older than the retention period.

    Raw input can hold a phone number, an address or a whole complaint; after the retention
    period the row keeps only the channel, the reason, its status and the admin's note.
    """
    stmt = select(DeadLetter).where(
        col(DeadLetter.created_at) < cutoff, func.length(col(DeadLetter.raw)) > 0
    )
    count = 0
    for row in session.exec(stmt):
        row.raw, row.headers = b"", {}
        row.note = f"{row.note + ' / ' if row.note else ''}{REMOVED}"
        session.add(row)
        count += 1
    return count


def _all_gone(session: Session, citizen_id: int, cutoff: datetime) -> bool:
    """No complaint of the citizen keeps personal data, and no message of theirs is recent."""
    kept = session.exec(
        select(func.count())
        .select_from(Complaint)
        .where(col(Complaint.citizen_id) == citizen_id,
               col(Complaint.id).not_in(select(PrivacyPurge.complaint_id)))
    ).one()  # fmt: skip
    latest = session.exec(
        select(func.max(Message.received_at)).where(col(Message.citizen_id) == citizen_id)
    ).one()
    return kept == 0 and (latest is None or _aware(latest) < cutoff)


def _aware(value: Any) -> datetime:
    found = UTCDateTime().process_result_value(value, None)  # type: ignore[arg-type]
    assert found is not None
    return found


def export(store: Store, identity: str, region: str = "ID") -> dict[str, Any]:
    """Everything stored about the citizen behind an address (the data subject's access right)."""
    wanted = parse_identity(identity, region)
    with store.read() as session:
        citizen_ids, complaints = subjects(session, wanted)
        citizens = [c for c in (session.get(Citizen, i) for i in citizen_ids) if c is not None]
        identities = session.exec(
            select(Identity).where(col(Identity.citizen_id).in_(citizen_ids))
            .order_by(col(Identity.id))
        )  # fmt: skip
        ids = [c.id for c in complaints]
        messages = session.exec(
            select(Message)
            .where(
                or_(col(Message.citizen_id).in_(citizen_ids), col(Message.complaint_id).in_(ids))
            )
            .order_by(col(Message.received_at), col(Message.id))
        )
        surveys = session.exec(select(Survey).where(col(Survey.complaint_id).in_(ids)))
        first = citizens[0] if citizens else None
        return {
            "citizen": {"id": first.id, "name": first.name} if first else None,
            "citizens": [{"id": c.id, "name": c.name} for c in citizens],
            "identities": [{"channel": i.channel, "address": i.address, "phone": i.phone,
                            "name": i.display_name} for i in identities],
            "complaints": [{"tracking_code": c.tracking_code, "section": c.section,
                            "status": c.status, "channel": c.channel, "subject": c.subject,
                            "text": c.text, "anonymous": c.anonymous,
                            "confidential": c.confidential, "created_at": c.created_at.isoformat(),
                            "closed_at": c.closed_at.isoformat() if c.closed_at else None}
                           for c in complaints],
            "messages": [{"direction": m.direction, "channel": m.channel, "kind": m.kind,
                          "at": m.received_at.isoformat(), "subject": m.subject, "text": m.text}
                         for m in messages],
            "surveys": [{"complaint_id": v.complaint_id, "status": v.status,
                         "answers": v.answers, "comment": v.comment} for v in surveys],
        }  # fmt: skip


def erase(store: Store, settings: Settings, identity: str, now: datetime) -> Report:
    """Erase a citizen's personal data on request, keeping what the law requires."""
    wanted = parse_identity(identity, settings.channels.sms.default_region)
    with store.write() as session:
        citizen_ids, complaints = subjects(session, wanted)
        subject = citizen_ids[0] if citizen_ids else complaints[0].citizen_id
        eraser = Eraser(settings, session, now, subject)
        for c in complaints:
            eraser.complaint(c, "erasure", bodies=True)
        session.flush()
        for citizen_id in citizen_ids:
            eraser.citizen(citizen_id, bodies=True)
        eraser.reindex()
    _remove_files(store, settings.service.data_dir, eraser.report.files)
    log.info("privacy erasure of citizen %s: %s", subject, eraser.report.summary())
    return eraser.report


def jobs(ctx: Runtime) -> list[Job]:
    """The scheduled retention purge."""
    seconds = ctx.settings.privacy.purge_hours * 3600
    return [Job("privacy-purge", "", seconds,
                lambda: purge(ctx.store, ctx.settings, ctx.clock()).complaints)]  # fmt: skip
