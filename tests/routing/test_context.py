"""Rule conditions that read context: negation, none_near, exact terms, per-term weights."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from routing import Router, RoutingConfig
from settings.load import load_settings
from tests.routing.helpers import router

TENDER = {"id": "tender", "section": "kesra", "any": ["tender", "lelang"]}
BAYAR = {"id": "bayar", "section": "hukum", "any": ["pembayaran", "dibayar"]}


def test_a_denied_topic_does_not_count() -> None:
    r = router([TENDER, BAYAR])
    d = r.route("bukan soal tender, pembayaran termin kami")
    assert (d.section, d.fired) == ("hukum", ("bayar",))
    assert d.ignored == (("tender", "tender", "negated by 'bukan'"),)
    # "bkn" is slang for "bukan"; the clause ends at the comma, so "pembayaran" still counts
    assert r.route("bkn soal lelang, tp pembayaran termin").section == "hukum"


def test_tidak_and_belum_deny_only_in_a_not_x_but_y_sentence() -> None:
    r = router([TENDER, BAYAR])
    # "belum dibayar" is the complaint, not a denial
    assert r.route("termin kami belum dibayar").fired == ("bayar",)
    d = r.route("gak soal lelang tapi pembayaran termin")
    assert d.fired == ("bayar",) and d.ignored[0][2] == "negated by 'tidak'"


def test_not_only_adds_a_topic() -> None:
    r = router([TENDER, BAYAR])
    assert set(r.route("bukan hanya tender, pembayaran juga").fired) == {"tender", "bayar"}


def test_a_negation_far_before_the_term_does_not_reach_it() -> None:
    r = router([TENDER])
    assert r.route("bukan saya yang ikut tender").fired == ("tender",)


def test_a_term_joined_by_atau_or_dan_shares_the_negation_before_it() -> None:
    r = router([TENDER, BAYAR])
    d = r.route("ini bukan soal tender atau lelang proyeknya, pembayaran termin kami")
    assert d.fired == ("bayar",)
    assert {i[1] for i in d.ignored} == {"tender", "lelang"}
    # the conjunction must join the term to a negated one: "tanpa" before another clause part
    # ("tanpa izin dan ikut lelang") leaves the term counted
    assert r.route("tanpa izin dan ikut lelang").fired == ("tender",)


def test_a_denied_relation_negates_what_follows_without_tapi() -> None:
    r = router([TENDER, BAYAR])
    for text in (
        "surat ini tidak ada hubungannya dengan tender, pembayaran termin kami",
        "gak ada masalah sama lelangnya, pembayaran termin kami",
        "tidak ada kaitannya dengan lelang atau tender, pembayaran termin kami",
    ):
        d = r.route(text)
        assert d.fired == ("bayar",), (text, d.explain())
    # the relation without its denial is the topic itself
    assert r.route("ini ada hubungannya dengan tender").fired == ("tender",)


def test_a_dismissed_topic_does_not_count_where_it_is_named_again() -> None:
    """ "bukan soal X" or "bukan X nya" dismisses the topic for the whole text: X named again
    (before or after) is the dismissed topic, not a request about it. A plain denial of one
    occurrence leaves the others counted."""
    r = router([TENDER, BAYAR])
    d = r.route("bukan soal tender nya pak, tender udh selesai. invoice blm dibayar 60 hari")
    assert d.fired == ("bayar",)
    assert d.ignored == (("tender", "tender", "negated by 'bukan'"),)
    d = r.route("di kantor ada lelang proyek, tp yg sy tanya bukan lelang nya. termin blm dibayar")
    assert d.fired == ("bayar",)
    # no topic word and no "nya": only that occurrence is denied
    assert r.route("bukan lelang terbuka kemarin, lelang ulang besok").fired == ("tender",)
    # "tidak ada hubungannya dengan" dismisses the topic too
    d = r.route("tender sudah selesai. surat ini tidak ada hubungannya dengan tender, dibayar")
    assert d.fired == ("bayar",)
    # a rule that counts negated terms keeps them
    keep = router([{**TENDER, "negation": False}, BAYAR])
    assert "tender" in keep.route("bukan soal tender, tender udh selesai").fired


def test_a_denied_intent_denies_what_is_asked_without_tapi() -> None:
    """ "tidak bermaksud memohon waktu audiensi": a letter that says what it does not ask for;
    the intent words do not use up the window. "tidak" alone still denies only with "tapi"."""
    audiensi = {"id": "audiensi", "section": "kesra", "any": ["audiensi"]}
    r = router([audiensi, BAYAR])
    d = r.route("kami tidak bermaksud memohon waktu audiensi. honor kami belum dibayar")
    assert d.fired == ("bayar",)
    assert d.ignored == (("audiensi", "audiensi", "negated by 'tidak'"),)
    assert r.route("kami tidak meminta audiensi, honor belum dibayar").fired == ("bayar",)
    # without an intent word "tidak" is the complaint: "audiensi tidak dijawab"
    assert "audiensi" in r.route("kami tidak dapat audiensi, honor belum dibayar").fired


def test_wanting_and_reporting_words_do_not_use_up_the_window() -> None:
    """ "bukan mau lapor jalan rusak": the writer says what the message is not about; "tidak
    mau" stays the complaint ("petugas tidak mau melayani") since "mau" is no intent to deny."""
    jalan = {"id": "jalan", "section": "adpem", "any": ["jalan rusak"]}
    gas = {"id": "gas", "section": "kesra", "any": ["gas"]}
    r = router([jalan, gas])
    d = r.route("Bukan mau lapor jalan rusak ya, itu udh bosen. Kali ini gas langka")
    assert (d.section, d.fired) == ("kesra", ("gas",))
    assert d.ignored == (("jalan", "jalan rusak", "negated by 'bukan'"),)
    assert r.route("bukan ingin mengadukan jalan rusak, gas langka").fired == ("gas",)
    assert "jalan" in r.route("petugas tidak mau lapor jalan rusak, gas langka").fired
    # three plain words still use up the window of two
    assert "jalan" in r.route("bukan di kampung kami jalan rusak, gas langka").fired


def test_more_denials_of_a_relation_or_a_dispute() -> None:
    mou = {"id": "mou", "section": "adpem", "any": ["mou"]}
    beasiswa = {"id": "beasiswa", "section": "kesra", "any": ["beasiswa"]}
    r = router([mou, beasiswa])
    d = r.route("surat ini tidak berkaitan dengan perpanjangan MoU. mahasiswa penerima beasiswa")
    assert d.fired == ("beasiswa",)
    assert r.route("kami tidak mempersoalkan MoU nya, beasiswa blm cair").fired == ("beasiswa",)
    assert r.route("kami tidak menanyakan MoU, beasiswa blm cair").fired == ("beasiswa",)


def test_a_request_said_not_to_be_made_holds_for_the_whole_text() -> None:
    """ "Sy tdk minta CSR": the CSR named earlier as background does not count either; the
    intent word may start the term ("kami tidak mengundang Bupati")."""
    csr = {"id": "csr", "section": "adpem", "any": ["csr"]}
    batas = {"id": "batas", "section": "kesra", "any": ["sengketa lahan"]}
    r = router([csr, batas])
    text = (
        "Dulu ada program CSR bikin jalan setapak di situ. Sy tdk minta CSR atau bantuan apa2, "
        "sy cuma minta Pemkab mediasi sengketa lahan antar dua desa"
    )
    assert r.route(text).fired == ("batas",)
    undang = {"id": "undang", "section": "adpem", "any": ["mengundang bupati"]}
    ruang = {"id": "ruang", "section": "kesra", "any": ["ruang serbaguna"]}
    d = router([undang, ruang]).route("kami tidak mengundang Bupati, mau pinjam ruang serbaguna")
    assert d.fired == ("ruang",)
    # a word of manner between the negator and the intent ("tidak sedang mengundang")
    d = router([undang, ruang]).route("kami tidak sedang mengundang Bupati. ruang serbaguna")
    assert d.fired == ("ruang",)
    # or of wanting: "tidak mau membahas", Banjar "kada handak membahas" (blind 2026-12-08d #48)
    debu = {"id": "debu", "section": "adpem", "any": ["debu", "jalan rusak"]}
    r = router([debu, {**csr, "section": "kesra"}])
    d = r.route("ulun kada handak membahas debu atau jalan rusak lah. dana CSR ke mana larinya")
    assert d.fired == ("csr",)
    assert ("debu", "debu", "negated by 'tidak'") in d.ignored
    # wanting alone denies nothing: "petugas tidak mau melayani" is the complaint
    assert r.route("petugas tidak mau mengurus debu di jalan rusak. CSR").fired == ("debu", "csr")


def test_a_rule_may_count_negated_terms() -> None:
    r = router([{**TENDER, "negation": False}, BAYAR])
    assert "tender" in r.route("bukan soal tender, pembayaran").fired
    term = {"term": "tender", "negatable": False}
    assert (
        "t"
        in router([{"id": "t", "section": "kesra", "any": [term]}]).route("bukan soal tender").fired
    )


def test_none_near_takes_a_term_out_of_the_rule_only_near_the_word() -> None:
    rule = {
        "id": "lunas", "section": "hukum", "any": ["lunas"],
        "none_near": {"terms": ["sudah"], "window": 1},
    }  # fmt: skip
    r = router([rule])
    d = r.route("iuran sudah lunas")
    assert d.fallback and d.ignored == (("lunas", "lunas", "near 'sudah'"),)
    assert not r.route("sudah lama belum lunas juga").fallback


def test_an_exact_term_is_not_stemmed() -> None:
    rule = {"id": "x", "section": "hukum", "any": [{"term": "pelunasan", "exact": True}]}
    r = router([rule])
    assert r.route("pelunasan tagihan").fired == ("x",)
    assert r.route("sudah lunas").fallback


def test_a_term_weight_multiplies_the_rule_weight() -> None:
    rule = {"id": "w", "section": "hukum", "weight": 0.5,
            "any": ["perda", {"term": "perbup", "weight": 3}]}  # fmt: skip
    r = router([rule])
    assert r.route("perbup baru").scores == {"hukum": 1.5}
    assert r.route("perda baru").fallback


def test_term_options_are_a_closed_model() -> None:
    bad_term = {"id": "x", "section": "hukum", "any": [{"term": "a", "wieght": 2}]}
    bad_window = {
        "id": "x",
        "section": "hukum",
        "any": ["a"],
        "none_near": {"terms": ["b"], "window": 0},
    }
    for rule in (bad_term, bad_window):
        with pytest.raises(ValidationError):
            RoutingConfig.model_validate({"rules": [rule]})


def test_a_paraphrase_matches_wherever_its_canonical_term_is_named() -> None:
    r = router(
        [{"id": "lpg", "section": "kesra", "any": ["lpg"]},
         {"id": "x", "section": "hukum", "phrases": ["lpg"]}],
        paraphrases={"lpg": ["tabung melon", "gas hijau 3 kilo"], "unused": ["batu hitam"]},
    )  # fmt: skip
    text = "Tabung-tabung melon langka, gas hijau 3 kilo juga"
    d = r.route(text)
    assert set(d.fired) == {"lpg", "x"}
    starts = sorted(m.start for m in d.matches if m.rule == "lpg")
    assert text[starts[0] :].startswith("Tabung-tabung melon")
    assert r.route("batu hitam").fallback  # no rule names "unused"


def test_the_bundled_paraphrases_route() -> None:
    settings = load_settings(Path(__file__).resolve().parents[2] / "config.yaml")
    r = Router.build(settings.routing, settings.sections)
    assert r.route("truk batu hitam lewat kampung tiap malam, debunya parah").section == "sda"
    assert r.route("tabung melon langka di pangkalan").section == "perekonomian"
    assert r.route("dana comdev perusahaan tidak sampai ke warga").section == "kerjasama"


def test_a_negated_term_of_a_rule_that_reads_context_is_noted_once() -> None:
    near = {**TENDER, "none_near": {"terms": ["jalan"], "window": 1}}
    d = router([near, BAYAR]).route("bukan soal tender ya, pembayaran kami belum")
    assert d.ignored == (("tender", "tender", "negated by 'bukan'"),)


def test_a_denied_relation_verb_dismisses_its_topic() -> None:
    mou = {"id": "mou", "section": "kesra", "any": ["nota kesepahaman"]}
    honor = {"id": "honor", "section": "hukum", "any": ["honor"]}
    r = router([mou, honor])
    for text in (
        "Permohonan ini tidak terkait dengan nota kesepahaman kampus. Honor narasumber blm cair",
        "ini jangan disamakan dengan nota kesepahaman ya. honor narasumber blm cair",
        "jangan disamakan dengan nota kesepahaman, honor blm cair, nota kesepahaman lain",
    ):
        d = r.route(text)
        assert (d.section, d.fired) == ("hukum", ("honor",)), text
    # a relation word after other words is no denial of what follows: "belum ada kejelasan
    # terkait dengan X" is a complaint about X
    d = r.route("belum ada kejelasan terkait dengan nota kesepahaman, honor blm cair")
    assert set(d.fired) == {"mou", "honor"}


def test_a_denied_request_reaches_an_object_longer_than_the_window() -> None:
    tambang = {"id": "tambang", "section": "kesra", "any": ["tambang"]}
    tjsl = {"id": "tjsl", "section": "hukum", "any": ["tjsl"]}
    r = router([tambang, tjsl])
    d = r.route(
        "Mohon daftar forum TJSL. Kami tidak sedang meminta data izin tambang, dan tambang lain"
    )
    assert (d.section, d.fired) == ("hukum", ("tjsl",))
    # a clause between the intent and the term ends its reach; so does a far object
    assert set(r.route("Kami tidak meminta data, izin tambang bermasalah. TJSL").fired) == {
        "tambang",
        "tjsl",
    }
    far = "Kami tidak meminta data lama soal izin usaha tambang. TJSL"
    assert set(r.route(far).fired) == {"tambang", "tjsl"}
