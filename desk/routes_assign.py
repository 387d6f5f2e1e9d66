"""Assignment and saved views: POST /desk/aduan/{id}/tangani, /desk/tampilan, its deletion."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from desk import assign, saved_views
from desk.access import Viewer
from desk.action_errors import ActionError
from desk.auth import csrf_ok
from desk.context import Desk, redirect
from desk.routes_complaints import act, filter_of, render_inbox
from store import officers
from store.db import Session
from store.models import Complaint

Token = Annotated[str, Form(max_length=200)]
# A name over MAX_NAME comes back in its box with the reason; this bound stops only a body no
# form produces.
Field = Annotated[str, Form(max_length=4000)]
EXPIRED = "Formulir sudah kedaluwarsa, jadi belum disimpan. Kirim lagi."


def assign_routes(api: APIRouter, desk: Desk) -> None:
    """Take, hand over or release a complaint; save and delete inbox views."""

    @api.post("/aduan/{complaint_id}/tangani")
    def handle(
        request: Request, complaint_id: int, petugas: Token = "", csrf: Token = ""
    ) -> Response:
        def do(s: Session, v: Viewer, c: Complaint) -> None:
            officer = None
            if petugas:
                ok = petugas.isdigit() and len(petugas) <= 12
                found = officers.by_id(s, int(petugas)) if ok else None
                if found is None:
                    raise ActionError(f"petugas {petugas[:20]!r} tidak dikenal")
                officer = found
            assign.assign(s, desk.settings, c, officer, by=v, now=desk.clock())

        return act(desk, request, complaint_id, csrf, ("tangani", petugas), do)

    _view_routes(api, desk)


def _view_routes(api: APIRouter, desk: Desk) -> None:
    """Save the inbox's filter as a named view; delete one."""

    @api.post("/tampilan")
    def save_view(
        request: Request, nama: Field = "", saringan: Field = "", csrf: Token = ""
    ) -> Response:
        viewer = desk.viewer(request)
        f = filter_of(desk, dict(parse_qsl(saringan[:2000])))
        if not csrf_ok(viewer, csrf):
            return render_inbox(desk, request, viewer, f, error=EXPIRED, kept=nama, status=403)
        try:
            with desk.store.write() as session:
                saved_views.save(session, viewer.officer_id, nama, saringan)
        except saved_views.ViewError as exc:
            return render_inbox(desk, request, viewer, f, error=str(exc), kept=nama, status=400)
        query = saved_views.clean_query(saringan)
        return redirect(f"/desk/aduan?{query}{'&' if query else ''}ok=tampilan")

    @api.post("/tampilan/{view_id}/hapus")
    def delete_view(request: Request, view_id: int, csrf: Token = "") -> Response:
        viewer = desk.viewer(request)
        if not csrf_ok(viewer, csrf):
            return desk.views.refused(request, viewer, EXPIRED)
        with desk.store.write() as session:
            removed = saved_views.remove(session, viewer.officer_id, view_id)
        if not removed:
            return desk.views.not_found(request, viewer)
        return redirect("/desk/aduan?ok=tampilan-hapus")
