"""The desk's search box: what the officer typed, as a full-text query on store/search.py's index.

A query is one or more alternatives, any of which may match:
- a tracking code, whole or partial, with or without dashes, any case, O for 0 and I/L for 1
  (as the citizen's tracking page reads it): a prefix of the code's terms;
- a phone number in any Indonesian form (0812..., 62812..., +62 812-...): a prefix of E.164 digits;
- words in any order, each matched by its routing stem or as typed (names, e-mail pieces): all
  words must match.
Results are ranked by the engine (FTS5's bm25, PostgreSQL's ts_rank) among the newest CAP matches
the viewer may see, and highlighted here, with every piece of text escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import (
    ARRAY,
    Boolean,
    ColumnElement,
    Double,
    Integer,
    and_,
    any_,
    bindparam,
    cast,
    column,
    func,
    literal_column,
    null,
    table,
    text,
)
from sqlalchemy import select as sa_select
from sqlalchemy.ext.compiler import compiles
from sqlmodel import Session, col

from routing.text import Normaliser, fold
from store.models import Complaint
from store.search import WORD, stems

CAP = 1000
_SEPARATORS = re.compile(r"[\s\-_.]+")
_CONFUSABLE = str.maketrans({"o": "0", "i": "1", "l": "1"})
_PHONE = re.compile(r"^\+?[\d\s().\-]+$")


@dataclass(frozen=True)
class Query:
    """Alternatives (any may match), each a list of groups (all must match) of (term, prefix)."""

    alternatives: tuple[tuple[tuple[tuple[str, bool], ...], ...], ...]
    words: frozenset[str]  # stems and surfaces to highlight
    norm: Normaliser = field(compare=False, repr=False)
    seen: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    """Whether a word of a text matches, as highlighting found it (filled while highlighting)."""
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """What one request already asked the database about this query (see _few_matches)."""

    def fts5(self) -> str:
        """The FTS5 MATCH expression."""
        return " OR ".join(
            "(" + " AND ".join(_group(g, '"{}"*', '"{}"', " OR ") for g in alt) + ")"
            for alt in self.alternatives
        )

    def tsquery(self) -> str:
        """The to_tsquery('simple', ...) expression."""
        return " | ".join(
            "(" + " & ".join(_group(g, "'{}':*", "'{}'", " | ") for g in alt) + ")"
            for alt in self.alternatives
        )


def _group(group: tuple[tuple[str, bool], ...], prefixed: str, plain: str, sep: str) -> str:
    return "(" + sep.join((prefixed if p else plain).format(t) for t, p in group) + ")"


def parse(norm: Normaliser, typed: str, prefix: str) -> Query | None:
    """The query of what was typed, or None when it holds nothing searchable."""
    alternatives: list[tuple[tuple[tuple[str, bool], ...], ...]] = []
    code = _code(typed, prefix)
    if code:
        alternatives.append((code,))
    phone = _phone(typed)
    if phone:
        alternatives.append((((phone, True),),))
    groups: list[tuple[tuple[str, bool], ...]] = []
    marks: set[str] = set()
    for token in WORD.findall(fold(typed)[0]):
        # Each stem is required (slang or digits may split a token: "3kg" is 3 and kg), each
        # satisfied by the token as typed too (names and addresses are indexed unstemmed).
        for stem in stems(norm, token) or [token]:
            terms = dict.fromkeys([stem, token])
            marks.update(terms)
            groups.append(tuple((t, False) for t in terms))
    if groups:
        alternatives.append(tuple(groups))
    if not alternatives:
        return None
    return Query(tuple(alternatives), frozenset(marks), norm)


def _code(typed: str, prefix: str) -> tuple[tuple[str, bool], ...]:
    compact = _SEPARATORS.sub("", typed.lower())
    if not (4 <= len(compact) <= len(prefix) + 10 and compact.isalnum() and compact.isascii()):
        return ()
    p = prefix.lower()
    # A word is not a code: without a digit, only a whole code with its prefix is one (about one
    # code in twenty has no digit, e.g. KK-MXTSD-ZFJHA).
    whole = compact.startswith(p) and len(compact) == len(p) + 10
    if not (whole or any(c.isdigit() for c in compact)):
        return ()
    rest = compact[len(p) :] if compact.startswith(p) else compact
    variants = dict.fromkeys(
        [compact, p + rest.translate(_CONFUSABLE), rest.translate(_CONFUSABLE)]
    )
    return tuple((v, True) for v in variants if len(v) >= 4)


def _phone(typed: str) -> str:
    text = typed.strip()
    digits = "".join(c for c in text if c.isdigit())
    if not _PHONE.match(text) or len(digits) < 6:
        return ""
    if digits.startswith("0"):
        return "62" + digits[1:]
    if digits.startswith("8"):
        return "62" + digits
    return digits


def highlight(query: Query, text: str, width: int) -> Markup:
    """An escaped excerpt of `text` around its first matching word, matches in <mark>.

    Words are looked at up to the first match and then only within the excerpt, each distinct
    word stemmed once per query (a search page highlights many texts with the same words).
    """
    pieces = re.split(r"([^\W_]+)", " ".join(text.split()))
    first = next((i for i in range(1, len(pieces), 2) if _matches(pieces[i], query)), None)
    start = 0
    if first is not None:
        before = len("".join(pieces[:first]))
        if before > width // 3:
            start = first - 2 * min(4, first // 2)
    out: list[Markup] = [Markup("…")] if start > 0 else []
    used = 0
    for i in range(start, len(pieces)):
        piece = pieces[i]
        if used + len(piece) > width:
            out.append(Markup("…"))
            break
        used += len(piece)
        hit = i % 2 == 1 and first is not None and i >= first and _matches(piece, query)
        out.append(Markup("<mark>{}</mark>").format(piece) if hit else escape(piece))
    return Markup("").join(out)


def _matches(word: str, query: Query) -> bool:
    found = query.seen.get(word)
    if found is None:
        folded = fold(word)[0]
        found = folded in query.words or any(s in query.words for s in stems(query.norm, folded))
        query.seen[word] = found
    return found


class _Match(ColumnElement[bool]):
    """`complaint.id IN (ids the full-text index matches)`, in each engine's own syntax."""

    inherit_cache = False
    type = Boolean()

    def __init__(self, query: Query) -> None:
        self.query = query


@compiles(_Match, "sqlite")
def _match_sqlite(element: _Match, compiler: Any, **kw: Any) -> str:
    fq = compiler.process(bindparam(None, element.query.fts5(), unique=True), **kw)
    # {fq} is a bind parameter the compiler rendered, never the query's text.
    return f"complaint.id IN (SELECT rowid FROM complaint_fts WHERE complaint_fts MATCH {fq})"  # noqa: S608


@compiles(_Match, "postgresql")
def _match_postgres(element: _Match, compiler: Any, **kw: Any) -> str:
    fq = compiler.process(bindparam(None, element.query.tsquery(), unique=True), **kw)
    return (
        "complaint.id IN (SELECT complaint_id FROM complaint_fts"  # noqa: S608 (fq: a bind parameter)
        f" WHERE doc @@ to_tsquery('simple', {fq}))"
    )


def matching(query: Query) -> ColumnElement[bool]:
    """The condition on Complaint: the complaints this query finds."""
    return _Match(query)


PROBE = 5000


def hits(session: Session, query: Query, where: list[Any], ranked: bool = True) -> Any:
    """The newest CAP complaints that match and meet `where`, with their rank (lower is better).

    Without `ranked` the rank is left out (the tab counts need none: the engine's scoring is
    the dearer half of the work).
    """
    if session.connection().dialect.name == "postgresql":
        index = table("complaint_fts", column("complaint_id"), column("doc"))
        key = index.c.complaint_id
        tsq = func.to_tsquery(literal_column("'simple'"), query.tsquery())
        match: Any = index.c.doc.op("@@")(tsq)
        # float8, so that the cursor's rank round-trips exactly (a float4 prints shortened).
        rank: Any = cast(-func.ts_rank(index.c.doc, tsq), Double())
        few = _few_matches(session, query)
        if few is not None:  # one array parameter, not thousands of bound values
            match = and_(match, key == any_(bindparam("few", few, type_=ARRAY(Integer()))))
    else:
        index = table("complaint_fts", column("rowid"), column("doc"))
        key = index.c.rowid
        match = literal_column("complaint_fts").op("MATCH")(query.fts5())
        rank = func.bm25(literal_column("complaint_fts"))
    return (
        sa_select(key.label("id"), (rank if ranked else null()).label("rank"))
        .join_from(index, Complaint, col(Complaint.id) == key)
        .where(match, *where)
        .order_by(key.desc())
        .limit(CAP)
        .cte("hits")
    )


def _few_matches(session: Session, query: Query) -> list[int] | None:
    """Every matching id when there are at most PROBE of them, read through the GIN index.

    PostgreSQL's estimate of a tsquery (prefixes above all) is often far off, and an estimate
    of many matches makes it walk the primary key newest first, testing every document: fine
    for a common word, a scan of the whole table for a rare one. Asking the GIN index first
    settles which case this is. Asked once per query: the page and its tab counts share it.
    """
    if "few" in query.memo:
        found: list[int] | None = query.memo["few"]
        return found
    conn = session.connection()
    conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
    try:
        probe = text(
            "SELECT complaint_id FROM complaint_fts WHERE doc @@ to_tsquery('simple', :q) LIMIT :n"
        )
        ids = [r[0] for r in conn.execute(probe, {"q": query.tsquery(), "n": PROBE + 1})]
    finally:
        conn.exec_driver_sql("SET LOCAL enable_seqscan = on")
    few = query.memo["few"] = ids if len(ids) <= PROBE else None
    return few
