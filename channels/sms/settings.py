"""Settings of the SMS channel: three inbound dialects and one outbound gateway."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr


class TwilioSettings(BaseModel):
    """Twilio Programmable Messaging."""

    model_config = ConfigDict(extra="forbid")

    account_sid: str | None = None
    auth_token: SecretStr | None = None
    from_number: str | None = None
    api_base_url: str = "https://api.twilio.com"


class AndroidSettings(BaseModel):
    """The open-source "SMS Gateway for Android" app (local or cloud server)."""

    model_config = ConfigDict(extra="forbid")

    signing_key: SecretStr | None = None
    max_age_seconds: int = Field(default=300, ge=1)
    api_base_url: str = "http://127.0.0.1:8080"
    username: str | None = None
    password: SecretStr | None = None


class GenericSettings(BaseModel):
    """Any other gateway: our own JSON shape, signed with a shared secret."""

    model_config = ConfigDict(extra="forbid")

    secret: SecretStr | None = None
    send_url: str | None = None


class SmsSettings(BaseModel):
    """`channels.sms` in config.yaml."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    default_region: str = "ID"
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    max_form_fields: int = Field(default=100, ge=10)
    max_media_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    """The largest MMS file fetched (Twilio accepts MMS up to 5 MB)."""
    outbound: Literal["twilio", "android", "generic", "none"] = "none"
    twilio: TwilioSettings = Field(default_factory=TwilioSettings)
    android: AndroidSettings = Field(default_factory=AndroidSettings)
    generic: GenericSettings = Field(default_factory=GenericSettings)
