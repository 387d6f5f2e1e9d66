"""What an officer does to a complaint; each action writes its audit Event in the same transaction.

Every function takes a complaint the viewer may already see (the caller loaded it through
`Viewer.scope`) and raises ActionError, with a message for the officer, when it cannot be done.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from accountability import survey
from core.workdays import add_working_days
from desk.access import Viewer
from desk.action_errors import ActionError
from desk.assign import moved
from desk.detail import visible_complaint
from desk.notify import notify_new
from settings.root import Settings
from store import audit, complaints, outbox
from store.db import Session
from store.models import Complaint, Outbox
from store.queries import OPEN_STATUSES
from store.tracking import normalise

if TYPE_CHECKING:
    from desk.reply_files import Staged

MAX_TEXT = 4000
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "baru": ("diproses",),
    "diproses": ("selesai",),
    "selesai": ("ditutup", "diproses"),
    "ditutup": ("diproses",),
}
THREAD_KEYS = 20


def _text(value: str, what: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise ActionError(f"{what} tidak boleh kosong")
    if len(cleaned) > MAX_TEXT:
        raise ActionError(f"{what} terlalu panjang (maksimal {MAX_TEXT} karakter)")
    return cleaned


def _event(
    session: Session,
    complaint: Complaint,
    viewer: Viewer,
    action: str,
    detail: dict[str, Any],
    now: datetime,
) -> None:
    audit.record(session, complaint.id, viewer.username, action, detail, now)


def _touch(session: Session, complaint: Complaint, now: datetime) -> None:
    complaints.touch(session, complaint, now)


def reply(
    session: Session,
    viewer: Viewer,
    complaint: Complaint,
    text: str,
    now: datetime,
    files: Sequence[Staged] = (),
    files_notice: str | None = None,
    audit: dict[str, Any] | None = None,
) -> Outbox:
    """Answer the citizen through the outbox, on the channel the complaint came from, with
    the officer's files (desk/reply_files.py) and what to say where files cannot go.

    `audit` goes into the audit event (a shared case's answer names its case).
    """
    body = _text(text, "Balasan")
    if not complaint.reply_channel or not complaint.reply_address:
        raise ActionError("aduan ini tidak punya alamat balasan (pelapor tidak memberi kontak)")
    if complaint.reply_address.startswith("erased:"):
        raise ActionError("data kontak pelapor sudah dihapus (perlindungan data pribadi)")
    inbound = outbox.inbound_keys(session, complaint.id, THREAD_KEYS)
    same = [m for m in inbound if m[0] == complaint.reply_channel]
    meta: dict[str, Any] = {"thread_keys": [m[1] for m in same], "officer": viewer.username}
    if same:
        meta["in_reply_to"] = same[0][1]
        extra = dict(same[0][2].get("reply_meta") or {})
        extra.pop("notice", None)
        meta = {**extra, **meta}
    subject = None
    if complaint.reply_channel == "email":
        theirs = (complaint.subject or "Aduan").strip()
        code = complaint.tracking_code
        subject = theirs if code in theirs else f"[{code}] {theirs}"
    if files:
        meta["files"] = len(files)
        meta["files_notice"] = files_notice
    row = Outbox(
        complaint_id=complaint.id, channel=complaint.reply_channel,
        recipient=complaint.reply_address, kind="reply", subject=subject, text=body,
        automatic=False, meta=meta, created_at=now, next_attempt_at=now,
    )  # fmt: skip
    assert complaint.id is not None
    outbox.queue_reply(session, row, complaint.id, files, now)
    detail: dict[str, Any] = {"outbox_id": row.id, "channel": row.channel, **(audit or {})}
    if files:
        detail["files"] = [f.filename for f in files]
    _event(session, complaint, viewer, "reply", detail, now)
    _touch(session, complaint, now)
    return row


def note(session: Session, viewer: Viewer, complaint: Complaint, text: str, now: datetime) -> None:
    """An internal note, seen only in the desk."""
    _event(session, complaint, viewer, "note", {"text": _text(text, "Catatan")}, now)
    _touch(session, complaint, now)


def set_status(
    session: Session,
    settings: Settings,
    viewer: Viewer,
    complaint: Complaint,
    target: str,
    note_text: str,
    now: datetime,
) -> None:
    """Move the complaint to its next state; `selesai` needs a resolution note."""
    allowed = TRANSITIONS.get(complaint.status, ())
    if target not in allowed:
        raise ActionError(f"status {complaint.status} tidak bisa diubah menjadi {target}")
    detail: dict[str, Any] = {"from": complaint.status, "to": target}
    if target == "selesai":
        detail["note"] = _text(note_text, "Catatan penyelesaian")
    elif note_text.strip():
        detail["note"] = _text(note_text, "Catatan")
    action = "reopen" if target == "diproses" and complaint.status != "baru" else "status"
    closed = True if target == "selesai" else False if target == "diproses" else None
    complaints.set_status(session, complaint, target, now, closed)
    _event(session, complaint, viewer, action, detail, now)
    if target == "ditutup":
        survey.invite(session, settings, complaint, now)


def reassign(
    session: Session,
    settings: Settings,
    viewer: Viewer,
    complaint: Complaint,
    target: str,
    reason: str,
    now: datetime,
) -> None:
    """Hand the complaint to another section; the reason is routing feedback for the rules."""
    why = _text(reason, "Alasan pengalihan")
    section = settings.section(target)
    if section is None:
        raise ActionError(f"bagian {target!r} tidak dikenal")
    if target == complaint.section:
        raise ActionError("aduan sudah berada di bagian itu")
    if complaint.status not in OPEN_STATUSES:
        raise ActionError("hanya aduan yang masih terbuka yang bisa dialihkan")
    before = complaint.section
    previous = complaint.decision or {}
    router = previous.get("router", previous)
    decision = {
        "section": target,
        "router": router,
        "reassigned_by": viewer.username,
        "reason": why,
        "from": before,
    }
    # The citizen's clock does not restart: the new section's standard counts from arrival.
    due = add_working_days(complaint.created_at, section.response_days, settings.service.timezone)
    complaints.move(session, complaint, target, decision, due, now)
    detail = {"from": before, "to": target, "reason": why}
    _event(session, complaint, viewer, "reassign", detail, now)
    moved(session, complaint, viewer.username, now)
    notify_new(session, settings, complaint, now, reason=why)


def mark_duplicate(
    session: Session,
    settings: Settings,
    viewer: Viewer,
    complaint: Complaint,
    typed_code: str,
    now: datetime,
) -> Complaint:
    """Close the complaint as a duplicate of another one the viewer can see."""
    code = normalise(typed_code, settings.service.tracking_prefix)
    original = None
    if code:
        original_id = complaints.id_by_code(session, code)
        if original_id is not None:
            original = visible_complaint(session, viewer, original_id)
    if original is None:
        raise ActionError(f"aduan {typed_code.strip()[:40]!r} tidak ditemukan")
    if original.id == complaint.id:
        raise ActionError("aduan tidak bisa menjadi duplikat dirinya sendiri")
    before = complaint.status
    complaints.set_status(session, complaint, "ditutup", now, closed=True)
    detail = {"of": original.tracking_code, "of_id": original.id, "from": before}
    _event(session, complaint, viewer, "duplicate", detail, now)
    linked = {"duplicate": complaint.tracking_code, "duplicate_id": complaint.id}
    audit.record(session, original.id, viewer.username, "duplicate_linked", linked, now)
    _tell_duplicate(session, settings, complaint, original.tracking_code, now)
    return original


def _tell_duplicate(
    session: Session, settings: Settings, complaint: Complaint, original: str, now: datetime
) -> None:
    """Tell the citizen which complaint carries theirs on, when there is a way to reach them."""
    address = complaint.reply_address
    if not complaint.reply_channel or not address or address.startswith("erased:"):
        return
    url = f"{settings.service.public_base_url}/lacak/{original}"
    text = (
        f"Aduan {complaint.tracking_code} sama dengan aduan {original} yang sedang ditangani, "
        f"jadi ditutup dan digabung ke sana. Lacak perkembangannya dengan kode {original}: {url}"
    )
    outbox.queue(
        session,
        Outbox(
            complaint_id=complaint.id, channel=complaint.reply_channel, recipient=address,
            kind="duplicate", text=text, automatic=False, meta={}, created_at=now,
            next_attempt_at=now,
        ),
    )  # fmt: skip
