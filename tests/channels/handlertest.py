"""The table-test harness of every channel, after nyaruka/courier's handlertest.

A parser table compares what a parser returned with `assert_fields`; a webhook table is a list of
`Case`s run by `run_case` against the real HTTP handler of the app (signature check, limits,
parsing, the pipeline, the store): each case posts a fixture of `tests/fixtures/<channel>/`,
signed as the provider signs it (or forged), and states the status answered, the messages and
dead letters stored, and what the answer's body says. Only the fields a case lists are compared;
an explicit `None` means "must be empty".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import col, func, select

from store.db import Store
from store.models import Complaint, DeadLetter, Message

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def pick(obj: Any, path: str) -> Any:
    """The value at a dotted path: attributes, keys and list indexes (`meta.media.0.id`)."""
    head, _, rest = path.partition(".")
    if isinstance(obj, tuple | list):
        value = obj[int(head)]
    else:
        value = obj.get(head) if isinstance(obj, dict) else getattr(obj, head)
    return pick(value, rest) if rest else value


def assert_fields(obj: Any, expected: dict[str, Any]) -> None:
    """Each listed field of `obj` equals its expected value (the path names a failure)."""
    for key, value in expected.items():
        assert pick(obj, key) == value, key


Signer = Callable[[bytes, int], dict[str, str]]
"""The headers a provider sends with a body: its signature, made `age` seconds ago."""


@dataclass(frozen=True)
class Channel:
    """How one channel's webhook is reached and signed."""

    name: str
    """The channel's fixtures folder."""
    path: str
    content_type: str
    sign: Signer
    signature_header: str
    """The header a forged case replaces."""


VALID = "valid"
"""The signature the provider would send (a case's default)."""


@dataclass(frozen=True)
class Case:
    """One request (posted `times` times) and what it must leave behind."""

    id: str
    fixture: str
    status: int = 200
    signature: str | None = VALID
    """VALID, None (header left out) or the literal header value of a forgery."""
    tamper: Callable[[bytes], bytes] | None = None
    """Changes the body after it was signed."""
    age: int = 0
    """Seconds before now the signature was made."""
    times: int = 1
    messages: list[dict[str, Any]] | None = None
    """The stored messages, in order, with the fields compared; None: not checked."""
    complaints: int | None = None
    dead: list[str] = field(default_factory=list)
    """Regexes of the reasons of the dead letters stored (none when empty)."""
    dead_keeps_body: bool = False
    """The dead letter holds the whole body as posted."""
    answer: str | None = None
    """Part of a JSON answer's `detail`, or the whole of any other answer."""
    metric: str | None = None
    """A line of /metrics that must be there afterwards."""


def _count(store: Store, model: type) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


def run_case(client: TestClient, store: Store, channel: Channel, case: Case) -> None:
    """Post the case's fixture to the channel's handler and check what it left behind."""
    signed = (FIXTURES / channel.name / case.fixture).read_bytes()
    headers = {"Content-Type": channel.content_type, **channel.sign(signed, case.age)}
    if case.signature is None:
        headers.pop(channel.signature_header)
    elif case.signature != VALID:
        headers[channel.signature_header] = case.signature
    body = case.tamper(signed) if case.tamper else signed
    assert case.tamper is None or body != signed, "the tampered body is the signed one"
    for _ in range(case.times):
        response = client.post(channel.path, content=body, headers=headers)
        assert response.status_code == case.status, response.text
    if case.answer is not None and response.headers["content-type"].startswith("application/json"):
        assert case.answer in response.json()["detail"]
    elif case.answer is not None:
        assert response.text == case.answer
    with store.read() as s:
        stored = list(s.exec(select(Message).order_by(col(Message.id))).all())
        dead = list(s.exec(select(DeadLetter).order_by(col(DeadLetter.id))).all())
    if case.messages is not None:
        assert len(stored) == len(case.messages), [m.external_id for m in stored]
        for message, expected in zip(stored, case.messages, strict=True):
            assert message.channel == channel.name
            assert_fields(message, expected)
    if case.status >= 400 and not case.dead:
        assert stored == []  # a refused request stores nothing
    if case.complaints is not None:
        assert _count(store, Complaint) == case.complaints
    assert len(dead) == len(case.dead), [d.reason for d in dead]
    for letter, reason in zip(dead, case.dead, strict=True):
        assert re.search(reason, letter.reason), letter.reason
        assert channel.signature_header.lower() not in {k.lower() for k in letter.headers}
        if case.dead_keeps_body:
            assert letter.raw == body
    if case.metric is not None:
        assert case.metric in client.get("/metrics").text
