"""What every `aduan` command shares: the --config option and loading it or exiting."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ingest.config import ConfigError, load_settings
from ingest.settings import Settings

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
