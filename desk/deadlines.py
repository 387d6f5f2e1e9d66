"""Deadlines: the handling stages of one complaint, and the Secretariat-wide overview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from ingest.settings import Settings
from ingest.workdays import add_working_days
from store.models import Complaint, Outbox
from store.queries import OPEN_STATUSES


@dataclass(frozen=True)
class Stage:
    """One stage of handling: what, by when, and whether it is done or late."""

    name: str
    due: datetime | None
    done: bool
    late: bool


def stages(
    settings: Settings, session: Session, complaint: Complaint, now: datetime
) -> list[Stage]:
    """Verify, first answer, resolve (the section's standard) and automatic close."""
    tz = settings.service.timezone
    st = settings.desk.stages
    verify = add_working_days(complaint.created_at, st.verify_days, tz)
    answer = add_working_days(complaint.created_at, st.followup_days, tz)
    if complaint.due_at is not None:
        # The citizen hears back by the resolution deadline at the latest: a section whose
        # standard is shorter than the follow-up stage must not list that stage after it.
        answer = min(answer, complaint.due_at)
        verify = min(verify, answer)
    replied = session.exec(
        select(Outbox.id).where(col(Outbox.complaint_id) == complaint.id, Outbox.kind == "reply")
    ).first()
    open_ = complaint.status in OPEN_STATUSES
    out = [
        Stage("Verifikasi", verify, complaint.status != "baru",
              complaint.status == "baru" and now > verify),
        Stage("Tindak lanjut ke warga", answer, replied is not None,
              replied is None and open_ and now > answer),
        Stage("Penyelesaian (standar layanan bagian)", complaint.due_at, not open_,
              open_ and complaint.due_at is not None and now > complaint.due_at),
    ]  # fmt: skip
    if complaint.status == "selesai" and complaint.closed_at is not None:
        closes = add_working_days(complaint.closed_at, st.close_after_days, tz)
        out.append(Stage("Ditutup otomatis bila warga tidak menjawab", closes, False, False))
    return out


@dataclass(frozen=True)
class SectionLoad:
    """One line of the supervisors' deadline overview."""

    section: str
    open: int
    overdue: int
    due_soon: int
    triage: int


def overview(settings: Settings, session: Session, now: datetime) -> list[SectionLoad]:
    """Open, overdue and soon-due complaints per section, most overdue first."""
    soon = add_working_days(now, 2, settings.service.timezone)
    due = col(Complaint.due_at)
    stmt = (
        select(
            Complaint.section,
            func.count(),
            func.sum(case((due < now, 1), else_=0)),
            func.sum(case(((due >= now) & (due <= soon), 1), else_=0)),
        )
        .where(col(Complaint.status).in_(OPEN_STATUSES))
        .group_by(col(Complaint.section))
    )
    triage = dict(
        session.exec(
            select(Complaint.section, func.count())
            .where(col(Complaint.status).in_(OPEN_STATUSES), col(Complaint.needs_triage))
            .group_by(col(Complaint.section))
        ).all()
    )
    found = {
        section: SectionLoad(section, n, int(late or 0), int(near or 0), triage.get(section, 0))
        for section, n, late, near in session.exec(stmt).all()
    }
    for s in settings.sections:
        found.setdefault(s.id, SectionLoad(s.id, 0, 0, 0, 0))
    return sorted(found.values(), key=lambda r: (-r.overdue, -r.open, r.section))
