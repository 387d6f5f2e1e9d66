"""The complaint store's tables (SQLModel). Times are UTC; see docs/architecture.md, Data."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from store.types import JSONType, UTCDateTime, utcnow


def new_outbox_key() -> str:
    """A new idempotency key for an outbox row: 32 hex digits."""
    return uuid.uuid4().hex


def _ts(index: bool = False) -> Any:
    return Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=index)
    )


def _opt_ts(index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=True, index=index))


def _json(default: Any = dict) -> Any:
    return Field(default_factory=default, sa_column=Column(JSONType, nullable=False))


class Citizen(SQLModel, table=True):
    """A person who complains; one citizen may write from several channels."""

    id: int | None = Field(default=None, primary_key=True)
    name: str | None = Field(default=None, max_length=200)
    created_at: datetime = _ts()


class Identity(SQLModel, table=True):
    """A channel address of a citizen: (channel, address) -> citizen."""

    __table_args__ = (UniqueConstraint("channel", "address", name="uq_identity_channel_address"),)

    id: int | None = Field(default=None, primary_key=True)
    citizen_id: int = Field(foreign_key="citizen.id", index=True)
    channel: str = Field(max_length=32)
    address: str = Field(max_length=320)
    phone: str | None = Field(default=None, max_length=32, index=True)
    display_name: str | None = Field(default=None, max_length=200)
    undeliverable: bool = False
    created_at: datetime = _ts()


class Complaint(SQLModel, table=True):
    """One complaint, with the one section responsible for it and why it is there."""

    __table_args__ = (
        Index("ix_complaint_section_status_due", "section", "status", "due_at"),
        # A section's newest complaints of a status, for the search's walk (migration 0017).
        Index("ix_complaint_section_status_id", "section", "status", "id"),
        # The inbox's keyset order (due_at, id), for one's sections and for all (desk/inbox.py).
        Index("ix_complaint_section_due_id", "section", "due_at", "id"),
        Index("ix_complaint_due_id", "due_at", "id"),
        # Capped counts of the supervisor's filters and of the deadline overview.
        Index("ix_complaint_status_channel", "status", "channel"),
        # The triage filter of one section in the inbox's order, and its tab counts ("Milik
        # saya", "Belum ada yang menangani", overdue) from the index alone (migration 0017).
        Index(
            "ix_complaint_triage_status_section_due_id_assignee",
            "needs_triage",
            "status",
            "section",
            "due_at",
            "id",
            "assignee_id",
        ),
        # The "Milik saya" tab: one officer's complaints of a status in the inbox's order.
        Index("ix_complaint_assignee_status_due", "assignee_id", "status", "due_at", "id"),
        # Their counts with a channel filter, for every section (migration 0016).
        Index(
            "ix_complaint_assignee_channel_status_due", "assignee_id", "channel", "status", "due_at"
        ),
        # The same tabs (and "Belum ada yang menangani") within one section (migration 0016).
        Index(
            "ix_complaint_section_assignee_status_due",
            "section",
            "assignee_id",
            "status",
            "due_at",
            "id",
        ),
        # Each open status in the inbox's keyset order, merged for the open tab (migration 0014).
        Index("ix_complaint_status_due_id", "status", "due_at", "id"),
        Index("ix_complaint_triage_status_due_id", "needs_triage", "status", "due_at", "id"),
        # An officer's channel filter in the inbox's order, and its tab counts (the assignee's
        # and overdue tabs too) from the index alone (migration 0017).
        Index(
            "ix_complaint_section_channel_status_due_id_assignee",
            "section",
            "channel",
            "status",
            "due_at",
            "id",
            "assignee_id",
        ),
        # A period's public statistics from the index alone (store/stats.py).
        Index(
            "ix_complaint_created_stats", "created_at", "section", "channel", "due_at", "closed_at"
        ),
        # What is unread (desk/unread.py) counted from the index alone, within sections and for
        # all: the columns the last-seen comparison reads, so no complaint row is read (0015).
        Index(
            "ix_complaint_section_status_seen",
            "section",
            "status",
            "last_message_at",
            "assignee_id",
            "assigned_at",
        ),
        Index(
            "ix_complaint_status_seen", "status", "last_message_at", "assignee_id", "assigned_at"
        ),
        # Candidates for a shared case: the same section within a few days (desk/cases.py).
        Index("ix_complaint_section_created", "section", "created_at"),
        # A citizen's complaints; the open one a chat message continues, newest activity first
        # (store/queries.py, open_complaint_ref; migration 0018).
        Index("ix_complaint_citizen_channel_seen", "citizen_id", "channel", "last_message_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    tracking_code: str = Field(max_length=32, unique=True)
    citizen_id: int = Field(foreign_key="citizen.id")  # first in ix_complaint_citizen_channel_seen
    identity_id: int | None = Field(default=None, foreign_key="identity.id")
    channel: str = Field(max_length=32)
    section: str = Field(max_length=64)
    status: str = Field(default="baru", max_length=16)
    subject: str | None = Field(default=None, max_length=300)
    text: str
    decision: dict[str, Any] = _json()
    needs_triage: bool = False
    anonymous: bool = False
    confidential: bool = False
    reply_channel: str | None = Field(default=None, max_length=32)
    reply_address: str | None = Field(default=None, max_length=320)
    created_at: datetime = _ts()  # indexed first in ix_complaint_created_stats
    updated_at: datetime = _ts()
    last_message_at: datetime = _ts()
    due_at: datetime | None = _opt_ts(index=True)
    closed_at: datetime | None = _opt_ts()
    assignee_id: int | None = Field(default=None, foreign_key="officer.id")
    """The officer of the section handling it (desk/assign.py); None: nobody yet."""
    assigned_at: datetime | None = _opt_ts()


class SharedCase(SQLModel, table=True):
    """A shared case (kasus bersama): complaints of one section about the same event.

    status: terbuka | ditutup. Its members are CaseMember rows; each complaint keeps its own
    tracking code, thread and audit trail (desk/cases.py).
    """

    __tablename__ = "shared_case"
    __table_args__ = (Index("ix_shared_case_section_id", "section", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    section: str = Field(max_length=64)
    title: str = Field(max_length=200)
    status: str = Field(default="terbuka", max_length=16)
    created_by: str = Field(max_length=100)
    created_at: datetime = _ts()
    updated_at: datetime = _ts()
    closed_at: datetime | None = _opt_ts()


class CaseMember(SQLModel, table=True):
    """A complaint in a shared case; the complaint is the key, so it is in one case at most."""

    __tablename__ = "case_member"

    complaint_id: int = Field(foreign_key="complaint.id", primary_key=True)
    case_id: int = Field(foreign_key="shared_case.id", index=True)
    added_by: str = Field(max_length=100)
    added_at: datetime = _ts()


class Message(SQLModel, table=True):
    """A message in or out; (channel, external_id) is unique, so nothing is stored twice."""

    __table_args__ = (
        UniqueConstraint("channel", "external_id", name="uq_message_channel_external_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int | None = Field(default=None, foreign_key="complaint.id", index=True)
    citizen_id: int | None = Field(default=None, foreign_key="citizen.id")
    direction: str = Field(max_length=3)  # "in" | "out"
    kind: str = Field(max_length=16)  # complaint, followup, command, automated, edit, ack, reply
    channel: str = Field(max_length=32)
    external_id: str = Field(max_length=512)
    sender: str | None = Field(default=None, max_length=320)
    recipient: str | None = Field(default=None, max_length=320)
    subject: str | None = Field(default=None, max_length=300)
    text: str = ""
    automated: str | None = Field(default=None, max_length=64)
    meta: dict[str, Any] = _json()
    raw: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    received_at: datetime = _ts()
    created_at: datetime = _ts()


class Attachment(SQLModel, table=True):
    """A file that came with a message, stored by content hash under the data directory."""

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="message.id", index=True)
    filename: str = Field(max_length=255)
    content_type: str = Field(max_length=128)
    size: int
    sha256: str = Field(max_length=64)
    created_at: datetime = _ts()


class OutboxFile(SQLModel, table=True):
    """A file an officer attached to a reply: stored like an Attachment (by content hash), sent
    with its outbox row, and offered to the citizen on the tracking page."""

    id: int | None = Field(default=None, primary_key=True)
    outbox_id: int = Field(foreign_key="outbox.id", index=True)
    complaint_id: int = Field(foreign_key="complaint.id", index=True)
    filename: str = Field(max_length=255)
    content_type: str = Field(max_length=128)
    size: int
    sha256: str = Field(max_length=64)
    created_at: datetime = _ts()


class PendingMedia(SQLModel, table=True):
    """A file of a stored message still to download (ingest/media.py); written with the message.

    state: pending (waiting for its next attempt), done (an Attachment row exists), failed
    (given up: shown to officers in the thread with `last_error`).
    """

    __table_args__ = (Index("ix_pendingmedia_state_next", "state", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="message.id", index=True)
    channel: str = Field(max_length=32)
    ref: dict[str, Any] = _json()
    state: str = Field(default="pending", max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = _ts()
    last_error: str | None = None
    attachment_id: int | None = None  # no foreign key: a privacy purge deletes attachments
    created_at: datetime = _ts()
    done_at: datetime | None = _opt_ts()


class Outbox(SQLModel, table=True):
    """A message waiting to be sent, with its attempts; written with what caused it."""

    __table_args__ = (
        Index("ix_outbox_status_next", "status", "next_attempt_at"),
        # The per-address caps on automatic answers count recent rows to one recipient.
        Index("ix_outbox_recipient_created", "recipient", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int | None = Field(default=None, foreign_key="complaint.id", index=True)
    channel: str = Field(max_length=32)
    recipient: str = Field(max_length=320)
    kind: str = Field(max_length=16)  # ack, followup, status, reply, notify
    subject: str | None = Field(default=None, max_length=300)
    text: str
    automatic: bool = True
    meta: dict[str, Any] = _json()
    status: str = Field(default="pending", max_length=16)
    attempts: int = 0
    attempt_log: list[dict[str, Any]] = _json(list)
    next_attempt_at: datetime = _ts()
    lease_until: datetime | None = _opt_ts()
    last_error: str | None = None
    provider_id: str | None = Field(default=None, max_length=256, index=True)
    created_at: datetime = _ts()
    sent_at: datetime | None = _opt_ts()
    # Fixed when the row is created (or, for rows inserted without one, when first claimed) and
    # sent with every attempt: the email Message-ID, a gateway's idempotency key (docs/email.md).
    idempotency_key: str | None = Field(
        default_factory=new_outbox_key, max_length=64, unique=True, index=True
    )
    claimed_by: str | None = Field(default=None, max_length=128)
    """The dispatcher (host:pid:instance) holding the row while it sends."""


class ChannelCursor(SQLModel, table=True):
    """How far a poller has read a source (IMAP UID, Telegram offset, X since_id)."""

    __table_args__ = (UniqueConstraint("channel", "key", name="uq_cursor_channel_key"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=32)
    key: str = Field(max_length=255)
    value: str
    updated_at: datetime = _ts()


class ChannelHealth(SQLModel, table=True):
    """Whether a channel works, so a dead channel cannot hide itself."""

    channel: str = Field(primary_key=True, max_length=32)
    healthy: bool = True
    consecutive_failures: int = 0
    last_error: str | None = None
    last_error_at: datetime | None = _opt_ts()
    last_success_at: datetime | None = _opt_ts()
    alerted: bool = False
    send_failures: int = 0
    """Send attempts that failed in a row (consecutive_failures counts the polls)."""
    send_healthy: bool = True
    """False after send_failures reach the threshold, or at once on refused credentials."""


class DeadLetter(SQLModel, table=True):
    """Input that could not be parsed, kept with its raw bytes and the reason.

    The same body on the same channel is one row (body_hash, the SHA-256 of the raw bytes),
    counted each time it comes back (a gateway retries a refused request many times).
    """

    __table_args__ = (
        UniqueConstraint("channel", "body_hash", name="uq_deadletter_channel_body_hash"),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=32, index=True)
    reason: str
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    headers: dict[str, Any] = _json()
    status: str = Field(default="new", max_length=16, index=True)
    body_hash: str | None = Field(default=None, max_length=64)
    count: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    created_at: datetime = _ts()
    last_seen_at: datetime | None = _opt_ts()
    resolved_at: datetime | None = _opt_ts()
    resolved_by: str | None = Field(default=None, max_length=100)
    note: str | None = None


class Event(SQLModel, table=True):
    """The audit trail: who did what to which complaint, and when."""

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int | None = Field(default=None, foreign_key="complaint.id", index=True)
    actor: str = Field(max_length=100)
    action: str = Field(max_length=64)
    detail: dict[str, Any] = _json()
    created_at: datetime = _ts(index=True)


class Officer(SQLModel, table=True):
    """A desk user: an officer of some sections, a supervisor of all, or an admin."""

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, unique=True)
    password_hash: str = Field(max_length=255)
    role: str = Field(default="officer", max_length=16)  # officer | supervisor | admin
    sections: list[str] = _json(list)
    active: bool = True
    email: str | None = Field(default=None, max_length=320)
    telegram_chat_id: str | None = Field(default=None, max_length=64)
    created_at: datetime = _ts()
    last_login_at: datetime | None = _opt_ts()


class ComplaintSeen(SQLModel, table=True):
    """When an officer last opened a complaint: unread when activity came later (desk/unread.py).

    One row per officer and complaint opened, rewritten on each opening; never one per message.
    """

    # The unread test per complaint reads this index alone (migration 0016).
    __table_args__ = (
        Index("ix_complaintseen_officer_complaint_seen", "officer_id", "complaint_id", "seen_at"),
    )

    officer_id: int = Field(foreign_key="officer.id", primary_key=True)
    complaint_id: int = Field(foreign_key="complaint.id", primary_key=True, index=True)
    seen_at: datetime = _ts()


class SavedView(SQLModel, table=True):
    """An inbox filter an officer saved under a name (desk/saved_views.py)."""

    __table_args__ = (UniqueConstraint("officer_id", "name", name="uq_savedview_officer_name"),)

    id: int | None = Field(default=None, primary_key=True)
    officer_id: int = Field(foreign_key="officer.id")
    name: str = Field(max_length=60)
    query: str = Field(max_length=1000)
    created_at: datetime = _ts()


class DeskSession(SQLModel, table=True):
    """A signed-in desk session; the cookie holds a token whose SHA-256 is the key."""

    id: str = Field(primary_key=True, max_length=64)
    officer_id: int = Field(foreign_key="officer.id", index=True)
    csrf: str = Field(max_length=64)
    address: str | None = Field(default=None, max_length=64)
    created_at: datetime = _ts()
    expires_at: datetime = _ts(index=True)


class LoginAttempt(SQLModel, table=True):
    """One login attempt, counted to throttle guessing per account and per address."""

    __table_args__ = (
        Index("ix_loginattempt_username_created", "username", "created_at"),
        Index("ix_loginattempt_address_created", "address", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64)
    address: str = Field(max_length=64)
    success: bool = False
    created_at: datetime = _ts()


class RateLimit(SQLModel, table=True):
    """A counter shared by every replica: hits in the current window, and a lockout.

    Keys: `login:<username>|<address>`, `login-address:<address>`, `web:<address>`,
    `pace:<channel>:<recipient>`. Counted and checked in one statement (ingest/limits.py).
    """

    key: str = Field(primary_key=True, max_length=255)
    window_start: datetime = _ts()
    hits: int = 0
    strikes: int = 0
    blocked_until: datetime | None = _opt_ts()


class DeskNotice(SQLModel, table=True):
    """A notification the desk sent once (overdue alert, daily digest): unique by kind and key."""

    __table_args__ = (UniqueConstraint("kind", "key", name="uq_desknotice_kind_key"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    key: str = Field(max_length=128)
    created_at: datetime = _ts()


class Survey(SQLModel, table=True):
    """The satisfaction survey (SKM, PermenPANRB 14/2017) of one closed complaint.

    complaint_id is unique: at most one invitation per complaint. Chat channels (SMS, Telegram,
    WhatsApp) answer question by question; the others get a link with a signed, single-use token
    whose SHA-256 is kept here. `answers` holds the nine elements' values 1-4 in order.
    """

    __table_args__ = (
        Index("ix_survey_channel_recipient_status", "channel", "recipient", "status"),
        Index("ix_survey_section_finished", "section", "finished_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaint.id", unique=True)
    citizen_id: int | None = Field(default=None, foreign_key="citizen.id", index=True)
    section: str = Field(max_length=64)
    channel: str = Field(max_length=32)
    recipient: str = Field(max_length=320)
    mode: str = Field(max_length=8)  # chat | link
    status: str = Field(default="invited", max_length=16)  # invited answering done declined expired
    question: int = 0
    reasks: int = 0
    answers: list[int] = _json(list)
    comment: str | None = None
    token_hash: str | None = Field(default=None, max_length=64, unique=True)
    used_at: datetime | None = _opt_ts()
    invited_at: datetime = _ts()
    last_activity_at: datetime = _ts()
    finished_at: datetime | None = _opt_ts()


class PrivacyPurge(SQLModel, table=True):
    """A complaint whose personal data was pseudonymised (retention) or erased (on request)."""

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaint.id", unique=True)
    reason: str = Field(max_length=16)  # retention | erasure
    done_at: datetime = _ts()
