"""Whom a privacy request is about: the address read as intake reads it.

Intake stores phones in E.164 (`+6281...`) and email addresses in lower case, and links the
same phone on SMS and WhatsApp to one citizen; an admin types `081...`, `6281...`,
`+62 812-...` or `Warga@Example.id`. All of them find the person.
"""

from __future__ import annotations

from dataclasses import dataclass

from channels.phones import PHONE_CHANNELS, to_e164
from store import privacy as rows
from store.db import Session
from store.models import Complaint


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


def subjects(session: Session, wanted: Wanted) -> tuple[list[int], list[Complaint]]:
    """The citizens behind an address, and every complaint of theirs or answered there."""
    email = wanted.channel == "email"  # rows stored before intake lower-cased addresses
    found = rows.citizens_at(session, wanted.channel, wanted.forms, email)
    # A phone is one person on every channel, as intake links it; a Telegram chat id that
    # matched as such is not read as a phone as well.
    if wanted.phone and not (found and wanted.channel == "telegram"):
        found |= rows.citizens_by_phone(session, wanted.phone)
    complaints = rows.complaints_of(session, found, wanted.channel, wanted.forms, email)
    if not found and not complaints:
        looked = ", ".join(wanted.forms)
        raise PrivacyError(f"not found: nobody writes from or is answered at "
                           f"{wanted.channel}:{wanted.typed} (looked for {looked})")  # fmt: skip
    return sorted(found), complaints
