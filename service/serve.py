"""`aduan serve`: the schema checked, the app and its jobs started under uvicorn."""

from __future__ import annotations

import gc
import json
import logging
import multiprocessing
import secrets
import shutil
import tempfile
import uuid
from importlib.resources import files
from pathlib import Path

import uvicorn

from channels.sms import generic
from channels.web import parse_submission
from desk.auth import hash_password
from service.app import Service, build_service, create_app
from settings.root import Settings
from store import officers
from store.db import Store
from store.migrate import SchemaOutdated, current_revision, ensure_schema, head_revision, upgrade
from store.models import Officer
from store.types import utcnow

log = logging.getLogger(__name__)
DEMO_ADMIN = "demo"
DEMO_SUPERVISOR = "demo-pengawas"
# The youngest generation is collected when tracked allocations outnumber deallocations by
# the first threshold. Each SQLite transaction leaves about 40 objects in reference cycles
# (SQLAlchemy's session, transaction and event dispatchers), so collections find work; their
# pause grows with the threshold: at 20,000 a young collection was 6-9 ms of CPU (15-25 ms
# wall on a busy machine), a p99 of its own at 200 requests/s; at 700 they run every few
# requests and cost 7-9% of a webhook's CPU. 3,000: about 1.5 ms each, a few a second.
GC_THRESHOLDS = (3_000, 10, 10)


def run(settings: Settings, config_file: Path, host: str, port: int, demo: bool) -> None:
    """Serve until interrupted; a demo's throwaway folder is removed on the way out."""
    if not demo:
        _serve(settings, config_file, host, port, demo)
        return
    folder = Path(tempfile.mkdtemp(prefix="aduan-demo-"))
    settings.database.url = f"sqlite:///{folder / 'demo.db'}"
    settings.service.data_dir = str(folder / "data")
    log.info("demo: throwaway database in %s", folder)
    try:
        _serve(settings, config_file, host, port, demo)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        log.info("demo: %s removed", folder)


def _serve(settings: Settings, config_file: Path, host: str, port: int, demo: bool) -> None:
    store = Store(settings.database.url, pool_size=settings.database.pool_size)
    try:
        # A SQLite file belongs to this process: bring it up to date. A shared PostgreSQL
        # schema is upgraded deliberately, by `aduan db upgrade`, never behind others' backs.
        if store.is_sqlite and current_revision(store) != head_revision():
            upgrade_apart(store.url)
        ensure_schema(store, auto_upgrade=False)
    except SchemaOutdated as exc:
        raise SystemExit(f"error: {exc}") from exc
    service = build_service(settings, store, config_file=config_file)
    if demo:
        fed = feed_demo(service)
        log.info("demo: %s sample complaints fed through the pipeline", fed)
        password = demo_accounts(store)
        print(
            f"\nDemo: http://{host}:{port}/desk -- admin {DEMO_ADMIN!r}, supervisor "
            f"{DEMO_SUPERVISOR!r} (sees every complaint), password {password!r}; "
            "both go when the server stops.\n",
            flush=True,
        )
    app = create_app(service, run_jobs=True, started=settle_heap)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)


def settle_heap() -> None:
    """Once start-up is over: what it built out of the collector's sight, and young
    collections short enough not to be anyone's latency."""
    # What start-up built (uvicorn, the routing automaton, phone metadata, SQLAlchemy's
    # tables, the scheduler's threads) lives as long as the process: frozen, so that full
    # collections under load scan only what requests create. Frozen before uvicorn and the
    # lifespan had run, they left 10-20 ms of CPU (20-100 ms wall) to every full collection.
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def upgrade_apart(url: str) -> None:
    """Migrate the database at `url` in a child process, which exits when it is done.

    Migrating loads Alembic, Mako and Pygments (about 140 modules, 10 MB) that a serving
    process never needs again; a process of their own gives the memory back to the system.
    """
    # Forked where the system can (the child starts from this process as it is: nothing is
    # imported again, whatever the entry script); spawned elsewhere.
    forks = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if forks else multiprocessing.get_context("spawn")
    child = context.Process(target=_upgrade, args=(url,))
    child.start()
    child.join()
    if child.exitcode != 0:
        raise SystemExit(f"error: the schema upgrade failed (exit code {child.exitcode})")


def _upgrade(url: str) -> None:
    store = Store(url)
    try:
        upgrade(store)
    finally:
        store.dispose()


def demo_accounts(store: Store) -> str:
    """Create the demo's admin and supervisor (who reads the complaints); their password."""
    password = secrets.token_urlsafe(9)
    hashed = hash_password(password)
    with store.write() as session:
        officers.save(session, Officer(username=DEMO_ADMIN, password_hash=hashed, role="admin"))
        officers.save(
            session, Officer(username=DEMO_SUPERVISOR, password_hash=hashed, role="supervisor")
        )
    return password


def feed_demo(service: Service) -> int:
    """Feed the bundled sample complaints through the real parsers and the pipeline."""
    text = files("ingest").joinpath("demo_complaints.jsonl").read_text(encoding="utf-8")
    count = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        now = utcnow()
        if item["channel"] == "sms":
            body = json.dumps(
                {"id": uuid.uuid4().hex, "from": item["sender"], "text": item["text"]}
            ).encode()
            messages = generic.parse(body, now)
        else:
            data = {"text": item["text"], "name": item.get("name"), "contact": item.get("sender")}
            messages = parse_submission(data, f"demo:{uuid.uuid4().hex}", now, 10_000)
        for message in messages:
            service.ctx.pipeline.accept(message)
            count += 1
    return count
