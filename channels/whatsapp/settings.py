"""Settings of the WhatsApp channel (Meta's WhatsApp Business Cloud API)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, SecretStr


class WhatsAppSettings(BaseModel):
    """`channels.whatsapp` in config.yaml."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    access_token: SecretStr | None = None
    app_secret: SecretStr | None = None
    verify_token: SecretStr | None = None
    phone_number_id: str | None = None
    graph_base_url: str = "https://graph.facebook.com"
    api_version: str = Field(default="v21.0", pattern=r"^v\d+\.\d+$")
    default_region: str = "ID"
    max_body_bytes: int = Field(default=2 * 1024 * 1024, ge=1024)
    max_media_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    service_window_hours: float = Field(default=24, gt=0)
    # An approved template with one body parameter, used outside the customer-service window.
    template_name: str | None = None
    template_language: str = "id"
