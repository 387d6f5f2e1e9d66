"""Routing of complaint texts to sections by rules that admins edit in YAML."""

from routing.compile import SectionLike
from routing.decision import Decision, Match
from routing.errors import RuleError
from routing.model import Example, RoutingConfig, Rule
from routing.router import ExampleFailure, Router

__all__ = [
    "Decision",
    "Example",
    "ExampleFailure",
    "Match",
    "Router",
    "RoutingConfig",
    "Rule",
    "RuleError",
    "SectionLike",
]
