"""Shared cases (kasus bersama) and their members: look-ups, sizes, the complaints near one in
time (the candidates' pool), joining, leaving, saving a changed case."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Text, cast, column, table, union_all
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from store.complaints import Scope
from store.models import CaseMember, Citizen, Complaint, Identity, SharedCase


def by_id(session: Session, case_id: int) -> SharedCase | None:
    """The case with this id."""
    return session.get(SharedCase, case_id)


def case_of(session: Session, complaint_id: int) -> SharedCase | None:
    """The case the complaint is in, if any."""
    stmt = (
        select(SharedCase)
        .join(CaseMember, col(CaseMember.case_id) == col(SharedCase.id))
        .where(col(CaseMember.complaint_id) == complaint_id)
    )
    return session.exec(stmt).first()


def cases_of(session: Session, complaint_ids: Sequence[int]) -> dict[int, SharedCase]:
    """The case of each of these complaints that is in one, by complaint id."""
    stmt = (
        select(CaseMember.complaint_id, SharedCase)
        .join(SharedCase, col(SharedCase.id) == col(CaseMember.case_id))
        .where(col(CaseMember.complaint_id).in_(complaint_ids))
    )
    return {cid: case for cid, case in session.exec(stmt)}


def member_count(session: Session, case_id: int) -> int:
    """How many complaints the case holds (visible or not)."""
    stmt = select(func.count()).where(col(CaseMember.case_id) == case_id)
    return int(session.exec(stmt).one())


def sizes(session: Session, case_ids: Sequence[int | None]) -> dict[int, int]:
    """How many complaints each of these cases holds, by case id."""
    stmt = (
        select(CaseMember.case_id, func.count())
        .where(col(CaseMember.case_id).in_(case_ids))
        .group_by(col(CaseMember.case_id))
    )
    return dict(session.exec(stmt).all())


def members(session: Session, where: Scope, case_id: int) -> list[Complaint]:
    """The case's complaints within the scope, oldest first."""
    stmt = (
        select(Complaint)
        .join(CaseMember, col(CaseMember.complaint_id) == col(Complaint.id))
        .where(col(CaseMember.case_id) == case_id, where)
        .order_by(col(Complaint.created_at), col(Complaint.id))
    )
    return list(session.exec(stmt))


def member_ids(session: Session, case_id: int | None) -> list[int]:
    """Every complaint id of the case."""
    stmt = select(CaseMember.complaint_id).where(col(CaseMember.case_id) == case_id)
    return list(session.exec(stmt))


def open_member_ids(session: Session, case_id: int) -> list[int | None]:
    """The ids of the case's complaints that are not closed, visible or not."""
    stmt = (
        select(Complaint.id)
        .join(CaseMember, col(CaseMember.complaint_id) == col(Complaint.id))
        .where(col(CaseMember.case_id) == case_id, col(Complaint.status) != "ditutup")
    )
    return list(session.exec(stmt))


def recent(session: Session, sections: Sequence[str] | None, limit: int) -> list[SharedCase]:
    """The newest cases of these sections (None: of every section)."""
    stmt = select(SharedCase).order_by(col(SharedCase.id).desc()).limit(limit)
    if sections is not None:
        stmt = stmt.where(col(SharedCase.section).in_(sections or ("",)))
    return list(session.exec(stmt))


def near(session: Session, complaint: Complaint, window: timedelta, per_side: int) -> list[Any]:
    """(id, code, subject, text, status, channel, created) of the nearest complaints of the
    same section, not closed, within `window` on each side, at most `per_side` each: two index
    range reads on (section, created_at), in one statement."""
    base = sa_select(
        col(Complaint.id), col(Complaint.tracking_code), col(Complaint.subject),
        col(Complaint.text), col(Complaint.status), col(Complaint.channel),
        col(Complaint.created_at),
    ).where(
        col(Complaint.section) == complaint.section, col(Complaint.status) != "ditutup",
        col(Complaint.id) != complaint.id,
    )  # fmt: skip
    at = complaint.created_at
    after = base.where(col(Complaint.created_at) >= at, col(Complaint.created_at) <= at + window)
    before = base.where(col(Complaint.created_at) < at, col(Complaint.created_at) >= at - window)
    sides = [
        after.order_by(col(Complaint.created_at)).limit(per_side).subquery(),
        before.order_by(col(Complaint.created_at).desc()).limit(per_side).subquery(),
    ]
    return list(session.connection().execute(union_all(*(sa_select(s) for s in sides))))


def documents(session: Session, complaint_ids: Sequence[int]) -> list[Any]:
    """(id, code, doc, anonymous, confidential, name, display name, address, reply address) of
    these complaints: the full-text document store/search.py wrote (its stems as text; None if
    it has none) and the people's fields the document names."""
    if not complaint_ids:
        return []
    postgres = session.get_bind().dialect.name == "postgresql"
    index = table("complaint_fts", column("complaint_id" if postgres else "rowid"), column("doc"))
    key = index.c.complaint_id if postgres else index.c.rowid
    stmt = (
        sa_select(
            col(Complaint.id), col(Complaint.tracking_code),
            cast(index.c.doc, Text) if postgres else index.c.doc,
            col(Complaint.anonymous), col(Complaint.confidential), col(Citizen.name),
            col(Identity.display_name), col(Identity.address), col(Complaint.reply_address),
        )
        .outerjoin(index, key == col(Complaint.id))
        .outerjoin(Citizen, col(Citizen.id) == col(Complaint.citizen_id))
        .outerjoin(Identity, col(Identity.id) == col(Complaint.identity_id))
        .where(col(Complaint.id).in_(complaint_ids))
    )  # fmt: skip
    return list(session.connection().execute(stmt))


def create(session: Session, case: SharedCase) -> SharedCase:
    """Store a new case now (it gets its id)."""
    session.add(case)
    session.flush()
    return case


def add_member(session: Session, case_id: int, complaint_id: int, by: str, now: datetime) -> None:
    """Put the complaint into the case."""
    session.add(CaseMember(complaint_id=complaint_id, case_id=case_id, added_by=by, added_at=now))


def membership(session: Session, complaint_id: int) -> CaseMember | None:
    """The complaint's membership of a case, if any."""
    return session.get(CaseMember, complaint_id)


def remove_member(session: Session, row: CaseMember) -> None:
    """Take the complaint out of its case."""
    session.delete(row)


def touch(session: Session, case: SharedCase, now: datetime) -> None:
    """The case changed now."""
    case.updated_at = now
    session.add(case)


def close(session: Session, case: SharedCase, now: datetime) -> None:
    """Close the case now."""
    case.status, case.closed_at = "ditutup", now
    touch(session, case, now)
