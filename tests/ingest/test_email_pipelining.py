"""The poller asks the IMAP server for the next batch while it commits this one (pipelining),
and still reads sizes before bodies and marks mail only after its commit (pymap on loopback)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pytest
from imapclient import IMAPClient

from channels.base import IncomingMessage
from channels.email.imap import Mailbox, _uid_set
from channels.errors import TransientChannelError
from ingest.app import Service
from ingest.channels.email import EmailPoller
from ingest.pipeline import AcceptResult, Cursor
from ingest.settings import Settings
from store.db import Store
from store.models import Complaint
from tests.conftest import Clock
from tests.ingest.test_email_poll import (
    CORPUS,
    count,
    email_settings,
    imap,
    seed,
    service_for,
)

PEOPLE = [
    "gmail_plain_indonesian", "iphone_base64", "yahoo_android_signature", "html_with_script",
    "android_samsung_signature", "latin1_label_cp1252_bytes", "rfc2047_subject_base64",
]  # fmt: skip


class Recorded(Mailbox):
    """The real mailbox, writing down each command it sends and each answer it reads."""

    log: list[tuple[str, ...]]

    def _send(self, command: str, *args: str | bytes) -> str:
        tag = super()._send(command, *args)
        self.log.append(
            ("send", tag, command, *(a if isinstance(a, str) else a.decode() for a in args))
        )
        return tag

    def _complete(self, tag: str) -> None:
        self.log.append(("answer", tag))
        super()._complete(tag)


class NoMove(Mailbox):
    """The real mailbox, on a server that does not offer MOVE (RFC 6851)."""

    def open(self) -> int:
        validity = super().open()
        client: IMAPClient = self._client
        offered = client.has_capability
        client.has_capability = lambda cap: cap != "MOVE" and offered(cap)  # type: ignore[method-assign]
        return validity


def uid_list(uid_set: str) -> list[int]:
    """The UIDs of a sequence set written by `_uid_set`."""
    out: list[int] = []
    for run in uid_set.split(","):
        first, _, last = run.partition(":")
        out.extend(range(int(first), int(last or first) + 1))
    return out


def test_next_batch_is_asked_for_while_this_one_commits_and_marked_only_after(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    seed(imap_port, folder, PEOPLE)  # 7 messages in batches of 2: 4 batches
    service = service_for(settings, store, clock, email_settings(imap_port, folder, batch_size=2))
    log: list[tuple[str, ...]] = []
    Recorded.log = log
    pipeline = service.ctx.pipeline
    accept_batch = pipeline.accept_batch

    def recording(msgs: Sequence[IncomingMessage], cursor: Cursor | None = None) -> Any:
        assert cursor is not None
        log.append(("commit", cursor.value.split(":")[1]))
        results: list[AcceptResult] = accept_batch(msgs, cursor)
        return results

    pipeline.accept_batch = recording  # type: ignore[method-assign]
    report = EmailPoller(service.ctx, mailbox=Recorded).poll_once()
    assert report.outcomes == {"created": len(PEOPLE)}

    commits = [i for i, e in enumerate(log) if e[0] == "commit"]
    committed = [int(log[i][1]) for i in commits]
    assert committed == sorted(committed) and len(committed) == 4  # the cursor only moves on
    fetches = [e for e in log if e[0] == "send" and e[2] == "FETCH"]
    sizes = {e[1]: uid_list(e[3]) for e in fetches if "RFC822.SIZE" in e[4]}
    bodies = [(log.index(e), uid_list(e[3])) for e in fetches if "BODY.PEEK[]" in e[4]]
    for at, uids in bodies:  # sizes first: each body asked for once its size was read
        [tag] = [t for t, u in sizes.items() if set(uids) <= set(u)]
        assert log.index(("answer", tag)) < at
    # Pipelined: the second batch's bodies were asked for before the first batch was committed.
    second = committed[1]
    assert any(at < commits[0] and second in uids for at, uids in bodies)
    marks = [(log.index(e), uid_list(e[3])) for e in log if e[0] == "send" and e[2] == "STORE"]
    assert [u for _, us in marks for u in us] == sorted(u for _, us in marks for u in us)
    for at, uids in marks:  # each flag only after the commit that holds those messages
        assert any(c < at and int(log[c][1]) >= max(uids) for c in commits)
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

    with pytest.raises(TransientChannelError, match="MOVE refused"):
        EmailPoller(service.ctx, mailbox=Vanishing).poll_once()
    assert count(store, Complaint) == 3  # committed before any move was tried
    client = imap(imap_port)
    assert client.select_folder(folder)[b"EXISTS"] == 3
    report = EmailPoller(service.ctx).poll_once()  # the folder is created again on opening
    assert report.fetched == 0 and count(store, Complaint) == 3
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

    with pytest.raises(TransientChannelError, match="COPY refused"):
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


def test_a_batch_loop_left_early_leaves_the_connection_clean(imap_port: int, folder: str) -> None:
    seed(imap_port, folder, PEOPLE)
    with Mailbox(email_settings(imap_port, folder)) as box:
        uids = box.uids_after(0)
        first = next(box.batches(uids, 2, 64 * 1024))  # the next two batches are in flight
        assert [f.uid for f in first] == uids[:2]
        box.done(uids[:2])
        assert box.leftovers(uids[-1]) == uids[2:]  # answers still due were read first
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


@pytest.mark.parametrize(
    ("uids", "expected"),
    [([7], "7"), ([1, 2, 3], "1:3"), ([9, 1, 2, 5, 3], "1:3,5,9"), ([4, 6, 7, 8, 10], "4,6:8,10")],
)
def test_uid_sets_write_runs_as_ranges(uids: list[int], expected: str) -> None:
    assert _uid_set(uids) == expected
    assert uid_list(expected) == sorted(uids)
