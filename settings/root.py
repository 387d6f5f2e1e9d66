"""The root settings: config.yaml validated by pydantic, overridable from the environment;
composed of each block's leaf model (settings/*.py, and each channel's own settings module).

Values come from `config.yaml` (or `--config` / `ADUAN_CONFIG`), then `${NAME}` placeholders are
filled from the environment (a missing variable leaves the value empty, which disables whatever
needs it), then any key can be overridden as `ADUAN_<PATH>` with `__` between levels.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from routing import RoutingConfig
from settings.accountability import PrivacySettings, SkmSettings
from settings.channels import ChannelsSettings
from settings.desk import DeskSettings
from settings.jobs import MediaSettings, OutboxSettings
from settings.security import SecuritySettings
from settings.service import (
    AlertSettings,
    DatabaseSettings,
    SectionConfig,
    ServiceSettings,
    Templates,
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
