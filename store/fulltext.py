"""The desk's full-text queries on store/search.py's index: which complaints a search matches
(FTS5 MATCH on SQLite, a tsquery on PostgreSQL), the newest matches walked in the viewer's scope,
their ranking, and the planner-guided probe that decides how to walk. The query itself is built
from what an officer typed by desk/search.py.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ARRAY,
    Boolean,
    ColumnElement,
    Double,
    Integer,
    String,
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
    union_all,
)
from sqlalchemy import select as sa_select
from sqlalchemy.ext.compiler import compiles
from sqlmodel import Session, col

from routing.text import Normaliser
from store.models import Complaint
from store.search import WORD, section_tag, status_tag

CAP = 1000


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
        f" WHERE {INDEXED} @@ to_tsquery('simple', {fq}))"
    )


def matching(query: Query) -> ColumnElement[bool]:
    """The condition on Complaint: the complaints this query finds."""
    return _Match(query)


# What PostgreSQL's GIN index holds (migration 0017): the words and the tags of a complaint in
# one tsvector, so that one index scan finds the matches of a tab. (A search for a tag itself,
# "xstatusbaru", finds that status's complaints: the tags are no secret.)
INDEXED = "(doc || tags)"
PROBE = 5000
# Matches PostgreSQL must estimate before _few_matches skips its probe: well above PROBE, as the
# estimate of a word outside the statistics' most common ones is a guess (a code's prefix with a
# common digit in it was estimated at 10,000 and matched one complaint: without the probe, the
# walk newest first read the whole table, 1.4 s at a million).
ESTIMATED_MANY = 4 * PROBE
# The same when the tab's own complaints can be walked (hits' `tab`): that walk reads no more
# than the tab, so a probe that reads PROBE rows at random to find what the walk finds anyway
# is skipped sooner.
ESTIMATED_MANY_IN_TAB = 3 * PROBE // 2


def tag_terms(statuses: Sequence[str], sections: Sequence[str]) -> list[list[str]]:
    """The tags (store/search.py) a match must have: one of the statuses, one of the sections;
    an empty list is no condition."""
    return [[status_tag(s) for s in statuses], [section_tag(s) for s in sections]]


def hits(
    session: Session,
    query: Query,
    where: list[Any],
    ranked: bool = True,
    tagged: list[list[str]] | None = None,
    columns: Sequence[Any] = (),
    tab: tuple[str, Sequence[str]] | None = None,
    cap: int | None = None,
) -> Any:
    """The newest `cap` complaints that match and meet `where`, with their rank (lower is better)
    and any `columns` of Complaint asked for (read with the row that `where` reads anyway).

    `tagged` (tag_terms) narrows the full-text query itself to the statuses and sections that
    `where` asks for, so the engine finds the newest matches of a tab without reading a
    complaint row per match; `where` still decides. Without `ranked` the rank is left out
    (the tab counts need none: the engine's scoring is the dearer half of the work).
    `tab` (a section and its statuses, which `where` requires) lets PostgreSQL walk that
    section's complaints of those statuses newest first when a word matches too many for the
    GIN index to list (see _walk). A `cap` below CAP (the tab counts') asks PostgreSQL's GIN
    index for fewer matches before it walks (_probe_limit); none: CAP.
    """
    groups = [g for g in tagged or [] if g]
    cap = CAP if cap is None else cap
    if session.connection().dialect.name == "postgresql":
        return _hits_postgres(session, query, where, ranked, groups, columns, tab, cap)
    index = table("complaint_fts", column("rowid"), column("doc"))
    key = index.c.rowid
    expression = query.fts5()
    if groups:
        tags = " AND ".join("(" + " OR ".join(f'"{t}"' for t in g) + ")" for g in groups)
        expression = f"({expression}) AND tags : ({tags})"
    match = literal_column("complaint_fts").op("MATCH")(expression)
    rank = func.bm25(literal_column("complaint_fts"))
    found = sa_select(key.label("id"), (rank if ranked else null()).label("rank"), *columns)
    if where or columns:
        found = found.join_from(index, Complaint, col(Complaint.id) == key)
    else:  # the tags are all the conditions (the caller checks the rows it shows)
        found = found.select_from(index)
    return found.where(match, *where).order_by(key.desc()).limit(cap).cte("hits")


def _hits_postgres(
    session: Session,
    query: Query,
    where: list[Any],
    ranked: bool,
    groups: list[list[str]],
    columns: Sequence[Any],
    tab: tuple[str, Sequence[str]] | None,
    cap: int,
) -> Any:
    """hits() on PostgreSQL: the few matches the GIN index lists, else a walk newest first."""
    index = table("complaint_fts", column("complaint_id"), column("doc"), column("tags"))
    key: Any = index.c.complaint_id
    tsq = func.to_tsquery(literal_column("'simple'"), query.tsquery())
    match: Any = index.c.doc.op("@@")(tsq)
    tags = " & ".join("(" + " | ".join(g) + ")" for g in groups)
    # float8, so that the cursor's rank round-trips exactly (a float4 prints shortened).
    rank: Any = cast(-func.ts_rank(index.c.doc, tsq), Double())
    walkable = tab is not None and bool(tab[1])
    many = ESTIMATED_MANY_IN_TAB if walkable else ESTIMATED_MANY
    few = None
    broader = _broader(groups)
    if not _dense(session, query, tags, tab if walkable else None, many, broader, cap):
        few = _few_matches(session, query, tags, many, _probe_limit(cap), broader)
    source: Any = index
    if few is not None:  # one array parameter, not thousands of bound values
        # The probe matched their documents already: only the tags are tested (a complaint's
        # small tags, where its document is often TOASTed), as the ids may be a broader probe's
        # (_few_matches), more than the page's tags allow.
        # As the text of an array: psycopg dumps a list of thousands of ints in Python.
        listed = "{" + ",".join(map(str, few)) + "}"
        match = key == any_(cast(bindparam("few", listed, type_=String()), ARRAY(Integer())))
        if tags:
            match = and_(match, _tagged(index, tags))
    elif tab is not None and walkable:
        # The tab's own complaints newest first, each looked up by id: the tags need no test.
        newest = _walk(*tab)
        source = newest.join(index, index.c.complaint_id == newest.c.id)
        key = newest.c.id
    elif tags:
        # The tags first: PostgreSQL tests the quals in the order written, and a complaint's
        # small tags decide most rows of a tab before its document (often TOASTed) is read.
        match = and_(_tagged(index, tags), match)
    found = sa_select(key.label("id"), (rank if ranked else null()).label("rank"), *columns)
    if where or columns:
        source = source.join(Complaint, col(Complaint.id) == key)
    found = found.select_from(source)
    return found.where(match, *where).order_by(key.desc()).limit(cap).cte("hits")


def _tagged(index: Any, tags: str) -> Any:
    """The row's tags meet the tag query `tags`."""
    return index.c.tags.op("@@")(func.to_tsquery(literal_column("'simple'"), tags))


def _dense(
    session: Session,
    query: Query,
    tags: str,
    tab: tuple[str, Sequence[str]] | None,
    many: float,
    broader: str | None = None,
    cap: int = CAP,
) -> bool:
    """Whether the matches lie densely enough among the newest complaints that walking them
    newest first for `cap` of them beats asking the GIN index, judged on a SAMPLE of what the
    walk would read.

    Asked where PostgreSQL's estimate is neither few nor many (SAMPLE_FROM to `many`): its
    estimate multiplies the words' frequencies as if they were independent, and words that
    go together (two words of one phrase, a first name and its usual surname) match several
    times more. Two common words in an officer's open tab at a million were estimated at
    5,600 and matched 9,700: the probe read all of them from the GIN index (90-190 ms on a
    slow machine) only to learn that they were many. The sample costs a few ms; a verdict
    of "dense" counts for the request's other asks as a probe that found many. The estimate
    of `broader` tags (which _few_matches asks for anyway) bounds the page's: below the band,
    the page's own is not asked (a planning round trip)."""
    memo = "sampled:" + tags
    if memo not in query.memo:
        known, _ = _known(query, tags, PROBE)
        few = known or (broader is not None and _estimate(session, query, broader) < SAMPLE_FROM)
        estimate = 0.0 if few else _estimate(session, query, tags)
        # Above the band, words each common but seldom together (the estimate assumed them
        # independent) would make the walk newest first read the whole tab, or the table.
        above = estimate > many and _several_words(query)
        sampled = None
        if SAMPLE_FROM <= estimate <= many or above:
            sampled = _sampled(session, query, tags, tab)
            dense = sampled * WALK_ROWS >= CAP * SAMPLE
            query.memo["sparse:" + tags] = above and not dense
            # Too many for any probe: the probe would read thousands only to learn it.
            fewest = math.inf if dense else _at_least(session, sampled, tags, tab, estimate)
            if fewest >= 1:
                query.memo["few:" + tags] = (fewest, None)
        query.memo[memo] = sampled
    sampled = query.memo[memo]
    # The tab counts need only `cap` (100) matches: a walk finds them among fewer rows.
    return sampled is not None and sampled * WALK_ROWS >= cap * SAMPLE


def _at_least(
    session: Session,
    sampled: int,
    tags: str,
    tab: tuple[str, Sequence[str]] | None,
    estimate: float,
) -> float:
    """How many complaints match at least, judged from `sampled` matches among the SAMPLE
    newest that a walk reads: the share's lower bound (two standard deviations below a
    Poisson count) of the rows the walk reads (the tab's, else every complaint's). The
    newest may hold more matches than the older (a recent event): unless the planner's
    `estimate` (from the whole table) says as many, the bound is halved.

    Two common words at 2.5% of the newest complaints in a supervisor's open tab made the
    probe read 5,001 matches (30 ms at a million) to learn they were many, and a name at 1%
    of the table, the probe of the tab counts (17 ms)."""
    low = sampled - 2 * math.sqrt(sampled)
    if low <= 0:
        return 0.0
    bound = low / SAMPLE * _estimate_rows(session, tags if tab is not None else "")
    return min(bound, max(bound / 2, estimate))


def _estimate_rows(session: Session, tags: str) -> float:
    """The complaints of these tags by the planner's estimate (the tags are among its most
    common elements), or of the whole index without tags (its statistics' row count)."""
    if not tags:
        sql = "SELECT reltuples FROM pg_class WHERE oid = 'complaint_fts'::regclass"
        return float(session.connection().execute(text(sql)).scalar() or 0)
    return _planned(session, tags)


def _several_words(query: Query) -> bool:
    """Whether some alternative of the query requires more than one word (the planner's
    estimate of one word is its statistics' own)."""
    return any(len(alternative) > 1 for alternative in query.alternatives)


# The band and the sample of _dense: matches are dense when the walk would find CAP of them
# within WALK_ROWS complaints (a 2,000-row sample with 80 matches, 4%, at the defaults).
SAMPLE_FROM = 2000
SAMPLE = 2000
WALK_ROWS = 25000


def _sampled(
    session: Session, query: Query, tags: str, tab: tuple[str, Sequence[str]] | None
) -> int:
    """How many of the newest SAMPLE complaints a walk would read match: the tab's own (its
    tags then hold), else every complaint's, its tags tested."""
    index = table("complaint_fts", column("complaint_id"), column("doc"), column("tags"))
    tsq = func.to_tsquery(literal_column("'simple'"), query.tsquery())
    if tab is not None:
        newest = _walk(*tab)
        ids = sa_select(newest.c.id).order_by(newest.c.id.desc()).limit(SAMPLE).subquery()
        stmt = (
            sa_select(func.count())
            .select_from(ids.join(index, index.c.complaint_id == ids.c.id))
            .where(index.c.doc.op("@@")(tsq))
        )
    else:
        rows = (
            sa_select(index.c.doc, index.c.tags)
            .order_by(index.c.complaint_id.desc())
            .limit(SAMPLE)
            .subquery()
        )
        match: Any = rows.c.doc.op("@@")(tsq)
        if tags:
            match = and_(_tagged(rows, tags), match)
        stmt = sa_select(func.count()).select_from(rows).where(match)
    return int(session.connection().execute(stmt).scalar() or 0)


def _probe_limit(cap: int) -> int:
    """How many matches the GIN probe lists at most before hits() walks newest first instead.

    The walk reads about cap / (the share of complaints that match) rows: a probe of PROBE
    keeps that under 200 rows per hit of a page's CAP. The tab counts read only the newest
    COUNT_CAP matches, so their walk may start from a word 50 times rarer for as many rows:
    their probe stops at 2,000, where the probe of PROBE read 5,001 rows at random to learn
    that a name matched 10,000 complaints (40 ms of a supervisor's search at a million).
    """
    return PROBE if cap >= CAP else min(PROBE, 20 * cap)


def _walk(section: str, statuses: Sequence[str]) -> Any:
    """The ids of a section's complaints of these statuses, to be read newest first: one scan
    of ix_complaint_section_status_id (migration 0017) per status, merged by id.

    A common word within an officer's open tab: the tab holds a few percent of the complaints,
    so walking every complaint newest first and testing its tags read 27 complaints for each
    one of the tab (80,000 for the newest thousand matches of a word, 87 ms at a million); the
    tab's own index reads only the tab's."""
    # Each part ordered: PostgreSQL then merges them (Merge Append) and stops at the LIMIT,
    # where the parts of a bare UNION ALL were read whole and sorted.
    parts: list[Any] = [
        sa_select(col(Complaint.id).label("id"))
        .where(col(Complaint.section) == section, col(Complaint.status) == s)
        .order_by(col(Complaint.id).desc())
        for s in statuses
    ]
    if len(parts) == 1:
        return parts[0].subquery("newest")
    return union_all(*parts).subquery("newest")


@contextmanager
def walking(session: Session) -> Iterator[None]:
    """Around a statement that reads `hits`: on PostgreSQL, joins by nested loop only, so each
    hit is looked up by its id (the settings restored after). Its estimate of a word's matches
    made it sort every complaint the tab's status allows by id for a merge join (114,000 at a
    million: 67 ms) to join the 1,000 hits it walked."""
    if session.connection().dialect.name != "postgresql":
        yield
        return
    # Nor a sequential scan and a sort of every match: an estimate of few matches (a prefix,
    # a rare word) must not turn the walk newest first into a read of the whole table.
    settings = {"enable_mergejoin": "off", "enable_hashjoin": "off", "enable_seqscan": "off"}
    # Nor parallel workers: starting them costs more than the few thousand rows walked.
    settings["max_parallel_workers_per_gather"] = "0"
    names = list(settings)
    before = dict(zip(names, _set_local(session, settings), strict=True))
    session.info[_WALKING] = True  # _few_matches' probe needs no settings of its own
    try:
        yield
    finally:
        session.info.pop(_WALKING, None)
        _set_local(session, before)


_WALKING = "aduan.fulltext.walking"


def _set_local(session: Session, settings: dict[str, str]) -> tuple[str, ...]:
    """Planner settings for the rest of the transaction, in one statement (set_config); the
    values they had before, read by the same statement (one round trip, not two)."""
    pairs = [(f"n{i}", f"v{i}", k, v) for i, (k, v) in enumerate(settings.items())]
    # The values before are read in a subquery that OFFSET 0 keeps apart, so that its row is
    # produced before the outer list sets them.
    read = ", ".join(f"current_setting(:{n}) AS b{i}" for i, (n, _, _, _) in enumerate(pairs))
    sets = ", ".join(f"set_config(:{n}, :{v}, true)" for n, v, _, _ in pairs)
    olds = ", ".join(f"was.b{i}" for i in range(len(pairs)))
    sql = f"SELECT {olds}, {sets} FROM (SELECT {read} OFFSET 0) AS was"  # noqa: S608 (names fixed)
    params = {n: k for n, _, k, _ in pairs} | {v: value for _, v, _, value in pairs}
    row = session.connection().execute(text(sql), params).one()
    return tuple(str(v) for v in row[: len(pairs)])


def ranked(session: Session, query: Query, hit_ids: Any) -> list[tuple[float, int]]:
    """(rank, id) of the hits (a `hits` CTE, unranked), best first: BM25 over their documents,
    computed here (SQLite).

    FTS5's bm25() reads the whole document list of every term for its statistics before the
    first row: hundreds of thousands of entries for a common word. The newest CAP matches are
    ranked among themselves instead (term frequencies from their documents, the document
    frequency within them), which orders them as the officer needs at the cost of CAP short
    documents.
    """
    index = table("complaint_fts", column("rowid"), column("doc"))
    stmt = sa_select(hit_ids.c.id, index.c.doc).join_from(
        hit_ids, index, index.c.rowid == hit_ids.c.id
    )
    terms = {term for alt in query.alternatives for group in alt for term in group}
    found = session.connection().execute(stmt).all()
    counts = [(int(i), *_frequencies(str(doc), terms)) for i, doc in found]
    if not counts:
        return []
    average = sum(n for _, _, n in counts) / len(counts) or 1.0
    frequency = {t: sum(1 for _, tf, _ in counts if tf.get(t)) for t in terms}
    idf = {t: math.log(1 + (len(counts) - df + 0.5) / (df + 0.5)) for t, df in frequency.items()}
    out = []
    for i, tf, n in counts:
        norm = _K1 * (1 - _B + _B * n / average)
        score = sum(idf[t] * f * (_K1 + 1) / (f + norm) for t, f in tf.items())
        out.append((-score, i))
    return sorted(out)


_K1, _B = 1.2, 0.75  # BM25's usual constants, as FTS5's bm25() has them


def _frequencies(doc: str, terms: set[tuple[str, bool]]) -> tuple[dict[tuple[str, bool], int], int]:
    """How often each (term, prefix) of a query occurs among a document's words, and how many
    words it has, its words as FTS5 reads them ([^\\W_]+ pieces).

    This runs for each of CAP documents per search page: a document of such pieces joined by
    spaces (store/search.py writes them so) is split, not matched word by word, and a whole
    word counted by list.count, in C.
    """
    words = doc.split() if doc.replace(" ", "").isalnum() else WORD.findall(doc)
    out = {}
    for term, prefix in terms:
        n = sum(1 for w in words if w.startswith(term)) if prefix else words.count(term)
        if n:
            out[(term, prefix)] = n
    return out, len(words)


def _broader(groups: list[list[str]]) -> str | None:
    """A page's tags without its statuses (its section only), when it has both: see
    _few_matches."""
    if len(groups) < 2:
        return None
    return " & ".join("(" + " | ".join(g) + ")" for g in groups[1:])


def _few_matches(
    session: Session,
    query: Query,
    tags: str,
    many: float,
    limit: int = PROBE,
    broader: str | None = None,
) -> list[int] | None:
    """Every matching id (or a superset: `where` decides) when there are at most `limit`,
    read through the GIN index. With `broader` tags (a page's section without its statuses),
    those are probed first: when they find few, the page takes their matches, and its tab
    counts, which ask the same section, need no probe of their own; the GIN scan of the
    statuses' long posting lists is most of a probe's time (about 20 of 25 ms for two common
    words in an officer's tab at a million)."""
    if broader is not None:
        wide = _few_matches(session, query, broader, many, limit)
        if wide is not None:
            return _narrowed(query, wide, tags)
    return _probe(session, query, tags, many, limit)


def _probe(session: Session, query: Query, tags: str, many: float, limit: int) -> list[int] | None:
    """Every matching id when there are at most `limit` of them, read through the GIN indexes.

    PostgreSQL's estimate of a tsquery (prefixes above all) is often far off, and an estimate
    of many matches makes it walk the primary key newest first, testing every document: fine
    for a common word, a scan of the whole table for a rare one. Asking the GIN index first
    settles which case this is. Asked once per query and tags: the page and its tab counts
    share what they can (a probe that listed more than `limit` matches with more tags
    required answers the probes with fewer, unasked).
    """
    known, ids = _known(query, tags, limit)
    if known:
        return ids
    conn = session.connection()
    memo = "few:" + tags
    if _estimate(session, query, tags) > many and not query.memo.get("sparse:" + tags):
        # The planner's statistics (the most common words of the documents) already say the
        # words are common: the GIN probe would read their whole posting lists to learn it
        # (unless a sample of the newest found them seldom together: _dense).
        query.memo[memo] = (math.inf, None)
        return None
    # Each match's id and tags in one string: thousands of rows cost more to fetch one by one
    # than the probe's own work, and the tags let a narrower ask take these ids (_narrowed).
    probe = (
        # S608: fixed SQL pieces only; the words are parameters.
        "SELECT string_agg(complaint_id::text || ' ' || tags::text, ',') FROM"  # noqa: S608
        " (SELECT complaint_id, tags FROM complaint_fts"
        f" WHERE {INDEXED} @@ to_tsquery('simple', :q) LIMIT :n) AS found"
    )
    params = {"q": _with_tags(query, tags), "n": limit + 1}
    if session.info.get(_WALKING):  # sequential scans are off already: two round trips fewer
        listed = conn.execute(text(probe), params).scalar()
    else:
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        try:
            listed = conn.execute(text(probe), params).scalar()
        finally:
            conn.exec_driver_sql("SET LOCAL enable_seqscan = on")
    ids = _listed(query, str(listed or ""))
    few = ids if len(ids) <= limit else None
    query.memo[memo] = (limit, few)
    return few


def _known(query: Query, tags: str, limit: int) -> tuple[bool, list[int] | None]:
    """What earlier probes of this request say of a probe of `tags` up to `limit`: whether
    they tell, and then the ids (all the matches, maybe more: hits() tests the tags) or None
    (more than `limit`). A memo holds (the probe's limit, its ids or None), and the matches of
    narrower tags are among those of broader ones.

    Ids a probe listed are taken whatever their number: looking up a few thousand ids
    newest first costs a few ms (the tab counts of a name's search at a million: 2 ms, where
    walking the section for them cost 18-27 ms)."""
    probes = [(k[4:], v) for k, v in query.memo.items() if k.startswith("few:")]
    for probed_tags, (_, ids) in probes:
        if ids is not None and _narrows(tags, probed_tags):
            return True, _narrowed(query, ids, tags)
    for probed_tags, (probed, ids) in probes:
        if not _narrows(probed_tags, tags):
            continue
        if (ids is None and probed >= limit) or (ids is not None and len(ids) > limit):
            return True, None
    return False, None


def _listed(query: Query, listed: str) -> list[int]:
    """The ids of a probe's `id 'tag':1 'tag':2,...` string (a tsvector's text: quoted lexemes,
    maybe with positions); each one's tags kept in the memo."""
    ids = []
    tags_of = query.memo.setdefault("tags", {})
    sets: dict[str, frozenset[str]] = {}  # a few dozen distinct tags among thousands of rows
    for row in listed.split(",") if listed else ():
        number, _, tags = row.partition(" ")
        have = sets.get(tags)
        if have is None:
            have = sets[tags] = frozenset(t.split("'")[1] for t in tags.split() if "'" in t)
        ids.append(int(number))
        tags_of[ids[-1]] = have
    return ids


def _narrowed(query: Query, ids: list[int], tags: str) -> list[int]:
    """Those of a broader probe's ids whose tags meet `tags` (_few_matches' form: groups of
    alternatives); an id whose tags no probe read is kept (hits() tests the tags too)."""
    groups = [g.strip("()").split(" | ") for g in tags.split(" & ") if g]
    tags_of = query.memo.get("tags", {})
    kept = []
    meets: dict[frozenset[str], bool] = {}
    for i in ids:
        have = tags_of.get(i)
        if have is None:
            kept.append(i)
            continue
        ok = meets.get(have)
        if ok is None:
            ok = meets[have] = all(any(t in have for t in group) for group in groups)
        if ok:
            kept.append(i)
    return kept


def _narrows(narrow: str, broad: str) -> bool:
    """Whether the tag query `narrow` requires every group `broad` requires (and maybe more):
    the groups are the " & "-joined parts of _few_matches' tags."""
    return set(broad.split(" & ")) - {""} <= set(narrow.split(" & "))


def _estimate(session: Session, query: Query, tags: str) -> float:
    """How many complaints PostgreSQL's planner expects to match (EXPLAIN: planning only);
    asked once per query and tags."""
    memo = "estimate:" + tags
    if memo not in query.memo:
        query.memo[memo] = _estimated(session, query, tags)
    estimate: float = query.memo[memo]
    return estimate


def _estimated(session: Session, query: Query, tags: str) -> float:
    return _planned(session, _with_tags(query, tags))


def _planned(session: Session, tsquery: str) -> float:
    """The rows PostgreSQL's planner expects INDEXED @@ tsquery to match (EXPLAIN)."""
    sql = (
        # S608: fixed SQL pieces only; the words are parameters.
        "EXPLAIN (FORMAT JSON) SELECT 1 FROM complaint_fts"  # noqa: S608
        f" WHERE {INDEXED} @@ to_tsquery('simple', :q)"
    )
    plan = session.connection().execute(text(sql), {"q": tsquery}).scalar()
    found = plan[0]["Plan"]["Plan Rows"] if isinstance(plan, list) else 0
    return float(found)


def _with_tags(query: Query, tags: str) -> str:
    """The query's tsquery and the tags' (both required), for the GIN index of INDEXED."""
    return f"({query.tsquery()}) & {tags}" if tags else query.tsquery()
