"""One labelled complaint of a blind set (tests/routing/blind_*.py): its channel, the section its
writer labelled it with from docs/sections.md, and its text."""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    channel: str
    section: str
    text: str
