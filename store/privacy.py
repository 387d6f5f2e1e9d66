"""The personal-data queries (UU 27/2022): whom a request is about, the rows a retention purge or
an erasure scrubs, the files they free, and a citizen's export. What is scrubbed and how lives in
accountability/privacy.py; here each function reads or writes rows it is given values for."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from store.models import (
    Attachment,
    Citizen,
    Complaint,
    DeadLetter,
    Event,
    Identity,
    Message,
    Outbox,
    OutboxFile,
    PendingMedia,
    PrivacyPurge,
    Survey,
)
from store.types import UTCDateTime


def _address_matches(column: Any, forms: Sequence[str], email: bool) -> Any:
    if email:  # rows stored before intake lower-cased addresses
        return func.lower(column) == forms[0]
    return col(column).in_(list(forms))


def citizens_at(session: Session, channel: str, forms: Sequence[str], email: bool) -> set[int]:
    """The citizens with an identity on `channel` at one of the address's `forms` (an email
    address, `email`, is compared lower-cased with its one form)."""
    mine = (col(Identity.channel) == channel) & _address_matches(Identity.address, forms, email)
    return set(session.exec(select(Identity.citizen_id).where(mine)))


def citizens_by_phone(session: Session, phone: str) -> set[int]:
    """The citizens with an identity on this phone number (E.164), on any channel."""
    return set(session.exec(select(Identity.citizen_id).where(col(Identity.phone) == phone)))


def complaints_of(
    session: Session, citizen_ids: Iterable[int], channel: str, forms: Sequence[str], email: bool
) -> list[Complaint]:
    """Every complaint of these citizens or answered at the address, in id order."""
    replied = (col(Complaint.reply_channel) == channel) & _address_matches(
        Complaint.reply_address, forms, email
    )
    stmt = select(Complaint).where(or_(col(Complaint.citizen_id).in_(list(citizen_ids)), replied))
    return list(session.exec(stmt.order_by(col(Complaint.id))))


def save(session: Session, row: Any) -> None:
    """Write back a row the caller scrubbed (at the transaction's next flush)."""
    session.add(row)


def complaints_due(session: Session, closed_before: datetime) -> list[Complaint]:
    """Complaints closed before `closed_before` and not purged yet, in id order."""
    done = select(PrivacyPurge.complaint_id)
    due = (
        select(Complaint)
        .where(col(Complaint.status) == "ditutup", col(Complaint.closed_at) < closed_before,
               col(Complaint.id).not_in(done))
        .order_by(col(Complaint.id))
    )  # fmt: skip
    return list(session.exec(due))


def complaint_messages(session: Session, complaint_id: int | None) -> list[Message]:
    """The messages of a complaint."""
    return list(session.exec(select(Message).where(col(Message.complaint_id) == complaint_id)))


def complaint_outbox(session: Session, complaint_id: int | None) -> list[Outbox]:
    """The outbox rows of a complaint."""
    return list(session.exec(select(Outbox).where(col(Outbox.complaint_id) == complaint_id)))


def complaint_surveys(session: Session, complaint_id: int | None) -> list[Survey]:
    """The survey of a complaint (a list: none or one)."""
    return list(session.exec(select(Survey).where(col(Survey.complaint_id) == complaint_id)))


def mark_scrubbed(
    session: Session, complaint_id: int | None, reason: str, bodies: bool, now: datetime
) -> None:
    """Record that a complaint was scrubbed (PrivacyPurge, once per complaint) and why (Event)."""
    stmt = select(PrivacyPurge).where(col(PrivacyPurge.complaint_id) == complaint_id)
    purge = session.exec(stmt).first()
    purge = purge or PrivacyPurge(complaint_id=complaint_id or 0, reason=reason)
    purge.reason, purge.done_at = reason, now
    session.add(purge)
    session.add(Event(complaint_id=complaint_id, actor="system", action="privacy_" + reason,
                      detail={"bodies": bodies}, created_at=now))  # fmt: skip


def identities(session: Session, citizen_id: int) -> list[Identity]:
    """A citizen's identities."""
    return list(session.exec(select(Identity).where(col(Identity.citizen_id) == citizen_id)))


def citizen(session: Session, citizen_id: int) -> Citizen | None:
    """A citizen by id."""
    return session.get(Citizen, citizen_id)


def loose_messages(session: Session, citizen_id: int) -> list[Message]:
    """A citizen's messages outside any complaint (commands, survey answers, ...)."""
    own = (col(Message.citizen_id) == citizen_id) & col(Message.complaint_id).is_(None)
    return list(session.exec(select(Message).where(own)))


def outbox_to(session: Session, channel: str, address: str) -> list[Outbox]:
    """The outbox rows addressed to a channel address."""
    to = (col(Outbox.channel) == channel) & (col(Outbox.recipient) == address)
    return list(session.exec(select(Outbox).where(to)))


def messages_to(session: Session, channel: str, address: str) -> list[Message]:
    """The messages sent to a channel address."""
    sent = (col(Message.channel) == channel) & (col(Message.recipient) == address)
    return list(session.exec(select(Message).where(sent)))


def surveys_to(session: Session, channel: str, address: str) -> list[Survey]:
    """The surveys asked at a channel address."""
    asked = (col(Survey.channel) == channel) & (col(Survey.recipient) == address)
    return list(session.exec(select(Survey).where(asked)))


def drop_message_files(session: Session, message_id: int | None) -> list[str]:
    """Delete a message's attachment rows and its media still to download (a download to come
    would bring the file back); the SHA-256 of each attachment deleted."""
    hashes = []
    for a in session.exec(select(Attachment).where(col(Attachment.message_id) == message_id)):
        hashes.append(a.sha256)
        session.delete(a)
    for p in session.exec(select(PendingMedia).where(col(PendingMedia.message_id) == message_id)):
        session.delete(p)
    return hashes


def drop_outbox_files(session: Session, outbox_id: int | None) -> list[str]:
    """Delete the file rows of an outbox row (an officer's letter or photo); their SHA-256."""
    hashes = []
    for f in session.exec(select(OutboxFile).where(col(OutboxFile.outbox_id) == outbox_id)):
        hashes.append(f.sha256)
        session.delete(f)
    return hashes


def files_in_use(session: Session, hashes: set[str]) -> set[str]:
    """Which of these SHA-256 an attachment or an outbox file row still uses."""
    used = set(session.exec(select(Attachment.sha256).where(col(Attachment.sha256).in_(hashes))))
    used |= set(session.exec(select(OutboxFile.sha256).where(col(OutboxFile.sha256).in_(hashes))))
    return used


def empty_dead_letters(session: Session, created_before: datetime, note: str) -> int:
    """Empty the raw input and headers of dead letters created before `created_before`, adding
    `note` to their note; how many."""
    stmt = select(DeadLetter).where(
        col(DeadLetter.created_at) < created_before, func.length(col(DeadLetter.raw)) > 0
    )
    count = 0
    for row in session.exec(stmt):
        row.raw, row.headers = b"", {}
        row.note = f"{row.note + ' / ' if row.note else ''}{note}"
        session.add(row)
        count += 1
    return count


def all_gone(session: Session, citizen_id: int, cutoff: datetime) -> bool:
    """No complaint of the citizen is left unpurged, and no message of theirs is from `cutoff`
    or later."""
    kept = session.exec(
        select(func.count())
        .select_from(Complaint)
        .where(col(Complaint.citizen_id) == citizen_id,
               col(Complaint.id).not_in(select(PrivacyPurge.complaint_id)))
    ).one()  # fmt: skip
    latest = session.exec(
        select(func.max(Message.received_at)).where(col(Message.citizen_id) == citizen_id)
    ).one()
    return kept == 0 and (latest is None or _aware(latest) < cutoff)


def _aware(value: Any) -> datetime:
    found = UTCDateTime().process_result_value(value, None)  # type: ignore[arg-type]
    assert found is not None
    return found


def citizens(session: Session, citizen_ids: Iterable[int]) -> list[Citizen]:
    """These citizens, in the order given (unknown ids left out)."""
    found = (session.get(Citizen, i) for i in citizen_ids)
    return [c for c in found if c is not None]


def identities_of(session: Session, citizen_ids: Sequence[int]) -> list[Identity]:
    """The identities of these citizens, in id order."""
    stmt = select(Identity).where(col(Identity.citizen_id).in_(list(citizen_ids)))
    return list(session.exec(stmt.order_by(col(Identity.id))))


def messages_of(
    session: Session, citizen_ids: Sequence[int], complaint_ids: Sequence[int | None]
) -> list[Message]:
    """The messages of these citizens or of these complaints, oldest first."""
    stmt = (
        select(Message)
        .where(
            or_(
                col(Message.citizen_id).in_(list(citizen_ids)),
                col(Message.complaint_id).in_(list(complaint_ids)),
            )
        )
        .order_by(col(Message.received_at), col(Message.id))
    )
    return list(session.exec(stmt))


def surveys_of(session: Session, complaint_ids: Sequence[int | None]) -> list[Survey]:
    """The surveys of these complaints."""
    return list(session.exec(select(Survey).where(col(Survey.complaint_id).in_(complaint_ids))))
