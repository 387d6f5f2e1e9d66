"""A media host on loopback: files by path, basic auth, redirects, scripted failures.

Twilio answers a media URL with a redirect to its storage host; SMS Gateway for Android serves
`/inbox/{id}/attachments/{partId}` behind basic auth. This fake does both, and records the
`Authorization` header of every request so tests can see where credentials went.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from tests.fakeserver import Request, Response
from tests.fakeserver import serve as loopback


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

    def answer(self, request: Request) -> Response:
        """A file, a redirect, a scripted status, 401 without the credentials, or 404."""
        path = request.path
        given = request.header("Authorization") or None
        self.seen.append((path, given))
        if path in self.redirects:
            return Response(307, headers={"Location": self.redirects[path]})
        status = self.status.get(path)
        if status is None and self.auth is not None and given != self.auth:
            status = 401
        found = self.files.get(path)
        if status is None and found is None:
            status = 404
        if status is not None:
            return Response(status, b"no")
        assert found is not None
        kind, data = found
        return Response(200, data, {"Content-Type": kind})


@contextmanager
def serve(host: FakeMediaHost) -> Iterator[FakeMediaHost]:
    """Run the fake on a free loopback port."""
    with loopback(host.answer) as server:
        host.url = server.url
        yield host
