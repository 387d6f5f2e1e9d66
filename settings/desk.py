"""The `desk:` block of config.yaml: sessions, login throttling, handling stages, notifications."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Targets(BaseModel):
    """Where a notification goes: email addresses and Telegram chat ids, through the outbox."""

    model_config = ConfigDict(extra="forbid")

    email: list[str] = Field(default_factory=list)
    telegram_chat_ids: list[int] = Field(default_factory=list)

    def pairs(self) -> list[tuple[str, str]]:
        """(channel, address) for every target."""
        return [("email", a) for a in self.email] + [
            ("telegram", str(c)) for c in self.telegram_chat_ids
        ]


class SectionNotify(BaseModel):
    """`desk.notify.<section id>`: who hears about the section's complaints."""

    model_config = ConfigDict(extra="forbid")

    new: Targets = Field(default_factory=Targets)
    """A new complaint, or one reassigned to the section."""
    overdue: Targets = Field(default_factory=Targets)
    """A complaint past its due date (besides the section's supervisors in the desk)."""
    digest: Targets = Field(default_factory=Targets)
    """The daily digest of open, overdue and due-today complaints."""


class Stages(BaseModel):
    """The national complaint-handling stages, in working days (see Perpres 76/2013, SP4N)."""

    model_config = ConfigDict(extra="forbid")

    verify_days: int = Field(default=3, ge=1, le=60)
    """A new complaint is verified (baru -> diproses) within this many working days."""
    followup_days: int = Field(default=5, ge=1, le=60)
    """The citizen gets a first answer from an officer within this many working days."""
    close_after_days: int = Field(default=10, ge=1, le=120)
    """A resolved complaint closes after this many working days without word from the citizen."""


class Throttle(BaseModel):
    """Login attempts allowed in a window, per account from one address and per address.

    Over the limit, the account (from that address) or the address waits `lockout_minutes`,
    doubled at each further lockout up to `max_lockout_minutes`; `aduan officer unlock` lifts it.
    """

    model_config = ConfigDict(extra="forbid")

    window_minutes: int = Field(default=15, ge=1)
    per_account: int = Field(default=5, ge=1)
    per_address: int = Field(default=20, ge=1)
    lockout_minutes: int = Field(default=15, ge=1)
    max_lockout_minutes: int = Field(default=24 * 60, ge=1)


class DeskSettings(BaseModel):
    """`desk:`: the officers' web desk."""

    model_config = ConfigDict(extra="forbid")

    session_hours: float = Field(default=10, gt=0, le=24 * 14)
    throttle: Throttle = Field(default_factory=Throttle)
    stages: Stages = Field(default_factory=Stages)
    page_size: int = Field(default=50, ge=5, le=500)
    notify: dict[str, SectionNotify] = Field(default_factory=dict)
    notify_seconds: float = Field(default=15, gt=0)
    """How often new complaints are looked for and their sections notified."""
    overdue_check_minutes: float = Field(default=15, gt=0)
    digest_hour: int = Field(default=7, ge=0, le=23)
    """Local hour (service timezone) from which the daily digest goes out."""
    reply_templates: str | None = None
    """The response templates file (desk/replies.py), relative to config.yaml's folder."""
    bulk_max: int = Field(default=200, ge=1, le=1000)
    """The most complaints one bulk action takes (desk/bulk.py); the rest wait for another run."""
