"""Every desk route x every role x the complaint's section: allowed, 404, or the login page.

A complaint of another section must look exactly like one that does not exist, whatever the
route (list, search, detail, attachment, export, audit, actions) or the id guessed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response
from sqlmodel import col, func, select

from channels.base import IncomingAttachment
from core.attachments import write_file
from core.secrets import secret_key
from desk.auth import SESSION_COOKIE, Auth
from desk.web import desk_router
from routing import RoutingConfig
from service.app import Service
from settings.root import Settings
from store.db import Store
from store.models import (
    Attachment,
    CaseMember,
    Complaint,
    Event,
    Message,
    Outbox,
    OutboxFile,
    SharedCase,
)
from tests.desk.helpers import BEASISWA, LPG, add_officer, complain, session_cookie

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
ROLES = ("officer_a", "officer_b", "supervisor", "admin", "anonymous")


@dataclass
class World:
    """Two complaints in two sections (or one), the officers, and their cookies."""

    service: Service
    ids: dict[str, int]  # "a", "b" -> complaint id
    codes: dict[str, str]
    files: dict[str, int]  # "a", "b" -> attachment id
    cookies: dict[str, dict[str, str]]
    csrf: dict[str, str]
    officers: dict[str, int]
    sections: dict[str, str]  # "a", "b" -> section
    dead_letter: int
    cases: dict[str, int]  # "a", "b" -> the shared case holding that complaint
    replies: dict[str, int] = field(default_factory=dict)  # "a", "b" -> a reply's file id

    def fresh(self, role: str) -> tuple[dict[str, str], str]:
        """A new session of the role (for logging out without ending the shared one)."""
        if role == "anonymous":
            return {}, ""
        cookie = session_cookie(self.service, self.officers[role])
        return cookie, _csrf_of(self.service, cookie)


def _attachment_of(store: Store, complaint_id: int) -> int:
    with store.read() as s:
        found = s.exec(
            select(Attachment.id)
            .join(Message, col(Message.id) == col(Attachment.message_id))
            .where(col(Message.complaint_id) == complaint_id)
        ).first()
    assert found is not None
    return found


def build_world(service: Service, sections: tuple[str, str]) -> World:
    store = service.ctx.store
    ids, codes, files = {}, {}, {}
    for key, text in (("a", LPG), ("b", BEASISWA)):
        image = IncomingAttachment(f"foto-{key}.png", "image/png", PNG + key.encode())
        cid, code, section = complain(service, text, attachments=(image,))
        assert section == sections[0 if key == "a" else 1]
        ids[key], codes[key], files[key] = cid, code, _attachment_of(store, cid)
    officers = {
        "officer_a": add_officer(store, "petugas-a", "officer", sections[0]),
        "officer_b": add_officer(store, "petugas-b", "officer", "kesra"),
        "supervisor": add_officer(store, "supervisor", "supervisor"),
        "admin": add_officer(store, "admin", "admin"),
    }
    add_officer(store, "cadangan", "officer", sections[0])  # the one the admin disables
    cookies = {role: session_cookie(service, oid) for role, oid in officers.items()}
    csrf = {role: _csrf_of(service, cookie) for role, cookie in cookies.items()}
    cookies["anonymous"], csrf["anonymous"] = {}, ""
    dead = service.ctx.pipeline.dead_letter("web", b"{not json", "body is not JSON")
    where = {"a": sections[0], "b": sections[1]}
    cases = {key: _case_of(store, ids[key], where[key], codes[key]) for key in ids}
    replies = {key: _reply_file(service, ids[key], key) for key in ids}
    return World(service, ids, codes, files, cookies, csrf, officers, where, dead, cases, replies)


def _case_of(store: Store, complaint_id: int, section: str, code: str) -> int:
    """A shared case holding the complaint, titled with its code (so a leak would show)."""
    with store.write() as s:
        case = SharedCase(section=section, title=f"Kasus bersama {code}", created_by="uji")
        s.add(case)
        s.flush()
        assert case.id is not None
        s.add(CaseMember(complaint_id=complaint_id, case_id=case.id, added_by="uji"))
        return case.id


def _reply_file(service: Service, complaint_id: int, key: str) -> int:
    """A sent reply with a photo (desk/reply_files.py), its file's id."""
    data = PNG + key.encode()
    digest = write_file(service.ctx.settings.service.data_dir, data)
    with service.ctx.store.write() as s:
        row = Outbox(complaint_id=complaint_id, channel="sms", recipient="+6281200000000",
                     kind="reply", text="Foto", automatic=False, status="sent")  # fmt: skip
        s.add(row)
        s.flush()
        assert row.id is not None
        f = OutboxFile(outbox_id=row.id, complaint_id=complaint_id, filename="balasan.png",
                       content_type="image/png", size=len(data), sha256=digest)  # fmt: skip
        s.add(f)
        s.flush()
        assert f.id is not None
        return f.id


def _csrf_of(service: Service, cookie: dict[str, str]) -> str:
    ctx = service.ctx
    auth = Auth(ctx.settings.desk, ctx.store, secret_key(ctx.settings), ctx.clock)
    found = auth.viewer(cookie[SESSION_COOKIE])
    assert found is not None
    return found.csrf


@dataclass(frozen=True)
class Case:
    """One route: how to call it on complaint `key`, and who may."""

    method: str
    path: Callable[[World, str], str]
    scope: str  # complaint | list | section (own sections' aggregates) | supervisor | admin | login
    # | own (the officer's own saved views)
    data: Callable[[World, str, str], dict[str, str]] | None = None
    fresh: bool = False  # run on a new session (logging out ends the one it runs on)


def _form(**fields: str) -> Callable[[World, str, str], dict[str, str]]:
    return lambda w, key, csrf: {**fields, "csrf": csrf}


ROUTES: dict[tuple[str, str], Case] = {
    ("GET", "/desk"): Case("GET", lambda w, k: "/desk", "login"),
    ("GET", "/desk/masuk"): Case("GET", lambda w, k: "/desk/masuk", "login"),
    ("POST", "/desk/masuk"): Case("POST", lambda w, k: "/desk/masuk", "login"),
    ("POST", "/desk/keluar"): Case("POST", lambda w, k: "/desk/keluar", "login", fresh=True),
    ("GET", "/desk/aduan"): Case("GET", lambda w, k: "/desk/aduan?status=semua", "list"),
    ("GET", "/desk/aduan/ekspor.csv"): Case(
        "GET", lambda w, k: "/desk/aduan/ekspor.csv?status=semua", "list"
    ),
    ("GET", "/desk/aduan/{complaint_id}"): Case(
        "GET", lambda w, k: f"/desk/aduan/{w.ids[k]}", "complaint"
    ),
    ("GET", "/desk/aduan/{complaint_id}/audit"): Case(
        "GET", lambda w, k: f"/desk/aduan/{w.ids[k]}/audit", "complaint"
    ),
    ("POST", "/desk/aduan/{complaint_id}/balas"): Case(
        "POST", lambda w, k: f"/desk/aduan/{w.ids[k]}/balas", "complaint", _form(text="Halo")
    ),
    ("POST", "/desk/aduan/{complaint_id}/catatan"): Case(
        "POST", lambda w, k: f"/desk/aduan/{w.ids[k]}/catatan", "complaint", _form(text="cek")
    ),
    ("POST", "/desk/aduan/{complaint_id}/status"): Case(
        "POST", lambda w, k: f"/desk/aduan/{w.ids[k]}/status", "complaint", _form(to="diproses")
    ),
    ("POST", "/desk/aduan/{complaint_id}/alihkan"): Case(
        "POST",
        lambda w, k: f"/desk/aduan/{w.ids[k]}/alihkan",
        "complaint",
        # to its own section: refused with 400 where allowed, so the matrix's world stays put
        lambda w, k, csrf: {"to": w.sections[k], "text": "salah bagian", "csrf": csrf},
    ),
    ("POST", "/desk/aduan/{complaint_id}/duplikat"): Case(
        "POST",
        lambda w, k: f"/desk/aduan/{w.ids[k]}/duplikat",
        "complaint",
        lambda w, k, csrf: {"code": w.codes["b" if k == "a" else "a"], "csrf": csrf},
    ),
    ("POST", "/desk/aduan/{complaint_id}/tangani"): Case(
        "POST",
        lambda w, k: f"/desk/aduan/{w.ids[k]}/tangani",
        "complaint",
        _form(petugas=""),  # release what nobody handles: refused with 400 where allowed
    ),
    ("POST", "/desk/tampilan"): Case(
        "POST",
        lambda w, k: "/desk/tampilan",
        "own",
        _form(nama="Terlambat", saringan="terlambat=1"),
    ),
    # Views are each officer's own: someone else's (or a missing one) is a 404 like any other.
    ("POST", "/desk/tampilan/{view_id}/hapus"): Case(
        "POST", lambda w, k: "/desk/tampilan/999/hapus", "own", _form()
    ),
    ("GET", "/desk/kasus"): Case("GET", lambda w, k: "/desk/kasus", "list"),
    ("GET", "/desk/kasus/{case_id}"): Case(
        "GET", lambda w, k: f"/desk/kasus/{w.cases[k]}", "complaint"
    ),
    ("POST", "/desk/aduan/{complaint_id}/kasus"): Case(
        # already in a case: refused with 400 where allowed
        "POST",
        lambda w, k: f"/desk/aduan/{w.ids[k]}/kasus",
        "complaint",
        _form(title="Banjir"),
    ),
    ("POST", "/desk/kasus/{case_id}/keluarkan"): Case(
        "POST",
        lambda w, k: f"/desk/kasus/{w.cases[k]}/keluarkan",
        "complaint",
        _form(complaint="0"),
    ),
    ("POST", "/desk/kasus/{case_id}/balas"): Case(
        "POST", lambda w, k: f"/desk/kasus/{w.cases[k]}/balas", "complaint", _form(text="Halo")
    ),
    ("POST", "/desk/kasus/{case_id}/tutup"): Case(
        # without a resolution note: refused with 400 where allowed
        "POST",
        lambda w, k: f"/desk/kasus/{w.cases[k]}/tutup",
        "complaint",
        _form(text=" "),
    ),
    ("GET", "/desk/lampiran/{attachment_id}"): Case(
        "GET", lambda w, k: f"/desk/lampiran/{w.files[k]}", "complaint"
    ),
    ("GET", "/desk/lampiran/{attachment_id}/pratinjau"): Case(
        "GET", lambda w, k: f"/desk/lampiran/{w.files[k]}/pratinjau", "complaint"
    ),
    ("GET", "/desk/berkas-balasan/{file_id}"): Case(
        "GET", lambda w, k: f"/desk/berkas-balasan/{w.replies[k]}", "complaint"
    ),
    ("GET", "/desk/berkas-balasan/{file_id}/pratinjau"): Case(
        "GET", lambda w, k: f"/desk/berkas-balasan/{w.replies[k]}/pratinjau", "complaint"
    ),
    ("GET", "/desk/tenggat"): Case("GET", lambda w, k: "/desk/tenggat", "supervisor"),
    ("GET", "/desk/skm"): Case("GET", lambda w, k: "/desk/skm?periode=2026", "section"),
    ("GET", "/desk/admin/kanal"): Case("GET", lambda w, k: "/desk/admin/kanal", "admin"),
    ("GET", "/desk/admin/aturan"): Case("GET", lambda w, k: "/desk/admin/aturan", "admin"),
    ("GET", "/desk/admin/petugas"): Case("GET", lambda w, k: "/desk/admin/petugas", "admin"),
    ("POST", "/desk/admin/petugas"): Case(
        "POST",
        lambda w, k: "/desk/admin/petugas",
        "admin",
        _form(username="baru", password="pendek", role="officer"),  # refused: 400 for admin
    ),
    ("POST", "/desk/admin/petugas/{username}/{state}"): Case(
        "POST", lambda w, k: "/desk/admin/petugas/cadangan/nonaktifkan", "admin", _form()
    ),
    ("GET", "/desk/admin/surat-mati"): Case(
        "GET", lambda w, k: "/desk/admin/surat-mati?semua=1", "admin"
    ),
    ("GET", "/desk/admin/surat-mati/{dead_id}"): Case(
        "GET", lambda w, k: f"/desk/admin/surat-mati/{w.dead_letter}", "admin"
    ),
    ("POST", "/desk/admin/surat-mati/{dead_id}/{action}"): Case(
        "POST", lambda w, k: f"/desk/admin/surat-mati/{w.dead_letter}/buang", "admin", _form()
    ),
    ("POST", "/desk/aduan/{complaint_id}/templat"): Case(
        "POST",
        lambda w, k: f"/desk/aduan/{w.ids[k]}/templat",
        "complaint",
        _form(templat="diterima"),
    ),
    # Bulk: both complaints selected; what the role may not see is refused by its id alone. The
    # run asks for a transition that no complaint of the matrix can make, so nothing changes.
    ("GET", "/desk/aduan/massal"): Case(
        "GET",
        lambda w, k: f"/desk/aduan/massal?aksi=status&ke=ditutup&id={w.ids['a']}&id={w.ids['b']}",
        "list",
    ),
    ("POST", "/desk/aduan/massal"): Case(
        "POST",
        lambda w, k: "/desk/aduan/massal",
        "list",
        lambda w, k, csrf: {
            "aksi": "status",
            "ke": "ditutup",
            "ids": f"{w.ids['a']},{w.ids['b']}",
            "run": uuid.uuid4().hex,
            "csrf": csrf,
        },
    ),
}


def _state(store: Store) -> tuple[object, ...]:
    """What an action could change: complaints, events, outbox rows."""
    with store.read() as s:
        complaints = tuple(
            (c.id, c.section, c.status, c.closed_at)
            for c in s.exec(select(Complaint).order_by(col(Complaint.id)))
        )
        events = s.exec(select(func.count()).select_from(Event)).one()
        outbox = s.exec(select(func.count()).select_from(Outbox)).one()
        members = tuple(s.exec(select(CaseMember.complaint_id, CaseMember.case_id)).all())
        cases = tuple(s.exec(select(SharedCase.id, SharedCase.status)).all())
    return complaints, events, outbox, members, cases


def _allowed(
    role: str, case: Case, section_of_key: str, sections_of: dict[str, tuple[str, ...]]
) -> bool:
    if case.scope == "admin":
        return role == "admin"
    if case.scope == "supervisor":
        return role == "supervisor"
    if case.scope == "complaint":
        return role == "supervisor" or section_of_key in sections_of.get(role, ())
    return True


def run_matrix(app: FastAPI, world: World, sections: tuple[str, str]) -> int:
    """Call every route as every role on every complaint; the number of calls checked."""
    desk_routes = {
        (m, getattr(r, "path", ""))
        for r in desk_router(world.service.desk).routes
        for m in getattr(r, "methods", ())
        if m != "HEAD"
    }
    assert desk_routes == set(ROUTES), "every desk route needs a row in the matrix"
    sections_of: dict[str, tuple[str, ...]] = {"officer_a": (sections[0],), "officer_b": ("kesra",)}
    checked = 0
    # One client for the whole matrix (a client per call started the app's lifespan each time, a
    # fifth of the test); each call carries its role's session cookie and nothing else.
    with TestClient(app, follow_redirects=False) as c:
        for (_method, _template), case in ROUTES.items():
            for key in ("a", "b"):
                for role in ROLES:
                    _check(c, world, case, key, role, sections, sections_of)
                    checked += 1
    return checked


def _send(
    c: TestClient, world: World, case: Case, key: str, role: str
) -> tuple[str, str, tuple[object, ...], Response]:
    """Call the route on complaint `key` as the role: the URL, what the form typed, the store's
    state before the call, and the response."""
    cookies, csrf = world.fresh(role) if case.fresh else (world.cookies[role], world.csrf[role])
    c.cookies.clear()  # nothing an earlier call's response set
    c.cookies.update(cookies)
    url = case.path(world, key)
    before = _state(world.service.ctx.store)
    if case.method == "GET":
        return url, "", before, c.get(url)
    data = case.data(world, key, csrf) if case.data else {"csrf": csrf}
    # what the request itself typed may come back to it
    return url, " ".join(map(str, data.values())), before, c.post(url, data=data)


def _check(
    c: TestClient,
    world: World,
    case: Case,
    key: str,
    role: str,
    sections: tuple[str, str],
    sections_of: dict[str, tuple[str, ...]],
) -> None:
    """One call of the matrix: allowed, 404 with nothing changed or leaked, or the login page."""
    store = world.service.ctx.store
    url, sent, before, response = _send(c, world, case, key, role)
    sect = sections[0 if key == "a" else 1]
    label = f"{case.method} {url} as {role} on {key} ({sect})"
    body = response.content
    if case.scope == "login":
        assert response.status_code in (200, 303, 401, 403), label
    elif role == "anonymous" and response.status_code == 401:
        # A complaint form without a session: the login page, keeping the text.
        assert 'action="/desk/masuk"' in response.text, label
        assert _state(store) == before, f"{label} changed the store"
        for code in world.codes.values():
            assert code in sent or code.encode() not in body, f"{label} leaks {code}"
    elif role == "anonymous":
        assert response.status_code == 303, label
        assert response.headers["location"].startswith("/desk/masuk"), label
    elif case.scope == "own":
        assert response.status_code in (303, 404), label
        assert _state(store) == before, f"{label} changed the store"
    elif _allowed(role, case, sect, sections_of):
        assert response.status_code in (200, 303, 400), label
    else:
        assert response.status_code == 404, label
        assert _state(store) == before, f"{label} changed the store"
        for code in world.codes.values():
            assert code.encode() not in body, f"{label} leaks {code}"
    if case.scope == "list" and role in sections_of:
        for other, code in world.codes.items():
            visible = sections[0 if other == "a" else 1] in sections_of[role]
            assert (code.encode() in body) == visible, f"{label}: {code}"


def test_every_route_every_role_every_section(service: Service, app: FastAPI, store: Store) -> None:
    world = build_world(service, ("perekonomian", "kesra"))
    assert run_matrix(app, world, ("perekonomian", "kesra")) == len(ROUTES) * 2 * len(ROLES)


def test_guessed_ids_are_404_like_missing_ones(
    service: Service, client: TestClient, store: Store
) -> None:
    world = build_world(service, ("perekonomian", "kesra"))
    client.cookies.update(world.cookies["officer_a"])
    foreign = client.get(f"/desk/aduan/{world.ids['b']}")
    missing = client.get("/desk/aduan/999999")
    assert foreign.status_code == missing.status_code == 404
    assert foreign.text == missing.text
    assert client.get(f"/desk/lampiran/{world.files['b']}").status_code == 404
    not_a_number = client.get("/desk/aduan/abc")  # a page that cannot exist: the 404 page
    assert not_a_number.status_code == 404 and "Halaman tidak ditemukan" in not_a_number.text
    own = client.get(f"/desk/lampiran/{world.files['a']}")
    assert own.status_code == 200
    assert own.headers["content-disposition"].startswith("attachment;")
    assert own.headers["x-content-type-options"] == "nosniff"
    assert own.headers["content-type"] == "application/octet-stream"
    # tampering with the filters cannot widen the scope
    wide = client.get("/desk/aduan?status=semua&bagian=kesra")
    assert world.codes["b"] not in wide.text
    assert "Semua (0)" in wide.text  # another section's tab counts nothing either
    wide_search = client.get(f"/desk/aduan?status=semua&bagian=kesra&q={world.codes['b']}")
    assert f'data-code="{world.codes["b"]}"' not in wide_search.text
    assert "Semua (0)" in wide_search.text
    search = client.get(f"/desk/aduan?status=semua&q={world.codes['b']}")
    assert f'data-code="{world.codes["b"]}"' not in search.text  # the query itself is echoed
    assert "Semua (0)" in search.text
    dup = client.post(
        f"/desk/aduan/{world.ids['a']}/duplikat",
        data={"code": world.codes["b"], "csrf": world.csrf["officer_a"]},
    )
    assert dup.status_code == 400 and "tidak ditemukan" in dup.text


@pytest.fixture
def one_section(settings: Settings) -> Settings:
    settings.sections = [
        s.model_copy(update={"examples": []}) for s in settings.sections if s.id == "perekonomian"
    ]
    settings.routing = RoutingConfig(fallback="perekonomian", rules=[])
    settings.desk.reply_templates = None  # the bundled ones name sections this config lacks
    return settings


def test_matrix_with_only_one_section_configured(
    one_section: Settings, service: Service, app: FastAPI
) -> None:
    assert [s.id for s in service.ctx.settings.sections] == ["perekonomian"]
    world = build_world(service, ("perekonomian", "perekonomian"))
    assert run_matrix(app, world, ("perekonomian", "perekonomian")) > 0
