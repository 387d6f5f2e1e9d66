"""What a found term means in its place: negated ("bukan soal tender"), or next to a word that
takes it out of the rule's topic (`none_near`). Worked out only for texts and rules that need it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any

from routing.settled import settled_sentences

if TYPE_CHECKING:
    from routing.compile import CompiledRule
    from routing.document import Document

Hit = tuple[int, int]  # (end in the haystack, length) of one occurrence
# a part of the text set aside (routing/settled.py): its characters in the stem part and in the
# surface part of the haystack, and the words that set it aside
_Span = tuple[tuple[int, int], tuple[int, int], str]
_CLAUSE_END = frozenset(".,;:!?\n()")
_CONTRAST = frozenset({"=tapi", "=tetapi", "=namun", "=melainkan", "=sedangkan", "=padahal"})
_BUT = frozenset({"=tapi", "=tetapi", "=namun", "=melainkan"})
# "bukan hanya jalan, tapi juga ..." adds a topic rather than denying one.
_NOT_ONLY = frozenset({"=hanya", "=cuma", "=saja", "=sekadar", "=sekedar", "=sekali"})
# "bukan bantuan sosial atau hibah": a term right after a conjunction shares the negation of
# the term before it.
_AND_OR = frozenset({"=atau", "=dan", "=maupun", "=ataupun", "=serta"})
# "tidak ada hubungannya dengan izin tambang", "gak ada masalah sama proyeknya": a denial of a
# relation negates what follows it, with no "tapi" needed.
_WITH = frozenset({"=dengan", "=sama"})
_RELATION = frozenset({
    "=hubungan", "=hubungannya", "=kaitan", "=kaitannya", "=masalah", "=masalahnya",
    "=pautnya", "=urusan", "=urusannya", "=sangkutan", "=sangkutannya", "=berkaitan",
    "=berhubungan", "=bersangkutan",
})  # fmt: skip
# "tidak terkait dengan nota kesepahaman", "jangan disamakan dengan program kerja sama": a
# relation verb denied by the word right before it ("jangan" too, which denies nothing else).
_RELATED = frozenset({
    "=terkait", "=berkaitan", "=berhubungan", "=disamakan", "=dikaitkan", "=dikait-kaitkan",
    "=dicampur", "=dicampuradukkan", "=disangkutpautkan", "=dihubungkan", "=dihubung-hubungkan",
})  # fmt: skip
_RELATION_NEGATORS = frozenset({"=jangan"})
# "bukan soal tender", "bukan masalah MoU-nya": a denial of a topic, which holds for the whole
# text ("bukan soal tender nya pak, tender udh selesai": the second "tender" is the dismissed
# topic again, not a request about it).
_TOPIC = frozenset({
    "=soal", "=masalah", "=urusan", "=perkara", "=persoalan", "=terkait", "=mengenai",
    "=tentang",
})  # fmt: skip
# "tidak bermaksud memohon waktu audiensi", "tidak meminta audiensi": a denied intent denies what
# is asked with no "tapi" needed, and the intent words do not use up the negation window.
_INTENT = frozenset({
    "=bermaksud", "=berniat", "=memohon", "=meminta", "=mengundang", "=mengajukan",
    "=mempersoalkan", "=mempermasalahkan", "=mempertanyakan", "=menanyakan", "=minta",
    "=mengeluhkan", "=menagih", "=membahas",  # "kami tidak menagih pembayaran dari Pemkab"
})  # fmt: skip
# "bukan mau lapor jalan rusak", "bukan ingin mengadukan proyeknya": words of wanting or
# reporting between a negator and a term do not use up the window either; unlike _INTENT they do
# not make "tidak" a denial ("petugas tidak mau melayani" is the complaint itself).
_PASSING = _INTENT | frozenset({
    "=mau", "=ingin", "=hendak", "=lapor", "=melapor", "=melaporkan", "=mengadu",
    "=mengadukan", "=minta", "=bahas", "=membahas",
})  # fmt: skip
# between a negator and an intent: "tidak sedang mengundang", "bukan untuk meminta"
_MANNER = frozenset({
    "=sedang", "=lagi", "=pernah", "=akan", "=hendak", "=untuk", "=sama", "=sekali", "=juga",
    "=mau", "=ingin",
})  # fmt: skip
_DISMISSING = re.compile(
    " (?:" + "|".join(sorted(_TOPIC | _RELATION | _RELATED | _INTENT | {"=nya"})) + ") "
)
_INTENT_WORD = re.compile(" (?:" + "|".join(sorted(_INTENT)) + ") ")
# A few words before a term, generously (long words, several spaces, intent words and "atau"
# chains): a term with no negator's word in the characters before it is not negated. 80 places
# every labelled text and the routing bench's 6,000 decisions as 120 did, in fewer look-ups.
_LOOK_CHARS = 80
_OBJECT = 4  # words between a denied intent and a term it still denies ("meminta data izin X")
_SENTENCE_END = frozenset(".!?\n")


def _clause_end(gap: str) -> bool:
    """Whether the gap between two tokens ends a clause (most gaps are one space)."""
    return gap != " " and not _CLAUSE_END.isdisjoint(gap)


@functools.lru_cache(maxsize=16)
def _spaced(
    negators: frozenset[str], contrast_negators: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The negators (and "jangan", which denies a relation) as spaced surface words (" =tidak
    "), and their bare words in both parts of a haystack (" tidak ", " =tidak "), to skip
    occurrences with none in the characters before."""
    every = (*negators, *contrast_negators, *_RELATION_NEGATORS)
    spaced = tuple(f" {n} " for n in every)
    bare = sorted({n.lstrip("=") for n in every})
    return spaced, tuple([f" {w} " for w in bare] + [f" ={w} " for w in bare])


class Context:
    """The occurrences of every term in one text, with negation and nearness worked out lazily."""

    def __init__(
        self, doc: Document, occurrences: dict[int, list[Hit]], negators: Collection[str],
        contrast_negators: Collection[str], window: int,
    ) -> None:  # fmt: skip
        self.doc = doc
        self.occurrences = occurrences
        self.negators = negators
        self.contrast_negators = contrast_negators
        self.window = window
        spaced, self.words = _spaced(frozenset(negators), frozenset(contrast_negators))
        self.has_negator = any(n in doc.haystack for n in spaced)
        self._negated: dict[Hit, str | None] = {}
        self._back: dict[int, str | None] = {}  # token -> the denial before it (_look_back)
        self._topical: set[int] = set()  # tokens whose denial is of a topic (_TOPIC, relation)
        self._dismissed: dict[int, str | None] = {}  # term id -> the word dismissing its topic
        self._may: bool | None = None  # whether the text can dismiss a topic (_may_dismiss)
        self._intent: bool | None = None  # whether the text holds an intent word (_asks)
        self._buts: dict[int, bool] = {}  # token -> whether a "tapi" follows it (_but)
        self._spans: tuple[list[int], list[int]] | None = None
        # where the parts set aside are, once they take terms out (unsettled)
        self._settled: list[_Span] | None = None

    def _negator_spans(self) -> tuple[list[int], list[int]]:
        """Where the negators' bare words are in the haystack: the first and last characters
        (both spaces) of each, in order."""
        if self._spans is None:
            hay = self.doc.haystack
            found: list[tuple[int, int]] = []
            for w in self.words:
                i = hay.find(w)
                while i >= 0:
                    found.append((i, i + len(w) - 1))
                    i = hay.find(w, i + 1)
            found.sort()
            self._spans = [p for p, _ in found], [q for _, q in found]
        return self._spans

    def counted_hits(self, hits: dict[int, Hit]) -> tuple[dict[int, Hit], dict[int, str]]:
        """Every term's first occurrence that is not negated, and the terms negated everywhere
        (with the negating word). Negation is the same for every rule, so it is worked out once
        per text. `hits` are the first occurrences: where no negator word is in the characters
        before one, it counts without a look at the rest."""
        counted: dict[int, Hit] = {}
        negated: dict[int, str] = {}
        starts, ends = self._negator_spans()
        last = len(starts)
        for tid, hit in hits.items():
            found = self.occurrences[tid]
            start = hit[0] - hit[1] + 1
            i = bisect_left(starts, start - _LOOK_CHARS)
            clear = i == last or ends[i] > start  # no negator's word before the first
            # "bukan soal X" anywhere dismisses every X (not asked when no X has a negator)
            if len(found) > 1 and (not clear or self._later_denial(found, starts, ends)):
                dismissed = self.dismissed(tid)
                if dismissed is not None:
                    negated[tid] = dismissed
                    continue
            if clear:
                counted[tid] = hit
                continue
            word = None
            for occurrence in found:
                word = self.negated_by(occurrence)
                if word is None:
                    counted[tid] = occurrence
                    break
            if word is not None:
                negated[tid] = word
        return counted, negated

    @staticmethod
    def _later_denial(found: list[Hit], starts: list[int], ends: list[int]) -> bool:
        """Whether a negator's word is in the characters before an occurrence after the first."""
        for end, length in found[1:]:
            start = end - length + 1
            i = bisect_left(starts, start - _LOOK_CHARS)
            if i < len(starts) and ends[i] <= start:
                return True
        return False

    def dismissed(self, tid: int) -> str | None:
        """The word of a denial of this term's topic anywhere in the text ("bukan soal X"), or
        None: then none of its occurrences counts."""
        if not self._may_dismiss():
            return None
        if tid not in self._dismissed:
            word = None
            for hit in self.occurrences.get(tid, ()):
                denial = self.negated_by(hit)
                if denial is None:
                    continue
                first, last = self.doc.token_range(*hit)
                if first in self._topical or (denial == "bukan" and self._nya(last)):
                    word = denial
                    break
            self._dismissed[tid] = word
        return self._dismissed[tid]

    def negated_by(self, hit: Hit) -> str | None:
        """The negating word before this occurrence, in the same clause, or None."""
        if hit not in self._negated:
            end, length = hit
            start = end - length + 1
            # is a negator's word within the _LOOK_CHARS characters before the term?
            starts, ends = self._negator_spans()
            i = bisect_left(starts, max(0, start - _LOOK_CHARS))
            if i == len(starts) or ends[i] > start:
                self._negated[hit] = None
            else:
                first, _ = self.doc.token_range(*hit)
                if first not in self._back:
                    self._back[first] = self._look_back(first)
                self._negated[hit] = self._back[first]
        return self._negated[hit]

    def _look_back(self, first: int) -> str | None:
        """A denial before token `first`: "bukan soal tender"; with a contrast negator only in a
        "not X but Y" sentence ("gak soal lelang, tapi ..."), since "belum dibayar" or "tidak ada
        maklumat" is the complaint itself, not a denial of its topic."""
        tokens = self.doc.tokens
        parts, surfaces = tokens.parts, tokens.surfaces
        joined = (
            first >= 2
            and not _AND_OR.isdisjoint(surfaces[first - 1].split())
            and not _clause_end(parts[2 * first])
        )
        shared = self._look_back(first - 2) if joined else None
        if shared is not None:
            self._mark(first, first - 2 in self._topical)
            return shared
        for t in self._back_from(first):
            if _clause_end(parts[2 * t + 2]):
                return None
            words = surfaces[t].split()
            if not _CONTRAST.isdisjoint(words):
                return None
            if t >= 1 and not _WITH.isdisjoint(words):
                denial = self._denied_relation(t - 1)
                if denial is not None:
                    self._topical.add(first)
                    return denial
            if not _NOT_ONLY.isdisjoint(surfaces[t + 1].split()[:1]):
                continue
            for w in words:
                if w in self.negators or (w in self.contrast_negators and self._denies(t, first)):
                    self._mark(first, self._topic_between(t, first) or self._intent_after(t, first))
                    return w[1:]
        return self._denied_request(first) if self._asks() else None

    def _asks(self) -> bool:
        """Whether the text holds an intent word at all (asked once, of texts with a negator)."""
        if self._intent is None:
            self._intent = _INTENT_WORD.search(self.doc.haystack, self.doc.stem_length) is not None
        return self._intent

    def _denied_request(self, first: int) -> str | None:
        """The negator of a denied request whose object is longer than the window: "kami tidak
        sedang meminta data izin tambang" (a negator, words of manner, an intent word, then at
        most _OBJECT words in the same clause before token `first`). Like a denied intent, it
        holds for the whole text."""
        tokens = self.doc.tokens
        parts, surfaces = tokens.parts, tokens.surfaces
        for t in range(first - 1, max(-1, first - 2 - _OBJECT), -1):
            words = surfaces[t].split()
            if _clause_end(parts[2 * t + 2]):
                return None
            if _INTENT.isdisjoint(words):
                if not _CONTRAST.isdisjoint(words):
                    return None
                continue
            k = t - 1
            while k >= 0 and not _MANNER.isdisjoint(surfaces[k].split()):
                k -= 1
            for w in surfaces[k].split() if k >= 0 and not _clause_end(parts[2 * k + 2]) else ():
                if w in self.negators or w in self.contrast_negators:
                    self._topical.add(first)
                    return w[1:]
            return None
        return None

    def _back_from(self, first: int) -> Iterator[int]:
        """The tokens before token `first` that a negator may stand on: `window` of them, not
        counting intent and reporting words ("tidak bermaksud memohon waktu audiensi", "bukan
        mau lapor jalan rusak")."""
        surfaces = self.doc.tokens.surfaces
        t, left = first - 1, self.window
        while t >= 0 and left > 0:
            yield t
            if _PASSING.isdisjoint(surfaces[t].split()):
                left -= 1
            t -= 1

    def _denies(self, negator: int, first: int) -> bool:
        """Whether a contrast negator (tidak, belum, ...) at token `negator` denies the term at
        token `first`: in a "not X but Y" sentence, or when it denies an intent right after it
        ("tidak memohon ...")."""
        # the intent word may start the term itself ("tidak mengundang Bupati"), or follow a word
        # of manner ("tidak sedang mengundang beliau", "tidak pernah meminta")
        surfaces = self.doc.tokens.surfaces
        k = negator + 1
        while k < first and not _MANNER.isdisjoint(surfaces[k].split()):
            k += 1
        after = surfaces[k].split() if k <= first else []
        return not _INTENT.isdisjoint(after) or self._but(first)

    def _may_dismiss(self) -> bool:
        """Whether the text holds a topic word, "nya", a relation or an intent word: a dismissal
        needs one (asked only of texts with a negator, once)."""
        if self._may is None:
            self._may = _DISMISSING.search(self.doc.haystack) is not None
        return self._may

    def _mark(self, first: int, topical: bool) -> None:
        """Remember that the denial before token `first` is of a topic (see dismissed)."""
        if topical:
            self._topical.add(first)

    def _topic_between(self, negator: int, first: int) -> bool:
        """Whether a topic word stands between the negator's token and the term's: "bukan soal
        X"."""
        surfaces = self.doc.tokens.surfaces
        return any(not _TOPIC.isdisjoint(surfaces[k].split()) for k in range(negator + 1, first))

    def _intent_after(self, negator: int, first: int) -> bool:
        """Whether an intent word follows the negator up to the term: "sy tdk minta CSR",
        "kami tidak mengundang Bupati" deny the request for the whole text, like a topic."""
        surfaces = self.doc.tokens.surfaces
        return any(
            not _INTENT.isdisjoint(surfaces[k].split()) for k in range(negator + 1, first + 1)
        )

    def _nya(self, last: int) -> bool:
        """Whether "nya" follows token `last` in the same clause: "bukan MoU nya" names a topic
        as the one meant, and denies it."""
        tokens = self.doc.tokens
        return (
            last + 1 < len(tokens.surfaces)
            and not _clause_end(tokens.parts[2 * last + 2])
            and "=nya" in tokens.surfaces[last + 1].split()
        )

    def _denied_relation(self, r: int) -> str | None:
        """The negator of "tidak ada hubungannya" (or "tidak terkait", "jangan disamakan") when
        token `r` is the relation word, else None."""
        tokens = self.doc.tokens
        words = tokens.surfaces[r].split()
        if r >= 1 and not _RELATED.isdisjoint(words) and not _clause_end(tokens.parts[2 * r]):
            for w in tokens.surfaces[r - 1].split():
                if w in self.negators or w in self.contrast_negators or w in _RELATION_NEGATORS:
                    return w[1:]
        if _RELATION.isdisjoint(words):
            return None
        for t in range(r - 1, max(-1, r - 4), -1):
            if _clause_end(tokens.parts[2 * t + 2]):
                return None
            for w in tokens.surfaces[t].split():
                if w in self.negators or w in self.contrast_negators:
                    return w[1:]
        return None

    def _but(self, first: int) -> bool:
        """Whether a contrast word follows token `first` in the same sentence."""
        if first not in self._buts:
            self._buts[first] = self._find_but(first)
        return self._buts[first]

    def _find_but(self, first: int) -> bool:
        tokens = self.doc.tokens
        parts, surfaces = tokens.parts, tokens.surfaces
        for t in range(first + 1, len(surfaces)):
            part = parts[2 * t]
            if part != " " and not _SENTENCE_END.isdisjoint(part):
                return False
            if not _BUT.isdisjoint(surfaces[t].split()):
                return True
        return False

    def unsettled(
        self, counted: dict[int, Hit], story: bool = True
    ) -> tuple[dict[int, Hit], dict[int, str]]:
        """`counted` without the terms found only in the parts of the text about another matter
        (settled sentences, thank-yous, a reply's subject, what comes before a turn:
        routing/settled.py; without the `story`, not what comes before the request pointed at
        nor the writer's introduction), and those terms with the words that set them aside.
        When no term would count outside those parts, the story is read again (what the writer
        dismissed stays aside); unchanged when still none would."""
        self._settled = None
        found = self._outside(counted, story)
        if found is not None and not found[0] and story:
            found = self._outside(counted, False)
        if found is None or not found[0] or not found[1]:
            return counted, {}
        self._settled = found[2]  # the rules that read context leave them out too
        return found[0], found[1]

    def _outside(
        self, counted: dict[int, Hit], story: bool
    ) -> tuple[dict[int, Hit], dict[int, str], list[_Span]] | None:
        """The counted terms outside the parts set aside, those inside with the words that set
        them aside, and the parts; None when nothing is set aside."""
        ranges = settled_sentences(self.doc, story)
        if not ranges:
            return None
        spans = [(*self.doc.char_spans(first, last), phrase) for first, last, phrase in ranges]
        out: dict[int, Hit] = {}
        inside: dict[int, str] = {}
        for tid, hit in counted.items():
            phrase = _settled_at(hit, spans)
            if phrase is None:
                out[tid] = hit
                continue
            for other in self.occurrences[tid]:
                if _settled_at(other, spans) is None and (
                    not self.has_negator or self.negated_by(other) is None
                ):
                    out[tid] = other
                    break
            else:
                inside[tid] = phrase
        return out, inside, spans

    def settled_patterns(
        self, found: Collection[int], patterns: Sequence[tuple[int, Any]]
    ) -> dict[int, str]:
        """Of the rules' patterns found in the text (router._candidates), those whose every
        match starts in the story before the request pointed at ("Saya sudah membaca Perda
        RTRW ..., jadi tidak perlu dijelaskan aturannya lagi. Yang kami minta ...": the story
        names the Perda, the request does not), with the words that point at the request. The
        other parts that `unsettled` sets aside keep a pattern: an introduction or a sentence
        read as settled is a looser guess ("sy baca perda RTRW sdh disahkan. Dmn bs dpt
        salinannya?" asks about that Perda). Empty when no story is set aside."""
        story = [s for s in self._settled or () if s[2].startswith("yang ")]
        if not story or not found:
            return {}
        starts = self.doc.tokens.ends[0::2]  # where each token starts in the folded text
        hay = self.doc.char_spans  # a token's place in the haystack, as the spans have it
        out: dict[int, str] = {}
        for k in found:
            phrase = None
            for match in islice(patterns[k][1].finditer(self.doc.folded), 16):
                token = max(bisect_right(starts, match.start()) - 1, 0)
                at = hay(token, token)[0][0]
                phrase = next((p for (a, b), _, p in story if a <= at < b), None)
                if phrase is None:
                    break  # a match in the part that counts: the pattern counts
            if phrase is not None:
                out[k] = phrase
        return out

    def keep_set_aside(self) -> None:
        """Read the parts set aside by `unsettled` again, for the rules that read context (the
        router's second look, when the rest of the text places nothing)."""
        self._settled = None

    def near(self, hit: Hit, near: frozenset[int], window: int) -> int | None:
        """A none_near term id within `window` tokens of this occurrence, or None."""
        first, last = self.doc.token_range(*hit)
        for tid in near:
            for other in self.occurrences.get(tid, ()):
                o_first, o_last = self.doc.token_range(*other)
                if o_first - window <= last and first - window <= o_last:
                    return tid
        return None

    def _left_out(self, rule: CompiledRule, tid: int, hit: Hit, check_negation: bool) -> str:
        """Why this occurrence does not count for the rule, or "" when it counts."""
        negatable = tid not in rule.unnegatable
        word = self.negated_by(hit) if check_negation and negatable else None
        if word is not None:
            return f"negated by {word!r}"
        if rule.negation and self._settled is not None and negatable:
            settled = _settled_at(hit, self._settled)
            if settled is not None:
                return f"set aside by {settled!r}"
        if rule.near is not None:
            other = self.near(hit, rule.near, rule.near_window)
            if other is not None:
                return f"near {rule.written[other]!r}"
        return ""

    def counted(self, rule: CompiledRule) -> tuple[dict[int, Hit], list[tuple[str, str]]]:
        """The rule's terms that count here (first counting occurrence each), and why each found
        term that does not count was left out: [(term as written, reason)]."""
        out: dict[int, Hit] = {}
        ignored: list[tuple[str, str]] = []
        check_negation = rule.negation and self.has_negator
        for tid in rule.positive.intersection(self.occurrences):
            reason = ""
            if check_negation and len(self.occurrences[tid]) > 1 and tid not in rule.unnegatable:
                dismissed = self.dismissed(tid)
                if dismissed is not None:
                    ignored.append((rule.written[tid], f"negated by {dismissed!r}"))
                    continue
            for hit in self.occurrences[tid]:
                reason = self._left_out(rule, tid, hit, check_negation)
                if reason:
                    continue
                out[tid] = hit
                break
            else:
                ignored.append((rule.written[tid], reason))
        return out, ignored


def _settled_at(hit: Hit, spans: list[_Span]) -> str | None:
    """The words that set aside the part where this occurrence starts, or None."""
    start = hit[0] - hit[1] + 2  # the first character of its first word (after the space)
    for (a, b), (c, d), phrase in spans:
        if a <= start < b or c <= start < d:
            return phrase
    return None
