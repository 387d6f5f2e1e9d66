"""Raw RFC 5322 bytes -> IncomingMessage: pure, no I/O, no clock (see docs/email.md).

Rules for real mail, each covered by a fixture in tests/fixtures/email/:
- external_id is the Message-ID, or `sha256:<hex>` of the raw bytes when there is none;
- the Date header, unless it is missing, invalid or more than a day after INTERNALDATE;
- text/plain is preferred, else sanitised HTML as text; `text` is the complaint without quoted
  history and signature, `meta["body"]` the whole body;
- attachments within the size and count limits, named safely, typed by their content.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import errors, policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache
from typing import Any

from channels.base import IncomingAttachment, IncomingMessage
from channels.email.body import choose_text, complaint_text, is_attachment
from channels.email.charset import repair_header
from channels.email.classify import Bounce, automated_reason, read_bounce
from channels.email.sniff import sniff
from channels.errors import PayloadError

MIB = 1024 * 1024
_ID = re.compile(r"<([^<>\s]{1,480})>")
_BARE_ID = re.compile(r"^[^<>\s@]+@[^<>\s@]+$")
_UNSAFE_NAME = re.compile(r"[^\w.\- ()\[\]+,]+")
_WS = re.compile(r"\s+")
_ADDR = r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_PLAIN_ADDRESS = re.compile(
    rf"(?P<bare>{_ADDR})|(?:(?P<name>[\w.'-]+(?: [\w.'-]+)*) )?<(?P<angled>{_ADDR})>"
)
_DASH_LINE = re.compile(r"^--([\x21-\x7e]{1,70})\s*$", re.M)
_CT_LINE = re.compile(rb"^content-type:[ \t]*multipart/[\w.+-]+", re.I | re.M)
_EXTENSIONS = {"message/rfc822": "eml", "text/rfc822-headers": "txt", "text/plain": "txt"}


class _CachedHeaders(EmailPolicy):
    """policy.default, with parsed headers reused: the stdlib parses a header again at every
    access (Content-Type about a dozen times per message), and headers repeat across mail."""

    def header_fetch_parse(self, name: str, value: str) -> Any:
        """The parsed header, from the cache when this exact header was seen before."""
        if len(value) > 500:
            return super().header_fetch_parse(name, value)
        return _parsed_header(self, name, value)


@lru_cache(maxsize=4096)
def _parsed_header(pol: EmailPolicy, name: str, value: str) -> Any:
    return EmailPolicy.header_fetch_parse(pol, name, value)


_POLICY = _CachedHeaders()
_PARSER = BytesParser(policy=_POLICY)


@dataclass(frozen=True)
class ParseOptions:
    """What the parser needs to know about us and our limits."""

    own_domain: str = "aduan.invalid"
    internal_domains: tuple[str, ...] = ()
    max_attachment_bytes: int = 5 * MIB
    max_attachments: int = 10


def parse(
    raw: bytes, received_at: datetime, options: ParseOptions | None = None
) -> list[IncomingMessage]:
    """One message from raw mail; `received_at` is the IMAP INTERNALDATE (or the time read).

    Raises PayloadError, and nothing else, for input that is not a usable email.
    """
    if not raw.strip():
        raise PayloadError("empty message")
    try:
        return [_parse(raw, received_at, options or ParseOptions())]
    except PayloadError:
        raise
    except Exception as exc:  # the stdlib email package fails in many ways on hostile input
        raise PayloadError(f"unparseable message: {type(exc).__name__}: {exc}"[:500]) from exc


def headers_of(raw: bytes, limit: int = 64 * 1024) -> dict[str, str]:
    """The header fields of raw mail (first value of each), for dead letters; never raises."""
    head = raw[:limit].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    try:
        msg = _PARSER.parsebytes(head + b"\r\n\r\n", headersonly=True)
        return _headers(msg)
    except Exception:  # dead letters must keep what they can, whatever the bytes are
        return {}


def message_key(raw: bytes) -> str:
    """The identity of raw mail: its Message-ID, else a hash of its bytes."""
    return _external_id(headers_of(raw).get("message-id", ""), raw)


def _parse(raw: bytes, received_at: datetime, options: ParseOptions) -> IncomingMessage:
    msg = _PARSER.parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    if any(isinstance(d, errors.NoBoundaryInMultipartDefect) for d in msg.defects):
        msg = _with_guessed_boundary(raw, msg)
    headers = _headers(msg)
    if not headers:
        raise PayloadError("no header fields: not an email message")
    sender_name, sender = _first_address(headers.get("from") or headers.get("sender") or "")
    if not sender:
        sender = _first_address(headers.get("return-path", ""))[1]
    if "@" not in sender:
        raise PayloadError("no sender address in From, Sender or Return-Path")
    body, source = choose_text(msg)
    subject = _WS.sub(" ", headers.get("subject", "")).strip()[:300] or None
    reply_to = _first_address(headers.get("reply-to", ""))[1]
    automated = automated_reason(msg, headers, sender, options.own_domain, reply_to)
    thread_keys = _ids(headers.get("in-reply-to", "")) + _ids(headers.get("references", ""))
    meta: dict[str, Any] = {
        "body": body,
        "body_source": source,
        "internal": sender.rsplit("@", 1)[-1] in options.internal_domains,
        "date_source": "header",
    }
    if automated and automated.startswith("bounce"):
        bounce = _safe_bounce(msg)
        if bounce is not None:
            meta["bounce"] = bounce.__dict__ | {"failed": list(bounce.failed)}
            if bounce.original_message_id:
                thread_keys.append(bounce.original_message_id)
    sent_at = _date(headers.get("date"), received_at)
    if sent_at is None:
        sent_at, meta["date_source"] = received_at, "internaldate"
    attachments = _attachments(msg, options, meta)
    return IncomingMessage(
        channel="email",
        external_id=_external_id(headers.get("message-id", ""), raw),
        sender=sender[:320],
        sender_name=(sender_name or None) and sender_name[:200],
        recipient=_first_address(headers.get("to", ""))[1] or None,
        subject=subject,
        text=complaint_text(body) or subject or "",
        received_at=sent_at,
        thread_keys=tuple(dict.fromkeys(thread_keys)),
        reply_to=reply_to if reply_to and reply_to != sender else None,
        attachments=attachments,
        automated=automated,
        meta=meta,
        raw=raw,
    )


def _with_guessed_boundary(raw: bytes, msg: EmailMessage) -> EmailMessage:
    """A multipart without its boundary parameter, re-read with the first `--x` line as one."""
    found = _DASH_LINE.search(str(msg.get_payload()))
    if not found:
        return msg
    head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    boundary = found.group(1).encode("ascii", errors="replace")
    head = _CT_LINE.sub(lambda m: m.group(0) + b'; boundary="' + boundary + b'"', head, count=1)
    fixed = _PARSER.parsebytes(head + sep + body)
    assert isinstance(fixed, EmailMessage)
    return fixed


def _safe_bounce(msg: EmailMessage) -> Bounce | None:
    try:
        return read_bounce(msg)
    except Exception:  # a garbled report is still a bounce; it just tells us less
        return None


def _headers(msg: Message) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, raw_value in msg.raw_items():
        key = name.strip().lower()
        if key in out or not key:
            continue
        value = repair_header(str(raw_value))
        if "=?" in value:  # RFC 2047 encoded words: let the header registry decode them
            value = _decoded(key, value)
        value = _WS.sub(" ", value)
        out[key] = repair_header(value).replace("\x00", "").strip()
    return out


def _decoded(name: str, value: str) -> str:
    try:
        return str(policy.default.header_factory(name, value))
    except Exception:  # a malformed field is kept as written rather than lost
        return value


def _first_address(value: str) -> tuple[str, str]:
    """The first (display name, lower-case address) of an address header, or ("", "")."""
    plain = _PLAIN_ADDRESS.fullmatch(value)
    if plain:  # most mail: `a@b.c`, `<a@b.c>` or `Some Name <a@b.c>`, read as getaddresses would
        return plain["name"] or "", (plain["bare"] or plain["angled"]).lower()
    return _parsed_address(value)


def _parsed_address(value: str) -> tuple[str, str]:
    for name, found in getaddresses([value]):
        address = found.strip().strip("<>").lower()
        if address and " " not in address:
            return _WS.sub(" ", name).strip(), address
    return "", ""


def _ids(value: str) -> list[str]:
    found = [f"<{m}>" for m in _ID.findall(value)]
    if not found and _BARE_ID.match(value.strip()):
        found = [f"<{value.strip()}>"]
    return found


def _external_id(header: str, raw: bytes) -> str:
    ids = _ids(header)
    if ids and len(ids[0]) <= 500:
        return ids[0]
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def _date(value: str | None, internal: datetime) -> datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # RFC 5322 -0000: "no zone information"
    if when - internal > timedelta(days=1) or when.year < 1990:
        return None  # a client with a wrong clock; the server's time is better
    return when.astimezone(UTC)


def _attachments(
    msg: EmailMessage, options: ParseOptions, meta: dict[str, Any]
) -> tuple[IncomingAttachment, ...]:
    kept: list[IncomingAttachment] = []
    listed: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    for part in _files(msg):
        name = safe_filename(part.get_filename(), part.get_content_type())
        data = _file_bytes(part)
        if len(kept) >= options.max_attachments:
            skipped.append({"filename": name, "reason": f"over {options.max_attachments} files"})
        elif len(data) > options.max_attachment_bytes:
            reason = f"{len(data)} bytes, over {options.max_attachment_bytes}"
            skipped.append({"filename": name, "reason": reason})
        else:
            ctype = sniff(data, part.get_content_type())
            kept.append(IncomingAttachment(name, ctype, data))
            digest = hashlib.sha256(data).hexdigest()
            listed.append(
                {"filename": name, "content_type": ctype, "size": len(data), "sha256": digest}
            )
    if listed:
        meta["attachments"] = listed
    if skipped:
        meta["skipped_attachments"] = skipped
    return tuple(kept)


def _files(msg: Message) -> list[Message]:
    """Attached files, a forwarded message/rfc822 counting as one file (not walked into)."""
    found: list[Message] = []
    payload = msg.get_payload() if msg.is_multipart() else None
    for part in payload if isinstance(payload, list) else []:
        if not isinstance(part, Message):
            continue
        if part.get_content_type() == "message/rfc822":
            found.append(part)
        elif part.is_multipart():
            found.extend(_files(part))
        elif is_attachment(part):
            found.append(part)
    return found


def _file_bytes(part: Message) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            return bytes(inner[0].as_bytes())
        return b""
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def safe_filename(name: str | None, content_type: str) -> str:
    """A file name safe to show and to store: no paths, no control characters, not too long."""
    name = repair_header(name or "")
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_NAME.sub("_", name).strip(" ._")[:120]
    if not name:
        subtype = content_type.rsplit("/", 1)[-1].split("+", 1)[0][:10] or "bin"
        name = f"attachment.{_EXTENSIONS.get(content_type, subtype)}"
    return name
