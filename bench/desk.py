"""Desk page times with N complaints (default 100,000) on SQLite and PostgreSQL, over HTTP.

The store is filled with bulk SQL (not the pipeline): citizens, identities, complaints, their first
messages and their search documents (store/search.py), from varied texts; PostgreSQL gets VACUUM
ANALYZE after filling, SQLite ANALYZE. Then `aduan serve` runs in its own process on loopback and
this process requests varied URLs of every desk page over HTTP, one at a time: the officer's and
the supervisor's inbox (every status tab, channel, triage and overdue filters, pages beyond the
first), complaint pages, deadlines, statistics, and searches (common and rare words, two words,
partial codes, phone numbers). Three runs; per page p50 and p95 (min/median/max over the runs),
each p95 marked against the 100 ms target. The peer in the same run: GET /healthz.
Usage: python bench/desk.py [--count 100000] [--requests 60] [--postgres ADMIN_URL | --no-postgres]
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
import os
import random
import re
import socket
import statistics
import subprocess
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import psycopg
from sqlalchemy import insert, text

from desk.auth import SESSION_COOKIE, Auth, hash_password
from ingest.config import parse_settings
from ingest.secrets import secret_key
from ingest.settings import Settings
from store.db import Store
from store.migrate import upgrade
from store.models import Citizen, Complaint, DeskNotice, Identity, Message, Officer
from store.search import document, normaliser, stems
from store.tracking import new_code

TARGET_MS = 100
STATUSES = ["baru"] * 40 + ["diproses"] * 20 + ["selesai"] * 25 + ["ditutup"] * 15
ANSWERED = ["baru"] * 2 + ["diproses"] * 3 + ["selesai"] * 25 + ["ditutup"] * 70
CHANNELS = ["sms"] * 4 + ["whatsapp"] * 3 + ["email"] * 2 + ["telegram", "web", "x"]
PLACES = ("Tenggarong", "Loa Kulu", "Sebulu", "Muara Badak", "Samboja", "Anggana", "Kembang Janggut",
          "Tabang", "Muara Kaman", "Sanga-Sanga", "Loa Janan", "Marangkayu", "Kota Bangun")  # fmt: skip
SYLLABLES = ("ka", "ra", "ma", "nu", "si", "lo", "ba", "te", "gu", "ri", "sa", "tu")
NAMES = ("Budi", "Siti", "Agus", "Dewi", "Rahmat", "Nur", "Yusuf", "Aminah", "Hendra", "Rina")


def texts_of(settings: Settings, rnd: random.Random) -> tuple[list[str], list[str]]:
    """Varied complaint texts: an example of a section, a made-up village (a rare word), a place,
    and a tail of other examples' words drawn with a long-tailed frequency."""
    examples = [e for s in settings.sections for e in s.examples]
    vocab = sorted({w for e in examples for w in re.findall(r"[a-zA-Z]{4,}", e)})
    rnd.shuffle(vocab)
    out = []
    for _ in range(5000):
        tail = [vocab[min(len(vocab) - 1, int(rnd.paretovariate(0.8)) - 1)] for _ in range(4)]
        tail += rnd.sample(vocab, rnd.choice((0, 1, 2, 8, 30)))
        village = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.choice((3, 4))))
        out.append(f"{rnd.choice(examples)} di {village}, {rnd.choice(PLACES)}. {' '.join(tail)}")
    return out, vocab


def fill(store: Store, settings: Settings, count: int, now: datetime) -> dict[str, Any]:
    """Bulk-insert `count` complaints; what the requests need (ids, codes, phones, words)."""
    rnd = random.Random(7)
    sections = [s.id for s in settings.sections]
    texts, _ = texts_of(settings, rnd)
    norm = normaliser(settings.routing.slang, settings.routing.stem_overrides)
    stems_of = [stems(norm, t) for t in texts]
    freq: Counter[str] = Counter()
    for t, used in Counter(i % len(texts) for i in range(1, count + 1)).items():
        freq.update(dict.fromkeys(set(stems_of[t]), used))
    fts_sql = (
        "INSERT INTO complaint_fts (complaint_id, doc) VALUES (:id, to_tsvector('simple', :doc))"
        if store.is_postgres
        else "INSERT INTO complaint_fts (rowid, doc) VALUES (:id, :doc)"
    )
    sample: dict[str, list[Any]] = {"codes": [], "phones": [], "own": []}
    batch = 5000
    with store.engine.begin() as conn:
        for start in range(0, count, batch):
            ids = range(start + 1, min(count, start + batch) + 1)
            names = {i: f"{rnd.choice(NAMES)} {rnd.choice(NAMES)}an" for i in ids}
            conn.execute(insert(Citizen), [{"id": i, "name": names[i], "created_at": now}
                                           for i in ids])  # fmt: skip
            conn.execute(insert(Identity), [
                {"id": i, "citizen_id": i, "channel": "sms", "address": f"+62812{i:08d}",
                 "phone": f"+62812{i:08d}", "undeliverable": False, "created_at": now}
                for i in ids
            ])  # fmt: skip
            rows, docs, notices = [], [], []
            for i in ids:
                created = now - timedelta(minutes=rnd.randrange(60 * 24 * 60))
                # An office that keeps up: most complaints past their week are answered, and the
                # overdue rest were already flagged (else the server's first overdue run would
                # write a notice for each while the pages are timed).
                old = created < now - timedelta(days=7)
                status, code = rnd.choice(ANSWERED if old else STATUSES), new_code("KK")
                body = texts[i % len(texts)]
                rows.append({
                    "id": i, "tracking_code": code, "citizen_id": i, "identity_id": i,
                    "channel": rnd.choice(CHANNELS), "section": rnd.choice(sections),
                    "status": status, "text": body, "decision": {},
                    "needs_triage": rnd.random() < 0.05, "anonymous": False,
                    "confidential": False, "reply_channel": "sms",
                    "reply_address": f"+62812{i:08d}", "created_at": created,
                    "updated_at": created, "last_message_at": created,
                    "due_at": None if rnd.random() < 0.01 else created + timedelta(days=7),
                    "closed_at": created + timedelta(days=3) if status == "ditutup" else None,
                })  # fmt: skip
                docs.append({"id": i, "doc": document(norm, code, [body], [names[i]],
                                                      [f"+62812{i:08d}"])})  # fmt: skip
                due = rows[-1]["due_at"]
                if status in ("baru", "diproses") and due is not None and due < now:
                    notices.append({"kind": "overdue", "key": f"{i}:{due.isoformat()}",
                                    "created_at": now})  # fmt: skip
                if rnd.random() < 2000 / count:
                    sample["codes"].append(code)
                    sample["phones"].append(f"0812{i:08d}")
            conn.execute(insert(Complaint), rows)
            conn.execute(insert(Message), [
                {"id": r["id"], "complaint_id": r["id"], "citizen_id": r["id"], "direction": "in",
                 "kind": "complaint", "channel": "sms", "external_id": f"bench:{r['id']}",
                 "sender": r["reply_address"], "text": r["text"], "meta": {},
                 "received_at": r["created_at"], "created_at": r["created_at"]}
                for r in rows
            ])  # fmt: skip
            conn.execute(text(fts_sql), docs)
            if notices:
                conn.execute(insert(DeskNotice), notices)
            sample["own"] += [r["id"] for r in rows if r["section"] == sections[0]][:20]
    _finish(store, count)
    ranked = [w for w, _ in freq.most_common() if len(w) > 3 and w.isalpha()]
    sample["common"] = ranked[:20]
    sample["rare"] = ranked[-40:]
    sample["section"] = [sections[0]]
    return sample


def _finish(store: Store, count: int) -> None:
    """Sequences past the inserted ids; statistics for the planner (VACUUM ANALYZE on PG)."""
    if store.is_postgres:
        with store.engine.begin() as conn:
            for table in ("citizen", "identity", "complaint", "message"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {count})"
                )
        dsn = store.url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(dsn, autocommit=True) as raw:
            raw.execute("VACUUM ANALYZE")
    else:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def urls(sample: dict[str, Any], sections: list[str], rnd: random.Random) -> dict[str, list[str]]:
    """Varied URLs per page kind (cursors for later pages are added while walking)."""
    filters = ["", "?status=baru", "?status=diproses", "?status=selesai", "?status=semua",
               "?terlambat=1", "?triase=1", "?kanal=email", "?kanal=sms&status=semua",
               "?status=ditutup&kanal=web"]  # fmt: skip
    for s in sections[:5]:
        filters.append(f"?bagian={s}")
    codes, phones = sample["codes"], sample["phones"]
    searches = (
        [f"q={w}" for w in sample["common"]]
        + [f"q={w}" for w in sample["rare"]]
        + [f"q={a}+{b}" for a, b in zip(sample["common"], sample["rare"], strict=False)]
        + [f"q={c}" for c in codes[:20]]
        + [f"q={c.replace('-', '')[2:7].lower()}" for c in codes[20:40]]
        + [f"q={p}" for p in phones[:20]]
    )
    rnd.shuffle(searches)
    return {
        "inbox": [f"/desk/aduan{f}" for f in filters],
        "search": [f"/desk/aduan?{q}" for q in searches],
        "complaint": [f"/desk/aduan/{i}" for i in sample["own"]],
        "deadlines": ["/desk/tenggat"],
        "stats": ["/statistik", "/desk/skm"],
    }


def walk(client: httpx.Client, url: str, pages: int) -> list[str]:
    """The URL and the next `pages - 1` pages after it (following the inbox's next links)."""
    out = [url]
    for _ in range(pages - 1):
        found = re.search(r'href="([^"]+)" rel="next"', client.get(out[-1]).text)
        if not found:
            break
        out.append(found.group(1).replace("&amp;", "&"))
    return out


def timed(client: httpx.Client, targets: list[str], n: int) -> list[float]:
    """Milliseconds of n GETs cycling through the targets (wall time, one at a time)."""
    times = []
    for i in range(n):
        url = targets[i % len(targets)]
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}")
    return times


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(settings_text: str, url: str, data_dir: str) -> tuple[subprocess.Popen[bytes], str]:
    """`aduan serve` on a loopback port, in its own process; the process and its base URL."""
    config = Path(data_dir) / "config.yaml"
    text = settings_text.replace("data_dir: ./data", f"data_dir: {data_dir}")
    templates = f"reply_templates: {ROOT / 'reply-templates.yaml'}"  # beside the bundled config
    config.write_text(text.replace("reply_templates: reply-templates.yaml", templates))
    port = free_port()
    env = {**os.environ, "ADUAN_DATABASE_URL": url}
    aduan = Path(sys.executable).parent / "aduan"
    with open(Path(data_dir) / "serve.log", "wb") as log:
        proc = subprocess.Popen(
            [str(aduan), "serve", "--config", str(config), "--port", str(port)],
            env=env, stdout=subprocess.DEVNULL, stderr=log,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise SystemExit("aduan serve did not start: see " + str(Path(data_dir) / "serve.log"))


def run(url: str, args: argparse.Namespace) -> dict[str, Any]:
    """Fill one database, serve it, and time every page kind over three runs."""
    settings_text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    settings = parse_settings(settings_text)
    data_dir = tempfile.mkdtemp(prefix="aduan-bench-desk-")
    settings.service.data_dir = data_dir
    store = Store(url)
    upgrade(store)
    now = datetime.now(UTC)
    started = time.perf_counter()
    sample = fill(store, settings, args.count, now)
    out: dict[str, Any] = {"fill_s": round(time.perf_counter() - started, 1)}
    sections = [s.id for s in settings.sections]
    auth = Auth(settings.desk, store, secret_key(settings), lambda: datetime.now(UTC))
    cookies = {}
    with store.write() as session:
        for role, own in (("officer", sample["section"]), ("supervisor", [])):
            officer = Officer(username=f"bench-{role}", password_hash=hash_password("x" * 12),
                              role=role, sections=own)  # fmt: skip
            session.add(officer)
            session.flush()
            cookies[role] = officer.id or 0
    cookies = {role: auth.start_session(i) for role, i in cookies.items()}
    store.dispose()
    proc, base = serve(settings_text, url, data_dir)
    rnd = random.Random(3)
    try:
        out.update(measure(base, cookies, urls(sample, sections, rnd), args))
    finally:
        proc.terminate()
        proc.wait(30)
    return out


def measure(
    base: str, cookies: dict[str, str], kinds: dict[str, list[str]], args: argparse.Namespace
) -> dict[str, Any]:
    """p50/p95 per page kind over three runs, interleaved with the /healthz peer."""
    plan: dict[str, tuple[str, list[str]]] = {"healthz": ("officer", ["/healthz"])}
    clients = {r: httpx.Client(base_url=base, cookies={SESSION_COOKIE: c}, timeout=60)
               for r, c in cookies.items()}  # fmt: skip
    for role in ("officer", "supervisor"):
        walked = [u for start in kinds["inbox"] for u in walk(clients[role], start, 3)]
        plan[f"inbox_{role}"] = (role, walked)
        searched = [u for start in kinds["search"] for u in walk(clients[role], start, 2)]
        plan[f"search_{role}"] = (role, searched)
    plan["complaint"] = ("officer", kinds["complaint"])
    plan["deadlines"] = ("supervisor", kinds["deadlines"])
    plan["stats"] = ("supervisor", kinds["stats"])
    for role, targets in plan.values():
        timed(clients[role], targets[:5], 5)  # warm-up
    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in plan}
    for _ in range(3):
        for name, (role, targets) in plan.items():
            n = args.requests if name != "healthz" else 50
            times = sorted(timed(clients[role], targets, n))
            p95 = times[max(0, int(len(times) * 0.95) - 1)]
            runs[name].append((statistics.median(times), p95))
    for c in clients.values():
        c.close()
    out: dict[str, Any] = {}
    for name, figures in runs.items():
        p50s, p95s = sorted(f[0] for f in figures), sorted(f[1] for f in figures)
        out[name] = {
            "p50_ms": [round(v, 1) for v in p50s],  # min, median, max of the three runs
            "p95_ms": [round(v, 1) for v in p95s],
            "urls": len(plan[name][1]),
            "target_met": name == "healthz" or p95s[1] < TARGET_MS,
        }
    return out


def report(db: str, figures: dict[str, Any]) -> None:
    """One line per page: median p50 and p95 (min-max) and the verdict."""
    print(f"{db}: filled in {figures['fill_s']} s", flush=True)
    for name, f in figures.items():
        if not isinstance(f, dict):
            continue
        mark = "" if name == "healthz" else ("ok" if f["target_met"] else "OVER 100 ms")
        p50, p95 = f["p50_ms"], f["p95_ms"]
        print(f"  {name:20} p50 {p50[1]:7.1f} ms  p95 {p95[1]:7.1f} ms "
              f"(runs {p95[0]}-{p95[2]})  {f['urls']:4} urls  {mark}", flush=True)  # fmt: skip


def main() -> None:
    """Run on SQLite and PostgreSQL and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    results: dict[str, Any] = {"complaints": args.count, "target_ms": TARGET_MS}
    if not args.no_sqlite:
        folder = Path(tempfile.mkdtemp(prefix="aduan-bench-desk-"))
        results["sqlite"] = run(f"sqlite:///{folder / 'bench.db'}", args)
        report("sqlite", results["sqlite"])
    if not args.no_postgres:
        name = f"aduan_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.postgres, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        base = args.postgres.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
        try:
            results["postgresql"] = run(f"{base}/{name}", args)
            report("postgresql", results["postgresql"])
        finally:
            with psycopg.connect(args.postgres, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    results["target_met"] = all(
        f["target_met"] for db in ("sqlite", "postgresql") if db in results
        for f in results[db].values() if isinstance(f, dict)
    )  # fmt: skip
    print(json.dumps(results))


if __name__ == "__main__":
    main()
