"""The one CSV writer of aduan (desk export, statistics, `aduan complaints export`): cells a
spreadsheet would run as a formula get a leading apostrophe (OWASP, CSV injection)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral(value: Any) -> Any:
    """A text cell that cannot start a formula; other values as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeWriter:
    """csv.writer whose every text cell is neutralised."""

    def __init__(self, out: TextIO, fieldnames: Sequence[str] | None = None) -> None:
        self._writer = csv.writer(out)
        self.fieldnames = fieldnames

    def writerow(self, row: Iterable[Any]) -> None:
        """One row of cells."""
        self._writer.writerow([neutral(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        """Several rows."""
        for row in rows:
            self.writerow(row)

    def writeheader(self) -> None:
        """The field names (for dict rows)."""
        assert self.fieldnames is not None
        self.writerow(self.fieldnames)

    def writedict(self, row: Mapping[str, Any]) -> None:
        """One dict row in the order of the field names (missing keys empty)."""
        assert self.fieldnames is not None
        self.writerow("" if row.get(k) is None else row[k] for k in self.fieldnames)
