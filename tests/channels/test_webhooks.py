"""Every webhook channel through its real HTTP handler: one table per channel (handlertest.py)."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from urllib.parse import parse_qsl

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from channels.sms import generic, twilio
from channels.whatsapp import parse as wa
from ingest.channels.telegram import SECRET_HEADER
from service.app import build_service, create_app
from settings.root import Settings
from store.db import Store
from tests.channels.handlertest import Case, Channel, run_case
from tests.channels.telegram.fake_bot_api import TOKEN as TG_TOKEN
from tests.channels.telegram.fake_bot_api import FakeBotApi
from tests.channels.telegram.fake_bot_api import serve as serve_bot_api
from tests.channels.whatsapp.fake_graph import PHONE_ID, FakeGraph
from tests.channels.whatsapp.fake_graph import TOKEN as WA_TOKEN
from tests.channels.whatsapp.fake_graph import serve as serve_graph
from tests.conftest import SECRETS, Clock

TG_SECRET = "tg-webhook-secret"
WA_SECRET = "wa-app-secret"
SMS_FAILURES = 'aduan_signature_failures_total{channel="sms"}'
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


def _generic(body: bytes, age: int) -> dict[str, str]:
    return {generic.SIGNATURE_HEADER: generic.sign(body, SECRETS["SMS_WEBHOOK_SECRET"])}


def _android(clock: Clock) -> Channel:
    def sign(body: bytes, age: int) -> dict[str, str]:
        ts = str(int(clock.now.timestamp()) - age)  # the gateway's clock agrees with ours
        key = SECRETS["SMS_GATEWAY_SIGNING_KEY"].encode()
        digest = hmac.new(key, body + ts.encode(), hashlib.sha256).hexdigest()
        return {"X-Signature": digest, "X-Timestamp": ts}

    return Channel("sms", "/webhooks/sms/android", JSON, sign, "X-Signature")


def _twilio(base_url: str) -> Channel:
    url = base_url + "/webhooks/sms/twilio"

    def sign(body: bytes, age: int) -> dict[str, str]:
        pairs = parse_qsl(body.decode(), keep_blank_values=True)
        return {"X-Twilio-Signature": twilio.signature(url, pairs, SECRETS["TWILIO_AUTH_TOKEN"])}

    return Channel("sms", "/webhooks/sms/twilio", FORM, sign, "X-Twilio-Signature")


def _whatsapp(body: bytes, age: int) -> dict[str, str]:
    return {wa.SIGNATURE_HEADER: wa.sign(body, WA_SECRET)}


def _telegram(body: bytes, age: int) -> dict[str, str]:
    return {SECRET_HEADER: TG_SECRET}


def _channels(settings: Settings, clock: Clock) -> dict[str, Channel]:
    return {
        "sms-generic": Channel(
            "sms", "/webhooks/sms/generic", JSON, _generic, generic.SIGNATURE_HEADER
        ),
        "sms-twilio": _twilio(settings.service.public_base_url),
        "sms-android": _android(clock),
        "telegram": Channel("telegram", "/webhooks/telegram", JSON, _telegram, SECRET_HEADER),
        "whatsapp": Channel("whatsapp", "/webhooks/whatsapp", JSON, _whatsapp, wa.SIGNATURE_HEADER),
    }


def _swap(old: bytes, new: bytes) -> Callable[[bytes], bytes]:
    return lambda body: body.replace(old, new, 1)


def _compact(body: bytes) -> bytes:
    return json.dumps(json.loads(body), separators=(",", ":")).encode()


TABLES: dict[str, list[Case]] = {
    "sms-generic": [
        Case("forged: no signature", "generic_basic.json", 403, None, metric=SMS_FAILURES),
        Case("forged: zeros", "generic_basic.json", 403, "sha256=" + "0" * 64, metric=SMS_FAILURES),
        Case(
            "forged: another body's signature",
            "generic_basic.json",
            403,
            generic.sign(b"other", SECRETS["SMS_WEBHOOK_SECRET"]),
            metric=SMS_FAILURES,
        ),
        Case(
            "a body without a sender is a 400 and a dead letter",
            "generic_missing_from.json",
            400,
            answer="from",
            dead=["from"],
            dead_keeps_body=True,
        ),
    ],
    "sms-twilio": [
        Case(
            "signed form: stored, answered with empty TwiML",
            "twilio_form_basic.txt",
            messages=[{"kind": "complaint"}],
            complaints=1,
            answer=twilio.EMPTY_TWIML,
        ),
        Case(
            "form changed after signing is refused",
            "twilio_form_basic.txt",
            403,
            tamper=_swap(b"kosong", b"penuh"),
        ),
    ],
    "sms-android": [
        Case("sms:received is stored", "android_sms_received.json", messages=[{}]),
        Case("sms:delivered stores no message", "android_sms_delivered.json", messages=[]),
        Case("system:ping stores no message", "android_system_ping.json", messages=[]),
        Case("a signature older than five minutes", "android_sms_received.json", 403, age=301),
    ],
    "telegram": [
        Case("stored once across retries", "text_private.json", times=2, messages=[{}]),
        Case("secret token: missing", "text_private.json", 403, None),
        Case("secret token: wrong", "text_private.json", 403, "wrong"),
        Case("secret token: last letter wrong", "text_private.json", 403, TG_SECRET[:-1] + "X"),
        Case("secret token: right", "text_private.json", messages=[{}]),
        Case("malformed update is a dead letter", "truncated_body.txt", 400, dead=[".+"]),
    ],
    "whatsapp": [
        Case("forged: no signature", "text_basic.json", 403, None),
        Case("forged: wrong secret", "text_basic.json", 403, wa.sign(b"x", "guess")),
        Case(
            "forged: a byte flipped",
            "text_basic.json",
            403,
            tamper=_swap(b"Loa Janan", b"Loa Jaman"),
        ),
        Case("forged: the JSON re-serialised", "text_basic.json", 403, tamper=_compact),
        Case("malformed but signed is a dead letter", "wrong_object.json", 400, dead=[".+"]),
    ],
}
CASES = [
    pytest.param(key, case, id=f"{key}: {case.id}")
    for key, cases in TABLES.items()
    for case in cases
]


@pytest.fixture
def client(settings: Settings, store: Store, clock: Clock) -> Iterator[TestClient]:
    """The app with every webhook channel on (the senders behind loopback fakes)."""
    with serve_bot_api(FakeBotApi()) as bot_api, serve_graph(FakeGraph()) as graph:
        tg = settings.channels.telegram
        tg.mode, tg.bot_token, tg.webhook_secret = (
            "webhook",
            SecretStr(TG_TOKEN),
            SecretStr(TG_SECRET),
        )
        tg.api_base_url, tg.file_base_url = bot_api.base_url, bot_api.file_base_url
        w = settings.channels.whatsapp
        w.access_token, w.app_secret = SecretStr(WA_TOKEN), SecretStr(WA_SECRET)
        w.verify_token, w.phone_number_id = SecretStr("wa-verify-token"), PHONE_ID
        w.graph_base_url = graph.base_url
        clock.now = datetime(2024, 6, 20, 8, 5, tzinfo=UTC)  # just after the fixtures were sent
        service = build_service(settings, store, clock=clock)
        with TestClient(create_app(service), client=("127.0.0.1", 50000)) as c:
            yield c
        service.ctx.senders["telegram"].close()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("channel", "case"), CASES)
def test_webhook(
    client: TestClient, store: Store, settings: Settings, clock: Clock, channel: str, case: Case
) -> None:
    run_case(client, store, _channels(settings, clock)[channel], case)


def test_every_channel_has_a_table(settings: Settings, clock: Clock) -> None:
    assert set(TABLES) == set(_channels(settings, clock))
