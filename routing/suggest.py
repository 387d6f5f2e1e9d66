"""Learning from officers' corrections: every reassignment is a labelled example.

`suggest` looks at the corrected complaints the rules still get wrong, finds words that mark the
section the officer chose (frequent in those complaints, rare elsewhere), and proposes one edit per
word: add a rule for that section with the word. Each proposal carries replay evidence: which
past complaints would move and where, and accuracy before and after on the corrections and on
the tuning sets. Proposals that lose accuracy on a tuning set are dropped; nothing is applied.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from routing.compile import SectionLike
from routing.evaluate import Labelled, evaluate
from routing.model import RoutingConfig, Rule
from routing.router import Router

# Words that mark no section (function words, politeness, the regency's own name).
STOP = frozenset(
    {
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "ada", "tidak",
        "belum", "sudah", "kami", "saya", "kita", "mohon", "pak", "bapak", "ibu", "min", "tolong",
        "sangat", "juga", "karena", "pada", "dalam", "akan", "agar", "atau", "bisa", "lagi",
        "masih", "sejak", "tapi", "kukar", "kutai", "kartanegara", "kabupaten", "pemkab", "warga",
        "desa", "terima", "kasih",
    }
)  # fmt: skip


@dataclass
class Correction:
    """A complaint an officer moved: its text, channel, and where the officer put it."""

    text: str
    channel: str | None
    section: str
    code: str = ""


@dataclass
class Suggestion:
    """One proposed edit and its replay evidence."""

    rule: Rule
    word: str
    support: int
    moves: list[dict[str, str]] = field(default_factory=list)
    before: dict[str, float] = field(default_factory=dict)
    after: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form, with the rule as YAML-ready data."""
        return {
            "rule": self.rule.model_dump(exclude_none=True, exclude_defaults=True),
            "word": self.word,
            "support": self.support,
            "moves": self.moves,
            "accuracy_before": self.before,
            "accuracy_after": self.after,
        }


def suggest(
    config: RoutingConfig,
    sections: Sequence[SectionLike],
    corrections: Sequence[Correction],
    tuning: dict[str, list[Labelled]],
    *,
    limit: int = 5,
    min_support: int = 2,
    max_trials: int = 50,
) -> list[Suggestion]:
    """Proposed rule edits, best first, each replayed on the corrections and tuning sets
    (at most `max_trials` candidate words are replayed: each replay compiles the rules)."""
    router = Router.compile(config, sections)
    known = {s.id for s in sections}
    wrong = [c for c in corrections if c.section in known and _wrong(router, c)]
    candidates = _candidates(router, wrong, tuning, min_support)
    labelled = [Labelled(c.text, c.channel, c.section) for c in corrections]
    before = _scores(router, labelled, tuning)
    out: list[Suggestion] = []
    for section, word, support in candidates[:max_trials]:
        rule = Rule(
            id=f"saran-{section}-{word}",
            section=section,
            description=f"Saran dari {support} koreksi petugas",
            any=[word],
        )
        trial = RoutingConfig.model_validate(
            {**config.model_dump(), "rules": [*config.rules, rule]}
        )
        candidate = Router.compile(trial, sections)
        after = _scores(candidate, labelled, tuning)
        if after["corrections"] <= before["corrections"] or any(
            after[name] < before[name] for name in tuning
        ):
            continue
        moves = _moves(router, candidate, corrections)
        out.append(Suggestion(rule, word, support, moves, before, after))
        if len(out) >= limit:
            break
    return out


def _wrong(router: Router, c: Correction) -> bool:
    d = router.route(c.text, c.channel)
    return d.fallback or d.section != c.section


def _words(router: Router, text: str) -> set[str]:
    stems, _ = router.normaliser.phrase(text)
    return {w for w in stems if len(w) >= 4 and w.isalpha() and w not in STOP}


def _candidates(
    router: Router, wrong: Sequence[Correction], tuning: dict[str, list[Labelled]], min_support: int
) -> list[tuple[str, str, int]]:
    """(section, word, how many wrong corrections to that section contain it), best first;
    a word common in the tuning sets' other sections is no mark of the section."""
    by_section: dict[str, Counter[str]] = {}
    for c in wrong:
        by_section.setdefault(c.section, Counter()).update(_words(router, c.text))
    elsewhere: dict[str, Counter[str]] = {}
    for rows in tuning.values():
        for row in rows:
            elsewhere.setdefault(row.section, Counter()).update(_words(router, row.text))
    out = []
    for section, counts in by_section.items():
        for word, n in counts.items():
            other = sum(c[word] for s, c in elsewhere.items() if s != section)
            if n >= min_support and other <= 1:
                out.append((section, word, n))
    out.sort(key=lambda t: (-t[2], t[0], t[1]))
    return out[:50]


def _scores(
    router: Router, corrections: list[Labelled], tuning: dict[str, list[Labelled]]
) -> dict[str, float]:
    out = {"corrections": round(evaluate(router, corrections).accuracy, 4)}
    for name, rows in tuning.items():
        out[name] = round(evaluate(router, rows).accuracy, 4)
    return out


def _moves(old: Router, new: Router, corrections: Sequence[Correction]) -> list[dict[str, str]]:
    moves = []
    for c in corrections:
        a, b = old.route(c.text, c.channel), new.route(c.text, c.channel)
        if (a.section, a.fallback) != (b.section, b.fallback):
            moves.append(
                {
                    "code": c.code,
                    "from": "(fallback)" if a.fallback else a.section,
                    "to": b.section,
                    "officer": c.section,
                    "text": " ".join(c.text.split())[:80],
                }
            )
    return moves
