"""The `skm:` (satisfaction survey) and `privacy:` (personal data) blocks of config.yaml."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class SkmSettings(BaseModel):
    """`skm:`: the satisfaction survey sent when a complaint is closed."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    chat_timeout_hours: float = Field(default=24, gt=0)
    """A chat survey left unanswered this long ends (status expired)."""
    link_days: int = Field(default=14, ge=1, le=90)
    """How long the web form's link stays valid."""
    max_reasks: int = Field(default=3, ge=1, le=10)
    """Answers out of range asked again per question before the survey ends (no loops)."""


class PrivacySettings(BaseModel):
    """`privacy:`: how long personal data of closed complaints is kept."""

    model_config = ConfigDict(extra="forbid")

    retention_days: int = Field(default=730, ge=30)
    """Days after a complaint is closed before its personal data is pseudonymised."""
    purge_message_bodies: bool = False
    """Also remove the texts of the complaint and its messages at retention (not only who)."""
    purge_hours: float = Field(default=24, gt=0)
    """How often the scheduled purge runs."""
