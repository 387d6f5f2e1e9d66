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


@dataclass(frozen=True)
class Indexed:
    """A pool made ready for `similar`: its TF-IDF vectors, and which complaints hold each stem.

    The same pool compared with many texts (the triage second opinion) is weighed once.
    """

    pool: tuple[Past, ...]
    df: Counter[str]
    vectors: tuple[dict[str, float], ...]
    holding: dict[str, list[int]]


def _vector(b: Counter[str], df: Counter[str], n: int) -> dict[str, float]:
    v = {w: (1 + math.log(c)) * (1 + math.log((n + 1) / (df[w] + 1))) for w, c in b.items()}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {w: x / norm for w, x in v.items()}


def indexed(
    normaliser: Normaliser,
    pool: Sequence[Past],
    bag_of: Callable[[Normaliser, str], Counter[str]] = bag,
) -> Indexed:
    """The pool weighed for `similar_in` (the document frequencies taken in the pool)."""
    bags = [bag_of(normaliser, p.text) for p in pool]
    df: Counter[str] = Counter()
    for b in bags:
        df.update(b.keys())
    vectors = tuple(_vector(b, df, len(pool)) for b in bags)
    holding: dict[str, list[int]] = {}
    for i, v in enumerate(vectors):
        for w in v:
            holding.setdefault(w, []).append(i)
    return Indexed(tuple(pool), df, vectors, holding)


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
    return similar_in(normaliser, text, indexed(normaliser, pool, bag_of), bag_of)


def similar_in(
    normaliser: Normaliser,
    text: str,
    ready: Indexed,
    bag_of: Callable[[Normaliser, str], Counter[str]] = bag,
) -> list[Similar]:
    """`similar` against a pool weighed already: only the complaints sharing a stem are read."""
    query = _vector(bag_of(normaliser, text), ready.df, len(ready.pool))
    sharing = sorted({i for w in query for i in ready.holding.get(w, ())})
    scored = []
    for i in sharing:
        v = ready.vectors[i]
        common = sorted((w for w in query if w in v), key=lambda w: (-query[w] * v[w], w))
        sim = sum(query[w] * v[w] for w in common)
        if sim > 0:
            scored.append(Similar(ready.pool[i], sim, tuple(common)))
    scored.sort(key=lambda s: (-s.score, s.past.id))
    return scored


def second_opinion(
    normaliser: Normaliser,
    text: str,
    pool: Sequence[Past] | Indexed,
    *,
    k: int = 10,
    top: int = 3,
    bag_of: Callable[[Normaliser, str], Counter[str]] = bag,
) -> list[Opinion]:
    """The `top` likeliest sections among the `k` most similar complaints of `pool` (`bag_of`
    as in `similar`; the pool may be weighed already, by `indexed`)."""
    ready = pool if isinstance(pool, Indexed) else indexed(normaliser, pool, bag_of)
    nearest = similar_in(normaliser, text, ready, bag_of)[:k]
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
