"""What the desk's complaint page reads beside the complaint: its messages, their attachments
and files still waiting, its outbox rows and their files, the citizen's identities, and one
attachment or reply file within the viewer's scope."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import literal
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from store.complaints import Scope
from store.models import (
    Attachment,
    Citizen,
    Complaint,
    Identity,
    Message,
    Outbox,
    OutboxFile,
    PendingMedia,
)


def visible_attachment(
    session: Session, where: Scope, attachment_id: int
) -> tuple[Attachment, Complaint] | None:
    """An attachment with its complaint, if that complaint is within the scope."""
    stmt = (
        select(Attachment, Complaint)
        .join(Message, col(Message.id) == col(Attachment.message_id))
        .join(Complaint, col(Complaint.id) == col(Message.complaint_id))
        .where(col(Attachment.id) == attachment_id, where)
    )
    found = session.exec(stmt).first()
    return (found[0], found[1]) if found else None


def visible_reply_file(session: Session, where: Scope, file_id: int) -> OutboxFile | None:
    """A file of an officer's reply, if its complaint is within the scope."""
    stmt = (
        select(OutboxFile)
        .join(Complaint, col(Complaint.id) == col(OutboxFile.complaint_id))
        .where(col(OutboxFile.id) == file_id, where)
    )
    return session.exec(stmt).first()


def messages(session: Session, complaint_id: int | None, with_sender: bool) -> list[Any]:
    """(id, received, direction, channel, kind, text, subject, sender, meta) of every message
    of the complaint, oldest first; without `with_sender` the sender is not even read (None)."""
    sender = col(Message.sender) if with_sender else literal(None)
    rows = session.connection().execute(
        sa_select(col(Message.id), col(Message.received_at), col(Message.direction),
                  col(Message.channel), col(Message.kind), col(Message.text),
                  col(Message.subject), sender, col(Message.meta))
        .where(col(Message.complaint_id) == complaint_id)
        .order_by(col(Message.received_at), col(Message.id))
    ).all()  # fmt: skip
    return list(rows)


def attachments(session: Session, message_ids: Sequence[int]) -> dict[int, list[Attachment]]:
    """The stored attachments of these messages, by message, in the order they were stored."""
    found: dict[int, list[Attachment]] = {}
    if not message_ids:
        return found
    stmt = select(Attachment).where(col(Attachment.message_id).in_(message_ids))
    for a in session.exec(stmt.order_by(col(Attachment.id))):
        found.setdefault(a.message_id, []).append(a)
    return found


def outbox(session: Session, complaint_id: int | None) -> list[Outbox]:
    """Every outbox row of the complaint, in the order they were queued."""
    stmt = select(Outbox).where(col(Outbox.complaint_id) == complaint_id)
    return list(session.exec(stmt.order_by(col(Outbox.id))))


def reply_files(session: Session, complaint_id: int | None) -> dict[int, list[OutboxFile]]:
    """The files of the complaint's replies, by outbox row."""
    found: dict[int, list[OutboxFile]] = {}
    stmt = select(OutboxFile).where(col(OutboxFile.complaint_id) == complaint_id)
    for f in session.exec(stmt.order_by(col(OutboxFile.id))):
        found.setdefault(f.outbox_id, []).append(f)
    return found


def failed_media(session: Session, message_ids: Sequence[int]) -> dict[int, list[PendingMedia]]:
    """Files of these messages not (yet) stored, by message: pending or failed."""
    found: dict[int, list[PendingMedia]] = {}
    if not message_ids:
        return found
    stmt = select(PendingMedia).where(
        col(PendingMedia.message_id).in_(message_ids), col(PendingMedia.state) != "done"
    )
    for row in session.exec(stmt.order_by(col(PendingMedia.id))):
        found.setdefault(row.message_id, []).append(row)
    return found


def identities(session: Session, citizen_id: int | None) -> list[Identity]:
    """The citizen's channel identities, in the order they were first seen."""
    stmt = select(Identity).where(col(Identity.citizen_id) == citizen_id)
    return list(session.exec(stmt.order_by(col(Identity.id))))


def complainant_name(session: Session, complaint: Complaint) -> str | None:
    """The name the complaint's sender gave on its channel, else the citizen's name."""
    name = None
    if complaint.identity_id is not None:
        identity = session.get(Identity, complaint.identity_id)
        name = identity.display_name if identity is not None else None
    if not name:
        citizen = session.get(Citizen, complaint.citizen_id)
        name = citizen.name if citizen is not None else None
    return name
