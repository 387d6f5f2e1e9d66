"""The admin rules page names each rule's file and line, and a refused rule file edit."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi.testclient import TestClient

from ingest.reload import LiveRouter
from service.app import build_service, create_app
from settings.load import load_settings
from settings.root import Settings
from store.db import Store
from tests.conftest import ROOT
from tests.desk.helpers import add_officer, session_cookie
from tests.routing.helpers import copy_bundled_rules


def test_rules_page_names_rule_files_and_a_refused_edit(
    settings: Settings, store: Store, tmp_path: Path
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text((ROOT / "config.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    kesra = copy_bundled_rules(tmp_path) / "kesra.yaml"
    settings.routing = load_settings(config).routing
    service = build_service(settings, store, config_file=config)
    with TestClient(create_app(service), follow_redirects=False) as client:
        client.cookies.update(session_cookie(service, add_officer(store, "adm", "admin")))
        page = client.get("/desk/admin/aturan").text
        assert "<code>pemerintahan.yaml:5</code>" in page  # the first rule, where it starts
        assert "<code>kesra.yaml:5</code>" in page
        assert "ditolak" not in page
        kesra.write_text(kesra.read_text(encoding="utf-8").replace("section: kesra", "section: x"))
        os.utime(kesra, ns=(1, 1_000_000_000))
        live = service.ctx.pipeline.router
        assert isinstance(live, LiveRouter)
        assert live.check_reload() is False
        page = client.get("/desk/admin/aturan").text
        assert "ditolak" in page
        assert "kesra.yaml: rules[0].section (line 6): unknown section &#39;x&#39;" in page
