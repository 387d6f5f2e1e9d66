"""`channels.web` in config.yaml: the web form and JSON API channel."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class WebSettings(BaseModel):
    """`channels.web` in config.yaml."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    max_text_chars: int = Field(default=10_000, ge=100)
    submissions_per_hour: int = Field(default=20, ge=1)
    """Per client address; more get 429."""
