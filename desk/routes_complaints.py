"""The complaint pages: inbox, export, complaint, its actions, attachments, deadlines."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.datastructures import UploadFile as StarletteUpload

from desk import (
    actions,
    assign,
    bulk,
    cases,
    detail,
    explain,
    inbox,
    replies,
    reply_files,
    saved_views,
    unread,
)
from desk.access import Viewer
from desk.action_errors import ActionError
from desk.auth import SESSION_COOKIE, csrf_ok
from desk.context import Desk, redirect
from desk.deadlines import overview, stages
from desk.errors import wants_json
from desk.export import csv_response
from desk.files import attachment_response, reply_file_response
from desk.reply_files import FileRefused
from desk.routes_auth import RESUME, RESUMED, relogin_page
from desk.routes_bulk import bulk_routes
from desk.routes_skm import skm_routes
from desk.second_opinion import opinion_for
from settings.root import Settings
from store import audit, officers
from store.db import Session
from store.search import normaliser

MAX_TEXT = 8000
# A text over MAX_TEXT is answered with the page and the text kept (see act); this bound only
# stops a body no textarea produces.
Text = Annotated[str, Form(max_length=200_000)]
Token = Annotated[str, Form(max_length=200)]
# A file input left empty sends a part with filename="", which Starlette gives as a string.
Files = Annotated[list[UploadFile | str] | None, File()]
# Where the officer lands after each action: next to what it changed.
ANCHORS = {
    "balas": "percakapan",
    "catatan": "riwayat",
    "status": "ringkasan",
    "duplikat": "ringkasan",
    "alihkan": "ringkasan",
    "tangani": "penanganan",
}
FLASH = {
    "balas": "Balasan masuk antrean kirim.",
    "catatan": "Catatan disimpan.",
    "status": "Status diperbarui.",
    "duplikat": "Aduan ditandai sebagai duplikat.",
    "alihkan": "Aduan dialihkan.",
    "tangani": "Penanganan aduan diperbarui.",
    "tampilan": "Tampilan disimpan.",
    "tampilan-hapus": "Tampilan dihapus.",
}


def reply_caps(settings: Settings) -> tuple[int, int]:
    """The reply form's caps, which its route is built with: the largest body and the most
    files. Room for the most files at the largest size any channel takes (the reply's own
    channel is checked per file, with the text kept); only a body no such form makes gets the
    413."""
    most = reply_files.max_files(settings)
    return most * settings.media.max_bytes + settings.security.max_body_bytes, most


def complaint_routes(api: APIRouter, desk: Desk, caps: tuple[int, int]) -> None:
    """The routes under /desk/aduan, /desk/lampiran, /desk/berkas-balasan and /desk/tenggat;
    `caps` from reply_caps."""
    bulk_routes(api, desk)  # /desk/aduan/massal, before /desk/aduan/{complaint_id}
    _action_routes(api, desk, caps)
    RESUME["aduan"] = lambda request, viewer, complaint_id, draft: _page(
        desk, request, viewer, complaint_id, flash=RESUMED, kept=dict([draft])
    )
    skm_routes(api, desk)  # /desk/skm: the sections' satisfaction index and comments
    _page_routes(api, desk)
    _file_routes(api, desk)

    @api.get("/tenggat", response_class=HTMLResponse)
    def deadlines(request: Request) -> HTMLResponse:
        viewer = desk.viewer(request)
        if not viewer.all_sections:
            return desk.views.not_found(request, viewer)
        with desk.store.read() as session:
            table = overview(desk.settings, session, desk.clock())
        return desk.views.render(request, "desk/deadlines.html", {"table": table}, viewer)


def _page_routes(api: APIRouter, desk: Desk) -> None:
    """The inbox, its CSV export, a complaint's page and its audit trail."""

    @api.get("/aduan", response_class=HTMLResponse)
    def inbox_page(request: Request) -> HTMLResponse:
        viewer = desk.viewer(request)
        flash = FLASH.get(request.query_params.get("ok", ""))
        return render_inbox(desk, request, viewer, _filter(desk, request), flash=flash)

    @api.get("/aduan/ekspor.csv")
    def export(request: Request) -> Response:
        viewer = desk.viewer(request)
        f = _filter(desk, request)
        return csv_response(desk, viewer, f)

    @api.get("/aduan/{complaint_id}", response_class=HTMLResponse)
    def complaint_page(request: Request, complaint_id: int, ok: str = "") -> HTMLResponse:
        viewer = desk.viewer(request)
        return _page(desk, request, viewer, complaint_id, flash=FLASH.get(ok))

    @api.get("/aduan/{complaint_id}/audit")
    def audit(request: Request, complaint_id: int) -> Response:
        return _audit_trail(desk, request, complaint_id)


def _audit_trail(desk: Desk, request: Request, complaint_id: int) -> Response:
    """A complaint's events: a page, or JSON to a client that asks for it."""
    viewer = desk.viewer(request)
    with desk.store.read() as session:
        complaint = detail.visible_complaint(session, viewer, complaint_id)
        if complaint is None:
            return desk.views.not_found(request, viewer)
        found = detail.events(session, complaint)
    if not wants_json(request):
        context = {"c": detail.complaint_view(complaint), "events": found}
        return desk.views.render(request, "desk/audit.html", context, viewer)
    body = [
        {"at": e.created_at.isoformat(), "actor": e.actor, "action": e.action,
         "detail": e.detail}
        for e in found
    ]  # fmt: skip
    return JSONResponse(body, headers={"Cache-Control": "no-store"})


def _file_routes(api: APIRouter, desk: Desk) -> None:
    """A complaint's attachments and the files of officers' replies, whole or as a preview."""

    @api.get("/lampiran/{attachment_id}")
    def attachment(request: Request, attachment_id: int) -> Response:
        return attachment_response(desk, request, attachment_id, preview=False)

    @api.get("/lampiran/{attachment_id}/pratinjau")
    def preview(request: Request, attachment_id: int) -> Response:
        return attachment_response(desk, request, attachment_id, preview=True)

    @api.get("/berkas-balasan/{file_id}")
    def reply_file(request: Request, file_id: int) -> Response:
        return reply_file_response(desk, request, file_id, preview=False)

    @api.get("/berkas-balasan/{file_id}/pratinjau")
    def reply_file_preview(request: Request, file_id: int) -> Response:
        return reply_file_response(desk, request, file_id, preview=True)


def render_inbox(
    desk: Desk,
    request: Request,
    viewer: Viewer,
    f: inbox.InboxFilter,
    flash: str | None = None,
    error: str | None = None,
    kept: str = "",
    status: int = 200,
) -> HTMLResponse:
    """The inbox page of a filter (with an error and the typed view name, after a refusal)."""
    now = desk.clock()
    with desk.store.read() as session:
        rows, after = inbox.page(session, viewer, f, now, desk.settings.desk.page_size)
        counts = inbox.counts(session, viewer, f, now)
        handling = unread.handling(session, viewer.officer_id, [r.id for r in rows])
        saved = saved_views.views_of(session, viewer.officer_id)
    sections = viewer.visible_sections([s.id for s in desk.settings.sections])
    here = saved_views.clean_query(urlencode(f.query()), keep_page=True)  # "" for the default
    context = {
        "flash": flash, "error": error, "kept_name": kept,
        "f": f, "rows": rows, "counts": counts, "sections": sections,
        "statuses": inbox.STATUS_FILTERS, "link": lambda **kw: _link(f, **kw),
        "next_link": _link(f, after=after) if after else None,
        "export_link": "/desk/aduan/ekspor.csv?" + urlencode(f.query(after="")),
        "handling": handling, "marks": unread.MARKS, "saved": saved,
        "filter_query": urlencode(f.query(after="")),
        "row_query": "?" + urlencode({"dari": here}) if here else "",
        "bulk_actions": bulk.ACTIONS,
    }  # fmt: skip
    return desk.views.render(request, "desk/inbox.html", context, viewer, status)


def _filter(desk: Desk, request: Request) -> inbox.InboxFilter:
    """The inbox filter of a request, its search words read as routing reads text."""
    return filter_of(desk, request.query_params)


def filter_of(desk: Desk, params: Mapping[str, str]) -> inbox.InboxFilter:
    """An inbox filter from query parameters, its search words read as routing reads text."""
    routing = desk.settings.routing
    norm = normaliser(routing.slang, routing.stem_overrides)
    return inbox.InboxFilter.parse(params, norm, desk.settings.service.tracking_prefix)


def _link(f: inbox.InboxFilter, **changes: Any) -> str:
    changes.setdefault("after", "")
    return "/desk/aduan?" + urlencode(f.query(**changes))


def _page(
    desk: Desk,
    request: Request,
    viewer: Viewer,
    complaint_id: int,
    flash: str | None = None,
    error: str | None = None,
    kept: dict[str, str] | None = None,
    status: int = 400,
) -> HTMLResponse:
    now = desk.clock()
    with desk.store.read() as session:
        complaint = detail.visible_complaint(session, viewer, complaint_id)
        if complaint is None:
            return desk.views.not_found(request, viewer)
        access = viewer.identity_access(complaint.anonymous, complaint.confidential)
        asked = request.method == "GET" and request.query_params.get("identitas") == "1"
        revealed = access == "on_request" and asked
        show = access == "visible" or revealed
        decision = detail.router_decision(complaint)
        context: dict[str, Any] = {
            "c": detail.complaint_view(complaint), "decision": decision,
            "full": complaint.decision or {},
            "pieces": detail.highlighted(complaint.text, decision),
            "sentence": explain.decision_sentence(desk.settings, decision, complaint.text),
            "kept": kept or {}, "max_text": MAX_TEXT,
            "thread": detail.thread(session, complaint, show),
            "identity": access, "revealed": revealed,
            "identities": detail.identities(session, complaint) if show else [],
            "events": detail.events(session, complaint, reads=False),
            "duplicate_of": detail.duplicate_of(session, complaint),
            "stages": stages(desk.settings, session, complaint, now),
            "transitions": actions.TRANSITIONS.get(complaint.status, ()),
            "other_sections": [s for s in desk.settings.sections if s.id != complaint.section],
            "flash": flash, "error": error,
            "reply_templates": desk.replies.catalogue().for_section(complaint.section),
            "files": reply_files.form_hint(
                desk.settings, complaint.reply_channel, desk.ctx.reply_file_channels
            ),
        }  # fmt: skip
        context.update(_handling(session, viewer, complaint, request))
        routing = desk.settings.routing
        norm = normaliser(routing.slang, routing.stem_overrides)
        context["cases"] = cases.panel(session, viewer, complaint, norm)
        live: Any = desk.ctx.intake.router
        context["opinion"] = opinion_for(session, viewer, getattr(live, "router", live), complaint)
    _audit_read(desk, viewer, complaint_id, revealed, now)
    code = status if error else 200
    return desk.views.render(request, "desk/complaint.html", context, viewer, code)


def _handling(session: Session, viewer: Viewer, complaint: Any, request: Request) -> dict[str, Any]:
    """Who handles the complaint, who it may go to, and the inbox filter to go back to."""
    dari = saved_views.clean_query(request.query_params.get("dari", ""), keep_page=True)
    current = officers.by_id(session, complaint.assignee_id) if complaint.assignee_id else None
    may_move = current is None or current.id == viewer.officer_id or viewer.can_reassign_any
    handlers = assign.eligible(session, complaint.section) if may_move else []
    others = {viewer.officer_id, complaint.assignee_id}
    return {
        "assignee": current, "may_move": may_move,
        "handover": [o for o in handlers if o.id not in others],
        "can_take": viewer.role in assign.HANDLERS and complaint.status != "ditutup"
        and any(o.id == viewer.officer_id for o in handlers)
        and complaint.assignee_id != viewer.officer_id,
        "back": saved_views.back_link(dari),
        "dari": "?" + urlencode({"dari": dari}) if dari else "",
    }  # fmt: skip


def _audit_read(desk: Desk, viewer: Viewer, complaint_id: int, revealed: bool, now: Any) -> None:
    """Who opened the complaint, and each view of a protected identity (UU 27/2022).

    Opening it also marks it read for this officer (desk/unread.py).
    """
    detail_ = {"role": viewer.role}
    with desk.store.write() as session:
        unread.mark_read(session, viewer.officer_id, complaint_id, now)
        audit.record(session, complaint_id, viewer.username, "read", detail_, now)
        if revealed:
            audit.record(session, complaint_id, viewer.username, "identity_view", detail_, now)


def act(
    desk: Desk,
    request: Request,
    complaint_id: int,
    csrf: str,
    typed: tuple[str, str],
    do: Callable[[Session, Viewer, Any], str | None],
    prepare: Callable[[Viewer], None] | None = None,
) -> Response:
    """Check the session, token and scope, run the action in one transaction, then PRG.

    `typed` is (form, text): on any refusal the page comes back with the text in its box, and
    after success the officer lands back where the form was (its anchor). `prepare` runs
    after those checks and before the transaction (the reply's files are checked and written).
    """
    viewer = desk.auth.viewer(request.cookies.get(SESSION_COOKIE))
    if viewer is None:  # the session ended while the officer typed: keep the text
        return relogin_page(desk, request, f"/desk/aduan/{complaint_id}", typed)
    form, text = typed
    kept = {form: text}
    if not csrf_ok(viewer, csrf):
        error = "Formulir sudah kedaluwarsa, jadi belum disimpan. Teks Anda masih ada: kirim lagi."
        return _page(desk, request, viewer, complaint_id, error=error, kept=kept, status=403)
    if len(text) > MAX_TEXT:
        error = (f"Teks terlalu panjang: {len(text)} huruf, paling banyak {MAX_TEXT}. "
                 "Teks Anda masih ada: ringkas lalu kirim lagi.")  # fmt: skip
        return _page(desk, request, viewer, complaint_id, error=error, kept=kept)
    try:
        if prepare is not None:
            prepare(viewer)
        with desk.store.write() as session:
            complaint = detail.visible_complaint(session, viewer, complaint_id)
            if complaint is None:
                return desk.views.not_found(request, viewer)
            target = do(session, viewer, complaint)
    except ActionError as exc:
        status = exc.status if isinstance(exc, FileRefused) else 400
        return _page(desk, request, viewer, complaint_id, error=str(exc), kept=kept, status=status)
    dari = saved_views.clean_query(request.query_params.get("dari", ""), keep_page=True)
    if target is None:
        back = "&" + urlencode({"dari": dari}) if dari else ""
        target = f"/desk/aduan/{complaint_id}?ok={form}{back}#{ANCHORS[form]}"
    elif target.startswith("/desk/aduan?") and dari:  # handed away: back to the inbox it came from
        target = f"/desk/aduan?{dari}&" + target.partition("?")[2]
    return redirect(target)


def _with_template(
    desk: Desk,
    request: Request,
    complaint_id: int,
    template_id: str,
    typed: str,
    files_chosen: bool = False,
) -> HTMLResponse:
    viewer = desk.viewer(request)
    with desk.store.read() as session:
        complaint = detail.visible_complaint(session, viewer, complaint_id)
        if complaint is None:
            return desk.views.not_found(request, viewer)
        found = desk.replies.catalogue().find(complaint.section, template_id)
        facts = replies.facts_for(session, viewer, complaint)
    if found is None:
        error = "Template itu tidak ada (mungkin baru diubah admin). Teks Anda masih ada."
        return _page(desk, request, viewer, complaint_id, error=error, kept={"balas": typed})
    filled = replies.fill(found, facts, desk.settings)
    text = f"{typed.rstrip()}\n\n{filled}" if typed.strip() else filled
    flash = f"Template «{found.title}» dimasukkan: periksa dan sunting, lalu kirim."
    if files_chosen:
        flash += " Berkas lampiran perlu dipilih lagi sebelum mengirim."
    kept = {"balas": text, "templat": found.id}
    return _page(desk, request, viewer, complaint_id, flash=flash, kept=kept)


def _action_routes(api: APIRouter, desk: Desk, caps: tuple[int, int]) -> None:
    """POST /desk/aduan/{id}/balas, templat, catatan, status, alihkan, duplikat."""
    _reply_routes(api, desk, caps)

    @api.post("/aduan/{complaint_id}/catatan")
    def note(request: Request, complaint_id: int, text: Text = "", csrf: Token = "") -> Response:
        def do(s: Session, v: Viewer, c: Any) -> None:
            actions.note(s, v, c, text, desk.clock())

        return act(desk, request, complaint_id, csrf, ("catatan", text), do)

    @api.post("/aduan/{complaint_id}/status")
    def status(
        request: Request, complaint_id: int, to: Token = "", text: Text = "", csrf: Token = ""
    ) -> Response:
        def do(s: Session, v: Viewer, c: Any) -> None:
            actions.set_status(s, desk.settings, v, c, to, text, desk.clock())

        return act(desk, request, complaint_id, csrf, ("status", text), do)

    @api.post("/aduan/{complaint_id}/alihkan")
    def reassign(
        request: Request, complaint_id: int, to: Token = "", text: Text = "", csrf: Token = ""
    ) -> Response:
        def do(s: Session, v: Viewer, c: Any) -> str | None:
            actions.reassign(s, desk.settings, v, c, to, text, desk.clock())
            # An officer who handed it away can no longer open it: back to the inbox.
            return None if v.can_see(to) else "/desk/aduan?ok=alihkan"

        return act(desk, request, complaint_id, csrf, ("alihkan", text), do)

    @api.post("/aduan/{complaint_id}/duplikat")
    def duplicate(
        request: Request, complaint_id: int, code: Token = "", csrf: Token = ""
    ) -> Response:
        def do(s: Session, v: Viewer, c: Any) -> None:
            actions.mark_duplicate(s, desk.settings, v, c, code, desk.clock())

        return act(desk, request, complaint_id, csrf, ("duplikat", code), do)


def _reply_routes(api: APIRouter, desk: Desk, caps: tuple[int, int]) -> None:
    """POST /desk/aduan/{id}/balas (the reply and its files) and /templat (a template filled in),
    with the caps of reply_caps."""
    body_cap, most = caps

    @api.post(
        "/aduan/{complaint_id}/balas",
        max_body_size=body_cap,
        form_limits={"max_files": most + 5},
    )
    def reply(
        request: Request,
        complaint_id: int,
        text: Text = "",
        csrf: Token = "",
        berkas: Files = None,
    ) -> Response:
        text = text.replace("\x00", "\ufffd")  # multipart bodies pass NulGuard untouched
        files = _ReplyFiles(desk, complaint_id, berkas)

        def do(s: Session, v: Viewer, c: Any) -> None:
            actions.reply(s, v, c, text, desk.clock(), files.staged, files.notice)

        return act(desk, request, complaint_id, csrf, ("balas", text), do, files.prepare)

    # The template button submits the reply form, files and all (multipart, like /balas).
    @api.post(
        "/aduan/{complaint_id}/templat",
        response_class=HTMLResponse,
        max_body_size=body_cap,
        form_limits={"max_files": most + 5},
    )
    def use_template(
        request: Request,
        complaint_id: int,
        templat: Token = "",
        text: Text = "",
        csrf: Token = "",
        berkas: Files = None,
    ) -> HTMLResponse:
        """The page again, the picked template filled in below what was typed; nothing sent.

        A browser cannot be given files back: the officer is told to pick them again.
        """
        chosen = any(isinstance(f, StarletteUpload) and f.filename for f in berkas or ())
        return _with_template(desk, request, complaint_id, templat, text, chosen)


@dataclass
class _ReplyFiles:
    """A reply's files: `prepare` (run by act after its checks, before the transaction) checks
    them against the reply's channel and writes them; then `staged` and the `notice` to send."""

    desk: Desk
    complaint_id: int
    berkas: list[UploadFile | str] | None
    staged: list[reply_files.Staged] = field(default_factory=list)
    notice: str | None = None

    def prepare(self, viewer: Viewer) -> None:
        uploads = [
            reply_files.Upload(f.filename or "", f.file)
            for f in self.berkas or ()
            if isinstance(f, StarletteUpload)  # FastAPI's UploadFile is a subclass
        ]
        if not any(u.filename for u in uploads):
            return
        with self.desk.store.read() as session:
            found = detail.visible_complaint(session, viewer, self.complaint_id)
            if found is None:
                return  # the transaction answers 404
            code, channel = found.tracking_code, found.reply_channel
        settings = self.desk.settings
        self.staged = reply_files.stage(settings, channel, uploads)
        self.notice = reply_files.notice(settings, code, len(self.staged))
