"""Desk page times with 100,000 complaints in the store, on SQLite and PostgreSQL.

Server time of the inbox (an officer of one section; a supervisor over all sections) and of a
complaint page, p50 and p95, measured in-process through the ASGI app (no network); baseline:
GET /healthz in the same run. Target: p95 under 100 ms on both backends.
Usage: python bench/desk.py [--count 100000] [--requests 200] [--postgres ADMIN_URL | --no-postgres]
Ends with one JSON line of the figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as `python bench/desk.py`: bench/ must not shadow the standard library.
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse
import json
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
from fastapi.testclient import TestClient
from sqlalchemy import insert

from desk.auth import Auth, hash_password
from ingest.app import build_service, create_app
from ingest.config import parse_settings
from ingest.secrets import secret_key
from store.db import Store
from store.migrate import upgrade
from store.models import Citizen, Complaint, Identity, Message, Officer
from store.tracking import new_code

NOW = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
STATUSES = ["baru"] * 40 + ["diproses"] * 20 + ["selesai"] * 25 + ["ditutup"] * 15


def fill(store: Store, count: int, sections: list[str], texts: list[str]) -> None:
    """Bulk-insert `count` complaints (one citizen, identity and message each)."""
    rnd = random.Random(7)
    codes: set[str] = set()
    batch = 5000
    with store.engine.begin() as conn:
        for start in range(0, count, batch):
            n = min(batch, count - start)
            ids = range(start + 1, start + n + 1)
            conn.execute(insert(Citizen), [{"id": i, "created_at": NOW} for i in ids])
            conn.execute(insert(Identity), [
                {"id": i, "citizen_id": i, "channel": "sms", "address": f"+62812{i:08d}",
                 "phone": f"+62812{i:08d}", "undeliverable": False, "created_at": NOW}
                for i in ids
            ])  # fmt: skip
            rows = []
            for i in ids:
                code = new_code("KK")
                while code in codes:
                    code = new_code("KK")
                codes.add(code)
                created = NOW - timedelta(minutes=rnd.randrange(60 * 24 * 60))
                rows.append({
                    "id": i, "tracking_code": code, "citizen_id": i, "identity_id": i,
                    "channel": "sms", "section": rnd.choice(sections),
                    "status": rnd.choice(STATUSES), "text": rnd.choice(texts), "decision": {},
                    "needs_triage": rnd.random() < 0.05, "anonymous": False,
                    "confidential": False, "reply_channel": "sms",
                    "reply_address": f"+62812{i:08d}", "created_at": created,
                    "updated_at": created, "last_message_at": created,
                    "due_at": created + timedelta(days=7),
                })  # fmt: skip
            conn.execute(insert(Complaint), rows)
            conn.execute(insert(Message), [
                {"id": i, "complaint_id": i, "citizen_id": i, "direction": "in",
                 "kind": "complaint", "channel": "sms", "external_id": f"bench:{i}",
                 "sender": f"+62812{i:08d}", "text": r["text"], "meta": {},
                 "received_at": r["created_at"], "created_at": r["created_at"]}
                for i, r in zip(ids, rows, strict=True)
            ])  # fmt: skip
    if store.is_postgres:
        with store.engine.begin() as conn:
            for table in ("citizen", "identity", "complaint", "message"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {count})"
                )
            conn.exec_driver_sql("ANALYZE")
    else:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def timed(client: TestClient, urls: list[str], cookies: dict[str, str]) -> dict[str, float]:
    """p50 and p95 in milliseconds of GETs of these URLs (after a warm-up)."""
    for url in urls[:10]:
        assert client.get(url, cookies=cookies).status_code == 200, url
    times = []
    for url in urls:
        start = time.perf_counter()
        response = client.get(url, cookies=cookies)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
    }


def run(url: str, count: int, requests: int) -> dict[str, Any]:
    """Fill one database and time the pages."""
    settings = parse_settings((ROOT / "config.yaml").read_text(encoding="utf-8"))
    settings.service.data_dir = tempfile.mkdtemp(prefix="aduan-bench-")
    settings.database.url = url
    store = Store(url)
    upgrade(store)
    sections = [s.id for s in settings.sections]
    texts = [e for s in settings.sections for e in s.examples]
    started = time.perf_counter()
    fill(store, count, sections, texts)
    filled = time.perf_counter() - started
    with store.write() as session:
        officer = Officer(username="bench", password_hash=hash_password("x" * 12),
                          role="officer", sections=["perekonomian"])  # fmt: skip
        supervisor = Officer(username="sup", password_hash=officer.password_hash,
                             role="supervisor", sections=[])  # fmt: skip
        session.add_all([officer, supervisor])
        session.flush()
        ids = (officer.id, supervisor.id)
    service = build_service(settings, store, clock=lambda: NOW)
    auth = Auth(settings.desk, store, secret_key(settings), service.ctx.clock)
    cookie = {"aduan_desk": auth.start_session(ids[0] or 0)}
    sup_cookie = {"aduan_desk": auth.start_session(ids[1] or 0)}
    with store.read() as session:
        from sqlmodel import col, select

        own = list(session.exec(
            select(Complaint.id).where(col(Complaint.section) == "perekonomian").limit(2000)
        ))  # fmt: skip
    rnd = random.Random(3)
    out: dict[str, Any] = {"fill_s": round(filled, 1)}
    with TestClient(create_app(service)) as client:
        out["healthz"] = timed(client, ["/healthz"] * requests, {})
        out["inbox"] = timed(client, ["/desk/aduan"] * requests, cookie)
        out["inbox_supervisor"] = timed(client, ["/desk/aduan"] * requests, sup_cookie)
        out["inbox_search"] = timed(client, ["/desk/aduan?q=elpiji"] * requests, cookie)
        pages = [f"/desk/aduan/{rnd.choice(own)}" for _ in range(requests)]
        out["complaint"] = timed(client, pages, cookie)
    store.dispose()
    return out


def main() -> None:
    """Run on SQLite and PostgreSQL and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    results: dict[str, Any] = {"complaints": args.count}
    folder = Path(tempfile.mkdtemp(prefix="aduan-bench-desk-"))
    results["sqlite"] = run(f"sqlite:///{folder / 'bench.db'}", args.count, args.requests)
    print("sqlite", results["sqlite"], flush=True)
    if not args.no_postgres:
        name = f"aduan_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.postgres, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        base = args.postgres.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
        try:
            results["postgresql"] = run(f"{base}/{name}", args.count, args.requests)
            print("postgresql", results["postgresql"], flush=True)
        finally:
            with psycopg.connect(args.postgres, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    pages = ("inbox", "inbox_supervisor", "complaint")
    results["target_met"] = all(
        results[db][page]["p95_ms"] < 100
        for db in ("sqlite", "postgresql") if db in results for page in pages
    )  # fmt: skip
    for db in ("sqlite", "postgresql"):
        if db in results:
            base_p50 = results[db]["healthz"]["p50_ms"] or 1
            results[db]["ratio_to_healthz_p50"] = {
                page: round(results[db][page]["p50_ms"] / base_p50, 1) for page in pages
            }
    print(json.dumps(results))


if __name__ == "__main__":
    main()
