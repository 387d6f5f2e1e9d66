"""What is new for an officer: one last-seen marker per officer and complaint (ComplaintSeen),
compared with the complaint's last citizen message and, for its assignee, the assignment.

Opening a complaint writes the marker; a complaint is unread when it was never opened, when a
citizen wrote after the marker, or when it was handed to the officer after it. A move to another
section drops the markers (desk/assign.py), so it is new to the section. Nothing is written per
message, so a busy complaint costs one row per officer who opened it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from store import unread as queries
from store.db import Session
from store.inbox import UNREAD_CAP
from store.unread import mark_read, unread

__all__ = ["CAP", "MARKS", "Handling", "handling", "mark_read", "reason", "unread"]

# What an unread mark says, by reason.
MARKS = {"assigned": "Diserahkan ke Anda", "new": "Belum dibuka", "message": "Pesan baru"}
# Unread counts stop at store/inbox.py's UNREAD_CAP (shown "100+").
CAP = UNREAD_CAP


def reason(
    officer_id: int,
    seen_at: datetime | None,
    last_message_at: datetime,
    assignee_id: int | None,
    assigned_at: datetime | None,
) -> str | None:
    """Why a complaint is unread for the officer (a key of MARKS), or None when it is read."""
    handed = assignee_id == officer_id and assigned_at is not None
    if handed and assigned_at is not None and (seen_at is None or seen_at < assigned_at):
        return "assigned"
    if seen_at is None:
        return "new"
    return "message" if seen_at < last_message_at else None


@dataclass(frozen=True)
class Handling:
    """Of one inbox row: who handles it, and whether it is new to the viewer."""

    assignee: str | None
    unread: str | None  # a key of MARKS


def handling(session: Session, officer_id: int, ids: Sequence[int]) -> dict[int, Handling]:
    """Assignee and unread mark of the complaints of one inbox page (a lookup by their ids)."""
    out: dict[int, Handling] = {}
    for cid, last, assignee_id, assigned_at, seen_at, username in queries.page_markers(
        session, officer_id, ids
    ):
        out[cid] = Handling(username, reason(officer_id, seen_at, last, assignee_id, assigned_at))
    return out
