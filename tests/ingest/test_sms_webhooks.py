"""The SMS webhooks over HTTP: signatures, bad input, limits, dead letters, 503."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import col, func, select

from channels.sms import generic, twilio
from service.app import build_service, create_app
from settings.root import Settings
from store.db import Store
from store.models import Attachment, Complaint, DeadLetter, Message, Outbox
from tests.channels.sms.fake_media import FakeMediaHost, serve
from tests.conftest import SECRETS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sms"
SECRET = SECRETS["SMS_WEBHOOK_SECRET"]


@pytest.fixture
def client(settings: Settings, store: Store) -> Iterator[TestClient]:
    app = create_app(build_service(settings, store))
    with TestClient(app, client=("127.0.0.1", 50000)) as c:
        yield c


def count(store: Store, model: type) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


def post_generic(client: TestClient, body: bytes, signature: str | None = "sign") -> object:
    headers = {"Content-Type": "application/json"}
    if signature == "sign":
        headers[generic.SIGNATURE_HEADER] = generic.sign(body, SECRET)
    elif signature is not None:
        headers[generic.SIGNATURE_HEADER] = signature
    return client.post("/webhooks/sms/generic", content=body, headers=headers)


def test_generic_webhook_stores_routes_and_acknowledges(client: TestClient, store: Store) -> None:
    body = (FIXTURES / "generic_basic.json").read_bytes()
    response = post_generic(client, body)
    assert response.status_code == 200, response.text  # type: ignore[attr-defined]
    code = response.json()["tracking_code"]  # type: ignore[attr-defined]
    assert count(store, Complaint) == 1 and count(store, Outbox) == 1
    track = client.get(f"/api/v1/track/{code.lower()}")
    assert track.status_code == 200
    data = track.json()
    assert data["section"] == "perekonomian" and data["status"] == "baru"
    assert "text" not in data and "sender" not in json.dumps(data)
    page = client.get(f"/lacak/{code}")
    assert page.status_code == 200 and "Bagian Perekonomian" in page.text
    assert "beras" not in page.text  # never the complaint's text


def test_oversized_body_is_413_before_buffering(client: TestClient, settings: Settings) -> None:
    limit = settings.channels.sms.max_body_bytes
    body = b'{"id": "big", "from": "0812", "text": "' + b"a" * (limit + 10) + b'"}'
    assert post_generic(client, body).status_code == 413  # type: ignore[attr-defined]

    def chunks() -> Iterator[bytes]:
        for _ in range(limit // 65536 + 2):
            yield b"a" * 65536

    response = client.post("/webhooks/sms/generic", content=chunks())
    assert response.status_code == 413


def test_form_with_thousands_of_fields_is_413(client: TestClient) -> None:
    body = urlencode({f"f{i}": "x" for i in range(5000)})
    response = client.post(
        "/webhooks/sms/twilio",
        content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"},
    )
    assert response.status_code == 413


def test_database_unreachable_is_503(settings: Settings, tmp_path: Path) -> None:
    broken = Store("postgresql+psycopg://nobody@127.0.0.1:1/none")
    app = create_app(build_service(settings, broken))
    with TestClient(app) as c:
        response = post_generic(c, (FIXTURES / "generic_basic.json").read_bytes())
        assert response.status_code == 503  # type: ignore[attr-defined]
        assert c.get("/readyz").status_code == 503


def test_same_message_ten_times_at_once_is_one(client: TestClient, store: Store) -> None:
    body = (FIXTURES / "generic_basic.json").read_bytes()
    with ThreadPoolExecutor(10) as pool:
        statuses = list(pool.map(lambda _: post_generic(client, body).status_code, range(10)))  # type: ignore[attr-defined]
    assert statuses == [200] * 10
    assert count(store, Message) == 1
    assert count(store, Complaint) == 1
    assert count(store, Outbox) == 1


def post_twilio(client: TestClient, settings: Settings, name: str) -> int:
    """Post a Twilio fixture signed over every field, repeated ones included."""
    raw = (FIXTURES / name).read_text()
    pairs = parse_qsl(raw, keep_blank_values=True)
    url = settings.service.public_base_url + "/webhooks/sms/twilio"
    sig = twilio.signature(url, pairs, SECRETS["TWILIO_AUTH_TOKEN"])
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": sig}
    return int(client.post("/webhooks/sms/twilio", content=raw, headers=headers).status_code)


def post_android(client: TestClient, name: str) -> int:
    body = (FIXTURES / name).read_bytes()
    ts = str(int(time.time()))
    sig = hmac.new(
        SECRETS["SMS_GATEWAY_SIGNING_KEY"].encode(), body + ts.encode(), hashlib.sha256
    ).hexdigest()
    headers = {"X-Signature": sig, "X-Timestamp": ts, "Content-Type": "application/json"}
    return int(client.post("/webhooks/sms/android", content=body, headers=headers).status_code)


def messages(store: Store) -> list[Message]:
    with store.read() as s:
        return list(s.exec(select(Message).order_by(col(Message.id))).all())


def test_twilio_mms_without_body_is_stored_with_its_media(
    client: TestClient, settings: Settings, store: Store
) -> None:
    assert post_twilio(client, settings, "twilio_courier_media_no_body.txt") == 200
    [msg] = messages(store)
    assert (msg.external_id, msg.text, msg.kind) == (
        "twilio:SMe287d7109a5a925f182f0e07fe5b223b",
        "",
        "complaint",
    )
    assert [m["url"] for m in msg.meta["media"]] == ["cat.jpg", "dog.jpg"]
    assert count(store, Outbox) == 1  # the person is acknowledged


def test_twilio_repeated_fields_are_verified_and_kept(
    client: TestClient, settings: Settings, store: Store
) -> None:
    assert post_twilio(client, settings, "twilio_repeated_fields.txt") == 200
    [msg] = messages(store)
    assert msg.meta["repeated"]["AddOns"] == ['{"status":"successful"}', '{"status":"failed"}']


def test_twilio_bad_num_media_is_a_dead_letter(
    client: TestClient, settings: Settings, store: Store
) -> None:
    assert post_twilio(client, settings, "twilio_num_media_eleven.txt") == 400
    with store.read() as s:
        [dead] = s.exec(select(DeadLetter)).all()
    assert dead.reason == "NumMedia: 11 is outside 0..10" and count(store, Message) == 0


def test_android_mms_downloaded_is_stored_with_its_photo(client: TestClient, store: Store) -> None:
    assert post_android(client, "android_mms_downloaded_jpeg_and_video.json") == 200
    [msg] = messages(store)
    assert msg.text == "Jembatan kayu di Desa Sebulu Ilir patah, foto terlampir"
    assert msg.sender == "+6281345678901" and msg.kind == "complaint"
    assert [m["url"] for m in msg.meta["media"]] == ["inbox/mms_kukar_0001/attachments/3"]
    with store.read() as s:
        [att] = s.exec(select(Attachment)).all()
    assert (att.message_id, att.filename, att.content_type, att.size) == (
        msg.id,
        "IMG_20261120_0815.jpg",
        "image/jpeg",
        332,
    )


def test_android_mms_received_then_downloaded_is_one_complaint(
    client: TestClient, store: Store
) -> None:
    assert post_android(client, "android_docs_mms_received.json") == 200
    assert post_android(client, "android_docs_mms_downloaded.json") == 200
    first, second = messages(store)
    assert first.external_id == "android:mms:mms_12345abcde" and first.kind == "complaint"
    assert second.kind == "followup" and second.complaint_id == first.complaint_id
    assert second.text == "Hello! Here is the photo."
    assert count(store, Complaint) == 1


def test_android_current_and_deprecated_sms_shapes_are_stored(
    client: TestClient, store: Store
) -> None:
    assert post_android(client, "android_docs_sms_received.json") == 200
    assert post_android(client, "android_readme_sms_received_phone_number.json") == 200
    assert post_android(client, "android_docs_sms_data_received.json") == 200
    stored = [(m.sender, m.text) for m in messages(store)]
    assert stored == [
        ("+626505551212", "Android is always a sweet treat!"),
        ("+19162255887", "Received SMS text"),
        ("+626505551212", "Hello Data World!"),
    ]


def test_delivery_events_update_the_outbox_rows(
    client: TestClient, settings: Settings, store: Store
) -> None:
    with store.write() as s:
        for provider_id in ("android:msg-789", "twilio:SMe287d7109a5a925f182f0e07fe5b223b"):
            s.add(
                Outbox(
                    channel="sms", recipient="+6281345678901", kind="ack", text="Diterima.",
                    status="sent", provider_id=provider_id, meta={},
                )
            )  # fmt: skip
    assert post_android(client, "android_docs_sms_delivered.json") == 200
    assert post_twilio(client, settings, "twilio_courier_status_failed_stop.txt") == 200
    assert post_android(client, "android_docs_sms_sent.json") == 200  # an unknown id: no row
    with store.read() as s:
        rows = {r.provider_id: r for r in s.exec(select(Outbox)).all()}
    android_row = rows["android:msg-789"]
    assert android_row.meta["delivery"] == "delivered" and android_row.status == "sent"
    twilio_row = rows["twilio:SMe287d7109a5a925f182f0e07fe5b223b"]
    assert (twilio_row.status, twilio_row.last_error) == ("failed", "21610")
    assert count(store, Message) == 0 and count(store, DeadLetter) == 0


def test_unknown_android_event_is_a_dead_letter(client: TestClient, store: Store) -> None:
    assert post_android(client, "android_unknown_event.json") == 400
    with store.read() as s:
        [dead] = s.exec(select(DeadLetter)).all()
    assert "rcs:received" in dead.reason


def test_mms_part_is_fetched_by_the_media_job_from_the_android_gateway(
    settings: Settings, store: Store
) -> None:
    android_settings = settings.channels.sms.android
    android_settings.username, android_settings.password = "aduan", SecretStr("rahasia")
    video = b"\x00\x00\x00\x18ftypmp42kukar"
    with serve(FakeMediaHost()) as gateway:
        gateway.files["/inbox/mms_kukar_0001/attachments/3"] = ("video/mp4", video)
        android_settings.api_base_url = gateway.url
        service = build_service(settings, store)
        with TestClient(create_app(service)) as c:
            assert post_android(c, "android_mms_downloaded_jpeg_and_video.json") == 200
            assert gateway.seen == []  # nothing fetched on the request path
            [job] = [j for j in service.jobs if j.name == "media"]
            assert job.func() == 1
    with store.read() as s:
        files = sorted((a.filename, a.size) for a in s.exec(select(Attachment)).all())
    assert files == [("IMG_20261120_0815.jpg", 332), ("VID_20261120_0816.mp4", len(video))]
    assert gateway.seen[0][1] == "Basic " + base64.b64encode(b"aduan:rahasia").decode()
