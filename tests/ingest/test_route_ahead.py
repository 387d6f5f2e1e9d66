"""Pipeline.route_ahead(): a batch routed before its transaction is stored as if routed in it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import select

from ingest.pipeline import ROUTED_AHEAD_MAX, Pipeline
from routing import Decision, Router
from settings.root import Settings
from store.db import Store
from store.models import Complaint
from tests.conftest import Clock
from tests.ingest.test_pipeline import sms


class CountingRouter:
    """The real router, counting the texts it routes."""

    def __init__(self, router: Router) -> None:
        self.router = router
        self.routed: list[str] = []

    def route(self, text: str, channel: str | None = None, sender: str | None = None) -> Decision:
        self.routed.append(text)
        return self.router.route(text, channel, sender)


@pytest.fixture
def router(settings: Settings) -> CountingRouter:
    return CountingRouter(Router.build(settings.routing, settings.sections))


@pytest.fixture
def pipeline(settings: Settings, store: Store, clock: Clock, router: CountingRouter) -> Pipeline:
    return Pipeline(settings, store, router, clock)


def decisions(store: Store) -> list[tuple[str, dict[str, Any]]]:
    with store.read() as s:
        rows = s.exec(select(Complaint).order_by(Complaint.id)).all()  # type: ignore[arg-type]
        return [(c.section, c.decision) for c in rows]


def test_a_batch_routed_ahead_is_routed_once_and_stored_the_same(
    settings: Settings, store: Store, clock: Clock, router: CountingRouter, pipeline: Pipeline
) -> None:
    texts = ["Gas elpiji 3 kg langka di pangkalan", "ANONIM jalan rusak berlubang di desa"]
    msgs = [sms(f"g:{i}", t, sender=f"+628125000{i:04d}") for i, t in enumerate(texts)]
    pipeline.route_ahead(msgs)
    assert len(router.routed) == 2
    assert router.routed[1] == "jalan rusak berlubang di desa"  # without the ANONIM keyword
    results = pipeline.accept_batch(msgs)
    assert [r.outcome for r in results] == ["created", "created"]
    assert len(router.routed) == 2  # the transaction took the decisions made ahead
    ahead = decisions(store)
    assert ahead[0][0] == "perekonomian"
    # The same texts from other senders, routed in the transaction: the same decisions.
    again = [sms(f"h:{i}", t, sender=f"+628125001{i:04d}") for i, t in enumerate(texts)]
    pipeline.accept_batch(again)
    assert len(router.routed) == 4
    assert decisions(store)[2:] == ahead


def test_status_commands_and_automatic_mail_are_not_routed_ahead(
    pipeline: Pipeline, router: CountingRouter
) -> None:
    pipeline.route_ahead([sms("g:1", "cek KK-7XQ2M-9PDK4"), sms("g:2", "x", automated=True)])
    assert router.routed == []


def test_decisions_not_taken_do_not_pile_up(pipeline: Pipeline, router: CountingRouter) -> None:
    msgs = [sms(f"g:{i}", f"jalan rusak nomor {i}") for i in range(ROUTED_AHEAD_MAX + 5)]
    pipeline.route_ahead(msgs)
    assert len(pipeline._ahead) == ROUTED_AHEAD_MAX
    assert ("jalan rusak nomor 0", "sms", msgs[0].sender) not in pipeline._ahead
