"""A fake WhatsApp Graph API on loopback: /messages, /media uploads (multipart/form-data,
recorded field by field), media metadata and media bytes."""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.fakes import multipart_fields

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

    def fail(self, status: int, times: int = 1, **headers: str) -> None:
        for _ in range(times):
            self.failures.append((status, headers))


@contextmanager
def serve(fake: FakeGraph) -> Iterator[FakeGraph]:
    """Run the fake on a free loopback port; sets `base_url`."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers["Content-Length"]))
            self.server_auth()
            if self._failed():
                return
            if self.path == f"/{VERSION}/{PHONE_ID}/media":
                kind = self.headers.get("Content-Type", "")
                if not kind.startswith("multipart/form-data"):
                    self._json(400, {"error": {"message": "upload must be multipart"}})
                    return
                fake.counter += 1
                fake.uploads.append(multipart_fields(kind, raw))
                fake.media_ids.append(f"media-{fake.counter}")
                self._json(200, {"id": fake.media_ids[-1]})
                return
            body = json.loads(raw)
            if self.path != f"/{VERSION}/{PHONE_ID}/messages":
                self._json(404, {"error": {"message": "unknown path"}})
                return
            fake.counter += 1
            fake.sent.append(body)
            wamid = f"wamid.fake{fake.counter}"
            self._json(200, {"messaging_product": "whatsapp", "messages": [{"id": wamid}]})

        def do_GET(self) -> None:
            self.server_auth()
            if self._failed():
                return
            parts = self.path.strip("/").split("/")
            if parts[0] == "download":
                self._raw(fake.media[parts[1]])
                return
            media_id = parts[1]
            data = fake.media.get(media_id)
            if data is None:
                self._json(404, {"error": {"message": "no media"}})
                return
            url = f"{fake.base_url}/download/{media_id}"
            self._json(200, {"url": url, "file_size": len(data), "id": media_id})

        def server_auth(self) -> None:
            fake.auth.append(self.headers.get("Authorization", ""))

        def _failed(self) -> bool:
            if not fake.failures:
                return False
            status, headers = fake.failures.popleft()
            self._json(status, {"error": {"message": "fake failure"}}, headers)
            return True

        def _json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _raw(self, data: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    fake.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
