"""Outbound mail: acknowledgements and officers' replies over SMTP (smtplib).

Every message gets a Message-ID at our domain made of its outbox row's idempotency key
(`<aduan.KEY@domain>`, the same on every retry), returned as the provider id, so that the
outgoing Message is stored under it and a reply's In-Reply-To finds the complaint. Automatic
mail carries `Auto-Submitted: auto-replied` (RFC 3834) and asks Exchange not to auto-answer it.
"""

from __future__ import annotations

import hashlib
import re
import smtplib
import ssl
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from channels.base import OutgoingMessage, SendResult
from channels.email.settings import EmailSettings
from channels.errors import (
    ChannelAuthError,
    DeferredError,
    PermanentChannelError,
    TransientChannelError,
)

_KEY = re.compile(r"[0-9a-f]{32}")


class EmailSender:
    """Sends one message per SMTP session (the outbox is low volume; nothing to keep open)."""

    channel = "email"

    def __init__(
        self, settings: EmailSettings, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.settings = settings
        self.clock = clock or (lambda: datetime.now(UTC))

    @staticmethod
    def missing(settings: EmailSettings) -> str | None:
        """What SMTP lacks to send, or None."""
        if not settings.from_address:
            return "no from_address"
        if settings.smtp_username and not settings.smtp_password:
            return "smtp_username set without smtp_password (SMTP_PASSWORD)"
        return None

    def compose(self, message: OutgoingMessage) -> EmailMessage:
        """The MIME message for an outbox row: threaded to theirs, UTF-8 plain text, and the
        reply's files as attachments (one message: they go, or are retried, together)."""
        s = self.settings
        assert s.from_address
        mail = EmailMessage()
        mail["From"] = formataddr((s.from_name, s.from_address))
        mail["To"] = message.recipient
        mail["Subject"] = (message.subject or s.from_name).replace("\r", " ").replace("\n", " ")
        mail["Message-ID"] = message_id(message.idempotency_key, s.own_domain)
        mail["Date"] = format_datetime(self.clock())
        theirs = _msgid(message.reply_to_external_id)
        if theirs:
            mail["In-Reply-To"] = theirs
        refs = [k for k in (_msgid(k) for k in message.thread_keys) if k]
        refs = list(dict.fromkeys([*refs, *([theirs] if theirs else [])]))
        if refs:
            mail["References"] = " ".join(refs[-20:])
        if message.automatic:
            mail["Auto-Submitted"] = "auto-replied"
            mail["X-Auto-Response-Suppress"] = "All"
        mail["X-Loop"] = s.from_address
        mail.set_content(message.text, charset="utf-8")
        html = message.meta.get("html")
        if isinstance(html, str) and html:
            mail.add_alternative(html, subtype="html", charset="utf-8")
        for file in message.files:  # an officer's letter or photo: multipart/mixed
            maintype, _, subtype = file.content_type.partition("/")
            mail.add_attachment(
                file.data,
                maintype=maintype or "application",
                subtype=subtype or "octet-stream",
                filename=file.filename,
            )
        return mail

    def send(self, message: OutgoingMessage) -> SendResult:
        """Deliver one message; 4xx answers are transient, 5xx permanent with the reason."""
        mail = self.compose(message)
        s = self.settings
        assert s.from_address
        try:
            with self._connect() as smtp:
                smtp.send_message(mail, from_addr=s.from_address, to_addrs=[message.recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            code, reason = next(iter(exc.recipients.values()))
            raise _by_code(code, reason, message.recipient, recipient_only=True) from exc
        except smtplib.SMTPAuthenticationError as exc:
            raise ChannelAuthError(f"SMTP login refused: {exc.smtp_code}") from exc
        except smtplib.SMTPResponseException as exc:
            raise _by_code(exc.smtp_code, exc.smtp_error, message.recipient) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise TransientChannelError(f"SMTP {s.smtp_host}:{s.smtp_port}: {exc}") from exc
        return SendResult(provider_id=str(mail["Message-ID"]))

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        timeout = s.timeout_seconds
        smtp: smtplib.SMTP
        if s.smtp_tls == "ssl":
            smtp = smtplib.SMTP_SSL(
                s.smtp_host, s.smtp_port, timeout=timeout, context=ssl.create_default_context()
            )
        else:
            smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=timeout)
            if s.smtp_tls == "starttls":
                smtp.starttls(context=ssl.create_default_context())
        if s.smtp_username and s.smtp_password:
            try:
                smtp.login(s.smtp_username, s.smtp_password.get_secret_value())
            except smtplib.SMTPException:
                smtp.close()
                raise
        return smtp


def message_id(key: str | None, domain: str) -> str:
    """Our Message-ID for an outbox row: `<aduan.KEY@domain>`, the same on every retry.

    The `aduan.` token and 32 hex digits in the local part are how we recognise our own mail
    coming back (channels/email/classify.py), whatever domain the mailbox shares with colleagues.
    """
    if not key:
        return f"<aduan.{uuid.uuid4().hex}@{domain}>"
    token = key if _KEY.fullmatch(key) else hashlib.sha256(key.encode()).hexdigest()[:32]
    return f"<aduan.{token}@{domain}>"


def _by_code(
    code: int, reason: bytes | str, recipient: str, recipient_only: bool = False
) -> Exception:
    text = reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
    detail = f"SMTP {code} for {recipient}: {text[:300]}"
    if 400 <= code < 500:
        # A recipient deferred (greylisting, a full mailbox) says nothing of our server.
        return DeferredError(detail) if recipient_only else TransientChannelError(detail)
    return PermanentChannelError(detail)


def _msgid(value: str | None) -> str | None:
    if not value or value.startswith("sha256:"):
        return None
    value = value.strip()
    return value if value.startswith("<") and value.endswith(">") else f"<{value}>"
