"""Deadlines: the handling stages of one complaint, and the Secretariat-wide overview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.workdays import add_working_days
from desk.inbox import shown
from desk.search import CAP
from settings.root import Settings
from store import complaints, outbox
from store.db import Session
from store.models import Complaint
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
    replied = outbox.has_reply(session, complaint.id)
    open_ = complaint.status in OPEN_STATUSES
    out = [
        Stage("Verifikasi", verify, complaint.status != "baru",
              complaint.status == "baru" and now > verify),
        Stage("Tindak lanjut ke warga", answer, replied, not replied and open_ and now > answer),
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
    ids = [s.id for s in settings.sections]
    loads = complaints.section_loads(session, ids, OPEN_STATUSES, now, soon, CAP)
    found = [
        SectionLoad(section, *(Capped(n) for n in cells))
        for section, cells in zip(ids, loads, strict=True)
    ]
    return sorted(found, key=lambda r: (-r.overdue, -r.open, r.section))
