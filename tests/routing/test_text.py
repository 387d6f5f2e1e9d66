"""Indonesian text normalisation: folding, masking, stretched letters, digits, slang, stems."""

from __future__ import annotations

import pytest

from routing.text import Normaliser, fold, mask


@pytest.fixture(scope="module")
def norm() -> Normaliser:
    return Normaliser(slang={"bgs": "bagus"}, overrides={"pelayanan": "pelayanan"})


def words(norm: Normaliser, text: str) -> list[str]:
    folded, _ = fold(text)
    return " ".join(norm.tokens(mask(folded)).stems).split()


def test_nfkc_and_case_folding() -> None:
    assert fold("ＬＰＧ Langka")[0] == "lpg langka"
    assert fold("JALAN")[0] == "jalan"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("lihat https://lpse.kukarkab.go.id/eproc ya", "lihat"),
        ("kirim ke budi.s@gmail.com segera", "kirim ke"),
        ("hubungi 0812-3456-7890 atau +62 812 3456 7890", "hubungi"),
        ("di www.kukarkab.go.id", "di"),
    ],
)
def test_urls_emails_and_phones_are_masked(text: str, kept: str) -> None:
    masked = mask(text)
    assert len(masked) == len(text)
    assert masked.split() == kept.split() or masked.split()[: len(kept.split())] == kept.split()
    assert "@" not in masked and "http" not in masked and "3456" not in masked


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("tolonggg", ["tolong"]),
        ("rusakkk", ["rusak"]),
        ("maaaaf", ["maaf"]),
        ("s4ya", ["saya"]),
        ("anak2", ["anak"]),
        ("anak-anak", ["anak"]),
        ("3kg", ["3", "kg"]),
        ("yg", ["yang"]),
        ("gak", ["tidak"]),
        ("nggak", ["tidak"]),
        ("blm", ["belum"]),
        ("mhn", ["mohon"]),
        ("bgs", ["bagus"]),
        ("kadada", ["tidak", "ada"]),
    ],
)
def test_words_of_informal_tokens(norm: Normaliser, token: str, expected: list[str]) -> None:
    assert norm.words(token) == expected


def test_stems_with_overrides(norm: Normaliser) -> None:
    assert words(norm, "kerusakan pelaporan pelayanan perjalanan pengadaan") == [
        "rusak", "lapor", "pelayanan", "perjalanan", "pengadaan",
    ]  # fmt: skip
    # "before" is no "not yet": a term "belum ada" must not match "sebelum ada"
    assert words(norm, "sebelum belum sblm") == ["sebelum", "belum", "sebelum"]
    # fisheries is no fish: a rule term "perikanan" must not match "gerobak ikan"
    assert words(norm, "perikanan ikan") == ["perikanan", "ikan"]
    # a plea for help is no aid: "tlg dibantu pak" must not match "bantuan" (a grant for a musala)
    assert words(norm, "dibantu membantu bantuan") == ["dibantu", "membantu", "bantu"]


def test_informal_affixes(norm: Normaliser) -> None:
    assert words(norm, "dimarahin ngurus") == ["marah", "urus"]


def test_rule_terms_are_normalised_like_text(norm: Normaliser) -> None:
    assert norm.phrase("Jalan BERLUBANG") == (["jalan", "lubang"], ["jalan", "berlubang"])
