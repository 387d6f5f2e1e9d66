"""What a bounce says about the mail it returns: RFC 3464 reports and the text-only kinds.

A delivery status notification names the failed recipients, a status and a diagnostic in a
message/delivery-status part. Many mailers (qmail, Exim, Exchange 2003, Domino, Amazon
WorkMail...) send text instead; from that text we take the enhanced status code (RFC 3463) or
the SMTP reply code, the addresses named before the quoted original, and the original's
Message-ID and Subject when they were quoted. A bounce that quotes no Message-ID can still be
matched on its recipient and the tracking code in the quoted subject (ingest/channels/email.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import Message

from channels.email.body import part_text

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_FIELD = re.compile(r"^([A-Za-z-]+):\s*(.*)$", re.M)
_ENHANCED = re.compile(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])")
_SMTP_CODE = re.compile(r"(?<!\d)([45][0-5]\d)[ -](?=\S)")
_ADDRESS = re.compile(r"[A-Za-z0-9._%+'=-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# Where the quoted original starts in text bounces (qmail, Exim, Postfix, sendmail, Exchange).
_QUOTED = re.compile(
    r"^(?:-{2,}.*(?:copy of the message|original message|undelivered message|message headers|"
    r"returned message|headers? of).*|.*message text follows.*|.*original message follows.*|"
    r"Return-Path:.*|Received:.*)$",
    re.I | re.M,
)
_DELAY = re.compile(r"\b(?:delay(?:ed)?|warning|will (?:keep|continue) trying|not yet)\b", re.I)


@dataclass(frozen=True)
class Bounce:
    """What a delivery status notification says about our mail."""

    original_message_id: str | None
    failed: tuple[str, ...] = ()
    status: str | None = None
    diagnostic: str | None = None
    permanent: bool = False
    original_subject: str | None = None


def read_bounce(msg: Message, own_addresses: tuple[str, ...] = ()) -> Bounce | None:
    """The failed recipients, status and original of a DSN or a text bounce; None if empty."""
    status_text, quoted = "", ""
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "message/delivery-status":
            status_text += _flatten(part)
        elif ctype in ("message/rfc822", "text/rfc822-headers") and not quoted:
            quoted = _flatten(part)
    report = _from_report(msg, status_text, quoted) if status_text else None
    return report or _from_text(msg, quoted, own_addresses)


def _from_report(msg: Message, status_text: str, quoted: str) -> Bounce | None:
    fields = _fields(status_text)
    recipients = fields["final-recipient"] or fields["original-recipient"]
    actions = fields["action"] or ["failed"] * len(recipients)
    failed = tuple(
        r.split(";", 1)[-1].strip().strip("<>").lower()
        for r, a in zip(recipients, actions, strict=False)
        if a.lower() == "failed"
    )
    if not recipients and not fields["status"]:
        return None  # an empty report (Google Workspace): read its text instead
    status = fields["status"][0].split()[0] if fields["status"] else None
    diagnostic = fields["diagnostic-code"][0] if fields["diagnostic-code"] else None
    if failed and status is None:
        status = _status_in(diagnostic or "") or "5.0.0"
    permanent = bool(failed) and (status or "5").startswith("5")
    text = quoted or _plain(msg)
    return Bounce(
        _header_in(text, "message-id"), failed, status, diagnostic, permanent,
        _header_in(text, "subject"),
    )  # fmt: skip


def _from_text(msg: Message, quoted: str, own: tuple[str, ...]) -> Bounce | None:
    text = _plain(msg)
    cut = _QUOTED.search(text)
    notice, original = (text[: cut.start()], text[cut.start() :]) if cut else (text, "")
    original = quoted or original
    message_id = _header_in(original, "message-id") or _header_in(text, "message-id")
    mine = {a.lower() for a in own}
    failed = tuple(
        dict.fromkeys(a.lower() for a in _ADDRESS.findall(notice) if a.lower() not in mine)
    )
    status = _status_in(notice)
    if message_id is None and not failed and status is None:
        return None
    subject = str(msg.get("subject", ""))
    temporary = bool(_DELAY.search(subject)) or (status or "").startswith("4")
    line = _line_with(notice, status) if status else None
    return Bounce(
        message_id, failed[:10], status or ("4.0.0" if temporary else "5.0.0"), line,
        not temporary, _header_in(original, "subject"),
    )  # fmt: skip


def _status_in(text: str) -> str | None:
    """The enhanced status code in a text (5.1.1), else one made of the SMTP code (550 -> 5.0.0)."""
    found = _ENHANCED.search(text)
    if found:
        return found.group(1)
    code = _SMTP_CODE.search(text)
    return f"{code.group(1)[0]}.0.0" if code else None


def _line_with(text: str, status: str) -> str | None:
    for line in text.splitlines():
        if status in line or (status.endswith(".0.0") and _SMTP_CODE.search(line)):
            return line.strip()[:300]
    return None


def _flatten(part: Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list):
        return "\n".join(str(p) for p in payload)
    return part_text(part)


def _plain(msg: Message) -> str:
    texts = [part_text(p) for p in msg.walk() if p.get_content_maintype() == "text"]
    return "\n".join(texts)


def _header_in(text: str, name: str) -> str | None:
    """A header field quoted in a text: the Message-ID in <>, or the Subject as written."""
    for field, value in _FIELD.findall(text):
        if field.lower() != name:
            continue
        if name != "message-id":
            return value.strip()[:300] or None
        found = _MESSAGE_ID.search(value)
        if found:
            return found.group(0)
    return None


def _fields(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {
        k: []
        for k in ("final-recipient", "original-recipient", "action", "status", "diagnostic-code")
    }
    for name, value in _FIELD.findall(text):
        if name.lower() in out:
            out[name.lower()].append(value.strip())
    return out
