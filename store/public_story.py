"""What the public tracking page reads of a complaint (desk/public.py): the officers' answers
and their files, the status and duplicate events, and one answer's file by tracking code."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from store.models import Complaint, Event, Outbox, OutboxFile


def answers(session: Session, complaint_id: int | None) -> list[tuple[int | None, datetime, str]]:
    """(outbox id, created, text) of every officer's reply to the citizen, in order."""
    rows = session.exec(
        select(Outbox.id, Outbox.created_at, Outbox.text)
        .where(col(Outbox.complaint_id) == complaint_id, col(Outbox.kind) == "reply")
        .order_by(col(Outbox.created_at), col(Outbox.id))
    ).all()
    return list(rows)


def answer_files(session: Session, complaint_id: int | None) -> list[OutboxFile]:
    """The files of the complaint's replies, in the order they were added."""
    stmt = select(OutboxFile).where(col(OutboxFile.complaint_id) == complaint_id)
    return list(session.exec(stmt.order_by(col(OutboxFile.id))))


def status_events(
    session: Session, complaint_id: int | None
) -> list[tuple[str, Mapping[Any, Any]]]:
    """(action, detail) of the complaint's status and duplicate events, in order."""
    rows = session.exec(
        select(Event.action, Event.detail)
        .where(col(Event.complaint_id) == complaint_id,
               col(Event.action).in_(("status", "duplicate")))
        .order_by(col(Event.id))
    ).all()  # fmt: skip
    return list(rows)


def reply_file(session: Session, file_id: int, code: str) -> OutboxFile | None:
    """A reply's file, only when it belongs to the complaint with this tracking code."""
    stmt = (
        select(OutboxFile)
        .join(Complaint, col(Complaint.id) == col(OutboxFile.complaint_id))
        .join(Outbox, col(Outbox.id) == col(OutboxFile.outbox_id))
        .where(col(OutboxFile.id) == file_id, col(Complaint.tracking_code) == code,
               col(Outbox.kind) == "reply")
    )  # fmt: skip
    return session.exec(stmt).first()
