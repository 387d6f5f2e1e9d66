"""Who handles a complaint inside its section: take it ("Ambil"), hand it over ("Serahkan ke"),
release it; cleared when the complaint moves to another section or its assignee is disabled.

Every change writes an audit Event (action `assign`, detail `from`/`to` usernames, `why` when the
system did it) in the caller's transaction, and notifies the new assignee and the section's
supervisors through the outbox (desk/notify.py); the desk shows the assignee an unread mark
(desk/unread.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desk.access import Viewer
from desk.action_errors import ActionError
from desk.notify import notify_assigned
from settings.root import Settings
from store import assignments, audit, complaints, officers
from store.db import Session
from store.models import Complaint, Officer

HANDLERS = ("officer", "supervisor")


def can_handle(officer: Officer, section: str) -> bool:
    """Whether this officer may be the assignee of a complaint of this section."""
    if not officer.active or officer.role not in HANDLERS:
        return False
    if officer.role == "supervisor":
        return not officer.sections or section in officer.sections
    return section in officer.sections


def eligible(session: Session, section: str) -> list[Officer]:
    """The active officers and supervisors who may handle a complaint of this section."""
    return [o for o in assignments.active_with_roles(session, HANDLERS) if can_handle(o, section)]


def assign(
    session: Session,
    settings: Settings,
    complaint: Complaint,
    officer: Officer | None,
    *,
    by: Viewer,
    now: datetime,
) -> None:
    """Make `officer` the complaint's assignee (None: nobody), as `by` asks.

    `complaint` must be one `by` may see (loaded through `Viewer.scope`). An officer takes or
    hands over a complaint nobody handles or that is theirs; a supervisor moves any. Raises
    ActionError, in Indonesian, when it is not allowed.
    """
    if by.role not in HANDLERS:
        raise ActionError("hanya petugas dan supervisor yang dapat menangani aduan")
    if complaint.status == "ditutup":
        raise ActionError("aduan yang sudah ditutup tidak dapat diserahkan; buka kembali dulu")
    if officer is not None and not can_handle(officer, complaint.section):
        name = settings.section_name(complaint.section)
        raise ActionError(f"{officer.username} bukan petugas aktif {name}")
    current = officers.by_id(session, complaint.assignee_id) if complaint.assignee_id else None
    target = officer.id if officer is not None else None
    if target == complaint.assignee_id:
        if current is None:
            raise ActionError("aduan ini memang belum ada yang menangani")
        raise ActionError(f"aduan ini sudah ditangani {current.username}")
    if current is not None and current.id != by.officer_id and not by.can_reassign_any:
        raise ActionError(
            f"aduan ini sedang ditangani {current.username}; hanya supervisor yang dapat "
            "memindahkannya"
        )
    _set(session, complaint, officer, by.username, now, current)
    notify_assigned(session, settings, complaint, officer, by.username, now)


def _set(
    session: Session,
    complaint: Complaint,
    officer: Officer | None,
    actor: str,
    now: datetime,
    current: Officer | None,
    why: str | None = None,
) -> None:
    assignments.set_assignee(session, complaint, officer.id if officer is not None else None, now)
    detail: dict[str, Any] = {
        "from": current.username if current else None,
        "to": officer.username if officer else None,
    }
    if why:
        detail["why"] = why
    audit.record(session, complaint.id, actor, "assign", detail, now)


def moved(session: Session, complaint: Complaint, actor: str, now: datetime) -> None:
    """The complaint went to another section: nobody handles it there yet, and it is new there.

    Called in the transaction that changes the section: clears the assignee (with its Event)
    and drops every officer's last-seen marker of the complaint.
    """
    if complaint.assignee_id is not None:
        current = officers.by_id(session, complaint.assignee_id)
        _set(session, complaint, None, actor, now, current, why="reassign")
    assignments.forget_seen(session, complaint.id)


def release_all(session: Session, officer: Officer, now: datetime) -> int:
    """A disabled officer handles nothing: their complaints not yet closed are released."""
    count = 0
    for complaint in complaints.assigned_not_closed(session, officer.id):
        _set(session, complaint, None, "system", now, officer, why="disabled")
        count += 1
    return count
