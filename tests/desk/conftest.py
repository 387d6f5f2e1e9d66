"""Fixtures of the desk tests: the service on a fixed clock, its app, a fake SMS gateway."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from ingest.app import Service, create_app


@pytest.fixture
def app(service: Service) -> FastAPI:
    """The HTTP app, without the scheduled jobs."""
    return create_app(service)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """An in-process HTTP client that does not follow redirects."""
    with TestClient(app, follow_redirects=False) as c:
        yield c
