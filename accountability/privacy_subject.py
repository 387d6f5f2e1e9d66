"""Whom a privacy request is about: the address read as intake reads it.

Intake stores phones in E.164 (`+6281...`) and email addresses in lower case, and links the
same phone on SMS and WhatsApp to one citizen; an admin types `081...`, `6281...`,
`+62 812-...` or `Warga@Example.id`. All of them find the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from channels.phones import PHONE_CHANNELS, to_e164
from store.models import Complaint, Identity


class PrivacyError(ValueError):
    """The request cannot be carried out (unknown identity, bad format)."""


@dataclass(frozen=True)
class Wanted:
    """An address in every form intake may have stored it."""

    channel: str
    typed: str
    forms: tuple[str, ...]
    phone: str | None
    """E.164, when the address is a phone number: the same person on any channel."""


def parse_identity(text: str, region: str = "ID") -> Wanted:
    """`sms:0812...`, `email:Warga@example.id`, `telegram:111222333` -> what to look for."""
    channel, sep, address = text.strip().partition(":")
    address = address.strip()
    if not sep or not channel or not address:
        raise PrivacyError(f"identity {text!r}: use CHANNEL:ADDRESS, e.g. sms:+6281234567890")
    channel = channel.lower()
    if channel == "email":
        return Wanted(channel, address, (address.lower(),), None)
    phone = None
    if channel in PHONE_CHANNELS or (channel == "telegram" and _phone_like(address)):
        phone = to_e164(address, region)
    forms = [address] + ([phone, phone.lstrip("+")] if phone else [])
    return Wanted(channel, address, tuple(dict.fromkeys(forms)), phone)


def _phone_like(address: str) -> bool:
    """A Telegram chat id is digits; a phone is typed with +, a leading 0 or separators."""
    return address.startswith(("+", "0")) or not address.isdigit()


def _address_matches(column: Any, wanted: Wanted) -> Any:
    if wanted.channel == "email":  # rows stored before intake lower-cased addresses
        return func.lower(column) == wanted.forms[0]
    return col(column).in_(wanted.forms)


def subjects(session: Session, wanted: Wanted) -> tuple[list[int], list[Complaint]]:
    """The citizens behind an address, and every complaint of theirs or answered there."""
    mine = (col(Identity.channel) == wanted.channel) & _address_matches(Identity.address, wanted)
    found = set(session.exec(select(Identity.citizen_id).where(mine)))
    # A phone is one person on every channel, as intake links it; a Telegram chat id that
    # matched as such is not read as a phone as well.
    if wanted.phone and not (found and wanted.channel == "telegram"):
        same_phone = select(Identity.citizen_id).where(col(Identity.phone) == wanted.phone)
        found |= set(session.exec(same_phone))
    replied = (col(Complaint.reply_channel) == wanted.channel) & _address_matches(
        Complaint.reply_address, wanted
    )
    stmt = select(Complaint).where(or_(col(Complaint.citizen_id).in_(found), replied))
    complaints = list(session.exec(stmt.order_by(col(Complaint.id))))
    if not found and not complaints:
        looked = ", ".join(wanted.forms)
        raise PrivacyError(f"not found: nobody writes from or is answered at "
                           f"{wanted.channel}:{wanted.typed} (looked for {looked})")  # fmt: skip
    return sorted(found), complaints
