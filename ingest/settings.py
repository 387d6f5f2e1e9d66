"""The root settings: config.yaml validated by pydantic, overridable from the environment.

Values come from `config.yaml` (or `--config` / `ADUAN_CONFIG`), then `${NAME}` placeholders are
filled from the environment (a missing variable leaves the value empty, which disables whatever
needs it), then any key can be overridden as `ADUAN_<PATH>` with `__` between levels.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from channels.email.settings import EmailSettings
from channels.sms.settings import SmsSettings
from channels.telegram.settings import TelegramSettings
from channels.web import WebSettings
from channels.whatsapp.settings import WhatsAppSettings
from channels.x.settings import XSettings
from desk.settings import DeskSettings
from ingest.privacy import PrivacySettings
from ingest.security_settings import SecuritySettings
from ingest.survey import SkmSettings
from routing import RoutingConfig


class ServiceSettings(BaseModel):
    """`service:`: how the service presents itself."""

    model_config = ConfigDict(extra="forbid")

    name: str = "Layanan Pengaduan Setda Kukar"
    public_base_url: str = "http://127.0.0.1:8000"
    tracking_prefix: str = Field(default="KK", pattern=r"^[A-Z]{1,4}$")
    timezone: str = "Asia/Makassar"
    data_dir: str = "./data"
    secret_key: SecretStr | None = None
    followup_window_hours: float = Field(default=72, ge=0)
    acks_per_address_per_hour: int = Field(default=5, ge=1)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (KeyError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("public_base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")


class DatabaseSettings(BaseModel):
    """`database:`: SQLite by default, PostgreSQL by URL."""

    model_config = ConfigDict(extra="forbid")

    url: str = "sqlite:///aduan.db"
    pool_size: int = Field(default=10, ge=1)
    echo: bool = False


class SectionConfig(BaseModel):
    """One section (Bagian) of the Secretariat; see docs/sections.md."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    mandate: str = ""
    response_days: int = Field(default=5, ge=1, le=60)
    examples: list[str] = Field(default_factory=list)


class ChannelsSettings(BaseModel):
    """`channels:`: one block per channel."""

    model_config = ConfigDict(extra="forbid")

    sms: SmsSettings = Field(default_factory=SmsSettings)
    web: WebSettings = Field(default_factory=WebSettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    whatsapp: WhatsAppSettings = Field(default_factory=WhatsAppSettings)
    x: XSettings = Field(default_factory=XSettings)
    email: EmailSettings = Field(default_factory=EmailSettings)


class AlertSettings(BaseModel):
    """`alerts:`: who hears that a channel has died, through another channel."""

    model_config = ConfigDict(extra="forbid")

    email: list[str] = Field(default_factory=list)
    telegram_chat_ids: list[int] = Field(default_factory=list)


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


class Templates(BaseModel):
    """`templates:`: what aduan says to citizens, in Bahasa Indonesia.

    Placeholders: {code}, {section}, {status}, {url}, {date}, {service}.
    """

    model_config = ConfigDict(extra="forbid")

    ack_sms: str = (
        "Aduan Anda diterima. Kode: {code}. Ditangani {section}. Cek status: balas CEK {code}"
    )
    ack: str = (
        "Terima kasih, aduan Anda telah kami terima dengan kode {code} dan diteruskan ke "
        "{section}. Untuk menanyakan status, kirim: CEK {code} atau buka {url}"
    )
    followup: str = "Tambahan untuk aduan {code} sudah kami terima dan diteruskan ke petugas."
    status: str = "Aduan {code}: {status}. Ditangani {section}. Diperbarui {date}."
    unknown_code: str = "Kode {code} tidak ditemukan. Periksa kembali kode aduan Anda."
    unreadable: str = (
        "Maaf, jenis pesan ini tidak dapat kami baca. "
        "Silakan kirim aduan Anda dalam bentuk teks atau foto."
    )
    status_names: dict[str, str] = Field(
        default_factory=lambda: {
            "baru": "diterima, menunggu verifikasi",
            "diproses": "sedang diproses",
            "selesai": "selesai ditangani",
            "ditutup": "ditutup",
        }
    )


class Settings(BaseSettings):
    """Everything in config.yaml."""

    model_config = SettingsConfigDict(
        extra="forbid", env_prefix="ADUAN_", env_nested_delimiter="__", case_sensitive=False
    )

    service: ServiceSettings = Field(default_factory=ServiceSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    sections: list[SectionConfig] = Field(min_length=1)
    channels: ChannelsSettings = Field(default_factory=ChannelsSettings)
    routing: RoutingConfig = Field(default_factory=RoutingConfig)
    outbox: OutboxSettings = Field(default_factory=OutboxSettings)
    media: MediaSettings = Field(default_factory=MediaSettings)
    alerts: AlertSettings = Field(default_factory=AlertSettings)
    templates: Templates = Field(default_factory=Templates)
    desk: DeskSettings = Field(default_factory=DeskSettings)
    skm: SkmSettings = Field(default_factory=SkmSettings)
    privacy: PrivacySettings = Field(default_factory=PrivacySettings)
    security: SecuritySettings = Field(default_factory=SecuritySettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment wins over the file, so one deployment can differ from the bundle.
        return (env_settings, init_settings)

    @model_validator(mode="after")
    def _unique_sections(self) -> Settings:
        seen: set[str] = set()
        for i, section in enumerate(self.sections):
            if section.id in seen:
                raise ValueError(f"sections[{i}].id: duplicate section {section.id!r}")
            seen.add(section.id)
        return self

    def section(self, section_id: str) -> SectionConfig | None:
        """The section with this id, if configured."""
        return next((s for s in self.sections if s.id == section_id), None)

    def section_name(self, section_id: str) -> str:
        """The readable name of a section, or its id when it is no longer configured."""
        found = self.section(section_id)
        return found.name if found else section_id

    def public(self) -> dict[str, Any]:
        """A summary without secrets, for `aduan config check`."""
        return {
            "service": self.service.public_base_url,
            "database": self.database.url.split("@")[-1],
            "sections": [s.id for s in self.sections],
            "rules": len(self.routing.rules),
        }
