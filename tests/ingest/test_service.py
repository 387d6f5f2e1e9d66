"""The service's jobs: rules hot reload, channel health and the alert when a channel dies."""

from __future__ import annotations

from pathlib import Path

from channels.base import IncomingMessage
from channels.errors import TransientChannelError
from ingest.reload import LiveRouter
from ingest.scheduler import UNHEALTHY_AFTER, run_job
from ingest.wiring import Job
from service.app import build_service
from settings.load import load_settings
from settings.root import Settings
from store.db import Store
from store.health import all_health
from tests.conftest import ROOT
from tests.routing.helpers import copy_bundled_rules

NEW_RULE = """
  - id: uji-reload-sampah
    section: umum
    description: test rule added while the service runs
    phrases: [tumpukan sampah kantor bupati]
    decide: true
"""


def test_edited_rules_are_reloaded_and_a_broken_edit_is_refused(
    settings: Settings, store: Store, tmp_path: Path
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text((ROOT / "config.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    rules = copy_bundled_rules(tmp_path) / "umum.yaml"
    original = rules.read_text(encoding="utf-8")
    settings.routing = load_settings(config).routing  # the rules of the copy, as `serve` loads
    service = build_service(settings, store, config_file=config)
    live = service.ctx.pipeline.router
    assert isinstance(live, LiveRouter)
    (reload_job,) = [j for j in service.jobs if j.name == "rules-reload"]
    before = live.version
    assert run_job(service.ctx, reload_job) == 0  # nothing changed

    rules.write_text(original.rstrip() + "\n" + NEW_RULE, encoding="utf-8")
    assert run_job(service.ctx, reload_job) == 1
    assert live.version != before and live.last_error is None
    decision = live.route("ada tumpukan sampah kantor bupati di parkiran")
    assert decision.section == "umum" and decision.rules == ("uji-reload-sampah",)

    rules.write_text(original.replace("section: umum", "section: umumm", 1) + NEW_RULE)
    assert run_job(service.ctx, reload_job) == 0
    assert live.last_error and "umum.yaml: rules[0].section (line " in live.last_error
    assert "unknown section 'umumm'" in live.last_error
    assert live.route("ada tumpukan sampah kantor bupati di parkiran").section == "umum"


def test_failing_channel_turns_unhealthy_alerts_once_and_recovers(
    settings: Settings, store: Store
) -> None:
    service = build_service(settings, store)
    outcome: list[str] = []
    alerts: list[str] = []

    def poll() -> int:
        if outcome.pop(0) == "fail":
            raise TransientChannelError("connection refused")
        return 2

    job = Job("fake-poll", "fakechannel", 1, poll)
    outcome.extend(["fail"] * (UNHEALTHY_AFTER + 2) + ["ok"])
    for _ in range(UNHEALTHY_AFTER + 2):
        assert run_job(service.ctx, job, alerts.append) == 0
    with store.read() as s:
        (health,) = [h for h in all_health(s) if h.channel == "fakechannel"]
    assert not health.healthy and health.consecutive_failures == UNHEALTHY_AFTER + 2
    assert health.last_error == "connection refused"
    assert alerts == ["fakechannel"]
    assert run_job(service.ctx, job, alerts.append) == 2
    with store.read() as s:
        (health,) = [h for h in all_health(s) if h.channel == "fakechannel"]
    assert health.healthy and health.consecutive_failures == 0


def test_sqlite_wal_is_checkpointed_by_a_job(settings: Settings, store: Store) -> None:
    service = build_service(settings, store)
    jobs = {j.name: j for j in service.jobs}
    if not store.is_sqlite:
        assert "sqlite-checkpoint" not in jobs
        return

    for i in range(20):
        service.ctx.pipeline.accept(
            IncomingMessage(
                "sms", f"ck:{i}", f"+6281277700{i:02d}", "Harga gas naik", service.ctx.clock()
            )
        )
    assert run_job(service.ctx, jobs["sqlite-checkpoint"]) == 0  # every page copied back
