"""The YAML rule model (provisional keyword rules; the full engine replaces the matcher)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class RuleError(ValueError):
    """A rule set that cannot be loaded; the message names the path and value."""


class Rule(BaseModel):
    """One routing rule: conditions that, when they match, point to a section."""

    model_config = ConfigDict(extra="forbid")

    id: str
    section: str
    description: str = ""
    any: list[str] = Field(default_factory=list)
    weight: float = 1.0
    decide: bool = False


class RoutingConfig(BaseModel):
    """The `routing:` block of config.yaml."""

    model_config = ConfigDict(extra="forbid")

    fallback: str = "organisasi"
    threshold: float = 1.0
    rules: list[Rule] = Field(default_factory=list)
