"""What aduan answers to a message, written to the outbox in the message's transaction."""

from __future__ import annotations

import logging
from collections.abc import Container
from datetime import datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from channels.base import IncomingMessage
from channels.phones import to_e164
from settings.root import Settings
from store import queries
from store.db import Session
from store.models import Event, Outbox

log = logging.getLogger(__name__)

SHORT_CHANNELS = frozenset({"sms"})
FOLLOWUP_ACK_QUIET = timedelta(minutes=30)


class ComplaintLike(Protocol):
    """What answers need of a complaint (a stored Complaint or one just inserted)."""

    @property
    def id(self) -> int | None: ...
    @property
    def tracking_code(self) -> str: ...
    @property
    def section(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def updated_at(self) -> datetime: ...


class Replies:
    """Composes acknowledgements and status answers and queues them in the outbox."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.caps: dict[str, list[tuple[timedelta, int]]] = {}
        """Extra caps on automatic answers to one address, by channel: (window, most)."""
        self.outbound: Container[str] | None = None
        """The channels with a sender, once the service is wired; None queues for every one."""

    def target(self, msg: IncomingMessage) -> tuple[str | None, str | None]:
        """Where answers to this message go: its channel and address (or the web contact)."""
        if msg.channel != "web":
            return msg.channel, msg.reply_to or msg.sender
        contact = str(msg.meta.get("contact") or "").strip()
        if "@" in contact:
            return "email", contact
        phone = to_e164(contact, self.settings.channels.sms.default_region) if contact else None
        return ("sms", phone) if phone else (None, None)

    def _answer_to(self, msg: IncomingMessage) -> tuple[str, str] | None:
        """The channel and address of an automatic answer, or None when there is none to send.

        The web form answers on its page, and on the contact given when a transport carries it
        (an address no sender can reach would only fail in the outbox).
        """
        if msg.channel != "web":
            return msg.channel, msg.reply_to or msg.sender
        channel, address = self.target(msg)
        if channel is None or address is None:
            return None
        return (channel, address) if self.outbound is None or channel in self.outbound else None

    def ack_text(self, complaint: ComplaintLike, channel: str) -> str:
        """The acknowledgement of a new complaint."""
        template = self.settings.templates.ack_sms
        if channel not in SHORT_CHANNELS:
            template = self.settings.templates.ack
        return self._fill(template, complaint)

    def status(self, complaint: ComplaintLike | None, typed: str) -> str:
        """The answer to `CEK <code>`."""
        if complaint is None:
            return self.settings.templates.unknown_code.format(code=typed)
        return self._fill(self.settings.templates.status, complaint)

    def queue(
        self,
        session: Session,
        msg: IncomingMessage,
        complaint: ComplaintLike | None,
        kind: str,
        text: str | None,
        now: datetime,
        first_contact: bool = False,
    ) -> list[int]:
        """Queue one automatic answer to `msg`, unless the address had too many already."""
        where = self._answer_to(msg)
        if where is None:
            return []
        channel, address = where
        # A sender we have just met cannot be in a loop with us yet: skip the count.
        over = None if first_contact else self._over_cap(session, channel, address, now)
        if over:
            queries.insert_row(
                session,
                Event,
                {
                    "complaint_id": complaint.id if complaint else None,
                    "actor": "system",
                    "action": "ack_suppressed",
                    "detail": {"channel": channel, "reason": over},
                    "created_at": now,
                },
            )
            log.info("%s message %s: automatic answer suppressed", channel, msg.external_id)
            return []
        row = self._row(msg, complaint, kind, text, now, where)
        return [queries.insert_row(session, Outbox, row)]

    def ack_row(
        self,
        session: Session,
        msg: IncomingMessage,
        complaint: ComplaintLike,
        now: datetime,
        first_contact: bool,
    ) -> dict[str, Any] | None:
        """The outbox row of a new complaint's acknowledgement, to be inserted with the complaint
        (its complaint_id is set then); None when there is no answer or it is suppressed, which
        queue() then records as it always does."""
        where = self._answer_to(msg)
        if where is None:
            return None
        if not first_contact and self._over_cap(session, where[0], where[1], now):
            return None
        return self._row(msg, complaint, "ack", None, now, where)

    def _row(
        self,
        msg: IncomingMessage,
        complaint: ComplaintLike | None,
        kind: str,
        text: str | None,
        now: datetime,
        where: tuple[str, str],
    ) -> dict[str, Any]:
        channel, address = where
        if text is None:
            assert complaint is not None
            text = self.ack_text(complaint, channel)
        return {
            "complaint_id": complaint.id if complaint else None,
            "channel": channel,
            "recipient": address,
            "kind": kind,
            "subject": self._subject(complaint, msg),
            "text": text,
            "automatic": True,
            "meta": {
                "in_reply_to": msg.external_id,
                "thread_keys": list(msg.thread_keys),
                **msg.meta.get("reply_meta", {}),
            },
            "status": "pending",
            "attempts": 0,
            "attempt_log": [],
            "created_at": now,
            "next_attempt_at": now,
        }

    def _over_cap(self, session: Session, channel: str, address: str, now: datetime) -> str | None:
        """Why one more automatic answer to this address would be too many, or None."""
        caps = [(timedelta(hours=1), self.settings.service.acks_per_address_per_hour)]
        for window, most in [*caps, *self.caps.get(channel, ())]:
            if queries.automatic_sent_since(session, address, now - window) >= most:
                minutes = int(window.total_seconds() // 60)
                return f"over {most} per " + ("hour" if minutes == 60 else f"{minutes} minutes")
        return None

    def queue_followup(
        self, session: Session, msg: IncomingMessage, complaint: ComplaintLike, now: datetime
    ) -> list[int]:
        """Acknowledge a follow-up, once per quiet period (people send several in a row)."""
        if queries.automatic_sent_since(
            session, msg.reply_to or msg.sender, now - FOLLOWUP_ACK_QUIET
        ):
            return []
        text = self._fill(self.settings.templates.followup, complaint)
        return self.queue(session, msg, complaint, "followup", text, now)

    def _subject(self, complaint: ComplaintLike | None, msg: IncomingMessage) -> str | None:
        if msg.channel != "email":
            return None
        theirs = (msg.subject or "Aduan").strip()
        if complaint is None or complaint.tracking_code in theirs:
            return theirs
        return f"[{complaint.tracking_code}] {theirs}"

    def _fill(self, template: str, complaint: ComplaintLike) -> str:
        tz = ZoneInfo(self.settings.service.timezone)
        status = self.settings.templates.status_names.get(complaint.status, complaint.status)
        return template.format(
            code=complaint.tracking_code,
            section=self.settings.section_name(complaint.section),
            status=status,
            url=f"{self.settings.service.public_base_url}/lacak/{complaint.tracking_code}",
            date=complaint.updated_at.astimezone(tz).strftime("%d-%m-%Y %H:%M WITA"),
            service=self.settings.service.name,
        )
