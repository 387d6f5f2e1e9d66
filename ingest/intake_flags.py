"""Anonymity chosen by the citizen at intake: a leading ANONIM/RAHASIA word in a chat or SMS, a
[ANONIM]/[RAHASIA] tag in an email subject, the web form's checkboxes (already in `meta`).

- anonim: no desk user ever sees who complained; answers still reach them through the channel.
- rahasia: only supervisors see the identity (each view is audited), and the complaint is kept
  out of every public sample and export.
See docs/accountability.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from channels.base import IncomingMessage

KEYWORD_CHANNELS = frozenset({"sms", "telegram", "whatsapp", "x"})
# "ANONIM aduan...", "rahasia: ...", "#Anonim - ...", "/rahasia ...": the word alone, then text.
# On X the message starts with the @mention of our account, which may precede the word.
_LEADING = re.compile(
    r"^\s*(?P<mention>(?:@\w+\s+)*)[#/\[]?(?P<word>anonim|anonymous|rahasia)\b\]?[\s:;,.!\-–—]*",
    re.I,
)
_SUBJECT_TAG = re.compile(r"\[\s*(?P<word>anonim|anonymous|rahasia)\s*\]\s*", re.I)


@dataclass(frozen=True)
class IntakeFlags:
    """The complaint's text and subject without the keyword, and the levels it asked for."""

    text: str
    subject: str | None
    anonymous: bool
    confidential: bool


def intake_flags(msg: IncomingMessage) -> IntakeFlags:
    """Read the anonymity level a new complaint asks for, and strip the keyword from its text."""
    text, subject = msg.text, msg.subject
    anonymous = bool(msg.meta.get("anonymous"))
    confidential = bool(msg.meta.get("confidential"))
    word = None
    if msg.channel in KEYWORD_CHANNELS:
        found = _LEADING.match(text)
        if found and found.end() < len(text):  # a bare keyword is no complaint: keep it
            word = found.group("word").lower()
            text = found.group("mention") + text[found.end() :]
    elif msg.channel == "email" and subject:
        found = _SUBJECT_TAG.search(subject)
        if found:
            word = found.group("word").lower()
            subject = (subject[: found.start()] + subject[found.end() :]).strip() or None
    if word == "rahasia":
        confidential = True
    elif word is not None:
        anonymous = True
    return IntakeFlags(text, subject, anonymous, confidential)
