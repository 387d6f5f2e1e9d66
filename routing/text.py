"""Indonesian text as routing sees it: folded, masked, tokenised, de-slanged and stemmed.

Positions are never lost: tokens keep their span in the original text, so a Decision can say
where each matched term is. Word work (repeated letters, digits, slang, Sastrawi) is cached per
distinct token, so routing time grows with the length of the text, not with its vocabulary.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Callable, Mapping
from itertools import accumulate
from operator import itemgetter
from typing import Any

from routing.lexicon import LEET, SLANG, STEM_OVERRIDES

# URLs, e-mail addresses and phone numbers carry no routing signal and must not match keywords.
# Each pattern runs only when a cheap substring test says it could match.
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DOMAIN = re.compile(
    r"(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:go\.id|co\.id|ac\.id|or\.id|com|net|org)\b\S*"
)
_PHONE = re.compile(r"(?<![\w+])(?:\+62|62|0)[\s.-]?\d{2,4}(?:[\s.-]?\d{2,5}){2,3}(?!\w)")
# A phone number has at least seven digits with at most one separator between two of them; a
# text without such a run (a date, "RT 04", "no. 12") cannot hold one.
_DIGITS = re.compile(r"\d(?:[\s.-]?\d){6}")
_DIGITS_ASCII = re.compile(r"[0-9](?:[\s.-]?[0-9]){6}")  # the same on an ASCII text, faster
_TLDS = (".go.id", ".co.id", ".ac.id", ".or.id", ".com", ".net", ".org")
# Whether any of _TLDS is in a text: one search for "." and what follows (several `in` tests
# cost more)
_TLD_HINT = re.compile(r"\.(?:" + "|".join(re.escape(t[1:]) for t in _TLDS) + ")")
TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SPLIT = re.compile(f"({TOKEN.pattern})")
# The same split for an ASCII text: for ASCII, [^\W_] is [a-zA-Z0-9], and a plain class is faster
_SPLIT_ASCII = re.compile(r"([a-zA-Z0-9]+(?:['-][a-zA-Z0-9]+)*)")
# and for an ASCII text without an apostrophe or a hyphen, with no group to repeat
_SPLIT_WORDS = re.compile(r"([a-zA-Z0-9]+)")
_TRIPLE = re.compile(r"([^\W\d_])\1{2,}")
_REDUP = re.compile(r"([a-z]+)2([a-z]*)")
_NUM_WORD = re.compile(r"(\d+)([a-z]+)")
_WORD_NUM = re.compile(r"([a-z]+)(\d+)")

_lock = threading.Lock()
_sastrawi: Any = None
_roots: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=200_000)
def sastrawi_stem(word: str) -> str:
    """Sastrawi's stem of a word, remembered for the process.

    The answer depends on the word and Sastrawi's bundled dictionary only, so every normaliser
    (each router that a config reload or another service builds) shares it: a new router does
    not stem the rules' 2,000 terms again. Bounded; `sastrawi_stem.cache_clear()` empties it (the
    routing bench does, to time a cold start).
    """
    stemmer, _ = _load_sastrawi()
    return str(stemmer.stem(word) or "")


def _load_sastrawi() -> tuple[Any, frozenset[str]]:
    """The Sastrawi stemmer and its root dictionary, loaded once per process."""
    global _sastrawi, _roots  # noqa: PLW0603 - one immutable dictionary shared by all routers
    with _lock:
        if _sastrawi is None:
            # Sastrawi loads on the first stem, not at import (its dictionary is 30,000 words).
            from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary  # noqa: PLC0415
            from Sastrawi.Stemmer.Stemmer import Stemmer  # noqa: PLC0415
            from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # noqa: PLC0415

            words = [w for w in StemmerFactory().get_words_from_file() if w]
            _sastrawi = Stemmer(ArrayDictionary(words))
            _roots = frozenset(words)
    return _sastrawi, _roots


def fold(text: str) -> tuple[str, list[int] | None]:
    """NFKC and case folding; the offsets map folded positions back (None means unchanged)."""
    if text.isascii():
        return text.lower(), None
    whole = unicodedata.normalize("NFKC", text).casefold()
    if len(whole) == len(text):
        return whole, None
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).casefold():
            if not unicodedata.combining(c):
                out.append(c)
                offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


def mask(folded: str) -> str:
    """Blank out URLs, e-mail addresses and phone numbers, keeping every position."""
    # which kinds could be there is decided on the text as it came, each is blanked in turn
    urls = "http" in folded or "www." in folded
    emails = "@" in folded
    domains = _TLD_HINT.search(folded) is not None
    phones = (_DIGITS_ASCII if folded.isascii() else _DIGITS).search(folded) is not None
    if urls:
        folded = _URL.sub(_blank, folded)
    if emails:
        folded = _blank_emails(folded)
    if domains:
        folded = _DOMAIN.sub(_blank, folded)
    if phones:
        folded = _PHONE.sub(_blank, folded)
    return folded


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _blank_emails(folded: str) -> str:
    r"""`_EMAIL.sub(_blank, folded)`, tried only where a match can start: the address's local
    part is the run of [\w.+-] characters just before an "@" (the pattern's look-behind says it
    starts the run), so a match starts at the beginning of that run, and only there; a search
    tries every position of every word, which costs more than the rest of the masking."""
    out = folded
    done = 0  # where the last match ended: sub looks for the next one from there
    at = folded.find("@")
    while at >= 0:
        start = at
        while start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "_.+-"):
            start -= 1
        m = _EMAIL.match(folded, start) if done <= start < at else None
        if m is not None:
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
            done = m.end()
        at = folded.find("@", max(at + 1, done))
    return out


class Tokens:
    """The words of a text: stems and surface forms, and (on demand) where each token is."""

    __slots__ = ("_ends", "parts", "stems", "surfaces")

    def __init__(self, parts: list[str], stems: list[str], surfaces: list[str]) -> None:
        self.parts = parts  # TOKEN split of the text: gap, token, gap, token, ..., gap
        self.stems = stems  # per token: its stems joined by spaces ("" when it has none)
        self.surfaces = surfaces  # per token: its normalised words, each prefixed with "="
        self._ends: list[int] | None = None

    @property
    def ends(self) -> list[int]:
        """Where each part ends: token i spans ends[2 * i] to ends[2 * i + 1] in the folded text."""
        if self._ends is None:
            self._ends = list(accumulate(map(len, self.parts)))
        return self._ends


class _TokenCache(dict[str, tuple[str, str]]):
    """Folded token -> (its stems, its surface words), filled on a miss; emptied when full, so
    a long-running service keeps a bounded cache. A hit is a plain dict lookup, which `map` runs
    without a Python call per token."""

    def __init__(self, make: Callable[[str], tuple[str, str]], size: int) -> None:
        super().__init__()
        self.make = make
        self.size = size

    def __missing__(self, token: str) -> tuple[str, str]:
        if len(self) >= self.size:
            self.clear()
        value = self[token] = self.make(token)
        return value


_FIRST, _SECOND = itemgetter(0), itemgetter(1)


class Normaliser:
    """Turns text into stems; the slang and override tables are the config's plus built-ins."""

    def __init__(
        self,
        slang: Mapping[str, str] | None = None,
        overrides: Mapping[str, str] | None = None,
        cache_size: int = 100_000,
    ) -> None:
        self.stemmer, self.roots = _load_sastrawi()
        self.slang = {**SLANG, **{k.casefold(): v.casefold() for k, v in (slang or {}).items()}}
        self.overrides = {
            **STEM_OVERRIDES,
            **{k.casefold(): v.casefold() for k, v in (overrides or {}).items()},
        }
        self._tokens = _TokenCache(self._token, cache_size)
        self._stem = functools.lru_cache(maxsize=cache_size)(self._stem_word)

    def tokens(self, masked: str) -> Tokens:
        """Tokenise a folded, masked text."""
        if not masked.isascii():
            parts = _SPLIT.split(masked)
        elif "-" in masked or "'" in masked:
            parts = _SPLIT_ASCII.split(masked)
        else:
            parts = _SPLIT_WORDS.split(masked)
        pairs = list(map(self._tokens.__getitem__, parts[1::2]))
        return Tokens(parts, list(map(_FIRST, pairs)), list(map(_SECOND, pairs)))

    def words(self, token: str) -> list[str]:
        """The normalised words of one folded token (before stemming)."""
        token = token.replace("'", "").replace("’", "")
        if token in self.overrides:
            return [token]
        parts = token.split("-")
        if len(parts) > 1 and all(p == parts[0] for p in parts):
            parts = parts[:1]  # reduplication: "anak-anak", "rusak-rusak"
        out: list[str] = []
        for part in parts:
            for piece in self._digits(self._collapse(part)):
                out.extend(self.slang.get(piece, piece).split())
        return out

    def _token(self, token: str) -> tuple[str, str]:
        words = self.words(token)
        return " ".join(map(self._stem, words)), " ".join("=" + w for w in words)

    def _stem_word(self, word: str) -> str:
        found = self.overrides.get(word)
        if found is not None:
            return found
        if not word.isalpha() or len(word) < 4:
            return word
        if word in self.roots and word.isascii():
            return word  # what Sastrawi answers for a root (its first step), without its setup
        stem: str = (sastrawi_stem(word) or word).replace(" ", "-")
        if stem == word and word not in self.roots:
            # Informal Jakarta-style affixes Sastrawi does not know: "dimarahin", "ngurus".
            for guess in (
                word[:-2] if word.endswith("in") else "",
                "me" + word if word.startswith("ng") else "",
            ):
                if len(guess) > 3 and (root := sastrawi_stem(guess)) in self.roots:
                    return root
        return stem

    def _known(self, word: str) -> bool:
        return word in self.roots or word in self.slang or self._stem(word) in self.roots

    def _collapse(self, word: str) -> str:
        """Undo stretched letters: "tolonggg" -> "tolong", "maaaf" -> "maaf"."""
        if _TRIPLE.search(word):
            one = _TRIPLE.sub(r"\1", word)
            if self._known(one):
                return one
            two = _TRIPLE.sub(r"\1\1", word)
            return two if self._known(two) else one
        doubled = len(word) > 3 and word[-1] == word[-2] and word[-1].isalpha()
        if doubled and not self._known(word) and self._known(word[:-1]):
            return word[:-1]
        return word

    def _digits(self, word: str) -> list[str]:
        """Digits in words: "anak2" repeats, "3kg" is a number and a unit, "s4ya" is leet."""
        if word.isdigit() or word.isalpha():
            return [word]
        if m := _REDUP.fullmatch(word):
            return [m.group(1) + m.group(2)]
        if m := _NUM_WORD.fullmatch(word):
            return [m.group(1), m.group(2)]
        if m := _WORD_NUM.fullmatch(word):
            return [m.group(1), m.group(2)]
        leet = word.translate(LEET)
        return [leet] if leet.isalpha() else [word]

    def phrase(self, term: str) -> tuple[list[str], list[str]]:
        """The stems and surface words of a rule term, normalised like any text."""
        folded, _ = fold(term)
        tokens = self.tokens(mask(folded))
        stems = " ".join(s for s in tokens.stems if s).split()
        surfaces = [w[1:] for w in " ".join(s for s in tokens.surfaces if s).split()]
        return stems, surfaces
