"""CSV export of the inbox filter, limited like the inbox to the viewer's sections."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from fastapi.responses import StreamingResponse

from desk.access import Viewer
from desk.csvsafe import SafeWriter
from desk.inbox import InboxFilter, conditions
from store import complaints
from store.queries import OPEN_STATUSES

if TYPE_CHECKING:
    from desk.context import Desk

COLUMNS = ("kode", "bagian", "status", "kanal", "diterima", "batas_waktu", "terlambat",
           "perlu_triase", "subjek", "isi")  # fmt: skip
BATCH = 1000
# The first batch is smaller, so that the download starts (its first bytes) before a thousand
# rows are read and written; each next batch doubles up to BATCH. A client that stops reading
# (a browser's cancelled download, the bench after the first bytes) is noticed only at the next
# write, so the batch read meanwhile is work the server does for no one, beside the next
# request: 200 rows, not 1,000.
FIRST = 100


def csv_response(desk: Desk, viewer: Viewer, f: InboxFilter) -> StreamingResponse:
    """Every complaint matching the filter, as CSV, streamed in batches.

    Only the columns written are read (never the citizen or their address), and a confidential
    (rahasia) complaint is never exported, whoever asks.
    """
    now = desk.clock()
    where = conditions(viewer, f, now)

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        writer = SafeWriter(buffer)  # a complaint's text is the citizen's: no formulas
        writer.writerow(COLUMNS)
        last, size = 0, FIRST
        while True:
            with desk.store.read() as session:
                batch: list[Any] = complaints.export_batch(session, where, last, size)
            for cid, code, section, status, channel, created, due, triage, subject, text in batch:
                late = status in OPEN_STATUSES and due is not None and due < now
                writer.writerow(
                    [code, section, status, channel, created.isoformat(),
                     due.isoformat() if due else "", "ya" if late else "",
                     "ya" if triage else "", subject or "", text]
                )  # fmt: skip
                last = cid
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            if len(batch) < size:
                return
            size = min(BATCH, 2 * size)

    headers = {
        "Content-Disposition": 'attachment; filename="aduan.csv"',
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
    }
    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8", headers=headers)
