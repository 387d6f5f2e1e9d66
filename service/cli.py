"""The `aduan` command line: serve, check config, migrate, export."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from service.cli_channels import channels_app
from service.cli_common import ConfigOption, settings_or_exit, templates_or_exit
from service.cli_errors import run
from service.cli_officers import officer_app
from service.cli_privacy import privacy_app
from service.cli_rules import rules_app
from service.cli_skm import skm_app
from service.cli_telegram import telegram_app
from service.export import export_complaints
from settings.load import config_path, missing_placeholders
from settings.root import Settings

app = typer.Typer(help="aduan: complaints from every channel, routed to the right section.")
config_app = typer.Typer(help="Check config.yaml.")
db_app = typer.Typer(help="Database schema.")
complaints_app = typer.Typer(help="Complaints in the store.")
outbox_app = typer.Typer(help="Messages aduan sends: acknowledgements, answers, replies.")
app.add_typer(config_app, name="config")
app.add_typer(db_app, name="db")
app.add_typer(complaints_app, name="complaints")
app.add_typer(outbox_app, name="outbox")
app.add_typer(rules_app, name="rules")
app.add_typer(channels_app, name="channels")
channels_app.add_typer(telegram_app, name="telegram")
app.add_typer(officer_app, name="officer")
app.add_typer(skm_app, name="skm")
app.add_typer(privacy_app, name="privacy")


@config_app.command("check")
def config_check(path: Annotated[Path | None, typer.Argument()] = None) -> None:
    """Validate a config file; print a summary, or the error with its key and line."""
    settings = settings_or_exit(path)
    summary = settings.public()
    typer.echo(f"ok: {len(summary['sections'])} sections, {summary['rules']} rules")
    _rules_summary(settings)
    typer.echo(f"database: {summary['database']}")
    if settings.desk.reply_templates:
        count = templates_or_exit(settings)
        typer.echo(f"reply templates: {count} ({settings.desk.reply_templates})")
    from service.app import disabled_channels

    for name, reason in disabled_channels(settings).items():
        typer.echo(f"channel {name}: disabled ({reason})")
    text = config_path(path).read_text(encoding="utf-8")
    for name in missing_placeholders(text):
        typer.echo(f"environment: {name} is not set")


def _rules_summary(settings: Settings) -> None:
    """Where the rules were read from, and the hygiene warnings with their file and line."""
    from routing.hygiene import lint
    from routing.text import Normaliser

    routing = settings.routing
    if routing.sources is not None:
        files = routing.sources.files
        typer.echo(f"rules folder: {routing.sources.folder} ({len(files)} files)")
    for warning in lint(routing, Normaliser(routing.slang, routing.stem_overrides)):
        typer.echo(f"warning: {warning}")


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None) -> None:
    """Bring the database schema to the newest version."""
    from store.db import Store
    from store.migrate import current_revision, upgrade

    settings = settings_or_exit(config)
    store = Store(settings.database.url)
    upgrade(store)
    typer.echo(f"schema at {current_revision(store)}")


@complaints_app.command("export")
def complaints_export(
    config: ConfigOption = None,
    fmt: Annotated[Literal["jsonl", "csv"], typer.Option("--format", help="file format")] = "jsonl",
    include_confidential: Annotated[
        bool, typer.Option(help="also the words of rahasia complaints (a full backup)")
    ] = False,
) -> None:
    """Print every complaint (for admins and backups); rahasia texts only when asked."""
    from store.db import Store

    settings = settings_or_exit(config)
    export_complaints(Store(settings.database.url), fmt, sys.stdout, include_confidential)


@outbox_app.command("list")
def outbox_list(
    config: ConfigOption = None,
    limit: Annotated[int, typer.Option(help="how many, newest first")] = 20,
) -> None:
    """Show the newest outbox messages with their delivery state."""
    from store import outbox
    from store.db import Store

    settings = settings_or_exit(config)
    with Store(settings.database.url).read() as session:
        rows = outbox.newest(session, limit)
    for row in rows:
        error = f" ({row.last_error})" if row.last_error else ""
        typer.echo(f"#{row.id} {row.channel}:{row.recipient} {row.kind} {row.status}{error}")
        typer.echo(f"    {row.text}")


@app.command("serve")
def serve(
    config: ConfigOption = None,
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    demo: Annotated[
        bool, typer.Option(help="throwaway database fed with sample complaints")
    ] = False,
) -> None:
    """Run the web service and its scheduled jobs in one process."""
    from service.serve import run

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # APScheduler logs every run of every job at INFO: once a second is noise, not news.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    settings = settings_or_exit(config)
    templates_or_exit(settings)
    run(settings, config_path(config), host, port, demo)


def main() -> None:
    """Entry point of the `aduan` console script: known errors are one line, never a traceback."""
    run(app)
