"""Ingest throughput on SQLite and PostgreSQL in one run, beside the raw driver doing the same.

Texts come from bench/corpus.py: every message distinct, from an SMS line to a long letter.
Each message is a new SMS from a new sender, parsed by the generic gateway's parser and taken
by the pipeline (identify, route, store the complaint and its message, queue the
acknowledgement). Three ways, on each backend, in each run:
- grouped (the headline figure): `--batch` messages per transaction, as the service accepts
  concurrent webhooks (group commit, ingest/batcher.py) and as pollers accept their batches;
- one transaction per message (Pipeline.accept() alone);
- the raw driver (sqlite3, psycopg) writing the same rows to the same tables of the same
  migrated schema (citizen, identity, message, complaint, outbox; not a TEMP table), one
  transaction per `--batch` messages, one statement per row: the floor of code that writes
  row by row. On PostgreSQL that is five synchronous round trips a message, so its figure is
  bound by round-trip latency, not by the database;
- follow-ups: the grouped mode's senders write again (new texts) within the follow-up window,
  so each message joins its sender's open complaint, found among every open complaint the run
  has stored: the ratio follow-ups/grouped shows a look-up that grows with the store;
- on PostgreSQL also the raw driver pipelined ("piped"): the same rows, one statement per
  message (data-modifying CTEs), a batch's statements in one executemany (pipeline mode):
  one round trip per batch, the floor of a pipeline that sends what it writes in one go
  (it writes no search index and reads nothing back). The pipeline sends fewer statements
  than the row-by-row raw driver (a batch's messages, look-ups, settling and search documents
  one statement each; a new sender's four rows one statement, a batch's new senders one
  executemany), so its grouped figure can pass that one on PostgreSQL.
On PostgreSQL, also `--replicas` (2) processes accepting grouped at once on the same database,
each its own senders, as replicas of the service would: their summed rate beside one replica's
(the grouped figure), in the ratio "replicas/one". The order of the modes turns from run to run. Figures: messages per second of wall time and
this process's CPU milliseconds per message (time.process_time, every thread), on PostgreSQL
the server's CPU milliseconds per message (its backend process's, from /proc: the server must
run on this machine), and the ratio grouped/raw. On PostgreSQL, also the pipeline's round trips per
message: the statements its connections sent, an executemany (pipelined) counting once; commits
not counted; and its statements per message, an executemany's rows each counting (each is
bound, run and answered by the server). Unlike the rates, this figure does not depend on the machine or its load. `--runs` (3) runs, each on fresh databases; every
figure is printed as min / median / max over the runs, never the best.

Figures depend on the machine and on what else runs on it: measure on an otherwise idle
machine and report the median with the date and the machine line this bench prints.
Rerun: python bench/ingest.py [--runs 3] [--count 10000] [--batch 32] [--replicas 2]
       [--postgres ADMIN_URL]
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as `python bench/<name>.py`: bench/ must not shadow the standard library (bench/email.py).
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse
import json
import multiprocessing
import os
import secrets
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import event

from bench.corpus import complaints
from bench.runs import machine, print_summary, summary
from channels.sms import generic
from ingest.pipeline import Pipeline
from routing import Router
from settings.load import parse_settings
from store.db import Store
from store.migrate import upgrade

MODES = ("grouped", "single", "raw", "piped")
"""The modes of a run; "piped" (the raw driver's rows, pipelined) on PostgreSQL only."""


def bodies(texts: list[str], operator: str) -> list[bytes]:
    """Generic-gateway webhook bodies, each from a new sender under this operator prefix."""
    run = uuid.uuid4().hex[:8]
    return [
        json.dumps({"id": f"{run}-{i}", "from": f"+62{operator}{i:07d}", "text": t}).encode()
        for i, t in enumerate(texts)
    ]


class Counted(psycopg.Cursor[Any]):
    """A psycopg cursor that counts what it sends: a statement, or an executemany (pipelined:
    one round trip for all its rows)."""

    sent = 0
    statements = 0
    """Statements the server ran: an executemany's rows each count."""

    def execute(self, *args: Any, **kwargs: Any) -> Any:
        Counted.sent += 1
        Counted.statements += 1
        return super().execute(*args, **kwargs)

    def executemany(self, query: Any, params_seq: Any, **kwargs: Any) -> Any:
        params = list(params_seq)
        Counted.sent += 1
        Counted.statements += len(params)
        return super().executemany(query, params, **kwargs)


def _counted(dbapi_conn: Any, _record: Any) -> None:
    if isinstance(dbapi_conn, psycopg.Connection):
        dbapi_conn.cursor_factory = Counted


def run_pipeline(
    url: str,
    raw: list[bytes],
    batch: int,
    ready: Callable[[], None] = lambda: None,
) -> tuple[float, float, tuple[int, int], float]:
    """(wall seconds, CPU seconds, and on PostgreSQL (round trips, statements) and the server's
    CPU seconds) to accept every body, `batch` per transaction; the clocks start after `ready()`
    returns."""
    settings = parse_settings((ROOT / "config.yaml").read_text(encoding="utf-8"), folder=ROOT)
    store = Store(url)
    event.listen(store.engine, "connect", _counted)
    pipeline = Pipeline(settings, store, Router.build(settings.routing, settings.sections))
    pipeline.warm_up()
    ready()
    now = datetime.now(UTC)
    server = server_cpu(store)
    sent, statements = Counted.sent, Counted.statements
    wall, cpu = time.perf_counter(), time.process_time()
    if batch <= 1:
        for body in raw:
            for msg in generic.parse(body, now):
                pipeline.accept(msg)
    else:
        accept_grouped(pipeline, raw, batch, now)
    result = (time.perf_counter() - wall, time.process_time() - cpu,
              (Counted.sent - sent, Counted.statements - statements),
              server_cpu(store) - server)  # fmt: skip
    pipeline.close()
    store.dispose()
    return result


def accept_grouped(pipeline: Pipeline, raw: list[bytes], batch: int, now: datetime) -> None:
    """`batch` bodies per transaction, as group commit takes concurrent webhooks."""
    for i in range(0, len(raw), batch):
        pipeline.accept_batch([m for b in raw[i : i + batch] for m in generic.parse(b, now)])


def server_cpu(store: Store) -> float:
    """CPU seconds used so far by the PostgreSQL backend of the store's connection (the one
    the pipeline uses: it writes from one thread), from its process's utime + stime in /proc,
    so the server must run on this machine; 0 on SQLite."""
    if not store.is_postgres:
        return 0.0
    with store.engine.connect() as conn:
        pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
    return _proc_cpu(pid)


def _proc_cpu(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:  # gone, or another machine's
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


ROWS: dict[str, Callable[[dict[str, Any], dict[str, int], str], dict[str, Any]]] = {
    "citizen": lambda d, ids, now: {"name": None, "created_at": now},
    "identity": lambda d, ids, now: {
        "citizen_id": ids["citizen"], "channel": "sms", "address": d["from"],
        "phone": d["from"], "undeliverable": False, "created_at": now},
    "message": lambda d, ids, now: {
        "citizen_id": ids["citizen"], "direction": "in", "kind": "complaint", "channel": "sms",
        "external_id": f"generic:{d['id']}", "sender": d["from"], "text": d["text"],
        "meta": "{}", "raw": json.dumps(d).encode(), "received_at": now, "created_at": now},
    "complaint": lambda d, ids, now: {
        "tracking_code": "KK-" + secrets.token_hex(6), "citizen_id": ids["citizen"],
        "identity_id": ids["identity"], "channel": "sms", "section": "organisasi",
        "status": "baru", "text": d["text"], "decision": '{"rules": []}', "needs_triage": False,
        "anonymous": False, "confidential": False, "reply_channel": "sms",
        "reply_address": d["from"], "created_at": now, "updated_at": now,
        "last_message_at": now, "due_at": now},
    "outbox": lambda d, ids, now: {
        "complaint_id": ids["complaint"], "channel": "sms", "recipient": d["from"],
        "kind": "ack", "text": "Aduan diterima. Kode KK-XXXX.", "automatic": True,
        "meta": "{}", "status": "pending", "attempts": 0, "attempt_log": "[]",
        "next_attempt_at": now, "created_at": now},
}  # fmt: skip


def run_raw(url: str, raw: list[bytes], batch: int) -> tuple[float, float, float]:
    """(wall, CPU, and the server's CPU on PostgreSQL) for the raw driver writing the
    pipeline's rows, `batch` per transaction."""
    postgres = not url.startswith("sqlite")
    if postgres:
        conn: Any = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
        mark = "%({})s"
    else:
        conn = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        mark = ":{}"
    server = _proc_cpu(conn.info.backend_pid) if postgres else 0.0
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(raw), batch):
        now = datetime.now(UTC).isoformat() if not postgres else datetime.now(UTC)
        if not postgres:
            conn.execute("BEGIN IMMEDIATE")
        for body in raw[i : i + batch]:
            data, ids = json.loads(body), {}
            for table, row in ROWS.items():
                values = row(data, ids, now)
                sql = (f"INSERT INTO {table} ({', '.join(values)}) VALUES "
                       f"({', '.join(mark.format(k) for k in values)}) RETURNING id")  # fmt: skip
                ids[table] = conn.execute(sql, values).fetchone()[0]
        conn.commit() if postgres else conn.execute("COMMIT")
    server = _proc_cpu(conn.info.backend_pid) - server if postgres else 0.0
    result = time.perf_counter() - wall, time.process_time() - cpu, server
    conn.close()
    return result


class _Id(str):
    """The id of an earlier row of the same message, in the pipelined raw statement."""


def piped_statement(data: dict[str, Any], now: datetime) -> tuple[str, dict[str, Any]]:
    """The raw driver's rows of one message as one statement (data-modifying CTEs, each row
    taking the ids of those before it) and its parameters: the same for every message."""
    ids = {table: _Id(f"(SELECT id FROM {table}_row)") for table in ROWS}
    steps, params = [], {}
    for table, make in ROWS.items():
        values = make(data, ids, now)  # type: ignore[arg-type]
        marks = []
        for name, value in values.items():
            if isinstance(value, _Id):
                marks.append(str(value))
            else:
                params[f"{table}_{name}"] = value
                marks.append(f"%({table}_{name})s")
        steps.append(f"{table}_row AS (INSERT INTO {table} ({', '.join(values)}) "
                     f"VALUES ({', '.join(marks)}) RETURNING id)")  # fmt: skip
    return "WITH " + ", ".join(steps) + " SELECT 1", params


def run_piped(url: str, raw: list[bytes], batch: int) -> tuple[float, float, float]:
    """(wall, CPU, server CPU) for psycopg writing the raw driver's rows as one statement per
    message, a batch's statements pipelined (executemany): one round trip per `batch` messages
    and its commit, the floor of a pipeline that sends what it writes in one go."""
    conn = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
    server = _proc_cpu(conn.info.backend_pid)
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(raw), batch):
        now = datetime.now(UTC)
        made = [piped_statement(json.loads(body), now) for body in raw[i : i + batch]]
        conn.cursor().executemany(made[0][0], [params for _, params in made])
        conn.commit()
    server = _proc_cpu(conn.info.backend_pid) - server
    result = time.perf_counter() - wall, time.process_time() - cpu, server
    conn.close()
    return result


def _replica(url: str, raw: list[bytes], batch: int, start: Any, out: Any) -> None:
    """One replica's process: set up, say so, wait for the others, accept its bodies."""

    def ready() -> None:
        out.put("ready")
        start.wait()

    wall, cpu, _, server = run_pipeline(url, raw, batch, ready)
    out.put((wall, cpu, server))


def run_replicas(url: str, raws: list[list[bytes]], batch: int) -> tuple[float, float, float]:
    """(wall seconds until the last replica finished, CPU seconds summed over the replicas, and
    their server's); every replica starts its clocks when all are set up."""
    spawn = multiprocessing.get_context("spawn")
    start, out = spawn.Event(), spawn.Queue()
    procs = [spawn.Process(target=_replica, args=(url, raw, batch, start, out)) for raw in raws]
    for proc in procs:
        proc.start()
    for _ in procs:
        assert out.get() == "ready"
    start.set()
    results = [out.get() for _ in procs]
    for proc in procs:
        proc.join()
    return (max(r[0] for r in results), sum(r[1] for r in results), sum(r[2] for r in results))


def fresh_pg(admin: str) -> tuple[str, str]:
    name = f"aduan_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = admin.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    return name, f"{base}/{name}"


def drop_pg(admin: str, name: str) -> None:
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def one_backend(backend: str, url: str, args: argparse.Namespace, run: int) -> dict[str, float]:
    """The three modes on one fresh, migrated database; each with its own senders and texts."""
    store = Store(url)
    upgrade(store)
    store.dispose()
    out: dict[str, float] = {}
    modes = MODES if backend == "postgres" else MODES[:3]
    texts = complaints(args.count * len(modes), seed=run + 1)
    order = modes[run % len(modes) :] + modes[: run % len(modes)]
    senders = ""
    for n, mode in enumerate(order):
        raw = bodies(texts[n * args.count : (n + 1) * args.count], f"8{n + 1}{run}")
        senders = f"8{n + 1}{run}" if mode == "grouped" else senders
        if mode in ("raw", "piped"):
            wall, cpu, server = (run_raw if mode == "raw" else run_piped)(url, raw, args.batch)
            if backend == "postgres":
                out[f"postgres_{mode}_server_ms_per_msg"] = server / len(raw) * 1000
        else:
            grouped = mode == "grouped"
            wall, cpu, sent, server = run_pipeline(url, raw, args.batch if grouped else 1)
            if backend == "postgres":
                out[f"postgres_{mode}_trips_per_msg"] = sent[0] / len(raw)
                out[f"postgres_{mode}_statements_per_msg"] = sent[1] / len(raw)
                out[f"postgres_{mode}_server_ms_per_msg"] = server / len(raw) * 1000
        out[f"{backend}_{mode}_per_s"] = len(raw) / wall
        out[f"{backend}_{mode}_cpu_ms_per_msg"] = cpu / len(raw) * 1000
    out[f"{backend}_grouped_to_raw"] = out[f"{backend}_grouped_per_s"] / out[f"{backend}_raw_per_s"]
    # The grouped mode's senders write again within the follow-up window: each message joins the
    # sender's open complaint, found among all the open complaints of the window (the store now
    # holds every mode's), grouped like the first messages
    again = bodies(complaints(args.count, seed=run + 201), senders)
    wall, cpu, _, _ = run_pipeline(url, again, args.batch)
    out[f"{backend}_followup_per_s"] = len(again) / wall
    out[f"{backend}_followup_cpu_ms_per_msg"] = cpu / len(again) * 1000
    out[f"{backend}_followup_to_grouped"] = (
        out[f"{backend}_followup_per_s"] / out[f"{backend}_grouped_per_s"]
    )
    if backend == "postgres":
        out["postgres_grouped_to_piped"] = (
            out["postgres_grouped_per_s"] / out["postgres_piped_per_s"]
        )
    if backend == "postgres" and args.replicas > 1:
        texts = complaints(args.count * args.replicas, seed=run + 101)
        raws = [
            bodies(texts[n * args.count : (n + 1) * args.count], f"9{n + 1}{run}")
            for n in range(args.replicas)
        ]
        wall, cpu, server = run_replicas(url, raws, args.batch)
        total = args.count * args.replicas
        out["postgres_replicas_server_ms_per_msg"] = server / total * 1000
        out["postgres_replicas_per_s"] = total / wall
        out["postgres_replicas_cpu_ms_per_msg"] = cpu / total * 1000
        out["postgres_replicas_to_one"] = total / wall / out["postgres_grouped_per_s"]
    return out


def one_run(args: argparse.Namespace, run: int) -> dict[str, float]:
    """SQLite then PostgreSQL (or the other way round, every other run)."""
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for backend in ("sqlite", "postgres") if run % 2 == 0 else ("postgres", "sqlite"):
            if backend == "sqlite":
                out |= one_backend(backend, f"sqlite:///{tmp}/bench.db", args, run)
                continue
            name, url = fresh_pg(args.postgres)
            try:
                out |= one_backend(backend, url, args, run)
            finally:
                drop_pg(args.postgres, name)
    out["postgres_to_sqlite_grouped"] = out["postgres_grouped_per_s"] / out["sqlite_grouped_per_s"]
    return out


def labels() -> dict[str, str]:
    out = {}
    for backend in ("sqlite", "postgres"):
        for mode, name in (("grouped", "grouped"), ("single", "1 txn/msg"), ("raw", "raw driver")):
            out[f"{backend}_{mode}_per_s"] = f"{backend} {name} msg/s"
            out[f"{backend}_{mode}_cpu_ms_per_msg"] = f"{backend} {name} CPU ms/msg"
        out[f"{backend}_grouped_to_raw"] = f"{backend} ratio grouped/raw"
        out[f"{backend}_followup_per_s"] = f"{backend} follow-ups grouped msg/s"
        out[f"{backend}_followup_cpu_ms_per_msg"] = f"{backend} follow-ups CPU ms/msg"
        out[f"{backend}_followup_to_grouped"] = f"{backend} ratio follow-ups/grouped"
    out["postgres_grouped_trips_per_msg"] = "postgres grouped round trips/msg"
    out["postgres_single_trips_per_msg"] = "postgres 1 txn/msg round trips/msg"
    out["postgres_grouped_statements_per_msg"] = "postgres grouped statements/msg"
    out["postgres_single_statements_per_msg"] = "postgres 1 txn/msg statements/msg"
    out["postgres_piped_per_s"] = "postgres raw driver pipelined msg/s"
    out["postgres_piped_cpu_ms_per_msg"] = "postgres raw driver pipelined CPU ms/msg"
    out["postgres_piped_server_ms_per_msg"] = "postgres raw driver pipelined server CPU ms/msg"
    out["postgres_grouped_to_piped"] = "postgres ratio grouped/raw pipelined"
    out["postgres_grouped_server_ms_per_msg"] = "postgres grouped server CPU ms/msg"
    out["postgres_single_server_ms_per_msg"] = "postgres 1 txn/msg server CPU ms/msg"
    out["postgres_raw_server_ms_per_msg"] = "postgres raw driver server CPU ms/msg"
    out["postgres_replicas_server_ms_per_msg"] = "postgres replicas server CPU ms/msg"
    out["postgres_to_sqlite_grouped"] = "grouped postgres/sqlite"
    out["postgres_replicas_per_s"] = "postgres replicas, summed msg/s"
    out["postgres_replicas_cpu_ms_per_msg"] = "postgres replicas CPU ms/msg"
    out["postgres_replicas_to_one"] = "postgres ratio replicas/one"
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--count", type=int, default=10_000, help="messages per mode and backend")
    parser.add_argument(
        "--batch", type=int, default=32,
        help="messages per transaction, grouped and raw (32: the webhook bench's concurrency)",
    )  # fmt: skip
    parser.add_argument(
        "--replicas", type=int, default=2,
        help="replicas accepting at once on PostgreSQL, grouped, `--count` each (0: none)",
    )  # fmt: skip
    parser.add_argument(
        "--postgres",
        default=os.environ.get("ADUAN_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres"),
    )
    args = parser.parse_args()
    print(f"machine: {machine()}")
    runs = []
    for run in range(args.runs):
        runs.append(one_run(args, run))
        print(f"run {run + 1}: " + ", ".join(f"{k} {v:.2f}" for k, v in runs[-1].items()))
    print_summary(runs, {k: v for k, v in labels().items() if k in runs[0]})
    print(json.dumps({"bench": "ingest", "runs": args.runs, "count": args.count,
                      "batch": args.batch, "machine": machine(),
                      "min_median_max": summary(runs)}))  # fmt: skip


if __name__ == "__main__":
    main()
