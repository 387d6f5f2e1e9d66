"""`aduan channels`: poll a channel by hand and show every channel's health and cursors."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Annotated

import typer

from channels.errors import ChannelError
from service.cli_common import CHANNEL_METAVAR, ConfigOption, known_channel, settings_or_exit
from store.models import ChannelHealth

if TYPE_CHECKING:
    from core.jobs import Job
    from ingest.channels.email import EmailPoller
    from store.db import Store

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
    from ingest.channels.email import EmailPoller
    from service.app import build_service
    from store.db import Store

    settings = settings_or_exit(config)
    store = Store(settings.database.url)
    service = build_service(settings, store)
    if channel in service.disabled:
        typer.echo(f"channel {channel}: disabled ({service.disabled[channel]})", err=True)
        raise typer.Exit(1)
    if channel == "email":
        poller = EmailPoller(service.ctx)
        cycle: Callable[[], Iterator[str]] = partial(_email_cycle, poller)
        interval = settings.channels.email.poll_seconds
    else:
        jobs = [j for j in service.jobs if j.channel == channel]
        if not jobs:
            typer.echo(f"channel {channel}: nothing to poll", err=True)
            raise typer.Exit(1)
        cycle = partial(_job_cycle, jobs)
        interval = jobs[0].seconds
    while True:
        _poll_cycle(store, channel, cycle, once)
        if once:
            return
        threading.Event().wait(interval)


def _email_cycle(poller: EmailPoller) -> Iterator[str]:
    yield poller.poll_once().line()


def _job_cycle(jobs: list[Job]) -> Iterator[str]:
    for job in jobs:
        yield f"{job.name}: {job.func()} items"


def _poll_cycle(store: Store, channel: str, cycle: Callable[[], Iterator[str]], once: bool) -> None:
    """One polling cycle: print what it did, as it does it, and record the channel's health."""
    from ingest.scheduler import UNHEALTHY_AFTER
    from store.health import record_failure, record_success

    try:
        for line in cycle():
            typer.echo(line)
    except ChannelError as exc:
        with store.write() as session:
            record_failure(session, channel, str(exc), UNHEALTHY_AFTER)
        typer.echo(f"{channel}: failed: {exc}", err=True)
        if once:
            raise typer.Exit(2) from exc
        return
    with store.write() as session:
        record_success(session, channel)


@channels_app.command("status")
def status(config: ConfigOption = None) -> None:
    """Every channel's health, last send, last receive, last error and cursors."""
    from ingest.channels import PLUGINS
    from store import cursors, health, messages
    from store.db import Store

    settings = settings_or_exit(config)
    store = Store(settings.database.url)
    with store.read() as session:
        healths = {h.channel: h for h in health.all_health(session)}
        kept = cursors.all_cursors(session)
        last = {p.name: (messages.last_at(session, p.name, "out"),
                         messages.last_at(session, p.name, "in"))
                for p in PLUGINS}  # fmt: skip
    for plugin in PLUGINS:
        reason = plugin.disabled_reason(settings)
        row = healths.get(plugin.name)
        typer.echo(f"{plugin.name}: {_state(reason, row)}")
        sent, received = last[plugin.name]
        typer.echo(f"  last send: {_when(sent)}; last receive: {_when(received)}")
        if row is not None and row.last_success_at:
            typer.echo(f"  last successful poll: {row.last_success_at.isoformat()}")
        if row is not None and row.last_error:
            when = row.last_error_at.isoformat() if row.last_error_at else "?"
            typer.echo(f"  last error ({when}): {row.last_error}")
        for cur in (c for c in kept if c.channel == plugin.name):
            typer.echo(f"  cursor {cur.key} = {cur.value} (at {cur.updated_at.isoformat()})")


def _state(reason: str | None, row: ChannelHealth | None) -> str:
    if reason:
        return f"disabled ({reason})"
    if row is None:
        return "enabled, no failure recorded"
    state = "healthy" if row.healthy else "UNHEALTHY"
    streaks = []
    if row.consecutive_failures:
        streaks.append(f"{row.consecutive_failures} failed polls in a row")
    if row.send_failures or not row.send_healthy:
        streaks.append(f"{row.send_failures} failed sends in a row")
    return state + (f" ({', '.join(streaks)})" if streaks else "")


def _when(at: datetime | None) -> str:
    return at.isoformat() if at is not None else "never"
