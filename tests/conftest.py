"""Shared fixtures: a migrated store on SQLite and PostgreSQL, settings, a clock, servers."""

from __future__ import annotations

import copy
import gc
import io
import ipaddress
import json
import logging
import os
import pickle
import re
import shutil
import socket
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import hypothesis
import psycopg
import pytest
import uvicorn
from fastapi import FastAPI
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlmodel import SQLModel

from desk import auth
from routing.compile import SectionLike
from routing.model import RoutingConfig
from routing.router import Router
from routing.rulefiles import SourceMap
from service.app import Service, build_service
from settings import load as config_module
from settings.load import PLACEHOLDER, parse_settings
from settings.root import Settings
from store.db import Store
from store.migrate import ensure_schema, upgrade
from tests.fakes import FakeGateway, fake_gateway

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PG_ADMIN = os.environ.get("ADUAN_TEST_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")
REQUIRE_PG = os.environ.get("ADUAN_REQUIRE_POSTGRES") == "1"

# Property tests: a bounded number of examples in the suite, the full number on request
# (HYPOTHESIS_PROFILE=thorough, e.g. before a release or after changing a parser or the router).
THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"
hypothesis.settings.register_profile("suite", max_examples=50)
hypothesis.settings.register_profile("thorough", max_examples=1000)
hypothesis.settings.load_profile("thorough" if THOROUGH else "suite")


def examples(n: int) -> int:
    """`n` examples under HYPOTHESIS_PROFILE=thorough; a fifth (at least 25) in the suite."""
    return n if THOROUGH else max(25, n // 5)


SECRETS = {
    "SMS_WEBHOOK_SECRET": "generic-test-secret",
    "SMS_GATEWAY_SIGNING_KEY": "android-test-key",
    "TWILIO_AUTH_TOKEN": "twilio-test-token",
    "TWILIO_ACCOUNT_SID": "AC00000000000000000000000000000000",
}


# Fixtures that start a process once per module (Chromium, pymap): a module using them runs on
# one xdist worker (`--dist loadgroup` in pyproject.toml), so it is started once, not per worker.
PER_MODULE_PROCESSES = frozenset({"browser", "imap_port"})


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Group the tests of a module that starts a browser or an IMAP server onto one worker."""
    for item in items:
        if PER_MODULE_PROCESSES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


# The collector's full passes walk every object a worker holds: the imported app and its test
# modules, the cached routers and parsed settings, SQLAlchemy's caches (0.3 to 2.5 million
# objects; a fifth of a second a pass and more, about every other test: a fifth of the suite's
# time). What is alive when a test starts is set aside from those passes (gc.freeze); every
# FREEZE_EVERY tests it is put back and collected, so a test's cyclic garbage is freed within
# that many tests (the largest process's peak resident set: 886 MB before, 914 MB after).
FREEZE_EVERY = 100
_started = [0]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Freeze what is alive before each test; every FREEZE_EVERY tests, collect it first."""
    if _started[0] % FREEZE_EVERY == 0:
        gc.unfreeze()
        gc.collect()
    gc.freeze()
    _started[0] += 1


class NetworkRefused(OSError):
    """A test tried to reach something that is not on this machine."""


def _loopback(address: object) -> bool:
    if isinstance(address, str):  # AF_UNIX
        return True
    host = address[0] if isinstance(address, tuple) and address else ""
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return str(host) == "localhost"


class _Replayed(logging.Handler):
    """Collects what Router.build logs, to log it again when the router comes from the cache."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_ROUTERS: dict[str, tuple[Router, list[logging.LogRecord]]] = {}


def _rules_key(config: RoutingConfig, sections: Sequence[SectionLike]) -> str:
    return config.model_dump_json() + json.dumps([[s.id, list(s.examples)] for s in sections])


@pytest.fixture(autouse=True, scope="session")
def routers_built_once() -> Iterator[None]:
    """Router.build once per rule set and sections in a worker, not once per test.

    Every service a test builds compiles the bundled rules, lints them and routes every example:
    about a quarter of a CPU-second, most of a typical test's own work, for the same result each
    time. A cached router is handed out as a shallow copy holding the caller's own config object
    (as a fresh one would), its warnings are logged again, and a rule set that fails to build is
    never cached, so it fails each time as before.
    """
    original = Router.build
    build_once: Callable[[type[Router], RoutingConfig, Sequence[SectionLike]], Router]
    build_once = Router.__dict__["build"].__func__

    def build(cls: type[Router], config: RoutingConfig, sections: Sequence[SectionLike]) -> Router:
        key = _rules_key(config, sections)
        if key not in _ROUTERS:
            logger = logging.getLogger("aduan.routing")
            replay = _Replayed()
            logger.addHandler(replay)
            try:
                router = build_once(cls, config, sections)
            finally:
                logger.removeHandler(replay)
            if len(_ROUTERS) > 8:
                _ROUTERS.clear()
            _ROUTERS[key] = (router, replay.records)
            return router
        cached, records = _ROUTERS[key]
        for record in records:
            logging.getLogger(record.name).handle(record)
        router = copy.copy(cached)
        router.config = config
        return router

    Router.build = classmethod(build)  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        Router.build = original  # type: ignore[method-assign]


@pytest.fixture(autouse=True, scope="session")
def cheap_password_hashes() -> Iterator[None]:
    """Argon2id at its smallest cost in tests: the same algorithm and code path, 1/300 of the CPU.

    The desk's hasher is deliberately slow (64 MiB, three passes: about 0.2 CPU-seconds a hash or
    a check); the login, lockout and throttle tests check passwords hundreds of times. A hash
    carries its own parameters, so the checks of these hashes are as cheap.
    """
    original = auth._HASHER
    auth._HASHER = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1),))
    try:
        yield
    finally:
        auth._HASHER = original


@pytest.fixture(autouse=True, scope="session")
def loopback_only() -> Iterator[None]:
    """Refuse any connection that leaves the machine: no test may call a real service."""
    original = socket.socket.connect
    original_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: Any) -> None:
        if not _loopback(address):
            raise NetworkRefused(f"tests may only use loopback, not {address!r}")
        original(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not _loopback(address):
            raise NetworkRefused(f"tests may only use loopback, not {address!r}")
        return original_ex(self, address)

    socket.socket.connect = connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        socket.socket.connect = original  # type: ignore[method-assign]
        socket.socket.connect_ex = original_ex  # type: ignore[method-assign]


def _pg_reachable() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return f"PostgreSQL not reachable at {PG_ADMIN}: {exc}"


@pytest.fixture(scope="session")
def pg_admin() -> str:
    """The admin URL of the test PostgreSQL server; skip (or fail in CI) without it."""
    problem = _pg_reachable()
    if problem:
        if REQUIRE_PG:
            pytest.fail(f"{problem} (ADUAN_REQUIRE_POSTGRES=1)")
        pytest.skip(problem)
    return PG_ADMIN


def make_pg_database(admin: str, template: str | None = None) -> tuple[str, str]:
    """A fresh PostgreSQL database (empty, or a copy of `template`); its name and URL."""
    name = f"aduan_test_{uuid.uuid4().hex[:12]}"
    source = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{source}')
        # A test database need not survive a crash of the server: without waiting for the WAL
        # flush, a commit takes about a tenth of the time (12 ms -> 1.4 ms on the project's
        # machine), and a test commits dozens of times. Visibility and locking are unchanged.
        conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    base = admin.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    return name, f"{base}/{name}"


def drop_pg_database(admin: str, name: str) -> None:
    """Drop a test database, closing whatever still uses it."""
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (faster than migrating each time)."""
    path = tmp_path_factory.mktemp("template") / "aduan.db"
    template = Store(f"sqlite:///{path}")
    upgrade(template)
    with template.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    template.dispose()
    return path


@pytest.fixture(scope="session")
def pg_shared(pg_admin: str) -> Iterator[str]:
    """One migrated PostgreSQL database for the session, emptied before each test that uses it.

    TRUNCATE takes milliseconds where creating and dropping a database per test takes most of
    a second; the schema is the same for every test.
    """
    name, url = make_pg_database(pg_admin)
    template = Store(url)
    upgrade(template)
    template.dispose()
    try:
        yield url
    finally:
        drop_pg_database(pg_admin, name)


def _tables() -> list[str]:
    return [t.name for t in SQLModel.metadata.sorted_tables]


def empty_pg(url: str) -> bool:
    """Remove every row and restart the ids; False when a leftover connection holds a lock.

    DELETE on a handful of rows is far cheaper than TRUNCATE, which replaces every table's files.
    """
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("SET lock_timeout = '5s'")
            sequences = [r[0] for r in conn.execute(
                "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"
            )]  # fmt: skip
            statements = [f'DELETE FROM "{t}"' for t in reversed(_tables())]
            statements += [f'ALTER SEQUENCE "{q}" RESTART' for q in sequences]
            conn.execute("; ".join(statements).encode())
    except psycopg.errors.LockNotAvailable:
        return False
    return True


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database at the newest schema on each backend, for this test alone."""
    if request.param == "sqlite":
        path = tmp_path / "aduan.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    shared = request.getfixturevalue("pg_shared")
    if empty_pg(shared):
        yield shared
        return
    # An earlier test left a transaction open on the shared database: use a database of its own.
    admin = request.getfixturevalue("pg_admin")
    name, url = make_pg_database(admin)
    own = Store(url)
    upgrade(own)
    own.dispose()
    try:
        yield url
    finally:
        drop_pg_database(admin, name)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A migrated store on SQLite and on PostgreSQL."""
    s = Store(db_url)
    ensure_schema(s, auto_upgrade=True)
    yield s
    s.dispose()


@pytest.fixture
def env_secrets(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The channel secrets the bundled config names, set to test values."""
    for key, value in SECRETS.items():
        monkeypatch.setenv(key, value)
    return SECRETS


_PARSED: dict[tuple[Any, ...], bytes] = {}
# The rule files' source maps (their YAML trees, for line numbers) of the parsed configs: never
# changed once read, so every copy shares its config's map, as a deep copy of the settings does.
_SOURCE_MAPS: dict[int, SourceMap] = {}
RULES_DIR = re.compile(r"^\s+rules_dir:\s*(\S+)", re.M)


class _Pickler(pickle.Pickler):
    def persistent_id(self, obj: object) -> int | None:
        if type(obj) is SourceMap:
            _SOURCE_MAPS[id(obj)] = obj
            return id(obj)
        return None


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> SourceMap:
        return _SOURCE_MAPS[pid]


def _parsed(text: str, source: str = "config.yaml", folder: Path | None = None) -> Settings:
    """`parse_settings(text)`, parsed once per text and environment, a fresh copy each time.

    Parsing the bundled config (YAML, validation, the routing check) takes about a third of a
    CPU-second; most tests start from it. The copy is unpickled, sharing the rule files' source
    map (about 1.3 ms; with its own copy of the YAML trees 10 to 20 ms, a deep copy more). The
    result depends only on the text, on the rule files of the folder it names (their names,
    times and sizes are in the key) and on the environment it reads: the ADUAN_ overrides and
    the ${NAME} placeholders.
    """
    names = set(PLACEHOLDER.findall(text))
    env = tuple(sorted(
        (k, v) for k, v in os.environ.items() if k in names or k.upper().startswith("ADUAN_")
    ))  # fmt: skip
    folder = folder if folder is not None else Path(source).resolve().parent
    key = (text, env, str(folder), _rules_stamp(text, folder))
    if key not in _PARSED:
        if len(_PARSED) > 16:
            _PARSED.clear()
            _SOURCE_MAPS.clear()
        # An invalid config raises, uncached.
        parsed = parse_settings(text, source, folder=folder)
        buffer = io.BytesIO()
        _Pickler(buffer, pickle.HIGHEST_PROTOCOL).dump(parsed)
        _PARSED[key] = buffer.getvalue()
    settings: Settings = _Unpickler(io.BytesIO(_PARSED[key])).load()
    return settings


def _rules_stamp(text: str, folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, mtime and size of each file in the rules folder the config text names (tests edit
    rule files and reload them: a cached parse must not outlive such an edit)."""
    named = RULES_DIR.search(text)
    rules = folder / named.group(1).strip("'\"") if named else ROOT / "routing" / "rules"
    if not rules.is_dir():
        return ()
    return tuple(
        (f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in sorted(rules.glob("*.yaml"))
    )


@pytest.fixture(autouse=True, scope="session")
def config_parsed_once() -> Iterator[None]:
    """The CLI commands a test invokes read config.yaml through the same cache as `settings`."""
    original = config_module.parse_settings
    config_module.parse_settings = _parsed
    try:
        yield
    finally:
        config_module.parse_settings = original


def load_bundled(tmp_path: Path, **overrides: str) -> Settings:
    """The bundled config.yaml, with the data dir in tmp_path and env overrides applied."""
    settings = _parsed((ROOT / "config.yaml").read_text(encoding="utf-8"), folder=ROOT)
    settings.service.data_dir = str(tmp_path / "data")
    settings.service.secret_key = None
    for key, value in overrides.items():
        setattr(settings.service, key, value)
    return settings


@pytest.fixture
def settings(env_secrets: dict[str, str], tmp_path: Path, store: Store) -> Settings:
    """The bundled config with test secrets, pointing at the test store."""
    s = load_bundled(tmp_path)
    s.database.url = store.url
    return s


class Clock:
    """A clock that moves only when told."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # Monday 09:00 WITA

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        """Move the clock forward."""
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> Clock:
    """A fixed clock on a Monday morning in Tenggarong."""
    return Clock()


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class ServerThread:
    """An ASGI app served by uvicorn on loopback in a background thread."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        """The base URL."""
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = datetime.now(UTC) + timedelta(seconds=10)
        while not self.server.started:
            if datetime.now(UTC) > deadline:
                raise RuntimeError("uvicorn did not start")
            threading.Event().wait(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def gateway() -> Iterator[FakeGateway]:
    """A fake SMS gateway on loopback."""
    with fake_gateway() as g:
        yield g


@pytest.fixture
def service(settings: Settings, store: Store, clock: Clock, gateway: FakeGateway) -> Service:
    """The service on the fixed clock, sending SMS to the fake gateway (modules may override)."""
    settings.channels.sms.outbound = "generic"
    settings.channels.sms.generic.send_url = gateway.url + "/send"
    return build_service(settings, store, clock=clock)
