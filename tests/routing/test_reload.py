"""Hot reload: an edited config.yaml or rule file is checked and swapped in; a broken edit is
refused with its file and line, and the rules in force stay."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from prometheus_client import REGISTRY

from ingest.reload import LiveRouter
from tests.routing.helpers import folder_config, yaml_config

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


JEMBATAN = "order: 10\nrules:\n  - id: jembatan\n    section: adpem\n    any: [jembatan]\n"
ORGANISASI = "order: 20\nrules:\n  - id: pungli\n    section: organisasi\n    any: [pungli]\n"


def test_an_edited_rule_file_is_put_in_force(tmp_path: Path) -> None:
    live = LiveRouter.load(folder_config(tmp_path, {"adpem.yaml": JEMBATAN}))
    before = live.version
    assert live.route("drainase mampet").fallback
    write(tmp_path / "rules" / "adpem.yaml", JEMBATAN.replace("[jembatan]", "[drainase]"), 1)
    assert live.check_reload() is True
    assert live.version != before and live.last_error is None
    assert live.route("drainase mampet").section == "adpem"
    assert live.route("jembatan putus").fallback


def test_a_broken_rule_file_is_refused_with_file_and_line(tmp_path: Path) -> None:
    live = LiveRouter.load(
        folder_config(tmp_path, {"adpem.yaml": JEMBATAN, "org.yaml": ORGANISASI})
    )
    version = live.version
    refused = REGISTRY.get_sample_value("aduan_routing_reloads_total", {"result": "refused"}) or 0
    broken = ORGANISASI.replace("section: organisasi", "section: organisasii")
    write(tmp_path / "rules" / "org.yaml", broken, 1)
    assert live.check_reload() is False
    assert live.last_error is not None
    assert f"{tmp_path / 'rules' / 'org.yaml'}: rules[0].section (line 4): " in live.last_error
    assert "unknown section 'organisasii'" in live.last_error
    assert live.version == version and failing() == 1
    assert REGISTRY.get_sample_value("aduan_routing_reloads_total", {"result": "refused"}) == (
        refused + 1
    )
    assert live.route("ada pungli di loket").section == "organisasi"  # the old rules stay
    write(tmp_path / "rules" / "org.yaml", "order: 20\nrules:\n  - id: [\n", 2)
    assert live.check_reload() is False
    assert live.last_error is not None
    assert f"{tmp_path / 'rules' / 'org.yaml'}: invalid YAML at line 4" in live.last_error
    write(tmp_path / "rules" / "org.yaml", ORGANISASI, 3)
    assert live.check_reload() is False  # back to the rules in force: nothing to swap
    assert live.last_error is None and failing() == 0


def test_a_new_rule_file_is_read(tmp_path: Path) -> None:
    live = LiveRouter.load(folder_config(tmp_path, {"adpem.yaml": JEMBATAN}))
    assert live.route("ada pungli di loket").fallback is True
    write(tmp_path / "rules" / "org.yaml", ORGANISASI, 1)
    assert live.check_reload() is True
    assert live.route("ada pungli di loket").rules == ("pungli",)


def test_an_editors_hidden_file_in_the_folder_is_not_read(tmp_path: Path) -> None:
    live = LiveRouter.load(folder_config(tmp_path, {"adpem.yaml": JEMBATAN}))
    (tmp_path / "rules" / ".#adpem.yaml").symlink_to(tmp_path / "nowhere")  # an Emacs lock
    write(tmp_path / "rules" / ".adpem.yaml", "rules: [", 1)
    assert live.check_reload() is False
    assert live.last_error is None


def test_a_removed_rule_file_takes_its_rules_away(tmp_path: Path) -> None:
    live = LiveRouter.load(
        folder_config(tmp_path, {"adpem.yaml": JEMBATAN, "org.yaml": ORGANISASI})
    )
    assert live.route("ada pungli di loket").rules == ("pungli",)
    (tmp_path / "rules" / "org.yaml").unlink()
    assert live.check_reload() is True
    assert live.route("ada pungli di loket").fallback is True
    assert live.route("jembatan putus").section == "adpem"


def test_a_removed_rules_folder_is_refused(tmp_path: Path) -> None:
    live = LiveRouter.load(folder_config(tmp_path, {"adpem.yaml": JEMBATAN}))
    shutil.rmtree(tmp_path / "rules")
    assert live.check_reload() is False
    assert live.last_error is not None and "routing.rules_dir (line " in live.last_error
    assert "no folder" in live.last_error
    assert live.route("jembatan putus").section == "adpem"


def test_config_yaml_naming_another_folder_moves_the_watch(tmp_path: Path) -> None:
    path = folder_config(tmp_path, {"adpem.yaml": JEMBATAN})
    live = LiveRouter.load(path)
    other = tmp_path / "other"
    other.mkdir()
    (other / "org.yaml").write_text(ORGANISASI, encoding="utf-8")
    write(path, path.read_text(encoding="utf-8").replace("rules_dir: rules", "rules_dir: other"), 1)
    assert live.check_reload() is True
    assert live.route("jembatan putus").fallback is True
    write(other / "org.yaml", ORGANISASI.replace("[pungli]", "[pungli, calo]"), 2)
    assert live.check_reload() is True
    assert live.route("banyak calo di loket").section == "organisasi"
