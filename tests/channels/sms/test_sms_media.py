"""MMS files fetched for the media job: Twilio media URLs and Android gateway inbox parts."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import SecretStr

from channels.errors import PermanentChannelError, TransientChannelError
from ingest.channels.sms import fetch_media
from ingest.wiring import Context
from service.app import build_service
from settings.root import Settings
from store.db import Store
from tests.channels.sms.fake_media import FakeMediaHost, serve
from tests.conftest import SECRETS, free_port

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00foto-jalan"
SID = SECRETS["TWILIO_ACCOUNT_SID"]
MEDIA = f"/2010-04-01/Accounts/{SID}/Messages/MM3b/Media/ME1"


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


TWILIO_AUTH = basic(SID, SECRETS["TWILIO_AUTH_TOKEN"])


@pytest.fixture
def twilio_api() -> Iterator[FakeMediaHost]:
    with serve(FakeMediaHost(auth=TWILIO_AUTH)) as host:
        yield host


@pytest.fixture
def storage() -> Iterator[FakeMediaHost]:
    """Where Twilio redirects a media URL (another host: no credentials go there)."""
    with serve(FakeMediaHost()) as host:
        yield host


@pytest.fixture
def ctx(settings: Settings, store: Store, twilio_api: FakeMediaHost) -> Context:
    settings.channels.sms.twilio.api_base_url = twilio_api.url
    settings.channels.sms.max_media_bytes = 1024
    return build_service(settings, store).ctx


def twilio_ref(url: str, kind: str | None = "image/jpeg") -> dict[str, Any]:
    return {"gateway": "twilio", "url": url, "content_type": kind, "filename": None}


def test_twilio_media_with_the_account_basic_auth(ctx: Context, twilio_api: FakeMediaHost) -> None:
    twilio_api.files[MEDIA] = ("image/jpeg", JPEG)
    att = fetch_media(ctx, twilio_ref(twilio_api.url + MEDIA))
    assert (att.filename, att.content_type, att.data) == ("ME1", "image/jpeg", JPEG)
    assert twilio_api.seen == [(MEDIA, TWILIO_AUTH)]


def test_twilio_redirect_to_storage_carries_no_credentials(
    ctx: Context, twilio_api: FakeMediaHost, storage: FakeMediaHost
) -> None:
    storage.files["/bucket/ME1"] = ("image/png", b"\x89PNG\r\n\x1a\n")
    twilio_api.redirects[MEDIA] = storage.url + "/bucket/ME1"
    att = fetch_media(ctx, twilio_ref(twilio_api.url + MEDIA, kind=None))
    assert att.content_type == "image/png" and att.data == b"\x89PNG\r\n\x1a\n"
    assert twilio_api.seen == [(MEDIA, TWILIO_AUTH)]
    assert storage.seen == [("/bucket/ME1", None)]


def test_credentials_never_go_to_another_host(ctx: Context, storage: FakeMediaHost) -> None:
    storage.files["/elsewhere.jpg"] = ("image/jpeg", JPEG)
    att = fetch_media(ctx, twilio_ref(storage.url + "/elsewhere.jpg"))
    assert att.data == JPEG and storage.seen == [("/elsewhere.jpg", None)]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, PermanentChannelError),
        (401, PermanentChannelError),
        (500, TransientChannelError),
        (429, TransientChannelError),
    ],
)
def test_provider_failures_are_typed(
    ctx: Context, twilio_api: FakeMediaHost, status: int, error: type[Exception]
) -> None:
    twilio_api.status[MEDIA] = status
    with pytest.raises(error, match=str(status)):
        fetch_media(ctx, twilio_ref(twilio_api.url + MEDIA))


def test_file_over_the_cap_is_refused(ctx: Context, twilio_api: FakeMediaHost) -> None:
    twilio_api.files[MEDIA] = ("video/mp4", b"\x00" * 1025)
    with pytest.raises(PermanentChannelError, match="over 1024 bytes"):
        fetch_media(ctx, twilio_ref(twilio_api.url + MEDIA))


def test_unreachable_host_is_transient(ctx: Context) -> None:
    url = f"http://127.0.0.1:{free_port()}/ME1"
    with pytest.raises(TransientChannelError, match=r"cannot reach 127\.0\.0\.1"):
        fetch_media(ctx, twilio_ref(url))


def test_relative_url_is_permanent(ctx: Context) -> None:
    with pytest.raises(PermanentChannelError, match=r"not absolute: 'cat\.jpg'"):
        fetch_media(ctx, twilio_ref("cat.jpg"))


def test_android_inbox_part_with_the_gateway_basic_auth(ctx: Context) -> None:
    android = ctx.settings.channels.sms.android
    android.username, android.password = "aduan", SecretStr("rahasia-gateway")
    with serve(FakeMediaHost(auth=basic("aduan", "rahasia-gateway"))) as gateway:
        android.api_base_url = gateway.url + "/"
        path = "/inbox/mms_kukar_0001/attachments/3"
        gateway.files[path] = ("video/mp4", b"\x00\x00\x00\x18ftypmp42")
        ref = {"gateway": "android", "url": path[1:], "content_type": "video/mp4"}
        att = fetch_media(ctx, ref | {"filename": "VID.mp4", "size": 12})
    assert (att.filename, att.content_type, att.data) == (
        "VID.mp4",
        "video/mp4",
        b"\x00\x00\x00\x18ftypmp42",
    )
    assert gateway.seen == [(path, basic("aduan", "rahasia-gateway"))]
