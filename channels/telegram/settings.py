"""Settings of the Telegram channel."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr


class TelegramSettings(BaseModel):
    """`channels.telegram` in config.yaml."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    mode: Literal["polling", "webhook"] = "polling"
    bot_token: SecretStr | None = None
    webhook_secret: SecretStr | None = None
    api_base_url: str = "https://api.telegram.org/bot"
    file_base_url: str = "https://api.telegram.org/file/bot"
    default_region: str = "ID"
    poll_seconds: float = Field(default=2.0, gt=0)
    poll_timeout_seconds: int = Field(default=20, ge=0, le=50)
    poll_limit: int = Field(default=100, ge=1, le=100)
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    max_file_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    # Group chats are ignored unless listed here (negative chat ids).
    allowed_group_ids: list[int] = Field(default_factory=list)
    per_chat_interval_seconds: float = Field(default=1.0, ge=0)
    global_per_second: int = Field(default=30, ge=1)
