"""The rules that ship in config.yaml: the dev set, our own probes, and every example."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.config import load_settings
from routing import Router
from routing.evaluate import evaluate, read_dataset
from tests.routing.probes import PROBES

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "routing-dev.jsonl"


@pytest.fixture(scope="module")
def default_router() -> Router:
    settings = load_settings(ROOT / "config.yaml")
    return Router.build(settings.routing, settings.sections)


@pytest.mark.skipif(not DEV.exists(), reason="the shared dev set is not here")
def test_dev_set_accuracy_is_at_least_95_percent_without_fallback(default_router: Router) -> None:
    report = evaluate(default_router, read_dataset(DEV))
    assert report.accuracy >= 0.95, [p for p in report.predictions if p["got"] != p["expected"]]
    assert report.fallbacks == 0


@pytest.mark.parametrize(("section", "channel", "text"), PROBES, ids=lambda v: str(v)[:30])
def test_probe_routes_to_its_section(
    default_router: Router, section: str, channel: str, text: str
) -> None:
    decision = default_router.route(text, channel)
    assert (decision.section, decision.fallback) == (section, False), decision.explain()


def test_every_shipped_example_routes_where_it_says(default_router: Router) -> None:
    settings = load_settings(ROOT / "config.yaml")
    assert default_router.failed_examples(settings.sections) == []
    assert all(s.examples for s in settings.sections)
