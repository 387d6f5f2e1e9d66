"""Officers' corrections as labelled examples, and the config's own examples as a tuning set."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from routing.evaluate import Labelled
from routing.model import Example
from routing.suggest import Correction
from settings.root import Settings


def read_corrections(store: Any) -> list[Correction]:
    """Every complaint an officer reassigned, labelled with the officer's latest choice."""
    from store.models import Complaint, Event

    with store.read() as s:
        latest: dict[int, str] = {}
        events = select(Event).where(col(Event.action) == "reassign").order_by(col(Event.id))
        for event in s.exec(events):
            if event.complaint_id is not None and event.detail.get("to"):
                latest[event.complaint_id] = str(event.detail["to"])
        rows = s.exec(
            select(Complaint.id, Complaint.text, Complaint.channel, Complaint.tracking_code)
            .where(col(Complaint.id).in_(list(latest)))
            .order_by(col(Complaint.id))
        ).all()
    return [Correction(text, channel, latest[cid], code) for cid, text, channel, code in rows]


def config_examples(settings: Settings) -> list[Labelled]:
    """The examples written in config.yaml, as a tuning set that is always at hand."""
    rows = [Labelled(text, None, s.id) for s in settings.sections for text in s.examples]
    for rule in settings.routing.rules:
        for ex in rule.examples:
            e = ex if isinstance(ex, Example) else Example(text=ex)
            rows.append(Labelled(e.text, e.channel, rule.section))
    return rows
