"""Router.route(text, channel, sender) -> Decision, over a rule set compiled once.

Semantics (also in docs/routing-readme-section.md): rules with `decide: true` are tried in the
order they are written and the first that matches decides. Otherwise every matching rule adds
its weight to its section; the highest total wins if it reaches the threshold, a tie goes to the
section whose earliest matching rule comes first, and below the threshold the complaint goes to
the fallback section, marked for triage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from typing import Any

from routing.compile import Compiled, CompiledRule, Compiler, SectionLike, check_sections
from routing.decision import Decision, Match
from routing.letter import letter_mask
from routing.model import Example, RoutingConfig, RuleError
from routing.text import Normaliser, Tokens, fold, mask


@dataclass(frozen=True)
class ExampleFailure:
    """An example that does not route where it says."""

    path: str
    text: str
    expected: str
    decision: Decision

    def message(self) -> str:
        """The RuleError message for this failure."""
        short = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        got = "fallback" if self.decision.fallback else ", ".join(self.decision.rules)
        return (
            f"{self.path}: example {short!r} routes to {self.decision.section!r} ({got}), "
            f"expected {self.expected!r}"
        )


class _Text:
    """One text on its way through the matcher: folded, tokenised, with lazy position maps."""

    def __init__(self, norm: Normaliser, text: str, max_chars: int, letter: bool = False) -> None:
        self.original = text[:max_chars]
        self.folded, self.offsets = fold(letter_mask(self.original, letter=letter))
        self.tokens: Tokens = norm.tokens(mask(self.folded))
        self.stem_part = " " + " ".join(self.tokens.stems) + " "
        self.haystack = self.stem_part + "\x00 " + " ".join(self.tokens.surfaces) + " "
        self._word_token: Sequence[int] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Folded positions to positions in the original text."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end]

    def term_span(self, end: int, length: int) -> tuple[int, int]:
        """The original span of an automaton hit that ends at `end` (inclusive, on a space)."""
        first = end - length + 2  # first character of the first word
        seg = 0 if first < len(self.stem_part) else len(self.stem_part) + 1
        count = self.haystack.count
        i, j = count(" ", seg, first) - 1, count(" ", seg, end - 1) - 1
        if self._word_token is None:
            counts = self.tokens.counts
            self._word_token = (
                list(chain.from_iterable(map(repeat, range(len(counts)), counts)))
                if sum(counts) != len(counts)
                else range(len(counts))
            )
        ends = self.tokens.ends
        i, j = self._word_token[i], self._word_token[j]
        if self.offsets is None:
            return ends[2 * i], ends[2 * j + 1]
        return self.offsets[ends[2 * i]], self.offsets[ends[2 * j + 1]]


class Router:
    """A compiled rule set: route texts, explain decisions, run examples."""

    def __init__(self, config: RoutingConfig, normaliser: Normaliser, compiled: Compiled) -> None:
        self.config = config
        self.normaliser = normaliser
        self.compiled = compiled
        self.letter_channels = frozenset(c.lower() for c in config.letter_channels)

    @classmethod
    def compile(cls, config: RoutingConfig, sections: Sequence[SectionLike]) -> Router:
        """Check and compile the rules without running the examples."""
        ids = check_sections(config, sections)
        normaliser = Normaliser(config.slang, config.stem_overrides)
        return cls(config, normaliser, Compiler(normaliser).compile(config, ids))

    @classmethod
    def build(cls, config: RoutingConfig, sections: Sequence[SectionLike]) -> Router:
        """Check the rules against the sections, compile them and run every example."""
        router = cls.compile(config, sections)
        failures = router.failed_examples(sections)
        if failures:
            raise RuleError(failures[0].message())
        return router

    def failed_examples(self, sections: Sequence[SectionLike]) -> list[ExampleFailure]:
        """Every example of a section or rule that does not route where it says."""
        failures: list[ExampleFailure] = []
        for i, section in enumerate(sections):
            for j, text in enumerate(section.examples):
                decision = self.route(text)
                if decision.fallback or decision.section != section.id:
                    failures.append(
                        ExampleFailure(f"sections[{i}].examples[{j}]", text, section.id, decision)
                    )
        for i, rule in enumerate(self.config.rules):
            for j, example in enumerate(rule.examples):
                ex = example if isinstance(example, Example) else Example(text=example)
                decision = self.route(ex.text, ex.channel, ex.sender)
                if (
                    decision.fallback
                    or decision.section != rule.section
                    or rule.id not in decision.fired
                ):
                    path = f"routing.rules[{i}].examples[{j}]"
                    failures.append(ExampleFailure(path, ex.text, rule.section, decision))
        return failures

    def route(self, text: str, channel: str | None = None, sender: str | None = None) -> Decision:
        """Pick the section for a text, and say why."""
        c = self.compiled
        letter = (channel or "").lower() in self.letter_channels
        doc = _Text(self.normaliser, text, self.config.max_chars, letter)
        hits: dict[int, tuple[int, int]] = {}
        if c.automaton is not None:
            for end, (tid, length) in c.automaton.iter(doc.haystack):
                if tid not in hits:
                    hits[tid] = (end, length)
        candidates: set[int] = set()
        for tid in hits:
            candidates.update(c.term_rules.get(tid, ()))
        regex_hits: set[int] = set()
        if c.pattern_set is not None and (found := c.pattern_set.Match(doc.folded)):
            regex_hits.update(found)
            candidates.update(c.patterns[k][0] for k in found)
        if sender is not None:
            candidates.update(c.sender_rules)
        candidates.update(c.channel_rules.get((channel or "").lower(), ()))
        norm_channel = (channel or "").lower()
        fired: list[CompiledRule] = []
        for index in sorted(candidates):
            rule = c.rules[index]
            if rule.simple or self._holds(rule, hits, regex_hits, norm_channel, sender):
                if rule.decide:
                    return self._decision(
                        doc, rule.section, [rule], [rule], hits, {rule.section: 1.0}, True
                    )
                fired.append(rule)
        return self._weigh(doc, fired, hits)

    @staticmethod
    def _holds(
        rule: CompiledRule,
        hits: dict[int, Any],
        regex_hits: set[int],
        channel: str,
        sender: str | None,
    ) -> bool:
        if rule.channels is not None and channel not in rule.channels:
            return False
        if rule.sender is not None and (sender is None or rule.sender.search(sender) is None):
            return False
        text_ok = (
            (rule.any is None or not rule.any.isdisjoint(hits))
            and (rule.all is None or all(t in hits for t in rule.all))
            and (rule.phrases is None or not rule.phrases.isdisjoint(hits))
            and (rule.regex is None or not regex_hits.isdisjoint(rule.regex))
        )
        return text_ok and (rule.none is None or rule.none.isdisjoint(hits))

    def _weigh(self, doc: _Text, fired: list[CompiledRule], hits: dict[int, Any]) -> Decision:
        scores: dict[str, float] = {}
        first: dict[str, int] = {}
        for rule in fired:
            scores[rule.section] = round(scores.get(rule.section, 0.0) + rule.score, 6)
            first.setdefault(rule.section, rule.index)
        best = max(scores, key=lambda s: (scores[s], -first[s]), default=None)
        if best is None or scores[best] < self.config.threshold:
            return Decision(
                self.config.fallback, True, (), (), scores, tuple(r.id for r in fired),
                threshold=self.config.threshold,
            )  # fmt: skip
        winners = [r for r in fired if r.section == best]
        return self._decision(doc, best, winners, fired, hits, scores, False)

    def _decision(
        self, doc: _Text, section: str, winners: list[CompiledRule], fired: list[CompiledRule],
        hits: dict[int, Any], scores: dict[str, float], decided: bool,
    ) -> Decision:  # fmt: skip
        matches: list[Match] = []
        for rule in winners:
            for tid in rule.positive.intersection(hits):
                start, end = doc.term_span(*hits[tid])
                matches.append(Match(rule.id, rule.written[tid], start, end))
            for k in rule.regex or ():
                found = self.compiled.patterns[k][1].search(doc.folded)
                if found is not None:
                    start, end = doc.original_span(*found.span())
                    matches.append(Match(rule.id, found.re.pattern, start, end))
        matches.sort(key=lambda m: (m.start, m.rule))
        return Decision(
            section, False, tuple(r.id for r in winners), tuple(matches), scores,
            tuple(r.id for r in fired), decided, self.config.threshold,
        )  # fmt: skip
