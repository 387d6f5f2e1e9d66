"""The `security:` block of config.yaml: request limits and what is exposed (docs/security.md)."""

from __future__ import annotations

from ipaddress import ip_network

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator


class MetricsAccess(BaseModel):
    """Who may read `/metrics`: listed addresses, or a bearer token, or everyone (`public`)."""

    model_config = ConfigDict(extra="forbid")

    allow: list[str] = Field(default_factory=lambda: ["127.0.0.1/32", "::1/128"])
    """Client addresses or networks (CIDR) served without a token."""
    token: SecretStr | None = None
    """`Authorization: Bearer <token>` from anywhere; from the environment only."""
    public: bool = False
    """Serve everyone; per-section series with counts under 5 are then left out."""

    @field_validator("allow")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                ip_network(item, strict=False)
            except ValueError as exc:
                raise ValueError(f"not an address or network: {item!r}") from exc
        return value


class SecuritySettings(BaseModel):
    """`security:`: limits every request meets before it is parsed, and what is public."""

    model_config = ConfigDict(extra="forbid")

    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    """Any request body over this is refused with 413 while it streams, before parsing."""
    max_form_fields: int = Field(default=50, ge=5)
    """Fields of a desk or web form (urlencoded or multipart)."""
    max_form_part_bytes: int = Field(default=256 * 1024, ge=1024)
    """One field of a multipart form."""
    api_docs: bool = False
    """Serve /api/docs and /openapi.json."""
    metrics: MetricsAccess = Field(default_factory=MetricsAccess)
