"""The desk bench's store: N complaints written in bulk, in minutes at a million.

PostgreSQL is filled with COPY (psycopg's `cursor.copy`), SQLite with executemany in one
transaction; both with the big tables' secondary indexes dropped first and built again at the
end (one sort per index instead of a million index updates). The rows are what the desk reads:
citizens, identities, complaints and their first messages, search documents (store/search.py's
terms), overdue notices, officers (the bench's three roles and colleagues in every section),
assignments, last-seen markers (what each officer already opened), shared cases with their
members, and saved views.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from bench.corpus import complaints
from desk.auth import hash_password
from settings.root import Settings
from store.db import Store
from store.search import code_terms, normaliser, phone_terms, stems, tags, words
from store.tracking import new_code

STATUSES = ["baru"] * 40 + ["diproses"] * 20 + ["selesai"] * 25 + ["ditutup"] * 15
ANSWERED = ["baru"] * 2 + ["diproses"] * 3 + ["selesai"] * 25 + ["ditutup"] * 70
CHANNELS = ["sms"] * 4 + ["whatsapp"] * 3 + ["email"] * 2 + ["telegram", "web", "x"]
PLACES = ("Tenggarong", "Loa Kulu", "Sebulu", "Muara Badak", "Samboja", "Anggana", "Kembang Janggut",
          "Tabang", "Muara Kaman", "Sanga-Sanga", "Loa Janan", "Marangkayu", "Kota Bangun")  # fmt: skip
TEXTS = 5000
DAYS = 60
COLLEAGUES = 4  # officers per section besides the bench's own officer
SYLLABLES = ("ka", "ra", "ma", "nu", "si", "lo", "ba", "te", "gu", "ri", "sa", "tu")
NAMES = ("Budi", "Siti", "Agus", "Dewi", "Rahmat", "Nur", "Yusuf", "Aminah", "Hendra", "Rina")
# The saved views of the bench's officer and supervisor (an inbox query string each).
VIEWS = {"WA diproses": "status=diproses&kanal=whatsapp", "Terlambat": "terlambat=1",
         "Milik saya, semua": "milik=saya&status=semua"}  # fmt: skip
ROLES = {"officer": 1, "supervisor": 2, "admin": 3}  # the bench's officers, by their ids
BIG = ("complaint", "message", "identity", "complaint_fts", "complaintseen", "case_member")
COLUMNS = {
    "officer": "id username password_hash role sections active created_at",
    "citizen": "id name created_at",
    "identity": "id citizen_id channel address phone undeliverable created_at",
    "complaint": "id tracking_code citizen_id identity_id channel section status text decision"
    " needs_triage anonymous confidential reply_channel reply_address created_at updated_at"
    " last_message_at due_at closed_at assignee_id assigned_at",
    "message": "id complaint_id citizen_id direction kind channel external_id sender text meta"
    " received_at created_at",
    "desknotice": 'kind "key" created_at',
    "complaintseen": "officer_id complaint_id seen_at",
    "shared_case": "id section title status created_by created_at updated_at",
    "case_member": "complaint_id case_id added_by added_at",
    "savedview": 'officer_id name "query" created_at',
    "complaint_fts": "complaint_id doc tags",  # rowid on SQLite; tsvectors from fts_load on PG
}


class Loader:
    """Rows into tables in bulk: COPY on PostgreSQL, executemany on SQLite (one transaction)."""

    def __init__(self, store: Store) -> None:
        self.postgres = store.is_postgres
        self.raw: Any = store.engine.raw_connection()
        self.cur = self.raw.cursor()
        self.indexes = self._drop_indexes()
        if self.postgres:
            self.cur.execute(
                "CREATE TEMP TABLE fts_load (complaint_id integer, doc text, tags text)"
            )
        else:
            self.cur.execute("PRAGMA synchronous = OFF")

    def _drop_indexes(self) -> list[str]:
        names = ", ".join(f"'{t}'" for t in BIG)
        if self.postgres:
            self.cur.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN (" + names + ")"
                " AND indexname NOT IN (SELECT conname FROM pg_constraint)"
            )
        else:
            self.cur.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                " AND tbl_name IN (" + names + ")"
            )
        found = list(self.cur.fetchall())
        for name, _ in found:
            self.cur.execute(f'DROP INDEX "{name}"')
        return [sql for _, sql in found]

    def put(self, table: str, rows: Iterable[Sequence[Any]]) -> None:
        """Append rows (values in COLUMNS[table]'s order) to a table."""
        columns = COLUMNS[table].split()
        if table == "complaint_fts":
            table = "fts_load" if self.postgres else table
            columns[0] = "complaint_id" if self.postgres else "rowid"
        names = ", ".join(columns)
        if self.postgres:
            with self.cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([_pg(v) for v in row])
            return
        marks = ", ".join("?" * len(columns))
        self.cur.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({marks})",
            ([_sqlite(v) for v in row] for row in rows),
        )

    def finish(self) -> None:
        """The search documents (tsvector on PostgreSQL), the indexes again, and commit."""
        if self.postgres:
            self.cur.execute(
                "INSERT INTO complaint_fts (complaint_id, doc, tags) SELECT complaint_id,"
                " to_tsvector('simple', doc), to_tsvector('simple', tags) FROM fts_load"
            )
            self.cur.execute("DROP TABLE fts_load")
            self.cur.execute("SET maintenance_work_mem = '256MB'")
        for sql in self.indexes:
            self.cur.execute(sql)
        self.raw.commit()
        self.raw.close()


def _pg(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, dict | list) else value


def _sqlite(value: Any) -> Any:
    if isinstance(value, datetime):  # SQLAlchemy's SQLite DATETIME: naive UTC, microseconds
        return value.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, bool):
        return int(value)
    return json.dumps(value) if isinstance(value, dict | list) else value


def texts_of(rnd: random.Random) -> list[str]:
    """Varied Indonesian complaint texts (bench/corpus.py, SMS to letter), each with a made-up
    village (a rare word) and a place."""
    out = []
    for body in complaints(TEXTS, seed=11):
        village = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.choice((3, 4))))
        out.append(f"{body} Lokasi: {village}, {rnd.choice(PLACES)}.")
    return out


def officers(load: Loader, sections: list[str], now: datetime) -> dict[str, list[int]]:
    """The bench's officer (first section), supervisor and admin (every section by name), and
    COLLEAGUES officers per section; the officer ids of each section (the bench's first)."""
    password = hash_password("x" * 12)
    rows: list[tuple[Any, ...]] = [
        (1, "bench-officer", password, "officer", [sections[0]], True, now),
        (2, "bench-supervisor", password, "supervisor", [], True, now),
        (3, "bench-admin", password, "admin", sections, True, now),
    ]
    staff: dict[str, list[int]] = {s: [] for s in sections}
    staff[sections[0]].append(1)
    for s in sections:
        for k in range(COLLEAGUES):
            rows.append((len(rows) + 1, f"bench-{s}-{k}", password, "officer", [s], True, now))
            staff[s].append(len(rows))
    load.put("officer", rows)
    views = [(o, name, q, now) for o in (1, 2) for name, q in VIEWS.items()]
    load.put("savedview", views)
    return staff


def fill(store: Store, settings: Settings, count: int, now: datetime) -> dict[str, Any]:
    """Bulk-insert `count` complaints; what the requests need (ids, codes, phones, words).

    Each text's stems are computed once (TEXTS distinct texts), so the search documents of a
    million complaints cost string joins, not a million runs of the normaliser.
    """
    rnd = random.Random(7)
    sections = [s.id for s in settings.sections]
    # A few busy sections and a long tail, as a Secretariat's load is.
    weights = [1 / (k + 1) for k in range(len(sections))]
    texts = texts_of(rnd)
    norm = normaliser(settings.routing.slang, settings.routing.stem_overrides)
    stems_of = [" ".join(stems(norm, t)) for t in texts]
    name_words = {f"{a} {b}an": " ".join(words(f"{a} {b}an")) for a in NAMES for b in NAMES}
    freq: Counter[str] = Counter()
    for t, used in Counter(i % len(texts) for i in range(1, count + 1)).items():
        freq.update(dict.fromkeys(set(stems_of[t].split()), used))
    sample: dict[str, list[Any]] = {"codes": [], "phones": [], "own": [], "names": []}
    load = Loader(store)
    staff = officers(load, sections, now)
    cases: dict[str, list[int]] = {}  # section -> members waiting for their case
    case_id = 0
    batch = 20_000
    for start in range(0, count, batch):
        ids = range(start + 1, min(count, start + batch) + 1)
        names = {i: rnd.choice(list(name_words)) for i in ids}
        load.put("citizen", ((i, names[i], now) for i in ids))
        load.put("identity", ((i, i, "sms", f"+62812{i:08d}", f"+62812{i:08d}", False, now)
                              for i in ids))  # fmt: skip
        rows, docs, notices, seen, shared, members = [], [], [], [], [], []
        chosen = rnd.choices(sections, weights, k=len(ids))
        for n, i in enumerate(ids):
            section = chosen[n]
            created = now - timedelta(minutes=rnd.randrange(60 * 24 * DAYS))
            # An office that keeps up: most complaints past their week are answered, and the
            # overdue rest were already flagged (else the server's first overdue run would
            # write a notice for each while the pages are timed).
            old = created < now - timedelta(days=7)
            status, code = rnd.choice(ANSWERED if old else STATUSES), new_code("KK")
            # Taken by one of the section's officers: most of what is handled, some of what is new.
            taken = rnd.random() < (0.2 if status == "baru" else 0.85)
            assignee = rnd.choice(staff[section]) if taken else None
            assigned = created + timedelta(hours=1) if taken else None
            # One complaint in twenty has a later citizen message.
            last = min(now, created + timedelta(days=2)) if rnd.random() < 0.05 else created
            due = None if rnd.random() < 0.01 else created + timedelta(days=7)
            t = i % len(texts)
            rows.append((
                i, code, i, i, rnd.choice(CHANNELS), section, status, texts[t], {},
                rnd.random() < 0.05, False, False, "sms", f"+62812{i:08d}", created, created,
                last, due, created + timedelta(days=3) if status == "ditutup" else None,
                assignee, assigned,
            ))  # fmt: skip
            # What store/search.py's document() gives: code terms, stems, name, phone.
            doc = [*code_terms(code), stems_of[t], name_words[names[i]],
                   *phone_terms(f"+62812{i:08d}")]  # fmt: skip
            docs.append((i, " ".join(doc), tags(status, section)))
            if status in ("baru", "diproses") and due is not None and due < now:
                notices.append(("overdue", f"{i}:{due.isoformat()}", now))
            # What was opened: most of the officer's own section (the rest is "Belum dibaca"),
            # a third of everything by the supervisor; the admin opens nothing.
            opened = min(now, created + timedelta(days=1))
            if section == sections[0] and rnd.random() < 0.9:
                seen.append((1, i, opened))
            if rnd.random() < 0.33:
                seen.append((2, i, opened))
            # Shared cases: one complaint in a hundred, three to a case.
            if rnd.random() < 0.01:
                waiting = cases.setdefault(section, [])
                waiting.append(i)
                if len(waiting) == 3:
                    case_id += 1
                    shared.append((case_id, section, f"Kasus bench {case_id}", "terbuka",
                                   "bench", created, created))  # fmt: skip
                    members += [(m, case_id, "bench", created) for m in waiting]
                    waiting.clear()
            if rnd.random() < 2000 / count:
                sample["codes"].append(code)
                sample["phones"].append(f"0812{i:08d}")
                sample["names"].append(names[i])
        load.put("complaint", rows)
        load.put("message", (
            (r[0], r[0], r[0], "in", "complaint", "sms", f"bench:{r[0]}", r[13], r[7], {}, r[14],
             r[14]) for r in rows
        ))  # fmt: skip
        load.put("complaint_fts", docs)
        load.put("desknotice", notices)
        load.put("complaintseen", seen)
        load.put("shared_case", shared)
        load.put("case_member", members)
        sample["own"] += [r[0] for r in rows if r[5] == sections[0]][:20]
    load.finish()
    ranked = [w for w, _ in freq.most_common() if len(w) > 3 and w.isalpha()]
    sample["common"] = ranked[:20]
    sample["rare"] = ranked[-40:]
    sample["section"] = [sections[0]]
    sample["views"] = list(VIEWS.values())
    return sample
