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
    " z.name, i.address, i.phone, i.display_name"
)
_FROM = (
    " FROM complaint c JOIN citizen z ON z.id = c.citizen_id"
    " LEFT JOIN identity i ON i.id = c.identity_id"
)
_COMPLAINT = "SELECT " + _COLUMNS + _FROM
_FOLLOWUPS = (
    "SELECT subject, text FROM message WHERE complaint_id = :id AND direction = 'in'"
    " AND kind = 'followup' ORDER BY id"
)


def refresh(session: Session, norm: Normaliser, complaint_id: int) -> None:
    """Rebuild one complaint's document from what the transaction sees now."""
    session.flush()
    found = fastsql.row(session, _COMPLAINT + " WHERE c.id = :id", {"id": complaint_id})
    if found is None:
        remove(session, complaint_id)
        return
    followups = list(fastsql.execute(session, _FOLLOWUPS, {"id": complaint_id}))
    write(session, complaint_id, _document_of(norm, found, followups))


def _document_of(norm: Normaliser, row: Any, followups: Iterable[Any]) -> str:
    code, subject, text, anonymous, confidential, reply, name, address, phone, display = row
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
    """Index every complaint (the migration that creates the index); how many were indexed."""
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


def write(session: Session, complaint_id: int, doc: str) -> None:
    """Replace one complaint's document in the index."""
    params = {"id": complaint_id, "doc": doc}
    if fastsql.dialect(session) == "postgresql":
        fastsql.execute(
            session,
            "INSERT INTO complaint_fts (complaint_id, doc)"
            " VALUES (:id, to_tsvector('simple', :doc))"
            " ON CONFLICT (complaint_id) DO UPDATE SET doc = excluded.doc",
            params,
        )
        return
    fastsql.execute(session, "DELETE FROM complaint_fts WHERE rowid = :id", params)
    fastsql.execute(session, "INSERT INTO complaint_fts (rowid, doc) VALUES (:id, :doc)", params)


def remove(session: Session, complaint_id: int) -> None:
    """Drop one complaint's document (the complaint is gone)."""
    key = "complaint_id" if fastsql.dialect(session) == "postgresql" else "rowid"
    sql = f"DELETE FROM complaint_fts WHERE {key} = :id"  # noqa: S608 (key: one of two literals)
    fastsql.execute(session, sql, {"id": complaint_id})
