"""The desk's scheduled jobs: notify sections of new complaints, flag overdue ones, close
resolved ones the citizen left unanswered, and send each section's daily digest.

Each is idempotent in the database (a cursor, or a DeskNotice unique on kind and key), so a
replica that runs a job again, or two replicas, never notify twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlmodel import Session, col, select

from desk.context import Runtime
from desk.notify import notify_new, notify_overdue, queue_digest
from ingest import survey
from ingest.wiring import Job
from ingest.workdays import add_working_days
from settings.root import Settings
from store import queries
from store.models import Complaint, DeskNotice, Event
from store.queries import OPEN_STATUSES

BATCH = 200
CURSOR = ("desk", "notify_new")


def jobs(ctx: Runtime) -> list[Job]:
    """The desk's jobs for the service's scheduler."""
    desk = ctx.settings.desk
    return [
        Job("desk-notify-new", "", desk.notify_seconds, lambda: notify_new_complaints(ctx)),
        Job(
            "desk-overdue", "", desk.overdue_check_minutes * 60,
            lambda: flag_overdue(ctx) + close_resolved(ctx),
        ),
        Job("desk-digest", "", 15 * 60, lambda: send_digests(ctx)),
    ]  # fmt: skip


def notify_new_complaints(ctx: Runtime) -> int:
    """Queue the `new` notifications of complaints that arrived since the last run."""
    now = ctx.clock()
    with ctx.store.write() as session:
        seen = queries.get_cursor(session, *CURSOR)
        if seen is None:  # first run: start from now, never flood with the backlog
            latest = session.exec(select(func.max(Complaint.id))).one()
            queries.set_cursor(session, *CURSOR, str(latest or 0))
            return 0
        rows = list(
            session.exec(
                select(Complaint)
                .where(col(Complaint.id) > int(seen))
                .order_by(col(Complaint.id))
                .limit(BATCH)
            )
        )
        for complaint in rows:
            notify_new(session, ctx.settings, complaint, now)
        if rows:
            queries.set_cursor(session, *CURSOR, str(rows[-1].id))
    return len(rows)


def _once(session: Session, kind: str, key: str, now: datetime) -> bool:
    """Record that a notice went out; False when it already had."""
    values = {"kind": kind, "key": key[:128], "created_at": now}
    return queries.insert_ignore(session, DeskNotice, values) is not None


def flag_overdue(ctx: Runtime) -> int:
    """Tell supervisors (once per complaint and due date) that a complaint is overdue."""
    now = ctx.clock()
    done, last = 0, 0
    while True:
        with ctx.store.write() as session:
            rows = list(
                session.exec(
                    select(Complaint)
                    .where(
                        col(Complaint.status).in_(OPEN_STATUSES),
                        col(Complaint.due_at) < now,
                        col(Complaint.id) > last,
                    )
                    .order_by(col(Complaint.id))
                    .limit(BATCH)
                )
            )
            for c in rows:
                assert c.due_at is not None
                if _once(session, "overdue", f"{c.id}:{c.due_at.isoformat()}", now):
                    detail = {"due_at": c.due_at.isoformat(), "section": c.section}
                    session.add(Event(complaint_id=c.id, actor="system", action="overdue",
                                      detail=detail, created_at=now))  # fmt: skip
                    notify_overdue(session, ctx.settings, c, now)
                    done += 1
        if len(rows) < BATCH:
            return done
        last = rows[-1].id or last


def close_resolved(ctx: Runtime) -> int:
    """Close resolved complaints after `close_after_days` working days without the citizen."""
    now = ctx.clock()
    st, tz = ctx.settings.desk.stages, ctx.settings.service.timezone
    # Working days are never fewer than calendar days: the calendar cut-off only narrows.
    cutoff = now - timedelta(days=st.close_after_days)
    with ctx.store.write() as session:
        rows = session.exec(
            select(Complaint)
            .where(col(Complaint.status) == "selesai", col(Complaint.closed_at) < cutoff)
            .limit(1000)
        ).all()
        closed = 0
        for c in rows:
            assert c.closed_at is not None
            if add_working_days(c.closed_at, st.close_after_days, tz) > now:
                continue
            c.status, c.updated_at = "ditutup", now
            session.add(c)
            detail = {"from": "selesai", "to": "ditutup"}
            session.add(
                Event(complaint_id=c.id, actor="system", action="auto_close", detail=detail,
                      created_at=now)
            )  # fmt: skip
            survey.invite(session, ctx.settings, c, now)
            closed += 1
    return closed


def digest_counts(session: Session, section: str, now: datetime, tz: str) -> dict[str, int]:
    """Open, overdue, due-today and last-24-hours counts of one section."""
    zone = ZoneInfo(tz)
    end_of_day = now.astimezone(zone).replace(hour=23, minute=59, second=59)
    base = select(func.count()).select_from(Complaint).where(col(Complaint.section) == section)
    open_ = base.where(col(Complaint.status).in_(OPEN_STATUSES))
    return {
        "open": session.exec(open_).one(),
        "overdue": session.exec(open_.where(col(Complaint.due_at) < now)).one(),
        "due_today": session.exec(
            open_.where(col(Complaint.due_at) >= now, col(Complaint.due_at) <= end_of_day)
        ).one(),
        "new": session.exec(base.where(col(Complaint.created_at) >= now - timedelta(days=1))).one(),
    }


def send_digests(ctx: Runtime) -> int:
    """Each section's digest, once a day from `digest_hour` (local time)."""
    settings: Settings = ctx.settings
    now = ctx.clock()
    tz = settings.service.timezone
    local = now.astimezone(ZoneInfo(tz))
    if local.hour < settings.desk.digest_hour:
        return 0
    sent = 0
    for section, targets in settings.desk.notify.items():
        if not targets.digest.pairs():
            continue
        with ctx.store.write() as session:
            if not _once(session, "digest", f"{section}:{local.date().isoformat()}", now):
                continue
            counts = digest_counts(session, section, now, tz)
            sent += queue_digest(session, settings, section, counts, now)
    return sent
