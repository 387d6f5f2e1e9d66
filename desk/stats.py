"""The public statistics' pages: GET /statistik (HTML) and /api/v1/statistik (JSON or CSV),
the figures of a period kept a few minutes per process, and their CSV rows. The figures
themselves (the IKM, small-cell suppression, medians) are accountability/statistics.py's.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from accountability.statistics import GRADE_NAMES, PeriodError, parse_period, public_stats
from desk.context import DeskContext
from desk.csvsafe import SafeWriter
from desk.templating import TEMPLATES


def csv_rows(stats: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The same figures as (metric, key, value) rows; a suppressed cell is empty."""

    def cell(value: Any) -> str:
        return "" if value is None else str(value)

    out = [("total", "", cell(stats["total"]))]
    for row in stats["by_section"]:
        out.append(("complaints_by_section", row["section"], cell(row["complaints"])))
        out.append(("ikm_by_section", row["section"], cell(row["ikm"])))
        out.append(("respondents_by_section", row["section"], cell(row["respondents"])))
    out += [
        ("complaints_by_channel", r["channel"], cell(r["complaints"])) for r in stats["by_channel"]
    ]
    out += [("complaints_by_week", r["week"], cell(r["complaints"])) for r in stats["by_week"]]
    out.append(("share_within_standard", "", cell(stats["within_standard"]["share"])))
    out.append(
        (
            "median_working_days_first_response",
            "",
            cell(stats["median_working_days_first_response"]),
        )
    )
    out.append(
        ("median_working_days_resolution", "", cell(stats["median_working_days_resolution"]))
    )
    out.append(("ikm", "", cell(stats["ikm"]["ikm"])))
    return out


MAX_AGE = timedelta(minutes=5)


class StatsCache:
    """Public figures per period, kept MAX_AGE after they were counted (per process).

    A year at a million complaints takes seconds to count even from an index, and /statistik is
    public: without this, every visitor (or crawler) would have the database count the year
    again. One request counts a period at a time; while it does, the others get the figures
    counted before (or wait for the first ones). Figures change by the minute, not by the
    second, and the page is statistics, not a live view.
    """

    def __init__(self) -> None:
        self._kept: dict[str, tuple[datetime, dict[str, Any]]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, key: str, now: datetime, count: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """The kept figures of `key` if younger than MAX_AGE, else counted now by `count`."""
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        kept = self._kept.get(key)
        if kept is not None and timedelta(0) <= now - kept[0] < MAX_AGE:
            return kept[1]
        if kept is not None and not lock.acquire(blocking=False):
            return kept[1]  # being counted again by another request: the last figures meanwhile
        if kept is None:
            lock.acquire()
        try:
            again = self._kept.get(key)
            if again is not None and again is not kept and timedelta(0) <= now - again[0] < MAX_AGE:
                return again[1]  # counted by the request this one waited for
            figures = count()
            self._kept[key] = (now, figures)
            return figures
        finally:
            lock.release()


def stats_router(ctx: DeskContext) -> APIRouter:
    """GET /statistik (HTML, server-drawn SVG charts) and /api/v1/statistik (JSON or CSV)."""
    api = APIRouter(tags=["public"])
    settings, store = ctx.settings, ctx.store
    zone = ZoneInfo(settings.service.timezone)

    cache = StatsCache()

    def compute(periode: str | None) -> dict[str, Any]:
        now = ctx.clock()
        try:
            period = parse_period(periode or str(now.astimezone(zone).year))
        except PeriodError as exc:
            raise HTTPException(400, str(exc)) from exc

        def fresh() -> dict[str, Any]:
            with store.read() as session:
                return public_stats(session, settings, period, now)

        return cache.get(period.label, now, fresh)

    @api.get("/statistik", response_class=HTMLResponse)
    async def page(request: Request, periode: str | None = None) -> HTMLResponse:
        stats = await run_in_threadpool(compute, periode)
        context = {"service": settings.service.name, "s": stats, "grade_names": GRADE_NAMES,
                   "channel_names": ctx.channel_names}  # fmt: skip
        response = TEMPLATES.TemplateResponse(request, "statistik.html", context)
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
        )
        return response

    @api.get("/api/v1/statistik")
    async def data(periode: str | None = None, format: str = "json") -> Response:
        stats = await run_in_threadpool(compute, periode)
        if format == "csv":
            buffer = io.StringIO()
            writer = SafeWriter(buffer)
            writer.writerow(("metric", "key", "value"))
            writer.writerows(csv_rows(stats))
            name = f"statistik-{stats['period']['label']}.csv"
            headers = {"Content-Disposition": f'attachment; filename="{name}"'}
            return Response(
                buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers
            )
        return JSONResponse(stats)

    return api
