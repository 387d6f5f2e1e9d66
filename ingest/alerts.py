"""A channel that keeps failing is reported to the admins through the other channels."""

from __future__ import annotations

import logging

from ingest.wiring import Context
from store import health as channel_health
from store import outbox
from store.db import Session
from store.models import Outbox

log = logging.getLogger(__name__)

TEXT = (
    "[aduan] Kanal {channel} gagal {n} kali berturut-turut dan ditandai tidak sehat. "
    "Galat terakhir: {error}. Periksa kredensial atau layanan penyedia."
)


def queue_channel_alert(ctx: Context, channel: str) -> list[int]:
    """Queue one alert per admin address on every other channel that can send; the row ids."""
    with ctx.store.write() as session:
        return queue_alert_in(session, ctx, channel)


def queue_alert_in(session: Session, ctx: Context, channel: str) -> list[int]:
    """The same, inside the caller's transaction (the one that marked the channel down).

    Only channels that can send and are not themselves marked unhealthy carry the alert: a
    dead channel cannot carry its own alert, nor another's.
    """
    alerts = ctx.settings.alerts
    now = ctx.clock()
    targets = [("email", address) for address in alerts.email]
    targets += [("telegram", str(chat)) for chat in alerts.telegram_chat_ids]
    health = channel_health.of(session, channel)
    failures = max(health.consecutive_failures, health.send_failures) if health else 0
    error = (health.last_error or "-") if health else "-"
    text = TEXT.format(channel=channel, n=failures, error=error[:300])
    ids: list[int] = []
    for via, address in targets:
        if via == channel or via not in ctx.senders or not _healthy(session, via):
            continue
        row = Outbox(
            channel=via, recipient=address, kind="alert", text=text, automatic=False,
            subject=f"[aduan] kanal {channel} tidak sehat" if via == "email" else None,
            meta={"alert_for": channel}, created_at=now, next_attempt_at=now,
        )  # fmt: skip
        ids.append(outbox.queue_now(session, row))
    if health is not None:
        channel_health.mark_alerted(session, health)
    if not ids:
        log.error("channel %s is unhealthy and no other channel can alert the admins", channel)
    return ids


def _healthy(session: Session, channel: str) -> bool:
    found = channel_health.of(session, channel)
    return found is None or found.healthy
