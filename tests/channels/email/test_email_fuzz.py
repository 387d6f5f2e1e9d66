"""Fuzz the email parser with mutations of the corpus: it raises PayloadError or nothing."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from channels.email.parse import ParseOptions, headers_of, message_key, parse
from channels.errors import PayloadError
from tests.conftest import examples

FIXTURES = Path(__file__).parents[2] / "fixtures" / "email"
CORPUS = [p.read_bytes() for p in sorted(FIXTURES.glob("*.eml"))]
WHEN = datetime(2024, 6, 15, tzinfo=UTC)
NASTY = [b"\r\n", b"\n\n", b"--", b"=?utf-8?b?", b"?=", b"=\r\n", b"\x00", b"\xff\xfe", b"<",
         b">", b"Content-Type: multipart/mixed; boundary=\"\"\r\n", b"charset=", b";", b"\"",
         b"Content-Transfer-Encoding: base64\r\n", b"=?x?q?=FF?=", b"\x80\x93\x94"]  # fmt: skip


def mutate(data: bytes, rng: random.Random, steps: int) -> bytes:
    """Flip, insert, delete, duplicate or truncate pieces of a message."""
    buf = bytearray(data)
    for _ in range(steps):
        kind = rng.randrange(6)
        at = rng.randrange(len(buf) + 1)
        if kind == 0 and buf:
            buf[min(at, len(buf) - 1)] = rng.randrange(256)
        elif kind == 1:
            buf[at:at] = rng.choice(NASTY)
        elif kind == 2:
            del buf[at : at + rng.randrange(1, 200)]
        elif kind == 3:
            piece = bytes(buf[at : at + rng.randrange(1, 300)])
            buf[at:at] = piece
        elif kind == 4:
            del buf[at:]
        else:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 20)))
    return bytes(buf)


def check(raw: bytes) -> None:
    """The parser's contract on any input."""
    try:
        msgs = parse(raw, WHEN, ParseOptions(own_domain="setda.kukarkab.go.id"))
    except PayloadError as exc:
        assert str(exc)  # a reason, for the dead letter
    else:
        [msg] = msgs
        assert msg.external_id and "@" in msg.sender and msg.received_at.tzinfo is not None
        assert len(msg.external_id) <= 512 and len(msg.subject or "") <= 300
    assert isinstance(headers_of(raw), dict)  # what a dead letter keeps never raises
    assert message_key(raw)


@settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    index=st.integers(0, len(CORPUS) - 1),
    seed=st.integers(0, 2**32),
    steps=st.integers(1, 12),
)
def test_mutated_corpus_raises_only_payload_error(index: int, seed: int, steps: int) -> None:
    check(mutate(CORPUS[index], random.Random(seed), steps))


@settings(max_examples=examples(200), deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_payload_error(raw: bytes) -> None:
    check(raw)
