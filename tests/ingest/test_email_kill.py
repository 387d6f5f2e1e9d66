"""Kill -9 the email poller at chosen and random points: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import random
import signal
import time
import traceback
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from channels.email.imap import Mailbox
from ingest.channels.email import EmailPoller
from ingest.pipeline import Pipeline
from service.app import build_service
from store.db import Store
from store.migrate import upgrade
from store.models import Complaint, DeadLetter, Message, Outbox
from tests.conftest import Clock, load_bundled
from tests.ingest.test_email_poll import count, email_settings, imap, seed

PEOPLE = [
    "gmail_plain_indonesian", "outlook_html_only_windows1252", "yahoo_android_signature",
    "iphone_base64", "android_samsung_signature", "latin1_label_cp1252_bytes",
    "charset_junk_label", "rfc2047_subject_base64", "missing_message_id", "invalid_date",
    "nested_multipart_related", "html_with_script",
]  # fmt: skip
AUTOMATED = ["precedence_bulk", "list_id_google_group", "x_autorespond", "dsn_delayed"]
REJECTED = ["not_an_email", "no_sender_address"]
ORDER = [*PEOPLE[:4], REJECTED[0], *AUTOMATED[:2], "oversized_attachment", *PEOPLE[4:8],
         REJECTED[1], *AUTOMATED[2:], *PEOPLE[8:]]  # fmt: skip


def _die_on(calls: list[int], k: int) -> None:
    calls[0] += 1
    if calls[0] == k:
        os.kill(os.getpid(), signal.SIGKILL)


def _wrap(cls: type, name: str, k: int, *, before: bool) -> None:
    """Make the k-th call of `cls.name` (counted across calls) kill the process."""
    original = getattr(cls, name)
    calls = [0]

    def wrapped(self: object, *args: Any, **kwargs: Any) -> Any:
        if before:
            _die_on(calls, k)
        result = original(self, *args, **kwargs)
        if not before:
            _die_on(calls, k)
        return result

    setattr(cls, name, wrapped)


def _die_after_batch(k: int) -> None:
    """Kill the process once the k-th batch is fetched, before it is committed."""
    original = Mailbox.batches
    calls = [0]

    def batches(self: Mailbox, *args: Any, **kwargs: Any) -> Iterator[Any]:
        for batch in original(self, *args, **kwargs):
            _die_on(calls, k)
            yield batch

    Mailbox.batches = batches  # type: ignore[method-assign]


def _poll_then_exit(url: str, port: int, folder: str, point: str, k: int, data: Path) -> None:
    """In the forked child: arm the crash point, poll once, and leave without cleaning up."""
    status = 1
    try:
        if point == "after_fetch":
            _die_after_batch(k)
        elif point == "before_mark":
            _wrap(Mailbox, "done", k, before=True)
        elif point == "mid_batch":
            _wrap(Pipeline, "_accept", k, before=False)
        settings = load_bundled(data)
        settings.database.url = url
        settings.channels.email = email_settings(port, folder, batch_size=3)
        service = build_service(settings, Store(url))
        EmailPoller(service.ctx).poll_once()
        status = 0
    except BaseException:
        traceback.print_exc()
    finally:
        os._exit(status)  # neither pytest's nor the parent's exit handlers run in the child


def _reap(pid: int, seconds: float) -> int | None:
    """The child's exit code (negative: the signal that ended it); None if still running."""
    deadline = time.monotonic() + seconds
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            return None
        time.sleep(0.01)


def run_child(tmp_path: Path, url: str, port: int, folder: str, point: str, k: int) -> int:
    """One poll in a forked child that kills itself at `point`; its exit code.

    Forked, not started afresh: a new interpreter spends two CPU-seconds importing the app before
    it polls, fourteen times in this test. The child shares nothing it uses with this process (it
    opens its own store and IMAP connection) and ends with os._exit or SIGKILL.
    """
    with warnings.catch_warnings():
        # Python 3.12 warns that a threaded process may deadlock in a forked child; this child
        # takes no lock another thread could hold (a hang fails the test below, not silently).
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:
        _poll_then_exit(url, port, folder, point, k, tmp_path)
    if point != "random":
        code = _reap(pid, 60)
        if code is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            pytest.fail(f"the poll armed to die at {point} #{k} hung")
        return code
    # At a random moment of the poll (a forked child starts at once: no import to wait for).
    code = _reap(pid, random.uniform(0.05, 1.0))
    if code is None:
        os.kill(pid, signal.SIGKILL)
        code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    return code


def test_kill_9_at_any_point_loses_and_doubles_nothing(imap_port: int, tmp_path: Path) -> None:
    folder = f"K{uuid.uuid4().hex[:8]}"
    seed(imap_port, folder, ORDER)
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    store = Store(url)
    upgrade(store)
    crashes = [("after_fetch", 2), ("before_mark", 1), ("mid_batch", 2), ("before_mark", 3),
               ("mid_batch", 4), ("after_fetch", 1), ("random", 0)]  # fmt: skip
    settings = load_bundled(tmp_path)
    settings.database.url = url
    settings.channels.email = email_settings(imap_port, folder, batch_size=3)
    # What a service loads on first use (holiday tables, phone metadata, the rules) is loaded
    # here once, so each forked child starts with it instead of loading it again (a second each).
    build_service(settings, store, clock=Clock()).ctx.pipeline.warm_up()
    killed = 0
    for point, k in crashes:
        store.dispose()  # no SQLite connection of this process open across the fork
        code = run_child(tmp_path, url, imap_port, folder, point, k)
        killed += code == -signal.SIGKILL
        # After every crash the store holds each message at most once.
        assert count(store, Complaint) <= len(PEOPLE)
        assert count(store, DeadLetter) <= len(REJECTED) + 1
    assert killed >= 6
    service = build_service(settings, store, clock=Clock())
    EmailPoller(service.ctx).poll_once()

    assert count(store, Message, col(Message.direction) == "in") == len(PEOPLE) + len(AUTOMATED)
    assert count(store, Complaint) == len(PEOPLE)
    assert count(store, DeadLetter) == len(REJECTED) + 1
    with store.read() as session:
        acked = sorted(
            o.complaint_id or 0
            for o in session.exec(select(Outbox).where(col(Outbox.kind) == "ack"))
        )
        complaint_ids = sorted(c.id or 0 for c in session.exec(select(Complaint)))
        notices = session.exec(select(Outbox).where(col(Outbox.kind) == "notify")).all()
    assert acked == complaint_ids  # exactly one acknowledgement per complaint
    assert len(notices) == 1  # the oversized mail's sender told once
    client = imap(imap_port)
    client.select_folder(folder)
    assert client.search(["UNSEEN"]) == []  # crash leftovers were flagged on a later run
    client.logout()
