"""The desk's routes are built once per process and serve the desk of the app that serves the
request (desk/web.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from desk.web import desk_router
from service.app import Service, build_service, create_app
from settings.root import Settings
from store.db import Store
from store.migrate import ensure_schema
from tests.conftest import Clock
from tests.desk.helpers import add_officer, session_cookie


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_each_app_serves_its_own_desk_through_routes_built_once(
    service: Service, settings: Settings, clock: Clock, tmp_path: Path
) -> None:
    other_store = Store(f"sqlite:///{tmp_path / 'other.db'}")
    ensure_schema(other_store, auto_upgrade=True)
    other_settings = settings.model_copy(deep=True)
    other_settings.database.url = other_store.url
    other = build_service(other_settings, other_store, clock=clock)
    assert desk_router(service.desk) is desk_router(other.desk)
    officer = add_officer(service.ctx.store, "ani", "supervisor")
    cookie = session_cookie(service, officer)
    with (
        TestClient(create_app(service), follow_redirects=False) as mine,
        TestClient(create_app(other), follow_redirects=False) as theirs,
    ):
        for _ in range(2):  # in turns: neither app's request leaves its desk to the next
            mine.cookies.update(cookie)
            theirs.cookies.update(cookie)
            assert mine.get("/desk/aduan").status_code == 200
            # the officer and the session are in the first app's store only
            assert theirs.get("/desk/aduan").status_code == 303
    other_store.dispose()
