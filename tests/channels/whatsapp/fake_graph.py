"""A fake WhatsApp Graph API on loopback: /messages, /media uploads (multipart/form-data,
recorded field by field), media metadata and media bytes."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from tests.fakeserver import Request, Response, multipart_fields
from tests.fakeserver import serve as loopback

VERSION = "v21.0"
PHONE_ID = "106540352242922"
TOKEN = "EAAGfake-loopback-token"


@dataclass
class FakeGraph:
    """Recorded sends, media to serve, failures to inject."""

    sent: list[dict[str, Any]] = field(default_factory=list)
    uploads: list[dict[str, Any]] = field(default_factory=list)
    media_ids: list[str] = field(default_factory=list)
    """The id answered to each upload."""
    media: dict[str, bytes] = field(default_factory=dict)
    failures: deque[tuple[int, dict[str, str]]] = field(default_factory=deque)
    auth: list[str] = field(default_factory=list)
    base_url: str = ""
    counter: int = 0
    described: dict[str, Any] = field(default_factory=dict)
    """Metadata answered for a media id instead of the real one (a provider's odd answers)."""

    def fail(self, status: int, times: int = 1, **headers: str) -> None:
        for _ in range(times):
            self.failures.append((status, headers))

    def answer(self, request: Request) -> Response:
        """The Graph API's answer to one request (recording its Authorization header)."""
        self.auth.append(request.header("Authorization"))
        if self.failures:
            status, headers = self.failures.popleft()
            return Response.of_json({"error": {"message": "fake failure"}}, status, headers)
        if request.method == "POST":
            return self._post(request)
        parts = request.path.strip("/").split("/")
        if parts[0] == "download":
            return Response(200, self.media[parts[1]])
        return self._describe(parts[1])

    def _describe(self, media_id: str) -> Response:
        """A media object's metadata, or the odd answer set for it in `described`."""
        data = self.media.get(media_id)
        if data is None:
            return Response.of_json({"error": {"message": "no media"}}, 404)
        url = f"{self.base_url}/download/{media_id}"
        odd = self.described.get(media_id)
        if isinstance(odd, bytes):
            return Response(200, odd)
        if odd is not None:
            return Response.of_json(odd(url) if callable(odd) else odd)
        return Response.of_json({"url": url, "file_size": len(data), "id": media_id})

    def _post(self, request: Request) -> Response:
        if request.path == f"/{VERSION}/{PHONE_ID}/media":
            kind = request.header("Content-Type")
            if not kind.startswith("multipart/form-data"):
                return Response.of_json({"error": {"message": "upload must be multipart"}}, 400)
            self.counter += 1
            self.uploads.append(multipart_fields(kind, request.body))
            self.media_ids.append(f"media-{self.counter}")
            return Response.of_json({"id": self.media_ids[-1]})
        body = request.json()
        if request.path != f"/{VERSION}/{PHONE_ID}/messages":
            return Response.of_json({"error": {"message": "unknown path"}}, 404)
        self.counter += 1
        self.sent.append(body)
        wamid = f"wamid.fake{self.counter}"
        return Response.of_json({"messaging_product": "whatsapp", "messages": [{"id": wamid}]})


@contextmanager
def serve(fake: FakeGraph) -> Iterator[FakeGraph]:
    """Run the fake on a free loopback port; sets `base_url`."""
    with loopback(fake.answer) as server:
        fake.base_url = server.url
        yield fake
