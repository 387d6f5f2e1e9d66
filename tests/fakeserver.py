"""One loopback HTTP server for every fake provider API (SMS gateway, Telegram, WhatsApp, media).

A fake is a function from a recorded `Request` to a `Response`; `serve(answer)` runs it on a free
loopback port in a thread, records every request it received, and stops it on exit. The fakes
themselves (tests/fakes.py, tests/channels/*/fake_*.py) hold only their state and their answers.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Request:
    """One request a fake received."""

    method: str
    path: str
    """The path as sent, with its query string."""
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body as JSON."""
        return json.loads(self.body)

    def header(self, name: str, default: str = "") -> str:
        """A header's value, whatever the case of its name."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), default)

    @property
    def route(self) -> str:
        """The path without its query string."""
        return urlsplit(self.path).path

    def fields(self) -> dict[str, Any]:
        """The body's parameters, as a Bot API reads them: JSON, multipart or a form (each
        text value JSON-decoded where it is JSON, files as `Uploaded`)."""
        kind = self.header("Content-Type")
        if not self.body:
            return {}
        if kind.startswith("application/json"):
            found: dict[str, Any] = self.json()
            return found
        if kind.startswith("multipart/form-data"):
            return multipart_fields(kind, self.body)
        return {key: _json_or_text(value) for key, value in parse_qsl(self.body.decode())}


@dataclass(frozen=True)
class Response:
    """What a fake answers."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_json(
        cls, data: Any, status: int = 200, headers: dict[str, str] | None = None
    ) -> Response:
        """A JSON answer."""
        kind = {"Content-Type": "application/json"}
        return cls(status, json.dumps(data).encode(), {**kind, **(headers or {})})


Answer = Callable[[Request], Response]


@dataclass(frozen=True)
class Uploaded:
    """A file part of a multipart request, as the fake received it."""

    filename: str | None
    content_type: str
    data: bytes


def _json_or_text(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


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
        out[name] = _json_or_text(data.decode())
    return out


@dataclass
class LoopbackServer:
    """A running fake: its base URL and the requests it received, in order."""

    url: str
    requests: list[Request] = field(default_factory=list)


@contextmanager
def serve(answer: Answer) -> Iterator[LoopbackServer]:
    """Run `answer` behind a threaded HTTP server on a free loopback port until exit."""
    lock = threading.Lock()
    running = LoopbackServer("")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            request = Request(
                self.command, self.path, dict(self.headers.items()), self.rfile.read(length)
            )
            with lock:
                running.requests.append(request)
            response = answer(request)
            self.send_response(response.status)
            for key, value in response.headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            self.wfile.write(response.body)

        do_GET = do_POST = do_PUT = do_DELETE = _any

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    running.url = f"http://127.0.0.1:{server.server_address[1]}"
    # A short poll interval: shutdown() waits for the serving loop to notice it.
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield running
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
