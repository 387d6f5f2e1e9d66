"""/statistik's figures counted by the database equal the same figures counted row by row in
Python (the way they were computed before), in the service zone and in zones with daylight
saving or half-hour offsets, on both backends."""

from __future__ import annotations

import random
import statistics
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert

from accountability.statistics import Period, _median, _weeks, parse_period, public_stats, suppress
from core.workdays import working_days_between
from settings.root import Settings
from store.db import Store
from store.models import Citizen, Complaint, Outbox

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


def reference(rows: list[dict[str, Any]], replies: dict[int, datetime], settings: Settings,
              period: Period) -> dict[str, Any]:  # fmt: skip
    """The figures of the rows in the period, one row at a time."""
    tz = settings.service.timezone
    zone = ZoneInfo(tz)
    start, end = period.bounds(tz)
    inside = [r for r in rows if start <= r["created_at"] < end]
    by_section = dict.fromkeys((s.id for s in settings.sections), 0)
    for r in inside:
        by_section[r["section"]] = by_section.get(r["section"], 0) + 1
    weeks = Counter(
        "{}-W{:02d}".format(*r["created_at"].astimezone(zone).isocalendar()[:2]) for r in inside
    )
    decided = [r for r in inside if r["closed_at"] or (r["due_at"] and r["due_at"] < NOW)]
    within = [
        r for r in decided if r["closed_at"] and r["due_at"] and r["closed_at"] <= r["due_at"]
    ]
    firsts = [working_days_between(r["created_at"], replies[r["id"]], tz)
              for r in inside if r["id"] in replies]  # fmt: skip
    ends = [working_days_between(r["created_at"], r["closed_at"], tz)
            for r in inside if r["closed_at"]]  # fmt: skip

    def median(values: list[int]) -> float | None:
        return round(float(statistics.median(values)), 1) if len(values) >= 5 else None

    return {
        "total": len(inside),
        "by_section": suppress(by_section),
        "by_channel": suppress(dict(Counter(r["channel"] for r in inside))),
        "weeks": suppress(
            dict(Counter(dict.fromkeys(_weeks(period, NOW.astimezone(zone).date()), 0)) + weeks)
        )
        | {},
        "decided": len(decided),
        "share": round(len(within) / len(decided), 3) if len(decided) >= 5 else None,
        "first": median(firsts),
        "resolution": median(ends),
    }


def fill(store: Store, settings: Settings) -> tuple[list[dict[str, Any]], dict[int, datetime]]:
    """300 complaints over 2026, many near midnight and near daylight-saving changes."""
    rnd = random.Random(5)
    sections = [*(s.id for s in settings.sections[:4]), "retired_section"]
    rows, replies = [], {}
    for i in range(1, 301):
        day = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=rnd.randrange(334))
        if i % 3 == 0:  # around the March and October changes
            day = datetime(
                2026, rnd.choice((3, 10)), rnd.choice((24, 25, 26, 27, 28, 29)), tzinfo=UTC
            )
        created = day + timedelta(hours=rnd.choice((0, 1, 15, 16, 17, 22, 23)),
                                  minutes=rnd.choice((0, 29, 31, 59)))  # fmt: skip
        closed = created + timedelta(hours=rnd.randrange(1, 400)) if rnd.random() < 0.6 else None
        rows.append({
            "id": i, "tracking_code": f"KK-T{i:04d}-AAAAA", "citizen_id": 1, "channel":
            rnd.choice(("sms", "email", "web")), "section": rnd.choice(sections),
            "status": "ditutup" if closed else "baru", "text": "x", "decision": {},
            "created_at": created, "updated_at": created, "last_message_at": created,
            "due_at": None if i % 17 == 0 else created + timedelta(days=rnd.randrange(1, 20)),
            "closed_at": closed,
        })  # fmt: skip
        if rnd.random() < 0.5:
            replies[i] = created + timedelta(hours=rnd.randrange(1, 300))
    with store.write() as s:
        s.connection().execute(insert(Citizen), [{"id": 1, "name": "A", "created_at": NOW}])
        s.connection().execute(insert(Complaint), rows)
        outbox = [{"complaint_id": i, "channel": "sms", "recipient": "x", "kind": "reply",
                   "text": "ok", "automatic": False, "created_at": at + timedelta(hours=h)}
                  for i, at in replies.items() for h in (0, 30)]  # fmt: skip
        ack = {"complaint_id": 2, "channel": "sms", "recipient": "x", "kind": "ack", "text": "ok"}
        outbox.append({**ack, "automatic": True, "created_at": rows[1]["created_at"]})
        for o in outbox:
            s.add(Outbox.model_validate(o))
    return rows, replies


# The service's zone; one with daylight saving; one whose saving shifts by half an hour.
@pytest.mark.parametrize("tz", ["Asia/Makassar", "Europe/Berlin", "Australia/Lord_Howe"])
def test_database_counts_equal_row_by_row(store: Store, settings: Settings, tz: str) -> None:
    rows, replies = fill(store, settings)
    settings.service.timezone = tz
    for label in ("2026", "2026-Q1", "2026-10", "2026-S2"):
        period = parse_period(label)
        want = reference(rows, replies, settings, period)
        with store.read() as s:
            got = public_stats(s, settings, period, NOW)
        sections = {r["section"]: r["complaints"] for r in got["by_section"]}
        assert got["total"] == want["total"] and sections == want["by_section"], (tz, label)
        assert list(sections)[-1] == "retired_section"
        assert {r["channel"]: r["complaints"] for r in got["by_channel"]} == want["by_channel"]
        assert {r["week"]: r["complaints"] for r in got["by_week"]} == want["weeks"], (tz, label)
        assert got["within_standard"] == {"decided": want["decided"], "share": want["share"]}
        assert got["median_working_days_first_response"] == want["first"], (tz, label)
        assert got["median_working_days_resolution"] == want["resolution"], (tz, label)


def test_median_of_counts_is_the_median_of_the_values() -> None:
    rnd = random.Random(1)
    for _ in range(300):
        values = [rnd.randrange(12) for _ in range(rnd.randrange(1, 40))]
        want = round(float(statistics.median(values)), 1) if len(values) >= 5 else None
        assert _median(Counter(values)) == want, values
