"""The webhook lane (service/app.py): webhook POSTs skip the router, not what the stack does."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import Any, cast

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from channels.sms import generic
from ingest import metrics
from service.app import Service, WebhookLane, create_app
from tests.conftest import SECRETS

SECRET = SECRETS["SMS_WEBHOOK_SECRET"]
PATH = "/webhooks/sms/generic"


@pytest.fixture
def app(service: Service) -> FastAPI:
    return create_app(service)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, client=("127.0.0.1", 50000)) as c:
        yield c


def lanes(app: FastAPI) -> dict[str, Any]:
    (middleware,) = [m for m in app.user_middleware if getattr(m, "cls", None) is WebhookLane]
    return cast(dict[str, Any], middleware.kwargs["lanes"])


def test_the_sms_webhooks_take_the_lane_and_nothing_else_does(app: FastAPI) -> None:
    taken = lanes(app)
    assert PATH in taken and "/webhooks/sms/twilio" in taken
    assert all(path.startswith("/webhooks/") and "{" not in path for path in taken)


def _post(client: TestClient, body: bytes, signature: str | None, query: str = "") -> object:
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers[generic.SIGNATURE_HEADER] = signature
    return client.post(PATH + query, content=body, headers=headers)


def _body(external_id: str, text: str = "Lampu jalan di Tenggarong mati") -> bytes:
    sender = (
        f"+62812{zlib.crc32(external_id.encode()) % 10**7:07d}"  # a first message from each sender
    )
    return json.dumps({"id": external_id, "from": sender, "text": text}).encode()


@pytest.mark.parametrize(
    "case",
    ["stored", "duplicate", "forged", "unsigned", "not json", "empty text"],
)
def test_the_lane_answers_as_the_whole_stack_does(client: TestClient, case: str) -> None:
    """The same request through the lane and the ordinary way (a query string) alike."""
    answers = []
    for way, query in (("lane", ""), ("stack", "?via=stack")):
        body = {
            "stored": _body(f"new-{way}"),
            "duplicate": _body("again"),
            "forged": _body(f"forged-{way}"),
            "unsigned": _body(f"unsigned-{way}"),
            "not json": b"{not json",
            "empty text": _body(f"empty-{way}", text="  "),
        }[case]
        signature = {"forged": "sha256=" + "0" * 64, "unsigned": None}.get(
            case, generic.sign(body, SECRET)
        )
        if case == "duplicate":
            _post(client, body, signature)
        response = _post(client, body, signature, query)
        data = response.json()  # type: ignore[attr-defined]
        data.pop("tracking_code", None)  # one per complaint
        headers = response.headers  # type: ignore[attr-defined]
        answers.append(
            (
                response.status_code,  # type: ignore[attr-defined]
                data,
                headers["content-type"],
                headers.get("x-content-type-options"),
            )
        )
    assert answers[0] == answers[1]
    assert answers[0][3] == "nosniff"


def test_a_lane_request_is_timed_under_its_route(client: TestClient) -> None:
    def count() -> float:
        (metric,) = list(metrics.REQUEST_SECONDS.collect())
        wanted = {"route": PATH, "method": "POST"}
        return sum(
            float(s.value)
            for s in metric.samples
            if s.name.endswith("_count") and s.labels == wanted
        )

    before = count()
    body = _body("timed")
    response = _post(client, body, generic.sign(body, SECRET))
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert count() == before + 1
