"""The desk's search box: what the officer typed, as a full-text query on store/search.py's index.

A query is one or more alternatives, any of which may match:
- a tracking code, whole or partial, with or without dashes, any case, O for 0 and I/L for 1
  (as the citizen's tracking page reads it): a prefix of the code's terms;
- a phone number in any Indonesian form (0812..., 62812..., +62 812-...): a prefix of E.164 digits;
- words in any order, each matched by its routing stem or as typed (names, e-mail pieces): all
  words must match.
Results are ranked by the engine (FTS5's bm25, PostgreSQL's ts_rank) among the newest CAP matches
the viewer may see, and highlighted here, with every piece of text escaped.
"""

from __future__ import annotations

import functools
import re

from markupsafe import Markup, escape

from routing.text import Normaliser, fold
from store.fulltext import CAP, Query
from store.search import WORD, stems

_SEPARATORS = re.compile(r"[\s\-_.]+")
_CONFUSABLE = str.maketrans({"o": "0", "i": "1", "l": "1"})
_PHONE = re.compile(r"^\+?[\d\s().\-]+$")


def parse(norm: Normaliser, typed: str, prefix: str) -> Query | None:
    """The query of what was typed, or None when it holds nothing searchable."""
    alternatives: list[tuple[tuple[tuple[str, bool], ...], ...]] = []
    code = _code(typed, prefix)
    if code:
        alternatives.append((code,))
    phone = _phone(typed)
    if phone:
        alternatives.append((((phone, True),),))
    groups: list[tuple[tuple[str, bool], ...]] = []
    marks: set[str] = set()
    for token in WORD.findall(fold(typed)[0]):
        # Each stem is required (slang or digits may split a token: "3kg" is 3 and kg), each
        # satisfied by the token as typed too (names and addresses are indexed unstemmed).
        for stem in stems(norm, token) or [token]:
            terms = dict.fromkeys([stem, token])
            marks.update(terms)
            groups.append(tuple((t, False) for t in terms))
    if groups:
        alternatives.append(_absorbed(groups))
    if not alternatives:
        return None
    return Query(tuple(alternatives), frozenset(marks), norm)


def _absorbed(
    groups: list[tuple[tuple[str, bool], ...]],
) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """The groups without those another group implies: "siti & (siti | sitian)" is "siti"
    (a name whose surname stems to its first name), a query the planner's statistics know
    as one word, where it took the pair for rare, and PostgreSQL's GIN index read both
    posting lists for each."""
    unique = list(dict.fromkeys(groups))
    return tuple(g for g in unique if not any(set(o) < set(g) for o in unique))


def _code(typed: str, prefix: str) -> tuple[tuple[str, bool], ...]:
    compact = _SEPARATORS.sub("", typed.lower())
    if not (4 <= len(compact) <= len(prefix) + 10 and compact.isalnum() and compact.isascii()):
        return ()
    p = prefix.lower()
    # A word is not a code: without a digit, only a whole code with its prefix is one (about one
    # code in twenty has no digit, e.g. KK-MXTSD-ZFJHA).
    whole = compact.startswith(p) and len(compact) == len(p) + 10
    if not (whole or any(c.isdigit() for c in compact)):
        return ()
    rest = compact[len(p) :] if compact.startswith(p) else compact
    variants = dict.fromkeys(
        [compact, p + rest.translate(_CONFUSABLE), rest.translate(_CONFUSABLE)]
    )
    return tuple((v, True) for v in variants if len(v) >= 4)


def _phone(typed: str) -> str:
    text = typed.strip()
    digits = "".join(c for c in text if c.isdigit())
    if not _PHONE.match(text) or len(digits) < 6:
        return ""
    if digits.startswith("0"):
        return "62" + digits[1:]
    if digits.startswith("8"):
        return "62" + digits
    return digits


def highlight(query: Query, text: str, width: int) -> Markup:
    """An escaped excerpt of `text` around its first matching word, matches in <mark>.

    Words are looked at up to the first match and then only within the excerpt, each distinct
    word stemmed once per query (a search page highlights many texts with the same words).
    """
    pieces = re.split(r"([^\W_]+)", " ".join(text.split()))
    first = next((i for i in range(1, len(pieces), 2) if _matches(pieces[i], query)), None)
    start = 0
    if first is not None:
        before = len("".join(pieces[:first]))
        if before > width // 3:
            start = first - 2 * min(4, first // 2)
    out: list[Markup] = [Markup("…")] if start > 0 else []
    plain: list[str] = []  # the pieces since the last match, escaped together
    used = 0
    end = Markup("")
    for i in range(start, len(pieces)):
        piece = pieces[i]
        if used + len(piece) > width:
            end = Markup("…")
            break
        used += len(piece)
        if i % 2 == 1 and first is not None and i >= first and _matches(piece, query):
            out += [escape("".join(plain)), Markup("<mark>{}</mark>").format(piece)]
            plain.clear()
        else:
            plain.append(piece)
    return Markup("").join([*out, escape("".join(plain)), end])


def _matches(word: str, query: Query) -> bool:
    found = query.seen.get(word)
    if found is None:
        folded, stemmed = _forms(query.norm, word)
        found = folded in query.words or any(s in query.words for s in stemmed)
        query.seen[word] = found
    return found


@functools.lru_cache(maxsize=65536)
def _forms(norm: Normaliser, word: str) -> tuple[str, tuple[str, ...]]:
    """A word of a text folded, and its stems: remembered across requests, as every search
    page highlights words of the same complaints' texts."""
    folded = fold(word)[0]
    return folded, tuple(stems(norm, folded))


__all__ = ["CAP", "Query", "highlight", "parse"]
