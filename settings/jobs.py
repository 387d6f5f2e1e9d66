"""The `outbox:` and `media:` blocks of config.yaml: the background deliveries and downloads."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class OutboxSettings(BaseModel):
    """`outbox:`: how acknowledgements and replies are delivered."""

    model_config = ConfigDict(extra="forbid")

    dispatch_seconds: float = Field(default=2.0, gt=0)
    batch_size: int = Field(default=50, ge=1)
    max_attempts: int = Field(default=8, ge=1)
    backoff_base_seconds: float = Field(default=10.0, gt=0)
    backoff_max_seconds: float = Field(default=3600.0, gt=0)
    lease_seconds: float = Field(default=120.0, gt=0)


class MediaSettings(BaseModel):
    """`media:`: fetching the files of stored messages (ingest/media.py), off the request path."""

    model_config = ConfigDict(extra="forbid")

    poll_seconds: float = Field(default=2.0, gt=0)
    batch_size: int = Field(default=10, ge=1)
    max_attempts: int = Field(default=8, ge=1)
    backoff_base_seconds: float = Field(default=15.0, gt=0)
    backoff_max_seconds: float = Field(default=3600.0, gt=0)
    lease_seconds: float = Field(default=300.0, gt=0)
    max_bytes: int = Field(default=20 * 1024 * 1024, ge=1024)
