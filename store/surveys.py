"""The satisfaction surveys' queries (the chat state machine and the link form live in
accountability/): the active survey of an address, one step's update, a link's row, expiry."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, update
from sqlmodel import Session, col, select

from store import fastsql, queries
from store.models import Outbox, Survey

ACTIVE = ("invited", "answering")
# What one chat step may change (accountability/survey_chat.py `_step`): anything else is a
# programming error.
STEP_COLUMNS = frozenset(
    {"last_activity_at", "status", "finished_at", "comment", "reasks", "answers", "question"}
)

_ACTIVE_SQL = (
    "SELECT id, mode, status, question, reasks, answers FROM survey"
    " WHERE channel = :channel AND recipient = :recipient"
    " AND status IN ('invited', 'answering')"
    " AND ((mode = 'chat' AND last_activity_at >= :chat_since)"
    " OR (mode = 'link' AND invited_at >= :link_since))"
    " ORDER BY id DESC LIMIT 1"
)


def active_row(
    session: Session, channel: str, recipient: str, chat_since: datetime, link_since: datetime
) -> tuple[int, str, str, int, int, list[int]] | None:
    """The address's survey waiting for an answer: (id, mode, status, question, reasks, answers).

    One indexed query on the driver's connection: every message shaped like an answer pays it
    (the ingest hot path; see bench/ingest.py).
    """
    dialect = fastsql.dialect(session)
    params = {
        "channel": channel, "recipient": recipient,
        "chat_since": fastsql.utc(dialect, chat_since),
        "link_since": fastsql.utc(dialect, link_since),
    }  # fmt: skip
    row = fastsql.row(session, _ACTIVE_SQL, params)
    if row is None:
        return None
    answers = json.loads(row[5]) if isinstance(row[5], str) else list(row[5])
    return row[0], row[1], row[2], row[3], row[4], answers


def add_invitation(session: Session, values: dict[str, Any]) -> int | None:
    """A complaint's survey row, once (Survey.complaint_id is unique): its id, or None when the
    complaint's citizen was invited before."""
    return queries.insert_ignore(session, Survey, values)


def queue_message(
    session: Session,
    channel: str,
    recipient: str,
    text: str,
    now: datetime,
    meta: dict[str, Any],
    complaint_id: int | None = None,
    subject: str | None = None,
) -> int:
    """Queue one survey message (an invitation, a question, a thanks) in the outbox; its id."""
    # Not `automatic`: the questions answer the citizen's own messages, and must not use up the
    # per-address cap that protects acknowledgements of their next complaint.
    row: dict[str, Any] = {
        "complaint_id": complaint_id, "channel": channel, "recipient": recipient,
        "kind": "survey", "subject": subject, "text": text, "automatic": complaint_id is not None,
        "meta": meta, "status": "pending", "attempts": 0, "attempt_log": [], "created_at": now,
        "next_attempt_at": now,
    }  # fmt: skip
    return queries.insert_row(session, Outbox, row)


def update_step(session: Session, survey_id: int, values: dict[str, Any]) -> None:
    """Write one chat step's new values onto the survey."""
    unknown = set(values) - STEP_COLUMNS
    if unknown:
        raise ValueError(f"not a survey step column: {sorted(unknown)}")
    stmt = update(Survey).where(col(Survey.id) == survey_id).values(**values)
    session.connection().execute(stmt)


def by_token_hash(session: Session, token_hash: str) -> Survey | None:
    """The survey of a link token (by the hash the store keeps)."""
    return session.exec(select(Survey).where(col(Survey.token_hash) == token_hash)).first()


def finish_link(session: Session, survey_id: int, values: dict[str, Any]) -> bool:
    """Record a link survey's answers once; False when it was used or ended meanwhile."""
    stmt = (
        update(Survey)
        .where(col(Survey.id) == survey_id, col(Survey.used_at).is_(None),
               col(Survey.status).in_(ACTIVE))
        .values(**values)
    )  # fmt: skip
    return bool(session.connection().execute(stmt).rowcount)


def expire_silent(
    session: Session, chat_before: datetime, link_before: datetime, now: datetime
) -> int:
    """End chat surveys silent since `chat_before` and links sent before `link_before`."""
    stmt = (
        update(Survey)
        .where(
            col(Survey.status).in_(ACTIVE),
            or_(
                and_(col(Survey.mode) == "chat", col(Survey.last_activity_at) < chat_before),
                and_(col(Survey.mode) == "link", col(Survey.invited_at) < link_before),
            ),
        )
        .values(status="expired", finished_at=now)
    )
    return int(session.connection().execute(stmt).rowcount)
