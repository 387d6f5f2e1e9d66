"""CSV export of the inbox filter, limited like the inbox to the viewer's sections."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING

from fastapi.responses import StreamingResponse
from sqlmodel import col, select

from desk.access import Viewer
from desk.inbox import InboxFilter, conditions
from store.models import Complaint
from store.queries import OPEN_STATUSES

if TYPE_CHECKING:
    from desk.web import Desk

COLUMNS = ("kode", "bagian", "status", "kanal", "diterima", "batas_waktu", "terlambat",
           "perlu_triase", "subjek", "isi")  # fmt: skip
BATCH = 1000


def _cell(value: str) -> str:
    """Neutralise spreadsheet formulas (a complaint's text is the citizen's, not ours)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_response(desk: Desk, viewer: Viewer, f: InboxFilter) -> StreamingResponse:
    """Every complaint matching the filter, as CSV, streamed in batches."""
    now = desk.clock()
    where = conditions(viewer, f, now)

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(COLUMNS)
        last = 0
        while True:
            with desk.store.read() as session:
                batch = list(
                    session.exec(
                        select(Complaint)
                        .where(*where, col(Complaint.id) > last)
                        .order_by(col(Complaint.id))
                        .limit(BATCH)
                    )
                )
            for c in batch:
                late = c.status in OPEN_STATUSES and c.due_at is not None and c.due_at < now
                writer.writerow(
                    [c.tracking_code, c.section, c.status, c.channel, c.created_at.isoformat(),
                     c.due_at.isoformat() if c.due_at else "", "ya" if late else "",
                     "ya" if c.needs_triage else "", _cell(c.subject or ""), _cell(c.text)]
                )  # fmt: skip
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            if len(batch) < BATCH:
                return
            last = batch[-1].id or last

    headers = {
        "Content-Disposition": 'attachment; filename="aduan.csv"',
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
    }
    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8", headers=headers)
