"""Desk page times with N complaints (default 100,000) on SQLite and PostgreSQL, over HTTP.

The store is filled in bulk (bench/desk_fill.py: COPY on PostgreSQL, executemany on SQLite, not
the pipeline): citizens, identities, complaints, their first messages and their search documents
(store/search.py's terms: code, stems, name, phone), from 5,000 varied Indonesian texts of
bench/corpus.py, each with a made-up village (a rare word); a few busy sections and a long tail,
60 days of dates, open complaints mostly the last week's (ids are not in date order: a
pessimistic case for "newest matches first"); assignees, what each officer already opened,
shared cases and saved views. PostgreSQL gets VACUUM ANALYZE after filling, SQLite ANALYZE.

Filled stores are cached under $ADUAN_BENCH_CACHE (default /tmp/aduan-bench-desk-cache), keyed by
the count and FILL_VERSION: a SQLite file, and a PostgreSQL template database
(aduan_bench_tpl_<count>_v<n>, prefix $ADUAN_BENCH_TEMPLATE). A run copies the cache (CREATE DATABASE ... TEMPLATE), so the
timed store is fresh; a cache is upgraded in place to the newest migration first. Use --rebuild
after changing a migration the cache already has, or drop the template database to free room.

Then `aduan serve` runs in its own process on loopback and this process requests varied URLs over
HTTP, one at a time, as the roles would: an officer of the busiest section, a supervisor (every
section) and an admin given every section by name; the inbox's first pages (every status tab,
channel, triage, overdue and section filters) and later pages by keyset (2nd, 3rd, 10th), the
tabs "Milik saya", "Belum ada yang menangani" and "Belum dibaca", saved views, shared cases,
searches (a common word, two words, a rare word, whole and partial codes, phone numbers in two
forms, a citizen's name) and their second pages, complaint pages, the deadline overview,
/statistik (the year and the month), /desk/skm and the CSV export (time to its first bytes).
Three runs; per page p50 and p95 as min/median/max of the runs, beside the 100 ms limit. The
peer in the same run: GET /healthz.

Usage:
    python bench/desk.py [--count 100000] [--requests 60] [--no-postgres | --no-sqlite]
                         [--postgres ADMIN_URL] [--rebuild] [--build-only] [--pages REGEX]
    python bench/desk.py --count 1000000 --build-only   # fill the caches once (minutes)
    python bench/desk.py --count 1000000                # then time the pages
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
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import psycopg

from bench import desk_fill
from bench.runs import machine
from core.secrets import secret_key
from desk.auth import SESSION_COOKIE, Auth
from settings.load import parse_settings
from settings.root import Settings
from store.db import Store
from store.migrate import upgrade

TARGET_MS = 100
TIMEOUT_S = 60  # a request that takes longer is counted as this long
FILL_VERSION = "3"  # bump when bench/desk_fill.py changes: the cached stores are rebuilt
CACHE = Path(os.environ.get("ADUAN_BENCH_CACHE", "/tmp/aduan-bench-desk-cache"))
# The PostgreSQL template databases' name prefix: a second cache (another worktree's) needs its own.
TEMPLATE = os.environ.get("ADUAN_BENCH_TEMPLATE", "aduan_bench_tpl")


def fill(store: Store, settings: Settings, count: int, now: datetime) -> dict[str, Any]:
    """The store filled in bulk (bench/desk_fill.py), then sequences and planner statistics."""
    sample = desk_fill.fill(store, settings, count, now)
    _finish(store, count)
    return sample


def _finish(store: Store, count: int) -> None:
    """Sequences past the inserted ids; statistics for the planner (VACUUM ANALYZE on PG)."""
    if store.is_postgres:
        with store.engine.begin() as conn:
            for table in ("citizen", "identity", "complaint", "message", "officer", "shared_case"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" (SELECT coalesce(max(id), 1) FROM {table}))"
                )
    _analyze(store)


def _analyze(store: Store) -> None:
    """Planner statistics: VACUUM ANALYZE on PostgreSQL, ANALYZE on SQLite."""
    if store.is_postgres:
        dsn = store.url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(dsn, autocommit=True) as raw:
            raw.execute("VACUUM ANALYZE")
    else:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def urls(sample: dict[str, Any], sections: list[str], rnd: random.Random) -> dict[str, list[str]]:
    """Varied URLs per page kind (cursors for later pages are added while walking)."""
    filters = ["", "?status=baru", "?status=diproses", "?status=selesai", "?status=semua",
               "?status=ditutup", "?terlambat=1", "?triase=1", "?kanal=email",
               "?kanal=sms&status=semua", "?status=ditutup&kanal=web",
               "?triase=1&status=semua", "?terlambat=1&kanal=whatsapp"]  # fmt: skip
    for s in sections[:6]:
        filters += [f"?bagian={s}", f"?bagian={s}&status=semua", f"?bagian={s}&status=selesai"]
    codes, phones, common, rare = (
        sample["codes"],
        sample["phones"],
        sample["common"],
        sample["rare"],
    )
    searches = {
        "search_common": [f"q={w}" for w in common],
        "search_two": [f"q={a}+{b}" for a, b in zip(common, common[1:] + common[:1], strict=True)]
        + [f"q={a}+{b}" for a, b in zip(common, rare, strict=False)],
        "search_rare": [f"q={w}" for w in rare],
        "search_code": [f"q={c}" for c in codes[:20]]
        + [f"q={c.replace('-', '')[2:7].lower()}" for c in codes[20:40]],
        "search_phone": [f"q={p}" for p in phones[:20]] + [f"q=%2B62+{p[1:4]}+{p[4:]}"
                                                            for p in phones[20:30]],
        "search_name": [f"q={n.replace(' ', '+')}" for n in sample["names"][:20]],
    }  # fmt: skip
    for found in searches.values():
        rnd.shuffle(found)
    return {
        "inbox": [f"/desk/aduan{f}" for f in filters],
        # The inbox's newer tabs: the viewer's own, nobody's yet, unread; the saved views.
        "mine": [
            f"/desk/aduan?milik=saya{f}"
            for f in ("", "&status=semua", "&status=selesai", "&terlambat=1", "&kanal=email")
        ],
        "nobody": [
            f"/desk/aduan?milik=belum{f}"
            for f in ("", "&status=semua", "&status=baru", "&kanal=sms", f"&bagian={sections[1]}")
        ],
        "unread": [
            f"/desk/aduan?dibaca=belum{f}"
            for f in ("", "&status=semua", "&status=baru", "&kanal=whatsapp", "&milik=saya")
        ],
        "view": [f"/desk/aduan?{q}" for q in sample["views"]],
        "cases": ["/desk/kasus"],
        **{k: [f"/desk/aduan?{q}" for q in v] for k, v in searches.items()},
        "complaint": [f"/desk/aduan/{i}" for i in sample["own"]],
        "export": ["/desk/aduan/ekspor.csv" + f for f in filters[:8]],
        "deadlines": ["/desk/tenggat"],
        "stats": ["/statistik", "/statistik?periode=" + datetime.now(UTC).strftime("%Y-%m")],
        "skm": ["/desk/skm"],
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


def timed(client: httpx.Client, targets: list[str], n: int, first_bytes: bool) -> list[float]:
    """Milliseconds of n GETs cycling through the targets (wall time, one at a time); with
    first_bytes, until the first chunk of the body (a streamed CSV export)."""
    times = []
    for i in range(n):
        url = targets[i % len(targets)]
        start = time.perf_counter()
        try:
            with client.stream("GET", url) as response:
                if first_bytes:
                    next(response.iter_raw(), b"")
                else:
                    response.read()
        except httpx.TimeoutException:  # counted as the timeout: the page is over its limit
            times.append((time.perf_counter() - start) * 1000)
            continue
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
    text = text.replace("rules_dir: routing/rules", f"rules_dir: {ROOT / 'routing' / 'rules'}")
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


def cache_key(count: int) -> str:
    """The cached store's name: the count and the fill's version (the schema is upgraded)."""
    return f"{count}-v{FILL_VERSION}"


def upgraded(url: str) -> None:
    """Bring a cached store to the newest migration; ANALYZE again when one ran."""
    store = Store(url)
    try:
        with store.engine.connect() as conn:
            before = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        upgrade(store)
        with store.engine.connect() as conn:
            after = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        if before != after:
            print(f"cached store upgraded {before} -> {after}", flush=True)
            _analyze(store)
    finally:
        store.dispose()


def build(url: str, settings: Settings, count: int) -> dict[str, Any]:
    """Create the schema and fill it; the sample of what to request."""
    store = Store(url)
    upgrade(store)
    sample = fill(store, settings, count, datetime.now(UTC))
    store.dispose()
    return sample


def prepare(
    backend: str, args: argparse.Namespace, settings: Settings
) -> tuple[str, dict[str, Any], float]:
    """A filled store for this run (a copy of the cached one, built first if missing): its URL,
    the sample, and the seconds spent building (0 when cached)."""
    key = cache_key(args.count)
    CACHE.mkdir(parents=True, exist_ok=True)
    sample_file = CACHE / f"{backend}-{key}.json"
    built = 0.0
    if backend == "sqlite":
        cached = CACHE / f"sqlite-{key}.db"
        if not (cached.exists() and sample_file.exists()) or args.rebuild:
            cached.unlink(missing_ok=True)
            started = time.perf_counter()
            sample = build(f"sqlite:///{cached}.part", settings, args.count)
            built = time.perf_counter() - started
            Path(f"{cached}.part").rename(cached)
            sample_file.write_text(json.dumps(sample))
        upgraded(f"sqlite:///{cached}")
        work = Path(tempfile.mkdtemp(prefix="aduan-bench-desk-")) / "bench.db"
        shutil.copyfile(cached, work)
        return f"sqlite:///{work}", json.loads(sample_file.read_text()), built
    template = f"{TEMPLATE}_{key.replace('-', '_')}"
    base = args.postgres.rsplit("/", 1)[0]
    with psycopg.connect(args.postgres, autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (template,)
        ).fetchone()
        if exists and (args.rebuild or not sample_file.exists()):
            conn.execute(f'DROP DATABASE "{template}" WITH (FORCE)')
            exists = None
        if not exists:
            conn.execute(f'CREATE DATABASE "{template}"')
    if not exists:
        started = time.perf_counter()
        url = f"{base}/{template}".replace("postgresql://", "postgresql+psycopg://")
        try:
            sample = build(url, settings, args.count)
        except BaseException:
            with psycopg.connect(args.postgres, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
            raise
        built = time.perf_counter() - started
        sample_file.write_text(json.dumps(sample))
    upgraded(f"{base}/{template}".replace("postgresql://", "postgresql+psycopg://"))
    name = f"aduan_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.postgres, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    url = f"{base}/{name}".replace("postgresql://", "postgresql+psycopg://")
    return url, json.loads(sample_file.read_text()), built


def run(backend: str, args: argparse.Namespace) -> dict[str, Any]:
    """Fill (or copy) one database, serve it, and time every page kind over three runs."""
    settings_text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    settings = parse_settings(settings_text, folder=ROOT)
    data_dir = tempfile.mkdtemp(prefix="aduan-bench-desk-")
    settings.service.data_dir = data_dir
    started = time.perf_counter()
    url, sample, built = prepare(backend, args, settings)
    out: dict[str, Any] = {
        "fill_s": round(built, 1),
        "ready_s": round(time.perf_counter() - started, 1),
    }
    try:
        out.update(serve_and_measure(url, settings, settings_text, sample, data_dir, args))
    finally:
        if backend == "postgresql":
            name = url.rsplit("/", 1)[1]
            with psycopg.connect(args.postgres, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            shutil.rmtree(Path(url.removeprefix("sqlite:///")).parent, ignore_errors=True)
        shutil.rmtree(data_dir, ignore_errors=True)
    return out


def serve_and_measure(url: str, settings: Settings, settings_text: str, sample: dict[str, Any],
                      data_dir: str, args: argparse.Namespace) -> dict[str, Any]:  # fmt: skip
    """Officers of each role, `aduan serve` on the store, and the timings."""
    store = Store(url)
    sections = [s.id for s in settings.sections]
    auth = Auth(settings.desk, store, secret_key(settings), lambda: datetime.now(UTC))
    # The fill's officer of the busiest section, supervisor (every section), and admin given
    # every section by name (an IN list, not the supervisor's "everything").
    cookies = {role: auth.start_session(i) for role, i in desk_fill.ROLES.items()}
    store.dispose()
    proc, base = serve(settings_text, url, data_dir)
    try:
        return measure(base, cookies, urls(sample, sections, random.Random(3)), args)
    finally:
        proc.terminate()
        proc.wait(30)


def plan_of(
    clients: dict[str, httpx.Client], kinds: dict[str, list[str]], pages: str
) -> dict[str, tuple[str, list[str]]]:
    """Page name -> (role, URLs), for the pages whose name matches `pages` (all when empty);
    the URLs of later pages are found by walking the next links of the first ones."""
    steps: list[tuple[str, str, Any]] = [("healthz", "officer", lambda: ["/healthz"])]

    def later(role: str, starts: list[str], depth: int) -> Any:
        return lambda: [u for s in starts for u in walk(clients[role], s, depth)[depth - 1 :]]

    for role in ("officer", "supervisor", "admin"):
        starts = kinds["inbox"] if role != "admin" else kinds["inbox"][:12]
        steps.append((f"inbox_{role}", role, lambda starts=starts: starts))
        # Later pages by keyset: the 2nd and 3rd of every filter, the 10th of a few.
        deep, deeper = later(role, starts, 2), later(role, starts, 3)
        tenth = later(role, starts[:4], 10)
        steps.append(
            (f"inbox_{role}_later", role, lambda a=deep, b=deeper, c=tenth: a() + b() + c())
        )
        for tab in ("mine", "nobody", "unread", "view"):
            if role != "admin" or tab != "view":  # the admin has no saved views
                steps.append((f"{tab}_{role}", role, lambda tab=tab: kinds[tab]))
        steps.append((f"mine_unread_{role}_later", role,
                      later(role, kinds["mine"] + kinds["unread"], 2)))  # fmt: skip
        steps.append((f"cases_{role}", role, lambda: kinds["cases"]))
    for kind in ("search_common", "search_two", "search_rare", "search_code", "search_phone",
                 "search_name"):  # fmt: skip
        for role in ("officer", "supervisor"):
            steps.append((f"{kind}_{role}", role, lambda kind=kind: kinds[kind]))
        steps.append((f"{kind}_later", "supervisor", later("supervisor", kinds[kind][:10], 2)))
    steps += [("complaint", "officer", lambda: kinds["complaint"]),
              ("deadlines", "supervisor", lambda: kinds["deadlines"]),
              ("stats", "supervisor", lambda: kinds["stats"]),
              ("skm", "supervisor", lambda: kinds["skm"]),
              ("export_first_bytes", "supervisor", lambda: kinds["export"])]  # fmt: skip
    plan = {}
    for name, role, targets in steps:
        if name == "healthz" or not pages or re.search(pages, name):
            found = targets()
            if found:  # a search with a single page of results has no later pages
                plan[name] = (role, found)
    return plan


def measure(
    base: str, cookies: dict[str, str], kinds: dict[str, list[str]], args: argparse.Namespace
) -> dict[str, Any]:
    """p50/p95 per page kind over three runs, interleaved with the /healthz peer."""
    clients = {r: httpx.Client(base_url=base, cookies={SESSION_COOKIE: c}, timeout=TIMEOUT_S)
               for r, c in cookies.items()}  # fmt: skip
    plan = plan_of(clients, kinds, args.pages)
    for name, (role, targets) in plan.items():
        timed(clients[role], targets[:5], 5, name.startswith("export"))  # warm-up
    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in plan}
    for _ in range(3):
        for name, (role, targets) in plan.items():
            n = args.requests if name != "healthz" else 50
            times = sorted(timed(clients[role], targets, n, name.startswith("export")))
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
    """One line per page: p50 and p95 as min/median/max of the three runs, beside the limit."""
    print(f"{db}: built in {figures['fill_s']} s (0: cached), ready in {figures['ready_s']} s",
          flush=True)  # fmt: skip
    print(f"  {'page':28} {'p50 ms min/med/max':>22}  {'p95 ms min/med/max':>22}  limit  urls")
    for name, f in figures.items():
        if not isinstance(f, dict):
            continue
        mark = "peer" if name == "healthz" else ("ok" if f["target_met"] else "OVER")
        p50, p95 = f["p50_ms"], f["p95_ms"]
        print(f"  {name:28} {p50[0]:6.1f} {p50[1]:6.1f} {p50[2]:7.1f}   "
              f"{p95[0]:6.1f} {p95[1]:6.1f} {p95[2]:7.1f}  {TARGET_MS} ms {f['urls']:4}  {mark}",
              flush=True)  # fmt: skip


def main() -> None:
    """Run on SQLite and PostgreSQL and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--rebuild", action="store_true", help="refill the cached stores")
    parser.add_argument("--build-only", action="store_true", help="fill the caches, time nothing")
    parser.add_argument("--pages", default="", help="time only the pages whose name matches")
    args = parser.parse_args()
    results: dict[str, Any] = {
        "complaints": args.count,
        "target_ms": TARGET_MS,
        "machine": machine(),
    }
    backends = [
        b for b, off in (("sqlite", args.no_sqlite), ("postgresql", args.no_postgres)) if not off
    ]
    if args.build_only:
        settings = parse_settings((ROOT / "config.yaml").read_text(encoding="utf-8"), folder=ROOT)
        for backend in backends:
            started = time.perf_counter()
            url, _, built = prepare(backend, args, settings)
            print(
                f"{backend}: built in {built:.1f} s, copied in {time.perf_counter() - started - built:.1f} s"
            )
            if backend == "postgresql":
                with psycopg.connect(args.postgres, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
            else:
                shutil.rmtree(Path(url.removeprefix("sqlite:///")).parent, ignore_errors=True)
        return
    for backend in backends:
        results[backend] = run(backend, args)
        report(backend, results[backend])
    results["target_met"] = all(
        f["target_met"] for db in backends for f in results[db].values() if isinstance(f, dict)
    )
    print(json.dumps(results))


if __name__ == "__main__":
    main()
