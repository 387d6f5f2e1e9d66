"""Everything the parser rejects becomes a dead letter with its reason (mutated corpus)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from types import TracebackType
from typing import ClassVar

from sqlmodel import select

from channels.email.imap import Fetched
from channels.email.parse import ParseOptions, message_key, parse
from channels.email.settings import EmailSettings
from channels.errors import PayloadError
from ingest.channels.email import EmailPoller
from service.app import build_service
from settings.root import Settings
from store.db import Store
from store.models import DeadLetter, Message
from tests.channels.email.test_email_fuzz import CORPUS, mutate
from tests.conftest import Clock
from tests.ingest.test_email_poll import email_settings


class FakeMailbox:
    """An in-memory mailbox with the transport's interface (a fake, not a mock)."""

    messages: ClassVar[dict[int, bytes]] = {}

    def __init__(self, settings: EmailSettings) -> None:
        self.uidvalidity = 7
        self.can_idle = False
        self.marked: list[int] = []

    def __enter__(self) -> FakeMailbox:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    def uids_after(self, last: int) -> list[int]:
        return sorted(u for u in self.messages if u > last)

    def batches(self, uids: list[int], size: int, max_bytes: int) -> Iterator[list[Fetched]]:
        when = datetime(2024, 6, 15, tzinfo=UTC)
        for start in range(0, len(uids), size):
            chunk = uids[start : start + size]
            yield [Fetched(u, len(self.messages[u]), when, self.messages[u]) for u in chunk]

    def done(self, uids: list[int]) -> None:
        self.marked.extend(uids)

    def leftovers(self, last: int) -> list[int]:
        return []


def test_rejected_mutations_become_dead_letters_with_reasons(
    settings: Settings, store: Store, clock: Clock
) -> None:
    rng = random.Random(20240615)
    raws = [mutate(rng.choice(CORPUS), rng, rng.randrange(1, 10)) for _ in range(150)]
    raws += [b"\x00garbage", b"Subject: no sender\r\n\r\nx"]
    options = ParseOptions(own_domain="setda.kukarkab.go.id")
    rejected: set[str] = set()
    keys: set[str] = set()
    for raw in raws:
        try:
            keys.add(parse(raw, clock.now, options)[0].external_id)
        except PayloadError:
            rejected.add(message_key(raw))
    assert len(rejected) >= 2
    FakeMailbox.messages = {100 + i: raw for i, raw in enumerate(raws)}
    settings.channels.email = email_settings(1, "INBOX", batch_size=25)
    service = build_service(settings, store, clock=clock)
    report = EmailPoller(service.ctx, mailbox=FakeMailbox).poll_once()  # type: ignore[arg-type]
    assert report.fetched == len(raws)
    with store.read() as session:
        dead = session.exec(select(DeadLetter)).all()
        stored = session.exec(select(Message.external_id)).all()
    assert all(d.reason for d in dead)
    assert sorted(d.headers["key"] for d in dead) == sorted(rejected)  # each reject, once
    # A Message-ID a mutation reused under another sender is kept under a sender-scoped id.
    assert {s.split("#from:")[0] for s in stored} == keys
