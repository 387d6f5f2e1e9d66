"""A media host on loopback: files by path, basic auth, redirects, scripted failures.

Twilio answers a media URL with a redirect to its storage host; SMS Gateway for Android serves
`/inbox/{id}/attachments/{partId}` behind basic auth. This fake does both, and records the
`Authorization` header of every request so tests can see where credentials went.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class FakeMediaHost:
    """Paths to (content type, bytes); `redirects` send a path elsewhere (any host)."""

    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    status: dict[str, int] = field(default_factory=dict)
    auth: str | None = None
    """When set, the exact Authorization header every file needs (else 401)."""
    seen: list[tuple[str, str | None]] = field(default_factory=list)
    url: str = ""

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        given = handler.headers.get("Authorization")
        self.seen.append((path, given))
        if path in self.redirects:
            handler.send_response(307)
            handler.send_header("Location", self.redirects[path])
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        status = self.status.get(path)
        if status is None and self.auth is not None and given != self.auth:
            status = 401
        found = self.files.get(path)
        if status is None and found is None:
            status = 404
        if status is not None:
            handler.send_response(status)
            handler.send_header("Content-Length", "2")
            handler.end_headers()
            handler.wfile.write(b"no")
            return
        assert found is not None
        kind, data = found
        handler.send_response(200)
        handler.send_header("Content-Type", kind)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)


@contextmanager
def serve(host: FakeMediaHost) -> Iterator[FakeMediaHost]:
    """Run the fake on a free loopback port."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            host.answer(self)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    host.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield host
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
