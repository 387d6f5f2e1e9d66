"""`aduan officer add|list|disable|enable|unlock`: desk accounts from the command line."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from desk.auth import unlock
from desk.officers import OfficerError, add_officer, list_officers, set_active
from service.cli_common import settings_or_exit
from service.cli_errors import CliError
from settings.root import Settings
from store.db import Store
from store.migrate import SchemaOutdated, ensure_schema

officer_app = typer.Typer(help="Desk accounts and roles.", no_args_is_help=True)
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="config file (default: $ADUAN_CONFIG or ./config.yaml)"),
]


def _ask_password() -> str:
    """The new account's password, typed twice without echo (the prompts in Indonesian)."""
    first = getpass.getpass("Kata sandi: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise CliError("kedua kata sandi tidak sama -- jalankan perintahnya lagi")
    return first


def _open(config: Path | None) -> tuple[Settings, Store]:
    settings = settings_or_exit(config)
    store = Store(settings.database.url)
    try:
        ensure_schema(store, auto_upgrade=store.is_sqlite)
    except SchemaOutdated as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    return settings, store


@officer_app.command("add")
def add(
    username: Annotated[str, typer.Argument(help="login name: lower-case letters, digits, . - _")],
    section: Annotated[
        list[str] | None, typer.Option("--section", "-s", help="section id (repeatable)")
    ] = None,
    role: Annotated[
        Literal["officer", "supervisor", "admin"], typer.Option(help="what the account may do")
    ] = "officer",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="read the password from standard input")
    ] = False,
    email: Annotated[str | None, typer.Option(help="for overdue alerts (supervisors)")] = None,
    telegram: Annotated[
        str | None, typer.Option(help="Telegram chat id, for overdue alerts (supervisors)")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Create a desk account (the password is asked for, or read with --password-stdin)."""
    settings, store = _open(config)
    password = sys.stdin.readline().rstrip("\r\n") if password_stdin else _ask_password()
    known = [s.id for s in settings.sections]
    try:
        officer = add_officer(
            store, username, password, role, section or [], known, email, telegram
        )
    except OfficerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    finally:
        store.dispose()
    where = ", ".join(officer.sections) or ("semua bagian" if role == "supervisor" else "-")
    typer.echo(f"ok: {officer.username} ({officer.role}) {where}")


@officer_app.command("list")
def list_(config: ConfigOpt = None) -> None:
    """Every desk account with its role, sections and state."""
    _settings, store = _open(config)
    try:
        for o in list_officers(store):
            state = "aktif" if o.active else "nonaktif"
            last = o.last_login_at.isoformat(timespec="minutes") if o.last_login_at else "-"
            sections = ",".join(o.sections) or "-"
            typer.echo(f"{o.username}\t{o.role}\t{sections}\t{state}\tlogin terakhir {last}")
    finally:
        store.dispose()


@officer_app.command("disable")
def disable(username: str, config: ConfigOpt = None) -> None:
    """Disable an account and end its sessions."""
    _toggle(username, False, config)


@officer_app.command("enable")
def enable(username: str, config: ConfigOpt = None) -> None:
    """Enable a disabled account again."""
    _toggle(username, True, config)


@officer_app.command("unlock")
def unlock_cmd(username: str, config: ConfigOpt = None) -> None:
    """Lift the login lockouts of an account, from every address."""
    _settings, store = _open(config)
    try:
        lifted = unlock(store, username)
    finally:
        store.dispose()
    typer.echo(f"ok: {lifted} penguncian dibuka untuk {username.strip().lower()}")


def _toggle(username: str, active: bool, config: Path | None) -> None:
    _settings, store = _open(config)
    try:
        officer = set_active(store, username, active)
    except OfficerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    finally:
        store.dispose()
    typer.echo(f"ok: {officer.username} {'aktif' if active else 'nonaktif'}")
