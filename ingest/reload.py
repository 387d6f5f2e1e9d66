"""Hot reload of the routing rules: notice an edited config.yaml or rule file, check, swap.

Watched: config.yaml and every `*.yaml` file of the rules folder it names (routing/rulefiles.py),
so an edited, added or removed rule file counts as an edit. A broken edit is refused: the reason,
with the file and line, is logged and kept in `last_error` for the admins' page, a metric counts
it, and the rules in force stay. The swap is one attribute assignment, so a route in progress
finishes with the router it started with.
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
from routing.rulefiles import rule_files
from settings.load import ConfigError, load_settings
from settings.root import Settings

log = logging.getLogger(__name__)

CONFIG_INFO = Info("aduan_routing_config", "The routing config version in force")
RELOADS = Counter("aduan_routing_reloads", "Routing config reloads, by result", ["result"])
RELOAD_FAILING = Gauge(
    "aduan_routing_reload_failing", "1 while the last edit of the config was refused, else 0"
)


Stat = tuple[tuple[str, int, int], ...]


def rules_version(config: Path, folder: Path | None) -> str:
    """A short content hash of config.yaml and of every rule file of `folder`, with their names."""
    digest = hashlib.sha256(config.read_bytes())
    for file in _rule_files(folder):
        digest.update(b"\0" + file.name.encode() + b"\0")
        digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def _rule_files(folder: Path | None) -> list[Path]:
    return [] if folder is None else rule_files(folder)


def _folder(settings: Settings) -> Path | None:
    sources = settings.routing.sources
    return None if sources is None else sources.folder


class LiveRouter:
    """The Router in force, replaced when config.yaml or a rule file changes and checks out."""

    def __init__(
        self,
        settings_path: str | os.PathLike[str],
        router: Router,
        version: str,
        folder: Path | None = None,
    ) -> None:
        self.path = Path(settings_path)
        self.folder = folder
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
        return cls.started(Path(settings_path), load_settings(settings_path))

    @classmethod
    def started(cls, settings_path: Path, settings: Settings) -> LiveRouter:
        """The rules of settings just loaded from `settings_path`, watched from now on."""
        folder = _folder(settings)
        router = Router.build(settings.routing, settings.sections)
        return cls(settings_path, router, rules_version(settings_path, folder), folder)

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

    def _reload(self, stat: Stat) -> bool:
        try:
            version = rules_version(self.path, self.folder)
        except OSError as exc:
            name = exc.filename or self.path
            return self._refuse(stat, f"{name}: cannot read: {exc.strerror or exc}")
        if version == self._version:
            self._stat = stat
            self._clear_error()
            return False
        try:
            settings = load_settings(self.path)
            router = Router.build(settings.routing, settings.sections)
            folder = _folder(settings)
            version = rules_version(self.path, folder)
        except (ConfigError, RuleError) as exc:
            return self._refuse(stat, str(exc))
        except OSError as exc:
            return self._refuse(stat, f"{exc.filename}: cannot read: {exc.strerror or exc}")
        moved = folder != self.folder  # config.yaml names another folder: watch that one now
        self._router, self._version, self.folder = router, version, folder
        self._stat = self._stat_now() if moved else stat
        self._clear_error()
        CONFIG_INFO.info({"version": version})
        RELOADS.labels(result="ok").inc()
        log.info("routing rules reloaded: version %s, %d rules", version, len(router.config.rules))
        return True

    def _refuse(self, stat: Stat, reason: str) -> bool:
        self._stat = stat  # refuse an edit once, not at every check; a new save is a new try
        self._last_error = reason
        RELOAD_FAILING.set(1)
        RELOADS.labels(result="refused").inc()
        log.error("routing edit refused, rules %s stay in force: %s", self._version, reason)
        return False

    def _clear_error(self) -> None:
        self._last_error = None
        RELOAD_FAILING.set(0)

    def _stat_now(self) -> Stat:
        """Modification time and size of config.yaml and of each rule file (absent: -1)."""
        out = []
        for file in [self.path, *_rule_files(self.folder)]:
            try:
                st = file.stat()
            except OSError:
                out.append((str(file), -1, -1))
            else:
                out.append((str(file), st.st_mtime_ns, st.st_size))
        return tuple(out)
