"""What the complaint page shows: the thread, attachments, identities, decision and timeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desk.access import Viewer
from store import audit, complaint_detail, complaints
from store.db import Session
from store.models import Attachment, Complaint, Event, OutboxFile, PendingMedia

SAFE_IMAGES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


def visible_complaint(session: Session, viewer: Viewer, complaint_id: int) -> Complaint | None:
    """The complaint, if it exists and the viewer may see it (else None: a 404 either way)."""
    return complaints.visible(session, viewer.scope(), complaint_id)


def visible_attachment(
    session: Session, viewer: Viewer, attachment_id: int
) -> tuple[Attachment, Complaint] | None:
    """An attachment with its complaint, if the viewer may see that complaint."""
    return complaint_detail.visible_attachment(session, viewer.scope(), attachment_id)


def visible_reply_file(session: Session, viewer: Viewer, file_id: int) -> OutboxFile | None:
    """A file of an officer's reply, if the viewer may see its complaint."""
    return complaint_detail.visible_reply_file(session, viewer.scope(), file_id)


@dataclass(frozen=True)
class ComplaintView:
    """What desk pages get of a complaint: never the citizen, their address or their ids."""

    id: int
    tracking_code: str
    section: str
    status: str
    channel: str
    subject: str | None
    text: str
    decision: dict[str, Any]
    needs_triage: bool
    anonymous: bool
    confidential: bool
    reply_channel: str | None
    contact_erased: bool
    created_at: datetime
    updated_at: datetime
    due_at: datetime | None
    closed_at: datetime | None


def complaint_view(c: Complaint) -> ComplaintView:
    """The complaint as the desk's pages may show it."""
    assert c.id is not None
    erased = bool(c.reply_address and c.reply_address.startswith("erased:"))
    return ComplaintView(
        c.id, c.tracking_code, c.section, c.status, c.channel, c.subject, c.text,
        dict(c.decision or {}), c.needs_triage, c.anonymous, c.confidential, c.reply_channel,
        erased, c.created_at, c.updated_at, c.due_at, c.closed_at,
    )  # fmt: skip


@dataclass(frozen=True)
class IdentityView:
    """One channel address of the citizen, for a viewer allowed to see it."""

    channel: str
    address: str
    display_name: str | None
    undeliverable: bool


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
    media: list[PendingMedia] = field(default_factory=list)
    """Files still downloading, or given up on (with the reason): never silently missing."""
    files: list[OutboxFile] = field(default_factory=list)
    """The files an officer attached to this reply."""
    note: str | None = None
    """What a message that is not new text is (an edit, a deletion, a reaction), in Indonesian."""


def event_note(meta: dict[str, Any] | None) -> str:
    """How the desk names an edit, a deletion or a reaction on an earlier message."""
    meta = meta or {}
    event = meta.get("event", "edit")
    if event == "revoke":
        return "menghapus pesan sebelumnya"
    if event == "reaction":
        return "menghapus reaksi" if meta.get("removed") else "reaksi pada pesan sebelumnya"
    if event == "system":
        return "pemberitahuan sistem"
    return "suntingan pesan sebelumnya"


def thread(session: Session, complaint: Complaint, show_identity: bool) -> list[ThreadItem]:
    """Every message of the complaint across channels, and every outbox row, oldest first.

    Without `show_identity` the senders are not even read, and the citizen's address is cut out
    of delivery errors ("+62... is marked undeliverable").
    """
    messages = complaint_detail.messages(session, complaint.id, show_identity)
    ids = [m[0] for m in messages]
    files = complaint_detail.attachments(session, ids)
    waiting = failed_media(session, ids)
    items: list[ThreadItem] = []
    for mid, at, direction, channel, kind, text, subject, who, meta in messages:
        if direction == "out" and "outbox_id" in (meta or {}):
            continue  # shown through its outbox row, with the delivery state
        item = ThreadItem(at, direction, channel, kind, text, subject, sender=who)
        item.note = event_note(meta) if kind == "edit" else None
        item.attachments = files.get(mid, [])
        item.media = waiting.get(mid, [])
        items.append(item)
    outbox = complaint_detail.outbox(session, complaint.id)
    sent_files = reply_files_of(session, complaint)
    for o in outbox:
        item = ThreadItem(o.created_at, "out", o.channel, o.kind, o.text, o.subject)
        item.status, item.sent_at = o.status, o.sent_at
        item.files = sent_files.get(o.id or 0, [])
        item.error = o.last_error if show_identity else _masked(o.last_error, o.recipient)
        items.append(item)
    items.sort(key=lambda i: i.at)
    return items


def reply_files_of(session: Session, complaint: Complaint) -> dict[int, list[OutboxFile]]:
    """The files of the complaint's replies, by outbox row."""
    return complaint_detail.reply_files(session, complaint.id)


def failed_media(session: Session, message_ids: list[int]) -> dict[int, list[PendingMedia]]:
    """Files of these messages not (yet) stored, by message: pending or failed."""
    return complaint_detail.failed_media(session, message_ids)


def _masked(error: str | None, address: str) -> str | None:
    if error is None or not address:
        return error
    return error.replace(address, "(alamat disembunyikan)")


def identities(session: Session, complaint: Complaint) -> list[IdentityView]:
    """The citizen's channel addresses; call only for a viewer allowed to see them."""
    return [
        IdentityView(i.channel, i.address, i.display_name, i.undeliverable)
        for i in complaint_detail.identities(session, complaint.citizen_id)
    ]


def events(session: Session, complaint: Complaint, reads: bool = True) -> list[Event]:
    """The audit trail (without who read it, for the page's timeline)."""
    return audit.trail(session, complaint.id, reads)


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
    return audit.duplicate_of(session, complaint.id)
