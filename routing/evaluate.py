"""Measure a rule set: accuracy on a labelled dataset, and the moves a candidate rule set makes.

Pure functions over plain data, so the CLI (aduan rules check / replay) and tests share them.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from routing.router import Router


@dataclass(frozen=True)
class Labelled:
    """One line of a dataset: a text, its channel and the section it belongs to."""

    text: str
    channel: str | None
    section: str


def read_dataset(path: str | Path) -> list[Labelled]:
    """JSON lines with `text`, `channel` and `section` (other keys ignored)."""
    rows: list[Labelled] = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            rows.append(Labelled(str(row["text"]), row.get("channel"), str(row["section"])))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not a JSON object with text and section: {exc}") from exc
    return rows


@dataclass
class Report:
    """Accuracy, per-section precision and recall, fallback rate and confusion counts."""

    total: int = 0
    correct: int = 0
    fallbacks: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (expected, got)
    channels: dict[str, list[int]] = field(default_factory=dict)  # channel -> [total, correct]
    predictions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of texts routed to their section, not by fallback."""
        return self.correct / self.total if self.total else 0.0

    @property
    def fallback_rate(self) -> float:
        """Share of texts that went to the fallback section for triage."""
        return self.fallbacks / self.total if self.total else 0.0

    def interval(self, z: float = 1.959964) -> tuple[float, float]:
        """The 95% Wilson score interval of the accuracy."""
        return wilson(self.correct, self.total, z)

    def per_channel(self) -> dict[str, dict[str, float]]:
        """Accuracy and count per channel (`-` for rows without one)."""
        return {
            ch: {"total": n, "correct": ok, "accuracy": ok / n if n else 0.0}
            for ch, (n, ok) in sorted(self.channels.items())
        }

    def sections(self) -> list[str]:
        """Every section seen, expected or predicted, sorted."""
        return sorted({s for pair in self.confusion for s in pair})

    def per_section(self) -> dict[str, dict[str, float]]:
        """Precision, recall and support per section."""
        out: dict[str, dict[str, float]] = {}
        for s in self.sections():
            tp = self.confusion[(s, s)]
            predicted = sum(n for (_, got), n in self.confusion.items() if got == s)
            support = sum(n for (exp, _), n in self.confusion.items() if exp == s)
            out[s] = {
                "precision": tp / predicted if predicted else 0.0,
                "recall": tp / support if support else 0.0,
                "support": support,
            }
        return out

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form."""
        return {
            "total": self.total,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "fallback_rate": round(self.fallback_rate, 4),
            "interval95": [round(v, 4) for v in self.interval()],
            "per_channel": {
                ch: {k: round(v, 4) for k, v in m.items()} for ch, m in self.per_channel().items()
            },
            "per_section": {
                s: {k: round(v, 4) for k, v in m.items()} for s, m in self.per_section().items()
            },
            "confusion": [
                {"expected": e, "got": g, "count": n}
                for (e, g), n in sorted(self.confusion.items())
            ],
            "predictions": self.predictions,
        }


def evaluate(router: Router, rows: Iterable[Labelled]) -> Report:
    """Route every row and compare with its label; a fallback never counts as correct."""
    report = Report()
    for row in rows:
        decision = router.route(row.text, row.channel)
        got = decision.section
        report.total += 1
        report.fallbacks += decision.fallback
        ok = got == row.section and not decision.fallback
        report.correct += ok
        counts = report.channels.setdefault(row.channel or "-", [0, 0])
        counts[0] += 1
        counts[1] += ok
        report.confusion[(row.section, "(fallback)" if decision.fallback else got)] += 1
        report.predictions.append(
            {
                "text": row.text,
                "expected": row.section,
                "got": got,
                "fallback": decision.fallback,
                "rules": list(decision.rules),
            }
        )
    return report


def wilson(successes: int, total: int, z: float = 1.959964) -> tuple[float, float]:
    """The Wilson score interval of a proportion (95% by default); (0, 1) when nothing was seen."""
    if total <= 0:
        return 0.0, 1.0
    p = successes / total
    denominator = 1 + z * z / total
    centre = p + z * z / (2 * total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return max(0.0, (centre - half) / denominator), min(1.0, (centre + half) / denominator)
