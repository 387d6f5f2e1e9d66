"""The accountability figures: the satisfaction index (IKM) and the public complaint statistics.

IKM (PermenPANRB 14/2017): for each of the nine elements the mean of the answers (NRR, 1-4),
their equally weighted sum (weight 1/9 each), times 25: a value on the 25-100 scale, graded
A 88.31-100, B 76.61-88.30, C 65.00-76.60, D 25.00-64.99. Computed with exact fractions and
rounded half up to two decimals once, at the end, so a grade boundary is never missed by a float.

Public statistics are aggregates only: a cell counting 1 to 4 complaints (or respondents) is
suppressed, and when a breakdown would hide a single cell its smallest other non-zero cell is
hidden too, so the total cannot give it back. The database counts (store/stats.py); the pages,
their cache and the CSV are the desk's (desk/stats.py). See docs/accountability.md.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

from accountability.questions import ELEMENTS
from core.workdays import working_days_between
from settings.root import Settings
from store import stats as stats_queries
from store.db import Session

MIN_CELL = 5
GRADES = (("A", Decimal("88.31")), ("B", Decimal("76.61")), ("C", Decimal("65.00")))
GRADE_NAMES = {"A": "Sangat Baik", "B": "Baik", "C": "Kurang Baik", "D": "Tidak Baik"}
_PERIOD = re.compile(r"^(?P<year>\d{4})(?:-(?:Q(?P<q>[1-4])|S(?P<s>[12])|(?P<m>0[1-9]|1[0-2])))?$")


class PeriodError(ValueError):
    """A period that is not YYYY, YYYY-Qn, YYYY-Sn or YYYY-MM."""


@dataclass(frozen=True)
class Period:
    """A reporting period: local calendar days [first, end) in the service zone."""

    label: str
    first: date
    end: date

    def bounds(self, tz: str) -> tuple[datetime, datetime]:
        """The period as aware datetimes (start inclusive, end exclusive)."""
        zone = ZoneInfo(tz)
        return datetime.combine(self.first, time(), zone), datetime.combine(self.end, time(), zone)


def parse_period(text: str) -> Period:
    """`2026`, `2026-Q3` (quarter), `2026-S1` (semester) or `2026-07` (month)."""
    found = _PERIOD.match(text.strip().upper())
    if not found:
        raise PeriodError(f"period {text!r}: use YYYY, YYYY-Qn, YYYY-Sn or YYYY-MM")
    year = int(found["year"])
    if found["q"]:
        start, months = 3 * (int(found["q"]) - 1) + 1, 3
    elif found["s"]:
        start, months = 6 * (int(found["s"]) - 1) + 1, 6
    elif found["m"]:
        start, months = int(found["m"]), 1
    else:
        start, months = 1, 12
    end_month = start + months
    end = date(year + 1, 1, 1) if end_month > 12 else date(year, end_month, 1)
    return Period(text.strip().upper(), date(year, start, 1), end)


@dataclass(frozen=True)
class Ikm:
    """The index of a set of completed surveys."""

    respondents: int
    means: tuple[Decimal, ...]  # NRR per element, 1-4, two decimals (shown, not used to sum)
    value: Decimal  # 25-100, two decimals
    grade: str

    @property
    def grade_name(self) -> str:
        """The quality of service the grade stands for."""
        return GRADE_NAMES[self.grade]


def _two(value: Fraction) -> Decimal:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade(value: Decimal) -> str:
    """The quality grade of an IKM on the 25-100 scale (already rounded to two decimals)."""
    return next((g for g, floor in GRADES if value >= floor), "D")


def ikm(answers: Iterable[Sequence[int]]) -> Ikm | None:
    """IKM of complete answer sets (nine values 1-4 each); None without respondents."""
    rows = [tuple(a) for a in answers if len(a) == len(ELEMENTS)]
    if not rows:
        return None
    n = len(rows)
    means = [Fraction(sum(r[i] for r in rows), n) for i in range(len(ELEMENTS))]
    value = _two(25 * sum(means, Fraction(0)) / len(ELEMENTS))
    return Ikm(n, tuple(_two(m) for m in means), value, grade(value))


def survey_answers(
    session: Session, start: datetime, end: datetime, sections: Sequence[str] | None = None
) -> dict[str, list[list[int]]]:
    """Completed surveys' answers per section, finished within [start, end)."""
    return stats_queries.survey_answers(session, start, end, sections)


def ikm_by_section(
    session: Session, start: datetime, end: datetime, sections: Sequence[str] | None = None
) -> tuple[dict[str, Ikm], Ikm | None]:
    """IKM of each section with respondents, and over all of them."""
    found = survey_answers(session, start, end, sections)
    per = {s: i for s, rows in found.items() if (i := ikm(rows)) is not None}
    return per, ikm(r for rows in found.values() for r in rows)


def comments(
    session: Session, sections: Sequence[str], start: datetime, end: datetime, limit: int = 200
) -> list[tuple[datetime, str, str]]:
    """(finished, section, comment) of the sections' surveys in the period, newest first."""
    return stats_queries.comments(session, sections, start, end, limit)


# ---- public statistics ---------------------------------------------------------------------


def suppress(cells: dict[str, int]) -> dict[str, int | None]:
    """Counts of 1-4 hidden (None); one hidden cell takes the smallest other one with it."""
    out: dict[str, int | None] = {
        k: (v if v == 0 or v >= MIN_CELL else None) for k, v in cells.items()
    }
    hidden = [k for k, v in out.items() if v is None]
    shown = sorted((v, k) for k, v in out.items() if v)
    if len(hidden) == 1 and shown:
        out[shown[0][1]] = None
    return out


def _median(counts: Counter[int]) -> float | None:
    """The median of values given as value -> how many times (statistics.median's answer)."""
    n = sum(counts.values())
    if n < MIN_CELL:
        return None
    middle: list[int] = []
    seen = 0
    for value in sorted(counts):
        before, seen = seen, seen + counts[value]
        # The values at 0-based positions (n - 1) // 2 and n // 2: one value when n is odd.
        middle += [value] * sum(1 for pos in {(n - 1) // 2, n // 2} if before <= pos < seen)
    return round(float(statistics.median(middle)), 1)


def _working_days(days: Counter[tuple[date, date]], tz: str) -> Counter[int]:
    """Working days between each (first, last) local day, weighted by how many complaints."""
    zone = ZoneInfo(tz)
    out: Counter[int] = Counter()
    for (first, last), n in days.items():
        noon = (datetime.combine(first, time(12), zone), datetime.combine(last, time(12), zone))
        out[working_days_between(*noon, tz)] += n
    return out


def _weeks(period: Period, until: date) -> list[str]:
    day, out = period.first, []
    last = min(period.end - timedelta(days=1), until)
    while day <= last:
        year, week, _ = day.isocalendar()
        key = f"{year}-W{week:02d}"
        if key not in out:
            out.append(key)
        day += timedelta(days=1)
    return out


@dataclass(frozen=True)
class _Figures:
    """The period's complaint figures, read with GROUP BY: memory and Python work per group."""

    by_section_channel: dict[tuple[str, str], int]
    decided: int
    within: int
    by_day: dict[date, int]
    resolution_days: Counter[int]
    first_response_days: Counter[int]


def _figures(session: Session, start: datetime, end: datetime, now: datetime, tz: str) -> _Figures:
    found = stats_queries.complaint_counts(session, start, end, now, tz)
    return _Figures(found.by_section_channel, found.decided, found.within, found.by_day,
                    _working_days(found.resolved, tz),
                    _working_days(found.first_replies, tz))  # fmt: skip


def public_stats(
    session: Session, settings: Settings, period: Period, now: datetime
) -> dict[str, Any]:
    """Every public figure of a period, small cells suppressed (see the module docstring).

    Counted by the database (GROUP BY section and channel, local day, pairs of local days), so
    the work in Python grows with the groups, not with the complaints.
    """
    tz = settings.service.timezone
    start, end = period.bounds(tz)
    found = _figures(session, start, end, now, tz)
    zone = ZoneInfo(tz)
    sections = [s.id for s in settings.sections]
    by_section = dict.fromkeys(sections, 0)
    channels: Counter[str] = Counter()
    # A section no longer configured keeps its complaints, listed after the rest.
    for (section, channel), n in sorted(found.by_section_channel.items()):
        by_section[section] = by_section.get(section, 0) + n
        channels[channel] += n
    total = sum(by_section.values())
    by_week = Counter({w: 0 for w in _weeks(period, now.astimezone(zone).date())})
    for day, n in found.by_day.items():
        by_week["{}-W{:02d}".format(*day.isocalendar()[:2])] += n
    decided = found.decided
    per_ikm, overall = ikm_by_section(session, start, end)
    section_counts = suppress(by_section)
    by_channel = suppress(dict(channels))
    return {
        "period": {"label": period.label, "from": period.first.isoformat(),
                   "to": (period.end - timedelta(days=1)).isoformat()},
        "min_cell": MIN_CELL,
        "total": total if total == 0 or total >= MIN_CELL else None,
        "by_section": [
            {"section": s, "name": settings.section_name(s), "complaints": section_counts[s],
             **_ikm_cell(per_ikm.get(s))}
            for s in by_section
        ],
        "by_channel": [{"channel": k, "complaints": v} for k, v in sorted(by_channel.items())],
        "by_week": [{"week": k, "complaints": v} for k, v in suppress(dict(by_week)).items()],
        "within_standard": {
            "decided": decided if decided >= MIN_CELL else None,
            "share": round(found.within / decided, 3) if decided >= MIN_CELL else None,
        },
        "median_working_days_first_response": _median(found.first_response_days),
        "median_working_days_resolution": _median(found.resolution_days),
        "ikm": _ikm_cell(overall),
    }  # fmt: skip


def _ikm_cell(found: Ikm | None) -> dict[str, Any]:
    if found is None or found.respondents < MIN_CELL:
        return {"ikm": None, "grade": None, "respondents": None if found else 0}
    return {"ikm": float(found.value), "grade": found.grade, "respondents": found.respondents}
