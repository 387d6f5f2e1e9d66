"""Fixtures of the email tests: each IMAP server once, a fresh folder per test.

`imap_port` is parametrized: every test that uses it runs against pymap and against Dovecot,
unless its module overrides `imap_server` with `one_imap_server` (the server does not matter
there: the corpus, the pipeline, SMTP, the CLI), which runs it once, on Dovecot (or on pymap
where Dovecot is not installed and not required).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from tests.ingest.imap_servers import REQUIRE_DOVECOT, dovecot_binary, dovecot_server, pymap_server


@pytest.fixture(scope="session")
def dovecot_port() -> Iterator[int]:
    """A private Dovecot for the whole run (skipped without the binary, unless required)."""
    binary = dovecot_binary()
    if binary is None:
        reason = "dovecot is not installed (apt-get install dovecot-imapd)"
        if REQUIRE_DOVECOT:
            pytest.fail(f"{reason}; ADUAN_REQUIRE_DOVECOT=1")
        pytest.skip(reason)
    with dovecot_server(binary) as port:
        yield port


ONE_SERVER = "dovecot" if REQUIRE_DOVECOT or dovecot_binary() is not None else "pymap"


def one_imap_server() -> str:
    """The one server of a module whose tests do not depend on the server (see above)."""
    return ONE_SERVER


@pytest.fixture(scope="module", params=["pymap", "dovecot"])
def imap_server(request: pytest.FixtureRequest) -> str:
    """Which IMAP server the module's tests run against."""
    return str(request.param)


@pytest.fixture(scope="module")
def imap_port(imap_server: str, request: pytest.FixtureRequest) -> Iterator[int]:
    """The IMAP server's port: a pymap per module, or the run's Dovecot."""
    if imap_server == "dovecot":
        yield int(request.getfixturevalue("dovecot_port"))
        return
    with pymap_server() as port:
        yield port


@pytest.fixture
def folder() -> str:
    """A fresh folder name per test (the server lives for the module or the run)."""
    return f"T{uuid.uuid4().hex[:10]}"
