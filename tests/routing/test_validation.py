"""Bad rule sets are refused at load, each with the path and the value in the message."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from routing import Router, RuleError
from routing.rulefiles import BUNDLED
from service.cli import app as cli
from settings.load import ConfigError, load_settings, parse_settings
from settings.root import Settings
from tests.conftest import ROOT
from tests.routing.helpers import folder_config, router, yaml_config


def router_of(settings: Settings) -> Router:
    """The router of loaded settings."""
    return Router.build(settings.routing, settings.sections)


def test_invalid_yaml_names_line_and_column() -> None:
    text = yaml_config("routing:\n  rules:\n    - id: a\n      any: [jalan\n")
    with pytest.raises(ConfigError, match=r"invalid YAML at line \d+, column \d+"):
        parse_settings(text)


def test_unknown_section_names_path_value_and_line() -> None:
    text = yaml_config("routing:\n  rules:\n    - id: a\n      section: kesraa\n      any: [x]\n")
    with pytest.raises(
        ConfigError, match=r"routing\.rules\[0\]\.section \(line 9\): unknown section 'kesraa'"
    ):
        parse_settings(text)


def test_unknown_fallback_section() -> None:
    with pytest.raises(RuleError, match=r"^routing\.fallback: unknown section 'umumm'"):
        router([], fallback="umumm")


def test_duplicate_rule_id() -> None:
    rules = [
        {"id": "jalan", "section": "adpem", "any": ["jalan"]},
        {"id": "jalan", "section": "adpem", "any": ["jembatan"]},
    ]
    with pytest.raises(
        RuleError,
        match=r"^routing\.rules\[1\]\.id: duplicate rule id 'jalan' "
        r"\(first at routing\.rules\[0\]\)",
    ):
        router(rules)


def test_empty_condition_list() -> None:
    with pytest.raises(
        RuleError, match=r"^routing\.rules\[0\]\.any: empty condition in rule 'a' \(\[\]\)"
    ):
        router([{"id": "a", "section": "adpem", "any": []}])


def test_rule_without_any_condition() -> None:
    with pytest.raises(RuleError, match=r"^routing\.rules\[0\]: rule 'a' has no condition"):
        router([{"id": "a", "section": "adpem", "none": ["jalan"]}])


def test_term_without_words() -> None:
    with pytest.raises(
        RuleError, match=r"^routing\.rules\[0\]\.any\[1\]: term '🙏' in rule 'a' has no words"
    ):
        router([{"id": "a", "section": "adpem", "any": ["jalan", "🙏"]}])


def test_unknown_key_is_a_typo() -> None:
    text = yaml_config(
        "routing:\n  rules:\n    - id: a\n      section: adpem\n      anyy: [jalan]\n"
    )
    with pytest.raises(ConfigError, match=r"routing\.rules\[0\]\.anyy \(line 10\): unknown key"):
        parse_settings(text)


def test_pattern_that_does_not_compile_names_the_rule() -> None:
    rules = [{"id": "nomor", "section": "adpem", "regex": ["proyek [0-9"]}]
    with pytest.raises(
        RuleError,
        match=r"^routing\.rules\[0\]\.regex\[0\]: pattern 'proyek \[0-9' in rule 'nomor' "
        r"does not compile",
    ):
        router(rules)


def test_backreference_needs_backtracking_and_is_refused() -> None:
    rules = [{"id": "ulang", "section": "adpem", "regex": [r"(\w+) \1"]}]
    with pytest.raises(
        RuleError,
        match=r"^routing\.rules\[0\]\.regex\[0\]: .*backreferences need a backtracking engine",
    ):
        router(rules)


def test_lookahead_is_refused() -> None:
    rules = [{"id": "x", "section": "adpem", "regex": ["jalan(?= rusak)"]}]
    with pytest.raises(
        RuleError,
        match=r"^routing\.rules\[0\]\.regex\[0\]: pattern 'jalan\(\?= rusak\)' in rule 'x' "
        r"uses a lookahead",
    ):
        router(rules)


def test_bad_sender_pattern() -> None:
    rules = [{"id": "internal", "section": "adpem", "sender": "@kukarkab(", "any": ["x"]}]
    with pytest.raises(
        RuleError, match=r"^routing\.rules\[0\]\.sender: pattern '@kukarkab\(' in rule 'internal'"
    ):
        router(rules)


def test_catastrophic_pattern_runs_in_linear_time() -> None:
    # (a+)+$ takes exponential time in a backtracking engine; RE2 does not backtrack.
    r = router([{"id": "evil", "section": "adpem", "regex": ["(a+)+$"]}])
    started = time.perf_counter()
    r.route("a" * 5000 + "!")
    assert time.perf_counter() - started < 1.0


def test_decide_rule_takes_no_weight() -> None:
    with pytest.raises(
        RuleError,
        match=r"^routing\.rules\[0\]\.weight: a rule with decide: true takes no weight \(2\.0\)",
    ):
        router([{"id": "a", "section": "adpem", "any": ["x"], "decide": True, "weight": 2}])


def test_weight_must_be_positive() -> None:
    with pytest.raises(
        RuleError, match=r"^routing\.rules\[0\]\.weight: must be a number above 0, not -1\.0"
    ):
        router([{"id": "a", "section": "adpem", "any": ["x"], "weight": -1}])


def test_slang_key_must_be_one_word() -> None:
    with pytest.raises(RuleError, match=r"^routing\.slang\.gas melon: the key must be one word"):
        router([], slang={"gas melon": "lpg"})


def test_failing_section_example_names_its_path() -> None:
    text = yaml_config(
        "routing:\n  rules:\n    - id: a\n      section: adpem\n      any: [jembatan]\n"
    ).replace(
        "    name: Bagian Administrasi Pembangunan\n",
        '    name: Bagian Administrasi Pembangunan\n    examples: ["jalan rusak parah"]\n',
    )
    with pytest.raises(
        ConfigError,
        match=r"sections\[1\]\.examples\[0\].*'jalan rusak parah' routes to 'organisasi' "
        r"\(fallback\), expected 'adpem'",
    ):
        parse_settings(text)


def test_failing_rule_example_names_its_path() -> None:
    rules = [{"id": "a", "section": "adpem", "any": ["jembatan"], "examples": ["gedung retak"]}]
    with pytest.raises(
        RuleError, match=r"^routing\.rules\[0\]\.examples\[0\]: example 'gedung retak'"
    ):
        router(rules)


JEMBATAN = "order: 10\nrules:\n  - id: jembatan\n    section: adpem\n    any: [jembatan]\n"


def _load_folder(tmp_path: Path, files: dict[str, str]) -> Settings:
    return load_settings(folder_config(tmp_path, files))


def test_a_rule_file_typo_names_the_file_and_line(tmp_path: Path) -> None:
    bad = JEMBATAN + "  - id: b\n    section: adpem\n    anyy: [jalan]\n"
    with pytest.raises(ConfigError) as caught:
        _load_folder(tmp_path, {"adpem.yaml": bad})
    assert str(caught.value) == (
        f"{tmp_path / 'rules' / 'adpem.yaml'}: rules[1].anyy (line 8): unknown key "
        "(check the spelling)"
    )


def test_a_rule_message_names_the_file_and_the_rule_there(tmp_path: Path) -> None:
    second = "order: 20\nrules:\n  - id: jembatan\n    section: adpem\n    any: [gedung]\n"
    with pytest.raises(ConfigError) as caught:
        _load_folder(tmp_path, {"adpem.yaml": JEMBATAN, "gedung.yaml": second})
    rules = tmp_path / "rules"
    assert str(caught.value) == (
        f"{rules / 'gedung.yaml'}: rules[0].id (line 3): duplicate rule id 'jembatan' "
        f"(first at {rules / 'adpem.yaml'} rules[0] (line 3))"
    )


def test_a_failing_example_in_a_rule_file_names_its_line(tmp_path: Path) -> None:
    text = JEMBATAN + "    examples:\n      - jembatan putus\n      - gedung retak\n"
    with pytest.raises(ConfigError, match=r"adpem\.yaml: rules\[0\]\.examples\[1\] \(line 8\): "):
        _load_folder(tmp_path, {"adpem.yaml": text})


def test_invalid_yaml_in_a_rule_file_names_file_line_and_column(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"adpem\.yaml: invalid YAML at line 6, column \d+"):
        _load_folder(tmp_path, {"adpem.yaml": JEMBATAN.replace("[jembatan]", "[jembatan")})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            JEMBATAN.replace("order: 10\n", ""),
            r"order \(line 1\): a file with rules needs an order",
        ),
        (JEMBATAN.replace("order: 10", "order: awal"), r"order \(line 1\): must be a whole number"),
        (JEMBATAN + "sections: []\n", r"sections \(line 6\): unknown key"),
        ("- id: a\n", r"the top level must be a mapping"),
        ("order: 1\nrules: {id: a}\n", r"rules \(line 2\): must be a list"),
    ],
    ids=["no order", "order not a number", "unknown key", "a list", "rules not a list"],
)
def test_a_malformed_rule_file_is_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=r"adpem\.yaml: " + message):
        _load_folder(tmp_path, {"adpem.yaml": text})


def test_a_word_in_two_files_is_refused(tmp_path: Path) -> None:
    files = {
        "a.yaml": "slang:\n  jmbtn: jembatan\n",
        "b.yaml": "slang:\n  lemot: lambat\n  jmbtn: jalan\n",
    }
    with pytest.raises(ConfigError) as caught:
        _load_folder(tmp_path, {**files, "adpem.yaml": JEMBATAN})
    rules = tmp_path / "rules"
    assert str(caught.value) == (
        f"{rules / 'b.yaml'}: slang.jmbtn (line 3): 'jmbtn' is also in {rules / 'a.yaml'}; keep one"
    )


def test_a_table_entry_error_names_its_file(tmp_path: Path) -> None:
    files = {"slang.yaml": "slang:\n  gas melon: lpg\n", "adpem.yaml": JEMBATAN}
    with pytest.raises(
        ConfigError, match=r"slang\.yaml: slang\.gas melon \(line 2\): the key must"
    ):
        _load_folder(tmp_path, files)


def test_rules_in_config_yaml_and_a_folder_are_refused(tmp_path: Path) -> None:
    path = folder_config(tmp_path, {"adpem.yaml": JEMBATAN})
    text = path.read_text(encoding="utf-8") + "  slang: {jmbtn: jembatan}\n"
    with pytest.raises(
        ConfigError, match=r"config\.yaml: routing\.slang \(line 8\): the rules folder"
    ):
        parse_settings(text, str(path))


def test_files_are_read_by_order_then_by_name(tmp_path: Path) -> None:
    def decide(rule_id: str, order: int) -> str:
        return (
            f"order: {order}\nrules:\n  - id: {rule_id}\n    section: {rule_id}\n"
            "    any: [jembatan]\n    decide: true\n"
        )

    files = {"a.yaml": decide("organisasi", 20), "z.yaml": decide("adpem", 10)}
    settings = _load_folder(tmp_path, files)
    assert [r.id for r in settings.routing.rules] == ["adpem", "organisasi"]
    assert router_of(settings).route("jembatan").section == "adpem"
    (tmp_path / "rules" / "z.yaml").write_text(decide("adpem", 20), encoding="utf-8")
    settings = _load_folder(tmp_path, {})
    assert [r.id for r in settings.routing.rules] == ["organisasi", "adpem"]  # same order: a < z
    assert router_of(settings).route("jembatan").section == "organisasi"


def test_without_rules_or_a_folder_the_installed_rules_are_used() -> None:
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    assert "  rules_dir: routing/rules\n" in text
    settings = parse_settings(text.replace("  rules_dir: routing/rules\n", ""), "/nowhere/c.yaml")
    assert settings.routing.sources is not None and settings.routing.sources.folder == BUNDLED
    assert len(settings.routing.rules) > 80


def test_config_check_names_a_broken_rule_file_and_prints_warnings(tmp_path: Path) -> None:
    warned = JEMBATAN.replace("[jembatan]", "[jembatan, jembatan putus]")
    path = folder_config(tmp_path, {"adpem.yaml": warned})
    result = CliRunner().invoke(cli, ["config", "check", str(path)])
    assert result.exit_code == 0, result.output
    assert f"rules folder: {tmp_path / 'rules'} (1 files)" in result.output
    assert (
        f"warning: {tmp_path / 'rules' / 'adpem.yaml'}: rules[0].any[1] (line 5): term "
        "'jembatan putus' is redundant" in result.output
    )
    (tmp_path / "rules" / "adpem.yaml").write_text(warned.replace("adpem", "adpemm"))
    result = CliRunner().invoke(cli, ["config", "check", str(path)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'rules' / 'adpem.yaml'}: rules[0].section (line 4): unknown section" in (
        result.output
    )


def test_the_environment_names_another_rules_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = folder_config(tmp_path, {"adpem.yaml": JEMBATAN})
    other = tmp_path / "other"
    other.mkdir()
    (other / "org.yaml").write_text(JEMBATAN.replace("adpem", "organisasi"), encoding="utf-8")
    monkeypatch.setenv("ADUAN_ROUTING__RULES_DIR", "other")
    settings = load_settings(path)
    assert settings.routing.sources is not None and settings.routing.sources.folder == other
    assert settings.routing.rules_dir == "other"
    assert settings.routing.rules[0].section == "organisasi"


def test_a_failing_section_example_names_config_yaml_beside_a_rules_folder(tmp_path: Path) -> None:
    path = folder_config(tmp_path, {"adpem.yaml": JEMBATAN})
    text = path.read_text(encoding="utf-8").replace(
        "    name: Bagian Administrasi Pembangunan\n",
        '    name: Bagian Administrasi Pembangunan\n    examples: ["gedung retak"]\n',
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert str(caught.value).startswith(f"{path}: sections[1].examples[0] (line 6): example ")
