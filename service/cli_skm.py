"""`aduan skm report`: the satisfaction survey's official report (PermenPANRB 14/2017)."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from service.cli_common import ConfigOption, settings_or_exit
from service.cli_errors import refuse_binary_on_terminal
from settings.root import Settings

FORMAT_HELP = (
    "table, csv, json or xlsx (default: a table on a terminal, csv into a pipe or a file, "
    "xlsx into a .xlsx file)"
)
skm_app = typer.Typer(help="Satisfaction survey (SKM) and its index (IKM).")


def report_rows(settings: Settings, period: str, section: str | None) -> list[list[Any]]:
    """The report as a table: per section (then overall) each element's NRR, the IKM, grade."""
    from accountability.questions import ELEMENTS
    from accountability.statistics import ikm_by_section, parse_period
    from store.db import Store

    found = parse_period(period)
    start, end = found.bounds(settings.service.timezone)
    sections = [section] if section else [s.id for s in settings.sections]
    with Store(settings.database.url).read() as session:
        per, overall = ikm_by_section(session, start, end, sections)
    header = ["periode", "bagian", "responden", *(f"{e.key} {e.name}" for e in ELEMENTS),
              "IKM", "mutu", "kinerja"]  # fmt: skip
    rows: list[list[Any]] = [header]
    named = [(s, settings.section_name(s)) for s in sections]
    if not section:
        named.append(("", "Sekretariat Daerah (semua bagian)"))
    for key, name in named:
        result = per.get(key) if key else overall
        if result is None:
            rows.append([found.label, name, 0, *([""] * len(ELEMENTS)), "", "", ""])
            continue
        rows.append([found.label, name, result.respondents, *(float(m) for m in result.means),
                     float(result.value), result.grade, result.grade_name])  # fmt: skip
    return rows


@skm_app.command("report")
def report(
    period: Annotated[str, typer.Option("--period", help="2026, 2026-Q3, 2026-S1 or 2026-07")],
    section: Annotated[str | None, typer.Option("--section", help="one section id")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help=FORMAT_HELP)] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="file (xlsx)")] = None,
    config: ConfigOption = None,
) -> None:
    """IKM per section and overall for a period, with each element's mean and respondents."""
    from accountability.statistics import PeriodError

    settings = settings_or_exit(config)
    fmt = fmt or _default_format(output)
    if fmt not in FORMATS:
        typer.echo(f"error: --format must be one of {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    if section and settings.section(section) is None:
        typer.echo(f"error: unknown section {section!r}", err=True)
        raise typer.Exit(2)
    try:
        rows = report_rows(settings, period, section)
    except PeriodError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if fmt == "xlsx" and output is None:
        refuse_binary_on_terminal("an xlsx workbook")
    if fmt == "table" and output is None:
        _table(rows)
        return
    data = _xlsx(rows) if fmt == "xlsx" else _text(fmt, rows).encode()
    if output is not None:
        output.write_bytes(data)
        typer.echo(f"written: {output}", err=True)
    elif fmt == "xlsx":
        sys.stdout.buffer.write(data)
    else:
        typer.echo(data.decode(), nl=False)


FORMATS = ("table", "csv", "json", "xlsx")
WIDE = 160


def _default_format(output: Path | None) -> str:
    """A table for a person at a terminal; csv for a pipe or a file; xlsx for a .xlsx file."""
    if output is not None:
        return "xlsx" if output.suffix.lower() == ".xlsx" else "csv"
    return "table" if sys.stdout.isatty() else "csv"


def _text(fmt: str, rows: list[list[Any]]) -> str:
    if fmt == "json":
        header, *body = rows
        return json.dumps([dict(zip(header, r, strict=True)) for r in body],
                          ensure_ascii=False, indent=2) + "\n"  # fmt: skip
    if fmt == "table":
        return _table(rows, to_text=True)
    return _csv(rows)


def _table(rows: list[list[Any]], to_text: bool = False) -> str:
    """The report as an aligned table (elements by their key, named below): printed, or
    returned as text for a file."""
    from rich.console import Console
    from rich.table import Table

    header, *body = rows
    table = Table(*(str(h).split(" ", 1)[0] if str(h)[:1] == "U" else str(h) for h in header))
    for row in body:
        table.add_row(*(f"{v:.2f}" if isinstance(v, float) else str(v) for v in row))
    legend = "  ".join(str(h) for h in header if str(h)[:1] == "U")
    if to_text:
        console = Console(width=WIDE, record=True, file=io.StringIO())
    else:  # the terminal's width; into a pipe, wide enough not to wrap the names
        console = Console(width=None if sys.stdout.isatty() else WIDE)
    console.print(table)
    console.print(legend, soft_wrap=True)
    return console.export_text() if to_text else ""


def _csv(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def _xlsx(rows: list[list[Any]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "IKM"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
