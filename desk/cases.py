"""Shared cases (kasus bersama): what the desk reads of them, and the candidates it proposes.

A case joins complaints of one section about the same event; each complaint keeps its own
tracking code, thread and audit trail. Access follows the complaints': a case is visible to the
officers of its section (and to supervisors), and of its members a viewer sees only those their
scope allows (a member reassigned elsewhere is counted, never shown). What changes cases lives in
desk/case_actions.py.

Candidates for a complaint are read in one statement of two bounded range reads on (section,
created_at): the nearest complaints of the same section within WINDOW before and after it, at
most POOL/2 each, then compared with routing's own normalisation (routing.neighbours.similar) and
the places they name (routing.places). Never a scan of all complaints. Their stems are read from
the full-text index (store/search.py writes them with the same normaliser, when the message is
stored), not stemmed again at every page view: the stemmer costs about a millisecond for a word
it has not seen, and the pool is eighty texts.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desk.access import Viewer
from routing.neighbours import Past, bag, similar
from routing.places import place_words, places_in
from routing.suggest import STOP
from routing.text import Normaliser
from store import cases as stored
from store.db import Session
from store.models import Complaint, SharedCase
from store.search import code_terms
from store.search import words as plain_words

MAX_ID = 2**31 - 1  # the id columns are 32-bit integers on PostgreSQL
WINDOW = timedelta(days=3)
POOL = 80  # complaints compared, half before and half after the complaint
SHOW = 5  # candidates proposed
MIN_SCORE = 0.2  # similarity enough on its own; with a place in common any shared word will do
PLACE_BONUS = 0.3  # added to the similarity of a complaint that names a place this one names
CASE_STATUS = {"terbuka": "Terbuka", "ditutup": "Ditutup"}
PUBLIC_STATUS = {"terbuka": "sedang ditangani bersama", "ditutup": "selesai ditangani"}


def visible_case(session: Session, viewer: Viewer, case_id: int) -> SharedCase | None:
    """The case, if it exists and is of the viewer's sections (else None: a 404 either way)."""
    if not 0 < case_id <= MAX_ID:
        return None  # ids past the columns' range: no such case (and no database error)
    found = stored.by_id(session, case_id)
    return found if found is not None and viewer.can_see(found.section) else None


def case_of(session: Session, complaint_id: int) -> SharedCase | None:
    """The case the complaint is in, if any."""
    return stored.case_of(session, complaint_id)


def member_count(session: Session, case_id: int) -> int:
    """How many complaints the case holds (visible or not)."""
    return stored.member_count(session, case_id)


def members(session: Session, viewer: Viewer, case_id: int) -> list[Complaint]:
    """The case's complaints the viewer may see, oldest first."""
    return stored.members(session, viewer.scope(), case_id)


@dataclass(frozen=True)
class Summary:
    """A map-free summary of a case: how many, since when, where, through which channels."""

    count: int
    hidden: int
    since: datetime | None
    latest: datetime | None
    places: list[tuple[str, int]]
    channels: list[tuple[str, int]]
    statuses: list[tuple[str, int]]


def summary(found: list[Complaint], total: int) -> Summary:
    """What the case page says of its visible members (`total` counts the hidden ones too)."""
    places: Counter[str] = Counter()
    for c in found:
        places.update(places_in(f"{c.subject or ''} {c.text}"))
    times = [c.created_at for c in found]
    return Summary(
        count=len(found), hidden=max(0, total - len(found)),
        since=min(times) if times else None, latest=max(times) if times else None,
        places=places.most_common(), channels=Counter(c.channel for c in found).most_common(),
        statuses=Counter(c.status for c in found).most_common(),
    )  # fmt: skip


@dataclass
class Candidate:
    """A complaint proposed for the same case, with why."""

    id: int
    code: str
    status: str
    channel: str
    created_at: datetime
    score: float
    words: tuple[str, ...]
    places: list[str]
    apart: timedelta
    case: SharedCase | None = None
    reasons: list[str] = field(default_factory=list)


_BAGS: OrderedDict[tuple[int, bytes], Counter[str]] = OrderedDict()
_BAGS_LOCK = threading.Lock()
BAGS = 4096
INDEXED = 0  # the key's first part for stems read from the index (else the normaliser's id)


def cached_bag(norm: Normaliser, text: str) -> Counter[str]:
    """A complaint's stems, kept: officers open complaints of the same few days again and again.

    Keyed by a digest, so the process keeps no complaint text; at most BAGS entries.
    """
    key = (id(norm), _digest(text))
    found = _kept(key)
    if found is None:
        found = bag(norm, text)
        _keep(key, found)
    return found


# A tsvector as text: 'lexeme':3,17 (PostgreSQL); SQLite's document is the tokens themselves.
# The document's tokens are [^\W_]+ (store/search.py): no quote to unescape.
_LEXEME = re.compile(r"'([^']*)':([0-9A-D,]+)")


def indexed_bag(code: str, doc: str | None, people: list[str]) -> Counter[str] | None:
    """A complaint's stems as `bag` counts them, read from its full-text document (None: none).

    The document is the code's terms, then the stems of the subject, the text and the
    follow-ups, then the words of the people it names (store/search.py): the code's terms are
    skipped by position, the people's words taken off, the rest filtered as `bag` filters.
    """
    if doc is None:
        return None
    skip = len(code_terms(code))
    counts: Counter[str] = Counter()
    if doc.startswith("'"):
        # PostgreSQL's parser may cut a code term in two ("6e866dwgjs" is a number and a word),
        # so the code's pieces are told by what they are, within the first positions.
        key = "".join(code.lower().split("-"))
        for word, at in _LEXEME.findall(doc):
            if word in key:  # positions are read only for what may be a piece of the code
                first = [int(p.rstrip("ABCD")) for p in at.split(",")]
                counts[word] += sum(1 for p in first if p > 3 * skip)
            else:
                counts[word] += at.count(",") + 1
    else:
        counts.update(doc.split()[skip:])
    for person in people:
        counts.subtract(plain_words(person))
    return Counter(
        {w: n for w, n in counts.items() if n > 0 and len(w) >= 3 and w.isalpha() and w not in STOP}
    )


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def _pool(
    session: Session, complaint: Complaint, exclude: set[int]
) -> tuple[dict[int, Any], dict[str, Counter[str]]]:
    """The nearest complaints of the section within WINDOW on each side (one statement), by id,
    and the stems of their texts, by text: kept ones, else read from the full-text index (one
    statement for all those not kept); never stemmed again here. A document holds the
    follow-ups' stems too; a kept one is the document as it was when first read."""
    assert complaint.id is not None
    rows = {
        r[0]: r for r in stored.near(session, complaint, WINDOW, POOL // 2) if r[0] not in exclude
    }
    texts = {i: _text(r) for i, r in rows.items()}
    keys = {i: (INDEXED, _digest(t)) for i, t in texts.items()}
    bags: dict[str, Counter[str]] = {}
    for i, key in keys.items():
        found = _kept(key)
        if found is not None:
            bags[texts[i]] = found
    missing = [i for i in rows if texts[i] not in bags]
    for cid, code, doc, anonymous, confidential, *fields in stored.documents(session, missing):
        people = [] if anonymous or confidential else fields
        found = indexed_bag(code, doc, [p for p in people if p and not p.startswith("erased:")])
        if found is not None:
            bags[texts[cid]] = found
            _keep(keys[cid], found)
    return rows, bags


def _text(row: Any) -> str:
    """A pool row's subject and text, as they are compared."""
    return f"{row[2] or ''} {row[3]}"


def _kept(key: tuple[int, bytes]) -> Counter[str] | None:
    with _BAGS_LOCK:
        found = _BAGS.get(key)
        if found is not None:
            _BAGS.move_to_end(key)
    return found


def _keep(key: tuple[int, bytes], found: Counter[str]) -> None:
    with _BAGS_LOCK:
        _BAGS[key] = found
        while len(_BAGS) > BAGS:
            _BAGS.popitem(last=False)


def candidates(
    session: Session,
    viewer: Viewer,
    complaint: Complaint,
    norm: Normaliser,
    mine: SharedCase | None = None,
    mine_read: bool = False,
) -> list[Candidate]:
    """Up to SHOW complaints likely about the same event, most likely first, with reasons.

    With `mine_read`, `mine` is the complaint's case (None: in none), as the caller read it.
    """
    if (
        complaint.id is None
        or complaint.status == "ditutup"
        or not viewer.can_see(complaint.section)
    ):
        return []
    mine = mine if mine_read else case_of(session, complaint.id)
    exclude = set()
    if mine is not None:
        exclude = set(stored.member_ids(session, mine.id))
    rows, bags = _pool(session, complaint, exclude)
    pool = [Past(i, r[1], _text(r), complaint.section) for i, r in rows.items()]
    text = f"{complaint.subject or ''} {complaint.text}"
    here = set(places_in(text))
    names = place_words()

    def bag_of(n: Normaliser, t: str) -> Counter[str]:
        found = bags.get(t) if t is not text else None
        return found if found is not None else cached_bag(n, t)

    found: list[Candidate] = []
    ranks: list[float] = []  # the SHOW best ranks so far (a heap)
    for s in similar(norm, text, pool, bag_of):  # the most similar first
        if len(ranks) == SHOW and s.score + PLACE_BONUS < ranks[0]:
            break  # neither this one nor any after it can be among the SHOW best
        _, code, _, _, status, channel, at = rows[s.past.id][:7]
        common = [p for p in places_in(s.past.text) if p in here]
        if s.score < MIN_SCORE and not common:
            continue
        rank = s.score + (PLACE_BONUS if common else 0.0)
        (heapq.heappush if len(ranks) < SHOW else heapq.heappushpop)(ranks, rank)
        apart = abs(at - complaint.created_at)
        words = tuple(w for w in s.shared if w not in names)[:5]
        found.append(Candidate(s.past.id, code, status, channel, at, rank, words, common, apart))
    found.sort(key=lambda c: (-c.score, c.apart, c.id))
    found = found[:SHOW]
    _attach_cases(session, found)
    for c in found:
        c.reasons = _reasons(c)
    return found


def _attach_cases(session: Session, found: list[Candidate]) -> None:
    ids = [c.id for c in found]
    if not ids:
        return
    by_id = stored.cases_of(session, ids)
    for c in found:
        c.case = by_id.get(c.id)


def _reasons(c: Candidate) -> list[str]:
    out = []
    if c.words:
        out.append(f"kata serupa: {', '.join(c.words)}")
    if c.places:
        out.append(f"menyebut tempat yang sama: {', '.join(c.places)}")
    hours = int(c.apart.total_seconds() // 3600)
    out.append(f"selisih {hours // 24} hari" if hours >= 24 else f"selisih {hours} jam")
    if c.case is not None:
        out.append(f"sudah dalam kasus #{c.case.id}")
    return out


def panel(
    session: Session, viewer: Viewer, complaint: Complaint, norm: Normaliser
) -> dict[str, Any]:
    """What the complaint page shows of shared cases: its case, or candidates to join."""
    assert complaint.id is not None
    case = case_of(session, complaint.id)
    return {
        "case": case,
        "count": member_count(session, case.id) if case and case.id else 0,
        "candidates": candidates(session, viewer, complaint, norm, case, mine_read=True),
    }


def public_case(session: Session, complaint: Complaint) -> dict[str, Any] | None:
    """What /lacak says of the complaint's case: its number, status and size, nobody's data."""
    if complaint.id is None:
        return None
    case = case_of(session, complaint.id)
    if case is None or case.id is None:
        return None
    return {
        "number": case.id,
        "status": case.status,
        "status_name": PUBLIC_STATUS.get(case.status, case.status),
        "others": member_count(session, case.id) - 1,
    }


def recent(session: Session, viewer: Viewer, limit: int = 50) -> list[tuple[SharedCase, int]]:
    """The viewer's sections' newest cases with their sizes."""
    found = stored.recent(session, None if viewer.all_sections else viewer.sections, limit)
    sizes = stored.sizes(session, [c.id for c in found])
    return [(c, sizes.get(c.id or 0, 0)) for c in found]
