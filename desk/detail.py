"""What the complaint page shows: the thread, attachments, identities, decision and timeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from desk.access import Viewer
from store.models import Attachment, Complaint, Event, Identity, Message, Outbox

SAFE_IMAGES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


def visible_complaint(session: Session, viewer: Viewer, complaint_id: int) -> Complaint | None:
    """The complaint, if it exists and the viewer may see it (else None: a 404 either way)."""
    stmt = select(Complaint).where(col(Complaint.id) == complaint_id, viewer.scope())
    return session.exec(stmt).first()


def visible_attachment(
    session: Session, viewer: Viewer, attachment_id: int
) -> tuple[Attachment, Complaint] | None:
    """An attachment with its complaint, if the viewer may see that complaint."""
    stmt = (
        select(Attachment, Complaint)
        .join(Message, col(Message.id) == col(Attachment.message_id))
        .join(Complaint, col(Complaint.id) == col(Message.complaint_id))
        .where(col(Attachment.id) == attachment_id, viewer.scope())
    )
    found = session.exec(stmt).first()
    return (found[0], found[1]) if found else None


@dataclass
class ThreadItem:
    """One entry of the thread: a message in, a message out, with its delivery state."""

    at: datetime
    direction: str  # in | out
    channel: str
    kind: str
    text: str
    subject: str | None = None
    sender: str | None = None
    status: str | None = None  # outbox: pending, sending, sent, failed, undeliverable
    sent_at: datetime | None = None
    error: str | None = None
    attachments: list[Attachment] = field(default_factory=list)


def thread(session: Session, complaint: Complaint) -> list[ThreadItem]:
    """Every message of the complaint across channels, and every outbox row, oldest first."""
    messages = list(
        session.exec(
            select(Message)
            .options(defer(Message.raw))  # type: ignore[arg-type]
            .where(col(Message.complaint_id) == complaint.id)
            .order_by(col(Message.received_at), col(Message.id))
        )
    )
    files: dict[int, list[Attachment]] = {}
    ids = [m.id for m in messages if m.id is not None]
    if ids:
        stmt = select(Attachment).where(col(Attachment.message_id).in_(ids))
        for a in session.exec(stmt.order_by(col(Attachment.id))):
            files.setdefault(a.message_id, []).append(a)
    items: list[ThreadItem] = []
    for m in messages:
        if m.direction == "out" and "outbox_id" in m.meta:
            continue  # shown through its outbox row, with the delivery state
        item = ThreadItem(m.received_at, m.direction, m.channel, m.kind, m.text, m.subject)
        # An anonymous complaint's sender stays hidden from every desk user (DESIGN.md, 5).
        item.sender = None if complaint.anonymous else m.sender
        item.attachments = files.get(m.id or 0, [])
        items.append(item)
    outbox = session.exec(
        select(Outbox).where(col(Outbox.complaint_id) == complaint.id).order_by(col(Outbox.id))
    )
    for o in outbox:
        item = ThreadItem(o.created_at, "out", o.channel, o.kind, o.text, o.subject)
        item.status, item.sent_at, item.error = o.status, o.sent_at, o.last_error
        items.append(item)
    items.sort(key=lambda i: i.at)
    return items


def identities(session: Session, complaint: Complaint) -> list[Identity]:
    """The citizen's channel addresses (none for an anonymous complaint)."""
    if complaint.anonymous:
        return []
    stmt = select(Identity).where(col(Identity.citizen_id) == complaint.citizen_id)
    return list(session.exec(stmt.order_by(col(Identity.id))))


def events(session: Session, complaint: Complaint) -> list[Event]:
    """The audit timeline."""
    stmt = select(Event).where(col(Event.complaint_id) == complaint.id)
    return list(session.exec(stmt.order_by(col(Event.created_at), col(Event.id))))


def router_decision(complaint: Complaint) -> dict[str, Any]:
    """The router's own decision (kept under "router" once an officer reassigned it)."""
    decision = complaint.decision or {}
    inner = decision.get("router")
    return inner if isinstance(inner, dict) else decision


def highlighted(text: str, decision: dict[str, Any]) -> list[tuple[str, str | None]]:
    """The text cut into (piece, rule id or None): the matched terms, to be marked."""
    spans: list[tuple[int, int, str]] = []
    for m in decision.get("matches") or []:
        try:
            start, end, rule = int(m["start"]), int(m["end"]), str(m.get("rule", ""))
        except (KeyError, TypeError, ValueError):
            continue
        if 0 <= start < end <= len(text):
            spans.append((start, end, rule))
    out: list[tuple[str, str | None]] = []
    pos = 0
    for start, end, rule in sorted(spans):
        if start < pos:
            continue  # overlapping matches: the first one wins
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], rule))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def duplicate_of(session: Session, complaint: Complaint) -> str | None:
    """The tracking code this complaint was marked a duplicate of, if any."""
    stmt = (
        select(Event)
        .where(col(Event.complaint_id) == complaint.id, col(Event.action) == "duplicate")
        .order_by(col(Event.id).desc())
    )
    found = session.exec(stmt).first()
    return str(found.detail.get("of")) if found else None
