"""Working days in Asia/Makassar: weekends and Indonesian public holidays skipped."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays


@lru_cache(maxsize=16)
def _holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("ID", years=year).keys())


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a national public holiday."""
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(start: datetime, days: int, tz: str = "Asia/Makassar") -> datetime:
    """The end of the `days`-th working day after `start` (local time), as an aware datetime."""
    zone = ZoneInfo(tz)
    day = start.astimezone(zone).date()
    remaining = days
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return datetime.combine(day, time(23, 59, 59), tzinfo=zone)


def working_days_between(start: datetime, end: datetime, tz: str = "Asia/Makassar") -> int:
    """Whole working days from the day of `start` to the day of `end` (0 on the same day)."""
    zone = ZoneInfo(tz)
    day, last = start.astimezone(zone).date(), end.astimezone(zone).date()
    count = 0
    while day < last:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count
