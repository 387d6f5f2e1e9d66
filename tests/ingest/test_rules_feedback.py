"""Officers' reassignments come back as routing feedback in `aduan rules check`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from channels.base import IncomingMessage
from ingest.pipeline import Pipeline
from routing import Router
from service.cli import app
from settings.root import Settings
from store.db import Store
from store.models import Event
from tests.conftest import ROOT, Clock


def test_rules_check_reports_reassignments(
    settings: Settings, store: Store, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline = Pipeline(settings, store, Router.build(settings.routing, settings.sections), clock)
    texts = ["Gas elpiji 3 kg langka di pangkalan", "Jalan poros desa rusak, proyek mangkrak"]
    results = [
        pipeline.accept(
            IncomingMessage("sms", f"fb:{i}", f"+62812999000{i}", text, clock.now, new_thread=True)
        )
        for i, text in enumerate(texts)
    ]
    assert [r.section for r in results] == ["perekonomian", "adpem"]
    moves = [("perekonomian", "perekonomian"), ("adpem", "pemerintahan")]
    with store.write() as s:  # one officer agrees with the rules, one moved it elsewhere
        for result, (before, after) in zip(results, moves, strict=True):
            detail = {"from": before, "to": after, "reason": "periksa"}
            s.add(Event(complaint_id=result.complaint_id, actor="budi", action="reassign",
                        detail=detail))  # fmt: skip
    monkeypatch.setenv("ADUAN_DATABASE_URL", store.url)
    checked = CliRunner().invoke(
        app, ["rules", "check", "--json", "--config", str(ROOT / "config.yaml")]
    )
    assert checked.exit_code == 0, checked.output
    found = json.loads(checked.output)["reassignments"]
    assert found == {"total": 2, "rules_agree": 1, "still_wrong": {"adpem -> pemerintahan": 1}}
    readable = CliRunner().invoke(app, ["rules", "check", "--config", str(ROOT / "config.yaml")])
    assert "agree with the officer on 1/2" in readable.output
