"""The `aduan` command line's one boundary for errors: every known error is one line that says
what to do, and a non-zero exit; never a traceback. Also the help, made for people: no Python
type names next to the options."""

from __future__ import annotations

import sys
from typing import Any

import typer
from sqlalchemy.exc import OperationalError, ProgrammingError

from store.migrate import SchemaOutdated

# Usage errors exit 2 (typer's own answer); known failures exit 1.
FAILED = 1
NO_SCHEMA = ("no such table", "does not exist", "undefinedtable")


class CliError(Exception):
    """A known failure of a command, with the message that says how to fix it."""


def describe(exc: BaseException) -> str | None:
    """The one line for a known error, or None for a bug (which keeps its traceback)."""
    if isinstance(exc, CliError):
        return str(exc)
    if isinstance(exc, SchemaOutdated):
        return f"{exc} -- run: aduan db upgrade"
    if isinstance(exc, OperationalError | ProgrammingError):
        return _database(exc)
    return _file(exc) if isinstance(exc, OSError | UnicodeDecodeError) else None


def _file(exc: OSError | UnicodeDecodeError) -> str | None:
    if isinstance(exc, FileNotFoundError):
        return f"{exc.filename}: no such file -- check the path"
    if isinstance(exc, IsADirectoryError):
        return f"{exc.filename}: is a folder, not a file -- give a file"
    if isinstance(exc, PermissionError):
        return f"{exc.filename}: permission denied -- check the file's owner and mode"
    if isinstance(exc, UnicodeDecodeError):
        return "the file is not UTF-8 text -- save it as UTF-8 and try again"
    return None


def _database(exc: OperationalError | ProgrammingError) -> str:
    text = str(exc.orig).lower()
    if any(words in text for words in NO_SCHEMA):
        return "the database has no aduan tables yet (or old ones) -- run: aduan db upgrade"
    if "unable to open database file" in text:
        return "cannot open the SQLite file in database.url -- does its folder exist?"
    first = str(exc.orig).strip().splitlines()[0][:200] if str(exc.orig).strip() else "?"
    return f"cannot reach the database ({first}) -- check database.url and that it is running"


def refuse_binary_on_terminal(what: str) -> None:
    """Binary output (a spreadsheet, say) is not written to a terminal: ask for -o instead."""
    if sys.stdout.isatty():
        raise CliError(f"{what} is binary and stdout is a terminal -- add -o FILE or redirect >")


def humane_help(command: Any) -> Any:
    """Options show what to type (FILE, NUMBER, TEXT, the choices), never Python type names."""
    helper = command.get_help_option(typer.Context(command))
    for param in [*command.params, *([helper] if helper is not None else [])]:
        if param.param_type_name == "argument":
            # An argument is shown by its name; its type column gets the word, not the type.
            word = "" if param.metavar else _metavar(param.display_type(None))
            param.display_type_rich = lambda ctx, word=word: word
        elif param.metavar is None:
            flag = getattr(param, "is_flag", False) or getattr(param, "count", False)
            param.metavar = "" if flag else _metavar(param.display_type(None))
    for sub in getattr(command, "commands", {}).values():
        humane_help(sub)
    return command


def _metavar(shown: str) -> str:
    """What typer shows (`<path>`, `<list[str]>`, `<csv|xlsx>`) as a person reads it."""
    label = shown.strip("<>")
    many = label.startswith("list[")
    label = label.removeprefix("list[").removesuffix("]")
    if "|" in label:
        word = "[" + label + "]"
    else:
        word = {"path": "FILE", "file": "FILE", "int": "NUMBER", "float": "NUMBER",
                "datetime": "DATE", "bool": "yes|no"}.get(label, "TEXT")  # fmt: skip
    return word + ("..." if many else "")


def run(app: typer.Typer) -> None:
    """Run the command line; a known error is one line on stderr and exit status 1."""
    command = humane_help(typer.main.get_command(app))
    try:
        command(prog_name="aduan")
    except BrokenPipeError:
        sys.exit(0)  # `aduan complaints export | head`: the reader had enough
    except Exception as exc:
        line = describe(exc)
        if line is None:
            raise
        typer.echo(f"error: {line}", err=True)
        sys.exit(FAILED)
