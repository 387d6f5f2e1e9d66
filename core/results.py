"""What the intake answers for one message: in the shared kernel, so that whatever handles a
message (the pipeline, the survey, a webhook, the batcher) can name the result without importing
the pipeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from channels.base import IncomingMessage
from store.db import Store


@dataclass
class AcceptResult:
    """What accept() did with one message."""

    outcome: str  # created, followup, duplicate, command, automated, edit, unreadable
    message_id: int | None = None
    complaint_id: int | None = None
    tracking_code: str | None = None
    section: str | None = None
    outbox_ids: list[int] = field(default_factory=list)


class Acceptor(Protocol):
    """What the group committer (ingest/batcher.py) needs of the pipeline."""

    @property
    def store(self) -> Store:
        """The complaint store."""
        ...

    def accept(self, msg: IncomingMessage) -> AcceptResult:
        """Store one message and do what it asks, in one transaction."""
        ...

    def accept_batch(
        self, msgs: Sequence[IncomingMessage], *, wait: bool = True
    ) -> list[AcceptResult]:
        """Store several messages in one transaction."""
        ...
