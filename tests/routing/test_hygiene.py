"""Hygiene warnings beyond rule terms: paraphrases and slang that add nothing."""

from __future__ import annotations

from pathlib import Path

from routing import Router
from settings.load import load_settings
from tests.routing.helpers import folder_config, router

RULE = {"id": "lpg", "section": "adpem", "any": ["lpg"]}


def test_a_paraphrase_containing_its_canonical_term_or_a_shorter_one_is_redundant() -> None:
    paraphrases = {
        "lpg": ["gas melon", "gas elpiji", "gas melon 3 kilo", "tabung  melon", "Gas Melon"]
    }
    assert router([RULE], paraphrases=paraphrases).warnings() == [
        "routing.paraphrases.lpg[1]: paraphrase 'gas elpiji' is redundant: 'lpg' matches wherever "
        "it does",
        "routing.paraphrases.lpg[2]: paraphrase 'gas melon 3 kilo' is redundant: 'gas melon' "
        "matches wherever it does",
        "routing.paraphrases.lpg[4]: paraphrase 'Gas Melon' reduces to the same words as "
        "'gas melon'",
    ]


def test_a_slang_entry_that_is_built_in_is_reported() -> None:
    warnings = router([RULE], slang={"yg": "yang", "jmbtn": "jembatan"}).warnings()
    assert warnings == ["routing.slang.yg: 'yg' -> 'yang' is built in already"]


def test_warnings_about_a_rule_file_name_its_file_and_line(tmp_path: Path) -> None:
    files = {
        "slang.yaml": "# informal words\nslang:\n  jmbtn: jembatan\n  yg: yang\n",
        "lpg.yaml": "order: 1\nrules:\n  - id: lpg\n    section: adpem\n    any: [lpg, lpg 3 kg]\n",
    }
    settings = load_settings(folder_config(tmp_path, files))
    rules = tmp_path / "rules"
    assert Router.compile(settings.routing, settings.sections).warnings() == [
        f"{rules / 'lpg.yaml'}: rules[0].any[1] (line 5): term 'lpg 3 kg' is redundant: the "
        "shorter term 'lpg' matches wherever it does",
        f"{rules / 'slang.yaml'}: slang.yg (line 4): 'yg' -> 'yang' is built in already",
    ]


def test_a_longer_term_that_weighs_more_is_not_redundant() -> None:
    terms = ["perkara", {"term": "perkara di pengadilan", "weight": 2}, "perkara pidana"]
    warnings = router([{"id": "p", "section": "hukum", "any": terms}]).warnings()
    assert warnings == [
        "routing.rules[0].any[2]: term 'perkara pidana' is redundant: the shorter term 'perkara' "
        "matches wherever it does"
    ]
