"""Errors as people read them: an Indonesian page in the site's layout for browsers, JSON for
API clients (paths under /api/ and /webhooks/, or an Accept header asking for JSON)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import (
    http_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect
from starlette.responses import Response

from desk.templating import TEMPLATES
from store.db import OperationalError

log = logging.getLogger(__name__)

MACHINE_PATHS = ("/api/", "/webhooks/", "/healthz", "/readyz", "/metrics")
# Headers an error keeps (a redirect's target, when to retry); nothing else is passed on.
KEPT_HEADERS = ("location", "retry-after", "www-authenticate", "allow")


@dataclass(frozen=True)
class ErrorText:
    """What a person reads on an error page: what happened and what to do next."""

    title: str
    next_step: str


TEXTS = {
    400: ErrorText("Permintaan tidak dapat dibaca",
                   "Kembali ke halaman sebelumnya, periksa isian Anda, lalu kirim lagi."),
    403: ErrorText("Akses ditolak",
                   "Formulir mungkin sudah kedaluwarsa atau Anda belum masuk. Muat ulang "
                   "halaman sebelumnya lalu coba lagi."),
    404: ErrorText("Halaman tidak ditemukan",
                   "Periksa alamat yang Anda ketik, atau mulai lagi dari halaman utama."),
    405: ErrorText("Halaman ini tidak dapat dibuka dengan cara itu",
                   "Buka halaman lewat tautan atau tombol di situs ini."),
    413: ErrorText("Kiriman terlalu besar",
                   "Perpendek teks atau kecilkan lampiran, lalu kirim lagi."),
    422: ErrorText("Isian belum benar",
                   "Kembali ke halaman sebelumnya, periksa isian Anda, lalu kirim lagi."),
    429: ErrorText("Terlalu banyak permintaan",
                   "Tunggu beberapa menit, lalu coba lagi."),
    500: ErrorText("Terjadi kesalahan di server",
                   "Kesalahan ini sudah dicatat. Coba lagi beberapa saat lagi."),
    503: ErrorText("Layanan sedang sibuk",
                   "Coba lagi beberapa menit lagi."),
}  # fmt: skip


def wants_json(request: Request) -> bool:
    """Whether the client is a program: an API or webhook path, or JSON asked for and not HTML."""
    if request.url.path.startswith(MACHINE_PATHS):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_page(request: Request, status: int, headers: dict[str, str] | None = None) -> Response:
    """The Indonesian error page for this status, in the public or the desk layout."""
    text = TEXTS.get(status) or TEXTS[500 if status >= 500 else 400]
    on_desk = request.url.path.startswith("/desk")
    context = {
        "service": "Desk Aduan" if on_desk else _service(request),
        "status": status,
        "text": text,
        "home": ("/desk/aduan", "Kembali ke kotak masuk") if on_desk
        else ("/lapor", "Ke halaman Sampaikan Aduan"),
    }  # fmt: skip
    response = TEMPLATES.TemplateResponse(request, "error.html", context, status_code=status)
    response.headers.update(headers or {})
    response.headers["Cache-Control"] = "no-store"
    return response


def _service(request: Request) -> str:
    service = getattr(request.app.state, "service", None)
    return str(service.ctx.settings.service.name) if service is not None else "aduan"


def _kept(headers: Mapping[str, str] | None) -> dict[str, str]:
    return {k: v for k, v in (headers or {}).items() if k.lower() in KEPT_HEADERS}


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code < 400:  # a redirect raised from deep inside (login required)
        return Response(status_code=exc.status_code, headers=_kept(exc.headers))
    hint = _webhook_hint(request) if exc.status_code == 404 else None
    if hint:
        return JSONResponse({"detail": hint}, status_code=404)
    if wants_json(request):
        return await http_exception_handler(request, exc)
    return error_page(request, exc.status_code, _kept(exc.headers))


def _webhook_hint(request: Request) -> str | None:
    """Why a webhook path answers 404: its channel is disabled (a newcomer's missing secret)."""
    parts = request.url.path.split("/")
    if len(parts) < 3 or parts[1] != "webhooks":
        return None
    service = getattr(request.app.state, "service", None)
    reason = service.disabled.get(parts[2]) if service is not None else None
    if not reason:
        return None
    return f"channel {parts[2]} is disabled: {reason}; set it and restart aduan serve"


def safe_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Validation errors as location, type and message only: never the input itself.

    FastAPI's own handler encodes each error's `input`, which for a form is whatever was posted
    (a 100 MB upload grew the server by 900 MB encoding it back).
    """
    return [
        {"loc": [str(p) for p in e.get("loc", ())], "type": e.get("type"), "msg": e.get("msg")}
        for e in exc.errors()
    ]


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if wants_json(request):
        # Never FastAPI's own handler: it encodes each error's input back (a 100 MB upload).
        return JSONResponse({"detail": safe_errors(exc)}, status_code=422)
    # /desk/aduan/abc: a path that cannot name anything is a page that does not exist.
    in_path = any(e.get("loc", ("",))[0] == "path" for e in exc.errors())
    return error_page(request, 404 if in_path else 422)


async def _database_down(request: Request, exc: Exception) -> Response:
    log.error("database unavailable: %s", exc)
    if wants_json(request):
        body = {"detail": "database unavailable, retry later"}
        return JSONResponse(body, status_code=503, headers={"Retry-After": "30"})
    return error_page(request, 503, {"Retry-After": "30"})


async def _client_left(request: Request, exc: Exception) -> Response:
    # Nobody is left to read an answer (and it is not our error): no page, no ERROR line.
    log.info("client left during %s %s", request.method, request.url.path)
    return Response(status_code=400)


async def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    if wants_json(request):
        return JSONResponse({"detail": "internal error"}, status_code=500)
    return error_page(request, 500)


def install_error_pages(app: FastAPI) -> None:
    """Every error answered once, here: a page for people, JSON for programs."""
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(OperationalError, _database_down)
    app.add_exception_handler(ClientDisconnect, _client_left)
    app.add_exception_handler(Exception, _server_error)
