"""Group commit for webhooks: concurrent requests share one transaction, each still answered
only after its own message is committed.

SQLite has one writer; a commit per request makes the commit the bottleneck. The committer
thread takes whatever requests are waiting (up to `max_batch`), accepts them in one transaction
and then wakes each request with its own result. If the batch fails, every message is retried
alone, so one bad message cannot fail its neighbours.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from dataclasses import dataclass

from channels.base import IncomingMessage
from ingest.pipeline import AcceptResult, Pipeline

log = logging.getLogger(__name__)


@dataclass
class _Waiting:
    msg: IncomingMessage
    future: asyncio.Future[AcceptResult]
    loop: asyncio.AbstractEventLoop


class GroupCommitter:
    """Accepts messages from async handlers in shared transactions on one writer thread."""

    def __init__(self, pipeline: Pipeline, max_batch: int = 64) -> None:
        self.pipeline = pipeline
        self.max_batch = max_batch
        self._queue: queue.SimpleQueue[_Waiting | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    async def accept(self, msg: IncomingMessage) -> AcceptResult:
        """Accept one message; returns once it is committed (or raises what accept raised)."""
        self._ensure_started()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[AcceptResult] = loop.create_future()
        self._queue.put(_Waiting(msg, future, loop))
        return await future

    def stop(self) -> None:
        """Finish what is queued and stop the writer thread."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout=30)

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
                for waiting, result in zip(batch, results, strict=True):
                    _resolve(waiting, result, None)
                return
        for waiting in batch:
            try:
                result = self.pipeline.accept(waiting.msg)
            except Exception as exc:  # handed to the request that owns the message
                _resolve(waiting, None, exc)
            else:
                _resolve(waiting, result, None)


def _resolve(waiting: _Waiting, result: AcceptResult | None, error: BaseException | None) -> None:
    def settle() -> None:
        if waiting.future.done():
            return
        if error is not None:
            waiting.future.set_exception(error)
        else:
            assert result is not None
            waiting.future.set_result(result)

    # RuntimeError: the request's event loop is gone (shutdown); nobody waits for the answer.
    with contextlib.suppress(RuntimeError):
        waiting.loop.call_soon_threadsafe(settle)
