"""Router.route(text, channel, sender) -> Decision."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from routing.model import RoutingConfig, RuleError


class SectionLike(Protocol):
    """What routing needs to know of a section."""

    @property
    def id(self) -> str: ...


@dataclass(frozen=True)
class Match:
    """A term of a rule found in the text, with its position in the original text."""

    rule: str
    term: str
    start: int
    end: int


@dataclass(frozen=True)
class Decision:
    """Where a complaint goes and why."""

    section: str
    fallback: bool
    rules: tuple[str, ...] = ()
    matches: tuple[Match, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form, stored with the complaint."""
        return {
            "section": self.section,
            "fallback": self.fallback,
            "rules": list(self.rules),
            "matches": [m.__dict__ for m in self.matches],
            "scores": self.scores,
        }

    def explain(self) -> str:
        """One line: why the complaint went where it went."""
        if self.fallback:
            return f"{self.section}: no rule reached the threshold (fallback)"
        terms = ", ".join(sorted({m.term for m in self.matches}))
        return f"{self.section}: rules {', '.join(self.rules)} matched {terms}"


class Router:
    """A compiled rule set."""

    def __init__(self, config: RoutingConfig, section_ids: set[str]) -> None:
        self.config = config
        self.section_ids = section_ids

    @classmethod
    def build(cls, config: RoutingConfig, sections: Sequence[SectionLike]) -> Router:
        """Check the rules against the sections and compile them."""
        ids = {s.id for s in sections}
        if config.fallback not in ids:
            raise RuleError(f"routing.fallback: unknown section {config.fallback!r}")
        for i, rule in enumerate(config.rules):
            if rule.section not in ids:
                raise RuleError(f"routing.rules[{i}].section: unknown section {rule.section!r}")
        return cls(config, ids)

    def route(self, text: str, channel: str | None = None, sender: str | None = None) -> Decision:
        """Pick the section for a text."""
        lowered = text.lower()
        scores: dict[str, float] = {}
        matched: list[Match] = []
        fired: list[str] = []
        for rule in self.config.rules:
            hits = [
                Match(rule.id, kw, pos, pos + len(kw))
                for kw in rule.any
                if (pos := lowered.find(kw.lower())) >= 0
            ]
            if not hits:
                continue
            if rule.decide:
                return Decision(rule.section, False, (rule.id,), tuple(hits), {rule.section: 1.0})
            fired.append(rule.id)
            matched.extend(hits)
            scores[rule.section] = scores.get(rule.section, 0.0) + rule.weight
        if scores:
            best = max(scores, key=lambda s: scores[s])
            if scores[best] >= self.config.threshold:
                rules = [r.id for r in self.config.rules if r.id in fired and r.section == best]
                terms = tuple(m for m in matched if m.rule in rules)
                return Decision(best, False, tuple(rules), terms, scores)
        return Decision(self.config.fallback, True, (), (), scores)
