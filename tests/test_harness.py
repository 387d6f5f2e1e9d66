"""The test harness itself: no network beyond loopback, and no secret ever in the logs."""

from __future__ import annotations

import logging
import socket

import pytest
from fastapi.testclient import TestClient

from channels.sms import generic
from service.app import build_service, create_app
from settings.root import Settings
from store.db import Store
from tests.conftest import SECRETS, NetworkRefused


def test_connections_off_this_machine_are_refused() -> None:
    with socket.socket() as sock, pytest.raises(NetworkRefused, match="loopback"):
        sock.connect(("192.0.2.10", 443))  # TEST-NET-1: never routed, never tried


def test_loopback_connections_work() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname(), timeout=2):
            pass


def test_secrets_never_reach_the_logs(
    settings: Settings, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with TestClient(
        create_app(build_service(settings, store)), client=("127.0.0.1", 50000)
    ) as client:
        body = b'{"id": "log-1", "from": "081250001234", "text": "Harga gas elpiji naik"}'
        sig = generic.sign(body, SECRETS["SMS_WEBHOOK_SECRET"])
        assert client.post("/webhooks/sms/generic", content=body,
                           headers={generic.SIGNATURE_HEADER: sig}).status_code == 200  # fmt: skip
        forged = client.post("/webhooks/sms/generic", content=body,
                             headers={generic.SIGNATURE_HEADER: "sha256=00"})  # fmt: skip
        assert forged.status_code == 403
        client.get("/metrics")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert logged  # something was logged at all
    for secret in SECRETS.values():
        assert secret not in logged
    assert "Harga gas elpiji naik" not in "\n".join(
        r.getMessage() for r in caplog.records if r.levelno >= logging.INFO
    )
