"""Rendering desk pages: Jinja2 with autoescape, times in the service zone, strict headers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse

from desk import explain
from desk.access import ROLE_NAMES, Viewer
from desk.cases import CASE_STATUS
from desk.templating import templates
from settings.root import Settings

# No script runs on a desk page, and nothing is loaded from elsewhere: an injected <script> or
# event handler in a complaint's text is inert twice over (escaped, then refused by the CSP).
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
STATUS_NAMES = {"baru": "Baru", "diproses": "Diproses", "selesai": "Selesai", "ditutup": "Ditutup"}
ACTION_NAMES = {
    "reply": "membalas warga",
    "note": "catatan internal",
    "status": "mengubah status",
    "reopen": "membuka kembali",
    "reassign": "mengalihkan",
    "reroute": "dialihkan ulang oleh aturan",
    "duplicate": "menandai duplikat",
    "duplicate_linked": "duplikat ditautkan",
    "overdue": "melewati batas waktu",
    "auto_close": "ditutup otomatis",
    "ack_suppressed": "balasan otomatis ditahan",
    "assign": "penanganan",
    "case_join": "digabung ke kasus bersama",
    "case_leave": "dikeluarkan dari kasus bersama",
}


class Views:
    """Renders the desk's templates for one service."""

    def __init__(self, settings: Settings, channel_names: dict[str, str]) -> None:
        self.settings = settings
        self.channel_names = channel_names  # each channel's plugin names it
        # The navigation's counts of a signed-in viewer (set by build_desk: desk/navigation.py).
        self.nav: Callable[[Viewer], dict[str, str]] | None = None
        self.zone = ZoneInfo(settings.service.timezone)
        self.templates = templates()  # its own filters and globals, below
        env = self.templates.env
        env.filters["wita"] = self.wita
        env.filters["tanggal"] = self.day
        env.globals.update(
            status_names=STATUS_NAMES,
            channel_names=channel_names,
            action_names=ACTION_NAMES,
            role_names=ROLE_NAMES,
            case_status=CASE_STATUS,
            section_name=settings.section_name,
            delivery_names=explain.DELIVERY,
            kind_names=explain.KINDS,
            delivery_error=explain.delivery_error,
            sender_label=explain.sender_label,
            event_line=lambda e: explain.event_line(settings, e),
            dead_letter_summary=explain.dead_letter_summary,
            dead_letter_status=explain.DEAD_LETTER_STATUS,
        )

    def wita(self, value: datetime | None) -> str:
        """A moment in the service's zone, as officers read it."""
        if value is None:
            return "-"
        local = self._local(value)
        return local.strftime("%d-%m-%Y %H:%M ") + ("WITA" if local.tzinfo is self.zone else "UTC")

    def day(self, value: datetime | None) -> str:
        """A date in the service's zone."""
        return self._local(value).strftime("%d-%m-%Y") if value else "-"

    def _local(self, value: datetime) -> datetime:
        # A moment at the edge of the calendar (9999-12-31 from a gateway) cannot move to
        # WITA; it is shown in UTC rather than breaking the page.
        try:
            return value.astimezone(self.zone)
        except (OverflowError, ValueError):
            return value

    def render(
        self,
        request: Request,
        name: str,
        context: dict[str, Any],
        viewer: Viewer | None = None,
        status_code: int = 200,
    ) -> HTMLResponse:
        """A page with the desk's security headers."""
        full = {"service": self.settings.service.name, "viewer": viewer, **context}
        if viewer is not None and self.nav is not None:
            full.setdefault("nav", self.nav(viewer))
        response = self.templates.TemplateResponse(request, name, full, status_code=status_code)
        response.headers.update(SECURITY_HEADERS)
        return response

    def not_found(self, request: Request, viewer: Viewer | None) -> HTMLResponse:
        """The desk's 404 page."""
        context = {
            "title": "Tidak ditemukan",
            "message": "Halaman atau aduan ini tidak ada, atau bukan bagian Anda. "
            "Periksa alamatnya, atau cari kodenya di kotak masuk.",
        }
        return self.render(request, "desk/error.html", context, viewer, 404)

    def refused(self, request: Request, viewer: Viewer | None, message: str) -> HTMLResponse:
        """A 403 page (a form without its token, say)."""
        context = {"title": "Ditolak", "message": message}
        return self.render(request, "desk/error.html", context, viewer, 403)
