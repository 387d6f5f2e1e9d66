"""Admin pages: officers, dead letters, channel health, the rules in force. 404 for non-admins."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import FormData

from channels.errors import PayloadError
from core.corrections import config_examples, read_corrections
from core.guard import read_form
from desk import officers
from desk.access import ROLES, Viewer
from desk.auth import csrf_ok, unlock
from desk.context import Desk, redirect
from routing.suggest import suggest
from store import dead_letters as letters
from store.health import all_health
from store.models import DeadLetter

Field = Annotated[str, Form(max_length=2000)]
RAW_SHOWN = 64 * 1024


def _admin(desk: Desk, request: Request) -> Viewer | None:
    viewer = desk.viewer(request)
    return viewer if viewer.is_admin else None


def admin_routes(api: APIRouter, desk: Desk) -> None:
    """The routes under /desk/admin."""
    _officer_routes(api, desk)
    _dead_letter_routes(api, desk)

    @api.get("/admin/kanal", response_class=HTMLResponse)
    def channels(request: Request) -> HTMLResponse:
        viewer = _admin(desk, request)
        if viewer is None:
            return desk.views.not_found(request, desk.viewer(request))
        with desk.store.read() as session:
            health = all_health(session)
        senders = sorted(desk.ctx.senders)
        context = {"health": health, "senders": senders}
        return desk.views.render(request, "desk/admin_channels.html", context, viewer)

    @api.get("/admin/aturan", response_class=HTMLResponse)
    def rules(request: Request) -> HTMLResponse:
        viewer = _admin(desk, request)
        if viewer is None:
            return desk.views.not_found(request, desk.viewer(request))
        live: Any = desk.ctx.intake.router
        router = getattr(live, "router", live)
        failures = router.failed_examples(desk.settings.sections)
        examples = sum(len(s.examples) for s in desk.settings.sections)
        examples += sum(len(r.examples) for r in router.config.rules)
        context = {
            "version": getattr(live, "version", None) or "(dimuat saat mulai)",
            "last_error": getattr(live, "last_error", None),
            "rules": router.config.rules,
            "origins": _origins(router.config),
            "failures": [f.message() for f in failures],
            "examples": examples,
            "suggestions": _suggestions(desk, router),
            "templates": desk.replies.catalogue(),  # checks the file first, like a page using it
            "templates_error": desk.replies.last_error,
        }
        return desk.views.render(request, "desk/admin_rules.html", context, viewer)


def _origins(config: Any) -> list[str]:
    """Per rule, the rule file and line it was written at ("" for rules in config.yaml)."""
    sources = config.sources
    if sources is None:
        return [""] * len(config.rules)
    return [sources.rule_origin(i) or "" for i in range(len(config.rules))]


def _suggestions(desk: Desk, router: Any) -> list[Any]:
    """Rule edits proposed from officers' reassignments (`aduan rules suggest`), never applied."""
    corrections = read_corrections(desk.store)
    tuning = {"examples": config_examples(desk.settings)}
    return suggest(
        router.config, desk.settings.sections, corrections, tuning, limit=3, max_trials=10
    )


def _officer_routes(api: APIRouter, desk: Desk) -> None:
    """The officers' page: the list, adding one, (de)activating one, lifting its lockouts."""

    @api.get("/admin/petugas", response_class=HTMLResponse)
    def officer_list(request: Request) -> HTMLResponse:
        viewer = _admin(desk, request)
        if viewer is None:
            return desk.views.not_found(request, desk.viewer(request))
        return _officers_page(desk, request, viewer)

    @api.post("/admin/petugas")
    async def officer_add(request: Request) -> Response:
        viewer = _admin(desk, request)
        if viewer is None:
            return desk.views.not_found(request, desk.viewer(request))
        form = await read_form(request, desk.settings.security)
        if not csrf_ok(viewer, str(form.get("csrf", ""))):
            return desk.views.refused(request, viewer, "Token formulir tidak sah.")
        return _add_officer(desk, request, viewer, form)

    @api.post("/admin/petugas/{username}/{state}")
    def officer_state(request: Request, username: str, state: str, csrf: Field = "") -> Response:
        viewer = _admin(desk, request)
        if viewer is None or state not in ("aktifkan", "nonaktifkan", "buka-kunci"):
            return desk.views.not_found(request, desk.viewer(request))
        if not csrf_ok(viewer, csrf):
            return desk.views.refused(request, viewer, "Token formulir tidak sah.")
        return _set_state(desk, request, viewer, username, state)


def _officers_page(
    desk: Desk, request: Request, viewer: Viewer, error: str | None = None, kept: Any = None
) -> HTMLResponse:
    """The officers' page; 400 with the error (and what was typed) after a refusal."""
    context = {
        "kept": kept or {},
        "officers": officers.list_officers(desk.store),
        "roles": ROLES,
        "sections": desk.settings.sections,
        "error": error,
        "flash": "Tersimpan." if request.query_params.get("ok") else None,
    }
    status = 400 if error else 200
    return desk.views.render(request, "desk/admin_officers.html", context, viewer, status)


def _add_officer(desk: Desk, request: Request, viewer: Viewer, form: FormData) -> Response:
    """Add the officer of a checked form, or the page again with the reason."""
    known = [s.id for s in desk.settings.sections]
    try:
        officers.add_officer(
            desk.store, str(form.get("username", "")), str(form.get("password", "")),
            str(form.get("role", "officer")), [str(s) for s in form.getlist("section")],
            known, str(form.get("email", "")).strip() or None,
            str(form.get("telegram", "")).strip() or None, desk.clock(),
        )  # fmt: skip
    except officers.OfficerError as exc:
        # What was typed comes back (not the password), so one mistake costs one field.
        kept: dict[str, Any] = {
            k: str(form.get(k, "")) for k in ("username", "role", "email", "telegram")
        }
        kept["section"] = [str(s) for s in form.getlist("section")]
        return _officers_page(desk, request, viewer, str(exc), kept)
    return redirect("/desk/admin/petugas?ok=1")


def _set_state(desk: Desk, request: Request, viewer: Viewer, username: str, state: str) -> Response:
    """Activate, deactivate or unlock an account (never one's own deactivation)."""
    if state == "buka-kunci":  # lift the account's login lockouts, from every address
        unlock(desk.store, username)
        return redirect("/desk/admin/petugas?ok=1")
    if username == viewer.username:
        return _officers_page(desk, request, viewer, "Anda tidak bisa menonaktifkan akun sendiri.")
    try:
        officers.set_active(desk.store, username, state == "aktifkan")
    except officers.OfficerError as exc:
        return _officers_page(desk, request, viewer, str(exc))
    return redirect("/desk/admin/petugas?ok=1")


def _dead_letter_routes(api: APIRouter, desk: Desk) -> None:
    """The dead letters: the list, one letter, reprocessing or discarding it."""

    @api.get("/admin/surat-mati", response_class=HTMLResponse)
    def dead_letters(request: Request, semua: str = "") -> HTMLResponse:
        viewer = _admin(desk, request)
        if viewer is None:
            return desk.views.not_found(request, desk.viewer(request))
        with desk.store.read() as session:
            rows = letters.newest(session, not semua, 200)
        context = {"rows": rows, "all": bool(semua)}
        return desk.views.render(request, "desk/admin_dead_letters.html", context, viewer)

    @api.get("/admin/surat-mati/{dead_id}", response_class=HTMLResponse)
    def dead_letter(request: Request, dead_id: int) -> HTMLResponse:
        viewer = _admin(desk, request)
        if viewer is None:
            return desk.views.not_found(request, desk.viewer(request))
        return _dead_letter_page(desk, request, viewer, dead_id)

    @api.post("/admin/surat-mati/{dead_id}/{action}")
    def resolve(
        request: Request, dead_id: int, action: str, csrf: Field = "", reason: Field = ""
    ) -> Response:
        viewer = _admin(desk, request)
        if viewer is None or action not in ("proses-ulang", "buang"):
            return desk.views.not_found(request, desk.viewer(request))
        if not csrf_ok(viewer, csrf):
            return desk.views.refused(request, viewer, "Token formulir tidak sah.")
        return _resolve(desk, request, viewer, dead_id, action, reason)


def _dead_letter_page(
    desk: Desk, request: Request, viewer: Viewer, dead_id: int, **extra: Any
) -> HTMLResponse:
    """One dead letter's page (400 with extra["error"] after a refused action)."""
    with desk.store.read() as session:
        row = letters.by_id(session, dead_id)
    if row is None:
        return desk.views.not_found(request, viewer)
    raw = row.raw[:RAW_SHOWN].decode("utf-8", errors="replace")
    context = {
        "row": row, "raw": raw, "truncated": len(row.raw) > RAW_SHOWN,
        "can_reprocess": desk.ctx.intake.supports(row.channel) and row.status == "new", **extra,
    }  # fmt: skip
    status = 400 if extra.get("error") else 200
    return desk.views.render(request, "desk/admin_dead_letter.html", context, viewer, status)


def _resolve(
    desk: Desk, request: Request, viewer: Viewer, dead_id: int, action: str, reason: str
) -> Response:
    """Reprocess or discard a new dead letter (a discard needs its reason), then the list."""
    with desk.store.read() as session:
        row = letters.by_id(session, dead_id)
    if row is None or row.status != "new":
        return desk.views.not_found(request, viewer)
    if action == "buang" and not reason.strip():
        return _dead_letter_page(
            desk, request, viewer, dead_id, error="Alasan membuang wajib diisi."
        )
    note = reason.strip()
    if action == "proses-ulang":
        note, error = _reprocess(desk, row)
        if error:
            return _dead_letter_page(desk, request, viewer, dead_id, error=error)
    with desk.store.write() as session:
        status = "reprocessed" if action == "proses-ulang" else "discarded"
        letters.resolve(session, dead_id, status, desk.clock(), viewer.username, note)
    return redirect("/desk/admin/surat-mati")


def _reprocess(desk: Desk, row: DeadLetter) -> tuple[str, str | None]:
    """(what came of it, None) or ("", why it failed)."""
    if not desk.ctx.intake.supports(row.channel):
        return "", "Kanal ini belum bisa diproses ulang dari desk."
    try:
        return "; ".join(desk.ctx.intake.reprocess(row)) or "tidak ada pesan", None
    except PayloadError as exc:
        return "", f"Masih gagal diurai: {exc}"
