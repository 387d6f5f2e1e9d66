"""Notifications to staff (new, reassigned and overdue complaints, the daily digest).

They go through the outbox like every other message, so ingest and the desk never wait for a
mail server or Telegram; the dispatcher retries them and records failures.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from settings.desk import SectionNotify
from settings.root import Settings
from store import officers, outbox
from store.db import Session
from store.models import Complaint, Officer, Outbox

EXCERPT = 200


def _queue(
    session: Session,
    targets: Iterable[tuple[str, str]],
    subject: str,
    text: str,
    now: datetime,
    complaint_id: int | None,
    meta: dict[str, str],
) -> int:
    count = 0
    for channel, address in dict.fromkeys(targets):
        outbox.queue(
            session,
            Outbox(
                complaint_id=complaint_id, channel=channel, recipient=address, kind="notify",
                subject=subject if channel == "email" else None, text=text, automatic=False,
                meta=meta, created_at=now, next_attempt_at=now,
            ),
        )  # fmt: skip
        count += 1
    return count


def section_notify(settings: Settings, section: str) -> SectionNotify:
    """The section's notification targets (none when it has no `desk.notify` entry)."""
    return settings.desk.notify.get(section) or SectionNotify()


def complaint_url(settings: Settings, complaint_id: int | None) -> str:
    """The complaint's page in the desk."""
    return f"{settings.service.public_base_url}/desk/aduan/{complaint_id}"


def _excerpt(complaint: Complaint) -> str:
    if complaint.confidential:
        return "(aduan rahasia: isi hanya di desk)"
    text = " ".join(complaint.text.split())
    return text if len(text) <= EXCERPT else text[:EXCERPT].rstrip() + "…"


def notify_new(
    session: Session, settings: Settings, complaint: Complaint, now: datetime, reason: str = ""
) -> int:
    """Tell the section's `new` targets about a complaint that just arrived or was handed over."""
    targets = section_notify(settings, complaint.section).new.pairs()
    if not targets:
        return 0
    name = settings.section_name(complaint.section)
    what = "dialihkan ke" if reason else "baru untuk"
    text = (
        f"[aduan] Aduan {complaint.tracking_code} {what} {name}.\n{_excerpt(complaint)}\n"
        + (f"Alasan pengalihan: {reason}\n" if reason else "")
        + f"Buka: {complaint_url(settings, complaint.id)}"
    )
    subject = f"[aduan] Aduan {complaint.tracking_code} {what} {name}"
    meta = {"notify": "reassigned" if reason else "new", "section": complaint.section}
    return _queue(session, targets, subject, text, now, complaint.id, meta)


def officer_targets(officer: Officer) -> list[tuple[str, str]]:
    """The email and Telegram targets of one officer."""
    out: list[tuple[str, str]] = []
    if officer.email:
        out.append(("email", officer.email))
    if officer.telegram_chat_id:
        out.append(("telegram", officer.telegram_chat_id))
    return out


def supervisors_of(session: Session, section: str, but: str = "") -> list[tuple[str, str]]:
    """The email and Telegram targets of active supervisors of a section (or of all sections),
    other than the one named `but` (who did what they would be told of)."""
    out: list[tuple[str, str]] = []
    for officer in officers.active_supervisors(session):
        if (officer.sections and section not in officer.sections) or officer.username == but:
            continue
        out += officer_targets(officer)
    return out


def notify_assigned(
    session: Session,
    settings: Settings,
    complaint: Complaint,
    assignee: Officer | None,
    by: str,
    now: datetime,
) -> int:
    """Tell the new assignee (unless they took it themselves) and the section's supervisors."""
    targets = [] if assignee is None or assignee.username == by else officer_targets(assignee)
    targets += supervisors_of(session, complaint.section, but=by)
    if not targets:
        return 0
    name = settings.section_name(complaint.section)
    who = f"kini ditangani {assignee.username}" if assignee else "kini belum ada yang menangani"
    subject = f"[aduan] Aduan {complaint.tracking_code} ({name}) {who}"
    text = (
        f"[aduan] Aduan {complaint.tracking_code} di {name} {who} (oleh {by}).\n"
        f"{_excerpt(complaint)}\nBuka: {complaint_url(settings, complaint.id)}"
    )
    meta = {"notify": "assigned", "section": complaint.section}
    return _queue(session, targets, subject, text, now, complaint.id, meta)


def notify_overdue(
    session: Session, settings: Settings, complaint: Complaint, now: datetime
) -> int:
    """Tell the section's supervisors and `overdue` targets that a complaint is past due."""
    targets = supervisors_of(session, complaint.section)
    targets += section_notify(settings, complaint.section).overdue.pairs()
    if not targets:
        return 0
    zone = ZoneInfo(settings.service.timezone)
    due = complaint.due_at.astimezone(zone).strftime("%d-%m-%Y") if complaint.due_at else "-"
    name = settings.section_name(complaint.section)
    subject = f"[aduan] TERLAMBAT: {complaint.tracking_code} ({name})"
    text = (
        f"[aduan] Aduan {complaint.tracking_code} di {name} melewati batas waktu {due} "
        f"dan masih berstatus {complaint.status}.\n{_excerpt(complaint)}\n"
        f"Buka: {complaint_url(settings, complaint.id)}"
    )
    meta = {"notify": "overdue", "section": complaint.section}
    return _queue(session, targets, subject, text, now, complaint.id, meta)


def queue_digest(
    session: Session, settings: Settings, section: str, counts: dict[str, int], now: datetime
) -> int:
    """The section's daily digest to its `digest` targets."""
    targets = section_notify(settings, section).digest.pairs()
    if not targets:
        return 0
    name = settings.section_name(section)
    day = now.astimezone(ZoneInfo(settings.service.timezone)).strftime("%d-%m-%Y")
    subject = f"[aduan] Ringkasan harian {name} {day}"
    text = (
        f"[aduan] Ringkasan {name}, {day}:\n"
        f"- aduan terbuka: {counts['open']}\n"
        f"- terlambat: {counts['overdue']}\n"
        f"- jatuh tempo hari ini: {counts['due_today']}\n"
        f"- masuk 24 jam terakhir: {counts['new']}\n"
        f"Buka: {settings.service.public_base_url}/desk/aduan?bagian={section}"
    )
    return _queue(session, targets, subject, text, now, None, {"notify": "digest"})
