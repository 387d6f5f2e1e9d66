"""Routing of complaint texts to sections by rules that admins edit in YAML."""

from routing.model import Rule, RoutingConfig, RuleError
from routing.router import Decision, Match, Router, SectionLike

__all__ = ["Decision", "Match", "Router", "RoutingConfig", "Rule", "RuleError", "SectionLike"]
