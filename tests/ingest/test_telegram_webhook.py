"""Telegram webhook mode: the secret token header, forgeries, dedupe on retries."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import func, select

from ingest.channels.telegram import SECRET_HEADER, set_webhook
from service.app import build_service, create_app
from settings.root import Settings
from store.db import Store
from tests.channels.telegram.fake_bot_api import TOKEN, FakeBotApi, serve
from tests.conftest import Clock

FIXTURES = Path(__file__).parents[1] / "fixtures" / "telegram"
SECRET = "tg-webhook-secret"


@pytest.fixture
def fake() -> Iterator[FakeBotApi]:
    with serve(FakeBotApi()) as api:
        yield api


@pytest.fixture
def client(
    settings: Settings, store: Store, fake: FakeBotApi, clock: Clock
) -> Iterator[TestClient]:
    tg = settings.channels.telegram
    tg.mode, tg.bot_token, tg.webhook_secret = "webhook", SecretStr(TOKEN), SecretStr(SECRET)
    tg.api_base_url, tg.file_base_url = fake.base_url, fake.file_base_url
    service = build_service(settings, store, clock=clock)
    assert not [j for j in service.jobs if j.channel == "telegram"]  # no poller in webhook mode
    with TestClient(create_app(service)) as c:
        yield c
    service.ctx.senders["telegram"].close()  # type: ignore[attr-defined]


def post(client: TestClient, body: bytes, token: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers[SECRET_HEADER] = token
    return int(client.post("/webhooks/telegram", content=body, headers=headers).status_code)


def count(store: Store, model: type) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


def test_set_webhook_registers_url_and_secret(settings: Settings, fake: FakeBotApi) -> None:
    tg = settings.channels.telegram
    tg.bot_token, tg.webhook_secret = SecretStr(TOKEN), SecretStr(SECRET)
    tg.api_base_url, tg.file_base_url = fake.base_url, fake.file_base_url
    url = set_webhook(settings)
    method, params = fake.calls[-1]
    assert method == "setWebhook"
    assert params["url"] == url == f"{settings.service.public_base_url}/webhooks/telegram"
    assert params["secret_token"] == SECRET
    assert json.dumps(params).count(TOKEN) == 0
