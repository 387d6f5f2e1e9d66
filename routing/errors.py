"""The error a rule set that cannot be loaded raises (a leaf: the model and the rule files
both raise it)."""

from __future__ import annotations


class RuleError(ValueError):
    """A rule set that cannot be loaded; the message starts with the dotted path, then ': '."""
