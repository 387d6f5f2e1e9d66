"""Public pages: a complaint's status by tracking code, never its text or its sender."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from desk.templating import TEMPLATES
from ingest.settings import Settings
from store.db import Store
from store.queries import complaint_by_code
from store.tracking import normalise


def public_router(settings: Settings, store: Store) -> APIRouter:
    """GET /lacak, /lacak/{code} and /api/v1/track/{code}."""
    api = APIRouter(tags=["public"])
    zone = ZoneInfo(settings.service.timezone)

    def lookup(typed: str) -> dict[str, Any] | None:
        code = normalise(typed, settings.service.tracking_prefix)
        if code is None:
            return None
        with store.read() as session:
            complaint = complaint_by_code(session, code)
        if complaint is None:
            return None
        names = settings.templates.status_names

        def fmt(value: Any) -> str | None:
            return value.astimezone(zone).strftime("%d-%m-%Y %H:%M WITA") if value else None

        return {
            "tracking_code": complaint.tracking_code,
            "status": complaint.status,
            "status_name": names.get(complaint.status, complaint.status),
            "section": complaint.section,
            "section_name": settings.section_name(complaint.section),
            "created_at": fmt(complaint.created_at),
            "updated_at": fmt(complaint.updated_at),
            "due_at": fmt(complaint.due_at),
        }

    def page(request: Request, typed: str | None, found: dict[str, Any] | None) -> HTMLResponse:
        context = {"service": settings.service.name, "typed": typed, "found": found}
        status = 404 if typed and not found else 200
        return TEMPLATES.TemplateResponse(request, "lacak.html", context, status_code=status)

    @api.get("/lacak", response_class=HTMLResponse)
    async def track_form(request: Request, kode: str | None = None) -> HTMLResponse:
        found = await run_in_threadpool(lookup, kode) if kode else None
        return page(request, kode, found)

    @api.get("/lacak/{code}", response_class=HTMLResponse)
    async def track_page(request: Request, code: str) -> HTMLResponse:
        return page(request, code, await run_in_threadpool(lookup, code))

    @api.get("/api/v1/track/{code}")
    async def track_api(code: str) -> dict[str, Any]:
        found = await run_in_threadpool(lookup, code)
        if found is None:
            raise HTTPException(404, "unknown tracking code")
        return found

    return api
