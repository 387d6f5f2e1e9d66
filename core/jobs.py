"""A scheduled job, and what a job needs of the running service: in the shared kernel, so that
the survey, the privacy purge and the desk can declare jobs without importing the channel wiring."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from settings.root import Settings
from store.db import Store

Clock = Callable[[], datetime]


class Runtime(Protocol):
    """The settings, the store and the clock of the running service (ingest.wiring.Context)."""

    @property
    def settings(self) -> Settings:
        """The service settings."""
        ...

    @property
    def store(self) -> Store:
        """The complaint store."""
        ...

    @property
    def clock(self) -> Clock:
        """The service clock."""
        ...


@dataclass(frozen=True)
class Job:
    """A scheduled task: run `func` every `seconds`, one replica at a time on PostgreSQL.

    `func` returns how many items it handled; it raises a ChannelError when the provider
    fails, which the scheduler records against the channel's health. Internal jobs (outbox,
    rules reload) have an empty `channel` and record no health.
    """

    name: str
    channel: str
    seconds: float
    func: Callable[[], int]
    start_now: bool = False
    """Run once as soon as the scheduler starts, not only after the first interval."""
    stop: Callable[[], object] | None = None
    """Asks a long-running `func` (an IMAP IDLE loop) to return; called at shutdown."""


class HealthMarks:
    """Each channel's consecutive failures as last recorded in the store, so that a success is
    written only when the state changes (shared by the scheduler and the long-running pollers)."""

    def __init__(self) -> None:
        self._failures: dict[str, int] = {}
        self._lock = threading.Lock()

    def failed(self, channel: str, consecutive: int) -> None:
        """The store now says the channel failed `consecutive` times in a row."""
        with self._lock:
            self._failures[channel] = consecutive

    def healthy(self, channel: str) -> bool:
        """Whether the store is known to say the channel is healthy (no write needed)."""
        with self._lock:
            return self._failures.get(channel, -1) == 0

    def succeeded(self, channel: str) -> None:
        """The store now says the channel works."""
        with self._lock:
            self._failures[channel] = 0

    def forget(self, channel: str) -> None:
        """The store's state is not known here any more (the next success writes it)."""
        with self._lock:
            self._failures.pop(channel, None)
