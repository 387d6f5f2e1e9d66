"""The survey's web form: GET/POST /survei/{token}, a signed single-use link (see
accountability/survey.py).

The link itself is the credential: it is signed with the service key, expires after
`skm.link_days`, and the store keeps only the SHA-256 of its random part. The form carries a
CSRF token bound to a cookie (double submit), and an answer marks the link used in the same
UPDATE that records it, so two submissions race to one result.
"""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from itsdangerous import Signer
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from accountability import survey
from accountability.questions import ELEMENTS
from core.guard import read_form
from core.jobs import Runtime
from core.secrets import secret_key
from desk.templating import TEMPLATES

CSRF_COOKIE = "aduan_survei"
HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",  # the token is in the path: never hand it on
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
}


def survey_router(ctx: Runtime) -> APIRouter:
    """GET and POST /survei/{token}."""
    api = APIRouter(include_in_schema=False)
    signer = Signer(secret_key(ctx.settings), salt="aduan-survei-csrf")

    @api.get("/survei/{token}", response_class=HTMLResponse)
    async def survey_form(request: Request, token: str) -> Any:
        if await run_in_threadpool(_open_survey, ctx, token) is None:
            return _gone(ctx, request)
        return _form(ctx, signer, request, token)

    @api.post("/survei/{token}", response_class=HTMLResponse)
    async def survey_submit(request: Request, token: str) -> Any:
        data = await read_form(request, ctx.settings.security)
        csrf = str(data.get("csrf", ""))
        if not csrf or csrf != request.cookies.get(CSRF_COOKIE) or not signer.validate(csrf):
            # An old page or a lost cookie loses nothing: the answers come back with a new token.
            kept = {e.key: str(data.get(e.key, "")) for e in ELEMENTS}
            error = (
                "Formulir sudah kedaluwarsa, jadi jawaban belum tersimpan. Periksa lalu kirim lagi."
            )
            page = _form(ctx, signer, request, token, error, kept, str(data.get("saran", "")))
            page.status_code = 403
            return page
        return await _submit(ctx, signer, request, token, data)

    return api


def _render(
    ctx: Runtime, request: Request, page: str, context: dict[str, Any], status: int = 200
) -> HTMLResponse:
    full = {"service": ctx.settings.service.name, "elements": ELEMENTS, **context}
    response = TEMPLATES.TemplateResponse(request, page, full, status_code=status)
    response.headers.update(HEADERS)
    return response


def _gone(ctx: Runtime, request: Request) -> HTMLResponse:
    """A link that is unknown, expired or already used: one page for all three."""
    return _render(ctx, request, "survei_selesai.html", {"invalid": True}, 404)


def _form(
    ctx: Runtime,
    signer: Signer,
    request: Request,
    token: str,
    error: str | None = None,
    chosen: Any = None,
    saran: str = "",
) -> Any:
    """The form (400 with the error and the answers given), its CSRF token set as a cookie."""
    csrf = signer.sign(secrets.token_urlsafe(24)).decode()
    context = {"token": token, "csrf": csrf, "error": error, "chosen": chosen or {},
               "saran": saran}  # fmt: skip
    response = _render(ctx, request, "survei.html", context, 400 if error else 200)
    secure = ctx.settings.service.public_base_url.startswith("https://")
    response.set_cookie(CSRF_COOKIE, csrf, max_age=3600 * 4, httponly=True,
                        samesite="strict", secure=secure, path="/survei")  # fmt: skip
    return response


def _open_survey(ctx: Runtime, token: str) -> int | None:
    with ctx.store.read() as session:
        found = survey.find_link(session, ctx.settings, token, ctx.clock())
        return found.id if found else None


async def _submit(
    ctx: Runtime, signer: Signer, request: Request, token: str, data: FormData
) -> Any:
    """Record the answers (or the refusal) of a form whose token was checked, or ask again."""
    declined = data.get("tolak") == "1"
    answers: list[int] | None = None
    if not declined:
        chosen = {e.key: str(data.get(e.key, "")) for e in ELEMENTS}
        if any(v not in ("1", "2", "3", "4") for v in chosen.values()):
            error = "Mohon jawab kesembilan pertanyaan (pilih 1 sampai 4)."
            return _form(ctx, signer, request, token, error, chosen, str(data.get("saran", "")))
        answers = [int(chosen[e.key]) for e in ELEMENTS]
    comment = str(data.get("saran", ""))
    if not await run_in_threadpool(_record, ctx, token, answers, comment):
        return _gone(ctx, request)
    return _render(ctx, request, "survei_selesai.html", {"declined": declined})


def _record(ctx: Runtime, token: str, answers: list[int] | None, comment: str) -> bool:
    """Store what was given and mark the link used; False when it is unknown, expired or used."""
    with ctx.store.write() as session:
        found = survey.find_link(session, ctx.settings, token, ctx.clock())
        if found is None or found.id is None:
            return False
        return survey.submit_link(session, found.id, answers, comment, ctx.clock())
