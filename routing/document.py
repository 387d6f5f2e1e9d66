"""One text on its way through the matcher (routing/router.py), read by the context checks
(routing/context.py): folded, tokenised, with lazy maps from automaton hits to tokens and to
positions in the original text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, islice

from routing.letter import FORM_TITLE_LABEL, SUBJECT_LABELS, letter_mask
from routing.text import Normaliser, Tokens, fold, mask

_NEXT = 1  # a token and the space after it
# A letter's subject line ("Perihal: Lubang bekas tambang di dekat permukiman", a web form's
# "Judul: ..."), not a reply's or a forward's ("Subject: Re: ...", whose matter the reply may
# have left: routing/settled.py), nor an address ("Judul: untuk Bagian Hukum")
_SUBJECT_LINE = re.compile(
    rf"^[ \t]*(?:{SUBJECT_LABELS}|{FORM_TITLE_LABEL})[ \t]*:[ \t]*"
    r"(?!(?:re|fw|fwd|balas|kepada|untuk|yth|ditujukan)\b)(\S[^\n]*)",
    re.MULTILINE | re.IGNORECASE,
)


class Document:
    """One text on its way through the matcher: folded, tokenised, with lazy position maps."""

    def __init__(
        self, norm: Normaliser, text: str, max_chars: int, letter: bool = False,
        history: bool = False,
    ) -> None:  # fmt: skip
        self.original = text[:max_chars]
        masked = letter_mask(self.original, letter=letter, history=history)
        self.folded, self.offsets = fold(masked)
        self.tokens: Tokens = norm.tokens(mask(self.folded))
        stems = " ".join(self.tokens.stems)
        self.stem_length = len(stems) + 2  # the stem part, " " + stems + " ", then "\x00"
        self.haystack = f" {stems} \x00 {' '.join(self.tokens.surfaces)} "
        self._starts: tuple[list[int], list[int]] | None = None
        self._one_word: bool | None = None
        # the first and last token of a letter's subject line, if it has one
        self.subject = self._subject() if letter and ":" in self.original else None

    def _subject(self) -> tuple[int, int] | None:
        """The first subject line with words left after blanking: read in the original text,
        since a forward's own header keeps its subject's words but not its "Subject:"."""
        starts = self.tokens.ends[0::2]  # where each token starts in the folded text
        for found in islice(_SUBJECT_LINE.finditer(self.original), 16):  # hostile text: bounded
            start, end = found.span(1)
            if self.offsets is not None:  # original positions to folded ones
                start, end = bisect_left(self.offsets, start), bisect_left(self.offsets, end)
            first, last = bisect_left(starts, start), bisect_right(starts, end - 1) - 1
            if first <= last:
                return first, last
        return None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Folded positions to positions in the original text."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end]

    def token_range(self, end: int, length: int) -> tuple[int, int]:
        """The first and last token of an automaton hit that ends at `end`."""
        if self._one_word is None:
            # every token one word: the haystack has two spaces per token and two more
            self._one_word = self.haystack.count(" ") == 2 * len(self.tokens.stems) + 2
        first = end - length + 2  # first character of the first word
        if self._one_word:  # count the words before (in C, cheaper than building positions)
            seg = 0 if first < self.stem_length else self.stem_length + 1
            count = self.haystack.count
            return count(" ", seg, first) - 1, count(" ", seg, end - 1) - 1
        starts = (self._starts or self._token_starts())[0 if first < self.stem_length else 1]
        return bisect_right(starts, first) - 1, bisect_right(starts, end - 1) - 1

    def char_spans(self, first: int, last: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """Where tokens first..last are in the haystack: (start, end) in the stem part and in the
        surface part, end exclusive; a hit starts inside one of them when its tokens begin
        there."""
        starts = self._starts or self._token_starts()
        return (starts[0][first], starts[0][last + 1]), (starts[1][first], starts[1][last + 1])

    def _token_starts(self) -> tuple[list[int], list[int]]:
        if self._starts is None:
            # where each token starts in the stem part and in the surface part of the haystack
            self._starts = (
                list(accumulate(map(_NEXT.__add__, map(len, self.tokens.stems)), initial=1)),
                list(
                    accumulate(
                        map(_NEXT.__add__, map(len, self.tokens.surfaces)),
                        initial=self.stem_length + 2,
                    )
                ),
            )
        return self._starts

    def term_span(self, end: int, length: int) -> tuple[int, int]:
        """The original span of an automaton hit that ends at `end` (inclusive, on a space)."""
        i, j = self.token_range(end, length)
        ends = self.tokens.ends
        if self.offsets is None:
            return ends[2 * i], ends[2 * j + 1]
        return self.offsets[ends[2 * i]], self.offsets[ends[2 * j + 1]]
