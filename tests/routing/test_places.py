"""routing/places.py: the places of Kutai Kartanegara a complaint names."""

from __future__ import annotations

import pytest

from routing.places import KECAMATAN, PLACES, place_words, places_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banjir di Desa Jembayan, Kec. Loa Kulu", ["Jembayan", "Loa Kulu"]),
        ("jalan rusak di TENGGARONG SEBERANG", ["Tenggarong Seberang"]),  # not also Tenggarong
        ("Tenggarong dan Tenggarong Seberang", ["Tenggarong", "Tenggarong Seberang"]),
        ("air bersih mati di Sangasanga, sanga-sanga, Sanga Sanga", ["Sanga-Sanga"]),
        ("lampu mati di loa-kulu", ["Loa Kulu"]),
        ("Kota Bangun Darat, bukan Kota Bangun", ["Kota Bangun Darat", "Kota Bangun"]),
        ("Loa Kuluan dan Separian bukan nama tempat", []),  # whole words only
        ("warga Melayu dan jalan raya", []),  # common words are not places
        ("", []),
    ],
    ids=[
        "desa-and-kecamatan",
        "longest-first",
        "both",
        "hyphenation",
        "hyphen-inside",
        "darat",
        "whole-words",
        "common-words",
        "empty",
    ],
)
def test_places_named(text: str, expected: list[str]) -> None:
    assert places_in(text) == expected


def test_the_list_has_the_twenty_kecamatan_and_no_duplicate() -> None:
    assert len(KECAMATAN) == 20 and len(set(PLACES)) == len(PLACES)
    assert {"loa", "kulu", "sanga"} <= place_words()
