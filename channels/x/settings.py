"""Settings of the X channel. Reading mentions costs money: it is off unless configured."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, SecretStr


class XSettings(BaseModel):
    """`channels.x` in config.yaml."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    bearer_token: SecretStr | None = None
    api_key: SecretStr | None = None
    api_secret: SecretStr | None = None
    access_token: SecretStr | None = None
    access_token_secret: SecretStr | None = None
    # Our account's numeric id; looked up once with GET /2/users/me when empty.
    user_id: str | None = None
    poll_mentions_seconds: float = Field(default=300, ge=15)
    poll_dms_seconds: float = Field(default=300, ge=15)
    max_results: int = Field(default=50, ge=5, le=100)
    # Pages read per poll; past this a burst of mentions is cut (and logged), never re-read.
    max_pages: int = Field(default=5, ge=1, le=20)
    max_media_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    public_reply: str = (
        "Terima kasih, laporan Anda tercatat dengan kode {code}. Mohon lanjutkan lewat pesan "
        "langsung (DM) ke akun ini agar data pribadi Anda tidak tampil di publik."
    )
    public_reply_no_code: str = (
        "Terima kasih. Mohon kirim detail laporan Anda lewat pesan langsung (DM) ke akun ini."
    )
