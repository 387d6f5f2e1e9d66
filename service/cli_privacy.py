"""`aduan privacy`: retention purge, a citizen's data export and erasure (UU 27/2022)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from service.cli_common import ConfigOption, settings_or_exit

privacy_app = typer.Typer(help="Personal data: retention purge, export and erasure on request.")

IdentityOption = Annotated[
    str, typer.Option("--identity", help="CHANNEL:ADDRESS, e.g. sms:+6281234567890")
]


@privacy_app.command("purge")
def purge_command(
    config: ConfigOption = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="count, change nothing")] = False,
) -> None:
    """Pseudonymise personal data of complaints closed longer ago than retention_days."""
    from accountability.privacy import purge
    from store.db import Store
    from store.types import utcnow

    settings = settings_or_exit(config)
    report = purge(Store(settings.database.url), settings, utcnow(), dry_run=dry_run)
    word = "would purge" if dry_run else "purged"
    counts = ", ".join(f"{v} {k}" for k, v in report.summary().items())
    typer.echo(f"{word}: {counts} (retention {settings.privacy.retention_days} days)")


@privacy_app.command("export")
def export_command(identity: IdentityOption, config: ConfigOption = None) -> None:
    """Print, as JSON, everything stored about the citizen behind an address."""
    from accountability.privacy import PrivacyError, export
    from store.db import Store

    settings = settings_or_exit(config)
    try:
        data = export(Store(settings.database.url), identity)
    except PrivacyError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@privacy_app.command("erase")
def erase_command(
    identity: IdentityOption,
    config: ConfigOption = None,
    yes: Annotated[bool, typer.Option("--yes", help="do not ask for confirmation")] = False,
) -> None:
    """Erase a citizen's personal data; the complaint records and audit trail stay."""
    from accountability.privacy import PrivacyError, erase
    from store.db import Store
    from store.types import utcnow

    settings = settings_or_exit(config)
    if not yes:
        typer.confirm(f"Erase the personal data of {identity}? This cannot be undone", abort=True)
    try:
        report = erase(Store(settings.database.url), settings, identity, utcnow())
    except PrivacyError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo("erased: " + ", ".join(f"{v} {k}" for k, v in report.summary().items()))
