"""The queries of `aduan rules replay` and the reassignment feedback: officers' reassignments,
stored complaints in id order, and a complaint moved by new rules with its audit Event."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, func, select

from store.models import Complaint, Event, Identity


def officer_reassignments(session: Session) -> dict[int, str]:
    """The section each complaint was last reassigned to by an officer."""
    latest: dict[int, str] = {}
    events = select(Event).where(col(Event.action) == "reassign").order_by(col(Event.id))
    for event in session.exec(events):
        if event.complaint_id is not None and event.detail.get("to"):
            latest[event.complaint_id] = str(event.detail["to"])
    return latest


def texts(session: Session, ids: Sequence[int]) -> list[tuple[int | None, str, str]]:
    """(id, text, channel) of these complaints."""
    rows = session.exec(
        select(Complaint.id, Complaint.text, Complaint.channel).where(
            col(Complaint.id).in_(list(ids))
        )
    ).all()
    return list(rows)


def coded_texts(session: Session, ids: Sequence[int]) -> list[tuple[int, str, str, str]]:
    """(id, text, channel, tracking code) of these complaints, by id."""
    rows = session.exec(
        select(Complaint.id, Complaint.text, Complaint.channel, Complaint.tracking_code)
        .where(col(Complaint.id).in_(list(ids)))
        .order_by(col(Complaint.id))
    ).all()
    return [(cid, text, channel, code) for cid, text, channel, code in rows if cid is not None]


def count_since(session: Session, since: datetime | None) -> int:
    """How many complaints were created since then (all, with None)."""
    where = [] if since is None else [col(Complaint.created_at) >= since]
    return int(session.exec(select(func.count()).select_from(Complaint).where(*where)).one())


def batch_after(
    session: Session, last_id: int, since: datetime | None, limit: int
) -> list[tuple[Complaint, str | None]]:
    """The next complaints by id after `last_id`, each with its sender's address."""
    where = [] if since is None else [col(Complaint.created_at) >= since]
    query = (
        select(Complaint, Identity.address)
        .join(Identity, col(Identity.id) == col(Complaint.identity_id), isouter=True)
        .where(col(Complaint.id) > last_id, *where)
        .order_by(col(Complaint.id))
        .limit(limit)
    )
    return list(session.exec(query).all())


def reroute(
    session: Session, complaint: Complaint, decision: dict[str, Any], now: datetime, actor: str
) -> str:
    """Move the complaint where `decision` (Decision.to_dict()) says, with a `reroute` Event;
    the section it had before."""
    before = complaint.section
    complaint.section = decision["section"]
    complaint.decision = decision
    complaint.needs_triage = bool(decision["fallback"])
    complaint.updated_at = now
    session.add(complaint)
    detail = {"from": before, "to": complaint.section, "rules": list(decision["rules"])}
    session.add(Event(complaint_id=complaint.id, actor=actor, action="reroute", detail=detail))
    return before
