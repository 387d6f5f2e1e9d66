"""Fixtures of the desk tests: the service on a fixed clock, its app, a fake SMS gateway."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from ingest.app import Service, build_service, create_app
from ingest.settings import Settings
from store.db import Store
from tests.conftest import Clock
from tests.fakes import FakeGateway, fake_gateway


@pytest.fixture
def gateway() -> Iterator[FakeGateway]:
    """A fake SMS gateway on loopback."""
    with fake_gateway() as g:
        yield g


@pytest.fixture
def service(settings: Settings, store: Store, clock: Clock, gateway: FakeGateway) -> Service:
    """The service on the fixed clock, sending SMS to the fake gateway."""
    settings.channels.sms.outbound = "generic"
    settings.channels.sms.generic.send_url = gateway.url + "/send"
    return build_service(settings, store, clock=clock)


@pytest.fixture
def app(service: Service) -> FastAPI:
    """The HTTP app, without the scheduled jobs."""
    return create_app(service)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """An in-process HTTP client that does not follow redirects."""
    with TestClient(app, follow_redirects=False) as c:
        yield c
