"""Working days in Asia/Makassar: weekends and Indonesian public holidays skipped."""

from __future__ import annotations

import importlib.util
import logging
from datetime import date, datetime, time, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

log = logging.getLogger(__name__)


@cache
def _indonesia() -> Any:
    """The `holidays` package's calendar of Indonesia, without the other countries.

    `holidays.country_holidays("ID")` imports `holidays.countries`, whose `__init__` imports
    all 250 countries: 300 modules and about 27 MB of a serving process for one calendar
    (measured with /proc/self/status). The Indonesian module needs only the package's calendars
    and base classes, so it is loaded from its file on its own; if a release moves it, the
    whole registry is the fallback (same holidays, more memory).
    """
    # PLC0415: holidays loads only when a deadline is computed.
    import holidays  # noqa: PLC0415

    path = Path(holidays.__file__).parent / "countries" / "indonesia.py"
    spec = importlib.util.spec_from_file_location("aduan_holidays_indonesia", path)
    if not path.is_file() or spec is None or spec.loader is None:
        log.warning("holidays: %s not found; loading every country's calendar", path)
        return lambda years: holidays.country_holidays("ID", years=years)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Indonesia


@lru_cache(maxsize=16)
def _holidays(year: int) -> frozenset[date]:
    return frozenset(_indonesia()(years=year).keys())


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
