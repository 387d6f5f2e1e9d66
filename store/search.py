"""The desk's full-text index: one document of search terms per complaint.

The document holds pre-normalised tokens only ([^\\W_]+, lower case), so both engines index it
the same way: SQLite's FTS5 (`complaint_fts`, rowid = complaint id, tokenizer unicode61) and
PostgreSQL's tsvector with the 'simple' configuration (`complaint_fts`, GIN index). The tokens:

- the words of the subject, the text and the citizen's follow-ups, stemmed with routing's own
  Indonesian normalisation (routing.text.Normaliser), so "langka elpiji" finds "kelangkaan gas
  elpiji";
- the tracking code without its dashes, its body and its second group, so a partial, lower-case
  or dash-less code finds it by prefix;
- unless the complaint is anonymous or confidential: the citizen's name and display name, the
  parts of the sender's address (an e-mail address in pieces) and the phone number in E.164
  digits, so the desk finds 0812..., 62812... and +62 812... alike.

Beside the document, `tags` holds the complaint's status and section as terms (xstatusbaru,
xbagianhukum), so that a search within a status tab or an officer's sections is one full-text
query; triggers of migration 0015 rewrite them when the status or the section changes.

`refresh()` rebuilds one complaint's document from the database in the caller's transaction: the
pipeline calls it in the transaction that writes the message, the privacy eraser after scrubbing.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, text
from sqlmodel import Session

from routing.text import Normaliser, fold, mask
from store import fastsql

WORD = re.compile(r"[^\W_]+")
_lock = threading.Lock()
_normalisers: dict[tuple[Any, ...], Normaliser] = {}


def normaliser(slang: Mapping[str, str] | None, overrides: Mapping[str, str] | None) -> Normaliser:
    """Routing's normaliser for these slang and stem tables, built once per process."""
    key = (tuple(sorted((slang or {}).items())), tuple(sorted((overrides or {}).items())))
    with _lock:
        found = _normalisers.get(key)
        if found is None:
            found = _normalisers[key] = Normaliser(slang, overrides)
    return found


def stems(norm: Normaliser, text: str) -> list[str]:
    """The stems of a text's words, as routing sees them (URLs, e-mails and phones masked)."""
    folded, _ = fold(text)
    tokens = norm.tokens(mask(folded))
    return " ".join(s for s in tokens.stems if s).split()


def words(text: str) -> list[str]:
    """The plain lower-case alphanumeric pieces of a text (names, addresses)."""
    folded, _ = fold(text)
    return WORD.findall(folded)


def code_terms(code: str) -> list[str]:
    """KK-7XQ2M-9PDK4 -> kk7xq2m9pdk4, 7xq2m9pdk4, 9pdk4: prefixes of these find partial codes."""
    parts = code.lower().split("-")
    return ["".join(parts), "".join(parts[1:]), *parts[2:]]


def phone_terms(phone: str | None) -> list[str]:
    """An E.164 number as digits (62812...): every Indonesian form the desk accepts maps to it."""
    digits = "".join(c for c in phone or "" if c.isdigit())
    return [digits] if len(digits) >= 6 else []


def status_tag(status: str) -> str:
    """The search term of a status (the SQL of migration 0015 makes the same)."""
    return "xstatus" + status


def section_tag(section: str) -> str:
    """The search term of a section: its id without underscores (ids are [a-z][a-z0-9_]*)."""
    return "xbagian" + section.replace("_", "")


def tags(status: str, section: str) -> str:
    """The `tags` column of a complaint's search entry."""
    return f"{status_tag(status)} {section_tag(section)}"


def document(
    norm: Normaliser, code: str, texts: Iterable[str], people: Iterable[str], phones: Iterable[str]
) -> str:
    """The search document: code terms, stems of the texts, words of the people, phones."""
    out = code_terms(code)
    for body in texts:
        out += stems(norm, body)
    for person in people:
        out += words(person)
    for phone in phones:
        out += phone_terms(phone)
    return " ".join(out)


_COLUMNS = (
    "c.tracking_code, c.subject, c.text, c.anonymous, c.confidential, c.reply_address,"
    " z.name, i.address, i.phone, i.display_name, c.status, c.section"
)
_FROM = (
    " FROM complaint c JOIN citizen z ON z.id = c.citizen_id"
    " LEFT JOIN identity i ON i.id = c.identity_id"
)
_COMPLAINT = "SELECT " + _COLUMNS + _FROM
# A few complaints by id, their citizen and identity each found by primary key: with joins,
# PostgreSQL hashes the whole citizen and identity tables for a batch's 32 complaints while the
# tables have no statistics yet (a new database, until autovacuum's first ANALYZE), a cost that
# grows with the store (12 ms a batch at 20,000 complaints).
_BY_ID = (
    "SELECT c.id, c.tracking_code, c.subject, c.text, c.anonymous, c.confidential,"
    " c.reply_address, (SELECT z.name FROM citizen z WHERE z.id = c.citizen_id),"
    " (SELECT i.address FROM identity i WHERE i.id = c.identity_id),"
    " (SELECT i.phone FROM identity i WHERE i.id = c.identity_id),"
    " (SELECT i.display_name FROM identity i WHERE i.id = c.identity_id),"
    " c.status, c.section FROM complaint c"
)


def refresh(session: Session, norm: Normaliser, complaint_id: int) -> None:
    """Rebuild one complaint's document from what the transaction sees now."""
    refresh_many(session, norm, [complaint_id])


def refresh_many(session: Session, norm: Normaliser, complaint_ids: Iterable[int]) -> None:
    """refresh() of several complaints in three statements, whatever their number: the
    pipeline indexes a batch's complaints at its end, not each as it comes (three round trips
    per message on PostgreSQL)."""
    ids = list(dict.fromkeys(complaint_ids))
    if not ids:
        return
    session.flush()
    params = {f"id{i}": cid for i, cid in enumerate(ids)}
    names = ", ".join(f":{n}" for n in params)
    rows = fastsql.execute(session, f"{_BY_ID} WHERE c.id IN ({names})", params).fetchall()
    followups: dict[int, list[Any]] = {}
    sql = (
        # S608: placeholders only; the ids are parameters.
        "SELECT complaint_id, subject, text FROM message WHERE complaint_id IN (" + names + ")"  # noqa: S608
        " AND direction = 'in' AND kind = 'followup' ORDER BY id"
    )
    for cid, subject, body in fastsql.execute(session, sql, params).fetchall():
        followups.setdefault(cid, []).append((subject, body))
    found = {r[0]: r[1:] for r in rows}
    for gone in (cid for cid in ids if cid not in found):
        remove(session, gone)
    docs = [
        {
            "id": cid,
            "doc": _document_of(norm, row, followups.get(cid, [])),
            "tags": tags(*row[10:12]),
        }
        for cid, row in found.items()
    ]
    write_many(session, docs)


def _document_of(norm: Normaliser, row: Any, followups: Iterable[Any]) -> str:
    code, subject, text, anonymous, confidential, reply, name, address, phone, display = row[:10]
    texts = [subject or "", text or ""]
    for f_subject, f_text in followups:
        texts += [f_subject or "", f_text or ""]
    people: list[str] = []
    phones: list[str] = []
    if not (anonymous or confidential):
        people = [p for p in (name, display, address, reply) if p and not p.startswith("erased:")]
        phones = [phone] if phone else []
    return document(norm, code, texts, people, phones)


def backfill(conn: Connection, norm: Normaliser, batch: int = 2000) -> int:
    """Index every complaint (migration 0010, which creates the index without `tags`: 0015
    fills those); how many were indexed."""
    postgres = conn.dialect.name == "postgresql"
    insert = (
        "INSERT INTO complaint_fts (complaint_id, doc) VALUES (:id, to_tsvector('simple', :doc))"
        if postgres
        else "INSERT INTO complaint_fts (rowid, doc) VALUES (:id, :doc)"
    )
    last, done = 0, 0
    while True:
        rows = conn.execute(
            text(f"SELECT c.id, {_COLUMNS}{_FROM} WHERE c.id > :last ORDER BY c.id LIMIT :n"),
            {"last": last, "n": batch},
        ).all()
        if not rows:
            return done
        ids = [r[0] for r in rows]
        followups: dict[int, list[Any]] = {}
        for cid, subject, body in conn.execute(
            text(
                "SELECT complaint_id, subject, text FROM message WHERE complaint_id >= :lo"
                " AND complaint_id <= :hi AND direction = 'in' AND kind = 'followup' ORDER BY id"
            ),
            {"lo": ids[0], "hi": ids[-1]},
        ):
            followups.setdefault(cid, []).append((subject, body))
        docs = [
            {"id": r[0], "doc": _document_of(norm, r[1:], followups.get(r[0], []))} for r in rows
        ]
        conn.execute(text(insert), docs)
        last, done = ids[-1], done + len(rows)


def write_many(session: Session, docs: list[dict[str, Any]]) -> None:
    """Replace documents and tags in the index, each {"id": complaint id, "doc": text,
    "tags": tags}: one statement on PostgreSQL (the ids are distinct), one executemany on
    SQLite."""
    if not docs:
        return
    if fastsql.dialect(session) == "postgresql":
        # One multi-row statement (an executemany is a statement a row for the server).
        params = {f"{k}{n}": doc[k] for n, doc in enumerate(docs) for k in ("id", "doc", "tags")}
        rows = ", ".join(
            f"(:id{n}, to_tsvector('simple', :doc{n}), to_tsvector('simple', :tags{n}))"
            for n in range(len(docs))
        )
        upsert = (
            " ON CONFLICT (complaint_id) DO UPDATE SET doc = excluded.doc, tags = excluded.tags"
        )
        # S608: placeholders only; ids, documents and tags are parameters.
        sql = f"INSERT INTO complaint_fts (complaint_id, doc, tags) VALUES {rows}{upsert}"  # noqa: S608
        fastsql.execute(session, sql, params)
        return
    fastsql.execute_many(session, "DELETE FROM complaint_fts WHERE rowid = :id", docs)
    fastsql.execute_many(
        session, "INSERT INTO complaint_fts (rowid, doc, tags) VALUES (:id, :doc, :tags)", docs
    )


def remove(session: Session, complaint_id: int) -> None:
    """Drop one complaint's document (the complaint is gone)."""
    key = "complaint_id" if fastsql.dialect(session) == "postgresql" else "rowid"
    sql = f"DELETE FROM complaint_fts WHERE {key} = :id"  # noqa: S608 (key: one of two literals)
    fastsql.execute(session, sql, {"id": complaint_id})
