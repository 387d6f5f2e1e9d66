"""Ingest throughput: synthetic SMS through the generic parser and the pipeline's accept.

Two ways of accepting, both measured on SQLite and PostgreSQL:
- grouped (the headline figure): `--batch` messages per transaction, as the service accepts
  concurrent webhooks (group commit, ingest/batcher.py) and as pollers accept their batches;
- one transaction per message (Pipeline.accept() alone), for comparison.
Baseline in the same run: the raw driver inserting the same messages with executemany.
Usage: python bench/ingest.py [--count 20000] [--batch 32] [--postgres URL]
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
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg

from channels.sms import generic
from ingest.config import parse_settings
from ingest.pipeline import Pipeline
from routing import Router
from store.db import Store
from store.migrate import upgrade

TEXTS = [
    "Gas elpiji 3 kg langka di pangkalan desa, harganya 45 ribu",
    "jalan poros desa rusak parah dan proyek perbaikannya mangkrak",
    "pungli di loket kecamatan saat mengurus surat keterangan",
    "beasiswa mahasiswa belum cair padahal sudah diumumkan",
    "lubang bekas tambang batubara tidak dipagar dekat sekolah",
    "akun LPSE kami tidak bisa login padahal batas penawaran besok",
]


def bodies(count: int, operator: str = "812") -> list[bytes]:
    """Messages from `count` new senders; each run takes its own operator prefix, so that no
    run finds the senders of another (they would become follow-ups, another workload)."""
    run = uuid.uuid4().hex[:8]
    return [
        json.dumps(
            {
                "id": f"{run}-{i}",
                "from": f"+62{operator}{i:08d}",
                "text": f"{TEXTS[i % len(TEXTS)]} ({i})",
            }
        ).encode()
        for i in range(count)
    ]


def run_pipeline(url: str, raw: list[bytes], batch: int) -> float:
    settings = parse_settings((ROOT / "config.yaml").read_text(encoding="utf-8"))
    store = Store(url)
    upgrade(store)
    pipeline = Pipeline(settings, store, Router.build(settings.routing, settings.sections))
    now = datetime.now(UTC)
    start = time.perf_counter()
    if batch <= 1:
        for body in raw:
            for msg in generic.parse(body, now):
                pipeline.accept(msg)
    else:
        for i in range(0, len(raw), batch):
            msgs = [m for body in raw[i : i + batch] for m in generic.parse(body, now)]
            pipeline.accept_batch(msgs)
    elapsed = time.perf_counter() - start
    store.dispose()
    return len(raw) / elapsed


def rows(raw: list[bytes]) -> list[tuple[str, str, str, str, str]]:
    now = datetime.now(UTC).isoformat()
    out = []
    for body in raw:
        data = json.loads(body)
        out.append(("sms", f"generic:{data['id']}", data["from"], data["text"], now))
    return out


def baseline_sqlite(path: str, raw: list[bytes]) -> float:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE TABLE m (id INTEGER PRIMARY KEY, channel TEXT, external_id TEXT, sender TEXT,"
        " text TEXT, received_at TEXT, UNIQUE(channel, external_id))"
    )
    start = time.perf_counter()
    data = rows(raw)
    conn.executemany(
        "INSERT INTO m (channel, external_id, sender, text, received_at) VALUES (?,?,?,?,?)", data
    )
    conn.commit()
    elapsed = time.perf_counter() - start
    conn.close()
    return len(raw) / elapsed


def baseline_postgres(url: str, raw: list[bytes]) -> float:
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        conn.execute(
            "CREATE TEMP TABLE m (id SERIAL PRIMARY KEY, channel TEXT, external_id TEXT,"
            " sender TEXT, text TEXT, received_at TEXT, UNIQUE(channel, external_id))"
        )
        start = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO m (channel, external_id, sender, text, received_at)"
                " VALUES (%s,%s,%s,%s,%s)",
                rows(raw),
            )
        conn.commit()
        return len(raw) / (time.perf_counter() - start)


def fresh_pg(admin: str) -> tuple[str, str]:
    name = f"aduan_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name, admin.rsplit("/", 1)[0].replace(
        "postgresql://", "postgresql+psycopg://"
    ) + "/" + name


def drop_pg(admin: str, name: str) -> None:
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument(
        "--batch", type=int, default=32,
        help="messages per transaction in the grouped run (32: the webhook bench's concurrency)",
    )  # fmt: skip
    parser.add_argument(
        "--postgres",
        default=os.environ.get("ADUAN_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres"),
    )
    args = parser.parse_args()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        raw = bodies(args.count)
        figures["sqlite_complaints_per_s"] = run_pipeline(
            f"sqlite:///{tmp}/grouped.db", raw, args.batch
        )
        figures["sqlite_one_txn_per_message_per_s"] = run_pipeline(
            f"sqlite:///{tmp}/single.db", bodies(args.count), 1
        )
        figures["sqlite_baseline_rows_per_s"] = baseline_sqlite(f"{tmp}/base.db", raw)
    name, url = fresh_pg(args.postgres)
    try:
        figures["postgres_complaints_per_s"] = run_pipeline(
            url, bodies(args.count, "813"), args.batch
        )
        figures["postgres_one_txn_per_message_per_s"] = run_pipeline(
            url, bodies(args.count, "821"), 1
        )
        figures["postgres_baseline_rows_per_s"] = baseline_postgres(url, raw)
    finally:
        drop_pg(args.postgres, name)
    for backend in ("sqlite", "postgres"):
        figures[f"{backend}_ratio"] = (
            figures[f"{backend}_complaints_per_s"] / figures[f"{backend}_baseline_rows_per_s"]
        )
    print(f"{'backend':10} {'grouped/s':>10} {'1 txn/msg/s':>12} {'baseline/s':>12} {'ratio':>7}")
    for backend in ("sqlite", "postgres"):
        print(
            f"{backend:10} {figures[f'{backend}_complaints_per_s']:10.0f}"
            f" {figures[f'{backend}_one_txn_per_message_per_s']:12.0f}"
            f" {figures[f'{backend}_baseline_rows_per_s']:12.0f} {figures[f'{backend}_ratio']:7.3f}"
        )
    target = figures["sqlite_complaints_per_s"] >= 3000
    print(
        f"target >= 3000 complaints/s on SQLite ({args.batch} per transaction):"
        f" {'met' if target else 'NOT met'}"
    )
    print(
        json.dumps(
            {
                "bench": "ingest",
                "count": args.count,
                "batch": args.batch,
                **{k: round(v, 3) for k, v in figures.items()},
                "target_met": target,
            }
        )
    )


if __name__ == "__main__":
    main()
