"""`aduan channels`: poll a channel by hand and show every channel's health and cursors."""

from __future__ import annotations

import threading
from typing import Annotated

import typer
from sqlmodel import select

from channels.errors import ChannelError
from ingest.cli_common import CHANNEL_METAVAR, ConfigOption, known_channel, settings_or_exit

channels_app = typer.Typer(help="Channels: health, cursors, polling by hand.")


@channels_app.command("poll")
def poll(
    channel: Annotated[
        str,
        typer.Argument(help="the channel to poll", callback=known_channel, metavar=CHANNEL_METAVAR),
    ],
    once: Annotated[bool, typer.Option("--once", help="run one cycle and exit")] = False,
    config: ConfigOption = None,
) -> None:
    """Run a channel's polling job now (once, or on its interval) and print what it did."""
    from ingest.app import build_service
    from ingest.channels.email import EmailPoller
    from ingest.scheduler import UNHEALTHY_AFTER
    from store.db import Store
    from store.health import record_failure, record_success

    settings = settings_or_exit(config)
    store = Store(settings.database.url)
    service = build_service(settings, store)
    if channel in service.disabled:
        typer.echo(f"channel {channel}: disabled ({service.disabled[channel]})", err=True)
        raise typer.Exit(1)
    if channel != "email":
        jobs = [j for j in service.jobs if j.channel == channel]
        if not jobs:
            typer.echo(f"channel {channel}: nothing to poll", err=True)
            raise typer.Exit(1)
    poller = EmailPoller(service.ctx) if channel == "email" else None
    while True:
        try:
            if poller is not None:
                typer.echo(poller.poll_once().line())
            else:
                for job in jobs:
                    typer.echo(f"{job.name}: {job.func()} items")
        except ChannelError as exc:
            with store.write() as session:
                record_failure(session, channel, str(exc), UNHEALTHY_AFTER)
            typer.echo(f"{channel}: failed: {exc}", err=True)
            if once:
                raise typer.Exit(2) from exc
        else:
            with store.write() as session:
                record_success(session, channel)
        if once:
            return
        interval = settings.channels.email.poll_seconds if poller else jobs[0].seconds
        threading.Event().wait(interval)


@channels_app.command("status")
def status(config: ConfigOption = None) -> None:
    """Every channel's health, last error and cursors."""
    from ingest.channels import PLUGINS
    from store.db import Store
    from store.models import ChannelCursor, ChannelHealth

    settings = settings_or_exit(config)
    store = Store(settings.database.url)
    with store.read() as session:
        health = {h.channel: h for h in session.exec(select(ChannelHealth))}
        cursors = list(session.exec(select(ChannelCursor)))
    for plugin in PLUGINS:
        reason = plugin.disabled_reason(settings)
        row = health.get(plugin.name)
        if reason:
            state = f"disabled ({reason})"
        elif row is None:
            state = "enabled, no run recorded yet"
        else:
            state = "healthy" if row.healthy else "UNHEALTHY"
            if row.consecutive_failures:
                state += f" ({row.consecutive_failures} failures in a row)"
        typer.echo(f"{plugin.name}: {state}")
        if row is not None and row.last_success_at:
            typer.echo(f"  last success: {row.last_success_at.isoformat()}")
        if row is not None and row.last_error:
            when = row.last_error_at.isoformat() if row.last_error_at else "?"
            typer.echo(f"  last error ({when}): {row.last_error}")
        for cur in (c for c in cursors if c.channel == plugin.name):
            typer.echo(f"  cursor {cur.key} = {cur.value} (at {cur.updated_at.isoformat()})")
