"""`aduan channels telegram ...`: Telegram's one-off setup commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from channels.errors import ChannelError

telegram_app = typer.Typer(help="Telegram bot setup.")


@telegram_app.command("set-webhook")
def set_webhook_command(
    config: Annotated[Path | None, typer.Option("--config", "-c", help="config file")] = None,
) -> None:
    """Register <public_base_url>/webhooks/telegram with Telegram, with the webhook secret."""
    from ingest.channels.telegram import set_webhook
    from settings.load import ConfigError, load_settings

    try:
        url = set_webhook(load_settings(config))
    except (ConfigError, ValueError, ChannelError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"webhook set: {url}")
