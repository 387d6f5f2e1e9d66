"""A routing Decision: where a complaint goes and why, in a form that can be stored and read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Match(NamedTuple):
    """A term of a rule found in the text, with its position in the original text."""

    rule: str
    term: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form."""
        return {"rule": self.rule, "term": self.term, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Decision:
    """Where a complaint goes and why.

    `rules` are the rules that placed it (for a weighted decision, every matching rule of the
    winning section, earliest first); `fired` are all rules that matched, whatever their section.
    """

    section: str
    fallback: bool
    rules: tuple[str, ...] = ()
    matches: tuple[Match, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)
    fired: tuple[str, ...] = ()
    decided: bool = False
    threshold: float = 1.0
    version: str | None = None
    ignored: tuple[tuple[str, str, str], ...] = ()  # (rule, term, why) found but not counted
    # (kind, section, amount) added to a section's score: "subject" (a letter's subject line
    # names its terms), "request" (the sentence that asks names them)
    bonuses: tuple[tuple[str, str, float], ...] = ()

    @property
    def needs_triage(self) -> bool:
        """A complaint that no rule could place waits for a person to route it."""
        return self.fallback

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form, stored with the complaint."""
        out: dict[str, Any] = {
            "section": self.section,
            "fallback": self.fallback,
            "rules": list(self.rules),
            "matches": [m.to_dict() for m in self.matches],
            "scores": dict(self.scores),
            "fired": list(self.fired),
            "decided": self.decided,
            "explanation": self.explain(),
        }
        if self.ignored:
            out["ignored"] = [{"rule": r, "term": t, "why": w} for r, t, w in self.ignored]
        if self.bonuses:
            out["bonuses"] = [{"kind": k, "section": s, "amount": a} for k, s, a in self.bonuses]
        if self.version is not None:
            out["version"] = self.version
        return out

    def explain(self) -> str:
        """One line: why the complaint went where it went."""
        if self.fallback:
            best = max(self.scores.items(), key=lambda kv: kv[1], default=None)
            near = f"; best was {best[0]} with {best[1]:g}" if best else "; no rule matched"
            return (
                f"{self.section} (fallback, needs triage): no rule reached the threshold "
                f"{self.threshold:g}{near}"
            )
        terms = ", ".join(f"{m.term!r}@{m.start}" for m in self.matches[:8])
        how = "decided by" if self.decided else f"score {self.scores.get(self.section, 0):g} from"
        others = sorted(
            ((s, v) for s, v in self.scores.items() if s != self.section), key=lambda kv: -kv[1]
        )
        runner = f"; runner-up {others[0][0]} {others[0][1]:g}" if others else ""
        extra = "".join(
            f" +{a:g} {_BONUS_NAMES.get(k, k)}" for k, s, a in self.bonuses if s == self.section
        )
        return f"{self.section}: {how} {', '.join(self.rules)}{extra} [{terms}]{runner}"


_BONUS_NAMES = {"subject": "for the subject line", "request": "for the request"}
