"""The mailbox (imapclient's public API) against both IMAP servers: sizes before bodies, marks
only after the commit, MOVE or copy-delete-expunge, nothing deleted that was not copied, times in
UTC. Moved here from the removed pipelining tests and the public-API mailbox tests."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import pytest
from imapclient import IMAPClient

from channels.base import IncomingMessage
from channels.email.imap import Fetched, Mailbox
from channels.errors import TransientChannelError
from core.results import AcceptResult
from ingest.channels.email import EmailPoller
from ingest.pipeline import Cursor
from service.app import Service
from settings.root import Settings
from store.db import Store
from store.models import Complaint
from tests.conftest import Clock
from tests.ingest.test_email_poll import CORPUS, count, email_settings, imap, seed, service_for

PEOPLE = [
    "gmail_plain_indonesian", "iphone_base64", "yahoo_android_signature", "html_with_script",
    "android_samsung_signature", "latin1_label_cp1252_bytes", "rfc2047_subject_base64",
]  # fmt: skip


class Recorded(Mailbox):
    """The real mailbox, writing down each FETCH it asks for and each mark it makes."""

    log: list[tuple[str, Any]]

    def open(self) -> int:
        validity = super().open()
        client: IMAPClient = self._client
        fetch = client.fetch

        def recorded(uids: list[int], items: list[str]) -> Any:
            self.log.append(("fetch", (tuple(uids), tuple(items))))
            return fetch(uids, items)

        client.fetch = recorded
        return validity

    def batches(self, uids: list[int], size: int, max_bytes: int) -> Iterator[list[Fetched]]:
        for batch in super().batches(uids, size, max_bytes):
            self.log.append(("batch", tuple(f.uid for f in batch)))
            yield batch

    def done(self, uids: list[int]) -> None:
        self.log.append(("done", tuple(uids)))
        super().done(uids)


class NoMove(Mailbox):
    """The real mailbox, on a server that does not offer MOVE (RFC 6851)."""

    def open(self) -> int:
        validity = super().open()
        client: IMAPClient = self._client
        offered = client.has_capability
        client.has_capability = lambda cap: cap != "MOVE" and offered(cap)
        return validity


def test_sizes_before_bodies_and_marks_only_after_the_commit(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    seed(imap_port, folder, PEOPLE)  # 7 messages in batches of 2: 4 batches
    service = service_for(settings, store, clock, email_settings(imap_port, folder, batch_size=2))
    log: list[tuple[str, Any]] = []
    Recorded.log = log
    pipeline = service.ctx.pipeline
    accept_batch = pipeline.accept_batch

    def recording(
        msgs: Sequence[IncomingMessage], cursor: Cursor | None = None, *, wait: bool = True
    ) -> list[AcceptResult]:
        assert cursor is not None
        log.append(("commit", int(cursor.value.split(":")[1])))
        return accept_batch(msgs, cursor, wait=wait)

    pipeline.accept_batch = recording  # type: ignore[method-assign]
    report = EmailPoller(service.ctx, mailbox=Recorded).poll_once()
    assert report.outcomes == {"created": len(PEOPLE)}

    committed = [uid for kind, uid in log if kind == "commit"]
    assert committed == sorted(committed) and len(committed) == 4  # the cursor only moves on
    fetches = [what for kind, what in log if kind == "fetch"]
    for n, (uids, items) in enumerate(fetches):  # sizes first: a body only once its size is read
        if "BODY.PEEK[]" in items:
            sized = [set(u) for u, i in fetches[:n] if "RFC822.SIZE" in i]
            assert any(set(uids) <= s for s in sized), (uids, fetches[:n])
    assert sum("BODY.PEEK[]" in items for _, items in fetches) == 4
    for at, (kind, uids) in enumerate(log):  # each mark only after the commit that holds them
        if kind == "done" and uids:
            assert any(k == "commit" and c >= max(uids) for k, c in log[:at]), (uids, log)
    client = imap(imap_port)
    client.select_folder(folder)
    assert client.search(["UNSEEN"]) == []
    client.logout()


def three_to_move(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> tuple[Service, str]:
    """Three messages in `folder`, polled two at a time and moved to a processed folder."""
    seed(imap_port, folder, PEOPLE[:3])
    done = f"{folder}-selesai"
    email = email_settings(imap_port, folder, processed_folder=done, batch_size=2)
    return service_for(settings, store, clock, email), done


def test_refused_move_fails_the_cycle_and_is_done_on_the_next(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    service, done = three_to_move(imap_port, folder, settings, store, clock)

    class Vanishing(Mailbox):
        def open(self) -> int:
            validity = super().open()
            other = imap(imap_port)
            other.delete_folder(done)  # the move will be refused: no such folder
            other.logout()
            return validity

    with pytest.raises(TransientChannelError):
        EmailPoller(service.ctx, mailbox=Vanishing).poll_once()
    assert count(store, Complaint) == 2  # the first batch, committed before its move failed
    client = imap(imap_port)
    assert client.select_folder(folder)[b"EXISTS"] == 3
    report = EmailPoller(service.ctx).poll_once()  # the folder is created again on opening
    assert report.fetched == 1 and count(store, Complaint) == 3
    assert client.select_folder(folder)[b"EXISTS"] == 0
    assert client.select_folder(done)[b"EXISTS"] == 3
    client.logout()


def test_processed_folder_without_move_is_copy_delete_expunge(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    service, done = three_to_move(imap_port, folder, settings, store, clock)

    class NoMoveOthersMail(NoMove):
        def uids_after(self, last: int) -> list[int]:
            found = super().uids_after(last)
            # Someone else's deleted mail arrives: UID EXPUNGE must leave it alone.
            other = imap(imap_port)
            other.append(folder, b"From: x@example.net\r\n\r\nnot ours\r\n", flags=[b"\\Deleted"])
            other.logout()
            return found

    assert EmailPoller(service.ctx, mailbox=NoMoveOthersMail).poll_once().fetched == 3
    client = imap(imap_port)
    assert client.select_folder(folder)[b"EXISTS"] == 1
    client.select_folder(done)
    moved = client.fetch(client.search(["ALL"]), ["FLAGS"])
    assert len(moved) == 3 and all(b"\\Deleted" not in m[b"FLAGS"] for m in moved.values())
    client.logout()


def test_without_move_nothing_is_deleted_that_was_not_copied(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    service, done = three_to_move(imap_port, folder, settings, store, clock)

    class NoMoveNoFolder(NoMove):
        def open(self) -> int:
            validity = super().open()
            other = imap(imap_port)
            other.delete_folder(done)  # the copy will be refused: no such folder
            other.logout()
            return validity

    with pytest.raises(TransientChannelError):
        EmailPoller(service.ctx, mailbox=NoMoveNoFolder).poll_once()
    assert count(store, Complaint) == 2  # the first batch, committed before its copy failed
    client = imap(imap_port)
    client.select_folder(folder)
    kept = client.fetch(client.search(["ALL"]), ["FLAGS"])
    assert len(kept) == 3 and all(b"\\Deleted" not in m[b"FLAGS"] for m in kept.values())
    # The next cycle (opening creates the folder again) moves all three.
    assert EmailPoller(service.ctx, mailbox=NoMove).poll_once().fetched == 1
    assert count(store, Complaint) == 3
    assert client.select_folder(folder)[b"EXISTS"] == 0
    assert client.select_folder(done)[b"EXISTS"] == 3
    client.logout()


def test_a_batch_loop_left_early_leaves_the_rest_for_later(imap_port: int, folder: str) -> None:
    seed(imap_port, folder, PEOPLE)
    with Mailbox(email_settings(imap_port, folder)) as box:
        uids = box.uids_after(0)
        first = next(box.batches(uids, 2, 64 * 1024))
        assert [f.uid for f in first] == uids[:2]
        box.done(uids[:2])
        assert box.leftovers(uids[-1]) == uids[2:]
        again = [f for batch in box.batches(uids[2:], 3, 64 * 1024) for f in batch]
        assert [f.uid for f in again] == uids[2:]
        assert [f.raw for f in again] == [(CORPUS / f"{n}.eml").read_bytes() for n in PEOPLE[2:]]


def test_internaldate_is_read_in_utc_whatever_the_host_zone(
    imap_port: int, folder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    when = datetime(2024, 6, 3, 1, 0, tzinfo=UTC)
    client = imap(imap_port)
    client.create_folder(folder)
    client.append(folder, (CORPUS / "invalid_date.eml").read_bytes(), msg_time=when)
    client.logout()
    monkeypatch.setenv("TZ", "Asia/Makassar")  # a server kept on local time (WITA, +08:00)
    time.tzset()
    try:
        with Mailbox(email_settings(imap_port, folder)) as box:
            [[fetched]] = list(box.batches(box.uids_after(0), 10, 1 << 20))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert fetched.internal_date == when
