"""Working days: Indonesia's calendar loaded on its own is the registry's calendar."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime

import holidays
import pytest

from core import workdays


@pytest.mark.parametrize("year", [2024, 2025, 2026, 2030])
def test_indonesia_alone_is_the_registrys_calendar(year: int) -> None:
    alone = workdays._indonesia()(years=year)
    assert dict(alone) == dict(holidays.country_holidays("ID", years=year))


def test_a_public_holiday_is_not_a_working_day() -> None:
    assert not workdays.is_working_day(date(2026, 8, 17))  # Independence Day, a Monday
    assert workdays.is_working_day(date(2026, 8, 18))


def test_a_deadline_skips_the_weekend_and_the_holiday() -> None:
    friday = datetime(2026, 8, 14, 3, 0, tzinfo=UTC)  # 11:00 WITA
    due = workdays.add_working_days(friday, 1)
    assert due.date() == date(2026, 8, 18)  # Saturday, Sunday, Monday 17 August skipped


def test_the_other_countries_are_not_imported() -> None:
    code = (
        "import sys; from core.workdays import is_working_day; from datetime import date; "
        "is_working_day(date(2026, 1, 1)); "
        "print(sum(m.startswith('holidays.countries') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
