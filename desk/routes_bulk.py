"""GET /desk/aduan/massal (choose, then confirm) and POST /desk/aduan/massal (run, report).

The inbox's checkboxes (or "all of this filter") and the action come in a GET: the page lists
what will be acted on, refuses what the officer may not see, asks for the action's choices, then
states the sentence and the count. Only its POST (CSRF, a one-time run id) changes anything.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from core.guard import read_form
from desk import bulk, inbox
from desk.access import Viewer
from desk.auth import csrf_ok
from desk.context import Desk
from store import complaints, notices
from store.db import Session
from store.search import normaliser

MAX_ID_DIGITS = 18
BAD_IDS = "Pilihan aduan tidak sah. Kembali ke kotak masuk dan pilih lagi."
EXPIRED = "Formulir sudah kedaluwarsa, jadi belum dijalankan. Isian Anda masih ada: jalankan lagi."


class SelectionError(ValueError):
    """The selection cannot be used; the message tells the officer why."""


@dataclass
class Selection:
    """The complaints a bulk action would take: visible ones, refused ids, and whether the
    filter had more than the cap."""

    found: list[tuple[int, str, str]] = field(default_factory=list)  # (id, code, section)
    refused: list[int] = field(default_factory=list)
    capped: bool = False
    query: list[tuple[str, str]] = field(default_factory=list)  # how to ask for it again


def bulk_routes(api: APIRouter, desk: Desk) -> None:
    """The bulk routes; registered before /aduan/{complaint_id}."""

    @api.get("/aduan/massal", response_class=HTMLResponse)
    def choose(request: Request) -> HTMLResponse:
        viewer = desk.viewer(request)
        return _confirmation(desk, request, viewer, request.query_params)

    @api.post("/aduan/massal", response_class=HTMLResponse)
    async def execute(request: Request) -> HTMLResponse:
        form = await read_form(request, desk.settings.security)
        fields = {k: str(v) for k, v in form.items()}
        return await run_in_threadpool(_execute, desk, request, fields)


def _ids(values: list[str], cap: int) -> list[int]:
    """Complaint ids as typed in a URL or a form, each once, at most `cap` of them."""
    out: dict[int, None] = {}
    parts = (p.strip() for value in values for p in value.split(","))
    for part in parts:
        if not part:
            continue
        if not part.isascii() or not part.isdigit() or len(part) > MAX_ID_DIGITS:
            raise SelectionError(BAD_IDS)
        out[int(part)] = None
        if len(out) > cap:
            raise SelectionError(
                f"Terlalu banyak aduan dipilih (lebih dari {cap}); paling banyak {cap} "
                "sekaligus. Pilih lebih sedikit, atau jalankan beberapa kali."
            )
    return list(out)


def _select(desk: Desk, session: Session, viewer: Viewer, params: Mapping[str, Any]) -> Selection:
    """The selection of a GET: ticked ids, or every complaint of the filter (up to the cap)."""
    cap = desk.settings.desk.bulk_max
    sel = Selection()
    if params.get("semua") == "1":
        routing = desk.settings.routing
        norm = normaliser(routing.slang, routing.stem_overrides)
        f = inbox.InboxFilter.parse(params, norm, desk.settings.service.tracking_prefix)
        f = replace(f, after="")
        rows, after = inbox.page(session, viewer, f, desk.clock(), cap)
        sel.found = [(r.id, r.tracking_code, r.section) for r in rows]
        sel.capped = after is not None
        sel.query = [("semua", "1"), *f.query().items()]
        return sel
    ids = _ids(list(params.getlist("id")), cap) if hasattr(params, "getlist") else []
    found = _visible(session, viewer, ids)
    sel.found = [found[i] for i in ids if i in found]
    sel.refused = [i for i in ids if i not in found]
    sel.query = [("id", str(i)) for i in ids]
    return sel


def _visible(session: Session, viewer: Viewer, ids: list[int]) -> dict[int, tuple[int, str, str]]:
    if not ids:
        return {}
    return complaints.codes_and_sections(session, viewer.scope(), ids)


def _confirmation(
    desk: Desk,
    request: Request,
    viewer: Viewer,
    params: Mapping[str, Any],
    error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    """The choose-and-confirm page (again with `error` and the typed texts after a refusal)."""
    act = bulk.action(str(params.get("aksi", "")))
    context: dict[str, Any] = {"act": act, "actions": bulk.ACTIONS, "error": error, "p": params}
    if act is None:
        context["error"] = error or "Pilih tindakan massal di kotak masuk."
        return desk.views.render(request, "desk/bulk.html", context, viewer, 400)
    with desk.store.read() as session:
        try:
            sel = _select(desk, session, viewer, params)
        except SelectionError as exc:
            context["error"] = str(exc)
            return desk.views.render(request, "desk/bulk.html", context, viewer, 400)
        scope = bulk.Scope(session, desk.settings, viewer, sorted({s for _, _, s in sel.found}),
                           desk.replies.catalogue())  # fmt: skip
        options = {p.name: p.options(scope) for p in act.params if p.options is not None}
    chosen = all(params.get(n, "") in dict(o) for n, o in options.items())
    context.update(sel=sel, options=options, chosen=chosen, run=secrets.token_urlsafe(16))
    if chosen:
        context["sentence"] = bulk.describe(act, params, options)
        context["preview"] = _preview(desk, act, params, sel)
    if not sel.found:
        context["error"] = error or "Tidak ada aduan yang dapat diproses dalam pilihan ini."
        status = max(status, 400)
    return desk.views.render(request, "desk/bulk.html", context, viewer, status)


def _preview(desk: Desk, act: bulk.BulkAction, params: Mapping[str, Any], sel: Selection) -> str:
    """The template as it reads before it is filled for each complaint (reply actions)."""
    if act is not bulk.REPLY or not sel.found:
        return ""
    found = desk.replies.catalogue().find(sel.found[0][2], str(params.get("templat", "")))
    return found.text if found else ""


def _execute(desk: Desk, request: Request, fields: dict[str, str]) -> HTMLResponse:
    viewer = desk.viewer(request)
    kept = {**fields, "csrf": ""}
    ids_text = fields.get("ids", "")
    query: list[tuple[str, str]] = [("aksi", fields.get("aksi", ""))]
    try:
        ids = _ids([ids_text], desk.settings.desk.bulk_max)
    except SelectionError as exc:
        return _confirmation(desk, request, viewer, _Params(kept, []), str(exc), 400)
    params = _Params(kept, [*query, *(("id", str(i)) for i in ids)])
    if not csrf_ok(viewer, fields.get("csrf")):
        return _confirmation(desk, request, viewer, params, EXPIRED, 403)
    act = bulk.action(fields.get("aksi", ""))
    if act is None:
        return _confirmation(desk, request, viewer, params, None, 400)
    problem = (
        _missing(act, fields) or act.check(fields) or _unknown_choice(desk, viewer, act, fields)
    )
    run_id = fields.get("run", "")
    if problem or not 16 <= len(run_id) <= 64:
        return _confirmation(
            desk, request, viewer, params, problem or "Formulir tidak lengkap.", 400
        )
    with desk.store.write() as session:
        first = notices.first(session, "bulk", run_id, desk.clock())
    if not first:
        error = "Tindakan massal ini sudah dijalankan (formulir dikirim dua kali); tidak diulang."
        return desk.views.refused(request, viewer, error)
    catalogue = desk.replies.catalogue()

    def run(session: Session) -> bulk.Run:
        return bulk.Run(session, desk.settings, viewer, fields, catalogue, desk.clock())

    outcome = bulk.run_all(desk.store, act, run, ids, run_id)
    context = {"act": act, "outcome": outcome, "sentence": fields.get("sentence", "")}
    return desk.views.render(request, "desk/bulk_done.html", context, viewer)


def _unknown_choice(
    desk: Desk, viewer: Viewer, act: bulk.BulkAction, fields: Mapping[str, str]
) -> str | None:
    """A choice that is not among the options (a forged form, a template removed meanwhile)."""
    with desk.store.read() as session:
        scope = bulk.Scope(session, desk.settings, viewer, [], desk.replies.catalogue())
        for p in act.params:
            if p.options is not None and fields.get(p.name, "") not in dict(p.options(scope)):
                return f"{p.label}: pilihan itu tidak ada (lagi). Pilih lagi."
    return None


def _missing(act: bulk.BulkAction, fields: Mapping[str, str]) -> str | None:
    for p in act.params:
        if p.required and not fields.get(p.name, "").strip():
            return f"{p.label} wajib diisi."
    return None


class _Params(dict[str, str]):
    """Form fields read like query parameters (getlist for the ids)."""

    def __init__(self, fields: Mapping[str, str], pairs: list[tuple[str, str]]) -> None:
        super().__init__(fields)
        self.pairs = pairs
        for k, v in pairs:
            self.setdefault(k, v)

    def getlist(self, key: str) -> list[str]:
        """Every value of `key`."""
        return [v for k, v in self.pairs if k == key]
