"""Hot reload: an edited config.yaml is checked and swapped in; a broken edit is refused."""

from __future__ import annotations

import os
from pathlib import Path

from prometheus_client import REGISTRY

from ingest.reload import LiveRouter
from tests.routing.helpers import yaml_config

GOOD = "routing:\n  rules:\n    - id: jembatan\n      section: adpem\n      any: [jembatan]\n"
NEWER = GOOD.replace("[jembatan]", "[jembatan, drainase]")


def write(path: Path, text: str, bump: int) -> None:
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + bump * 1_000_000_000))


def failing() -> float | None:
    return REGISTRY.get_sample_value("aduan_routing_reload_failing")


def test_unchanged_file_is_not_reloaded(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    write(path, yaml_config(GOOD), 0)
    live = LiveRouter.load(path)
    assert live.check_reload() is False
    assert live.route("jembatan putus").section == "adpem"


def test_valid_edit_is_swapped_in_with_a_new_version(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    write(path, yaml_config(GOOD), 0)
    live = LiveRouter.load(path)
    before = live.version
    assert live.route("drainase mampet").fallback
    write(path, yaml_config(NEWER), 1)
    assert live.check_reload() is True
    assert live.version != before and live.last_error is None
    decision = live.route("drainase mampet")
    assert decision.section == "adpem" and decision.version == live.version
    assert REGISTRY.get_sample_value("aduan_routing_config_info", {"version": live.version}) == 1


def test_broken_edit_is_refused_and_the_rules_in_force_stay(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    write(path, yaml_config(GOOD), 0)
    live = LiveRouter.load(path)
    version = live.version
    refused = REGISTRY.get_sample_value("aduan_routing_reloads_total", {"result": "refused"}) or 0
    write(path, yaml_config(GOOD.replace("section: adpem", "section: adpemm")), 1)
    assert live.check_reload() is False
    assert live.version == version
    assert live.last_error is not None and "unknown section 'adpemm'" in live.last_error
    assert live.route("jembatan putus").section == "adpem"
    assert failing() == 1
    after = REGISTRY.get_sample_value("aduan_routing_reloads_total", {"result": "refused"})
    assert after == refused + 1
    assert live.check_reload() is False  # refused once, not at every check
    write(path, yaml_config(NEWER), 2)
    assert live.check_reload() is True
    assert live.last_error is None and failing() == 0


def test_an_edit_whose_example_fails_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    write(path, yaml_config(GOOD), 0)
    live = LiveRouter.load(path)
    write(path, yaml_config(GOOD + "      examples: [gedung retak]\n"), 1)
    assert live.check_reload() is False
    assert live.last_error is not None and "routing.rules[0].examples[0]" in live.last_error


def test_a_deleted_file_keeps_the_rules(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    write(path, yaml_config(GOOD), 0)
    live = LiveRouter.load(path)
    path.unlink()
    assert live.check_reload() is False
    assert live.last_error is not None and "cannot read" in live.last_error
    assert live.route("jembatan").section == "adpem"
