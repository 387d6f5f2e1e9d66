"""Router.route(text, channel, sender) -> Decision, over a rule set compiled once.

Semantics (also in docs/routing-readme-section.md): rules with `decide: true` are tried in the
order they are written and the first that matches decides. Otherwise every matching rule adds
its weight to its section; the highest total wins if it reaches the threshold, a tie goes to the
section whose earliest matching rule comes first, and below the threshold the complaint goes to
the fallback section, marked for triage.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain, repeat
from operator import itemgetter
from typing import Any

from routing.compile import Compiled, CompiledRule, Compiler, SectionLike, check_sections
from routing.context import Context
from routing.decision import Decision, Match
from routing.document import Document
from routing.errors import RuleError
from routing.hygiene import lint
from routing.model import Example, RoutingConfig
from routing.settled import request_sentences
from routing.text import Normaliser

log = logging.getLogger("aduan.routing")
_MATCH_ORDER = itemgetter(2, 0)  # a Match by (start, rule), without a Python call each
# a Match from a (rule, term, start, end) tuple, without a Python call (Match._make is one)
_MATCH: Callable[[tuple[str, str, int, int]], Match] = partial(tuple.__new__, Match)


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


class Router:
    """A compiled rule set: route texts, explain decisions, run examples."""

    def __init__(self, config: RoutingConfig, normaliser: Normaliser, compiled: Compiled) -> None:
        self.config = config
        self.normaliser = normaliser
        self.compiled = compiled
        self.letter_channels = frozenset(c.lower() for c in config.letter_channels)
        self.negators = _surfaces(normaliser, config.negators)
        self.contrast_negators = _surfaces(normaliser, config.contrast_negators)
        self._owners: dict[int, list[int]] = {}  # term id -> its first five rules (_negated_notes)
        self._topical: tuple[dict[str, frozenset[int]], frozenset[int]] | None = None

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
        for warning in router.warnings():
            log.warning("routing rules: %s", warning)
        failures = router.failed_examples(sections)
        if failures:
            raise RuleError(failures[0].message())
        return router

    def warnings(self) -> list[str]:
        """Rule hygiene: duplicate, same-stem and redundant terms (see routing/hygiene.py)."""
        return lint(self.config, self.normaliser)

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
        norm_channel = (channel or "").lower()
        letter = norm_channel in self.letter_channels
        doc = Document(self.normaliser, text, self.config.max_chars, letter)
        decision = self._route(doc, norm_channel, sender)
        if decision.fallback and letter:
            # a reply whose own words place nothing is about its thread: the quoted earlier
            # messages are read ("Terima kasih, tapi pertanyaan saya belum terjawab. > ...")
            thread = Document(self.normaliser, text, self.config.max_chars, letter, history=True)
            if thread.folded != doc.folded:
                again = self._route(thread, norm_channel, sender)
                decision = decision if again.fallback else again
        return decision

    def _route(self, doc: Document, norm_channel: str, sender: str | None) -> Decision:
        """The decision on one reading of the text: the rest of `route`."""
        occurrences = self._occurrences(doc)
        hits = {tid: found[0] for tid, found in occurrences.items()}
        context = Context(
            doc, occurrences, self.negators, self.contrast_negators, self.config.negation_window
        )
        counted, negated = context.counted_hits(hits) if context.has_negator else (hits, {})
        kept, set_aside = context.unsettled(counted)
        rules, regex_hits = self._candidates(doc, hits, norm_channel, sender)
        place = partial(self._decide, context, hits, rules, regex_hits, norm_channel, sender)
        decision = place(kept, negated, set_aside)
        if set_aside and decision.fallback:
            # what is left once the other matters are set aside places nothing: the story
            # before the request pointed at and the writer's introduction are read again, then
            # everything ("Saya mahasiswa penerima beasiswa pemkab. Ada perubahan aturan ...")
            kept, less = context.unsettled(counted, story=False)
            if less and less != set_aside:
                decision = place(kept, negated, less)
            if decision.fallback:
                context.keep_set_aside()
                decision = place(counted, negated, {})
        return decision

    def _decide(
        self, context: Context, hits: dict[int, Any], rules: set[int], regex_hits: set[int],
        norm_channel: str, sender: str | None, counted: dict[int, Any], negated: dict[int, str],
        set_aside: dict[int, str],
    ) -> Decision:  # fmt: skip
        """The decision on the terms that count (`counted`, without the `negated` and the
        `set_aside` ones), over the candidate rules: the rest of `route`."""
        c, doc = self.compiled, context.doc
        plain = self._plain(counted)
        ignored = self._negated_notes(negated)
        if set_aside:
            ignored += self._negated_notes(set_aside, "set aside by")
            negated = {**negated, **set_aside}  # for the rules with unnegatable terms
            if regex_hits and (aside := context.settled_patterns(regex_hits, c.patterns)):
                regex_hits = regex_hits - aside.keys()  # a pattern found only in those parts
                for k, phrase in aside.items():
                    rule_index, pattern = c.patterns[k]
                    ignored.append(
                        (c.rules[rule_index].id, pattern.pattern, f"set aside by {phrase!r}")
                    )
        fired: list[_Fired] = []
        keys = counted.keys()
        for index in sorted(rules):
            rule = c.rules[index]
            if rule.textual:  # the common shape, without the checks it cannot need
                if (
                    (rule.all_set is None or keys >= rule.all_set)
                    and (rule.any is None or not rule.any.isdisjoint(keys))
                    and (rule.phrases is None or not rule.phrases.isdisjoint(keys))
                ):  # _text_holds, inline
                    fired.append(_Fired(rule, counted))
                continue
            mine = counted if rule.negation else hits
            if rule.near is not None or (rule.unnegatable and negated):
                mine, left_out = context.counted(rule)
                # a negated term is noted once (_negated_notes may have it already)
                ignored.extend(
                    note
                    for note in ((rule.id, term, why) for term, why in left_out)
                    if note not in ignored
                )
            if self._holds(rule, mine, hits, regex_hits, norm_channel, sender):
                if rule.decide:
                    won, scores = _Fired(rule, mine), {rule.section: 1.0}
                    return self._decision(
                        doc, rule.section, [won], (rule.id,), scores, True, ignored
                    )
                fired.append(_Fired(rule, mine))
        bonus_terms = self._bonus_terms(context, counted)
        return self._weigh(doc, plain, counted, fired, ignored, bonus_terms)

    def _bonus_terms(
        self, context: Context, counted: dict[int, Any]
    ) -> list[tuple[str, set[int], float]]:
        """The counted topical terms (_topical_terms) that earn a section a bonus: those of a
        letter's subject line, and those of the sentences that ask (routing.subject_bonus,
        routing.request_bonus)."""
        doc, config = context.doc, self.config
        topical = self._topical_terms()[1]
        found = [tid for tid in counted if tid in topical]
        out: list[tuple[str, set[int], float]] = []
        if not found:
            return out
        if doc.subject is not None and config.subject_bonus:
            within = _terms_within(context, found, [doc.subject])
            out.append(("subject", within, config.subject_bonus))
        if config.request_bonus and (asked := request_sentences(doc)):
            out.append(("request", _terms_within(context, found, asked), config.request_bonus))
        return out

    def _topical_terms(self) -> tuple[dict[str, frozenset[int]], frozenset[int]]:
        """Per section, the terms of its rules with a weight of 1 or more, in their `any` or
        `phrases` (`all` terms need the others), and all of them: the terms that name a matter
        (a place word of a weak rule, "Desa Sumber Sari", names where, not what)."""
        if self._topical is None:
            per: dict[str, frozenset[int]] = {}
            for rule in self.compiled.rules:
                if rule.score >= 1.0:
                    mine = (rule.any or frozenset()) | (rule.phrases or frozenset())
                    per[rule.section] = per.get(rule.section, frozenset()) | mine
            self._topical = (per, frozenset().union(*per.values()))
        return self._topical

    def _occurrences(self, doc: Document) -> dict[int, list[tuple[int, int]]]:
        """Every occurrence (end, length) of each term in the text, by term id."""
        occurrences: dict[int, list[tuple[int, int]]] = {}
        automaton = self.compiled.automaton
        if automaton is not None:
            for end, (tid, length) in automaton.iter(doc.haystack):
                seen = occurrences.get(tid)
                if seen is None:
                    occurrences[tid] = [(end, length)]
                else:
                    seen.append((end, length))
        return occurrences

    def _candidates(
        self, doc: Document, hits: dict[int, Any], channel: str, sender: str | None
    ) -> tuple[set[int], set[int]]:
        """The rules worth checking (a term, pattern, sender or channel of theirs is present),
        and the patterns that matched."""
        c = self.compiled
        candidates: set[int] = set().union(*map(c.term_check.get, hits, repeat(())))
        regex_hits: set[int] = set()
        if c.pattern_set is not None and (found := c.pattern_set.Match(doc.folded)):
            regex_hits.update(found)
            candidates.update(c.patterns[k][0] for k in found)
        if sender is not None:
            candidates.update(c.sender_rules)
        candidates.update(c.channel_rules.get(channel, ()))
        return candidates, regex_hits

    def _plain(self, counted: dict[int, Any]) -> dict[str, list[int]]:
        """The plain rules that fire (one counted term of theirs is enough), by section, as
        their keys in rule order (Compiled.plain_keys)."""
        c = self.compiled
        keys = sorted(set().union(*map(c.plain_keys.get, counted, repeat(()))))
        groups: dict[str, list[int]] = {}
        if len(keys) < 2 * len(c.plain_bounds):  # a few: one look-up each
            section_of = c.plain_section.__getitem__
            for key in keys:
                section = section_of(key)
                if section in groups:
                    groups[section].append(key)
                else:
                    groups[section] = [key]
        else:  # many: each section's run found by bisection
            for section, lo, hi in c.plain_bounds:
                a = bisect_left(keys, lo)
                b = bisect_left(keys, hi, a)
                if a < b:
                    groups[section] = keys[a:b]
        return groups

    def _negated_notes(
        self, negated: dict[int, str], how: str = "negated by"
    ) -> list[tuple[str, str, str]]:
        """For explain: which rules lost a term to a negation (a few per term)."""
        notes: list[tuple[str, str, str]] = []
        c = self.compiled
        for tid, word in negated.items():
            owners = self._owners.get(tid)
            if owners is None:
                owners = self._owners[tid] = sorted(
                    {i for _, rules in c.term_plain.get(tid, ()) for i in rules}.union(
                        c.term_other.get(tid, ())
                    )
                )[:5]
            for index in owners:
                rule = c.rules[index]
                if rule.negation:
                    notes.append((rule.id, rule.written[tid], f"{how} {word!r}"))
        return notes

    @staticmethod
    def _holds(
        rule: CompiledRule,
        counted: dict[int, Any],
        hits: dict[int, Any],
        regex_hits: set[int],
        channel: str,
        sender: str | None,
    ) -> bool:
        if rule.channels is not None and channel not in rule.channels:
            return False
        if rule.sender is not None and (sender is None or rule.sender.search(sender) is None):
            return False
        text_ok = _text_holds(rule, counted) and (
            rule.regex is None or not regex_hits.isdisjoint(rule.regex)
        )
        return text_ok and (rule.none is None or rule.none.isdisjoint(hits))

    def _weigh(
        self, doc: Document, plain: dict[str, list[int]], counted: dict[int, Any],
        fired: list[_Fired], ignored: list[tuple[str, str, str]],
        bonus_terms: Sequence[tuple[str, set[int], float]] = (),
    ) -> Decision:  # fmt: skip
        c = self.compiled
        scores: dict[str, float] = {}
        first: dict[str, int] = {}
        get_score, get_index = c.plain_score.__getitem__, c.plain_index.__getitem__
        for section, keys in plain.items():
            scores[section] = sum(map(get_score, keys))
            first[section] = get_index(keys[0])
        for f in fired:
            rule = f.rule
            section = rule.section
            scores[section] = scores.get(section, 0.0) + (f.score if rule.weights else rule.score)
            if rule.index < first.get(section, len(c.rules)):
                first[section] = rule.index
        bonuses = self._add_bonuses(scores, bonus_terms)
        rounded = {s: round(v, 6) for s, v in scores.items()}
        # best first; a tie goes to the section whose earliest matching rule comes first (for
        # the winner, and for the runner-up that the explanation names)
        ranked = sorted(rounded, key=lambda s: (-rounded[s], first[s]))
        scores = {s: rounded[s] for s in ranked}
        # a rule is in one section, and plain rules never fire as others: no duplicates
        every = sorted(chain(map(get_index, chain(*plain.values())), (f.rule.index for f in fired)))
        fired_ids = tuple(map(c.rule_ids.__getitem__, every))
        best = ranked[0] if ranked else None
        if best is None or scores[best] < self.config.threshold:
            return Decision(
                self.config.fallback, True, (), (), scores, fired_ids,
                threshold=self.config.threshold, ignored=tuple(ignored), bonuses=bonuses,
            )  # fmt: skip
        by_index = {f.rule.index: f for f in fired if f.rule.section == best}
        order = sorted(chain(map(get_index, plain.get(best, ())), by_index))
        matches = self._plain_matches(doc, best, counted)
        if matches is not None:
            spans: dict[tuple[int, int], tuple[int, int]] = {}
            # one order of each counted dict for all the rules, not one per rule
            orders: dict[int, dict[int, int]] = {}
            for i in sorted(by_index):
                matches.extend(self._rule_matches(doc, by_index[i], spans, orders))
            matches.sort(key=_MATCH_ORDER)
            return Decision(
                best, False, tuple(map(c.rule_ids.__getitem__, order)), tuple(matches), scores,
                fired_ids, False, self.config.threshold, ignored=tuple(ignored), bonuses=bonuses,
            )  # fmt: skip
        winners = [by_index.get(i) or _Fired(c.rules[i], counted) for i in order]
        return self._decision(doc, best, winners, fired_ids, scores, False, ignored, bonuses)

    def _add_bonuses(
        self, scores: dict[str, float], bonus_terms: Sequence[tuple[str, set[int], float]]
    ) -> tuple[tuple[str, str, float], ...]:
        """Add each bonus to the sections with one of its (counted, _bonus_terms) terms among
        their topical terms (_topical_terms): "Perihal: Lubang bekas tambang ...", "Kami
        memohon Pemkab mendesak perusahaan memagari lubang ...": the matter the writer names;
        each bonus once per section. Returns (kind, section, amount) of each bonus given."""
        topical = self._topical_terms()[0]
        given = []
        for kind, terms, amount in bonus_terms:
            for section in [s for s in scores if not terms.isdisjoint(topical.get(s, ()))]:
                scores[section] += amount
                given.append((kind, section, amount))
        return tuple(given)

    def _plain_matches(
        self, doc: Document, section: str, counted: dict[int, Any]
    ) -> list[Match] | None:
        """The matches of the section's plain rules, term by term; None when one rule has two
        terms found at the same place (their order is then the rule's, see _decision)."""
        found = self.compiled.plain_terms_of.get(section, {})
        matches: list[Match] = []
        starts: list[int] = []
        for tid in found.keys() & counted.keys() if len(found) < len(counted) else counted:
            entry = found.get(tid)
            if entry is not None:
                start, end = doc.term_span(*counted[tid])
                starts.append(start)
                rules, terms = entry
                matches.extend(map(_MATCH, zip(rules, terms, repeat(start), repeat(end))))
        # two matches of one rule at one place need two terms found at one place
        if len(set(starts)) != len(starts) and len({(m.start, m.rule) for m in matches}) != len(
            matches
        ):
            return None
        return matches

    def _decision(
        self, doc: Document, section: str, winners: list[_Fired], fired: tuple[str, ...],
        scores: dict[str, float], decided: bool, ignored: list[tuple[str, str, str]],
        bonuses: tuple[tuple[str, str, float], ...] = (),
    ) -> Decision:  # fmt: skip
        matches: list[Match] = []
        spans: dict[tuple[int, int], tuple[int, int]] = {}  # rules share terms: one span each
        orders: dict[int, dict[int, int]] = {}
        for f in winners:
            matches.extend(self._rule_matches(doc, f, spans, orders))
        matches.sort(key=_MATCH_ORDER)
        return Decision(
            section, False, tuple(f.rule.id for f in winners), tuple(matches), scores,
            fired, decided, self.config.threshold,
            ignored=tuple(ignored), bonuses=bonuses,
        )  # fmt: skip

    def _rule_matches(
        self, doc: Document, f: _Fired, spans: dict[tuple[int, int], tuple[int, int]],
        orders: dict[int, dict[int, int]],
    ) -> list[Match]:  # fmt: skip
        """A winning rule's terms and patterns where they are in the original text."""
        rule, matches = f.rule, []
        for tid in _counted_terms(rule.positive, f.counted, orders):
            hit = f.counted[tid]
            span = spans.get(hit)
            if span is None:
                span = spans[hit] = doc.term_span(*hit)
            matches.append(Match(rule.id, rule.written[tid], *span))
        for k in rule.regex or ():
            found = self.compiled.patterns[k][1].search(doc.folded)
            if found is not None:
                start, end = doc.original_span(*found.span())
                matches.append(Match(rule.id, found.re.pattern, start, end))
        return matches


def _terms_within(
    context: Context, terms: list[int], ranges: Sequence[tuple[int, int]]
) -> set[int]:
    """Those of `terms` found within these token ranges (first, last) of the text: a hit whose
    first word starts inside a range's part of the haystack (stems or surface words) and whose
    trailing space comes before the range's end."""
    doc = context.doc
    spans = [span for first, last in ranges for span in doc.char_spans(first, last)]
    out = set()
    for tid in terms:
        for end, length in context.occurrences[tid]:
            start = end - length + 2
            if any(low <= start and end < high for low, high in spans):
                out.add(tid)
                break
    return out


def _text_holds(rule: CompiledRule, counted: dict[int, Any]) -> bool:
    """Whether the rule's any, all and phrases hold on these counted terms."""
    return (
        (rule.any is None or not rule.any.isdisjoint(counted))
        and (rule.all_set is None or counted.keys() >= rule.all_set)
        and (rule.phrases is None or not rule.phrases.isdisjoint(counted))
    )


class _Fired:
    """A rule that matched, with the terms that counted for it."""

    __slots__ = ("counted", "rule")

    def __init__(self, rule: CompiledRule, counted: dict[int, tuple[int, int]]) -> None:
        self.rule = rule
        self.counted = counted

    @property
    def score(self) -> float:
        """The rule's weight times the largest weight of its terms that counted."""
        weights = self.rule.weights
        if not weights:
            return self.rule.score
        found = [weights.get(t, 1.0) for t in self.rule.positive.intersection(self.counted)]
        return self.rule.score * max(found, default=1.0)


def _counted_terms(
    positive: frozenset[int], counted: dict[int, Any], orders: dict[int, dict[int, int]]
) -> set[int]:
    """`positive.intersection(counted)`, in the same order, without a walk over `counted` (which
    holds every counted term of the text) for each rule: the few terms of the rule are put in the
    order of `counted` and then into a set, as the intersection inserts them. `orders` caches
    each dict's order by its id for the length of one decision."""
    order = orders.get(id(counted))
    if order is None:
        order = orders[id(counted)] = {t: k for k, t in enumerate(counted)}
    return set(sorted((t for t in positive if t in order), key=order.__getitem__))


def _surfaces(normaliser: Normaliser, words: list[str]) -> frozenset[str]:
    """Words as they appear in a text's surface part ("=tidak"), after slang."""
    return frozenset("=" + w for n in words for w in normaliser.phrase(n)[1])
