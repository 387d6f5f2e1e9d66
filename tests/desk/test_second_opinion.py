"""A fallback complaint's page shows the sections of similar complaints officers resolved."""

from __future__ import annotations

from fastapi.testclient import TestClient

from desk.second_opinion import weighed_pool
from routing.neighbours import Past
from routing.text import Normaliser
from service.app import Service
from store.models import Complaint
from tests.desk.helpers import add_officer, complain, csrf_of, session_cookie


def test_fallback_complaint_shows_a_second_opinion_that_does_not_route(
    client: TestClient, service: Service
) -> None:
    store = service.ctx.store
    oid = add_officer(store, "u-triage", "officer", "organisasi")
    client.cookies.update(session_cookie(service, oid))
    csrf = csrf_of(client.get("/desk/aduan").text)
    old, old_code, _ = complain(service, "burung zwalet bersarang di loteng rumah kosong")
    client.post(f"/desk/aduan/{old}/alihkan", data={"to": "hukum", "text": "x", "csrf": csrf})
    new, _, section = complain(service, "zwalet bersarang lagi di loteng sebelah")
    assert section == "organisasi"
    page = client.get(f"/desk/aduan/{new}").text
    assert "Pendapat kedua" in page and "Bagian Hukum: 100%" in page
    # the officer of organisasi cannot open the complaint now in hukum: no link to it
    assert old_code not in page
    both = add_officer(store, "u-both", "officer", "organisasi", "hukum")
    client.cookies.update(session_cookie(service, both))
    page = client.get(f"/desk/aduan/{new}").text
    assert f'href="/desk/aduan/{old}">{old_code}</a>' in page
    with store.read() as s:
        still = s.get(Complaint, new)
        assert still is not None and (still.section, still.needs_triage) == ("organisasi", True)


def test_the_pool_is_weighed_once_while_it_stays_the_same() -> None:
    norm = Normaliser()
    pool = [Past(1, "KK1", "sarang walet berisik", "hukum"), Past(2, "KK2", "jembatan", "adpem")]
    first = weighed_pool(norm, pool)
    assert weighed_pool(norm, list(pool)) is first
    assert all(p.text == "" for p in first.pool)  # no complaint text kept
    changed = weighed_pool(norm, [*pool, Past(3, "KK3", "walet lagi", "hukum")])
    assert changed is not first and len(changed.pool) == 3
    assert (
        weighed_pool(norm, [Past(1, "KK9", "sarang walet berisik", "hukum"), pool[1]])
        is not changed
    )
