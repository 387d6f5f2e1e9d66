"""Pollers' cursors beside the pipeline's reads and writes of one (store/queries.py)."""

from __future__ import annotations

from sqlmodel import Session, select

from store.models import ChannelCursor


def all_cursors(session: Session) -> list[ChannelCursor]:
    """Every poller's cursor."""
    return list(session.exec(select(ChannelCursor)))
