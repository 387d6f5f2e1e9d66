"""Officers' corrections as labelled examples, and the config's own examples as a tuning set."""

from __future__ import annotations

from typing import Any

from routing.evaluate import Labelled
from routing.model import Example
from routing.suggest import Correction
from settings.root import Settings
from store import reroute


def read_corrections(store: Any) -> list[Correction]:
    """Every complaint an officer reassigned, labelled with the officer's latest choice."""
    with store.read() as s:
        latest = reroute.officer_reassignments(s)
        rows = reroute.coded_texts(s, list(latest))
    return [Correction(text, channel, latest[cid], code) for cid, text, channel, code in rows]


def config_examples(settings: Settings) -> list[Labelled]:
    """The examples written in config.yaml, as a tuning set that is always at hand."""
    rows = [Labelled(text, None, s.id) for s in settings.sections for text in s.examples]
    for rule in settings.routing.rules:
        for ex in rule.examples:
            e = ex if isinstance(ex, Example) else Example(text=ex)
            rows.append(Labelled(e.text, e.channel, rule.section))
    return rows
