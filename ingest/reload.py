"""Hot reload of the routing rules: notice an edited config.yaml, check it, swap atomically.

A broken edit is refused: the reason is logged and kept in `last_error` for the admins' page, a
metric counts it, and the rules in force stay. The swap is one attribute assignment, so a route
in progress finishes with the router it started with.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from dataclasses import replace
from pathlib import Path

from prometheus_client import Counter, Gauge, Info

from routing import Decision, Router, RuleError
from settings.load import ConfigError, load_settings

log = logging.getLogger(__name__)

CONFIG_INFO = Info("aduan_routing_config", "The routing config version in force")
RELOADS = Counter("aduan_routing_reloads", "Routing config reloads, by result", ["result"])
RELOAD_FAILING = Gauge(
    "aduan_routing_reload_failing", "1 while the last edit of the config was refused, else 0"
)


def file_version(data: bytes) -> str:
    """A short content hash that names a config version."""
    return hashlib.sha256(data).hexdigest()[:12]


class LiveRouter:
    """The Router in force, replaced when config.yaml changes and the new one checks out."""

    def __init__(self, settings_path: str | os.PathLike[str], router: Router, version: str) -> None:
        self.path = Path(settings_path)
        self._router = router
        self._version = version
        self._last_error: str | None = None
        self._stat = self._stat_now()
        self._lock = threading.Lock()
        CONFIG_INFO.info({"version": version})
        RELOAD_FAILING.set(0)

    @classmethod
    def load(cls, settings_path: str | os.PathLike[str]) -> LiveRouter:
        """Load the config at start; raise ConfigError when it is invalid."""
        path = Path(settings_path)
        data = path.read_bytes()
        settings = load_settings(path)
        return cls(path, Router.build(settings.routing, settings.sections), file_version(data))

    @property
    def router(self) -> Router:
        """The router in force."""
        return self._router

    @property
    def version(self) -> str:
        """The version (content hash) of the config in force."""
        return self._version

    @property
    def last_error(self) -> str | None:
        """Why the last edit was refused, or None when the file in force is the newest."""
        return self._last_error

    def route(self, text: str, channel: str | None = None, sender: str | None = None) -> Decision:
        """Route with the rules in force; the decision names their version."""
        router, version = self._router, self._version
        decision = router.route(text, channel, sender)
        return replace(decision, version=version)

    def check_reload(self) -> bool:
        """Reload if the file changed; True when new rules were put in force."""
        stat = self._stat_now()
        if stat == self._stat:
            return False
        with self._lock:
            return self._reload(stat)

    def _reload(self, stat: tuple[int, int] | None) -> bool:
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            return self._refuse(stat, f"{self.path}: cannot read: {exc.strerror or exc}")
        version = file_version(data)
        if version == self._version:
            self._stat = stat
            self._clear_error()
            return False
        try:
            settings = load_settings(self.path)
            router = Router.build(settings.routing, settings.sections)
        except (ConfigError, RuleError) as exc:
            return self._refuse(stat, str(exc))
        self._router, self._version, self._stat = router, version, stat
        self._clear_error()
        CONFIG_INFO.info({"version": version})
        RELOADS.labels(result="ok").inc()
        log.info("routing rules reloaded: version %s, %d rules", version, len(router.config.rules))
        return True

    def _refuse(self, stat: tuple[int, int] | None, reason: str) -> bool:
        self._stat = stat  # refuse an edit once, not at every check; a new save is a new try
        self._last_error = reason
        RELOAD_FAILING.set(1)
        RELOADS.labels(result="refused").inc()
        log.error("config edit refused, rules %s stay in force: %s", self._version, reason)
        return False

    def _clear_error(self) -> None:
        self._last_error = None
        RELOAD_FAILING.set(0)

    def _stat_now(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size
