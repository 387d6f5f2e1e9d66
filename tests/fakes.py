"""Fake provider APIs on loopback (a real HTTP server, scripted answers)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    """One request the fake received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body as JSON."""
        return json.loads(self.body)


@dataclass(frozen=True)
class Uploaded:
    """A file part of a multipart request, as the fake received it."""

    filename: str | None
    content_type: str
    data: bytes


def multipart_fields(content_type: str, body: bytes) -> dict[str, Any]:
    """A multipart/form-data body's fields (RFC 7578): text values as strings (JSON decoded
    where they are JSON, as the Bot API reads them), file parts as `Uploaded`, bytes intact."""
    head = Message()
    head["content-type"] = content_type
    boundary = head.get_param("boundary")
    assert isinstance(boundary, str), "multipart without a boundary"
    out: dict[str, Any] = {}
    for chunk in body.split(b"--" + boundary.encode())[1:-1]:
        raw_headers, _, data = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        part = Message()
        for line in raw_headers.decode().split("\r\n"):
            key, _, value = line.partition(":")
            part[key.strip()] = value.strip()
        data = data.removesuffix(b"\r\n")
        name = part.get_param("name", header="content-disposition")
        assert isinstance(name, str), "a part without a name"
        filename = part.get_filename()
        if filename is not None or part.get("content-type", "text/plain") != "text/plain":
            out[name] = Uploaded(filename, part.get_content_type(), data)
            continue
        value = data.decode()
        try:
            out[name] = json.loads(value)
        except ValueError:
            out[name] = value
    return out


@dataclass
class FakeGateway:
    """An HTTP API that records requests and answers from a script (default 200 + id)."""

    requests: list[Recorded] = field(default_factory=list)
    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fail_next(self, status: int, times: int = 1, headers: dict[str, str] | None = None) -> None:
        """Answer the next `times` requests with `status`."""
        self.script.extend([(status, headers or {})] * times)

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length)
        with self.lock:
            self.requests.append(
                Recorded(handler.command, handler.path, dict(handler.headers.items()), body)
            )
            status, headers = self.script.pop(0) if self.script else (200, {})
            number = len(self.requests)
        payload = json.dumps({"id": f"msg-{number}", "sid": f"SM{number}"}).encode()
        handler.send_response(status)
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)


@contextmanager
def fake_gateway() -> Iterator[FakeGateway]:
    """Run a FakeGateway on a free loopback port."""
    gateway = FakeGateway()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            gateway.answer(self)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    gateway.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield gateway
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
