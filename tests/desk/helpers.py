"""Helpers of the desk tests: officers, sessions and complaints made quickly."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from fastapi.testclient import TestClient

from channels.base import IncomingAttachment, IncomingMessage
from core.secrets import secret_key
from desk.auth import SESSION_COOKIE, Auth, hash_password
from service.app import Service
from store import search
from store.db import Store
from store.models import Complaint, Officer

PASSWORD = "kata-sandi-uji-123"
_numbers = itertools.count(1)


@lru_cache(maxsize=1)
def password_hash() -> str:
    """One argon2 hash for every test officer (hashing costs a fifth of a second)."""
    return hash_password(PASSWORD)


def add_officer(store: Store, username: str, role: str = "officer", *sections: str) -> int:
    """An active officer with the test password; the id."""
    officer = Officer(
        username=username, password_hash=password_hash(), role=role, sections=list(sections)
    )
    with store.write() as session:
        session.add(officer)
        session.flush()
        assert officer.id is not None
        return officer.id


def session_cookie(service: Service, officer_id: int) -> dict[str, str]:
    """A signed-in session's cookie, without going through the login form."""
    ctx = service.ctx
    auth = Auth(ctx.settings.desk, ctx.store, secret_key(ctx.settings), ctx.clock)
    return {SESSION_COOKIE: auth.start_session(officer_id)}


def complain(
    service: Service,
    text: str,
    sender: str | None = None,
    channel: str = "sms",
    attachments: tuple[IncomingAttachment, ...] = (),
    **meta: object,
) -> tuple[int, str, str]:
    """A new complaint through the pipeline: (id, tracking code, section)."""
    n = next(_numbers)
    result = service.ctx.pipeline.accept(
        IncomingMessage(
            channel=channel,
            external_id=f"desk-test:{n}",
            sender=sender or f"+628125000{n:04d}",
            text=text,
            received_at=service.ctx.clock(),
            new_thread=True,
            attachments=attachments,
            meta=dict(meta),
        )
    )
    assert result.complaint_id is not None and result.tracking_code and result.section
    return result.complaint_id, result.tracking_code, result.section


def csrf_of(html: str) -> str:
    """The CSRF token in a desk page's forms."""
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)


LPG = "Elpiji 3 kg langka di pangkalan desa kami, harganya naik sampai 40 ribu"
BEASISWA = "Kapan pendaftaran beasiswa mahasiswa tahun ini dibuka? Sudah lama menunggu"
PERDA = "Mohon salinan Perda tentang retribusi yang baru disahkan bulan lalu"


def codes_walked(client: TestClient, url: str) -> list[str]:
    """The tracking codes of every page of a list, following its "next" links from `url`."""
    seen: list[str] = []
    at: str | None = url
    while at:
        page = client.get(at).text
        seen += re.findall(r'data-code="([^"]+)"', page)
        found = re.search(r'href="([^"]+)" rel="next"', page)
        at = found.group(1).replace("&amp;", "&") if found else None
    return seen


def set_code(service: Service, store: Store, complaint_id: int, code: str) -> None:
    """Give a complaint a chosen code (with 0 and 1 in it) and rebuild its search document."""
    with store.write() as session:
        complaint = session.get(Complaint, complaint_id)
        assert complaint is not None
        complaint.tracking_code = code
        session.add(complaint)
        routing = service.ctx.settings.routing
        norm = search.normaliser(routing.slang, routing.stem_overrides)
        search.refresh(session, norm, complaint_id)
