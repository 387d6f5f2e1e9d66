"""Every send attempt counts toward its channel's health (polls are counted by the scheduler).

A success clears the send streak; a failure adds to it, and refused credentials or a
configuration the provider rejects mark the channel down at once. The transaction that marks
a channel down also queues the admins' alert, through another healthy channel, so each outage
is announced exactly once even with several replicas dispatching.
"""

from __future__ import annotations

import logging

from channels.errors import ChannelAuthError, ChannelError, DeferredError, PermanentChannelError
from ingest import metrics
from ingest.alerts import queue_alert_in
from ingest.wiring import Context
from store.health import needs_alert, record_failure, record_success, send_streak

log = logging.getLogger(__name__)


def counts(exc: Exception) -> bool:
    """Whether a send error says something about the channel (not one message, not a wait)."""
    if isinstance(exc, DeferredError):
        return False
    return not isinstance(exc, PermanentChannelError) or exc.kind == "config"


def at_once(exc: Exception) -> bool:
    """Errors that no retry will cure until an admin changes the configuration."""
    return isinstance(exc, ChannelAuthError) or (
        isinstance(exc, PermanentChannelError) and exc.kind == "config"
    )


class SendHealth:
    """Records the outcome of each send attempt against the channel's health."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def ok(self, channel: str) -> None:
        """A send went through: clear the channel's send streak if there is one."""
        store = self.ctx.store
        with store.read() as session:  # the usual case writes nothing
            found = send_streak(session, channel)
        if found is None or (found[0] == 0 and found[1]):
            metrics.CHANNEL_HEALTHY.labels(channel).set(1 if found is None or found[2] else 0)
            return
        with store.write() as session:
            row = record_success(session, channel, sending=True, now=self.ctx.clock())
            healthy = row.healthy
        metrics.CHANNEL_HEALTHY.labels(channel).set(1 if healthy else 0)
        log.info("%s: sending works again (%s)", channel, "healthy" if healthy else "polls fail")

    def failed(self, channel: str, exc: ChannelError | Exception) -> None:
        """A send attempt failed: count it, and mark the channel down and alert when due."""
        if not counts(exc):
            return  # this message was refused (a bad recipient): the channel itself works
        with self.ctx.store.write() as session:
            row = record_failure(
                session, channel, f"send: {exc}", sending=True, at_once=at_once(exc),
                now=self.ctx.clock(),
            )  # fmt: skip
            healthy, streak = row.healthy, row.send_failures
            alerted = queue_alert_in(session, self.ctx, channel) if needs_alert(row) else None
        metrics.CHANNEL_HEALTHY.labels(channel).set(1 if healthy else 0)
        log.warning("%s: send failed (%s in a row): %s", channel, streak, exc)
        if alerted is not None:
            log.error("%s: marked unhealthy; %s alerts queued", channel, len(alerted))
