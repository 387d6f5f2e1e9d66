"""The plain rules (only `any`, default negation, no term options, not decide) laid out for
scoring: such a rule fires whenever one of its terms counts, so a text's plain score per section
is a sum over the plain rules that one of its counted terms names.

The plain rules are numbered section by section (in rule order within a section), so the fired
ones of a section are one slice of the sorted fired numbers: no walk over (term, section) pairs,
and with 10,000 rules the work per text stays a few set and slice operations in C.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from routing.compile import CompiledRule

_NONE: tuple[int, ...] = ()


@dataclass(frozen=True)
class PlainTables:
    """The plain rules of a rule set, numbered section by section."""

    rule_of: tuple[int, ...]  # number -> rule index
    score_of: tuple[float, ...]  # number -> the rule's weight
    bounds: dict[str, tuple[int, int]]  # section -> its numbers, [first, last + 1)
    term_numbers: dict[int, tuple[int, ...]]  # term id -> the plain rules (numbers) naming it
    # term id -> the sections of its plain rules, in the order of its first rule in each
    term_sections: dict[int, tuple[str, ...]]
    # section -> term id -> (rule id, term as written) of the section's plain rules with that
    # term, in rule order: the evidence of a weighted decision, found term by term
    section_terms: dict[str, dict[int, tuple[tuple[str, str], ...]]]

    @classmethod
    def build(
        cls, rules: Sequence[CompiledRule], plain: set[int], term_rules: dict[int, list[int]]
    ) -> PlainTables:
        """The tables of the plain rules `plain` (rule indexes)."""
        by_section: defaultdict[str, list[int]] = defaultdict(list)
        for i in sorted(plain):
            by_section[rules[i].section].append(i)
        rule_of: list[int] = []
        bounds: dict[str, tuple[int, int]] = {}
        for section, indexes in by_section.items():
            bounds[section] = (len(rule_of), len(rule_of) + len(indexes))
            rule_of.extend(indexes)
        number = {i: n for n, i in enumerate(rule_of)}
        term_numbers: dict[int, tuple[int, ...]] = {}
        term_sections: dict[int, tuple[str, ...]] = {}
        section_terms: defaultdict[str, dict[int, tuple[tuple[str, str], ...]]] = defaultdict(dict)
        for t, indexes in term_rules.items():
            mine = [i for i in dict.fromkeys(indexes) if i in plain]  # a rule may repeat a term
            if not mine:
                continue
            term_numbers[t] = tuple(number[i] for i in mine)
            term_sections[t] = tuple(dict.fromkeys(rules[i].section for i in mine))
            for section in term_sections[t]:
                section_terms[section][t] = tuple(
                    (rules[i].id, rules[i].written[t])
                    for i in sorted(mine)
                    if rules[i].section == section
                )
        return cls(
            tuple(rule_of), tuple(rules[i].score for i in rule_of), bounds, term_numbers,
            term_sections, dict(section_terms),
        )  # fmt: skip

    def fired(self, counted: Iterable[int]) -> tuple[list[int], dict[str, list[int]]]:
        """The plain rules that fire on these counted terms: their numbers, sorted, and the
        numbers by section, the sections in the order their first counted term names them."""
        numbers = sorted(set().union(*map(self.term_numbers.get, counted, repeat(_NONE))))
        sections = dict.fromkeys(
            chain.from_iterable(map(self.term_sections.get, counted, repeat(())))
        )
        by_section: dict[str, list[int]] = {}
        for section in sections:
            first, last = self.bounds[section]
            lo = bisect_left(numbers, first)
            by_section[section] = numbers[lo : bisect_left(numbers, last, lo)]
        return numbers, by_section

    def score(self, numbers: list[int]) -> float:
        """The sum of the weights of these plain rules."""
        return sum(map(self.score_of.__getitem__, numbers))
