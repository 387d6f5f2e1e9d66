"""Deadlines: the handling stages of one complaint, and the Secretariat-wide overview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from core.workdays import add_working_days
from desk.inbox import capped_subquery, shown
from settings.root import Settings
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


class Capped(int):
    """A count that stopped at CAP + 1: shown as "1.000+" beyond CAP (see desk/inbox.py)."""

    def __str__(self) -> str:
        return shown(int(self))


def overview(settings: Settings, session: Session, now: datetime) -> list[SectionLoad]:
    """Open, overdue and soon-due complaints per section, most overdue first.

    Each cell is an index range counted no further than CAP + 1, so the page costs the same with
    a million complaints as with a thousand.
    """
    soon = add_working_days(now, 2, settings.service.timezone)
    due = col(Complaint.due_at)
    cells = []
    for s in settings.sections:
        open_ = [col(Complaint.section) == s.id, col(Complaint.status).in_(OPEN_STATUSES)]
        for extra in ([], [due < now], [due >= now, due <= soon], [col(Complaint.needs_triage)]):
            cells.append(capped_subquery([*open_, *extra]))
    counts = [Capped(n) for n in session.connection().execute(sa_select(*cells)).one()]
    found = [SectionLoad(s.id, *counts[4 * i : 4 * i + 4]) for i, s in enumerate(settings.sections)]
    return sorted(found, key=lambda r: (-r.overdue, -r.open, r.section))
