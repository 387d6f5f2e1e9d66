"""The `channels:` block of config.yaml: each channel's own settings model, one block each."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from channels.email.settings import EmailSettings
from channels.sms.settings import SmsSettings
from channels.telegram.settings import TelegramSettings
from channels.web_settings import WebSettings
from channels.whatsapp.settings import WhatsAppSettings
from channels.x.settings import XSettings


class ChannelsSettings(BaseModel):
    """`channels:`: one block per channel."""

    model_config = ConfigDict(extra="forbid")

    sms: SmsSettings = Field(default_factory=SmsSettings)
    web: WebSettings = Field(default_factory=WebSettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    whatsapp: WhatsAppSettings = Field(default_factory=WhatsAppSettings)
    x: XSettings = Field(default_factory=XSettings)
    email: EmailSettings = Field(default_factory=EmailSettings)
