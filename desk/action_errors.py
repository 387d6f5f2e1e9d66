"""The error of an officer's action: a leaf, so that every action module can raise it."""

from __future__ import annotations


class ActionError(ValueError):
    """The action cannot be done; the message tells the officer why (in Indonesian)."""
