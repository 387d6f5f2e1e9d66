"""The satisfaction survey (Survei Kepuasan Masyarakat, SKM; PermenPANRB 14/2017).

When a complaint is closed the citizen is invited once (Survey.complaint_id is unique), on the
channel answers go to. On SMS, Telegram and WhatsApp the nine elements are asked one by one and
answered with a digit 1-4; the others get a link to a web form (desk/survey_public.py) with a
signed, single-use token. A decline word (TIDAK, BATAL, STOP) ends it; a day of silence expires
it. Here: the invitation, the link form's token and answers, and expiry; the questions are in
accountability/questions.py, the chat in accountability/survey_chat.py. The arithmetic of the
index (IKM) lives in accountability/statistics.py.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import datetime, timedelta
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer

from accountability.questions import ELEMENTS, MAX_COMMENT, question_text
from core.jobs import Job, Runtime
from core.secrets import secret_key
from settings.root import Settings
from store import surveys
from store.db import Session
from store.models import Complaint, Survey

log = logging.getLogger(__name__)

CHAT_CHANNELS = frozenset({"sms", "telegram", "whatsapp"})
LINK_CHANNELS = frozenset({"email", "x"})
ACTIVE = surveys.ACTIVE


def token_hash(token: str) -> str:
    """What the store keeps of a link's random part."""
    return hashlib.sha256(token.encode()).hexdigest()


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
    survey_id = surveys.add_invitation(session, values)
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
    surveys.queue_message(
        session, channel, address, text, now, {"survey_id": survey_id}, complaint.id, subject
    )
    log.info("survey %s: invitation queued on %s (complaint %s)", survey_id, channel, complaint.id)
    return survey_id


def link_url(settings: Settings, token: str) -> str:
    """The web form's address for a link token: the token signed with the service key."""
    signed = URLSafeTimedSerializer(secret_key(settings), salt="aduan-survei").dumps(token)
    return f"{settings.service.public_base_url}/survei/{signed}"


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
