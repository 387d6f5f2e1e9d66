"""The files of an officer's reply, for the outbox dispatcher (docs/desk.md, Attachments).

The desk stores each file like an inbound attachment (by content hash under the data
directory) with an `OutboxFile` row, and marks the outbox row with how many there are. A
channel whose sender carries files (email, Telegram, WhatsApp) gets them with the text; any
other (SMS, X) gets the text and the notice that the files wait on the tracking page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from channels.base import OutgoingFile
from channels.errors import PermanentChannelError
from core.attachments import path_of
from store import outbox
from store.db import Store


@dataclass(frozen=True)
class ReplyFiles:
    """Where the files live and which channels' senders carry them."""

    data_dir: str
    channels: frozenset[str]

    def prepare(
        self, store: Store, outbox_id: int, channel: str, text: str, meta: dict[str, Any]
    ) -> tuple[str, tuple[OutgoingFile, ...]]:
        """The text to send and the files to send with it; PermanentChannelError when a file
        the row names is gone (never a silent text-only send)."""
        count = int(meta.get("files") or 0)
        if not count:
            return text, ()
        if channel not in self.channels:
            notice = meta.get("files_notice")
            return (f"{text}\n\n{notice}" if notice else text), ()
        with store.read() as session:
            rows = outbox.files_of(session, outbox_id)
        if len(rows) != count:
            raise PermanentChannelError(f"reply files: {count} attached, {len(rows)} on record")
        files = []
        for row in rows:
            try:
                data = path_of(self.data_dir, row.sha256).read_bytes()
            except OSError as exc:
                raise PermanentChannelError(f"reply file {row.filename}: {exc}") from exc
            files.append(OutgoingFile(f"file:{row.id}", row.filename, row.content_type, data))
        return text, tuple(files)
