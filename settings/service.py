"""The `service:`, `database:`, `sections:`, `alerts:` and `templates:` blocks of config.yaml."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator


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


class AlertSettings(BaseModel):
    """`alerts:`: who hears that a channel has died, through another channel."""

    model_config = ConfigDict(extra="forbid")

    email: list[str] = Field(default_factory=list)
    telegram_chat_ids: list[int] = Field(default_factory=list)


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
