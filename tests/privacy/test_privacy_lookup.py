"""The privacy commands read an address as intake does: any form of a phone, any case of an
email; "not found" only when nobody matches; one pseudonym per person after erasure."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from accountability.privacy import PrivacyError, erase, export
from channels.base import IncomingMessage
from service.app import Service
from service.cli import app as cli
from store.db import Store
from store.models import Complaint, Identity, Message
from tests.conftest import ROOT

PHONE = "+6281250005555"
LAMPU = "Lampu jalan di Jalan Muso Salim mati sudah dua minggu, mohon diperbaiki."


def accept(service: Service, channel: str, sender: str, n: int, **meta: str) -> int:
    msg = IncomingMessage(
        channel=channel, external_id=f"{channel}:{n}", sender=sender, text=LAMPU,
        sender_name="Siti Aminah", received_at=service.ctx.clock(), new_thread=True, meta=meta,
    )  # fmt: skip
    found = service.ctx.pipeline.accept(msg).complaint_id
    assert found is not None
    return found


@pytest.fixture
def person(service: Service) -> list[int]:
    """One citizen on SMS, WhatsApp and Telegram (who shared her phone), and another on email."""
    ids = [accept(service, "sms", PHONE, 1), accept(service, "whatsapp", PHONE, 2)]
    ids.append(accept(service, "telegram", "111222333", 3, phone=PHONE))
    accept(service, "email", "budi.santoso@example.id", 4)
    return ids


@pytest.mark.parametrize(
    "identity",
    ["sms:081250005555", "sms:6281250005555", "sms:+62 812-5000-5555", "SMS:+6281250005555",
     "whatsapp:081250005555", "whatsapp:6281250005555", "whatsapp:0812 5000 5555",
     "telegram:111222333", "telegram:0812-5000-5555"],
)  # fmt: skip
def test_export_finds_the_person_from_any_form_of_her_phone(
    service: Service, store: Store, person: list[int], identity: str
) -> None:
    data = export(store, identity)
    assert {i["channel"] for i in data["identities"]} == {"sms", "whatsapp", "telegram"}
    assert len(data["complaints"]) == len(person)
    assert data["citizen"]["name"] == "Siti Aminah"


def test_export_reads_an_email_address_in_any_case(
    service: Service, store: Store, person: list[int]
) -> None:
    data = export(store, "email:Budi.Santoso@Example.ID")
    assert [i["address"] for i in data["identities"]] == ["budi.santoso@example.id"]


@pytest.mark.parametrize(
    "identity", ["sms:081299998888", "email:siti@example.id", "telegram:999888777"]
)
def test_not_found_only_when_nobody_matches(
    service: Service, store: Store, person: list[int], identity: str
) -> None:
    with pytest.raises(PrivacyError, match="not found"):
        export(store, identity)


def test_erasure_leaves_one_pseudonym_per_person(
    service: Service, store: Store, person: list[int]
) -> None:
    report = erase(store, service.ctx.settings, "whatsapp:0812-5000-5555", service.ctx.clock())
    assert report.complaints == 3 and report.citizens == 1
    with store.read() as s:
        identities = list(s.exec(select(Identity).where(Identity.channel != "email")))
        senders = set(s.exec(select(Message.sender).where(Message.channel != "email")))
        replies = set(s.exec(select(Complaint.reply_address).where(Complaint.channel != "email")))
        email = s.exec(select(Identity.address).where(Identity.channel == "email")).one()
    pseudonyms = {i.address for i in identities}
    assert len(identities) == 3 and len(pseudonyms) == 1
    [pseudonym] = pseudonyms
    assert pseudonym.startswith("erased:") and senders == replies == {pseudonym}
    assert email == "budi.santoso@example.id"  # somebody else: untouched
    with pytest.raises(PrivacyError, match="not found"):
        export(store, "sms:081250005555")


def test_cli_takes_a_local_number_and_says_not_found_plainly(
    service: Service, store: Store, person: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADUAN_DATABASE__URL", store.url)
    monkeypatch.setenv("ADUAN_SERVICE__DATA_DIR", service.ctx.settings.service.data_dir)
    config = ["--config", str(ROOT / "config.yaml")]
    runner = CliRunner()
    found = runner.invoke(cli, ["privacy", "export", "--identity", "sms:081250005555", *config])
    assert found.exit_code == 0, found.output
    assert len(json.loads(found.output)["complaints"]) == 3
    missing = runner.invoke(cli, ["privacy", "export", "--identity", "sms:081299998888", *config])
    assert missing.exit_code == 1 and "not found" in missing.output
