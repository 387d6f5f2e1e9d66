"""The scheduled jobs of one process: outbox dispatch, channel polling, rules reload.

Every job holds a PostgreSQL advisory lock while it runs, so several replicas can share a
database and each job runs on one of them at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler

from channels.errors import ChannelError
from ingest import metrics
from ingest.wiring import Context, Job
from store.health import (
    UNHEALTHY_AFTER,
    mark_alerted,
    needs_alert,
    record_failure,
    record_success,
)
from store.locks import job_lock

log = logging.getLogger(__name__)

__all__ = ["UNHEALTHY_AFTER", "build_scheduler", "run_job"]


def run_job(ctx: Context, job: Job, on_unhealthy: Callable[[str], object] | None = None) -> int:
    """Run one job under its lock, recording the channel's health; the items handled."""
    with job_lock(ctx.store, job.name) as mine:
        if not mine:
            return 0
        if not job.channel:
            return job.func()
        try:
            done = job.func()
        except ChannelError as exc:
            with ctx.store.write() as session:
                row = record_failure(session, job.channel, str(exc), UNHEALTHY_AFTER)
                just_failed = needs_alert(row)  # once per outage, polls or sends
                if just_failed:
                    mark_alerted(session, row)
            ctx.health.failed(job.channel, row.consecutive_failures)
            metrics.CHANNEL_HEALTHY.labels(job.channel).set(0 if not row.healthy else 1)
            log.warning("%s: %s failed (%s in a row): %s", job.channel, job.name,
                        row.consecutive_failures, exc)  # fmt: skip
            if just_failed and on_unhealthy is not None:
                on_unhealthy(job.channel)
            return 0
        if not ctx.health.healthy(job.channel):  # write only when the state changes
            with ctx.store.write() as session:
                healthy = record_success(session, job.channel).healthy  # sends may still fail
            ctx.health.succeeded(job.channel)
            metrics.CHANNEL_HEALTHY.labels(job.channel).set(1 if healthy else 0)
        return done


def build_scheduler(
    ctx: Context, jobs: list[Job], on_unhealthy: Callable[[str], object] | None = None
) -> BackgroundScheduler:
    """A background scheduler running every job on its interval, never two at once."""
    scheduler = BackgroundScheduler(timezone="UTC")
    for job in jobs:
        first = {"next_run_time": datetime.now(UTC)} if job.start_now else {}
        scheduler.add_job(
            _guarded,
            "interval",
            seconds=job.seconds,
            args=(ctx, job, on_unhealthy),
            id=job.name,
            max_instances=1,
            coalesce=True,
            **first,
        )
    return scheduler


def _guarded(ctx: Context, job: Job, on_unhealthy: Callable[[str], object] | None) -> None:
    try:
        run_job(ctx, job, on_unhealthy)
    except Exception:  # a job must never kill the scheduler thread
        log.exception("job %s crashed", job.name)
