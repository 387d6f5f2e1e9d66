"""Settings of the email channel (`channels.email` in config.yaml)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

TlsMode = Literal["ssl", "starttls", "none"]
MIB = 1024 * 1024


class EmailSettings(BaseModel):
    """One IMAP mailbox read for complaints, one SMTP relay for answers."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    imap_host: str = "127.0.0.1"
    imap_port: int = Field(default=993, ge=1, le=65535)
    imap_tls: TlsMode = "ssl"
    username: str | None = None
    password: SecretStr | None = None
    folder: str = "INBOX"
    processed_folder: str | None = None
    """Move processed mail here; when unset it is flagged \\Seen and stays."""
    poll_seconds: float = Field(default=60.0, gt=0)
    idle: bool = True
    """Use IMAP IDLE, when the server offers it, to pick up new mail between polls."""
    batch_size: int = Field(default=50, ge=1, le=1000)
    timeout_seconds: float = Field(default=30.0, gt=0)
    max_message_bytes: int = Field(default=10 * MIB, ge=1024)
    max_attachment_bytes: int = Field(default=5 * MIB, ge=1024)
    max_attachments: int = Field(default=10, ge=0)
    internal_domains: list[str] = Field(default_factory=list)
    """Senders at these domains are internal customers (agencies, other offices)."""
    smtp_host: str = "127.0.0.1"
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_tls: TlsMode = "starttls"
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    from_address: str | None = None
    from_name: str = "Layanan Pengaduan Setda Kukar"
    automatic_per_10_minutes: int = Field(default=3, ge=1)
    """Cap on automatic mail to one address in any 10 minutes (loops, however they arise)."""
    automatic_per_hour: int = Field(default=5, ge=1)
    backoff_base_seconds: float = Field(default=5.0, gt=0)
    backoff_max_seconds: float = Field(default=600.0, gt=0)

    @field_validator("internal_domains")
    @classmethod
    def _lower_domains(cls, value: list[str]) -> list[str]:
        return [d.strip().lower().lstrip("@") for d in value if d.strip()]

    @field_validator("username", "smtp_username", "from_address", "processed_folder")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @property
    def own_domain(self) -> str:
        """The domain of our Message-IDs: the from address's, else the IMAP user's."""
        for address in (self.from_address, self.username):
            if address and "@" in address:
                return address.rsplit("@", 1)[1].lower()
        return "aduan.invalid"

    @property
    def mailbox_key(self) -> str:
        """The cursor key of the mailbox read: user@host/folder."""
        return f"{self.username or ''}@{self.imap_host}/{self.folder}"
