"""What the intake answers for one message: in the shared kernel, so that whatever handles a
message (the pipeline, the survey, a webhook, the batcher) can name the result without importing
the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AcceptResult:
    """What accept() did with one message."""

    outcome: str  # created, followup, duplicate, command, automated, edit, unreadable
    message_id: int | None = None
    complaint_id: int | None = None
    tracking_code: str | None = None
    section: str | None = None
    outbox_ids: list[int] = field(default_factory=list)
