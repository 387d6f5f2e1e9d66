"""Retention purge and erasure leave only what must stay; export gives the citizen their data."""

from __future__ import annotations

import io
import json
import logging
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import col, select
from typer.testing import CliRunner

from accountability.privacy import REMOVED, PrivacyError, erase, export, purge
from accountability.statistics import ikm_by_section
from channels.base import IncomingAttachment, IncomingMessage
from core.attachments import path_of
from desk import actions
from desk.action_errors import ActionError
from service.app import Service
from service.cli import app as cli
from service.cli_skm import _default_format
from store.db import Store
from store.models import (
    Attachment,
    Citizen,
    Complaint,
    DeadLetter,
    Event,
    Identity,
    Message,
    Outbox,
    PendingMedia,
    PrivacyPurge,
    Survey,
)
from tests.conftest import ROOT, Clock
from tests.desk.helpers import LPG
from tests.survey.helpers import SUPERVISOR, close

PHONE, NAME = "+6281233334444", "Rahmat Hidayat"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 40


def sms(service: Service, n: int, text: str, **kw: object) -> IncomingMessage:
    return IncomingMessage(channel="sms", external_id=f"p:{n}", sender=PHONE, sender_name=NAME,
                           text=text, received_at=service.ctx.clock(), new_thread=True,
                           raw=b'{"from": "' + PHONE.encode() + b'"}', **kw)  # type: ignore[arg-type]  # fmt: skip


def answered_complaint(service: Service, n: int) -> int:
    """A complaint with a photo, closed, its survey answered with a comment."""
    photo = IncomingAttachment("foto.png", "image/png", PNG + bytes([n]))
    created = service.ctx.pipeline.accept(sms(service, n, LPG, attachments=(photo,)))
    assert created.complaint_id is not None
    close(service, created.complaint_id)
    for i, text in enumerate(["4"] * 9 + ["saran: lebih cepat"]):
        assert service.ctx.pipeline.accept(sms(service, n * 100 + i, text)).outcome == "survey"
    service.dispatcher.drain()
    return created.complaint_id


def complaint(store: Store, cid: int) -> Complaint:
    with store.read() as s:
        found = s.get(Complaint, cid)
    assert found is not None
    return found


def personal_left(store: Store) -> list[str]:
    """Every place the phone or the name is still stored (events excepted: audited below)."""
    found = []
    with store.read() as s:
        for model in (Citizen, Identity, Complaint, Message, Outbox, Survey):
            for row in s.exec(select(model)):
                dumped = row.model_dump()
                text = json.dumps(dumped, default=str)
                found += [f"{model.__name__}:{dumped['id']}" for v in (PHONE, NAME) if v in text]
    return found


def test_retention_purge_pseudonymises_old_complaints_and_then_the_citizen(
    service: Service, store: Store, clock: Clock
) -> None:
    old = answered_complaint(service, 1)
    clock.advance(days=400)
    recent = answered_complaint(service, 2)
    old_file = path_of(service.ctx.settings.service.data_dir, _sha(store, old))
    assert old_file.exists()
    clock.advance(days=service.ctx.settings.privacy.retention_days - 399)
    settings = service.ctx.settings
    dry = purge(store, settings, clock.now, dry_run=True)
    assert (dry.complaints, dry.citizens, dry.attachments) == (1, 0, 1)
    assert complaint(store, old).reply_address == PHONE and old_file.exists()  # nothing changed
    report = purge(store, settings, clock.now)
    assert report.summary() == dry.summary()
    gone = complaint(store, old)
    assert gone.reply_address and gone.reply_address.startswith("erased:")
    assert gone.text == LPG  # bodies are kept unless purge_message_bodies
    assert not old_file.exists()
    assert complaint(store, recent).reply_address == PHONE  # not yet due: untouched
    with store.read() as s:
        assert s.exec(select(Identity.address)).one() == PHONE  # the citizen still has a case
        kept = s.exec(select(Event.action).where(col(Event.complaint_id) == old)).all()
        per, _ = ikm_by_section(s, clock.now - timedelta(days=3000), clock.now)
    assert "status" in kept and "privacy_retention" in kept
    assert per["perekonomian"].respondents == 2  # answers stay for the aggregates
    assert purge(store, settings, clock.now).complaints == 0  # idempotent
    settings.privacy.purge_message_bodies = True
    clock.advance(days=401)
    assert purge(store, settings, clock.now).citizens == 1
    assert complaint(store, recent).text == REMOVED
    assert personal_left(store) == []
    with store.read() as s:
        assert [p.reason for p in s.exec(select(PrivacyPurge))] == ["retention", "retention"]
        assert s.exec(select(Attachment)).all() == []


def _sha(store: Store, cid: int) -> str:
    with store.read() as s:
        return s.exec(
            select(Attachment.sha256)
            .join(Message, col(Message.id) == col(Attachment.message_id))
            .where(col(Message.complaint_id) == cid)
        ).one()


def test_export_then_erasure_on_request(
    service: Service, store: Store, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    closed = answered_complaint(service, 1)
    clock.advance(days=30)
    still_open = service.ctx.pipeline.accept(sms(service, 5, "Harga cabai naik terus")).complaint_id
    web = service.ctx.pipeline.accept(
        IncomingMessage(channel="web", external_id="form:1", sender="web:1", text=LPG,
                        received_at=clock.now, meta={"contact": PHONE})
    ).complaint_id  # fmt: skip
    assert still_open is not None and web is not None
    data = export(store, f"sms:{PHONE}")
    assert {c["tracking_code"] for c in data["complaints"]} == {
        complaint(store, cid).tracking_code for cid in (closed, still_open, web)
    }
    assert data["identities"][0]["name"] == NAME and data["surveys"][0]["answers"] == [4] * 9
    answers = [m for m in data["messages"] if m["kind"] == "survey" and m["direction"] == "in"]
    assert len(answers) == 10
    waiting = {"file_id": "x1", "filename": "foto.jpg"}  # a file not fetched yet
    service.ctx.pipeline.accept(sms(service, 6, "Foto menyusul", media=(waiting,)))
    report = erase(store, service.ctx.settings, f"sms:{PHONE}", clock.now)
    assert report.complaints == 4 and report.citizens == 1
    assert personal_left(store) == []
    for cid in (closed, still_open, web):
        c = complaint(store, cid)
        assert c.text == REMOVED and c.tracking_code and c.section
    with store.read() as s:
        assert s.exec(select(PendingMedia)).all() == []  # it would bring the file back
        assert s.exec(select(Survey.answers)).one() == [4] * 9
        assert s.exec(select(Survey.comment)).one() is None
        assert {o.status for o in s.exec(select(Outbox))} <= {"sent", "undeliverable"}
        assert "privacy_erasure" in s.exec(select(Event.action)).all()
        row = s.get(Complaint, still_open)
        assert row is not None
        with pytest.raises(ActionError, match="dihapus"):
            actions.reply(s, SUPERVISOR, row, "Halo", clock.now)
    with pytest.raises(PrivacyError):
        export(store, f"sms:{PHONE}")
    assert PHONE not in caplog.text and NAME not in caplog.text


def test_cli_purge_export_erase_and_skm_report(
    service: Service, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answered_complaint(service, 1)
    monkeypatch.setenv("ADUAN_DATABASE__URL", store.url)
    monkeypatch.setenv("ADUAN_SERVICE__DATA_DIR", service.ctx.settings.service.data_dir)
    config = ["--config", str(ROOT / "config.yaml")]
    runner = CliRunner()
    dry = runner.invoke(cli, ["privacy", "purge", "--dry-run", *config])
    assert dry.exit_code == 0 and dry.output.startswith("would purge: 0 complaints")
    exported = runner.invoke(cli, ["privacy", "export", "--identity", f"sms:{PHONE}", *config])
    assert exported.exit_code == 0 and json.loads(exported.output)["identities"][0]["name"] == NAME
    report = runner.invoke(cli, ["skm", "report", "--period", "2026-Q4", *config])
    assert report.exit_code == 0, report.output
    lines = report.output.splitlines()
    assert lines[0].startswith("periode,bagian,responden,U1 Persyaratan")
    assert (
        "2026-Q4,Bagian Perekonomian,1,4.0,4.0,4.0,4.0,4.0,4.0,4.0,4.0,4.0,100.0,A,Sangat Baik"
        in lines
    )
    xlsx = tmp_path / "ikm.xlsx"
    one = runner.invoke(cli, ["skm", "report", "--period", "2026-Q4", "--section", "perekonomian",
                              "--format", "xlsx", "-o", str(xlsx), *config])  # fmt: skip
    assert one.exit_code == 0, one.output

    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert len(rows) == 2 and rows[1][1] == "Bagian Perekonomian" and rows[1][12] == 100.0
    bad = runner.invoke(cli, ["skm", "report", "--period", "2026-Q5", *config])
    assert bad.exit_code == 2
    refused = runner.invoke(cli, ["privacy", "erase", "--identity", f"sms:{PHONE}", *config],
                            input="n\n")  # fmt: skip
    assert refused.exit_code == 1 and complaint(store, 1).reply_address == PHONE
    erased = runner.invoke(
        cli, ["privacy", "erase", "--identity", f"sms:{PHONE}", "--yes", *config]
    )
    assert erased.exit_code == 0 and erased.output.startswith("erased: 1 complaints")


def test_retention_empties_old_dead_letters(service: Service, store: Store, clock: Clock) -> None:
    pipeline = service.ctx.pipeline
    old = pipeline.dead_letter("sms", b'{"from": "' + PHONE.encode() + b'"', "not JSON", {"a": "b"})
    clock.advance(days=service.ctx.settings.privacy.retention_days + 1)
    recent = pipeline.dead_letter("sms", PHONE.encode(), "not JSON")
    report = purge(store, service.ctx.settings, clock.now)
    assert report.dead_letters == 1
    with store.read() as s:
        emptied, kept = s.get(DeadLetter, old), s.get(DeadLetter, recent)
    assert emptied is not None and emptied.raw == b"" and emptied.headers == {}
    assert emptied.reason == "not JSON" and REMOVED in (emptied.note or "")
    assert kept is not None and kept.raw == PHONE.encode()
    assert purge(store, service.ctx.settings, clock.now).dead_letters == 0


def test_skm_report_is_a_table_on_a_terminal_and_json_or_csv_when_asked(
    service: Service, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    answered_complaint(service, 1)
    monkeypatch.setenv("ADUAN_DATABASE__URL", store.url)
    config = ["--config", str(ROOT / "config.yaml")]
    runner = CliRunner()
    base = ["skm", "report", "--period", "2026-Q4", "--section", "perekonomian", *config]
    table = runner.invoke(cli, [*base, "--format", "table"])
    assert table.exit_code == 0, table.output
    row = next(line for line in table.output.splitlines() if "Bagian Perekonomian" in line)
    assert "100.00" in row and "Sangat Baik" in row and "," not in row
    assert "U1 Persyaratan" in table.output  # the legend names the elements
    data = runner.invoke(cli, [*base, "--format", "json"])
    assert data.exit_code == 0, data.output
    [entry] = json.loads(data.output)
    assert entry["bagian"] == "Bagian Perekonomian" and entry["IKM"] == 100.0
    assert runner.invoke(cli, [*base, "--format", "pdf"]).exit_code == 2

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert _default_format(Path("ikm.xlsx")) == "xlsx"
    assert _default_format(Path("ikm.csv")) == "csv"
    assert _default_format(None) == "csv"  # a pipe, as under pytest
    monkeypatch.setattr(sys, "stdout", Terminal())
    assert _default_format(None) == "table"
