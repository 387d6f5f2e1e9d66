"""Fixtures of the privacy tests: the service on the fixed clock, with the fake SMS gateway."""

from __future__ import annotations

from tests.desk.conftest import app, client

__all__ = ["app", "client"]
