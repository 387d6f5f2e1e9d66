"""The `aduan` command line's one boundary for errors: every known error is one line that says
what to do, and a non-zero exit; never a traceback. The line is English, or Indonesian with
ADUAN_LANG=id. Also the help, made for people: no Python type names next to the options."""

from __future__ import annotations

import os
import sys
from typing import Any

import typer

from store.db import OperationalError, ProgrammingError
from store.migrate import SchemaOutdated

# Usage errors exit 2 (typer's own answer); known failures exit 1.
FAILED = 1
NO_SCHEMA = ("no such table", "does not exist", "undefinedtable")


MESSAGES = {
    "outdated": ("{exc}",
                 "skema basis data lebih lama dari kode ini -- jalankan: aduan db upgrade "
                 "({exc})"),
    "no_schema": ("the database has no aduan tables yet (or old ones) -- run: aduan db upgrade",
                  "basis data belum berisi tabel aduan (atau versinya lama) -- "
                  "jalankan: aduan db upgrade"),
    "no_sqlite": ("cannot open the SQLite file in database.url -- does its folder exist?",
                  "berkas SQLite di database.url tidak dapat dibuka -- apakah foldernya ada?"),
    "unreachable": ("cannot reach the database ({first}) -- check database.url and that it "
                    "is running",
                    "basis data tidak dapat dihubungi ({first}) -- periksa database.url dan "
                    "apakah servernya berjalan"),
    "no_file": ("{name}: no such file -- check the path",
                "{name}: berkas tidak ada -- periksa jalurnya"),
    "folder": ("{name}: is a folder, not a file -- give a file",
               "{name}: ini folder, bukan berkas -- berikan sebuah berkas"),
    "denied": ("{name}: permission denied -- check the file's owner and mode",
               "{name}: akses ditolak -- periksa pemilik dan izin berkas"),
    "not_utf8": ("the file is not UTF-8 text -- save it as UTF-8 and try again",
                 "berkas bukan teks UTF-8 -- simpan sebagai UTF-8 lalu coba lagi"),
    "binary": ("{what} is binary and stdout is a terminal -- add -o FILE or redirect >",
               "{what} berupa data biner dan keluaran adalah terminal -- tambahkan -o BERKAS "
               "atau alihkan dengan >"),
    "bad_dataset": ("{reason} -- each line needs text and section",
                    "{reason} -- setiap baris perlu text dan section"),
    "below": ("accuracy {got:.1%} on {dataset} is below --min-accuracy {bar:.1%} -- fix the "
              "rules (see the mistakes above) or lower the bar",
              "akurasi {got:.1%} pada {dataset} di bawah --min-accuracy {bar:.1%} -- perbaiki "
              "aturannya (lihat kesalahan di atas) atau turunkan batasnya"),
}  # fmt: skip
PREFIX = {"en": "error", "id": "galat"}


def language() -> str:
    """The operator's language for these lines: ADUAN_LANG=id for Indonesian, else English."""
    return "id" if os.environ.get("ADUAN_LANG", "").lower().startswith("id") else "en"


def say(key: str, **values: object) -> str:
    """One message of MESSAGES in the operator's language."""
    english, indonesian = MESSAGES[key]
    return (indonesian if language() == "id" else english).format(**values)


class CliError(Exception):
    """A known failure of a command, with the message that says how to fix it."""


def describe(exc: BaseException) -> str | None:
    """The one line for a known error, or None for a bug (which keeps its traceback)."""
    if isinstance(exc, CliError):
        return str(exc)
    if isinstance(exc, SchemaOutdated):
        return say("outdated", exc=exc)
    if isinstance(exc, OperationalError | ProgrammingError):
        return _database(exc)
    return _file(exc) if isinstance(exc, OSError | UnicodeDecodeError) else None


def _file(exc: OSError | UnicodeDecodeError) -> str | None:
    if isinstance(exc, UnicodeDecodeError):
        return say("not_utf8")
    kinds = ((FileNotFoundError, "no_file"), (IsADirectoryError, "folder"),
             (PermissionError, "denied"))  # fmt: skip
    for kind, key in kinds:
        if isinstance(exc, kind):
            return say(key, name=exc.filename)
    return None


def _database(exc: OperationalError | ProgrammingError) -> str:
    text = str(exc.orig).lower()
    if any(words in text for words in NO_SCHEMA):
        return say("no_schema")
    if "unable to open database file" in text:
        return say("no_sqlite")
    first = str(exc.orig).strip().splitlines()[0][:200] if str(exc.orig).strip() else "?"
    return say("unreachable", first=first)


def refuse_binary_on_terminal(what: str) -> None:
    """Binary output (a spreadsheet, say) is not written to a terminal: ask for -o instead."""
    if sys.stdout.isatty():
        raise CliError(say("binary", what=what))


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
        typer.echo(f"{PREFIX[language()]}: {line}", err=True)
        sys.exit(FAILED)
