"""WhatsApp sender and media download against a fake Graph API on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pydantic import SecretStr

from channels.base import OutgoingFile, OutgoingMessage
from channels.errors import ChannelAuthError, PermanentChannelError, TransientChannelError
from channels.whatsapp.send import MAX_IMAGE_BYTES, WhatsAppSender
from channels.whatsapp.settings import WhatsAppSettings
from tests.channels.whatsapp.fake_graph import PHONE_ID, TOKEN, FakeGraph, serve
from tests.fakes import Uploaded

NOW = datetime(2024, 6, 20, 8, 0, tzinfo=UTC)
CITIZEN = "+6281234567890"


@pytest.fixture
def fake() -> Iterator[FakeGraph]:
    with serve(FakeGraph()) as graph:
        yield graph


def make(
    fake: FakeGraph, last: datetime | None, template: str | None = "aduan_balasan"
) -> WhatsAppSender:
    settings = WhatsAppSettings(
        access_token=SecretStr(TOKEN),
        phone_number_id=PHONE_ID,
        graph_base_url=fake.base_url,
        template_name=template,
        max_media_bytes=1024,
    )
    return WhatsAppSender(settings, lambda _r: last, lambda: NOW)


def test_free_text_inside_the_window_quotes_the_message(fake: FakeGraph) -> None:
    sender = make(fake, NOW - timedelta(hours=23))
    out = OutgoingMessage(
        "whatsapp", CITIZEN, "Aduan KK-ABCD diterima", reply_to_external_id="wamid.in1"
    )
    result = sender.send(out)
    [body] = fake.sent
    assert body["to"] == "6281234567890"
    assert body["type"] == "text"
    assert body["text"]["body"] == "Aduan KK-ABCD diterima"
    assert body["context"] == {"message_id": "wamid.in1"}
    assert result.provider_id == "wamid.fake1"
    assert fake.auth == [f"Bearer {TOKEN}"]


def test_template_outside_the_window(fake: FakeGraph) -> None:
    sender = make(fake, NOW - timedelta(hours=25))
    sender.send(OutgoingMessage("whatsapp", CITIZEN, "Balasan petugas"))
    [body] = fake.sent
    assert body["type"] == "template"
    assert body["template"]["name"] == "aduan_balasan"
    assert body["template"]["language"] == {"code": "id"}
    assert body["template"]["components"][0]["parameters"][0]["text"] == "Balasan petugas"


def test_outside_the_window_without_template_is_permanent(fake: FakeGraph) -> None:
    sender = make(fake, None, template=None)
    with pytest.raises(PermanentChannelError, match="24-hour"):
        sender.send(OutgoingMessage("whatsapp", CITIZEN, "x"))
    assert fake.sent == []


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (429, TransientChannelError),
        (500, TransientChannelError),
        (401, ChannelAuthError),
        (400, PermanentChannelError),
    ],
)
def test_graph_errors_are_typed(fake: FakeGraph, status: int, error: type[Exception]) -> None:
    fake.fail(status)
    with pytest.raises(error):
        make(fake, NOW).send(OutgoingMessage("whatsapp", CITIZEN, "x"))


def test_media_download_and_size_limit(fake: FakeGraph) -> None:
    fake.media = {"m1": b"\xff\xd8jpeg", "m2": b"x" * 2048}
    got = make(fake, NOW).download(
        [
            {"id": "m1", "mime_type": "image/jpeg", "filename": None},
            {"id": "m2", "mime_type": "application/pdf", "filename": "besar.pdf"},
        ]
    )
    assert [(a.filename, a.content_type, a.data) for a in got.attachments] == [
        ("m1.jpg", "image/jpeg", b"\xff\xd8jpeg")
    ]
    assert got.refused == ("besar.pdf",)


@pytest.mark.parametrize("declared", ["12kb", "", None, -1, 1.5, True, [3], "  7 "])
def test_a_junk_declared_size_is_checked_on_the_bytes(fake: FakeGraph, declared: Any) -> None:
    """A size the provider declares wrongly neither fails the download nor lets an oversize
    file through: the downloaded bytes are measured."""
    fake.media = {"m1": b"\xff\xd8jpeg", "m2": b"x" * 2048}
    for media_id in fake.media:
        fake.described[media_id] = lambda url: {"url": url, "file_size": declared}
    got = make(fake, NOW).download(
        [
            {"id": "m1", "mime_type": "image/jpeg", "filename": None},
            {"id": "m2", "mime_type": "application/pdf", "filename": "besar.pdf"},
        ]
    )
    assert [a.data for a in got.attachments] == [b"\xff\xd8jpeg"]
    assert got.refused == ("besar.pdf",)


@pytest.mark.parametrize(
    "odd", [b"<html>gateway</html>", {"id": "m1"}, {"url": ""}, {"url": 5}, ["url"]]
)
def test_media_metadata_without_a_url_is_a_transient_fault(fake: FakeGraph, odd: Any) -> None:
    """The media job retries it; it is never an unhandled error."""
    fake.media = {"m1": b"\xff\xd8jpeg"}
    fake.described["m1"] = odd
    with pytest.raises(TransientChannelError, match="graph api described the media"):
        make(fake, NOW).download([{"id": "m1", "mime_type": "image/jpeg", "filename": None}])


def test_a_retry_sends_only_the_files_not_yet_delivered(fake: FakeGraph) -> None:
    sender = make(fake, NOW - timedelta(hours=1))
    letter = OutgoingFile("file:1", "surat.pdf", "application/pdf", b"%PDF-1.4 surat")
    photo = OutgoingFile("file:2", "foto.jpg", "image/jpeg", b"\xff\xd8\xff\xe0 foto")
    parts: list[tuple[str, str | None]] = []
    out = OutgoingMessage(
        "whatsapp", CITIZEN, "Balasan", files=(letter, photo),
        done={"text": "wamid.earlier", "file:1": "wamid.letter"},
        delivered=lambda part, wamid: parts.append((part, wamid)),
    )  # fmt: skip
    result = sender.send(out)
    [upload] = fake.uploads
    assert upload["file"] == Uploaded("foto.jpg", "image/jpeg", photo.data)
    [image] = fake.sent
    assert image["type"] == "image" and image["image"] == {"id": fake.media_ids[0]}
    assert parts == [("file:2", result.provider_id)]


def test_a_picture_over_the_image_limit_goes_as_a_document(fake: FakeGraph) -> None:
    sender = make(fake, NOW - timedelta(hours=1))
    big = OutgoingFile("file:1", "besar.png", "image/png", b"\x89PNG" + b"0" * MAX_IMAGE_BYTES)
    sender.send(OutgoingMessage("whatsapp", CITIZEN, "Balasan", files=(big,)))
    _text, sent = fake.sent
    assert sent["type"] == "document" and sent["document"]["filename"] == "besar.png"
