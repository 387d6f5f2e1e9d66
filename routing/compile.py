"""Check a rule set and compile it once: one Aho-Corasick automaton over every term of every rule,
one RE2 set over every pattern, so that routing time does not grow with the number of rules.

Every error is a RuleError whose message starts with the dotted path of the offending value.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import ahocorasick
import re2

from routing.errors import RuleError
from routing.model import RoutingConfig, Rule, Term
from routing.text import Normaliser

MAX_PATTERN_CHARS = 1000
_RE2_MAX_MEM = 8 << 20
CONDITIONS = ("any", "all", "phrases", "none", "regex", "channels", "sender")
# Constructs that need a backtracking engine; RE2 refuses them, we say why in plain words.
_BACKTRACKING = (
    ("(?=", "lookahead"), ("(?!", "lookahead"), ("(?<=", "lookbehind"), ("(?<!", "lookbehind"),
)  # fmt: skip


class SectionLike(Protocol):
    """What routing needs to know of a section."""

    @property
    def id(self) -> str: ...

    @property
    def examples(self) -> list[str]: ...


@dataclass
class CompiledRule:
    """A rule with its terms replaced by term ids and its patterns compiled."""

    index: int
    id: str
    section: str
    score: float
    decide: bool
    any: frozenset[int] | None = None
    all: tuple[int, ...] | None = None
    phrases: frozenset[int] | None = None
    none: frozenset[int] | None = None
    regex: tuple[int, ...] | None = None  # indexes into Compiled.patterns
    channels: frozenset[str] | None = None
    sender: Any = None
    written: dict[int, str] = field(default_factory=dict)  # term id -> the term as written
    positive: frozenset[int] = frozenset()  # the terms that, found, count for the rule
    simple: bool = False  # only `any`: a hit on one of its terms is enough
    negation: bool = True  # negated terms do not count
    unnegatable: frozenset[int] = frozenset()  # terms that count even when negated
    weights: dict[int, float] = field(default_factory=dict)  # term id -> weight, when not 1
    near: frozenset[int] | None = None  # none_near terms
    near_window: int = 3
    all_set: frozenset[int] | None = None  # `all`, as a set
    # only any, all and phrases, default negation, no none_near or unnegatable term, not decide:
    # it holds when its terms count, and has nothing to explain when it does not
    textual: bool = False


@dataclass
class Compiled:
    """The whole rule set, ready to route."""

    rules: list[CompiledRule]
    automaton: Any  # ahocorasick.Automaton, or None when no rule has terms
    term_rules: dict[int, tuple[int, ...]]  # term id -> rules that need it positively
    patterns: list[tuple[int, Any]]  # (rule index, compiled RE2)
    pattern_set: Any  # re2.Set over `patterns`, or None
    sender_rules: tuple[int, ...]
    channel_rules: dict[str | None, tuple[int, ...]]  # rules with no text or sender condition
    # term id -> plain rules (only `any`, default negation, no term options, not decide): such a
    # rule fires whenever one of its terms counts, so it needs no work of its own per text
    term_plain: dict[int, tuple[tuple[str, frozenset[int]], ...]] = field(default_factory=dict)
    rule_ids: list[str] = field(default_factory=list)
    term_other: dict[int, tuple[int, ...]] = field(default_factory=dict)  # every other rule
    # term id -> the other rules to check when it is found: a rule with `all` terms and no
    # none_near or unnegatable term (nothing to explain unless it holds) is filed under its
    # rarest `all` term only, since it cannot hold without it
    term_check: dict[int, tuple[int, ...]] = field(default_factory=dict)
    # section -> term id -> (the rule ids, the terms as written) of the plain rules of that
    # section with that term, in rule order: the evidence of a weighted decision, term by term
    plain_terms_of: dict[str, dict[int, tuple[tuple[str, ...], tuple[str, ...]]]] = field(
        default_factory=dict
    )
    # The plain rules numbered by section, then by rule order ("keys"): term id -> the keys of
    # its plain rules; key -> rule index, score and section; (section, first key, end key) per
    # section.
    # The sorted keys of the rules that fire hold each section's rules as one run, in rule
    # order, so a section's score and first rule need no walk of its own (Router._weigh).
    plain_keys: dict[int, frozenset[int]] = field(default_factory=dict)
    plain_index: list[int] = field(default_factory=list)
    plain_score: list[float] = field(default_factory=list)
    plain_section: list[str] = field(default_factory=list)
    plain_bounds: list[tuple[str, int, int]] = field(default_factory=list)


def re2_options() -> Any:
    """Case-insensitive, quiet RE2 with bounded memory."""
    opts = re2.Options()
    opts.case_sensitive = False
    opts.log_errors = False
    opts.max_mem = _RE2_MAX_MEM
    return opts


def compile_pattern(path: str, rule_id: str, pattern: str) -> Any:
    """An RE2 pattern, or a RuleError naming the path, the rule and the pattern."""
    if not pattern.strip():
        raise RuleError(f"{path}: empty pattern in rule {rule_id!r}")
    if len(pattern) > MAX_PATTERN_CHARS:
        raise RuleError(
            f"{path}: pattern longer than {MAX_PATTERN_CHARS} characters in rule {rule_id!r}"
        )
    for token, what in _BACKTRACKING:
        if token in pattern:
            raise RuleError(
                f"{path}: pattern {pattern!r} in rule {rule_id!r} uses a {what}, which needs a "
                "backtracking engine; rules run on RE2 (linear time) and cannot use it"
            )
    try:
        return re2.compile(pattern, re2_options())
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        if "\\" in pattern and "invalid escape" in reason:
            reason += " (backreferences need a backtracking engine and are not supported)"
        raise RuleError(
            f"{path}: pattern {pattern!r} in rule {rule_id!r} does not compile: {reason}"
        ) from exc


def check_sections(config: RoutingConfig, sections: Sequence[SectionLike]) -> set[str]:
    """The section ids, after checking the fallback and the word tables."""
    ids = {s.id for s in sections}
    if config.fallback not in ids:
        raise RuleError(f"routing.fallback: unknown section {config.fallback!r}")
    if not math.isfinite(config.threshold) or config.threshold <= 0:
        raise RuleError(f"routing.threshold: must be a number above 0, not {config.threshold!r}")
    for table in ("slang", "stem_overrides"):
        for key, value in getattr(config, table).items():
            if not key.strip() or len(key.split()) != 1:
                raise RuleError(f"routing.{table}.{key}: the key must be one word, not {key!r}")
            if table == "stem_overrides" and len(value.split()) != 1:
                raise RuleError(f"routing.{table}.{key}: the stem must be one word, not {value!r}")
    return ids


def _check_shape(path: str, rule: Rule) -> None:
    """Weight, empty conditions and a rule without any positive condition."""
    if rule.decide and rule.weight is not None:
        raise RuleError(
            f"{path}.weight: a rule with decide: true takes no weight ({rule.weight!r})"
        )
    if not math.isfinite(rule.score) or rule.score <= 0:
        raise RuleError(f"{path}.weight: must be a number above 0, not {rule.weight!r}")
    for name in CONDITIONS:
        value = getattr(rule, name)
        if value is not None and (not value or (isinstance(value, str) and not value.strip())):
            raise RuleError(f"{path}.{name}: empty condition in rule {rule.id!r} ({value!r})")
    for j, channel in enumerate(rule.channels or ()):
        if not channel.strip():
            raise RuleError(f"{path}.channels[{j}]: empty channel name in rule {rule.id!r}")
    if not any(getattr(rule, n) for n in CONDITIONS if n != "none"):
        raise RuleError(
            f"{path}: rule {rule.id!r} has no condition (give any, all, phrases, regex, "
            "channels or sender; none alone matches everything)"
        )


class Compiler:
    """Builds a Compiled rule set from a checked config."""

    def __init__(self, normaliser: Normaliser) -> None:
        self.norm = normaliser
        self.terms: dict[str, int] = {}
        self.term_rules: defaultdict[int, list[int]] = defaultdict(list)
        self.patterns: list[tuple[int, Any]] = []
        self.aliases: dict[str, int] = {}  # paraphrase key -> the canonical term's id

    def compile(self, config: RoutingConfig, ids: set[str]) -> Compiled:
        """Check every rule and compile the set."""
        seen: dict[str, int] = {}
        rules: list[CompiledRule] = []
        for i, rule in enumerate(config.rules):
            path = f"routing.rules[{i}]"
            if not rule.id.strip():
                raise RuleError(f"{path}.id: a rule needs a non-empty id")
            if rule.id in seen:
                first = f"routing.rules[{seen[rule.id]}]"
                raise RuleError(f"{path}.id: duplicate rule id {rule.id!r} (first at {first})")
            seen[rule.id] = i
            if rule.section not in ids:
                raise RuleError(f"{path}.section: unknown section {rule.section!r}")
            rules.append(self._rule(path, i, rule))
        self._paraphrases(config.paraphrases)
        return self._finish(rules)

    def _paraphrases(self, table: dict[str, list[str]]) -> None:
        """Each paraphrase becomes another key of its canonical term, stemmed and exact."""
        self.aliases.clear()
        for canonical, others in table.items():
            path = f"routing.paraphrases.{canonical}"
            c_stems, c_surfaces = self.norm.phrase(canonical)
            if not c_stems:
                raise RuleError(f"{path}: the canonical term {canonical!r} has no words")
            targets = (
                (" " + " ".join(c_stems) + " ", 0),
                (" " + " ".join("=" + w for w in c_surfaces) + " ", 1),
            )
            for j, other in enumerate(others):
                stems, surfaces = self.norm.phrase(other)
                if not stems:
                    raise RuleError(f"{path}[{j}]: paraphrase {other!r} has no words")
                keys = (
                    " " + " ".join(stems) + " ",
                    " " + " ".join("=" + w for w in surfaces) + " ",
                )
                for key, form in targets:
                    tid = self.terms.get(key)
                    if tid is not None and keys[form] not in self.terms:
                        self.aliases[keys[form]] = tid

    def _rule(self, path: str, index: int, rule: Rule) -> CompiledRule:
        _check_shape(path, rule)
        out = CompiledRule(index, rule.id, rule.section, rule.score, rule.decide)
        if rule.any:
            out.any = frozenset(self._terms(path, "any", rule, out, stemmed=True))
        if rule.all:
            out.all = tuple(self._terms(path, "all", rule, out, stemmed=True))
        if rule.phrases:
            out.phrases = frozenset(self._terms(path, "phrases", rule, out, stemmed=False))
        if rule.none:
            out.none = frozenset(self._terms(path, "none", rule, out, stemmed=True, positive=False))
        if rule.regex:
            out.regex = tuple(
                self._pattern(f"{path}.regex[{j}]", rule, index, p)
                for j, p in enumerate(rule.regex)
            )
        if rule.channels:
            out.channels = frozenset(c.strip().lower() for c in rule.channels)
        if rule.sender:
            out.sender = compile_pattern(f"{path}.sender", rule.id, rule.sender)
        if rule.none_near:
            near = self._words(f"{path}.none_near.terms", rule, out, rule.none_near.terms)
            out.near, out.near_window = frozenset(near), rule.none_near.window
        out.negation = rule.negation
        out.all_set = None if out.all is None else frozenset(out.all)
        out.textual = (
            rule.negation and not rule.decide and not out.unnegatable and out.near is None
            and not any(getattr(rule, n) for n in ("none", "regex", "channels", "sender"))
        )  # fmt: skip
        out.positive = (
            frozenset(out.written) - (out.none or frozenset()) - (out.near or frozenset())
        )
        out.simple = bool(rule.any) and not any(getattr(rule, n) for n in CONDITIONS if n != "any")
        return out

    def _terms(
        self, path: str, name: str, rule: Rule, out: CompiledRule, *, stemmed: bool,
        positive: bool = True,
    ) -> list[int]:  # fmt: skip
        ids: list[int] = []
        for j, item in enumerate(getattr(rule, name)):
            term = item if isinstance(item, Term) else Term(term=item)
            tid = self._term(f"{path}.{name}[{j}]", rule, term.term, stemmed and not term.exact)
            if positive:
                self.term_rules[tid].append(out.index)
            out.written.setdefault(tid, term.term)
            if term.weight != 1.0:
                out.weights[tid] = term.weight
            if not term.negatable:
                out.unnegatable |= {tid}
            ids.append(tid)
        return ids

    def _words(self, path: str, rule: Rule, out: CompiledRule, terms: list[str]) -> list[int]:
        ids = [self._term(f"{path}[{j}]", rule, t, True) for j, t in enumerate(terms)]
        for tid, term in zip(ids, terms, strict=True):
            out.written.setdefault(tid, term)
        return ids

    def _term(self, path: str, rule: Rule, term: str, stemmed: bool) -> int:
        stems, surfaces = self.norm.phrase(term)
        if not stems:
            raise RuleError(f"{path}: term {term!r} in rule {rule.id!r} has no words")
        key = " " + (" ".join(stems) if stemmed else " ".join("=" + w for w in surfaces)) + " "
        return self.terms.setdefault(key, len(self.terms))

    def _pattern(self, path: str, rule: Rule, index: int, pattern: str) -> int:
        self.patterns.append((index, compile_pattern(path, rule.id, pattern)))
        return len(self.patterns) - 1

    def _term_check(
        self, rules: list[CompiledRule], term_other: dict[int, tuple[int, ...]]
    ) -> dict[int, tuple[int, ...]]:
        check: defaultdict[int, list[int]] = defaultdict(list)
        keyed: dict[int, int] = {}
        for r in rules:
            if r.all and r.near is None and not r.unnegatable:
                keyed[r.index] = min(r.all, key=lambda t: (len(self.term_rules[t]), t))
        for t, rs in term_other.items():
            for i in rs:
                if keyed.get(i, t) == t:
                    check[t].append(i)
        return {t: tuple(rs) for t, rs in check.items()}

    def _automaton(self) -> Any:
        """One Aho-Corasick automaton of every term and alias: (term id, length) at each end."""
        if not self.terms:
            return None
        automaton = ahocorasick.Automaton()
        for key, tid in [*self.terms.items(), *self.aliases.items()]:
            automaton.add_word(key, (tid, len(key)))
        automaton.make_automaton()
        return automaton

    def _pattern_set(self) -> Any:
        """One RE2 set of every rule's patterns, or None."""
        if not self.patterns:
            return None
        pattern_set = re2.Set.SearchSet(re2_options())
        for _, compiled in self.patterns:
            pattern_set.Add(compiled.pattern)
        pattern_set.Compile()
        return pattern_set

    def _finish(self, rules: list[CompiledRule]) -> Compiled:
        automaton, pattern_set = self._automaton(), self._pattern_set()
        patterns = self.patterns
        sender_rules = tuple(r.index for r in rules if r.sender is not None)
        channel_rules: defaultdict[str | None, list[int]] = defaultdict(list)
        for r in rules:
            textless = r.any is None and r.all is None and r.phrases is None and r.regex is None
            if textless and r.sender is None:  # a channel-only rule
                for ch in r.channels or ():
                    channel_rules[ch].append(r.index)
        plain = {
            r.index for r in rules
            if r.simple and r.negation and not r.unnegatable and r.near is None
            and not r.weights and not r.decide
        }  # fmt: skip
        term_plain: dict[int, tuple[tuple[str, frozenset[int]], ...]] = {}
        for t, rs in self.term_rules.items():
            by_section: defaultdict[str, set[int]] = defaultdict(set)
            for i in rs:
                if i in plain:
                    by_section[rules[i].section].add(i)
            term_plain[t] = tuple((sec, frozenset(v)) for sec, v in by_section.items())
        term_other = {
            t: tuple(i for i in rs if i not in plain) for t, rs in self.term_rules.items()
        }
        plain_terms = {
            (t, sec): tuple((rules[i].id, rules[i].written[t]) for i in sorted(rs))
            for t, entries in term_plain.items()
            for sec, rs in entries
        }
        plain_terms_of: defaultdict[str, dict[int, tuple[tuple[str, ...], tuple[str, ...]]]]
        plain_terms_of = defaultdict(dict)
        for (t, sec), pairs in plain_terms.items():
            plain_terms_of[sec][t] = (tuple(p[0] for p in pairs), tuple(p[1] for p in pairs))
        return Compiled(
            **_plain_keys(rules, plain, self.term_rules),
            plain_terms_of=dict(plain_terms_of),
            term_check=self._term_check(rules, term_other),
            term_plain={t: v for t, v in term_plain.items() if v},
            rule_ids=[r.id for r in rules],
            term_other={t: v for t, v in term_other.items() if v},
            rules=rules,
            automaton=automaton,
            term_rules={t: tuple(rs) for t, rs in self.term_rules.items()},
            patterns=patterns,
            pattern_set=pattern_set,
            sender_rules=sender_rules,
            channel_rules={k: tuple(v) for k, v in channel_rules.items()},
        )


def _plain_keys(
    rules: list[CompiledRule], plain: set[int], term_rules: dict[int, list[int]]
) -> dict[str, Any]:
    """Compiled.plain_keys, plain_index, plain_score and plain_bounds (see Compiled)."""
    rank = {s: k for k, s in enumerate(dict.fromkeys(rules[i].section for i in sorted(plain)))}
    ordered = sorted(plain, key=lambda i: (rank[rules[i].section], i))
    key_of = {index: key for key, index in enumerate(ordered)}
    bounds: list[tuple[str, int, int]] = []
    for key, index in enumerate(ordered):
        section = rules[index].section
        if bounds and bounds[-1][0] == section:
            bounds[-1] = (section, bounds[-1][1], key + 1)
        else:
            bounds.append((section, key, key + 1))
    keys = {t: frozenset(key_of[i] for i in rs if i in key_of) for t, rs in term_rules.items()}
    return {
        "plain_keys": {t: k for t, k in keys.items() if k},
        "plain_index": ordered,
        "plain_score": [rules[i].score for i in ordered],
        "plain_section": [rules[i].section for i in ordered],
        "plain_bounds": bounds,
    }
