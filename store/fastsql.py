"""The ingest hot path's SQL, run on the DBAPI cursor of the session's own transaction.

Going through SQLAlchemy costs about 30 µs per statement even when compiled and cached; the
driver alone costs 5. On PostgreSQL every statement is also a round trip, so the path takes as
few as it can: a batch's messages in one multi-row INSERT (insert_many), a new row and the rows
that refer to it in one data-modifying CTE (insert_chain): a new SMS sender's citizen, identity,
complaint and acknowledgement are one statement, a batch's new senders one executemany (one
round trip), and the batch's few other statements (ingest/prefetch.py, store/search.py) add
about a quarter of one per message in a batch of 32 (it was eight). The server still binds and
runs each row of an executemany as a statement, so a batch's rows go in one statement where
their ids can be matched back (a unique key).
Only plain INSERT/SELECT/UPDATE by key live here; values are converted as the column types
would (UTC datetimes, JSON), so rows read back through the ORM are the same as if it wrote them.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, UniqueConstraint
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from store.types import UTCDateTime

_NAMED = re.compile(r":(\w+)")
_SQL_CACHE: dict[tuple[str, str], str] = {}
_INSERTS: dict[tuple[str, Any, tuple[str, ...], bool], tuple[str, Any]] = {}
_Plan = tuple[str, tuple[tuple[int, str, str, Callable[[Any], Any] | None], ...]]
_CHAINS: dict[tuple[Any, ...], _Plan] = {}


def _dialect_sql(sql: str, dialect: str) -> str:
    """`:name` parameters (sqlite3's named style) as `%(name)s` for psycopg."""
    key = (sql, dialect)
    found = _SQL_CACHE.get(key)
    if found is None:
        found = _NAMED.sub(r"%(\1)s", sql) if dialect == "postgresql" else sql
        _SQL_CACHE[key] = found
    return found


def is_integrity_error(exc: BaseException) -> bool:
    """A unique or foreign-key violation, whether SQLAlchemy wrapped it or, as for the statements
    of this module (run on the driver's cursor), the driver raised it itself."""
    if isinstance(exc, IntegrityError | sqlite3.IntegrityError):
        return True
    psycopg = sys.modules.get("psycopg")  # loaded only where PostgreSQL is used
    return psycopg is not None and isinstance(exc, psycopg.IntegrityError)


def execute(session: Session, sql: str, params: dict[str, Any]) -> Any:
    """Run SQL with `:name` parameters inside the session's transaction; the DBAPI cursor."""
    raw, dialect = _driver(session)
    cursor = raw.cursor()
    cursor.execute(_dialect_sql(sql, dialect), params)
    return cursor


def execute_many(session: Session, sql: str, params: list[dict[str, Any]]) -> None:
    """Run SQL with `:name` parameters once per item, in the session's transaction."""
    raw, dialect = _driver(session)
    raw.cursor().executemany(_dialect_sql(sql, dialect), params)


def _driver(session: Session) -> tuple[Any, str]:
    """The driver connection of the session's transaction, looked up once per transaction."""
    found = session.info.get("aduan_driver")
    if found is None or found[2] is not session.get_transaction():
        conn = session.connection()  # begins the transaction (BEGIN IMMEDIATE on SQLite)
        raw = conn.connection.driver_connection
        assert raw is not None
        found = (raw, conn.dialect.name, session.get_transaction())
        session.info["aduan_driver"] = found
    return found[0], found[1]


def dialect(session: Session) -> str:
    """The dialect name of the session's transaction ('sqlite' or 'postgresql')."""
    return _driver(session)[1]


def read_utc(dialect: str, value: Any) -> datetime | None:
    """A UTC column's value as the driver returns it, as an aware datetime."""
    if value is None or (isinstance(value, datetime) and value.tzinfo is not None):
        return value
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC)


def scalar(session: Session, sql: str, params: dict[str, Any]) -> Any:
    """The first column of the first row, or None."""
    row = execute(session, sql, params).fetchone()
    return row[0] if row else None


def row(session: Session, sql: str, params: dict[str, Any]) -> tuple[Any, ...] | None:
    """The first row, or None."""
    found = execute(session, sql, params).fetchone()
    return tuple(found) if found else None


def insert(session: Session, table: Any, values: dict[str, Any], *, ignore: bool) -> int | None:
    """INSERT (ON CONFLICT DO NOTHING when `ignore`) RETURNING id."""
    raw, dialect = _driver(session)
    key = (dialect, table, tuple(values), ignore)
    prepared = _INSERTS.get(key)
    if prepared is None:
        prepared = _INSERTS[key] = _prepare_insert(dialect, table, tuple(values), ignore)
    sql, converters = prepared
    params = dict(values)  # the caller's dict stays as it was (it may be inserted again)
    for name, to_driver in converters:
        value = params[name]
        if value is not None:
            params[name] = to_driver(value)
    cursor = raw.cursor()
    cursor.execute(sql, params)
    found = cursor.fetchone()
    return found[0] if found else None


def insert_many(
    session: Session, table: Any, rows: list[dict[str, Any]], *, ignore: bool
) -> list[int | None]:
    """insert() of several rows with the same columns: one round trip on PostgreSQL.

    On PostgreSQL, rows of a table with a unique key among their columns (ignore=True: the
    messages, deduplicated by channel and external id) are one multi-row INSERT, whose
    RETURNING names each new row's key (_insert_values); other rows go in psycopg's
    executemany(), in pipeline mode, one result per row (None where ON CONFLICT DO NOTHING
    skipped it). sqlite3 cannot executemany with RETURNING, and a statement there is a
    function call, so SQLite inserts them one by one.
    """
    raw, dialect = _driver(session)
    if dialect != "postgresql" or len(rows) < 2:
        return [insert(session, table, values, ignore=ignore) for values in rows]
    unique = _unique_key(table, rows[0]) if ignore else None
    if unique is not None:
        return _insert_values(raw, table, rows, unique)
    key = (dialect, table, tuple(rows[0]), ignore)
    prepared = _INSERTS.get(key)
    if prepared is None:
        prepared = _INSERTS[key] = _prepare_insert(dialect, table, tuple(rows[0]), ignore)
    sql, converters = prepared
    batch = []
    for values in rows:
        params = dict(values)
        for name, to_driver in converters:
            if params[name] is not None:
                params[name] = to_driver(params[name])
        batch.append(params)
    cursor = raw.cursor()
    cursor.executemany(sql, batch, returning=True)
    ids: list[int | None] = []
    for _ in cursor.results():
        found = cursor.fetchone()
        ids.append(found[0] if found else None)
    return ids


def _unique_key(table: Any, values: dict[str, Any]) -> tuple[str, ...] | None:
    """The columns of the table's unique constraint, when the values name them all."""
    for constraint in table.__table__.constraints:
        if isinstance(constraint, UniqueConstraint):
            names = tuple(c.name for c in constraint.columns)
            if all(n in values for n in names):
                return names
    return None


def _insert_values(
    raw: Any, table: Any, rows: list[dict[str, Any]], unique: tuple[str, ...]
) -> list[int | None]:
    """One INSERT ... VALUES (...), (...) ON CONFLICT DO NOTHING RETURNING id and the unique
    key: a statement for the server to run instead of one per row. A row's id is found by its
    key, the first of the rows with the same key taking it (as inserting them in order would);
    None for a row skipped."""
    names = tuple(rows[0])
    key = ("postgresql", table, names, True)
    prepared = _INSERTS.get(key)
    if prepared is None:
        prepared = _INSERTS[key] = _prepare_insert("postgresql", table, names, ignore=True)
    converters = prepared[1]
    target = table.__table__
    row_marks = "(" + ", ".join(["%s"] * len(names)) + ")"
    # S608: table and column names from the SQLModel table; every value is a parameter.
    statement = (
        f"INSERT INTO {target.name} ({', '.join(names)}) VALUES "  # noqa: S608
        + ", ".join([row_marks] * len(rows))
        + f" ON CONFLICT DO NOTHING RETURNING id, {', '.join(unique)}"
    )
    convert = dict(converters)
    params: list[Any] = []
    for values in rows:
        for name in names:
            value, to_driver = values[name], convert.get(name)
            params.append(value if to_driver is None or value is None else to_driver(value))
    cursor = raw.cursor()
    cursor.execute(statement, params)
    new = {tuple(found[1:]): found[0] for found in cursor.fetchall()}
    return [new.pop(tuple(values[n] for n in unique), None) for values in rows]


@dataclass(frozen=True)
class Link:
    """One row of insert_chain(): `links` maps its columns to the previous row's columns."""

    table: Any
    values: dict[str, Any]
    links: dict[str, str] = field(default_factory=dict)
    ignore: bool = False
    """ON CONFLICT DO NOTHING: a row skipped so skips every row after it."""


def insert_chain(session: Session, chain: Sequence[Link]) -> list[int | None]:
    """Rows each of which refers to the one before it: their ids, None for a row not inserted
    (skipped by ON CONFLICT DO NOTHING, or after one that was).

    One statement on PostgreSQL (a data-modifying CTE), so one round trip for the whole chain
    (a new sender's citizen, identity, complaint and acknowledgement); row by row on SQLite.
    """
    raw, dialect = _driver(session)
    if dialect != "postgresql":
        ids: list[int | None] = []
        before: dict[str, Any] = {}
        for link in chain:
            if ids and ids[-1] is None:
                ids.append(None)
                continue
            values = {**link.values, **{k: before[src] for k, src in link.links.items()}}
            ids.append(insert(session, link.table, values, ignore=link.ignore))
            before = {**values, "id": ids[-1]}
        return ids
    cursor = raw.cursor()
    plan = _chain_plan(chain)
    cursor.execute(plan[0], _chain_params(chain, plan))
    found = cursor.fetchone()
    return list(found)


def insert_chains(session: Session, chains: Sequence[Sequence[Link]]) -> list[list[int | None]]:
    """insert_chain() of several chains: one executemany per shape of chain on PostgreSQL
    (pipelined, one round trip for all the chains of a batch); one by one on SQLite."""
    raw, dialect = _driver(session)
    if dialect != "postgresql" or len(chains) < 2:
        return [insert_chain(session, chain) for chain in chains]
    by_plan: dict[str, tuple[_Plan, list[int]]] = {}
    for n, chain in enumerate(chains):
        plan = _chain_plan(chain)
        by_plan.setdefault(plan[0], (plan, []))[1].append(n)
    out: list[list[int | None]] = [[] for _ in chains]
    for plan, numbers in by_plan.values():
        cursor = raw.cursor()
        params = [_chain_params(chains[n], plan) for n in numbers]
        cursor.executemany(plan[0], params, returning=True)
        for n, _ in zip(numbers, cursor.results(), strict=True):
            found = cursor.fetchone()
            assert found is not None
            out[n] = list(found)
    return out


def _chain_params(chain: Sequence[Link], plan: _Plan) -> dict[str, Any]:
    """The chain's values as the statement's parameters, converted as its columns would."""
    params: dict[str, Any] = {}
    for n, key, name, to_driver in plan[1]:
        value = chain[n].values[key]
        params[name] = value if to_driver is None or value is None else to_driver(value)
    return params


def _chain_plan(chain: Sequence[Link]) -> _Plan:
    """The chain's statement (PostgreSQL) and, per parameter, where its value is and its
    converter; made once per shape of chain."""
    key = tuple(
        (link.table, tuple(link.values), tuple(link.links.items()), link.ignore) for link in chain
    )
    found = _CHAINS.get(key)
    if found is not None:
        return found
    steps, params = [], []
    for n, link in enumerate(chain):
        target = link.table.__table__
        names = [k for k in link.values if k not in link.links]
        for k in names:
            kind = _kind(target, k)
            params.append(
                (n, k, f"s{n}_{k}", None if kind == "plain" else _CONVERTERS[(kind, "postgresql")])
            )
        columns = ", ".join([*link.links, *names])
        values = ", ".join(
            [*(f"s{n - 1}.{src}" for src in link.links.values()), *(f"%(s{n}_{k})s" for k in names)]
        )
        after = chain[n + 1].links.values() if n + 1 < len(chain) else ()
        returning = ", ".join(dict.fromkeys(["id", *after]))
        # S608: table/column names from the SQLModel tables; values are parameters.
        source = f"VALUES ({values})" if n == 0 else f"SELECT {values} FROM s{n - 1}"  # noqa: S608
        conflict = " ON CONFLICT DO NOTHING" if link.ignore else ""
        steps.append(
            f"s{n} AS (INSERT INTO {target.name} ({columns}) {source}{conflict}"
            f" RETURNING {returning})"
        )
    # S608: table/column names from the SQLModel tables; values are parameters.
    ids = ", ".join(f"(SELECT id FROM s{n})" for n in range(len(chain)))  # noqa: S608
    found = _CHAINS[key] = (f"WITH {', '.join(steps)} SELECT {ids}", tuple(params))
    return found


def _prepare_insert(
    dialect: str, table: Any, names: tuple[str, ...], ignore: bool
) -> tuple[str, tuple[tuple[str, Callable[[Any], Any]], ...]]:
    """The statement in the driver's style, and the converters of the columns that need one."""
    target = table.__table__
    columns = ", ".join(names)
    placeholders = ", ".join(f":{n}" for n in names)
    conflict = " ON CONFLICT DO NOTHING" if ignore else ""
    # Table and column names come from the SQLModel table; every value is a parameter.
    sql = f"INSERT INTO {target.name} ({columns}) VALUES ({placeholders}){conflict} RETURNING id"  # noqa: S608
    converters = tuple(
        (name, _CONVERTERS[(kind, dialect)])
        for name in names
        if (kind := _kind(target, name)) != "plain"
    )
    return _dialect_sql(sql, dialect), converters


def _kind(table: Any, name: str) -> str:
    column_type = table.c[name].type
    if isinstance(column_type, UTCDateTime):
        return "utc"
    if isinstance(column_type, JSON) or isinstance(getattr(column_type, "impl", None), JSON):
        return "json"
    return "plain"


def convert(dialect: str, table: Any, name: str, value: Any) -> Any:
    """A Python value as the column's SQLAlchemy type would hand it to the driver."""
    if value is None:
        return None
    kind = _kind(table, name)
    return value if kind == "plain" else _CONVERTERS[(kind, dialect)](value)


def utc(dialect: str, value: datetime) -> Any:
    """An aware datetime as stored: naive UTC text on SQLite (SQLAlchemy's format)."""
    return _CONVERTERS[("utc", dialect)](value)


# One message stores the same `now` in several columns: its text is made once. (A one-item
# list, replaced whole, so threads never see half an update.)
_LAST_UTC: list[tuple[datetime | None, str]] = [(None, "")]


def _sqlite_utc(value: datetime) -> str:
    last = _LAST_UTC[0]
    if last[0] is value:
        return last[1]
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    # SQLAlchemy's SQLite format, always with microseconds.
    text = value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    _LAST_UTC[0] = (value, text)
    return text


def _postgres_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return value


def _postgres_json(value: Any) -> Any:
    # psycopg (73 modules) is imported only by a process that talks to PostgreSQL.
    from psycopg.types.json import Jsonb  # noqa: PLC0415

    return Jsonb(value)


_CONVERTERS: dict[tuple[str, str], Callable[[Any], Any]] = {
    ("utc", "sqlite"): _sqlite_utc,
    ("utc", "postgresql"): _postgres_utc,
    ("json", "sqlite"): json.dumps,
    ("json", "postgresql"): _postgres_json,
}
