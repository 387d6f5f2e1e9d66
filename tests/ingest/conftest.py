"""Fixtures of the email tests: one pymap server per test module, a fresh folder per test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from tests.ingest.test_email_poll import pymap_server


@pytest.fixture(scope="module")
def imap_port() -> Iterator[int]:
    """The module's IMAP server."""
    with pymap_server() as port:
        yield port


@pytest.fixture
def folder() -> str:
    """A fresh folder name per test (the server lives for the module)."""
    return f"T{uuid.uuid4().hex[:10]}"
