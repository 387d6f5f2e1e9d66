"""The store functions the desk calls with its own rules: the scope of a viewer, a status change
that stamps, clears or keeps the closing time, tagging a block's audit events, a notice once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from store import audit, complaints, notices
from store.db import Store
from store.models import Citizen, Complaint, Event

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _complaints(store: Store, *sections: str) -> list[int]:
    with store.write() as session:
        citizen = Citizen(created_at=NOW)
        session.add(citizen)
        session.flush()
        assert citizen.id is not None
        rows = [
            Complaint(tracking_code=f"T-{i}", citizen_id=citizen.id, channel="sms", section=s,
                      text="jalan rusak", created_at=NOW, updated_at=NOW, last_message_at=NOW)
            for i, s in enumerate(sections)
        ]  # fmt: skip
        session.add_all(rows)
        session.flush()
        return [c.id for c in rows if c.id is not None]


def test_scope_is_every_section_none_or_the_listed_ones(store: Store) -> None:
    hukum, umum = _complaints(store, "hukum", "umum")
    with store.read() as session:
        assert complaints.visible_ids(session, complaints.scope(None), [hukum, umum]) == {
            hukum,
            umum,
        }
        assert complaints.visible_ids(session, complaints.scope(()), [hukum, umum]) == set()
        assert complaints.visible_ids(session, complaints.scope(["umum"]), [hukum, umum]) == {umum}
        assert complaints.visible(session, complaints.scope(["umum"]), hukum) is None


@pytest.mark.parametrize(
    ("closed", "expected"),
    [(True, NOW + timedelta(days=1)), (False, None), (None, NOW)],
    ids=["stamped", "cleared", "kept"],
)
def test_a_status_change_stamps_clears_or_keeps_the_closing_time(
    store: Store, closed: bool | None, expected: datetime | None
) -> None:
    (cid,) = _complaints(store, "umum")
    later = NOW + timedelta(days=1)
    with store.write() as session:
        found = session.get(Complaint, cid)
        assert found is not None
        found.closed_at = NOW
        complaints.set_status(session, found, "ditutup", later, closed)
    with store.read() as session:
        again = session.get(Complaint, cid)
        assert again is not None
        assert (again.status, again.updated_at, again.closed_at) == ("ditutup", later, expected)


def test_tagged_marks_only_the_complaints_events_of_the_block(store: Store) -> None:
    first, second = _complaints(store, "umum", "umum")
    with store.write() as session:
        audit.record(session, first, "ani", "note", {"text": "before"}, NOW)
        session.flush()
        with audit.tagged(session, first, {"bulk": "run-1"}):
            audit.record(session, first, "ani", "note", {"text": "in"}, NOW)
            audit.record(session, second, "ani", "note", {"text": "other"}, NOW)
    with store.read() as session:
        tagged = {
            e.detail["text"]: e.detail.get("bulk")
            for e in audit.trail(session, first) + audit.trail(session, second)
        }
    assert tagged == {"before": None, "in": "run-1", "other": None}


def test_tagged_tags_nothing_when_the_block_raises(store: Store) -> None:
    (cid,) = _complaints(store, "umum")
    with store.write() as session:
        with pytest.raises(ValueError), audit.tagged(session, cid, {"bulk": "run-1"}):
            audit.record(session, cid, "ani", "note", {"text": "in"}, NOW)
            raise ValueError("refused")
        new = [o for o in session.new if isinstance(o, Event)]
        assert [e.detail for e in new] == [{"text": "in"}]
        session.expunge_all()


def test_a_notice_is_recorded_once(store: Store) -> None:
    with store.write() as session:
        assert notices.first(session, "bulk", "run-1", NOW)
        assert not notices.first(session, "bulk", "run-1", NOW)
        assert notices.first(session, "bulk", "run-2", NOW)
