"""Login and logout, and a login that keeps a typed text when the session ran out."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from desk.access import Viewer
from desk.auth import LOGIN_COOKIE, SESSION_COOKIE, csrf_ok
from desk.context import Desk, redirect

HOME = "/desk/aduan"
# The complaint forms whose text a re-login keeps (the complaint page's boxes).
DRAFT_FORMS = frozenset({"balas", "catatan", "status", "alihkan", "duplikat", "kasus", "tutup"})
PAGE = re.compile(r"/desk/(aduan|kasus)/(\d{1,18})")
EXPIRED = (
    "Sesi Anda sudah berakhir, jadi teks Anda belum dikirim. Masuk lagi: teks yang Anda ketik "
    "masih disimpan di halaman ini dan muncul lagi di kotaknya."
)
THROTTLED = "Terlalu banyak percobaan gagal. Tunggu beberapa menit lalu coba lagi."
RESUMED = "Anda sudah masuk lagi. Teks Anda belum dikirim: periksa, lalu kirim."
# Render a page with a draft kept after a re-login, by kind of page ("aduan", "kasus"; filled by
# their routes when the desk's routes are built): (request, viewer, id, (form, text)) -> the
# page with the text in its box.
RESUME: dict[str, Callable[[Request, Viewer, int, tuple[str, str]], Response]] = {}


def _safe_next(target: str | None) -> str:
    """Only a desk path of this site (no open redirect to elsewhere)."""
    if target and target.startswith("/desk/") and not target.startswith("//"):
        return target
    return HOME


def login_page(
    desk: Desk,
    request: Request,
    target: str,
    error: str | None = None,
    status_code: int = 200,
    username: str = "",
    draft: tuple[str, str] | None = None,
) -> HTMLResponse:
    """The login form; it keeps the username and a draft (form, text) through a failed try."""
    token = desk.auth.new_login_token()
    form, text = draft or ("", "")
    context = {"token": token, "next": target, "error": error, "username": username,
               "draft_form": form, "draft_text": text}  # fmt: skip
    response = desk.views.render(request, "desk/login.html", context, None, status_code)
    response.set_cookie(
        LOGIN_COOKIE, token, max_age=3600, path="/desk", httponly=True, samesite="strict",
        secure=desk.secure(request),
    )  # fmt: skip
    return response


def relogin_page(desk: Desk, request: Request, target: str, typed: tuple[str, str]) -> Response:
    """A form posted after the session ended: log in again without losing the text.

    `target` is the page the form is on (/desk/aduan/ID or /desk/kasus/ID).
    """
    return login_page(desk, request, target, EXPIRED, 401, draft=typed)


def auth_routes(api: APIRouter, desk: Desk) -> None:
    """GET/POST /desk/masuk, POST /desk/keluar, GET /desk."""

    @api.get("")
    def home() -> RedirectResponse:
        return redirect(HOME)

    @api.get("/masuk")
    def login_form(request: Request, next: str | None = None) -> Response:
        if desk.auth.viewer(request.cookies.get(SESSION_COOKIE)) is not None:
            return redirect(_safe_next(next))
        return login_page(desk, request, _safe_next(next))

    @api.post("/masuk")
    def login(
        request: Request,
        username: Annotated[str, Form(max_length=200)] = "",
        password: Annotated[str, Form(max_length=1024)] = "",
        token: Annotated[str, Form(max_length=200)] = "",
        next: Annotated[str, Form(max_length=2000)] = HOME,
        draft_form: Annotated[str, Form(max_length=20)] = "",
        draft_text: Annotated[str, Form(max_length=200_000)] = "",
    ) -> Response:
        draft = (draft_form, draft_text) if draft_form in DRAFT_FORMS and draft_text else None
        return _log_in(desk, request, username, password, token, _safe_next(next), draft)

    @api.post("/keluar")
    def logout(request: Request, csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
        viewer = desk.viewer(request)
        if not csrf_ok(viewer, csrf):
            return desk.views.refused(request, viewer, "Token formulir tidak sah.")
        desk.auth.logout(viewer.session_id)
        response = redirect("/desk/masuk")
        response.delete_cookie(SESSION_COOKIE, path="/desk")
        return response


def _log_in(
    desk: Desk,
    request: Request,
    username: str,
    password: str,
    token: str,
    target: str,
    draft: tuple[str, str] | None,
) -> Response:
    """Check the form's token, the throttle and the password; then the session cookie, and
    the page to go on to (with the draft back in its box after a re-login)."""

    def again(error: str, status_code: int) -> HTMLResponse:
        return login_page(desk, request, target, error, status_code, username, draft)

    if not desk.auth.login_token_ok(token, request.cookies.get(LOGIN_COOKIE)):
        return again("Formulir kedaluwarsa, silakan coba lagi.", 403)
    address = request.client.host if request.client else "-"
    if desk.auth.throttled(username.strip().lower(), address):
        return again(THROTTLED, 429)
    cookie = desk.auth.login(username, password, address)
    if cookie is None:
        return again("Nama pengguna atau kata sandi salah.", 401)
    response = _resumed(desk, request, cookie, target, draft) or redirect(target)
    response.set_cookie(
        SESSION_COOKIE, cookie, max_age=int(desk.settings.desk.session_hours * 3600),
        path="/desk", httponly=True, samesite="lax", secure=desk.secure(request),
    )  # fmt: skip
    response.delete_cookie(LOGIN_COOKIE, path="/desk")
    return response


def _resumed(
    desk: Desk, request: Request, cookie: str, target: str, draft: tuple[str, str] | None
) -> Response | None:
    """After a re-login with a draft: the complaint page with the text back in its box."""
    match = PAGE.fullmatch(target)
    viewer = desk.auth.viewer(cookie)
    resume = RESUME.get(match.group(1)) if match else None
    if draft is None or match is None or resume is None or viewer is None:
        return None
    return resume(request, viewer, int(match.group(2)), draft)
