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

from accountability.privacy_subject import PrivacyError, parse_identity, subjects
from core.attachments import path_of
from core.jobs import Job, Runtime
from core.secrets import secret_key
from settings.root import Settings
from store import privacy as rows
from store import search
from store.db import Session, Store
from store.models import Complaint, Message, Outbox, Survey

__all__ = ["REMOVED", "PrivacyError", "Report", "erase", "export", "purge"]

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
        rows.save(s, c)
        self.messages(rows.complaint_messages(s, c.id), bodies, who)
        self.outbox(rows.complaint_outbox(s, c.id), bodies, who)
        self.surveys(rows.complaint_surveys(s, c.id), bodies, who)
        rows.mark_scrubbed(s, c.id, reason, bodies, self.now)
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
        identities = rows.identities(s, citizen_id)
        addresses = [(i.channel, i.address) for i in identities]
        taken: dict[str, int] = {}
        for i in identities:
            if not i.address.startswith("erased:"):
                # (channel, address) is unique: a second address on one channel gets a suffix.
                n = taken[i.channel] = taken.get(i.channel, 0) + 1
                base = self.pseudonym(citizen_id, i.address) or i.address
                i.address = base if n == 1 else f"{base}.{n}"
            i.phone = i.display_name = None
            rows.save(s, i)
        found = rows.citizen(s, citizen_id)
        if found is not None:
            found.name = None
            rows.save(s, found)
        self.messages(rows.loose_messages(s, citizen_id), bodies, citizen_id)
        for channel, address in addresses:
            self.outbox(rows.outbox_to(s, channel, address), bodies, citizen_id)
            self.messages(rows.messages_to(s, channel, address), bodies, citizen_id)
            self.surveys(rows.surveys_to(s, channel, address), bodies, citizen_id)
        self.report.citizens += 1

    def messages(self, found: list[Message], bodies: bool, citizen_id: int | None) -> None:
        s = self.session
        for m in found:
            who = m.citizen_id or citizen_id
            if m.direction == "in":
                m.sender = self.pseudonym(who, m.sender)
            else:
                m.recipient = self.pseudonym(who, m.recipient)
            m.raw = None
            m.meta = {k: v for k, v in m.meta.items() if k in ("outbox_id", "survey_id")}
            if bodies:
                m.text, m.subject = "", None
            rows.save(s, m)
            self.report.messages += 1
            dropped = rows.drop_message_files(s, m.id)
            self.report.files.update(dropped)
            self.report.attachments += len(dropped)

    def outbox(self, found: list[Outbox], bodies: bool, citizen_id: int | None) -> None:
        for o in found:
            o.recipient = self.pseudonym(citizen_id, o.recipient) or o.recipient
            o.last_error = None
            o.attempt_log = [{"at": a.get("at"), "status": a.get("status")} for a in o.attempt_log]
            if o.status in ("pending", "sending"):
                o.status = "undeliverable"
            if bodies:
                o.text, o.subject = "", None
            rows.save(self.session, o)
            self.report.outbox += 1
            # An officer's letter or photo names or shows the citizen: gone like their files.
            dropped = rows.drop_outbox_files(self.session, o.id)
            self.report.files.update(dropped)
            self.report.attachments += len(dropped)

    def surveys(self, found: list[Survey], bodies: bool, citizen_id: int | None) -> None:
        for v in found:
            v.recipient = self.pseudonym(citizen_id, v.recipient) or v.recipient
            v.token_hash = None
            if v.status in ("invited", "answering"):
                v.status, v.finished_at = "expired", self.now
            if bodies:
                v.comment = None
            rows.save(self.session, v)


def _remove_files(store: Store, data_dir: str, hashes: set[str]) -> int:
    """Delete attachment files no remaining row uses (one file may serve several messages)."""
    removed = 0
    with store.read() as session:
        used = rows.files_in_use(session, hashes)
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
    try:
        with store.write() as session:
            eraser = Eraser(settings, session, now)
            citizens: set[int] = set()
            for c in rows.complaints_due(session, cutoff):
                eraser.complaint(c, "retention", cfg.purge_message_bodies)
                citizens.add(c.citizen_id)
            session.flush()
            for citizen_id in sorted(citizens):
                if rows.all_gone(session, citizen_id, cutoff):
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
    return rows.empty_dead_letters(session, cutoff, REMOVED)


def export(store: Store, identity: str, region: str = "ID") -> dict[str, Any]:
    """Everything stored about the citizen behind an address (the data subject's access right)."""
    wanted = parse_identity(identity, region)
    with store.read() as session:
        citizen_ids, complaints = subjects(session, wanted)
        citizens = rows.citizens(session, citizen_ids)
        identities = rows.identities_of(session, citizen_ids)
        ids = [c.id for c in complaints]
        messages = rows.messages_of(session, citizen_ids, ids)
        surveys = rows.surveys_of(session, ids)
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
