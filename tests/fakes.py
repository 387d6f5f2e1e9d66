"""A fake SMS gateway on loopback (tests/fakeserver.py serves it): records, answers a script."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from tests.fakeserver import Request, Response, Uploaded, multipart_fields, serve

__all__ = ["FakeGateway", "Request", "Uploaded", "fake_gateway", "multipart_fields"]


@dataclass
class FakeGateway:
    """An HTTP API that records requests and answers from a script (default 200 + id)."""

    requests: list[Request] = field(default_factory=list)
    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fail_next(self, status: int, times: int = 1, headers: dict[str, str] | None = None) -> None:
        """Answer the next `times` requests with `status`."""
        self.script.extend([(status, headers or {})] * times)

    def answer(self, request: Request) -> Response:
        """Record the request; the next scripted status, or 200 with a message id."""
        with self.lock:
            self.requests.append(request)
            status, headers = self.script.pop(0) if self.script else (200, {})
            number = len(self.requests)
        return Response.of_json({"id": f"msg-{number}", "sid": f"SM{number}"}, status, headers)


@contextmanager
def fake_gateway() -> Iterator[FakeGateway]:
    """Run a FakeGateway on a free loopback port."""
    gateway = FakeGateway()
    # Late bound: a test may swap `gateway.answer` while the server runs.
    with serve(lambda request: gateway.answer(request)) as server:  # noqa: PLW0108
        gateway.url = server.url
        yield gateway
