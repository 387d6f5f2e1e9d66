"""The survey in a chat (SMS, Telegram, WhatsApp): the nine elements asked one by one, each
answered with a digit 1-4, then a comment; a decline word (TIDAK, BATAL, STOP) ends it. The
pipeline hands it every message shaped like an answer (`handle`) before anything else."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from accountability.questions import (
    COMMENT_PROMPT,
    DECLINED,
    ELEMENTS,
    MAX_COMMENT,
    REASK,
    THANKS,
    question_text,
)
from channels.base import IncomingMessage
from core.results import AcceptResult
from settings.root import Settings
from store import surveys
from store.db import Session

log = logging.getLogger(__name__)

DECLINE_WORDS = frozenset({"tidak", "batal", "stop", "berhenti"})
# Only messages shaped like an answer look for an active survey: every other message costs
# one regex match and no query (the ingest hot path; see bench/ingest.py).
ANSWER_SHAPE = re.compile(
    r"^\s*(?:@\w+\s+)*(?:(?P<digits>\d{1,3})|(?P<word>tidak|batal|stop|berhenti)"
    r"|saran\b[\s:,.\-]*(?P<comment>.*?))\s*[.!]?\s*$",
    re.I | re.S,
)


@dataclass
class _Active:
    id: int
    mode: str
    status: str
    question: int
    reasks: int
    answers: list[int]


def _active(
    session: Session, settings: Settings, channel: str, address: str, now: datetime
) -> _Active | None:
    """The address's survey still waiting for an answer (one indexed query)."""
    skm = settings.skm
    row = surveys.active_row(
        session, channel, address,
        chat_since=now - timedelta(hours=skm.chat_timeout_hours),
        link_since=now - timedelta(days=skm.link_days),
    )  # fmt: skip
    return None if row is None else _Active(*row)


def handle(
    settings: Settings, session: Session, msg: IncomingMessage, now: datetime
) -> AcceptResult | None:
    """A reply to an active survey on this address: record it and answer; None otherwise."""
    if msg.channel == "web":
        return None
    shape = ANSWER_SHAPE.match(msg.text)
    if shape is None:
        return None
    address = msg.reply_to or msg.sender
    active = _active(session, settings, msg.channel, address, now)
    if active is None:
        return None
    if active.mode == "link" and not shape.group("word"):
        return None  # the form answers a link survey; only a decline word is read from chat
    text, values = _step(settings, active, shape, now, msg.channel)
    surveys.update_step(session, active.id, values)
    meta: dict[str, Any] = {
        "survey_id": active.id, "in_reply_to": msg.external_id,
        "thread_keys": list(msg.thread_keys), **msg.meta.get("reply_meta", {}),
    }  # fmt: skip
    outbox_id = surveys.queue_message(session, msg.channel, address, text, now, meta)
    log.info("survey %s: %s message %s -> %s", active.id, msg.channel, msg.external_id,
             values.get("status", "answering"))  # fmt: skip
    return AcceptResult("survey", outbox_ids=[outbox_id])


def _step(
    settings: Settings, s: _Active, shape: re.Match[str], now: datetime, channel: str
) -> tuple[str, dict[str, Any]]:
    """What to answer, and the survey's new values, for one reply."""
    values: dict[str, Any] = {"last_activity_at": now, "status": "answering"}
    if shape.group("word"):
        return DECLINED, {**values, "status": "declined", "finished_at": now}
    if s.question >= len(ELEMENTS):  # the comment step: SARAN <text>, or anything to finish
        comment = (shape.group("comment") or "").strip()[:MAX_COMMENT] or None
        return THANKS, {**values, "status": "done", "comment": comment, "finished_at": now}
    digits = shape.group("digits")
    if digits is None or not 1 <= int(digits) <= 4:
        if s.reasks >= settings.skm.max_reasks:
            return DECLINED, {**values, "status": "expired", "finished_at": now}
        return REASK + question_text(s.question, channel), {**values, "reasks": s.reasks + 1}
    answers = [*s.answers, int(digits)]
    values.update(answers=answers, question=s.question + 1, reasks=0)
    if len(answers) == len(ELEMENTS):
        return COMMENT_PROMPT, values
    return question_text(len(answers), channel), values
