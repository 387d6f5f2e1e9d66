"""A channel that keeps failing is reported to the admins through the other channels."""

from __future__ import annotations

import logging

from sqlmodel import Session

from ingest.wiring import Context
from store.models import ChannelHealth, Outbox

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
    health = session.get(ChannelHealth, channel)
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
        session.add(row)
        session.flush()
        assert row.id is not None
        ids.append(row.id)
    if health is not None:
        health.alerted = True
        session.add(health)
    if not ids:
        log.error("channel %s is unhealthy and no other channel can alert the admins", channel)
    return ids


def _healthy(session: Session, channel: str) -> bool:
    found = session.get(ChannelHealth, channel)
    return found is None or found.healthy
