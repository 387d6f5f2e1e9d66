"""The YAML rule model: the `routing:` block of config.yaml, typed so that a typo is an error."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

if TYPE_CHECKING:
    from routing.rulefiles import SourceMap


class Example(BaseModel):
    """A text that must route to the rule's section, with the channel and sender it came from."""

    model_config = ConfigDict(extra="forbid")

    text: str
    channel: str | None = None
    sender: str | None = None


class Term(BaseModel):
    """A term with options: its own weight, exact (whole phrase, unstemmed) matching, and whether
    a negation before it ("bukan", "tidak", ...) stops it counting."""

    model_config = ConfigDict(extra="forbid")

    term: str
    weight: float = Field(default=1.0, gt=0)
    exact: bool = False
    negatable: bool = True


class NoneNear(BaseModel):
    """A found term does not count when one of these words is within `window` words of it."""

    model_config = ConfigDict(extra="forbid")

    terms: list[str]
    window: int = Field(default=3, ge=1, le=20)


class Rule(BaseModel):
    """One routing rule: conditions from a closed set that, when all hold, point to a section.

    Every condition given must hold. Inside `any`, `phrases` and `regex` one hit is enough;
    inside `all` every term must appear; `none` vetoes the rule when any of its terms appears.
    A term counts only where it is not negated (see `negation`) and has no `none_near` word
    nearby; the rule adds its weight times the largest weight of the terms that counted.
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    section: str
    description: str = ""
    any: list[str | Term] | None = None
    all: list[str | Term] | None = None
    phrases: list[str | Term] | None = None
    none: list[str] | None = None
    regex: list[str] | None = None
    # A term right after a negation ("bukan soal tender") does not count, unless this is false.
    negation: bool = True
    none_near: NoneNear | None = None
    channels: list[str] | None = None
    sender: str | None = None
    weight: float | None = None
    decide: bool = False
    examples: list[str | Example] = Field(default_factory=list)

    @property
    def score(self) -> float:
        """What the rule adds to its section when it matches."""
        return 1.0 if self.weight is None else self.weight


class RoutingConfig(BaseModel):
    """The `routing:` block of config.yaml, with the rules and word tables of the rules folder."""

    model_config = ConfigDict(extra="forbid")

    # The folder of rule files (routing/rulefiles.py), relative to config.yaml's folder. Unset and
    # with no `rules` list here: the rules installed with aduan. With a `rules` list: no folder.
    rules_dir: str | None = None
    fallback: str = "organisasi"
    threshold: float = 1.0
    max_chars: int = Field(default=20_000, ge=100)
    # Channels whose texts are letters: salutations, closings, signatures and quotes are blanked.
    letter_channels: list[str] = Field(default_factory=lambda: ["email", "web"])
    slang: dict[str, str] = Field(default_factory=dict)
    # Paraphrases: a canonical term -> other ways people say it ("elpiji": ["tabung melon"]).
    # Wherever a rule names the canonical term, the paraphrases match too.
    paraphrases: dict[str, list[str]] = Field(default_factory=dict)
    # A term right after a negator does not count ("bukan soal tender"); after a contrast
    # negator only in a "not X but Y" sentence ("gak soal lelang, tapi pembayaran").
    negators: list[str] = Field(default_factory=lambda: ["bukan", "tanpa"])
    contrast_negators: list[str] = Field(
        default_factory=lambda: ["tidak", "belum", "tak", "gak", "nggak", "ga"]
    )
    negation_window: int = Field(default=2, ge=1, le=10)
    # Added to the score of a section with a term in a letter's subject line ("Perihal: ...").
    subject_bonus: float = Field(default=1.0, ge=0)
    # Added to the score of a section with a term in a sentence that asks ("Mohon ...", "Kami
    # meminta ...", "tolong ...").
    request_bonus: float = Field(default=0.5, ge=0)
    stem_overrides: dict[str, str] = Field(default_factory=dict)
    rules: list[Rule] = Field(default_factory=list)
    _sources: SourceMap | None = PrivateAttr(default=None)

    @property
    def sources(self) -> SourceMap | None:
        """Where the rules were written (file and line), when they came from a rules folder."""
        return self._sources

    def with_sources(self, sources: SourceMap | None) -> None:
        """Record where the rules were written, for messages that name file and line."""
        self._sources = sources

    def locate(self, message: str) -> str:
        """A message about `routing.rules[i]...` with the file and line of that rule."""
        return message if self._sources is None else self._sources.message(message)
