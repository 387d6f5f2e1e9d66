"""`aduan complaints export`: every complaint as JSON lines or CSV."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from desk.csvsafe import SafeWriter
from store import complaints
from store.db import Store
from store.models import Complaint

FORMATS = ("jsonl", "csv")
FIELDS = (
    "tracking_code",
    "section",
    "status",
    "channel",
    "created_at",
    "updated_at",
    "due_at",
    "closed_at",
    "needs_triage",
    "anonymous",
    "confidential",
    "rules",
    "subject",
    "text",
)


REDACTED = "[rahasia]"


def rows(
    store: Store, batch: int = 1000, include_confidential: bool = False
) -> Iterator[dict[str, Any]]:
    """Every complaint as a flat dict, oldest first, read in batches.

    A confidential (rahasia) complaint keeps its row, so a backup counts everything, but its
    subject and text are left out unless `include_confidential` is asked for explicitly.
    """
    last = 0
    while True:
        with store.read() as session:
            found = complaints.after(session, last, batch)
        if not found:
            return
        for c in found:
            yield {
                "tracking_code": c.tracking_code,
                "section": c.section,
                "status": c.status,
                "channel": c.channel,
                "created_at": c.created_at.isoformat(),
                "updated_at": c.updated_at.isoformat(),
                "due_at": c.due_at.isoformat() if c.due_at else None,
                "closed_at": c.closed_at.isoformat() if c.closed_at else None,
                "needs_triage": c.needs_triage,
                "anonymous": c.anonymous,
                "confidential": c.confidential,
                "rules": list(c.decision.get("rules", [])),
                "subject": c.subject if open_text(c, include_confidential) else REDACTED,
                "text": c.text if open_text(c, include_confidential) else REDACTED,
            }
        last = found[-1].id or last


def open_text(complaint: Complaint, include_confidential: bool) -> bool:
    """Whether an export may carry this complaint's words."""
    return include_confidential or not complaint.confidential


def export_complaints(
    store: Store, fmt: str, out: TextIO, include_confidential: bool = False
) -> int:
    """Write every complaint to `out`; the number written."""
    count = 0
    writer = SafeWriter(out, fieldnames=FIELDS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    for row in rows(store, include_confidential=include_confidential):
        if writer:  # citizens' text: formulas neutralised (desk/csvsafe.py)
            writer.writedict({**row, "rules": " ".join(row["rules"])})
        else:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
