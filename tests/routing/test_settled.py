"""Sentences that report a topic as settled (routing/settled.py): their terms do not count when
the rest of the text has terms that do."""

from __future__ import annotations

import pytest

from routing.document import Document
from routing.settled import settled_sentences
from routing.text import Normaliser
from tests.routing.helpers import router

AC = {"id": "ac", "section": "adpem", "any": ["ac"]}
TPP = {"id": "tpp", "section": "hukum", "any": ["tpp"]}


def _settled(text: str) -> list[str]:
    return [phrase for _, _, phrase in settled_sentences(Document(Normaliser(), text, 10_000))]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("AC ruang kerja sudah ditangani, terima kasih. TPP dipotong.", ["sudah ditangani"]),
        ("gas sempat langka tapi sdh normal. sekarang soal CSR", ["sudah normal"]),
        ("Surat kami sdh masuk & tercatat, itu aman. Mohon jadwal audiensi", ["sudah tercatat"]),
        ("beasiswa sudah cair bulan lalu. Namun rehab gedung berhenti", ["sudah cair"]),
        # not settled: denied, not over, a question, a condition, came back
        ("AC belum selesai diperbaiki. TPP dipotong", []),
        ("AC sudah tak kunjung beres. TPP dipotong", []),
        ("jalan sudah diperbaiki tapi rusak lagi. mohon dicek", []),
        ("proyek sudah selesai, pembayaran belum. mohon dicek", []),
        ("apakah tagihan sudah dibayar? kok ditagih", []),
        ("udah dibayar? kok ditagih lg", []),
        ("mohon diperbaiki, kalau sudah selesai kabari. terima kasih", []),
        ("jalan sudah diperbaiki tahun lalu. sekarang rusak lagi", []),
        ("jalan sudah rusak 3 bulan. mohon diperbaiki", []),
    ],
)
def test_which_sentences_are_settled(text: str, phrases: list[str]) -> None:
    assert _settled(text) == phrases


def test_a_settled_topic_does_not_count_beside_the_request() -> None:
    r = router([AC, TPP])
    text = (
        "Laporan kami minggu lalu tentang AC ruang kerja yang mati sudah ditangani, terima kasih."
        "\n\nSekarang TPP bulan Oktober dipotong 40% tanpa penjelasan. Mohon rinciannya."
    )
    d = r.route(text)
    assert (d.section, d.fired) == ("hukum", ("tpp",))
    assert d.ignored == (("ac", "ac", "negated by 'sudah ditangani'"),)
    # the same text without the settling words: both count
    assert r.route(text.replace("sudah ditangani", "mati lagi")).fired == ("ac", "tpp")


def test_a_term_named_again_outside_the_settled_sentence_counts() -> None:
    d = router([AC, TPP]).route("AC lantai 1 sudah beres. TPP dipotong, AC lantai 2 juga mati")
    assert set(d.fired) == {"ac", "tpp"}
    assert d.ignored == ()


def test_a_text_with_every_term_settled_keeps_them() -> None:
    # nothing else to route by: the settled terms count (a thank-you is still placed)
    d = router([AC, TPP]).route("AC ruang rapat sudah diperbaiki, terima kasih banyak.")
    assert (d.section, d.fallback, d.fired) == ("adpem", False, ("ac",))


def test_rules_that_read_context_and_rules_without_negation() -> None:
    near = {**AC, "none_near": {"terms": ["mobil"], "window": 2}}
    text = "AC kantor sudah ditangani. TPP dipotong"
    assert router([near, TPP]).route(text).fired == ("tpp",)
    assert router([{**AC, "negation": False}, TPP]).route(text).fired == ("ac", "tpp")
