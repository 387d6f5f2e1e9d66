"""The desk's survey page: each section's IKM for a period, its elements and the comments."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from accountability.questions import ELEMENTS
from accountability.statistics import (
    MIN_CELL,
    Period,
    PeriodError,
    comments,
    ikm_by_section,
    parse_period,
)
from desk.context import Desk


def skm_routes(api: APIRouter, desk: Desk) -> None:
    """GET /desk/skm: the viewer's sections only (a supervisor's: all of them)."""

    @api.get("/skm", response_class=HTMLResponse)
    def skm_page(request: Request, periode: str = "") -> HTMLResponse:
        viewer = desk.viewer(request)
        tz = desk.settings.service.timezone
        today = desk.clock().astimezone(ZoneInfo(tz)).date()
        error = None
        try:
            period: Period = parse_period(periode or f"{today.year}-Q{(today.month - 1) // 3 + 1}")
        except PeriodError as exc:
            error, period = str(exc), parse_period(str(today.year))
        sections = viewer.visible_sections([s.id for s in desk.settings.sections])
        start, end = period.bounds(tz)
        with desk.store.read() as session:
            per, _ = ikm_by_section(session, start, end, sections)
            notes = comments(session, sections, start, end)
        context = {
            "period": period, "error": error, "elements": ELEMENTS, "min_cell": MIN_CELL,
            "rows": [(s, per.get(s)) for s in sections], "comments": notes,
        }  # fmt: skip
        return desk.views.render(request, "desk/skm.html", context, viewer, 400 if error else 200)
