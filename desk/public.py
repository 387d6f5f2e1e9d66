"""Public pages: a complaint's status by tracking code, with the officers' answers and the
resolution; never its text, its internal notes or its sender."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from desk.cases import public_case
from desk.files import attachment_path, file_response
from desk.reply_files import human_size
from desk.templating import TEMPLATES
from settings.root import Settings
from store import public_story as public_story_queries
from store.db import Session, Store
from store.models import Complaint, OutboxFile
from store.queries import complaint_by_code
from store.tracking import normalise


@dataclass(frozen=True)
class PublicStory:
    """What anyone holding the code may read: never internal notes, never who the citizen is."""

    answers: list[tuple[datetime, str]]
    resolution: str | None
    duplicate_of: str | None
    files: list[list[OutboxFile]] = field(default_factory=list)
    """The files of each answer, in the answers' order."""


def public_story(session: Session, complaint: Complaint) -> PublicStory:
    """The officers' answers to the citizen, the resolution note, the original of a duplicate."""
    answers = public_story_queries.answers(session, complaint.id)
    files: dict[int, list[OutboxFile]] = {}
    for f in public_story_queries.answer_files(session, complaint.id):
        files.setdefault(f.outbox_id, []).append(f)
    events = public_story_queries.status_events(session, complaint.id)
    resolution = duplicate = None
    for action, detail in events:
        if action == "status" and detail.get("to") == "selesai":
            resolution = str(detail.get("note") or "") or None
        elif action == "duplicate":
            duplicate = str(detail.get("of") or "") or None
    return PublicStory(
        [(at, text) for _id, at, text in answers], resolution, duplicate,
        [files.get(i or 0, []) for i, _at, _text in answers],
    )  # fmt: skip


def _file(complaint: Complaint, f: OutboxFile) -> dict[str, Any]:
    """A file of an answer as the tracking page and API show it: the link carries the code."""
    url = f"/lacak/{complaint.tracking_code}/berkas/{f.id}"
    return {"name": f.filename, "type": f.content_type, "size": f.size,
            "size_text": human_size(f.size), "url": url}  # fmt: skip


def public_router(settings: Settings, store: Store) -> APIRouter:
    """GET /lacak, /lacak/{code}, its answers' files, and /api/v1/track/{code}."""
    api = APIRouter(tags=["public"])
    zone = ZoneInfo(settings.service.timezone)

    @api.get("/lacak", response_class=HTMLResponse)
    async def track_form(request: Request, kode: str | None = None) -> HTMLResponse:
        found = await run_in_threadpool(_lookup, settings, store, zone, kode) if kode else None
        return _page(settings, request, kode, found)

    @api.get("/lacak/{code}", response_class=HTMLResponse)
    async def track_page(request: Request, code: str) -> HTMLResponse:
        found = await run_in_threadpool(_lookup, settings, store, zone, code)
        return _page(settings, request, code, found)

    @api.get("/lacak/{code}/berkas/{file_id}")
    async def track_file(request: Request, code: str, file_id: int) -> Response:
        found = await run_in_threadpool(_reply_file, settings, store, code, file_id)
        path = attachment_path(Path(settings.service.data_dir), found.sha256) if found else None
        if found is None or path is None or not path.is_file():
            return _page(settings, request, code, None, status=404)
        response = file_response(path, found.filename, found.content_type, preview=False)
        assert response is not None  # a download, never a preview
        return response

    @api.get("/api/v1/track/{code}")
    async def track_api(code: str) -> dict[str, Any]:
        found = await run_in_threadpool(_lookup, settings, store, zone, code)
        if found is None:
            raise HTTPException(404, "unknown tracking code")
        return found

    return api


def _lookup(settings: Settings, store: Store, zone: ZoneInfo, typed: str) -> dict[str, Any] | None:
    """What the tracking page and API show for a typed code; None for a code that names none."""
    code = normalise(typed, settings.service.tracking_prefix)
    if code is None:
        return None
    with store.read() as session:
        complaint = complaint_by_code(session, code)
        if complaint is None:
            return None
        public = public_story(session, complaint)
        case = public_case(session, complaint)
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
        "answers": [
            {"at": fmt(at), "text": text, "files": [_file(complaint, f) for f in files]}
            for (at, text), files in zip(public.answers, public.files, strict=True)
        ],
        "resolution": public.resolution,
        "duplicate_of": public.duplicate_of,
        "case": case,
    }


def _page(
    settings: Settings,
    request: Request,
    typed: str | None,
    found: dict[str, Any] | None,
    status: int = 0,
) -> HTMLResponse:
    """The tracking page: the form, and what the code shows (404 for a code that names none)."""
    context = {"service": settings.service.name, "typed": typed, "found": found}
    status = status or (404 if typed and not found else 200)
    return TEMPLATES.TemplateResponse(request, "lacak.html", context, status_code=status)


def _reply_file(settings: Settings, store: Store, typed: str, file_id: int) -> OutboxFile | None:
    """A file of an answer to the complaint this code names (the code is the access)."""
    code = normalise(typed, settings.service.tracking_prefix)
    if code is None:
        return None
    with store.read() as session:
        return public_story_queries.reply_file(session, file_id, code)
