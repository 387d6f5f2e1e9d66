"""The readable text of a message: which part, HTML to text, and the complaint without history."""

from __future__ import annotations

import html
import re
from email.message import EmailMessage, Message

from channels.email.charset import decode

# Block-level ends become line breaks before the tags are stripped.
_BREAKS = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h[1-6]|/blockquote|/table)\b[^>]*>", re.I)
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t\u00a0]+")

# Where quoted history starts, in the habits of Gmail, Outlook, Yahoo, Thunderbird, Apple and
# Android mail, in English and Indonesian.
_HISTORY = re.compile(
    r"^(?:"
    r"On\b[^\n]{0,200}(?:\n[^\n]{0,200})?\bwrote:\s*$"
    r"|Pada\b[^\n]{0,200}(?:\n[^\n]{0,200})?\bmenulis:\s*$"
    r"|-{2,}\s*(?:Original Message|Pesan Asli|Pesan asli)\s*-{2,}\s*$"
    r"|_{10,}\s*$"
    r"|(?:From|Dari):\s.+\n(?:Sent|Date|Dikirim|Terkirim|Tanggal):\s"
    r"|>.*$"
    r")",
    re.M,
)
_SIGNATURE = re.compile(
    r"^(?:--\s*$"
    r"|Sent from my \w+"
    r"|Sent from Yahoo Mail"
    r"|Sent from Outlook"
    r"|Get Outlook for \w+"
    r"|Dikirim dari (?:iPhone|Yahoo|perangkat|ponsel|Outlook|Samsung)\b"
    r"|Kirim dari (?:iPhone|Yahoo|perangkat|ponsel)\b"
    r")",
    re.M | re.I,
)
_FORWARD = re.compile(
    r"^-{3,}\s*(?:Forwarded message|Pesan terusan|Begin forwarded message)\b", re.M | re.I
)


def part_text(part: Message) -> str:
    """The decoded text of one leaf part, whatever its transfer encoding and charset claim."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload()).encode("utf-8", errors="surrogateescape")
    return decode(payload, _charset(part))


def _charset(part: Message) -> str | None:
    try:
        label = part.get_param("charset")
    except (ValueError, IndexError):
        return None
    return label if isinstance(label, str) else None


def is_attachment(part: Message, ctype: str | None = None) -> bool:
    """Whether a leaf part is a file rather than the message's text."""
    ctype = ctype or part.get_content_type()
    disposition = part.get_content_disposition()
    if disposition == "attachment":
        return True
    if ctype in ("text/plain", "text/html"):
        return disposition != "inline" and bool(part.get_param("name") or part.get_filename())
    return not ctype.startswith("multipart/")


def choose_text(msg: EmailMessage) -> tuple[str, str]:
    """The body as text and where it came from ("plain", "html" or "none")."""
    plain: Message | None = None
    rich: Message | None = None
    for part in msg.walk():
        ctype = part.get_content_type()
        if not ctype.startswith("text/") or part.is_multipart():
            continue
        if part is not msg and is_attachment(part, ctype):
            continue
        if ctype == "text/html":
            rich = rich or part
        elif plain is None:
            plain = part
    if plain is not None and (text := part_text(plain)).strip():
        return normalise(text), "plain"
    if rich is not None:
        return html_to_text(part_text(rich)), "html"
    return "", "none"


def html_to_text(markup: str) -> str:
    """Sanitised HTML as plain text: no scripts, styles or tags, entities resolved."""
    import nh3  # noqa: PLC0415 (1.5 MB a server without an email channel need not hold)

    marked = _BREAKS.sub("\n", markup)
    clean = nh3.clean(marked, tags=set(), clean_content_tags={"script", "style", "title", "head"})
    return normalise(html.unescape(clean))


def normalise(text: str) -> str:
    """Unix newlines, no trailing spaces, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def complaint_text(body: str) -> str:
    """The new part of a message: before quoted history and the signature.

    Forwarded mail keeps the forwarded text, since that is usually the complaint itself; when
    cutting would leave nothing, the whole body is the complaint.
    """
    if _FORWARD.search(body):
        return body
    cut = body
    history = _HISTORY.search(cut)
    if history:
        cut = cut[: history.start()]
    signature = _SIGNATURE.search(cut)
    if signature:
        cut = cut[: signature.start()]
    cut = cut.strip()
    return cut or body
