"""The desk's scheduled jobs: notify sections of new complaints, flag overdue ones, close
resolved ones the citizen left unanswered, and send each section's daily digest.

Each is idempotent in the database (a cursor, or a DeskNotice unique on kind and key), so a
replica that runs a job again, or two replicas, never notify twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from accountability import survey
from core.jobs import Job, Runtime
from core.workdays import add_working_days
from desk.notify import notify_new, notify_overdue, queue_digest
from settings.root import Settings
from store import audit, complaint_queues, complaints, notices, queries
from store.db import Session

BATCH = 200
NOTIFY_CHUNK = 25
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
    """Queue the `new` notifications of complaints that arrived since the last run, up to
    BATCH, in transactions of NOTIFY_CHUNK: each holds SQLite's single writer a few ms, not
    the 36-45 ms of 200 complaints' notices that webhooks waited behind under a flood."""
    done = 0
    while done < BATCH:
        with ctx.store.write() as session:
            seen = queries.get_cursor(session, *CURSOR)
            if seen is None:  # first run: start from now, never flood with the backlog
                queries.set_cursor(session, *CURSOR, str(complaint_queues.latest_id(session)))
                return 0
            rows = complaint_queues.arrived_after(session, int(seen), NOTIFY_CHUNK)
            now = ctx.clock()
            for complaint in rows:
                notify_new(session, ctx.settings, complaint, now)
            if rows:
                queries.set_cursor(session, *CURSOR, str(rows[-1].id))
        done += len(rows)
        if len(rows) < NOTIFY_CHUNK:
            break
    return done


def _once(session: Session, kind: str, key: str, now: datetime) -> bool:
    """Record that a notice went out; False when it already had."""
    return notices.first(session, kind, key[:128], now)


def flag_overdue(ctx: Runtime) -> int:
    """Tell supervisors (once per complaint and due date) that a complaint is overdue."""
    now = ctx.clock()
    done, last = 0, 0
    while True:
        with ctx.store.write() as session:
            rows = complaint_queues.overdue_after(session, now, last, BATCH)
            for c in rows:
                assert c.due_at is not None
                if _once(session, "overdue", f"{c.id}:{c.due_at.isoformat()}", now):
                    detail = {"due_at": c.due_at.isoformat(), "section": c.section}
                    audit.record(session, c.id, "system", "overdue", detail, now)
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
        rows = complaint_queues.resolved_before(session, cutoff, 1000)
        closed = 0
        for c in rows:
            assert c.closed_at is not None
            if add_working_days(c.closed_at, st.close_after_days, tz) > now:
                continue
            complaints.set_status(session, c, "ditutup", now)  # closed_at: when it was resolved
            detail = {"from": "selesai", "to": "ditutup"}
            audit.record(session, c.id, "system", "auto_close", detail, now)
            survey.invite(session, ctx.settings, c, now)
            closed += 1
    return closed


def digest_counts(session: Session, section: str, now: datetime, tz: str) -> dict[str, int]:
    """Open, overdue, due-today and last-24-hours counts of one section."""
    zone = ZoneInfo(tz)
    end_of_day = now.astimezone(zone).replace(hour=23, minute=59, second=59)
    return complaint_queues.section_counts(session, section, now, end_of_day)


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
