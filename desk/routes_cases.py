"""The shared-case pages: /desk/kasus, /desk/kasus/{id} and their forms, and joining from a
complaint page (POST /desk/aduan/{id}/kasus)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from desk import case_actions, cases
from desk.access import Viewer
from desk.action_errors import ActionError
from desk.auth import SESSION_COOKIE, csrf_ok
from desk.context import Desk, redirect
from desk.detail import complaint_view
from desk.routes_auth import RESUME, RESUMED, relogin_page
from desk.routes_complaints import MAX_TEXT, Text, Token, act
from routing.places import places_in
from store.db import Session
from store.models import SharedCase

FLASH = {
    "gabung": "Aduan digabung ke kasus ini.",
    "keluarkan": "Aduan dikeluarkan dari kasus.",
    "tutup": "Kasus dan aduan-aduannya ditutup.",
}
Number = Annotated[str, Form(max_length=40)]


def case_routes(api: APIRouter, desk: Desk) -> None:
    """GET /desk/kasus, /desk/kasus/{id}; POST join, remove, answer, close."""
    _page_routes(api, desk)
    _action_routes(api, desk)


def _page_routes(api: APIRouter, desk: Desk) -> None:
    """The list of cases and a case's page (also where a re-login with a draft lands)."""
    RESUME["kasus"] = lambda request, viewer, case_id, draft: _page(
        desk, request, viewer, case_id, flash=RESUMED, kept=dict([draft])
    )

    @api.get("/kasus", response_class=HTMLResponse)
    def case_list(request: Request) -> HTMLResponse:
        viewer = desk.viewer(request)
        with desk.store.read() as session:
            found = cases.recent(session, viewer)
        context = {"found": found}
        return desk.views.render(request, "desk/cases.html", context, viewer)

    @api.get("/kasus/{case_id}", response_class=HTMLResponse)
    def case_page(request: Request, case_id: int, ok: str = "", n: int = 0) -> HTMLResponse:
        viewer = desk.viewer(request)
        flash = FLASH.get(ok)
        if ok == "balas":
            flash = f"Jawaban masuk antrean kirim untuk {n} aduan, masing-masing lewat kanalnya."
        return _page(desk, request, viewer, case_id, flash=flash)


def _action_routes(api: APIRouter, desk: Desk) -> None:
    """Join a complaint to a case; remove one from it; answer all its complaints; close it."""

    @api.post("/aduan/{complaint_id}/kasus")
    def join(
        request: Request, complaint_id: int, csrf: Token = "", title: Text = "",
        case: Number = "", other: Number = "",
    ) -> Response:  # fmt: skip
        def do(s: Session, v: Viewer, c: Any) -> str:
            with_id = _int(other) if other.strip() else None
            found = case_actions.join(s, v, c, with_id, case, title, desk.clock())
            return f"/desk/kasus/{found.id}?ok=gabung"

        return act(desk, request, complaint_id, csrf, ("kasus", title), do)

    @api.post("/kasus/{case_id}/keluarkan")
    def remove(
        request: Request, case_id: int, csrf: Token = "", complaint: Number = ""
    ) -> Response:
        def do(s: Session, v: Viewer, c: SharedCase) -> str:
            case_actions.leave(s, v, c, _int(complaint), desk.clock())
            return "keluarkan"

        return _case_act(desk, request, case_id, csrf, ("keluarkan", ""), do)

    @api.post("/kasus/{case_id}/balas")
    def answer(request: Request, case_id: int, csrf: Token = "", text: Text = "") -> Response:
        def do(s: Session, v: Viewer, c: SharedCase) -> str:
            sent, _ = case_actions.answer(s, v, c, text, desk.clock())
            return f"balas&n={sent}"

        return _case_act(desk, request, case_id, csrf, ("balas", text), do)

    @api.post("/kasus/{case_id}/tutup")
    def close(request: Request, case_id: int, csrf: Token = "", text: Text = "") -> Response:
        def do(s: Session, v: Viewer, c: SharedCase) -> str:
            case_actions.close(s, desk.settings, v, c, text, desk.clock())
            return "tutup"

        return _case_act(desk, request, case_id, csrf, ("tutup", text), do)


def _int(typed: str) -> int:
    """A complaint id from a form; anything else is an error the officer reads."""
    value = typed.strip()
    if not value.isdigit() or not 0 < int(value) <= cases.MAX_ID:
        raise ActionError("aduan yang dipilih tidak ditemukan")
    return int(value)


def _page(
    desk: Desk,
    request: Request,
    viewer: Viewer,
    case_id: int,
    flash: str | None = None,
    error: str | None = None,
    kept: dict[str, str] | None = None,
    status: int = 400,
) -> HTMLResponse:
    with desk.store.read() as session:
        case = cases.visible_case(session, viewer, case_id)
        if case is None or case.id is None:
            return desk.views.not_found(request, viewer)
        found = cases.members(session, viewer, case.id)
        summary = cases.summary(found, cases.member_count(session, case.id))
    rows = [(complaint_view(c), places_in(f"{c.subject or ''} {c.text}")) for c in found]
    context = {
        "case": case, "rows": rows, "s": summary,
        "reachable": sum(1 for c in found if c.reply_channel and c.reply_address
                         and not c.reply_address.startswith("erased:")),
        "flash": flash, "error": error, "kept": kept or {}, "max_text": MAX_TEXT,
    }  # fmt: skip
    code = status if error else 200
    return desk.views.render(request, "desk/case.html", context, viewer, code)


def _case_act(
    desk: Desk,
    request: Request,
    case_id: int,
    csrf: str,
    typed: tuple[str, str],
    do: Callable[[Session, Viewer, SharedCase], str],
) -> Response:
    """Check the session, token and scope, run in one transaction, then back to the case page."""
    viewer = desk.auth.viewer(request.cookies.get(SESSION_COOKIE))
    if viewer is None:  # the session ended while the officer typed: keep the text
        return relogin_page(desk, request, f"/desk/kasus/{case_id}", typed)
    form, text = typed
    kept = {form: text}
    if not csrf_ok(viewer, csrf):
        error = "Formulir sudah kedaluwarsa, jadi belum disimpan. Teks Anda masih ada: kirim lagi."
        return _page(desk, request, viewer, case_id, error=error, kept=kept, status=403)
    if len(text) > MAX_TEXT:
        error = (f"Teks terlalu panjang: {len(text)} huruf, paling banyak {MAX_TEXT}. "
                 "Teks Anda masih ada: ringkas lalu kirim lagi.")  # fmt: skip
        return _page(desk, request, viewer, case_id, error=error, kept=kept)
    try:
        with desk.store.write() as session:
            case = cases.visible_case(session, viewer, case_id)
            if case is None:
                return desk.views.not_found(request, viewer)
            ok = do(session, viewer, case)
    except ActionError as exc:
        return _page(desk, request, viewer, case_id, error=str(exc), kept=kept)
    return redirect(f"/desk/kasus/{case_id}?ok={ok}")
