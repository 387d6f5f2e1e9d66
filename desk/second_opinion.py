"""The triage second opinion on the complaint page: similar complaints officers resolved."""

from __future__ import annotations

import hashlib
import threading
from typing import Any

from desk.access import Viewer
from desk.cases import cached_bag
from routing.neighbours import Indexed, Opinion, Past, indexed, second_opinion
from routing.text import Normaliser
from store import complaints
from store.db import Session
from store.models import Complaint

POOL = 2000  # the most recent resolved or officer-placed complaints compared against
RESOLVED = ("selesai", "ditutup")


def resolved_pool(session: Session, exclude: int) -> list[Past]:
    """Complaints whose section a person confirmed: resolved there, or moved there by hand."""
    rows = complaints.confirmed_pool(session, exclude, RESOLVED, POOL)
    return [Past(i, code, text, section) for i, code, text, section in rows]


_READY: dict[tuple[int, bytes], Indexed] = {}
_READY_LOCK = threading.Lock()


def weighed_pool(normaliser: Normaliser, pool: list[Past]) -> Indexed:
    """The pool weighed once for as long as it stays the same (the last one kept).

    Keyed by a digest of its ids, codes, sections and texts; the kept pool holds no complaint text.
    """
    digest = hashlib.blake2b(digest_size=16)
    for p in pool:
        digest.update(f"{p.id}:{p.code}:{p.section}:{len(p.text)}:".encode())
        digest.update(p.text.encode())
    key = (id(normaliser), digest.digest())
    with _READY_LOCK:
        found = _READY.get(key)
    if found is None:
        found = indexed(normaliser, pool, cached_bag)
        found = Indexed(tuple(Past(p.id, p.code, "", p.section) for p in found.pool),
                        found.df, found.vectors, found.holding)  # fmt: skip
        with _READY_LOCK:
            _READY.clear()
            _READY[key] = found
    return found


def opinion_for(
    session: Session, viewer: Viewer, router: Any, complaint: Complaint
) -> list[dict[str, Any]]:
    """Up to three sections with their share; similar complaints listed only if visible."""
    if not complaint.needs_triage or complaint.id is None:
        return []
    # The pool is the same recent complaints at every page view: it is weighed once.
    norm = router.normaliser
    ready = weighed_pool(norm, resolved_pool(session, complaint.id))
    found: list[Opinion] = second_opinion(norm, complaint.text, ready, bag_of=cached_bag)
    ids = [p.id for op in found for p, _ in op.similar]
    visible = complaints.visible_ids(session, viewer.scope(), ids)
    return [
        {
            "section": op.section,
            "share": op.share,
            "similar": [(p.id, p.code) for p, _ in op.similar if p.id in visible][:3],
        }
        for op in found
    ]
