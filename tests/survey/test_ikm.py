"""IKM arithmetic (PermenPANRB 14/2017) against a worked example, grade boundaries, periods."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from accountability.statistics import PeriodError, grade, ikm, parse_period, suppress

# Six respondents, nine elements each (U1..U9), worked by hand in docs/accountability.md:
# element sums 20 20 16 24 19 20 21 16 19 = 175; IKM = 25 x (175 / 6) / 9 = 81.0185... -> 81.02 (B)
WORKED = [
    [4, 4, 3, 4, 3, 3, 4, 3, 3],
    [3, 3, 3, 4, 3, 3, 3, 3, 3],
    [4, 3, 2, 4, 3, 4, 4, 3, 3],
    [3, 3, 3, 4, 4, 3, 3, 2, 3],
    [4, 4, 3, 4, 3, 4, 4, 3, 4],
    [2, 3, 2, 4, 3, 3, 3, 2, 3],
]


def test_worked_example() -> None:
    found = ikm(WORKED)
    assert found is not None
    assert found.respondents == 6
    assert [str(m) for m in found.means] == [
        "3.33", "3.33", "2.67", "4.00", "3.17", "3.33", "3.50", "2.67", "3.17",
    ]  # fmt: skip
    assert found.value == Decimal("81.02")
    assert (found.grade, found.grade_name) == ("B", "Baik")


def test_all_fours_is_100_and_all_ones_is_25() -> None:
    top, bottom = ikm([[4] * 9] * 5), ikm([[1] * 9])
    assert top is not None and bottom is not None
    assert (top.value, top.grade) == (Decimal("100.00"), "A")
    assert (bottom.value, bottom.grade) == (Decimal("25.00"), "D")


def test_incomplete_answer_sets_do_not_count() -> None:
    assert ikm([]) is None
    assert ikm([[4, 4, 4]]) is None
    found = ikm([[4] * 9, [1, 1, 1]])
    assert found is not None and found.respondents == 1


@pytest.mark.parametrize(
    ("value", "expect"),
    [
        ("100.00", "A"), ("88.31", "A"), ("88.30", "B"), ("76.61", "B"), ("76.60", "C"),
        ("65.00", "C"), ("64.99", "D"), ("25.00", "D"),
    ],
)  # fmt: skip
def test_grade_boundaries(value: str, expect: str) -> None:
    assert grade(Decimal(value)) == expect


def test_exact_arithmetic_rounds_half_up_onto_the_boundary() -> None:
    # 5,000 respondents whose answers total 158,949: IKM = 25 x 158949 / 45000 = 88.305 exactly,
    # which rounds half up to 88.31 (grade A). (The regulation's printed weight 0.111 instead of
    # 1/9 would give 88.22, grade B: we weigh equally, as the issue asks; see the docs.)
    values = [3] * 21051 + [4] * (45000 - 21051)
    rows = [values[i : i + 9] for i in range(0, 45000, 9)]
    assert sum(values) == 158949
    found = ikm(rows)
    assert found is not None
    assert (found.value, found.grade) == (Decimal("88.31"), "A")


@pytest.mark.parametrize(
    ("text", "first", "end"),
    [
        ("2026-Q3", date(2026, 7, 1), date(2026, 10, 1)),
        ("2026-q4", date(2026, 10, 1), date(2027, 1, 1)),
        ("2026", date(2026, 1, 1), date(2027, 1, 1)),
        ("2026-S2", date(2026, 7, 1), date(2027, 1, 1)),
        ("2026-02", date(2026, 2, 1), date(2026, 3, 1)),
    ],
)
def test_periods(text: str, first: date, end: date) -> None:
    period = parse_period(text)
    assert (period.first, period.end) == (first, end)


@pytest.mark.parametrize("text", ["2026-Q5", "26", "2026-13", "Q3-2026", ""])
def test_bad_periods_are_refused(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text)


def test_suppression_hides_small_cells_and_one_more_when_alone() -> None:
    assert suppress({"a": 6, "b": 5, "c": 2, "d": 0}) == {"a": 6, "b": None, "c": None, "d": 0}
    assert suppress({"a": 9, "b": 3, "c": 1}) == {"a": 9, "b": None, "c": None}
    assert suppress({"a": 9, "b": 5}) == {"a": 9, "b": 5}
    assert suppress({"a": 4}) == {"a": None}
