"""`aduan skm report`: the satisfaction survey's official report (PermenPANRB 14/2017)."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ingest.cli_common import ConfigOption, settings_or_exit
from ingest.cli_errors import refuse_binary_on_terminal
from ingest.settings import Settings

skm_app = typer.Typer(help="Satisfaction survey (SKM) and its index (IKM).")


def report_rows(settings: Settings, period: str, section: str | None) -> list[list[Any]]:
    """The report as a table: per section (then overall) each element's NRR, the IKM, grade."""
    from desk.stats import ikm_by_section, parse_period
    from ingest.survey import ELEMENTS
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
    fmt: Annotated[str, typer.Option("--format", help="csv or xlsx")] = "csv",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="file (xlsx)")] = None,
    config: ConfigOption = None,
) -> None:
    """IKM per section and overall for a period, with each element's mean and respondents."""
    from desk.stats import PeriodError

    settings = settings_or_exit(config)
    if fmt not in ("csv", "xlsx"):
        typer.echo("error: --format must be csv or xlsx", err=True)
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
    data = _xlsx(rows) if fmt == "xlsx" else _csv(rows).encode()
    if output is not None:
        output.write_bytes(data)
        typer.echo(f"written: {output}", err=True)
    elif fmt == "xlsx":
        sys.stdout.buffer.write(data)
    else:
        typer.echo(data.decode(), nl=False)


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
