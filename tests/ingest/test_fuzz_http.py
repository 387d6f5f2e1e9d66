"""Schemathesis against the public API's OpenAPI schema and every webhook, each generated body
signed as its provider would sign it: 0 server errors. Bounded to a few seconds per operation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from pydantic import SecretStr
from schemathesis.core import NOT_SET
from schemathesis.core.result import Ok
from schemathesis.generation.case import Case

from channels.signing import hmac_hex
from channels.sms import generic, twilio
from channels.whatsapp import parse as wa
from ingest.channels.telegram import SECRET_HEADER
from service.app import build_service, create_app
from settings.root import Settings
from store.db import Store
from tests.conftest import SECRETS, Clock

TG_SECRET, WA_SECRET = "tg-fuzz-secret", "wa-fuzz-secret"
BASE = "http://127.0.0.1:8000"
ANY_JSON: dict[str, Any] = {}  # any JSON value at all
SMS_JSON = {
    "type": "object",
    "required": ["id", "from", "text"],
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "from": {"type": "string", "pattern": "^08[1-9][0-9]{7,10}$"},
        "to": {"type": "string"}, "text": {"type": "string", "minLength": 1},
        "received_at": {"type": "string"},
    },
}  # fmt: skip
TWILIO_FORM = {
    "type": "object",
    "properties": {
        "MessageSid": {"type": "string"}, "From": {"type": "string"}, "Body": {"type": "string"},
        "NumMedia": {"type": "string"}, "MediaUrl0": {"type": "string"},
        "SmsStatus": {"type": "string"},
    },
}  # fmt: skip
TELEGRAM = {
    "type": "object",
    "properties": {
        "update_id": {"type": "integer"},
        "message": {
            "type": "object",
            "properties": {
                "message_id": {"type": "integer"}, "date": {"type": "integer"},
                "text": {"type": "string"}, "caption": {"type": "string"},
                "chat": {"type": "object", "properties": {"id": {"type": "integer"},
                                                          "type": {"type": "string"}}},
                "from": {"type": "object", "properties": {"id": {"type": "integer"},
                                                          "first_name": {"type": "string"}}},
            },
        },
    },
}  # fmt: skip
WHATSAPP = {
    "type": "object",
    "properties": {
        "object": {"type": "string"},
        "entry": {"type": "array", "maxItems": 2, "items": {"type": "object", "properties": {
            "changes": {"type": "array", "maxItems": 2, "items": {"type": "object", "properties": {
                "value": {"type": "object", "properties": {
                    "messages": {"type": "array", "maxItems": 2, "items": {
                        "type": "object", "properties": {
                            "from": {"type": "string"}, "id": {"type": "string"},
                            "timestamp": {"type": "string"}, "type": {"type": "string"},
                            "text": {"type": "object",
                                     "properties": {"body": {"type": "string"}}}}}}}}}}}}}},
    },
}  # fmt: skip
WEBHOOKS = {
    "/webhooks/sms/generic": ("application/json", SMS_JSON),
    "/webhooks/sms/twilio": ("application/x-www-form-urlencoded", TWILIO_FORM),
    "/webhooks/telegram": ("application/json", TELEGRAM),
    "/webhooks/whatsapp": ("application/json", WHATSAPP),
    "/webhooks/sms/android": ("application/json", ANY_JSON),
}


def _operation(media: str, body_schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "post": {
            "requestBody": {"required": True, "content": {media: {"schema": body_schema}}},
            "responses": {"200": {"description": "stored"}},
        }
    }


def spec(app: FastAPI) -> dict[str, Any]:
    """The app's own OpenAPI document (public API only) plus the webhooks, described here."""
    document = app.openapi()
    paths = {p: v for p, v in document["paths"].items() if p.startswith("/api/")}
    paths.update({p: _operation(*media) for p, media in WEBHOOKS.items()})
    return {**document, "paths": paths}


@pytest.fixture
def fuzz_app(settings: Settings, store: Store, clock: Clock) -> FastAPI:
    tg = settings.channels.telegram
    tg.mode, tg.bot_token, tg.webhook_secret = "webhook", SecretStr("1:x"), SecretStr(TG_SECRET)
    tg.api_base_url = tg.file_base_url = "http://127.0.0.1:9/"  # nothing listens: no network
    w = settings.channels.whatsapp
    w.access_token, w.app_secret = SecretStr("wa-token"), SecretStr(WA_SECRET)
    w.verify_token, w.phone_number_id = SecretStr("wa-verify"), "1000"
    w.graph_base_url = "http://127.0.0.1:9"
    settings.channels.web.submissions_per_hour = 100_000
    settings.security.api_docs = True
    return create_app(build_service(settings, store, clock=clock))


@pytest.fixture
def fuzz_client(fuzz_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(fuzz_app, client=("127.0.0.1", 41000), follow_redirects=False) as c:
        yield c


def signed(case: Case[Any], clock: Clock) -> tuple[bytes, dict[str, str]]:
    """The case's body as bytes, with the headers its provider would send."""
    headers = {k: str(v) for k, v in (case.headers or {}).items()}
    body_value = None if case.body is NOT_SET else case.body
    if case.path == "/webhooks/sms/twilio":
        assert body_value is None or isinstance(body_value, dict), body_value
        params = {str(k): str(v) for k, v in (body_value or {}).items()}
        url = BASE + case.path
        headers["X-Twilio-Signature"] = twilio.signature(url, params, SECRETS["TWILIO_AUTH_TOKEN"])
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return urlencode(params).encode(), headers
    body = json.dumps(body_value).encode()
    headers["Content-Type"] = "application/json"
    if case.path == "/webhooks/sms/generic":
        headers[generic.SIGNATURE_HEADER] = generic.sign(body, SECRETS["SMS_WEBHOOK_SECRET"])
    elif case.path == "/webhooks/sms/android":
        stamp = str(int(clock.now.timestamp()))
        key = SECRETS["SMS_GATEWAY_SIGNING_KEY"]
        headers["X-Timestamp"] = stamp
        headers["X-Signature"] = hmac_hex(key, body + stamp.encode())
    elif case.path == "/webhooks/telegram":
        headers[SECRET_HEADER] = TG_SECRET
    elif case.path == "/webhooks/whatsapp":
        headers[wa.SIGNATURE_HEADER] = wa.sign(body, WA_SECRET)
    return body, headers


def operations(app: FastAPI) -> list[Any]:
    """Every operation of the schema (the public API's GETs and POSTs, the webhooks)."""
    schema = schemathesis.openapi.from_dict(spec(app))
    found = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result  # the schema is valid: every operation is there
        found.append(result.ok())
    return found


def call(client: TestClient, case: Case[Any], clock: Clock) -> tuple[int, bytes, str]:
    body, headers = signed(case, clock)
    if case.method.upper() == "GET":
        response = client.get(case.formatted_path, params=case.query, headers=headers)
    else:
        response = client.post(
            case.formatted_path, content=body, params=case.query, headers=headers
        )
    return response.status_code, body, response.text


def test_no_generated_request_is_a_server_error(
    fuzz_app: FastAPI, fuzz_client: TestClient, clock: Clock
) -> None:
    found = operations(fuzz_app)
    paths = {op.path for op in found}
    assert set(WEBHOOKS) | {"/api/v1/complaints"} <= paths
    seen: dict[str, set[int]] = {}
    for operation in found:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        def no_server_error(case: Case[Any]) -> None:
            status, body, text = call(fuzz_client, case, clock)
            seen.setdefault(case.path, set()).add(status)
            assert status < 500, (case.path, body[:300], text[:300])

        no_server_error()
    # The generated bodies reached the parsers and the store, not only the signature check.
    assert 201 in seen["/api/v1/complaints"] and 200 in seen["/webhooks/sms/generic"], seen
    assert all(403 not in statuses for path, statuses in seen.items() if "webhooks" in path), seen
