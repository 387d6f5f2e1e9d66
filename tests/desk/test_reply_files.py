"""Files in officers' replies, through the desk's reply form and the outbox, on each channel:
email (aiosmtpd), Telegram (fake Bot API), WhatsApp (fake Graph API), X and SMS (the files wait
on the tracking page), and the tracking page itself. Both backends."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import col, select

from accountability.privacy import erase
from channels.email.smtp import EmailSender
from channels.telegram.settings import TelegramSettings
from channels.telegram.transport import TelegramTransport
from channels.whatsapp.send import WhatsAppSender
from channels.whatsapp.settings import WhatsAppSettings
from channels.x.settings import XSettings
from channels.x.transport import XTransport
from core.attachments import path_of
from service.app import Service, build_service
from settings.root import Settings
from store.db import Store
from store.models import Outbox, OutboxFile
from tests.channels.telegram.fake_bot_api import TOKEN, FakeBotApi
from tests.channels.telegram.fake_bot_api import serve as serve_bot
from tests.channels.whatsapp.fake_graph import PHONE_ID, FakeGraph
from tests.channels.whatsapp.fake_graph import TOKEN as WA_TOKEN
from tests.channels.whatsapp.fake_graph import serve as serve_graph
from tests.channels.x.fake_x import FakeX, x_settings
from tests.channels.x.fake_x import serve as serve_x
from tests.conftest import Clock, free_port
from tests.desk.helpers import LPG, add_officer, complain, csrf_of, session_cookie
from tests.fakes import FakeGateway, Uploaded
from tests.ingest.test_email_send import Capture


def png(width: int = 2, height: int = 2) -> bytes:
    """A real PNG: a grey road with a yellow middle line (a photo of the repaired road)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    def pixel(x: int, y: int) -> bytes:
        if abs(y - height // 2) < max(1, height // 20) and (x // 12) % 2 == 0:
            return b"\xf0\xc0\x20"  # the painted line
        return b"\x70\x74\x78" if height // 5 < y < height - height // 5 else b"\x5a\x9a\x4a"

    rows = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )  # fmt: skip


PHOTO = png()
LETTER = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"
TEXT = "Jalan sudah diperbaiki, surat dan fotonya terlampir."
CHAT = "111222333"
WA_PHONE = "+6281255501234"


@pytest.fixture(scope="module")
def smtp() -> Iterator[tuple[Capture, int]]:
    handler, port = Capture(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


@pytest.fixture(scope="module")
def bot() -> Iterator[FakeBotApi]:
    with serve_bot(FakeBotApi()) as fake:
        yield fake


@pytest.fixture(scope="module")
def graph() -> Iterator[FakeGraph]:
    with serve_graph(FakeGraph()) as fake:
        yield fake


@pytest.fixture
def service(
    settings: Settings,
    store: Store,
    clock: Clock,
    gateway: FakeGateway,
    smtp: tuple[Capture, int],
    bot: FakeBotApi,
    graph: FakeGraph,
) -> Iterator[Service]:
    """Every channel's real sender, each pointed at its fake on loopback."""
    smtp[0].mails.clear()
    bot.calls.clear()
    graph.sent.clear()
    graph.uploads.clear()
    settings.channels.sms.outbound = "generic"
    settings.channels.sms.generic.send_url = gateway.url + "/send"
    email = settings.channels.email
    email.from_address, email.smtp_tls = "aduan@kukarkab.go.id", "none"
    email.smtp_host, email.smtp_port = "127.0.0.1", smtp[1]
    tg = TelegramSettings(
        bot_token=SecretStr(TOKEN), api_base_url=bot.base_url, file_base_url=bot.file_base_url,
        per_chat_interval_seconds=0,
    )  # fmt: skip
    wa = WhatsAppSettings(
        access_token=SecretStr(WA_TOKEN), phone_number_id=PHONE_ID, graph_base_url=graph.base_url,
        template_name="aduan_balasan",
    )  # fmt: skip
    window: dict[str, Any] = {"last": clock.now}
    senders: dict[str, Any] = {
        "email": EmailSender(email, clock),
        "telegram": TelegramTransport(tg, clock),
        "whatsapp": WhatsAppSender(wa, lambda _r: window["last"], clock),
        "x": XTransport(x_settings(XSettings()), clock),
    }
    built = build_service(settings, store, clock=clock, senders=senders)
    built.window = window  # type: ignore[attr-defined]
    yield built
    senders["telegram"].close()


def signed_in(client: TestClient, service: Service, section: str) -> str:
    """Sign an officer of the section in, after the acknowledgements went (a minute later)."""
    service.dispatcher.drain()
    service.ctx.clock.advance(minutes=1)  # type: ignore[attr-defined]
    oid = add_officer(service.ctx.store, f"petugas-{section}", "officer", section)
    client.cookies.update(session_cookie(service, oid))
    return csrf_of(client.get("/desk/aduan").text)


def reply(
    client: TestClient, cid: int, csrf: str, files: list[tuple[str, bytes, str]], text: str = TEXT
) -> Any:
    parts = [("berkas", (name, data, kind)) for name, data, kind in files]
    return client.post(f"/desk/aduan/{cid}/balas", data={"text": text, "csrf": csrf}, files=parts)


BOTH = [("surat balasan.pdf", LETTER, "application/pdf"), ("jalan.png", PHOTO, "image/png")]


def outbox(store: Store, cid: int) -> list[Outbox]:
    with store.read() as s:
        stmt = select(Outbox).where(col(Outbox.complaint_id) == cid, col(Outbox.kind) == "reply")
        return list(s.exec(stmt.order_by(col(Outbox.id))))


def files_of(store: Store, cid: int) -> list[OutboxFile]:
    with store.read() as s:
        stmt = select(OutboxFile).where(col(OutboxFile.complaint_id) == cid)
        return list(s.exec(stmt.order_by(col(OutboxFile.id))))


def test_email_reply_carries_both_files_and_the_citizen_downloads_them_by_code(
    client: TestClient, service: Service, store: Store, smtp: tuple[Capture, int]
) -> None:
    cid, code, section = complain(service, LPG, sender="warga@example.id", channel="email")
    csrf = signed_in(client, service, section)
    answer = reply(client, cid, csrf, BOTH)
    assert answer.status_code == 303
    page = client.get(f"/desk/aduan/{cid}").text
    first, second = files_of(store, cid)
    assert (first.filename, first.content_type) == ("surat balasan.pdf", "application/pdf")
    assert f'href="/desk/berkas-balasan/{second.id}"' in page and "jalan.png" in page
    desk_copy = client.get(f"/desk/berkas-balasan/{first.id}")
    assert desk_copy.content == LETTER
    assert desk_copy.headers["content-disposition"].startswith("attachment;")
    smtp[0].mails.clear()  # the acknowledgement
    assert service.dispatcher.drain() == 1
    [mail] = smtp[0].mails
    assert isinstance(mail, EmailMessage)
    assert mail.get_body(("plain",)).get_content().strip() == TEXT  # type: ignore[union-attr]
    got = [
        (a.get_filename(), a.get_content_type(), a.get_content()) for a in mail.iter_attachments()
    ]
    assert got == [
        ("surat balasan.pdf", "application/pdf", LETTER), ("jalan.png", "image/png", PHOTO),
    ]  # fmt: skip
    [row] = outbox(store, cid)
    assert row.status == "sent" and row.text == TEXT
    lacak = client.get(f"/lacak/{code.lower()}")
    assert f'href="/lacak/{code}/berkas/{first.id}"' in lacak.text
    download = client.get(f"/lacak/{code}/berkas/{second.id}")
    assert download.status_code == 200 and download.content == PHOTO
    assert download.headers["x-content-type-options"] == "nosniff"
    assert download.headers["content-disposition"].startswith('attachment; filename="jalan.png"')
    assert download.headers["content-type"] == "application/octet-stream"
    api = client.get(f"/api/v1/track/{code}").json()
    assert [f["name"] for f in api["answers"][0]["files"]] == ["surat balasan.pdf", "jalan.png"]


def test_a_file_needs_its_own_complaints_code(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, code, section = complain(service, LPG, sender="warga2@example.id", channel="email")
    _other, other_code, _s = complain(service, LPG, sender="warga3@example.id", channel="email")
    csrf = signed_in(client, service, section)
    assert reply(client, cid, csrf, BOTH[:1]).status_code == 303
    [f] = files_of(store, cid)
    assert client.get(f"/lacak/{other_code}/berkas/{f.id}").status_code == 404
    assert client.get(f"/lacak/KK-XXXXX-XXXXX/berkas/{f.id}").status_code == 404
    assert client.get(f"/lacak/{code}/berkas/{f.id}").status_code == 200
    stranger = add_officer(
        store, "petugas-lain", "officer", "hukum" if section != "hukum" else "umum"
    )
    client.cookies.update(session_cookie(service, stranger))
    assert client.get(f"/desk/berkas-balasan/{f.id}").status_code == 404


REFUSED = [
    ([("besar.pdf", LETTER + b"0" * 4096, "application/pdf")], 413, "terlalu besar"),
    ([("surat.pdf", b"<html><script>alert(1)</script></html>", "application/pdf")], 415,
     "jenisnya text/html"),
    ([("program.png", b"MZ\x90\x00\x03\x00\x00\x00" * 8, "image/png")], 415,
     "tidak dapat dikirim"),
    ([(f"f{i}.pdf", LETTER, "application/pdf") for i in range(4)], 400, "Terlalu banyak"),
]  # fmt: skip


def test_a_refused_file_keeps_the_typed_reply_and_sends_nothing(
    client: TestClient, service: Service, store: Store
) -> None:
    service.ctx.settings.channels.sms.max_media_bytes = 4096  # the SMS channel's inbound limit
    service.ctx.settings.channels.email.max_attachments = 3
    cid, _code, section = complain(service, LPG)
    csrf = signed_in(client, service, section)
    typed = "Balasan yang panjang & <penting> untuk warga"
    for files, status, words in REFUSED:  # over the limit, HTML named .pdf, unknown, too many
        answer = reply(client, cid, csrf, files, text=typed)
        assert answer.status_code == status, words
        assert words in answer.text and "Teks balasan Anda masih ada" in answer.text
        assert "Balasan yang panjang &amp; &lt;penting&gt; untuk warga</textarea>" in answer.text
        assert outbox(store, cid) == [] and files_of(store, cid) == []
    # An empty file input (a part with filename="") is a plain reply; NUL never reaches the db.
    answer = reply(client, cid, csrf, [("", b"", "application/octet-stream")], text="a\x00b")
    assert answer.status_code == 303
    [row] = outbox(store, cid)
    assert "files" not in row.meta and files_of(store, cid) == [] and row.text == "a\ufffdb"


def test_sms_reply_says_the_files_wait_on_the_tracking_page(
    client: TestClient, service: Service, store: Store, gateway: FakeGateway
) -> None:
    cid, code, section = complain(service, LPG)
    csrf = signed_in(client, service, section)
    assert reply(client, cid, csrf, BOTH).status_code == 303
    gateway.requests.clear()
    service.dispatcher.drain()
    [sent] = [r.json() for r in gateway.requests]
    base = service.ctx.settings.service.public_base_url
    assert sent["text"].startswith(TEXT)
    assert "2 berkas" in sent["text"] and f"{base}/lacak/{code}" in sent["text"]
    [row] = outbox(store, cid)
    assert (
        row.status == "sent" and row.text == TEXT
    )  # the thread and /lacak keep the officer's words


def test_x_dm_reply_carries_the_tracking_link_not_the_files(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, code, section = complain(service, LPG, sender="1599000000000000042", channel="x")
    csrf = signed_in(client, service, section)
    assert reply(client, cid, csrf, BOTH[1:]).status_code == 303
    with serve_x(FakeX()) as fake:
        service.ctx.clock.advance(hours=1)  # type: ignore[attr-defined]
        service.dispatcher.drain()  # the acknowledgement (refused off loopback) and the reply
        [(participant, body)] = [dm for dm in fake.sent_dms if TEXT in dm[1]["text"]]
    assert participant == "1599000000000000042"
    assert body["text"].startswith(TEXT) and f"/lacak/{code}" in body["text"]
    assert "attachments" not in body


def test_telegram_sends_photo_and_document_and_a_retry_sends_neither_twice(
    client: TestClient, service: Service, store: Store, bot: FakeBotApi, clock: Clock
) -> None:
    cid, _code, section = complain(service, LPG, sender=CHAT, channel="telegram")
    csrf = signed_in(client, service, section)
    assert reply(client, cid, csrf, BOTH).status_code == 303
    bot.calls.clear()
    bot.fail("sendDocument", 502)  # the letter fails once, after the text and before the photo
    service.dispatcher.drain()
    [row] = outbox(store, cid)
    assert row.status == "pending" and "attachment surat balasan.pdf" in (row.last_error or "")
    assert list(row.meta["parts"]) == ["text"]
    clock.advance(minutes=10)
    service.dispatcher.drain()
    methods = [m for m, _p in bot.calls]
    assert methods == ["sendMessage", "sendDocument", "sendDocument", "sendPhoto"]
    text, _failed, letter, photo = (p for _m, p in bot.calls)
    assert text["text"] == TEXT and int(text["chat_id"]) == int(CHAT)
    assert int(letter["chat_id"]) == int(CHAT)
    assert letter["document"] == Uploaded("surat balasan.pdf", "application/pdf", LETTER)
    assert isinstance(photo["photo"], Uploaded) and photo["photo"].data == PHOTO
    [row] = outbox(store, cid)
    assert row.status == "sent" and set(row.meta["parts"]) == {"text", *(
        f"file:{f.id}" for f in files_of(store, cid))}  # fmt: skip


def test_telegram_refusing_a_file_is_a_visible_failure(
    client: TestClient, service: Service, store: Store, bot: FakeBotApi
) -> None:
    cid, _code, section = complain(service, LPG, sender=CHAT, channel="telegram")
    csrf = signed_in(client, service, section)
    assert reply(client, cid, csrf, BOTH[1:]).status_code == 303
    bot.fail("sendPhoto", 400)
    service.dispatcher.drain()
    [row] = outbox(store, cid)
    assert row.status == "failed" and row.last_error.startswith("attachment jalan.png:")  # type: ignore[union-attr]
    page = client.get(f"/desk/aduan/{cid}").text
    assert "Lampiran balasan tidak terkirim" in page
    # A file gone from the data directory fails the next reply before anything is sent.
    letter = [("surat-2.pdf", LETTER + b"%2", "application/pdf")]
    assert reply(client, cid, csrf, letter, text="Surat kedua").status_code == 303
    [gone] = [f for f in files_of(store, cid) if f.filename == "surat-2.pdf"]
    path_of(service.ctx.settings.service.data_dir, gone.sha256).unlink()
    bot.calls.clear()
    service.ctx.clock.advance(minutes=1)  # type: ignore[attr-defined]
    service.dispatcher.drain()
    _first, second = outbox(store, cid)
    assert second.status == "failed" and "reply file surat-2.pdf" in (second.last_error or "")
    assert bot.calls == []


def test_whatsapp_uploads_each_file_then_sends_it_by_media_id(
    client: TestClient, service: Service, store: Store, graph: FakeGraph
) -> None:
    cid, _code, section = complain(service, LPG, sender=WA_PHONE, channel="whatsapp")
    csrf = signed_in(client, service, section)
    assert reply(client, cid, csrf, BOTH).status_code == 303
    graph.sent.clear()
    graph.uploads.clear()
    service.dispatcher.drain()
    assert [u["messaging_product"] for u in graph.uploads] == ["whatsapp", "whatsapp"]
    assert [u["type"] for u in graph.uploads] == ["application/pdf", "image/png"]
    assert graph.uploads[0]["file"] == Uploaded("surat balasan.pdf", "application/pdf", LETTER)
    assert graph.uploads[1]["file"].data == PHOTO
    text, letter, photo = graph.sent
    assert text["type"] == "text" and text["text"]["body"] == TEXT and text["to"] == WA_PHONE[1:]
    assert (letter["to"], letter["messaging_product"]) == (WA_PHONE[1:], "whatsapp")
    first, second = graph.media_ids[-2:]
    assert letter["type"] == "document"
    assert letter["document"] == {"id": first, "filename": "surat balasan.pdf"}
    assert photo["type"] == "image" and photo["image"] == {"id": second}
    [row] = outbox(store, cid)
    assert row.status == "sent"


def test_whatsapp_outside_the_window_sends_the_template_with_the_link(
    client: TestClient, service: Service, store: Store, graph: FakeGraph, clock: Clock
) -> None:
    cid, code, section = complain(service, LPG, sender=WA_PHONE, channel="whatsapp")
    csrf = signed_in(client, service, section)
    assert reply(client, cid, csrf, BOTH[:1]).status_code == 303
    graph.sent.clear()
    service.window["last"] = clock.now.replace(year=2025)  # type: ignore[attr-defined]
    service.dispatcher.drain()
    [template] = graph.sent
    assert graph.uploads == [] and template["type"] == "template"
    param = template["template"]["components"][0]["parameters"][0]["text"]
    assert param.startswith(TEXT) and f"/lacak/{code}" in param


def test_erasure_removes_the_reply_files_and_their_bytes(
    client: TestClient, service: Service, store: Store, clock: Clock
) -> None:
    phone = "+6281255507777"
    cid, code, section = complain(service, LPG, sender=phone)
    csrf = signed_in(client, service, section)
    assert reply(client, cid, csrf, BOTH).status_code == 303
    [letter, photo] = files_of(store, cid)
    data_dir = service.ctx.settings.service.data_dir
    assert path_of(data_dir, photo.sha256).exists()
    report = erase(store, service.ctx.settings, f"sms:{phone}", clock.now)
    assert report.attachments == 2 and files_of(store, cid) == []
    assert not path_of(data_dir, letter.sha256).exists()
    assert not path_of(data_dir, photo.sha256).exists()
    assert client.get(f"/lacak/{code}/berkas/{photo.id}").status_code == 404
