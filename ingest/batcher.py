"""Group commit for webhooks: concurrent requests share one transaction, each still answered
only after its own message is committed.

SQLite has one writer; a commit per request makes the commit the bottleneck. Requests that
arrive together are accepted in one transaction and each is then woken with its own result.
If a batch fails, every message is retried alone, so one bad message cannot fail its
neighbours.

Where the batch runs:
- On SQLite, on the event loop itself, when the writer is free: the work is local and short
  (about 0.2 ms a message), and handing it to a thread costs more than that in GIL hand-offs
  and wake-ups. If the writer is taken (a poller's batch, a desk write, another process), the
  loop does not wait: the batch goes to the writer thread.
- On PostgreSQL every statement is a network round trip, so batches always run on the writer
  thread and the loop keeps serving other requests meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from channels.base import IncomingMessage
from core.results import AcceptResult
from store.db import Store, WriterBusy

log = logging.getLogger(__name__)

_Settled = tuple["_Waiting", AcceptResult | None, BaseException | None]


class Acceptor(Protocol):
    """What the group committer needs of the pipeline."""

    @property
    def store(self) -> Store:
        """The complaint store."""
        ...

    def accept(self, msg: IncomingMessage) -> AcceptResult:
        """Store one message and do what it asks, in one transaction."""
        ...

    def accept_batch(
        self, msgs: Sequence[IncomingMessage], *, wait: bool = True
    ) -> list[AcceptResult]:
        """Store several messages in one transaction."""
        ...


@dataclass
class _Waiting:
    msg: IncomingMessage
    future: asyncio.Future[AcceptResult]
    loop: asyncio.AbstractEventLoop


class GroupCommitter:
    """Accepts messages from async handlers in shared transactions."""

    def __init__(self, pipeline: Acceptor, max_batch: int = 64, inline: bool | None = None) -> None:
        self.pipeline = pipeline
        self.max_batch = max_batch
        self.inline = pipeline.store.is_sqlite if inline is None else inline
        self._queue: queue.SimpleQueue[_Waiting | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._pending: dict[asyncio.AbstractEventLoop, list[_Waiting]] = {}

    async def accept(self, msg: IncomingMessage) -> AcceptResult:
        """Accept one message; returns once it is committed (or raises what accept raised)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[AcceptResult] = loop.create_future()
        waiting = _Waiting(msg, future, loop)
        if self.inline:
            pending = self._pending.setdefault(loop, [])
            if not pending:  # the first of a batch: flush after the next loop turn
                loop.call_soon(loop.call_soon, self._flush, loop)
            pending.append(waiting)
        else:
            self._hand_off([waiting])
        return await future

    def stop(self) -> None:
        """Finish what is queued and stop the writer thread."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout=30)

    def _flush(self, loop: asyncio.AbstractEventLoop) -> None:
        """On the event loop: commit what arrived this turn, or hand it to the thread."""
        batch = self._pending.pop(loop, [])
        for start in range(0, len(batch), self.max_batch):
            chunk = batch[start : start + self.max_batch]
            try:
                results = self.pipeline.accept_batch([w.msg for w in chunk], wait=False)
            except WriterBusy:
                self._hand_off(chunk)
            except Exception:  # the thread retries it, one message at a time if need be
                log.debug("inline group commit failed; handed to the writer thread")
                self._hand_off(chunk)
            else:
                _settle([(w, r, None) for w, r in zip(chunk, results, strict=True)])

    def _hand_off(self, batch: list[_Waiting]) -> None:
        self._ensure_started()
        for waiting in batch:
            self._queue.put(waiting)

    def _ensure_started(self) -> None:
        if self._thread is not None:
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="group-commit", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < self.max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)  # stop after this batch
                    break
                batch.append(item)
            self._commit(batch)

    def _commit(self, batch: list[_Waiting]) -> None:
        if len(batch) > 1:
            try:
                results = self.pipeline.accept_batch([w.msg for w in batch])
            except Exception:  # retried one by one below, so each gets its own answer
                log.warning("group commit of %s messages failed; retrying each", len(batch))
            else:
                _resolve([(w, r, None) for w, r in zip(batch, results, strict=True)])
                return
        settled: list[_Settled] = []
        for waiting in batch:
            try:
                result = self.pipeline.accept(waiting.msg)
            except Exception as exc:  # handed to the request that owns the message
                settled.append((waiting, None, exc))
            else:
                settled.append((waiting, result, None))
        _resolve(settled)


def _resolve(settled: list[_Settled]) -> None:
    """From the writer thread: wake a batch's requests, one call into each event loop."""
    by_loop: dict[asyncio.AbstractEventLoop, list[_Settled]] = {}
    for item in settled:
        by_loop.setdefault(item[0].loop, []).append(item)
    for loop, items in by_loop.items():
        # RuntimeError: the request's event loop is gone (shutdown); nobody waits for the answer.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(_settle, items)


def _settle(items: list[_Settled]) -> None:
    for waiting, result, error in items:
        if waiting.future.done():  # the request was cancelled (client gone)
            continue
        if error is not None:
            waiting.future.set_exception(error)
        else:
            assert result is not None
            waiting.future.set_result(result)
