"""anonim and rahasia through every desk route: the citizen is never in a body an officer gets.

anonim: nobody sees who complained. rahasia: supervisors only, on request, each view audited.
Both complaints come in by SMS with the keyword, with a name, an attachment and a delivery
error that names the address, and every route of the authorisation matrix is called on them.
"""

from __future__ import annotations

import csv
import io

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import col, select

from channels.base import IncomingAttachment, IncomingMessage
from desk.web import desk_router
from service.app import Service
from store.db import Store
from store.models import Event, Outbox
from tests.desk.helpers import LPG, add_officer, session_cookie
from tests.desk.test_access_matrix import (
    PNG,
    ROLES,
    ROUTES,
    World,
    _attachment_of,
    _case_of,
    _csrf_of,
    _reply_file,
)

WHO = {"anon": ("+6281211110001", "Budi Santoso"), "conf": ("+6281222220002", "Siti Aminah")}


def _world(service: Service) -> World:
    store, clock = service.ctx.store, service.ctx.clock
    ids, codes, files = {}, {}, {}
    for key, word in (("a", "ANONIM"), ("b", "RAHASIA")):
        phone, name = WHO["anon" if key == "a" else "conf"]
        result = service.ctx.pipeline.accept(
            IncomingMessage(channel="sms", external_id=f"anon:{key}", sender=phone,
                            sender_name=name, text=f"{word} {LPG}", received_at=clock(),
                            attachments=(IncomingAttachment("foto.png", "image/png", PNG),))
        )  # fmt: skip
        assert result.complaint_id is not None and result.tracking_code
        ids[key], codes[key] = result.complaint_id, result.tracking_code
        files[key] = _attachment_of(store, result.complaint_id)
        with store.write() as s:
            s.add(Outbox(complaint_id=result.complaint_id, channel="sms", recipient=phone,
                         kind="reply", text="Halo", automatic=False, status="undeliverable",
                         last_error=f"{phone} is marked undeliverable"))  # fmt: skip
    officers = {
        "officer_a": add_officer(store, "petugas-a", "officer", "perekonomian"),
        "officer_b": add_officer(store, "petugas-b", "officer", "kesra"),
        "supervisor": add_officer(store, "supervisor", "supervisor"),
        "admin": add_officer(store, "admin", "admin"),
    }
    add_officer(store, "cadangan", "officer", "perekonomian")
    cookies = {role: session_cookie(service, oid) for role, oid in officers.items()}
    csrf = {role: _csrf_of(service, cookie) for role, cookie in cookies.items()}
    cookies["anonymous"], csrf["anonymous"] = {}, ""
    dead = service.ctx.pipeline.dead_letter("web", b"{", "body is not JSON")
    sections = {"a": "perekonomian", "b": "perekonomian"}
    cases = {key: _case_of(store, ids[key], sections[key], codes[key]) for key in ids}
    replies = {key: _reply_file(service, ids[key], key) for key in ids}
    return World(
        service, ids, codes, files, cookies, csrf, officers, sections, dead, cases, replies
    )


def _leaks(body: bytes) -> list[str]:
    return [s for pair in WHO.values() for s in pair if s.encode() in body]


def test_no_route_shows_a_protected_identity(service: Service, app: FastAPI, store: Store) -> None:
    world = _world(service)
    desk_routes = {(m, getattr(r, "path", "")) for r in desk_router(service.desk).routes
                   for m in getattr(r, "methods", ()) if m != "HEAD"}  # fmt: skip
    assert desk_routes == set(ROUTES)
    calls = 0
    # One client for every call (a client per call started the app's lifespan each time); each
    # (route, complaint, role) starts from its role's session cookie alone.
    with TestClient(app, follow_redirects=False) as c:
        for template, case in ROUTES.items():
            for key in ("a", "b"):
                for role in ROLES:
                    cookies, csrf = world.cookies[role], world.csrf[role]
                    if case.fresh:
                        cookies, csrf = world.fresh(role)
                    c.cookies.clear()
                    c.cookies.update(cookies)
                    url = case.path(world, key)
                    for target in (url, url + ("&" if "?" in url else "?") + "identitas=1"):
                        if case.method == "GET":
                            response = c.get(target)
                        else:
                            data = case.data(world, key, csrf) if case.data else {"csrf": csrf}
                            response = c.post(target, data=data)
                        label = f"{case.method} {target} as {role}"
                        revealed = (template == ("GET", "/desk/aduan/{complaint_id}")
                                    and role == "supervisor" and key == "b"
                                    and target.endswith("identitas=1"))  # fmt: skip
                        assert set(_leaks(response.content)) <= (
                            set(WHO["conf"]) if revealed else set()
                        ), label
                        calls += 1
    assert calls == len(ROUTES) * 2 * len(ROLES) * 2


def test_supervisor_sees_a_confidential_identity_on_request_and_it_is_audited(
    service: Service, client: TestClient, store: Store
) -> None:
    world = _world(service)
    anon, conf = world.ids["a"], world.ids["b"]
    client.cookies.update(world.cookies["supervisor"])
    plain = client.get(f"/desk/aduan/{conf}")
    assert plain.status_code == 200 and 'id="reveal-identity"' in plain.text
    assert not _leaks(plain.content)
    shown = client.get(f"/desk/aduan/{conf}?identitas=1")
    assert _leaks(shown.content) == list(WHO["conf"])
    assert "(alamat disembunyikan)" not in shown.text  # the supervisor may read the error
    assert not _leaks(client.get(f"/desk/aduan/{anon}?identitas=1").content)  # anonim: nobody
    with store.read() as s:
        views = s.exec(select(Event.complaint_id, Event.actor).where(
            col(Event.action) == "identity_view")).all()  # fmt: skip
    assert views == [(conf, "supervisor")]
    audit = client.get(f"/desk/aduan/{conf}/audit", headers={"Accept": "application/json"}).json()
    assert [e["action"] for e in audit] == ["read", "read", "identity_view"]
    assert all(e["actor"] == "supervisor" for e in audit)


def test_officer_reads_are_audited_and_identity_stays_hidden(
    service: Service, client: TestClient, store: Store
) -> None:
    world = _world(service)
    anon, conf = world.ids["a"], world.ids["b"]
    client.cookies.update(world.cookies["officer_a"])
    for cid in (anon, conf):
        page = client.get(f"/desk/aduan/{cid}?identitas=1")
        assert page.status_code == 200 and 'id="identity-hidden"' in page.text
        assert "(alamat disembunyikan)" in page.text and LPG in page.text
    with store.read() as s:
        events = s.exec(select(Event.complaint_id, Event.actor, Event.action).where(
            col(Event.action).in_(("read", "identity_view")))).all()  # fmt: skip
    assert sorted(events) == sorted([(anon, "petugas-a", "read"), (conf, "petugas-a", "read")])
    exported = client.get("/desk/aduan/ekspor.csv?status=semua").text
    codes = [row[0] for row in csv.reader(io.StringIO(exported))][1:]
    assert codes == [world.codes["a"]]  # the confidential complaint is never exported
