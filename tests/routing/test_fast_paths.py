"""The routing fast paths give the same answers as the slower forms they replace.

Each fast path (an ASCII split, substring hints before case-insensitive patterns, a bisect over
negator positions, the order of a rule's counted terms, a rule filed under one `all` term) is
checked against the plain form on generated inputs, so a speed-up cannot change a decision.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from routing import letter, text
from routing.context import _LOOK_CHARS, Context
from routing.document import Document
from routing.lexicon import STEM_OVERRIDES
from routing.router import _counted_terms
from tests.conftest import examples
from tests.routing.helpers import router

PIECES = [
    " ", "  ", "\n", "\t", ".", ",", ":", "-", "'", "’", "_", "__________", ">", "é", "İ",
    "tidak", "bukan", "gak", "tender", "jalan", "rusak", "Yth", "YTH.", "Kepada", "terhormat",
    "Bapak", "Bupati", "wakil", "From", "dari", "wrote", "Menulis", "Original Message",
    "forwarded", "pesan asli", "12", "0812", "anak2", "K", "ſ", "x",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=examples(400), deadline=None)
@given(texts)
def test_the_ascii_split_is_the_unicode_split(s: str) -> None:
    for t in (s, s.lower()):
        if t.isascii():
            assert text._SPLIT_ASCII.split(t) == text._SPLIT.split(t)
            if "-" not in t and "'" not in t:
                assert text._SPLIT_WORDS.split(t) == text._SPLIT.split(t)


@settings(max_examples=examples(400), deadline=None)
@given(texts)
def test_letter_hints_never_say_no_where_the_patterns_say_yes(s: str) -> None:
    low = s.lower() if s.isascii() else None
    if not letter._quote_hint(s, low):
        assert letter._QUOTE_HINT.search(s) is None
    if not letter._addressee_hint(s, low):
        assert letter._ADDRESSEE_HINT.search(s) is None
    if letter._TITLE_HINT.search(s) is None:
        assert letter._TITLE.search(s) is None


LETTER_PIECES = ["Pak", "IBU", "bu", "/", "On", "pada", "---", "-- Pesan Terusan --", "@", "a"]
HEADER_PIECES = [
    "BAGIAN", "Kabag", "c.q. ", "CQ ", "Yang Terhormat", "Dengan hormat", "Hai",
    "Salam sejahtera", "Om Swastiastu", "Nomor", "hal :", "Perihal:", "\u212a", "\u017f",
]  # fmt: skip


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(PIECES + HEADER_PIECES), min_size=1, max_size=12).map("".join))
def test_header_hints_never_say_no_where_the_patterns_say_yes(s: str) -> None:
    line = s.strip()
    if not line:
        return
    if not letter._section_hint(line):
        assert letter._SECTION.search(line) is None
    assert letter._addressee_line(line) == (letter._ADDRESSEE_LINE.match(line) is not None)
    if line[0] not in letter._GREETING_FIRST and line[0].isascii():
        assert letter._GREETING.match(line) is None
    if ":" not in line:
        assert letter._SUBJECT.match(line) is None and letter._META.fullmatch(line) is None


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(PIECES + LETTER_PIECES), max_size=40).map("".join))
def test_the_lowered_ascii_searches_are_the_case_insensitive_ones(s: str) -> None:
    if not s.isascii():
        return
    low = s.lower()
    for fast, plain in (
        (letter._SPOKEN_TO_LOW, letter._SPOKEN_TO),
        (letter._QUOTE_START_LOW, letter._QUOTE_START),
    ):
        a, b = fast.search(low), plain.search(s)
        assert (a and a.span()) == (b and b.span())
    masked = letter.letter_mask(s, letter=True)
    assert letter._keep_spoken_to(s, masked, low) == letter._keep_spoken_to(s, masked)
    assert letter._blank_addressees(s) == letter._ADDRESSEE.sub(letter._blank_addressee, s)
    assert letter._blank_quoted_lines(s) == letter._QUOTED_LINE.sub(letter._blank, s)


@settings(max_examples=examples(300), deadline=None)
@given(
    st.frozensets(st.integers(0, 300), min_size=1, max_size=8),
    st.lists(st.integers(0, 300), unique=True, max_size=120),
)
def test_counted_terms_keep_the_order_of_the_intersection(
    positive: frozenset[int], keys: list[int]
) -> None:
    counted = dict.fromkeys(keys, (0, 0))
    assert list(_counted_terms(positive, counted, {})) == list(positive.intersection(counted))


NEGATED = router([{"id": "t", "section": "kesra", "any": ["tender", "jalan rusak"]}])
WORDS = ["tidak", "bukan", "gak", "soal", "tender", "jalan", "rusak", "kami", ",", "tapi", "x" * 30]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_the_negator_precheck_is_the_window_scan(s: str) -> None:
    """An occurrence is looked back from exactly when the old scan of the _LOOK_CHARS characters
    before it found a negator word (now a bisect over the negators' positions)."""
    r = NEGATED
    doc = Document(r.normaliser, s, r.config.max_chars)
    occurrences: dict[int, list[tuple[int, int]]] = {}
    for end, (tid, length) in r.compiled.automaton.iter(doc.haystack):
        occurrences.setdefault(tid, []).append((end, length))
    ctx = Context(doc, occurrences, r.negators, r.contrast_negators, r.config.negation_window)
    for found in occurrences.values():
        for end, length in found:
            start = end - length + 1
            before = doc.haystack[max(0, start - _LOOK_CHARS) : start + 1]
            scan = any(w in before for w in ctx.words)
            first, _ = doc.token_range(end, length)
            assert ctx.negated_by((end, length)) == (ctx._look_back(first) if scan else None)


def test_an_all_rule_is_checked_under_its_rarest_term_and_still_fires() -> None:
    r = router(
        [
            {"id": "a", "section": "kesra", "any": ["jalan", "tender"]},
            {"id": "b", "section": "hukum", "any": ["jalan"]},
            {"id": "both", "section": "adpem", "all": ["jalan", "longsor"], "weight": 3},
            {
                "id": "near", "section": "adpem", "all": ["jalan", "longsor"],
                "none_near": {"terms": ["tender"]},
            },
        ]
    )  # fmt: skip
    c = r.compiled
    both = c.rules[2]
    assert both.all is not None
    jalan, longsor = both.all
    assert 2 not in c.term_check.get(jalan, ()) and 2 in c.term_check[longsor]
    assert 3 in c.term_check[jalan] and 3 in c.term_check[longsor]  # it has something to explain
    assert r.route("jalan longsor di desa").section == "adpem"
    assert "both" not in r.route("jalan di desa").fired
    assert "both" not in r.route("longsor di desa").fired


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet="0123456789 .-+\n\t()x@", max_size=40))
def test_no_phone_number_without_the_digit_run_the_precheck_wants(s: str) -> None:
    if text._PHONE.search(s) is not None:
        assert text._DIGITS.search(s) is not None
    a, b = text._DIGITS_ASCII.search(s), text._DIGITS.search(s)
    assert (a and a.span()) == (b and b.span())


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(st.sampled_from([".", "go", "co", ".id", "com", "net", "org", "x", " "]), max_size=20)
)
def test_the_tld_hint_is_the_substring_tests(pieces: list[str]) -> None:
    s = "".join(pieces)
    assert (text._TLD_HINT.search(s) is not None) == any(t in s for t in text._TLDS)


def test_a_root_word_is_its_own_stem_as_sastrawi_says() -> None:
    """_stem_word answers a root of Sastrawi's dictionary without running Sastrawi."""
    stemmer, roots = text._load_sastrawi()
    words = sorted(w for w in roots if w.isascii() and w.isalpha() and len(w) >= 4)
    norm = text.Normaliser()
    for word in words[::15]:  # about 2,000 of them, every letter of the alphabet
        assert (stemmer.stem(word) or word).replace(" ", "-") == word
        assert norm._stem(word) == STEM_OVERRIDES.get(word, word)


SLANGY = router(
    [{"id": "t", "section": "kesra", "any": ["tender", "jalan rusak", "tidak"], "phrases": ["gak"]}]
)


SLANG_PIECES = [" ", ", ", "kadada", "dong", "makasih", "tidak", "gak", "ada", "tender", "jalan"]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(PIECES + SLANG_PIECES), max_size=40).map("".join))
def test_token_range_is_the_count_of_words_before_the_hit(s: str) -> None:
    """token_range (a bisect over where each token starts) gives the token that the plain count
    of the spaces before a hit, word by word, gives (a token may stand for several words or
    none, after slang)."""
    r = SLANGY
    doc = Document(r.normaliser, s, r.config.max_chars)
    counts = [max(1, len(r.normaliser.words(t))) for t in doc.tokens.parts[1::2]]
    word_token = [k for k, n in enumerate(counts) for _ in range(n)]
    stem_part = doc.haystack[: doc.stem_length]
    for end, (_, length) in r.compiled.automaton.iter(doc.haystack):
        first = end - length + 2
        seg = 0 if first < len(stem_part) else len(stem_part) + 1
        i = doc.haystack.count(" ", seg, first) - 1
        j = doc.haystack.count(" ", seg, end - 1) - 1
        assert doc.token_range(end, length) == (word_token[i], word_token[j])
