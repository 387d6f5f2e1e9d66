"""WhatsApp through the Graph API: /messages for replies, /media uploads for the files of
officers' replies, media download for attachments.

Sending: https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages
Outside the 24-hour customer-service window only an approved template may be sent:
https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx

from channels.base import IncomingAttachment, OutgoingFile, OutgoingMessage, SendResult
from channels.errors import PermanentChannelError, TransientChannelError
from channels.http import check, new_client, post
from channels.whatsapp.settings import WhatsAppSettings

MAX_TEXT = 4096
MAX_IMAGE_BYTES = 5 * 1024 * 1024  # the Cloud API's image limit; larger pictures go as documents
MAX_TEMPLATE_PARAM = 1024


@dataclass(frozen=True)
class Downloaded:
    """Media fetched for one message, and those refused for their size."""

    attachments: tuple[IncomingAttachment, ...]
    refused: tuple[str, ...]


class WhatsAppSender:
    """Sends replies (free text inside the window, a template outside) and fetches media."""

    channel = "whatsapp"

    def __init__(
        self,
        settings: WhatsAppSettings,
        last_inbound: Callable[[str], datetime | None],
        clock: Callable[[], datetime],
        client: httpx.Client | None = None,
    ) -> None:
        assert settings.access_token is not None and settings.phone_number_id
        self.settings = settings
        self.last_inbound = last_inbound
        self.clock = clock
        self.client = client or new_client()
        self.base = f"{settings.graph_base_url.rstrip('/')}/{settings.api_version}"
        self.headers = {"Authorization": f"Bearer {settings.access_token.get_secret_value()}"}

    def send(self, message: OutgoingMessage) -> SendResult:
        """Send one reply, then each of its files; the last wamid comes back as the provider id.

        Outside the service window only the template goes, with the notice that the files wait
        on the tracking page (a free media message would be refused there).
        """
        to = message.recipient.lstrip("+")
        if not self._in_window(message.recipient):
            notice = message.meta.get("files_notice") if message.files else None
            text = f"{message.text}\n\n{notice}" if notice else message.text
            return SendResult(provider_id=self._post({"to": to, **self._template(text)}))

        def send_text() -> str:
            body: dict[str, Any] = {"to": to, "type": "text"}
            body["text"] = {"preview_url": False, "body": message.text[:MAX_TEXT]}
            quoted = message.reply_to_external_id
            if quoted and quoted.startswith("wamid."):
                body["context"] = {"message_id": quoted}
            return self._post(body)

        wamid = message.send_parts(
            send_text, lambda f: self._post({"to": to, **self._media_body(f, self._upload(f))})
        )
        return SendResult(provider_id=wamid)

    def _post(self, fields: dict[str, Any]) -> str:
        """POST one message to /messages; its wamid."""
        body = {"messaging_product": "whatsapp", "recipient_type": "individual", **fields}
        url = f"{self.base}/{self.settings.phone_number_id}/messages"
        response = post(self.client, url, json=body, headers=self.headers)
        try:
            return str(response.json()["messages"][0]["id"])
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise TransientChannelError("graph api answered without a message id") from exc

    def _upload(self, file: OutgoingFile) -> str:
        """Upload one file to /media (multipart/form-data); its media id.
        https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media#upload-media"""
        url = f"{self.base}/{self.settings.phone_number_id}/media"
        response = post(
            self.client,
            url,
            data={"messaging_product": "whatsapp", "type": file.content_type},
            files={"file": (file.filename, file.data, file.content_type)},
            headers=self.headers,
        )
        try:
            return str(response.json()["id"])
        except (ValueError, KeyError, TypeError) as exc:
            raise TransientChannelError("graph api answered the upload without a media id") from exc

    @staticmethod
    def _media_body(file: OutgoingFile, media_id: str) -> dict[str, Any]:
        """An image message for a JPEG or PNG within the image limit, else a document."""
        if file.is_photo and len(file.data) <= MAX_IMAGE_BYTES:
            return {"type": "image", "image": {"id": media_id}}
        return {"type": "document", "document": {"id": media_id, "filename": file.filename}}

    def download(self, media: list[dict[str, Any]]) -> Downloaded:
        """Fetch media by id (two steps: its URL, then the bytes), refusing oversize files."""
        limit = self.settings.max_media_bytes
        got: list[IncomingAttachment] = []
        refused: list[str] = []
        for item in media:
            name = str(item.get("filename") or f"{item['id']}.{_ext(str(item['mime_type']))}")
            info = _media_info(self._get(f"{self.base}/{item['id']}"))
            if _declared_size(info) > limit:
                refused.append(name)
                continue
            data = self._get(info["url"]).content
            if len(data) > limit:
                refused.append(name)
                continue
            got.append(IncomingAttachment(name, str(item["mime_type"]), data))
        return Downloaded(tuple(got), tuple(refused))

    def _in_window(self, recipient: str) -> bool:
        last = self.last_inbound(recipient)
        window = timedelta(hours=self.settings.service_window_hours)
        return last is not None and self.clock() - last < window

    def _template(self, text: str) -> dict[str, Any]:
        name = self.settings.template_name
        if not name:
            raise PermanentChannelError(
                "outside the 24-hour window and no template configured "
                "(channels.whatsapp.template_name)",
                kind="config",
            )
        param = text if len(text) <= MAX_TEMPLATE_PARAM else text[: MAX_TEMPLATE_PARAM - 1] + "…"
        return {
            "type": "template",
            "template": {
                "name": name,
                "language": {"code": self.settings.template_language},
                "components": [{"type": "body", "parameters": [{"type": "text", "text": param}]}],
            },
        }

    def _get(self, url: str) -> httpx.Response:
        try:
            response = self.client.get(url, headers=self.headers)
        except httpx.TransportError as exc:
            raise TransientChannelError(f"cannot reach graph api: {exc}") from exc
        check(response)
        return response


def _media_info(response: httpx.Response) -> dict[str, Any]:
    """The Graph API's description of a media object; without a download URL it is a transient
    fault of the provider (the media job retries it), never an unhandled error."""
    try:
        info = response.json()
    except ValueError as exc:
        raise TransientChannelError("graph api described the media without JSON") from exc
    if not isinstance(info, dict) or not isinstance(info.get("url"), str) or not info["url"]:
        raise TransientChannelError("graph api described the media without a download url")
    return info


def _declared_size(info: dict[str, Any]) -> int:
    """The size the provider declares, or 0 when it is missing or not a whole number: the bytes
    actually downloaded are checked against the limit anyway."""
    value = info.get("file_size")
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return 0


def _ext(mime: str) -> str:
    return {"image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf"}.get(mime, "bin")
