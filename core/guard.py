"""What every request meets: security headers on HTML, validation errors without the input,
and /metrics only for those allowed to read it (docs/security.md)."""

from __future__ import annotations

import hmac
import re
from collections.abc import Iterator
from ipaddress import ip_address, ip_network
from typing import Any

from fastapi import Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector
from starlette.datastructures import FormData, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from settings.security import MetricsAccess, SecuritySettings

# No script runs on any page, nothing is loaded from elsewhere and no page can be framed.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
HTML_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
}
# Per-section counts under this are left out of public metrics, as in the public statistics.
MIN_PUBLIC_COUNT = 5
SECTION_LABEL = "section"


class SecurityHeaders:
    """Adds the HTML headers to every HTML answer, and nosniff to every answer (pure ASGI)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if headers.get("content-type", "").startswith("text/html"):
                    for name, value in HTML_HEADERS.items():
                        headers.setdefault(name, value)
                else:
                    headers.setdefault("X-Content-Type-Options", "nosniff")
            await send(message)

        await self.app(scope, receive, with_headers)


def metrics_allowed(request: Request, access: MetricsAccess) -> bool:
    """Whether this client may read /metrics."""
    if access.public:
        return True
    if access.token is not None:
        given = request.headers.get("authorization", "")
        expected = "Bearer " + access.token.get_secret_value()
        if hmac.compare_digest(given.encode(), expected.encode()):
            return True
    host = request.client.host if request.client else ""
    try:
        address = ip_address(host)
    except ValueError:
        return False
    return any(address in ip_network(n, strict=False) for n in access.allow)


class _SmallCountsHidden:
    """The default registry without per-section samples under MIN_PUBLIC_COUNT."""

    def __init__(self, registry: Collector) -> None:
        self.registry = registry

    def collect(self) -> Iterator[Metric]:
        for metric in self.registry.collect():
            small = {
                s.labels[SECTION_LABEL]
                for s in metric.samples
                if SECTION_LABEL in s.labels and s.name.endswith("_total")
                and s.value < MIN_PUBLIC_COUNT
            }  # fmt: skip
            if small:
                metric.samples = [
                    s for s in metric.samples if s.labels.get(SECTION_LABEL) not in small
                ]
            yield metric


def metrics_response(request: Request, access: MetricsAccess) -> Response:
    """/metrics for an allowed client (all of it; without small section counts if public)."""
    trusted = metrics_allowed(request, access.model_copy(update={"public": False}))
    if not trusted and not access.public:
        return JSONResponse({"detail": "metrics are not served to this address"}, 403)
    source: Any = REGISTRY if trusted else _SmallCountsHidden(REGISTRY)
    return Response(generate_latest(source), media_type=CONTENT_TYPE_LATEST)


_NUL_ENCODED = b"%00"
_REPLACEMENT_ENCODED = b"%EF%BF%BD"
NUL_GUARDED_BODIES = ("/desk/",)
FILE_ROUTES = re.compile(r"/desk/aduan/\d+/balas")


def _no_nul(data: bytes) -> bytes:
    return data.replace(_NUL_ENCODED, _REPLACEMENT_ENCODED).replace(b"\x00", "\ufffd".encode())


class NulGuard:
    """NUL (0x00, `%00`) in query strings and desk form bodies becomes U+FFFD before routing.

    PostgreSQL cannot store or even compare text with NUL, so a `%00` in a desk filter or the
    login form would otherwise fail in the database. Webhook bodies are left as sent (their
    signatures cover them); their text is cleaned once at intake (ingest/intake.py).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query: bytes = scope.get("query_string", b"")
        if b"%00" in query or b"\x00" in query:
            scope = {**scope, "query_string": _no_nul(query)}
        if not scope["path"].startswith(NUL_GUARDED_BODIES) or _files_route(scope):
            await self.app(scope, receive, send)
            return
        held = b""

        async def cleaned() -> Message:
            nonlocal held
            message = await receive()
            if message["type"] != "http.request":
                return message
            data = held + message.get("body", b"")
            more = message.get("more_body", False)
            # A `%00` split across two chunks: keep a trailing '%' or '%0' for the next one.
            cut = len(data) - (2 if data.endswith(b"%0") else 1 if data.endswith(b"%") else 0)
            held, data = (data[cut:], data[:cut]) if more else (b"", data)
            return {**message, "body": _no_nul(data)}

        await self.app(scope, cleaned, send)


def _files_route(scope: Scope) -> bool:
    """A multipart body to the one desk route that takes files (a reply with its files): the
    files pass byte for byte, and the route cleans its text fields itself."""
    if not FILE_ROUTES.fullmatch(scope["path"]):
        return False
    for name, value in scope.get("headers", ()):
        if name == b"content-type":
            return bool(value.lower().startswith(b"multipart/form-data"))
    return False


async def read_form(request: Request, security: SecuritySettings) -> FormData:
    """A form read by hand, within the same limits as FastAPI's (no file, few small fields);
    over them Starlette answers 400."""
    return await request.form(
        max_files=0, max_fields=security.max_form_fields, max_part_size=security.max_form_part_bytes
    )
