"""Fixtures of the desk tests: the service on a fixed clock, its app, a fake SMS gateway."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from service.app import Service, create_app
from tests.conftest import ServerThread


@pytest.fixture
def app(service: Service) -> FastAPI:
    """The HTTP app, without the scheduled jobs."""
    return create_app(service)


@pytest.fixture
def server(service: Service) -> Iterator[ServerThread]:
    """The app under uvicorn on loopback (for the browser tests)."""
    with ServerThread(create_app(service)) as s:
        yield s


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """An in-process HTTP client that does not follow redirects."""
    with TestClient(app, follow_redirects=False) as c:
        yield c


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]  # fmt: skip


def skip_without_chromium() -> None:
    """Skip the calling module with the reason when Debian's Chromium is missing (fail in CI)."""
    if CHROMIUM.exists():
        return
    reason = "Debian's chromium is not installed (/usr/bin/chromium): apt-get install chromium"
    if os.environ.get("CI") == "true":
        pytest.fail(reason + " (CI=true)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium per browser test module.

    Not per session: Playwright's sync API keeps an event loop running in the main thread while
    it is started, so every later test that calls asyncio.run() (the batcher's, the bursts')
    would fail with "cannot be called from a running event loop".
    """
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 (only where a browser runs)

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()
