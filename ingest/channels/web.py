"""The web form (GET/POST /lapor) and the JSON API (POST /api/v1/complaints)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates
from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.concurrency import run_in_threadpool

from channels.base import IncomingMessage, Sender
from channels.errors import PayloadError
from channels.web import Submission, parse_submission
from core.results import AcceptResult
from core.secrets import secret_key
from ingest import idempotency
from ingest.channels.web_form import contact_of, form_problems
from ingest.http import accept_webhook, form_fields, read_body, safe_headers
from ingest.wiring import Capabilities, Clock, Context, Job
from settings.root import Settings
from store.db import Store
from store.limits import SharedLimiter
from store.models import DeadLetter

CSRF_COOKIE = "aduan_csrf"
CSRF_MAX_AGE = 4 * 3600
MAX_BODY = 256 * 1024
# The body the API reads by hand (so that a bad one becomes a dead letter), described for
# /openapi.json and the fuzzing in tests/ingest/test_fuzz_http.py.
API_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": Submission.model_json_schema()}},
    },
    "parameters": [
        {"name": "Idempotency-Key", "in": "header", "required": False,
         "schema": {"type": "string", "maxLength": 200}},
    ],
}  # fmt: skip
EXPIRED = (
    "Formulir ini sudah kedaluwarsa (lebih dari 4 jam) atau cookie peramban hilang, jadi aduan "
    "belum terkirim. Isian Anda masih ada di bawah: periksa lalu tekan Kirim aduan sekali lagi."
)
TOO_MANY = (
    "Terlalu banyak aduan dari alamat ini dalam satu jam, jadi aduan belum terkirim. Isian Anda "
    "masih ada di bawah: coba kirim lagi nanti."
)
UNREADABLE = "Aduan belum dapat dibaca. Periksa isian Anda lalu kirim lagi."


class WebPlugin:
    """Wires the web form and API into the service."""

    name = "web"
    label = "Formulir web"
    capabilities = Capabilities()

    def disabled_reason(self, settings: Settings) -> str | None:
        """The web channel needs nothing but to be enabled."""
        return None if settings.channels.web.enabled else "disabled in config"

    def sender(self, settings: Settings, store: Store, clock: Clock) -> Sender | None:
        """Answers to web complaints go to the contact's channel, not the web."""
        return None

    def jobs(self, ctx: Context) -> list[Job]:
        """The web channel is push only."""
        return []

    def router(self, ctx: Context) -> APIRouter | None:
        """The form and the API."""
        return _router(ctx)

    def reparse(self, ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
        """A submission kept as a dead letter (its JSON body), parsed again."""
        try:
            data = json.loads(row.raw)
        except ValueError as exc:
            raise PayloadError(f"body is not JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise PayloadError("body must be a JSON object")
        web = ctx.settings.channels.web
        return parse_submission(data, f"dead:{row.id}", ctx.clock(), web.max_text_chars)


def _router(ctx: Context) -> APIRouter:
    """GET/POST /lapor and POST /api/v1/complaints, under one limit per address."""
    web = ctx.settings.channels.web
    api = APIRouter(tags=["web"])
    limiter = SharedLimiter(ctx.store, web.submissions_per_hour, timedelta(hours=1), "web")
    signer = URLSafeTimedSerializer(secret_key(ctx.settings), salt="aduan-lapor")
    pages = ctx.pages
    if pages is None:  # service/app.py gives the public pages' templates
        raise RuntimeError("the web form needs the public pages' templates")
    site = _Site(ctx, pages, signer, limiter)

    @api.get("/lapor", response_class=HTMLResponse)
    async def lapor_form(request: Request) -> Any:
        return site.form_page(request, {}, {}, 200)

    @api.post("/lapor", response_class=HTMLResponse)
    async def lapor_submit(request: Request) -> Any:
        return await _submit_form(site, request)

    @api.post("/api/v1/complaints", status_code=201, openapi_extra=API_BODY)
    async def create_complaint(request: Request) -> Any:
        return await _create_complaint(site, request)

    return api


@dataclass(frozen=True)
class _Site:
    """What the form and the API share: the context, the form's templates and token signer,
    and the limit of submissions per address."""

    ctx: Context
    pages: Jinja2Templates
    signer: URLSafeTimedSerializer
    limiter: SharedLimiter

    def form_page(
        self, request: Request, form: dict[str, Any], problems: dict[str, str], status: int
    ) -> Any:
        """The form with what was typed and why it was not sent, and a fresh CSRF token."""
        token = self.signer.dumps(uuid.uuid4().hex)
        context = {
            "service": self.ctx.settings.service.name,
            "csrf_token": token,
            "form": form,
            "problems": problems,
            "max_chars": self.ctx.settings.channels.web.max_text_chars,
        }
        response = self.pages.TemplateResponse(request, "lapor.html", context, status_code=status)
        secure = self.ctx.settings.service.public_base_url.startswith("https://")
        response.set_cookie(
            CSRF_COOKIE,
            token,
            max_age=CSRF_MAX_AGE,
            httponly=True,
            samesite="strict",
            secure=secure,
        )
        return response

    async def allowed(self, request: Request) -> bool:
        """Whether this address may send one more (it counts as one)."""
        return await run_in_threadpool(self.limiter.allow, _client(request), self.ctx.clock())


async def _submit_form(site: _Site, request: Request) -> Any:
    """POST /lapor: the acknowledgement page, or the form again with what was typed."""
    ctx, web = site.ctx, site.ctx.settings.channels.web
    body = await read_body(request, MAX_BODY)
    form = form_fields(body, 20)
    submission_id = _form_token(site.signer, form.get("csrf_token", ""), request)
    if submission_id is None:
        # An expired or lost token loses nothing: the form comes back with what was typed.
        return site.form_page(request, form, {"form": EXPIRED}, 403)
    if not await site.allowed(request):
        page = site.form_page(request, form, {"form": TOO_MANY}, 429)
        page.headers["Retry-After"] = "3600"
        return page
    problems = form_problems(form, web.max_text_chars, ctx.settings.channels.sms.default_region)
    if problems:
        return site.form_page(request, form, problems, 400)
    data = {**form, "contact": contact_of(form), "anonymous": "anonymous" in form,
            "confidential": "confidential" in form}  # fmt: skip
    try:
        parse_submission(data, submission_id, ctx.clock(), web.max_text_chars)
    except PayloadError:
        return site.form_page(request, form, {"form": UNREADABLE}, 400)
    results = await _accept(ctx, body, data, f"form:{submission_id}", request)
    found = results[0]
    context = {
        "service": ctx.settings.service.name,
        "code": found.tracking_code,
        "section": ctx.settings.section_name(found.section or ""),
        "sms": "sms" in ctx.senders,
        "contact": bool(contact_of(form)),
    }
    return site.pages.TemplateResponse(request, "lapor_ok.html", context)


async def _create_complaint(site: _Site, request: Request) -> Any:
    """POST /api/v1/complaints: 201 with the tracking code; 200 for a repeat of the same key."""
    ctx = site.ctx
    body = await read_body(request, MAX_BODY)
    if not await site.allowed(request):
        raise HTTPException(429, "too many submissions from this address")
    data = await _json_object(ctx, body, request)
    key = request.headers.get("Idempotency-Key") or str(data.get("id") or uuid.uuid4().hex)
    scoped = idempotency.scope(_client(request), key)
    results = await _accept(ctx, body, data, f"api:{scoped}", request, idempotency.of(body))
    found = results[0]
    if found.outcome == "duplicate":
        await run_in_threadpool(idempotency.check_same, ctx.store, found, body)
    status = 200 if found.outcome == "duplicate" else 201
    return JSONResponse(_public(ctx, found), status_code=status)


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def _json_object(ctx: Context, body: bytes, request: Request) -> dict[str, Any]:
    """The body as a JSON object; otherwise one dead letter with the reason, and 400."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        reason = "nested too deep" if isinstance(exc, RecursionError) else f"not JSON: {exc}"
    else:
        if isinstance(data, dict):
            return data
        reason = "not a JSON object"
    headers = safe_headers(request)
    await run_in_threadpool(ctx.pipeline.dead_letter, "web", body, f"body {reason}", headers)
    raise HTTPException(400, f"body {reason}")


async def _accept(
    ctx: Context,
    body: bytes,
    data: dict[str, Any],
    submission_id: str,
    request: Request,
    request_hash: str | None = None,
) -> list[AcceptResult]:
    limit = ctx.settings.channels.web.max_text_chars

    def parse() -> list[IncomingMessage]:
        found = parse_submission(data, submission_id, ctx.clock(), limit)
        if request_hash is None:
            return found
        return [replace(m, meta={**m.meta, idempotency.META_KEY: request_hash}) for m in found]

    return await accept_webhook(ctx.pipeline, "web", body, request, lambda: None, parse)


def _public(ctx: Context, result: AcceptResult) -> dict[str, Any]:
    code = result.tracking_code
    return {
        "tracking_code": code,
        "outcome": result.outcome,
        "section": result.section,
        "track_url": f"{ctx.settings.service.public_base_url}/lacak/{code}",
    }


def _form_token(signer: URLSafeTimedSerializer, token: str, request: Request) -> str | None:
    """The submission id the form's token carries, or None when it is missing, wrong or old."""
    if not token or token != request.cookies.get(CSRF_COOKIE):
        return None
    try:
        return str(signer.loads(token, max_age=CSRF_MAX_AGE))
    except BadSignature:
        return None


PLUGIN = WebPlugin()
