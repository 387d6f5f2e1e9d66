"""Bulk actions from the inbox: one action on many complaints, each on its own.

A bulk action is a `BulkAction` in the `ACTIONS` tuple: its key (in URLs), its label (the inbox's
select), its parameters (choices picked before the confirmation, texts typed on it), the sentence
the confirmation page states, and `apply`, which does it to ONE complaint the officer may see,
reusing desk/actions.py, and raises ActionError when it cannot. Everything else (selection, the
cap, access per complaint, CSRF, the confirmation, one transaction and audit event per complaint,
the report) is done here once for every action. Adding an action is one small function and one
entry in `ACTIONS` (see docs/desk.md, "Tindakan massal").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desk import actions, assign
from desk.access import Viewer
from desk.action_errors import ActionError
from desk.detail import visible_complaint
from desk.replies import Catalogue, facts_for, fill
from settings.root import Settings
from store import audit, officers
from store.db import Session, Store
from store.models import Complaint

Choices = list[tuple[str, str]]


@dataclass(frozen=True)
class Scope:
    """What an action's choices may depend on: who acts, on complaints of which sections.

    `sections` is empty when the POST checks a choice (the selection is not read again there):
    then every choice the viewer could have been offered counts.
    """

    session: Session
    settings: Settings
    viewer: Viewer
    sections: list[str]
    templates: Catalogue


@dataclass(frozen=True)
class Param:
    """A parameter: a choice (`options`, picked before the confirmation) or a typed text."""

    name: str
    label: str
    options: Callable[[Scope], Choices] | None = None
    required: bool = True
    hint: str = ""


@dataclass(frozen=True)
class Run:
    """What `apply` gets besides the complaint: the transaction, who acts, the parameters."""

    session: Session
    settings: Settings
    viewer: Viewer
    params: Mapping[str, str]
    templates: Catalogue
    now: datetime


@dataclass(frozen=True)
class BulkAction:
    """One kind of bulk action."""

    key: str
    label: str
    sentence: str
    """What the confirmation states, {param} standing for the chosen option's label."""
    params: tuple[Param, ...]
    apply: Callable[[Run, Complaint], None]
    check: Callable[[Mapping[str, str]], str | None] = field(default=lambda _p: None)
    """A refusal of the parameters as a whole (before anything runs), or None."""


def _statuses(scope: Scope) -> Choices:
    targets = sorted({t for ts in actions.TRANSITIONS.values() for t in ts}, key=_order)
    names = {"diproses": "Diproses (atau buka kembali)", "selesai": "Selesai", "ditutup": "Ditutup"}
    return [(t, names.get(t, t)) for t in targets]


def _order(status: str) -> int:
    return ("baru", "diproses", "selesai", "ditutup").index(status)


def _status_check(params: Mapping[str, str]) -> str | None:
    if params.get("ke") == "selesai" and not params.get("catatan", "").strip():
        return "Catatan penyelesaian wajib diisi untuk status Selesai (tampil di halaman lacak)."
    return None


def _set_status(run: Run, complaint: Complaint) -> None:
    to, note = run.params["ke"], run.params.get("catatan", "")
    actions.set_status(run.session, run.settings, run.viewer, complaint, to, note, run.now)


def _sections(scope: Scope) -> Choices:
    return [(s.id, s.name) for s in scope.settings.sections]


def _reassign(run: Run, complaint: Complaint) -> None:
    to, why = run.params["ke"], run.params.get("alasan", "")
    actions.reassign(run.session, run.settings, run.viewer, complaint, to, why, run.now)


def _templates(scope: Scope) -> Choices:
    seen: dict[str, str] = {}
    for section in scope.sections or [s.id for s in scope.settings.sections]:
        for t in scope.templates.for_section(section):
            seen.setdefault(t.id, t.title)
    return list(seen.items())


def _reply(run: Run, complaint: Complaint) -> None:
    template = run.templates.find(complaint.section, run.params["templat"])
    if template is None:
        name = run.settings.section_name(complaint.section)
        raise ActionError(f"template itu tidak tersedia untuk {name}")
    text = fill(template, facts_for(run.session, run.viewer, complaint), run.settings)
    actions.reply(run.session, run.viewer, complaint, text, run.now)


RELEASE = "lepas"


def _officers(scope: Scope) -> Choices:
    """Whoever may handle a complaint of one of the sections (all of the viewer's on the POST)."""
    sections = scope.sections or [s.id for s in scope.settings.sections]
    sections = [s for s in sections if scope.viewer.can_see(s)]
    found: dict[str, str] = {}
    for section in sections:
        for o in assign.eligible(scope.session, section):
            found.setdefault(str(o.id), o.username)
    return [*sorted(found.items(), key=lambda kv: kv[1].lower()), (RELEASE, "Tidak ada (lepaskan)")]


def _assign(run: Run, complaint: Complaint) -> None:
    chosen = run.params["petugas"]
    officer = None if chosen == RELEASE else officers.by_id(run.session, int(chosen))
    if chosen != RELEASE and officer is None:
        raise ActionError("petugas itu tidak ada")
    assign.assign(run.session, run.settings, complaint, officer, by=run.viewer, now=run.now)


STATUS = BulkAction(
    "status", "Ubah status", "mengubah status menjadi {ke}",
    (Param("ke", "Status baru", _statuses),
     Param("catatan", "Catatan (wajib untuk Selesai; tampil di halaman lacak warga)",
           required=False)),
    _set_status, _status_check,
)  # fmt: skip
REASSIGN = BulkAction(
    "alihkan", "Alihkan ke bagian lain", "mengalihkan ke {ke}",
    (Param("ke", "Bagian tujuan", _sections), Param("alasan", "Alasan pengalihan")),
    _reassign,
)  # fmt: skip
REPLY = BulkAction(
    "balas", "Balas dengan template", "membalas warga dengan template «{templat}»",
    (Param("templat", "Template", _templates),),
    _reply,
)  # fmt: skip
ASSIGN = BulkAction(
    "serahkan", "Serahkan ke petugas", "menyerahkan kepada {petugas}",
    (Param("petugas", "Petugas", _officers),),
    _assign,
)  # fmt: skip
ACTIONS: tuple[BulkAction, ...] = (STATUS, REASSIGN, REPLY, ASSIGN)


def action(key: str) -> BulkAction | None:
    """The action with this key, or None."""
    return next((a for a in ACTIONS if a.key == key), None)


@dataclass
class Outcome:
    """What a run did: the codes done, and (code or #id, reason) refused."""

    done: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)


NOT_YOURS = "tidak ditemukan atau bukan bagian Anda"


def run_all(
    store: Store,
    act: BulkAction,
    run: Callable[[Session], Run],
    ids: list[int],
    run_id: str,
) -> Outcome:
    """Apply the action to each complaint in its own transaction, as the officer may see it.

    A complaint the officer may not see is refused like one that does not exist (its id only);
    an ActionError refuses that complaint alone. Each done complaint keeps the audit event its
    action wrote, naming the bulk run.
    """
    out = Outcome()
    for cid in ids:
        try:
            with store.write() as session:
                this = run(session)
                complaint = visible_complaint(session, this.viewer, cid)
                if complaint is None:
                    out.refused.append((f"#{cid}", NOT_YOURS))
                    continue
                code = complaint.tracking_code
                with audit.tagged(session, cid, {"bulk": run_id, "bulk_action": act.key}):
                    act.apply(this, complaint)
        except ActionError as exc:
            out.refused.append((code, str(exc)))
            continue
        out.done.append(code)
    return out


def describe(act: BulkAction, params: Mapping[str, str], options: dict[str, Choices]) -> str:
    """The sentence of the confirmation, the chosen options by their labels."""
    shown: dict[str, Any] = {}
    for p in act.params:
        if p.options is not None:
            labels = dict(options.get(p.name, []))
            shown[p.name] = labels.get(params.get(p.name, ""), params.get(p.name, ""))
    return act.sentence.format(**shown)
