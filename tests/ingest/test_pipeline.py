"""ingest.accept() on SQLite and PostgreSQL: stored once, identified, routed, acknowledged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, col, func, select

from channels.base import IncomingAttachment, IncomingMessage
from channels.phones import to_e164
from core.attachments import path_of
from ingest import pipeline as pipeline_module
from ingest.pipeline import Cursor, Pipeline
from ingest.prefetch import Prefetched, prefetch
from ingest.replies import Replies
from routing import Router
from settings.root import Settings
from store import queries
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
)
from store.queries import get_cursor
from tests.conftest import Clock


@pytest.fixture
def pipeline(settings: Settings, store: Store, clock: Clock) -> Pipeline:
    return Pipeline(settings, store, Router.build(settings.routing, settings.sections), clock)


def sms(
    external_id: str, text: str, sender: str = "+6281250001234", **kw: object
) -> IncomingMessage:
    return IncomingMessage(
        channel="sms",
        external_id=external_id,
        sender=sender,
        text=text,
        received_at=Clock().now,
        **kw,  # type: ignore[arg-type]
    )


def count(store: Store, model: type, *where: object) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model).where(*where)).one())  # type: ignore[arg-type]


def test_new_complaint_is_routed_and_acknowledged(pipeline: Pipeline, store: Store) -> None:
    result = pipeline.accept(sms("g:1", "Gas elpiji 3 kg langka di pangkalan, harga 40 ribu"))
    assert result.outcome == "created"
    assert result.tracking_code and result.tracking_code.startswith("KK-")
    with store.read() as s:
        complaint = s.get(Complaint, result.complaint_id)
        assert complaint is not None
        assert complaint.section == "perekonomian"
        assert complaint.decision["rules"]
        assert complaint.due_at is not None and complaint.due_at > complaint.created_at
        (ack,) = s.exec(select(Outbox)).all()
        assert ack.recipient == "+6281250001234" and ack.kind == "ack"
        assert result.tracking_code in ack.text and "Bagian Perekonomian" in ack.text
        assert complaint.decision["section"] == "perekonomian"
        assert not complaint.decision["fallback"] and complaint.decision["matches"]


def test_same_message_twice_is_one_message_one_complaint_one_ack(
    pipeline: Pipeline, store: Store
) -> None:
    first = pipeline.accept(sms("g:dup", "Jalan poros desa rusak berat"))
    second = pipeline.accept(sms("g:dup", "Jalan poros desa rusak berat"))
    assert second.outcome == "duplicate"
    assert second.tracking_code == first.tracking_code
    assert count(store, Message) == 1
    assert count(store, Complaint) == 1
    assert count(store, Outbox) == 1


def test_phone_spellings_are_one_citizen(pipeline: Pipeline, store: Store, clock: Clock) -> None:
    for i, raw in enumerate(["081250001234", "6281250001234", "+62 812-5000-1234"]):
        pipeline.accept(sms(f"g:p{i}", "Harga sembako mahal sekali", sender=to_e164(raw) or raw))
        clock.advance(days=5)
    assert count(store, Citizen) == 1
    assert count(store, Identity) == 1


def test_status_command_answers_without_a_new_complaint(
    pipeline: Pipeline, store: Store, clock: Clock
) -> None:
    created = pipeline.accept(sms("g:s1", "Proyek jembatan mangkrak di desa kami"))
    assert created.tracking_code
    clock.advance(minutes=1)
    typed = created.tracking_code.lower().replace("-", " ").replace("1", "l")
    answer = pipeline.accept(sms("g:s2", f"cek {typed}", sender="+6285250009999"))
    assert answer.outcome == "command"
    assert answer.complaint_id == created.complaint_id
    assert count(store, Complaint) == 1
    with store.read() as s:
        reply = s.exec(select(Outbox).where(col(Outbox.kind) == "status")).one()
    assert reply.recipient == "+6285250009999"
    assert created.tracking_code in reply.text and "Bagian" in reply.text


def test_status_of_unknown_code_says_so(pipeline: Pipeline, store: Store) -> None:
    answer = pipeline.accept(sms("g:s3", "STATUS KK-ZZZZZ-ZZZZZ"))
    assert answer.outcome == "command" and answer.complaint_id is None
    with store.read() as s:
        reply = s.exec(select(Outbox)).one()
    assert "tidak ditemukan" in reply.text


def test_followup_within_window_joins_open_complaint(
    pipeline: Pipeline, store: Store, clock: Clock
) -> None:
    first = pipeline.accept(sms("g:f1", "Lampu jalan di RT 3 mati semua"))
    clock.advance(hours=2)
    second = pipeline.accept(sms("g:f2", "tambahan: sudah 2 minggu pak"))
    assert second.outcome == "followup" and second.complaint_id == first.complaint_id
    clock.advance(hours=200)
    third = pipeline.accept(sms("g:f3", "Harga gas elpiji naik lagi"))
    assert third.outcome == "created" and third.complaint_id != first.complaint_id
    with store.read() as s:
        kinds = sorted(m.kind for m in s.exec(select(Message)))
    assert kinds == ["complaint", "complaint", "followup"]


def test_followup_moves_the_complaint_times(pipeline: Pipeline, store: Store, clock: Clock) -> None:
    first = pipeline.accept(sms("g:t1", "Lampu jalan di RT 3 mati semua"))
    clock.advance(hours=3)
    pipeline.accept(sms("g:t2", "masih mati pak"))
    with store.read() as s:
        complaint = s.get(Complaint, first.complaint_id)
        assert complaint is not None
        assert complaint.last_message_at == clock.now and complaint.updated_at == clock.now
        assert complaint.status == "baru"


def _close(store: Store, complaint_id: int | None) -> None:
    with store.write() as s:
        complaint = s.get(Complaint, complaint_id)
        assert complaint is not None
        complaint.status = "selesai"
        s.add(complaint)


def test_writing_again_with_the_code_reopens_ones_closed_complaint(
    pipeline: Pipeline, store: Store, clock: Clock
) -> None:
    first = pipeline.accept(sms("g:r1", "Jalan poros desa rusak berat"))
    _close(store, first.complaint_id)
    clock.advance(days=2)
    again = pipeline.accept(sms("g:r2", f"{first.tracking_code} jalannya rusak lagi pak"))
    assert again.outcome == "followup" and again.complaint_id == first.complaint_id
    with store.read() as s:
        complaint = s.get(Complaint, first.complaint_id)
        assert complaint is not None and complaint.status == "diproses"
        (event,) = s.exec(select(Event).where(col(Event.action) == "reopen")).all()
        assert event.complaint_id == first.complaint_id and event.actor == "citizen"
        assert event.created_at == clock.now


def test_a_closed_complaint_is_not_continued_by_the_chat_window(
    pipeline: Pipeline, store: Store, clock: Clock
) -> None:
    first = pipeline.accept(sms("g:w1", "Jalan poros desa rusak berat"))
    _close(store, first.complaint_id)
    clock.advance(minutes=30)
    second = pipeline.accept(sms("g:w2", "Harga gas elpiji naik lagi"))
    assert second.outcome == "created" and second.complaint_id != first.complaint_id


def test_new_thread_flag_starts_a_new_complaint(pipeline: Pipeline, clock: Clock) -> None:
    first = pipeline.accept(sms("g:n1", "Jalan rusak di desa"))
    clock.advance(minutes=5)
    second = pipeline.accept(sms("g:n2", "Aduan lain: pungli di kantor desa", new_thread=True))
    assert second.outcome == "created" and second.complaint_id != first.complaint_id


def test_someone_elses_code_does_not_join_their_complaint(pipeline: Pipeline, clock: Clock) -> None:
    theirs = pipeline.accept(sms("g:o1", "Pungli di loket kecamatan", sender="+6281111111111"))
    clock.advance(minutes=1)
    mine = pipeline.accept(
        sms("g:o2", f"Saya juga mengalami seperti {theirs.tracking_code}", sender="+6282222222222")
    )
    assert mine.outcome == "created" and mine.complaint_id != theirs.complaint_id


def test_automatic_messages_are_stored_but_never_answered(pipeline: Pipeline, store: Store) -> None:
    result = pipeline.accept(sms("g:a1", "Pesan otomatis: nomor tidak aktif", automated="bulk"))
    assert result.outcome == "automated"
    assert count(store, Message) == 1
    assert count(store, Outbox) == 0
    assert count(store, Complaint) == 0


def test_acknowledgements_to_one_address_are_capped(
    pipeline: Pipeline, store: Store, settings: Settings, clock: Clock
) -> None:
    limit = settings.service.acks_per_address_per_hour
    for i in range(limit + 3):
        pipeline.accept(sms(f"g:r{i}", f"Aduan nomor {i} soal jalan rusak", new_thread=True))
        clock.advance(minutes=1)
    assert count(store, Complaint) == limit + 3
    assert count(store, Outbox) == limit
    assert count(store, Event, col(Event.action) == "ack_suppressed") == 3
    clock.advance(hours=1)
    pipeline.accept(sms("g:r-late", "Aduan baru setelah satu jam", new_thread=True))
    assert count(store, Outbox) == limit + 1


def test_batch_and_cursor_commit_together(pipeline: Pipeline, store: Store) -> None:
    msgs = [
        sms(f"g:b{i}", f"Keluhan {i} tentang pasar", sender=f"+62812500000{i:02d}")
        for i in range(5)
    ]
    results = pipeline.accept_batch(msgs, Cursor("sms", "test", "5"))
    assert [r.outcome for r in results] == ["created"] * 5
    with store.read() as s:
        assert get_cursor(s, "sms", "test") == "5"
    again = pipeline.accept_batch(msgs, Cursor("sms", "test", "5"))
    assert {r.outcome for r in again} == {"duplicate"}
    assert count(store, Complaint) == 5


def test_dead_letter_keeps_raw_bytes_and_reason(pipeline: Pipeline, store: Store) -> None:
    dl_id = pipeline.dead_letter("sms", b"\xff\x00garbage", "not JSON", {"x-test": "1"})
    with store.read() as s:
        row = s.get(DeadLetter, dl_id)
    assert row is not None and row.raw == b"\xff\x00garbage" and row.reason == "not JSON"


def test_fallback_marks_needs_triage(pipeline: Pipeline, store: Store) -> None:
    result = pipeline.accept(sms("g:t1", "halo min, mau tanya"))
    with store.read() as s:
        complaint = s.get(Complaint, result.complaint_id)
    assert complaint is not None
    assert complaint.section == "organisasi" and complaint.needs_triage


def test_sms_acknowledgement_fits_one_gsm7_segment(settings: Settings) -> None:
    gsm7 = set(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
    )
    replies = Replies(settings)
    for section in settings.sections:
        complaint = Complaint(
            tracking_code="KK-WWWWW-WWWWW",
            citizen_id=1,
            channel="sms",
            section=section.id,
            text="x",
        )
        text = replies.ack_text(complaint, "sms")
        assert len(text) <= 160, (section.id, len(text))
        assert set(text) <= gsm7, set(text) - gsm7


def test_attachments_are_stored_once_by_content(
    pipeline: Pipeline, store: Store, settings: Settings
) -> None:
    photo = IncomingAttachment(
        "../../etc/passwd\x00.jpg", "image/jpeg", b"\xff\xd8\xff" + b"x" * 100
    )
    msg = sms("g:att", "Foto jalan berlubang di desa kami", attachments=(photo, photo))
    pipeline.accept(msg)
    pipeline.accept(msg)
    with store.read() as s:
        rows = s.exec(select(Attachment)).all()
    assert len(rows) == 2
    assert {r.filename for r in rows} == {"passwd.jpg"}
    stored = path_of(settings.service.data_dir, rows[0].sha256)
    assert Path(stored).read_bytes() == photo.data
    assert len(list(Path(settings.service.data_dir, "attachments").rglob("*"))) == 2  # dir + file


def test_a_batch_sees_what_its_earlier_messages_did(pipeline: Pipeline, store: Store) -> None:
    """accept_batch() stores and looks up a batch at once (ingest/prefetch.py); each message
    still sees what the earlier ones of the batch did, as if it had been accepted alone."""
    batch = [
        sms("g:p1", "Jalan poros desa rusak berat", sender="+6281250007001"),
        sms("g:p1", "Jalan poros desa rusak berat", sender="+6281250007001"),  # the same again
        sms("g:p2", "Tambahan: lubangnya makin dalam", sender="+6281250007001"),  # a follow-up
        sms("g:p3", "Lampu jalan padam sebulan", sender="+6281250007002"),
        IncomingMessage(
            channel="whatsapp",
            external_id="w:p4",
            sender="6281250007002",
            text="Saya yang tadi kirim SMS",
            received_at=Clock().now,
            new_thread=True,
        ),
        sms("g:p5", "Balasan untuk aduan itu", sender="+6281250007003", thread_keys=("g:p3",)),
    ]
    results = pipeline.accept_batch(batch)
    first, again, followup, lamp, whatsapp, reply = results
    assert [r.outcome for r in results] == [
        "created", "duplicate", "followup", "created", "created", "followup",
    ]  # fmt: skip
    assert (again.complaint_id, again.tracking_code) == (first.complaint_id, first.tracking_code)
    assert again.message_id == first.message_id
    assert followup.complaint_id == first.complaint_id
    assert reply.complaint_id == lamp.complaint_id
    with store.read() as s:
        messages = {m.external_id: m for m in s.exec(select(Message)).all()}
        by_address = select(Identity).where(col(Identity.address) == "+6281250007002")
        sms_identity = s.exec(by_address).one()
        wa_identity = s.exec(select(Identity).where(col(Identity.channel) == "whatsapp")).one()
    assert len(messages) == 5
    assert messages["g:p2"].complaint_id == first.complaint_id
    assert messages["g:p2"].kind == "followup"
    assert messages["g:p5"].complaint_id == lamp.complaint_id
    assert messages["w:p4"].complaint_id == whatsapp.complaint_id
    assert messages["w:p4"].kind == "complaint"
    assert wa_identity.citizen_id == sms_identity.citizen_id  # one phone number, one citizen
    assert count(store, Identity) == 4
    assert count(store, Citizen) == 3


def stored_meanwhile(
    monkeypatch: pytest.MonkeyPatch, sender: str, open_complaint: bool = False
) -> dict[str, int]:
    """Make the sender's first message arrive "meanwhile": their citizen and identity (and an
    open complaint) are stored after the batch looked its senders up, before it stores them."""
    real = prefetch
    made: dict[str, int] = {}

    def prefetch_then_race(session: Session, *args: Any) -> Prefetched:
        found = real(session, *args)
        now = Clock().now
        identity = {"channel": "sms", "address": sender, "phone": sender,
                    "undeliverable": False, "created_at": now}  # fmt: skip
        identity_id, citizen_id = queries.insert_citizen_identity(
            session, {"name": None, "created_at": now}, identity
        )
        assert identity_id is not None
        made.update(identity=identity_id, citizen=citizen_id)
        if open_complaint:
            made["complaint"] = queries.insert_row(session, Complaint, {
                "tracking_code": "KK-RACE0-00001", "citizen_id": citizen_id,
                "identity_id": identity_id, "channel": "sms", "section": "perekonomian",
                "status": "baru", "text": "Pertama", "decision": {}, "needs_triage": False,
                "anonymous": False, "confidential": False, "created_at": now,
                "updated_at": now, "last_message_at": now,
            })  # fmt: skip
        return found

    monkeypatch.setattr(pipeline_module, "prefetch", prefetch_then_race)
    return made


def test_a_first_message_whose_sender_came_meanwhile_is_theirs(
    pipeline: Pipeline, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = stored_meanwhile(monkeypatch, "+6281250008001")
    (result,) = pipeline.accept_batch([sms("g:r1", "Jalan rusak berat", sender="+6281250008001")])
    assert result.outcome == "created"
    with store.read() as s:
        complaint = s.get(Complaint, result.complaint_id)
        message = s.exec(select(Message)).one()
    assert complaint is not None
    assert (complaint.identity_id, complaint.citizen_id) == (made["identity"], made["citizen"])
    assert message.citizen_id == made["citizen"] and message.complaint_id == complaint.id
    assert count(store, Identity) == 1
    assert count(store, Outbox) == 1


def test_a_first_message_whose_sender_came_meanwhile_joins_their_open_complaint(
    pipeline: Pipeline, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = stored_meanwhile(monkeypatch, "+6281250008002", open_complaint=True)
    batch = [sms("g:r2", "Tambahan: makin parah", sender="+6281250008002")]
    (result,) = pipeline.accept_batch(batch)
    assert (result.outcome, result.complaint_id) == ("followup", made["complaint"])
    assert count(store, Complaint) == 1
    assert count(store, Identity) == 1


def test_a_new_senders_second_message_in_the_batch_follows_their_first(
    pipeline: Pipeline, store: Store
) -> None:
    """A new sender's complaint is stored with the batch's others (ingest.prefetch.Deferred):
    their next message, by address or by phone number, still sees it."""
    batch = [
        sms("g:d1", "Jalan poros desa rusak berat", sender="+6281250009001"),
        sms("g:d2", "Lampu jalan padam sebulan", sender="+6281250009002"),
        sms("g:d3", "Tambahan: lubangnya makin dalam", sender="+6281250009001"),
        IncomingMessage(
            channel="whatsapp", external_id="w:d4", sender="6281250009002",
            text="Saya yang tadi kirim SMS", received_at=Clock().now, new_thread=True,
        ),
    ]  # fmt: skip
    road, lamp, more, whatsapp = pipeline.accept_batch(batch)
    assert [r.outcome for r in (road, lamp, more, whatsapp)] == ["created"] * 2 + [
        "followup", "created",
    ]  # fmt: skip
    assert more.complaint_id == road.complaint_id is not None
    with store.read() as s:
        outbox = {o.id: o for o in s.exec(select(Outbox)).all()}
        messages = {m.external_id: m for m in s.exec(select(Message)).all()}
    for result in (road, lamp, whatsapp):
        (ack_id,) = result.outbox_ids
        assert outbox[ack_id].complaint_id == result.complaint_id and outbox[ack_id].kind == "ack"
    assert (
        messages["g:d3"].kind == "followup" and messages["g:d3"].complaint_id == road.complaint_id
    )
    assert messages["w:d4"].citizen_id == messages["g:d2"].citizen_id is not None
    assert count(store, Citizen) == 2


def test_a_tracking_code_clash_is_retried_with_a_new_code(
    pipeline: Pipeline, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new code that another complaint already holds (a one-in-2^45 draw, or two replicas
    drawing the same) fails the insert; the message is accepted again with a fresh code."""
    first = pipeline.accept(sms("c:1", "Jalan berlubang di Loa Kulu", sender="+6281250001111"))
    codes = iter([first.tracking_code, "KK-22222-33333"])
    monkeypatch.setattr(pipeline_module, "new_code", lambda prefix: next(codes))
    second = pipeline.accept(sms("c:2", "Lampu jalan mati di Tenggarong", sender="+6281250002222"))
    assert second.outcome == "created" and second.tracking_code == "KK-22222-33333"
    assert count(store, Complaint) == 2
