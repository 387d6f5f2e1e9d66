"""Login and logout."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from desk.auth import LOGIN_COOKIE, SESSION_COOKIE, csrf_ok
from desk.web import Desk, redirect

HOME = "/desk/aduan"


def _safe_next(target: str | None) -> str:
    """Only a desk path of this site (no open redirect to elsewhere)."""
    if target and target.startswith("/desk/") and not target.startswith("//"):
        return target
    return HOME


def auth_routes(api: APIRouter, desk: Desk) -> None:
    """GET/POST /desk/masuk, POST /desk/keluar, GET /desk."""

    def login_page(
        request: Request, target: str, error: str | None = None, status_code: int = 200
    ) -> HTMLResponse:
        token = desk.auth.new_login_token()
        context = {"token": token, "next": target, "error": error}
        response = desk.views.render(request, "desk/login.html", context, None, status_code)
        response.set_cookie(
            LOGIN_COOKIE, token, max_age=3600, path="/desk", httponly=True, samesite="strict",
            secure=desk.secure(request),
        )  # fmt: skip
        return response

    @api.get("")
    def home() -> RedirectResponse:
        return redirect(HOME)

    @api.get("/masuk")
    def login_form(request: Request, next: str | None = None) -> Response:
        if desk.auth.viewer(request.cookies.get(SESSION_COOKIE)) is not None:
            return redirect(_safe_next(next))
        return login_page(request, _safe_next(next))

    @api.post("/masuk")
    def login(
        request: Request,
        username: Annotated[str, Form(max_length=200)] = "",
        password: Annotated[str, Form(max_length=1024)] = "",
        token: Annotated[str, Form(max_length=200)] = "",
        next: Annotated[str, Form(max_length=2000)] = HOME,
    ) -> Response:
        target = _safe_next(next)
        if not desk.auth.login_token_ok(token, request.cookies.get(LOGIN_COOKIE)):
            return login_page(request, target, "Formulir kedaluwarsa, silakan coba lagi.", 403)
        address = request.client.host if request.client else "-"
        if desk.auth.throttled(username.strip().lower(), address):
            message = "Terlalu banyak percobaan gagal. Tunggu beberapa menit lalu coba lagi."
            return login_page(request, target, message, 429)
        cookie = desk.auth.login(username, password, address)
        if cookie is None:
            return login_page(request, target, "Nama pengguna atau kata sandi salah.", 401)
        response = redirect(target)
        response.set_cookie(
            SESSION_COOKIE, cookie, max_age=int(desk.settings.desk.session_hours * 3600),
            path="/desk", httponly=True, samesite="lax", secure=desk.secure(request),
        )  # fmt: skip
        response.delete_cookie(LOGIN_COOKIE, path="/desk")
        return response

    @api.post("/keluar")
    def logout(request: Request, csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
        viewer = desk.viewer(request)
        if not csrf_ok(viewer, csrf):
            return desk.views.refused(request, viewer, "Token formulir tidak sah.")
        desk.auth.logout(viewer.session_id)
        response = redirect("/desk/masuk")
        response.delete_cookie(SESSION_COOKIE, path="/desk")
        return response
