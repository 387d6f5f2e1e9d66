"""Places of Kutai Kartanegara that complaints name: its kecamatan and some desa and kelurahan.

One canonical list for the code (shared cases compare the places two complaints name). The
kecamatan are the regency's twenty (BPS Kabupaten Kutai Kartanegara, with Kota Bangun Darat and
Samboja Barat formed in 2021); the desa and kelurahan are those the benchmark corpora use, without
names that are also common words ("Melayu"). `places_in(text)` finds them whole-word, any case,
"Sanga-Sanga", "Sangasanga" and "Sanga Sanga" alike, the longest name first ("Tenggarong
Seberang" is not also "Tenggarong").
"""

from __future__ import annotations

import re
from functools import lru_cache

from routing.text import fold

KECAMATAN = (
    "Anggana", "Kembang Janggut", "Kenohan", "Kota Bangun", "Kota Bangun Darat", "Loa Janan",
    "Loa Kulu", "Marangkayu", "Muara Badak", "Muara Jawa", "Muara Kaman", "Muara Muntai",
    "Muara Wis", "Samboja", "Samboja Barat", "Sanga-Sanga", "Sebulu", "Tabang", "Tenggarong",
    "Tenggarong Seberang",
)  # fmt: skip
DESA = (
    "Bangun Rejo", "Bukit Pariaman", "Bukit Raya", "Embalut", "Handil Bakti", "Jembayan",
    "Jonggon", "Kerta Buana", "Kutai Lama", "Liang Ulu", "Loa Duri", "Loa Ipuh", "Mangkurawang",
    "Muara Siran", "Muhuran", "Perangat", "Sebuntal", "Separi", "Sukarame", "Sumber Sari",
    "Sungai Meriam", "Sungai Payang", "Tanjung Limau", "Teluk Dalam", "Timbau",
)  # fmt: skip
PLACES = KECAMATAN + DESA


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Every word of a place name, lower case ("loa", "kulu"): not a topic of its own."""
    return frozenset(w for p in PLACES for w in _key(p).split())


def _key(name: str) -> str:
    """A place name as compared: folded, lower case, words joined by one space, no hyphens."""
    return " ".join(re.findall(r"[^\W_]+", fold(name)[0]))


def _pattern(key: str) -> str:
    words = key.split()
    if len(words) == 2 and words[0] == words[1]:  # sanga-sanga, sangasanga, sanga sanga
        return re.escape(words[0]) + r"[\s\-]*" + re.escape(words[1])
    return r"[\s\-]+".join(re.escape(w) for w in words)


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern[str], dict[str, str]]:
    by_key = {_key(p): p for p in PLACES}
    ordered = sorted(by_key, key=len, reverse=True)
    alternatives = "|".join(f"(?:{_pattern(k)})" for k in ordered)
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])"), by_key


def places_in(text: str) -> list[str]:
    """The places named in a text, canonical names in order of first mention, each once."""
    pattern, by_key = _matcher()
    found: dict[str, None] = {}
    for m in pattern.finditer(fold(text)[0]):
        key = " ".join(re.findall(r"[^\W_]+", m.group(0)))
        if key not in by_key:  # "sangasanga" -> "sanga sanga"
            half = key[: len(key) // 2]
            key = f"{half} {half}"
        found.setdefault(by_key[key], None)
    return list(found)
