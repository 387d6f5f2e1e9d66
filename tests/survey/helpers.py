"""Helpers of the survey tests: close a complaint as the desk does, read what providers got."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from desk import actions
from desk.access import Viewer
from service.app import Service
from store.db import Store
from store.models import Complaint, Outbox, Survey

SUPERVISOR = Viewer(0, "supervisor-uji", "supervisor", (), "sesi", "csrf")


def close(service: Service, complaint_id: int, *steps: str) -> None:
    """Walk a complaint through the desk's transitions (default: to ditutup)."""
    ctx = service.ctx
    with ctx.store.write() as session:
        complaint = session.get(Complaint, complaint_id)
        assert complaint is not None
        for to in steps or ("diproses", "selesai", "ditutup"):
            note = "Sudah ditangani" if to == "selesai" else ""
            actions.set_status(session, ctx.settings, SUPERVISOR, complaint, to, note, ctx.clock())


def surveys(store: Store) -> list[Survey]:
    """Every survey, oldest first."""
    with store.read() as s:
        return list(s.exec(select(Survey).order_by(col(Survey.id))))


def survey_outbox(store: Store) -> list[Outbox]:
    """The survey's outbox rows, oldest first."""
    with store.read() as s:
        stmt = select(Outbox).where(col(Outbox.kind) == "survey").order_by(col(Outbox.id))
        return list(s.exec(stmt))


def delivered_texts(channel: str, fake: Any) -> list[tuple[str, str]]:
    """(recipient, text) of every message a fake provider received, in order."""
    if channel == "sms":
        return [(r.json()["to"], r.json()["text"]) for r in fake.requests]
    if channel == "telegram":
        return [(str(p["chat_id"]), str(p["text"])) for p in fake.sent()]
    if channel == "whatsapp":
        return [("+" + b["to"], b["text"]["body"]) for b in fake.sent]
    raise AssertionError(channel)
