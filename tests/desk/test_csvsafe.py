"""The one CSV writer: formulas neutralised in every text cell, other values untouched."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.csvsafe import FORMULA_STARTS, SafeWriter, neutral


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_formula_cell_gets_an_apostrophe(start: str) -> None:
    assert neutral(start + "SUM(A1:A9)") == "'" + start + "SUM(A1:A9)"


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_no_written_cell_starts_a_formula(cells: list[str]) -> None:
    out = io.StringIO()
    SafeWriter(out).writerow(cells)
    (row,) = csv.reader(io.StringIO(out.getvalue(), newline=""))
    for written, given_cell in zip(row, cells, strict=True):
        assert not written.startswith(FORMULA_STARTS)
        assert written in (given_cell, "'" + given_cell)


def test_numbers_and_empty_cells_are_untouched() -> None:
    out = io.StringIO()
    SafeWriter(out).writerow([-5, "", None, "Jalan rusak"])
    assert out.getvalue() == "-5,,,Jalan rusak\r\n"
