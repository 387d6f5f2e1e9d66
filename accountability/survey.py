"""The satisfaction survey (Survei Kepuasan Masyarakat, SKM; PermenPANRB 14/2017).

When a complaint is closed the citizen is invited once (Survey.complaint_id is unique), on the
channel answers go to. On SMS, Telegram and WhatsApp the nine elements are asked one by one and
answered with a digit 1-4; the others get a link to a web form (desk/survey_public.py) with a
signed, single-use token. A decline word (TIDAK, BATAL, STOP) ends it; a day of silence expires
it. The arithmetic of the index (IKM) lives in desk/stats.py.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlmodel import Session

from channels.base import IncomingMessage
from core.jobs import Job, Runtime
from core.results import AcceptResult
from core.secrets import secret_key
from settings.root import Settings
from store import queries, surveys
from store.models import Complaint, Outbox, Survey

log = logging.getLogger(__name__)

CHAT_CHANNELS = frozenset({"sms", "telegram", "whatsapp"})
LINK_CHANNELS = frozenset({"email", "x"})
ACTIVE = surveys.ACTIVE
DECLINE_WORDS = frozenset({"tidak", "batal", "stop", "berhenti"})
# Only messages shaped like an answer look for an active survey: every other message costs
# one regex match and no query (the ingest hot path; see bench/ingest.py).
ANSWER_SHAPE = re.compile(
    r"^\s*(?:@\w+\s+)*(?:(?P<digits>\d{1,3})|(?P<word>tidak|batal|stop|berhenti)"
    r"|saran\b[\s:,.\-]*(?P<comment>.*?))\s*[.!]?\s*$",
    re.I | re.S,
)
MAX_COMMENT = 1000


@dataclass(frozen=True)
class Element:
    """One of the nine elements of PermenPANRB 14/2017 with its question and 1-4 scale."""

    key: str
    name: str
    question: str
    scale: tuple[str, str, str, str]


ELEMENTS: tuple[Element, ...] = (
    Element("U1", "Persyaratan", "Kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
            ("tidak sesuai", "kurang sesuai", "sesuai", "sangat sesuai")),
    Element("U2", "Sistem, mekanisme dan prosedur", "Kemudahan prosedur pelayanan?",
            ("tidak mudah", "kurang mudah", "mudah", "sangat mudah")),
    Element("U3", "Waktu penyelesaian", "Kecepatan waktu penyelesaian aduan Anda?",
            ("tidak cepat", "kurang cepat", "cepat", "sangat cepat")),
    Element("U4", "Biaya/tarif", "Kewajaran biaya/tarif pelayanan?",
            ("sangat mahal", "cukup mahal", "murah", "gratis")),
    Element("U5", "Produk spesifikasi jenis pelayanan",
            "Kesesuaian hasil pelayanan dengan standar pelayanan?",
            ("tidak sesuai", "kurang sesuai", "sesuai", "sangat sesuai")),
    Element("U6", "Kompetensi pelaksana", "Kemampuan petugas dalam melayani?",
            ("tidak kompeten", "kurang kompeten", "kompeten", "sangat kompeten")),
    Element("U7", "Perilaku pelaksana", "Kesopanan dan keramahan petugas?",
            ("tidak sopan", "kurang sopan", "sopan", "sangat sopan")),
    Element("U8", "Penanganan pengaduan, saran dan masukan",
            "Penanganan pengaduan, saran dan masukan?",
            ("tidak ada", "ada tetapi tidak berfungsi", "kurang maksimal", "dikelola dengan baik")),
    Element("U9", "Sarana dan prasarana", "Kualitas sarana dan prasarana pelayanan?",
            ("buruk", "cukup", "baik", "sangat baik")),
)  # fmt: skip


def token_hash(token: str) -> str:
    """What the store keeps of a link's random part."""
    return hashlib.sha256(token.encode()).hexdigest()


def question_text(index: int, channel: str) -> str:
    """Question `index` (0-8) as sent in a chat, with its scale."""
    e = ELEMENTS[index]
    scale = ", ".join(f"{i}={label}" for i, label in enumerate(e.scale, 1))
    if channel == "sms":
        return f"{index + 1}/9 {e.name}: {scale}"
    return f"Pertanyaan {index + 1}/9 ({e.name}): {e.question}\nBalas {scale}."


COMMENT_PROMPT = "Terakhir: ada saran? Balas SARAN diikuti saran Anda, atau 0 bila tidak ada."
THANKS = "Terima kasih atas penilaian Anda. Masukan Anda membantu kami memperbaiki layanan."
DECLINED = "Baik, survei dibatalkan. Terima kasih."
REASK = "Jawab dengan satu angka 1 sampai 4 (atau TIDAK untuk berhenti).\n"


def invite(session: Session, settings: Settings, complaint: Complaint, now: datetime) -> int | None:
    """Invite the citizen of a just-closed complaint, once; the Survey id, or None if not sent."""
    channel, address = complaint.reply_channel, complaint.reply_address
    if not settings.skm.enabled or not channel or not address or address.startswith("erased:"):
        return None
    if channel not in CHAT_CHANNELS | LINK_CHANNELS:
        return None
    mode = "chat" if channel in CHAT_CHANNELS else "link"
    token = secrets.token_urlsafe(18) if mode == "link" else None
    values: dict[str, Any] = {
        "complaint_id": complaint.id, "citizen_id": complaint.citizen_id,
        "section": complaint.section, "channel": channel, "recipient": address, "mode": mode,
        "status": "invited", "question": 0, "reasks": 0, "answers": [], "invited_at": now,
        "last_activity_at": now, "token_hash": token_hash(token) if token else None,
    }  # fmt: skip
    survey_id = queries.insert_ignore(session, Survey, values)
    if survey_id is None:
        return None  # invited before (closed, reopened and closed again)
    code = complaint.tracking_code
    if token is None:
        text = (
            f"Aduan {code} telah ditutup. Mohon nilai layanan kami (Survei Kepuasan Masyarakat): "
            "9 pertanyaan, jawab dengan angka 1-4. Balas TIDAK bila tidak bersedia.\n"
            + question_text(0, channel)
        )
    else:
        text = (
            f"Aduan {code} telah ditutup. Mohon luangkan dua menit untuk Survei Kepuasan "
            f"Masyarakat: {link_url(settings, token)}\nTautan berlaku {settings.skm.link_days} "
            "hari dan hanya dapat dipakai sekali."
        )
    subject = f"[{code}] Survei Kepuasan Masyarakat" if channel == "email" else None
    _queue(session, channel, address, text, now, {"survey_id": survey_id}, complaint.id, subject)
    log.info("survey %s: invitation queued on %s (complaint %s)", survey_id, channel, complaint.id)
    return survey_id


def link_url(settings: Settings, token: str) -> str:
    """The web form's address for a link token: the token signed with the service key."""
    signed = URLSafeTimedSerializer(secret_key(settings), salt="aduan-survei").dumps(token)
    return f"{settings.service.public_base_url}/survei/{signed}"


def _queue(
    session: Session,
    channel: str,
    recipient: str,
    text: str,
    now: datetime,
    meta: dict[str, Any],
    complaint_id: int | None = None,
    subject: str | None = None,
) -> int:
    # Not `automatic`: the questions answer the citizen's own messages, and must not use up the
    # per-address cap that protects acknowledgements of their next complaint.
    row: dict[str, Any] = {
        "complaint_id": complaint_id, "channel": channel, "recipient": recipient,
        "kind": "survey", "subject": subject, "text": text, "automatic": complaint_id is not None,
        "meta": meta, "status": "pending", "attempts": 0, "attempt_log": [], "created_at": now,
        "next_attempt_at": now,
    }  # fmt: skip
    return queries.insert_row(session, Outbox, row)


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
    outbox_id = _queue(session, msg.channel, address, text, now, meta)
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


def find_link(session: Session, settings: Settings, signed: str, now: datetime) -> Survey | None:
    """The open link survey of a signed token (None: forged, expired, used or unknown)."""
    serializer = URLSafeTimedSerializer(secret_key(settings), salt="aduan-survei")
    try:
        token = serializer.loads(signed[:200], max_age=settings.skm.link_days * 86400)
    except BadSignature:
        return None
    if not isinstance(token, str):
        return None
    found = surveys.by_token_hash(session, token_hash(token))
    if found is None or found.used_at is not None or found.status not in ACTIVE:
        return None
    if found.invited_at < now - timedelta(days=settings.skm.link_days):
        return None  # the signature's own clock is the machine's; this one is the service's
    return found


def submit_link(
    session: Session, survey_id: int, answers: list[int] | None, comment: str | None, now: datetime
) -> bool:
    """Record the form's answers (or its decline, with None) once; False when already used."""
    values: dict[str, Any] = {"used_at": now, "last_activity_at": now, "finished_at": now}
    if answers is None:
        values["status"] = "declined"
    else:
        assert len(answers) == len(ELEMENTS) and all(1 <= a <= 4 for a in answers)
        values.update(status="done", answers=answers, question=len(ELEMENTS),
                      comment=(comment or "").strip()[:MAX_COMMENT] or None)  # fmt: skip
    return surveys.finish_link(session, survey_id, values)


def expire(ctx: Runtime) -> int:
    """End chat surveys silent for `chat_timeout_hours` and links past `link_days`."""
    now, skm = ctx.clock(), ctx.settings.skm
    with ctx.store.write() as session:
        return surveys.expire_silent(
            session,
            chat_before=now - timedelta(hours=skm.chat_timeout_hours),
            link_before=now - timedelta(days=skm.link_days),
            now=now,
        )


def jobs(ctx: Runtime) -> list[Job]:
    """The survey's scheduled job: expiry of silent surveys."""
    return [Job("skm-expire", "", 600, lambda: expire(ctx))]
