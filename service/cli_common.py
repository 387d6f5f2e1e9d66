"""What every `aduan` command shares: the --config option and loading it or exiting."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from settings.load import ConfigError, load_settings
from settings.root import Settings

ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="config file (default: $ADUAN_CONFIG or ./config.yaml)"),
]


def settings_or_exit(config: Path | None) -> Settings:
    """The validated settings, or the error (with key and line) and exit status 1."""
    try:
        return load_settings(config)
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc


def templates_or_exit(settings: Settings) -> int:
    """How many reply templates the desk has; or the error (file, key, line) and exit 1."""
    from desk.replies import LiveReplies

    try:
        return LiveReplies.load(settings).catalogue().count()
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc


def channel_names() -> list[str]:
    """Every channel aduan knows, in the order of the channel registry."""
    from ingest.channels import PLUGINS

    return [p.name for p in PLUGINS]


def known_channel(value: str | None) -> str | None:
    """A --channel value checked against the channels (a typo is refused, with the list)."""
    names = channel_names()
    if value is not None and value not in names:
        raise typer.BadParameter(f"{value!r} is not a channel; one of: {', '.join(names)}")
    return value


CHANNEL_METAVAR = "[sms|web|telegram|whatsapp|email|x]"
"""Shown in help; tests/ingest/test_cli_errors.py holds it equal to the registry."""
