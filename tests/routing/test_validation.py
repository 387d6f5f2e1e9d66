"""Bad rule sets are refused at load, each with the path and the value in the message."""

from __future__ import annotations

import time

import pytest

from routing import RuleError
from settings.load import ConfigError, parse_settings
from tests.routing.helpers import router, yaml_config


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
