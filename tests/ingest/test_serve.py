"""Starting the service: schema checks, and the demo feed through the real pipeline."""

from __future__ import annotations

import pytest
from sqlmodel import col, func, select

from ingest.app import build_service
from ingest.serve import feed_demo
from ingest.settings import Settings
from store.db import Store
from store.migrate import SchemaOutdated, current_revision, ensure_schema, head_revision
from store.models import Complaint, Outbox


def test_outdated_schema_is_refused_with_the_command_to_run(db_url: str) -> None:
    empty = Store(db_url)
    try:
        with pytest.raises(SchemaOutdated, match="aduan db upgrade"):
            ensure_schema(empty, auto_upgrade=False)
        ensure_schema(empty, auto_upgrade=True)
        assert current_revision(empty) == head_revision()
        ensure_schema(empty, auto_upgrade=False)  # current: nothing to refuse
    finally:
        empty.dispose()


def test_demo_feeds_forty_routed_complaints(settings: Settings, store: Store) -> None:
    service = build_service(settings, store)
    assert feed_demo(service) == 40
    with store.read() as s:
        sections = s.exec(select(Complaint.section, func.count()).group_by(Complaint.section)).all()
        triage = s.exec(
            select(func.count()).select_from(Complaint).where(col(Complaint.needs_triage))
        ).one()
        acks = s.exec(select(func.count()).select_from(Outbox)).one()
    assert sum(n for _, n in sections) == 40
    assert len(sections) >= 10  # the samples cover most of the twelve sections
    assert triage <= 4
    assert acks == 20  # the SMS samples are acknowledged; the web form answers on the page
