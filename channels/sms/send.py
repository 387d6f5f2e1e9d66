"""Outbound SMS through the configured gateway's HTTP API."""

from __future__ import annotations

import httpx

from channels.base import OutgoingMessage, SendResult
from channels.http import new_client, post
from channels.sms.generic import SIGNATURE_HEADER, sign
from channels.sms.settings import SmsSettings

IDEMPOTENCY_HEADER = "Idempotency-Key"


class SmsSender:
    """Sends SMS through Twilio, SMS Gateway for Android, or a generic JSON endpoint."""

    channel = "sms"

    def __init__(self, settings: SmsSettings, client: httpx.Client | None = None) -> None:
        self.settings = settings
        self.client = client or new_client()

    @staticmethod
    def missing(settings: SmsSettings) -> str | None:
        """What the configured gateway lacks to send, or None when it can send."""
        kind = settings.outbound
        if kind == "none":
            return "no outbound gateway configured (channels.sms.outbound: none)"
        if kind == "twilio":
            t = settings.twilio
            if not (t.account_sid and t.auth_token and t.from_number):
                return "twilio needs account_sid, auth_token (TWILIO_AUTH_TOKEN) and from_number"
        if kind == "android" and not (settings.android.username and settings.android.password):
            return "android needs username and password (SMS_GATEWAY_USERNAME/PASSWORD)"
        if kind == "generic" and not (settings.generic.send_url and settings.generic.secret):
            return "generic needs send_url and secret (SMS_WEBHOOK_SECRET)"
        return None

    def send(self, message: OutgoingMessage) -> SendResult:
        """Send one SMS; the gateway's id for it comes back when it gives one."""
        kind = self.settings.outbound
        if kind == "twilio":
            return self._twilio(message)
        if kind == "android":
            return self._android(message)
        return self._generic(message)

    def _twilio(self, message: OutgoingMessage) -> SendResult:
        t = self.settings.twilio
        assert t.account_sid and t.auth_token and t.from_number
        url = f"{t.api_base_url.rstrip('/')}/2010-04-01/Accounts/{t.account_sid}/Messages.json"
        response = post(
            self.client,
            url,
            data={"To": message.recipient, "From": t.from_number, "Body": message.text},
            auth=(t.account_sid, t.auth_token.get_secret_value()),
        )
        return SendResult(provider_id=_field(response, "sid", "twilio"))

    def _android(self, message: OutgoingMessage) -> SendResult:
        a = self.settings.android
        assert a.username and a.password
        response = post(
            self.client,
            f"{a.api_base_url.rstrip('/')}/message",
            json={"textMessage": {"text": message.text}, "phoneNumbers": [message.recipient]},
            auth=(a.username, a.password.get_secret_value()),
        )
        return SendResult(provider_id=_field(response, "id", "android"))

    def _generic(self, message: OutgoingMessage) -> SendResult:
        g = self.settings.generic
        assert g.send_url and g.secret
        body = httpx.Request(
            "POST", g.send_url, json={"to": message.recipient, "text": message.text}
        ).content
        response = post(
            self.client,
            g.send_url,
            content=body,
            headers={
                "Content-Type": "application/json",
                SIGNATURE_HEADER: sign(body, g.secret.get_secret_value()),
                # The same on every attempt of one outbox row: a gateway that keeps keys can
                # drop a resend after a crash between its answer and our commit.
                **(
                    {IDEMPOTENCY_HEADER: message.idempotency_key} if message.idempotency_key else {}
                ),
            },
        )
        # The gateway took the message (2xx); an answer we cannot read must not resend it.
        return SendResult(provider_id=_field(response, "id", "generic"))


def _field(response: httpx.Response, key: str, prefix: str) -> str | None:
    """The provider's id for a sent message, if its (2xx) answer has one we can read."""
    try:
        answer = response.json()
    except ValueError:
        return None
    found = answer.get(key) if isinstance(answer, dict) else None
    return f"{prefix}:{found}" if found else None
