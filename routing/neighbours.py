"""A second opinion for triage: the sections of similar complaints that officers resolved.

For a complaint no rule could place, the desk shows the three likeliest sections, weighed by how
similar past complaints are (cosine over TF-IDF weights of normalised, stemmed words), with the
similar complaints themselves. It never routes: a person decides.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from routing.suggest import STOP
from routing.text import Normaliser


@dataclass(frozen=True)
class Past:
    """A complaint an officer resolved or placed: its id, code, text and final section."""

    id: int
    code: str
    text: str
    section: str


@dataclass
class Opinion:
    """One section, its share of the neighbours' similarity, and the neighbours behind it."""

    section: str
    share: float
    similar: list[tuple[Past, float]] = field(default_factory=list)


def bag(normaliser: Normaliser, text: str) -> Counter[str]:
    """The text's stems that can carry a topic, with counts."""
    stems, _ = normaliser.phrase(text[:5000])
    return Counter(w for w in stems if len(w) >= 3 and w.isalpha() and w not in STOP)


@dataclass(frozen=True)
class Similar:
    """A complaint of the pool, its cosine similarity to the text, and the stems they share."""

    past: Past
    score: float
    shared: tuple[str, ...]


def similar(
    normaliser: Normaliser,
    text: str,
    pool: Sequence[Past],
    bag_of: Callable[[Normaliser, str], Counter[str]] = bag,
) -> list[Similar]:
    """The complaints of `pool` that share a topic word with `text`, most similar first.

    Cosine over TF-IDF weights of the stems (`bag`), the document frequencies taken in the pool;
    `shared` lists the common stems, the heaviest first (what an officer is shown as the reason).
    `bag_of` may be a cached `bag` (the desk compares the same recent complaints again and again).
    """
    bags = [bag_of(normaliser, p.text) for p in pool]
    df: Counter[str] = Counter()
    for b in bags:
        df.update(b.keys())
    n = len(pool)

    def vector(b: Counter[str]) -> dict[str, float]:
        v = {w: (1 + math.log(c)) * (1 + math.log((n + 1) / (df[w] + 1))) for w, c in b.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {w: x / norm for w, x in v.items()}

    query = vector(bag_of(normaliser, text))
    scored = []
    for past, b in zip(pool, bags, strict=True):
        v = vector(b)
        common = sorted((w for w in query if w in v), key=lambda w: (-query[w] * v[w], w))
        sim = sum(query[w] * v[w] for w in common)
        if sim > 0:
            scored.append(Similar(past, sim, tuple(common)))
    scored.sort(key=lambda s: (-s.score, s.past.id))
    return scored


def second_opinion(
    normaliser: Normaliser,
    text: str,
    pool: Sequence[Past],
    *,
    k: int = 10,
    top: int = 3,
    bag_of: Callable[[Normaliser, str], Counter[str]] = bag,
) -> list[Opinion]:
    """The `top` likeliest sections among the `k` most similar complaints of `pool` (`bag_of`
    as in `similar`)."""
    nearest = similar(normaliser, text, pool, bag_of)[:k]
    total = sum(s.score for s in nearest) or 1.0
    by_section: dict[str, Opinion] = {}
    for s in nearest:
        op = by_section.setdefault(s.past.section, Opinion(s.past.section, 0.0))
        op.share += s.score / total
        op.similar.append((s.past, round(s.score, 3)))
    ranked = sorted(by_section.values(), key=lambda o: (-o.share, o.section))[:top]
    for op in ranked:
        op.share = round(op.share, 3)
    return ranked
