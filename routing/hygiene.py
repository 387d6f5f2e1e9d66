"""Rule hygiene: terms that add nothing, found when the rules are loaded.

These are warnings, not errors: the rules still route as written, but an admin reading them is
misled (a term that looks like it widens a rule and does not). `aduan rules check` prints them
and the router logs them when it is built.
"""

from __future__ import annotations

from routing.lexicon import SLANG
from routing.model import RoutingConfig, Rule, Term
from routing.text import Normaliser

_LISTS = ("any", "all", "phrases", "none")


def lint(config: RoutingConfig, norm: Normaliser) -> list[str]:
    """One line per problem, starting with the term's file and line (or its dotted path)."""
    out: list[str] = []
    for i, rule in enumerate(config.rules):
        for name in _LISTS:
            out.extend(_lint_list(f"routing.rules[{i}].{name}", rule, name, norm))
    for word, value in config.slang.items():
        if SLANG.get(word) == value:
            out.append(f"routing.slang.{word}: {word!r} -> {value!r} is built in already")
    for canonical, others in config.paraphrases.items():
        out.extend(_lint_paraphrases(f"routing.paraphrases.{canonical}", canonical, others, norm))
    return [config.locate(line) for line in out]


def _lint_paraphrases(path: str, canonical: str, others: list[str], norm: Normaliser) -> list[str]:
    """A paraphrase counts wherever its canonical term does: one containing the canonical
    term, or another paraphrase of it, never adds a match."""
    out: list[str] = []
    keys: list[tuple[tuple[str, ...], str]] = [(tuple(norm.phrase(canonical)[0]), canonical)]
    for j, other in enumerate(others):
        key = tuple(norm.phrase(other)[0])
        same = next((term for k, term in keys if k == key), None)
        if same is not None:
            out.append(f"{path}[{j}]: paraphrase {other!r} reduces to the same words as {same!r}")
        else:
            shorter = next((t for k, t in keys if len(k) < len(key) and _contains(key, k)), None)
            if shorter is not None:
                out.append(
                    f"{path}[{j}]: paraphrase {other!r} is redundant: {shorter!r} matches "
                    "wherever it does"
                )
        keys.append((key, other))
    return out


def _lint_list(path: str, rule: Rule, name: str, norm: Normaliser) -> list[str]:
    items = getattr(rule, name) or []
    exact_list = name == "phrases"
    seen_written: dict[str, int] = {}
    seen_key: dict[tuple[str, ...], int] = {}
    keys: list[tuple[tuple[str, ...], str, float]] = []
    out: list[str] = []
    for j, item in enumerate(items):
        term = item if isinstance(item, Term) else Term(term=item)
        written = " ".join(term.term.casefold().split())
        stems, surfaces = norm.phrase(term.term)
        key = tuple(surfaces) if (exact_list or term.exact) else tuple(stems)
        if written in seen_written:
            out.append(
                f"{path}[{j}]: duplicate term {term.term!r} (also at [{seen_written[written]}])"
            )
        elif key in seen_key:
            first = items[seen_key[key]]
            shown = first.term if isinstance(first, Term) else first
            out.append(
                f"{path}[{j}]: term {term.term!r} reduces to the same words as {shown!r} "
                f"([{seen_key[key]}]): {' '.join(key)!r}"
            )
        seen_written.setdefault(written, j)
        seen_key.setdefault(key, j)
        keys.append((key, term.term, term.weight))
    if name in ("any", "phrases", "none"):
        out.extend(_redundant(path, keys))
    return out


def _redundant(path: str, keys: list[tuple[tuple[str, ...], str, float]]) -> list[str]:
    """In a list where one hit is enough, a term containing a shorter term is never needed,
    unless it weighs more ("perkara" 1, "perkara di pengadilan" 2)."""
    out: list[str] = []
    for j, (key, term, weight) in enumerate(keys):
        for short, shorter, short_weight in keys:
            if len(short) < len(key) and weight <= short_weight and _contains(key, short):
                out.append(
                    f"{path}[{j}]: term {term!r} is redundant: the shorter term {shorter!r} "
                    "matches wherever it does"
                )
                break
    return out


def _contains(key: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(key[k : k + n] == short for k in range(len(key) - n + 1))
