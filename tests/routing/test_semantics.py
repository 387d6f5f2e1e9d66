"""What a rule set means: decide rules, weights, ties, threshold, conditions, positions."""

from __future__ import annotations

import json
from typing import Any

from tests.routing.helpers import router


def test_first_matching_decide_rule_decides_in_order() -> None:
    r = router(
        [
            {"id": "heavy", "section": "kesra", "any": ["masjid"], "weight": 9},
            {"id": "first", "section": "hukum", "any": ["perda"], "decide": True},
            {"id": "second", "section": "adpem", "any": ["masjid"], "decide": True},
        ]
    )
    d = r.route("renovasi masjid sesuai perda")
    assert (d.section, d.rules, d.decided, d.fallback) == ("hukum", ("first",), True, False)


def test_weights_add_up_per_section_and_highest_total_wins() -> None:
    r = router(
        [
            {"id": "k1", "section": "kesra", "any": ["masjid"], "weight": 1.5},
            {"id": "a1", "section": "adpem", "any": ["atap"], "weight": 1},
            {"id": "a2", "section": "adpem", "any": ["bocor"], "weight": 1},
        ]
    )
    d = r.route("atap masjid bocor")
    assert d.section == "adpem"
    assert d.scores == {"kesra": 1.5, "adpem": 2.0}
    assert d.rules == ("a1", "a2")
    assert d.fired == ("k1", "a1", "a2")


def test_a_tie_goes_to_the_section_of_the_earlier_rule() -> None:
    rules = [
        {"id": "k", "section": "kesra", "any": ["masjid"]},
        {"id": "a", "section": "adpem", "any": ["atap"]},
    ]
    assert router(rules).route("atap masjid").section == "kesra"
    assert router(rules[::-1]).route("atap masjid").section == "adpem"


def test_scores_are_listed_best_first_and_a_tied_runner_up_is_the_earlier_rule() -> None:
    # the runner-up that the explanation names follows the winner's tie rule, whatever order
    # the words come in the text
    rules: list[dict[str, Any]] = [
        {"id": "h", "section": "hukum", "any": ["perda"], "weight": 2},
        {"id": "k", "section": "kesra", "any": ["masjid"]},
        {"id": "a", "section": "adpem", "any": ["atap"]},
    ]
    for text in ("atap masjid sesuai perda", "perda masjid atap", "masjid, atap, perda"):
        d = router(rules).route(text)
        assert list(d.scores) == ["hukum", "kesra", "adpem"]
        assert d.explain().endswith("runner-up kesra 1")
    d = router([rules[0], rules[2], rules[1]]).route("atap masjid sesuai perda")
    assert list(d.scores) == ["hukum", "adpem", "kesra"]
    assert d.explain().endswith("runner-up adpem 1")


def test_below_threshold_goes_to_fallback_for_triage() -> None:
    r = router([{"id": "weak", "section": "adpem", "any": ["gedung"], "weight": 0.5}])
    d = r.route("gedung itu")
    assert d.fallback and d.needs_triage and d.section == "organisasi"
    assert d.scores == {"adpem": 0.5}
    assert "fallback" in d.explain() and "adpem" in d.explain()


def test_a_rule_for_the_fallback_section_is_not_a_fallback() -> None:
    d = router([{"id": "pungli", "section": "organisasi", "any": ["pungli"]}]).route("ada pungli")
    assert d.section == "organisasi" and not d.fallback


def test_all_needs_every_term_and_none_vetoes() -> None:
    r = router([{"id": "j", "section": "adpem", "all": ["jalan", "rusak"], "none": ["tambang"]}])
    assert not r.route("jalannya bagus").fired
    assert r.route("jalan di desa rusak parah").section == "adpem"
    assert r.route("jalan rusak karena truk tambang").fallback


def test_every_given_condition_must_hold() -> None:
    r = router([{"id": "x", "section": "adpem", "any": ["jembatan"], "channels": ["sms"]}])
    assert r.route("jembatan putus", channel="sms").section == "adpem"
    assert r.route("jembatan putus", channel="email").fallback


def test_channel_only_rule() -> None:
    r = router([{"id": "web", "section": "kesra", "channels": ["web"]}])
    assert r.route("apa saja", channel="WEB").section == "kesra"
    assert r.route("apa saja", channel="sms").fallback


def test_sender_pattern_marks_an_internal_customer() -> None:
    rule = {"id": "internal", "section": "hukum", "sender": r"@kukarkab\.go\.id$", "any": ["draf"]}
    r = router([rule])
    assert r.route("draf perbup", sender="Staf@KukarKab.go.id").section == "hukum"
    assert r.route("draf perbup", sender="warga@gmail.com").fallback
    assert r.route("draf perbup").fallback


def test_keywords_are_stemmed_at_load() -> None:
    r = router([{"id": "lapor", "section": "adpem", "any": ["melaporkan"]}])
    for text in ("laporan saya", "mau lapor", "pelaporan kegiatan", "dilaporkan kemarin"):
        assert r.route(text).section == "adpem", text


def test_sastrawi_mistake_kerusakan_is_corrected() -> None:
    r = router([{"id": "rusak", "section": "adpem", "any": ["rusak"]}])
    assert r.route("kerusakan jembatan").section == "adpem"
    assert router([{"id": "rusa", "section": "kesra", "any": ["rusa"]}]).route("kerusakan").fallback


def test_phrases_match_words_as_written_not_stems() -> None:
    r = router([{"id": "p", "section": "kesra", "phrases": ["bertemu"]}])
    assert r.route("ingin bertemu bupati").section == "kesra"
    assert r.route("dokumen tidak ditemukan").fallback


def test_matches_point_into_the_original_text() -> None:
    text = "Pak, JALAN desa kami RUSAKKK parah"
    r = router([{"id": "jr", "section": "adpem", "any": ["jalan desa", "rusak"]}])
    d = r.route(text)
    found = {m.term: text[m.start : m.end] for m in d.matches}
    assert found == {"jalan desa": "JALAN desa", "rusak": "RUSAKKK"}


def test_positions_survive_unicode_folding() -> None:
    text = (
        "ﬁle: Ｊｅｍｂａｔａｎ ambruk"  # a ligature and full-width letters change length under NFKC
    )
    d = router([{"id": "j", "section": "adpem", "any": ["jembatan"]}]).route(text)
    (m,) = d.matches
    assert text[m.start : m.end] == "Ｊｅｍｂａｔａｎ"


def test_regex_matches_on_the_unmasked_text_with_positions() -> None:
    text = "lihat lpse.kukarkab.go.id paket 123"
    d = router([{"id": "r", "section": "adpem", "regex": [r"lpse\.kukarkab"]}]).route(text)
    (m,) = d.matches
    assert text[m.start : m.end] == "lpse.kukarkab"


def test_decision_is_json_ready_and_explains_in_one_line() -> None:
    d = router([{"id": "j", "section": "adpem", "any": ["jembatan"]}]).route("jembatan putus")
    data = json.loads(json.dumps(d.to_dict()))
    assert {"section", "fallback", "rules", "matches", "scores"} <= data.keys()
    assert data["matches"] == [{"rule": "j", "term": "jembatan", "start": 0, "end": 8}]
    assert "\n" not in d.explain() and "j" in d.explain()


def test_hard_inputs_route_without_error() -> None:
    r = router([{"id": "j", "section": "adpem", "any": ["jembatan"]}])
    for text in ("", "   ", "🙏🙏😡", "The bridge collapsed, please help", "桥塌了", "ا" * 50):
        assert r.route(text).fallback
    huge = "jembatan " + "x" * 1_000_000
    assert r.route(huge).section == "adpem"


def test_long_text_is_routed_on_a_bounded_prefix() -> None:
    r = router([{"id": "j", "section": "adpem", "any": ["jembatan"]}], max_chars=1000)
    assert r.route("a " * 600 + "jembatan").fallback
