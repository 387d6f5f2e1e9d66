"""Every channel parser, fed generated JSON and form bodies (random values, and real fixtures
with one value swapped for a random one): it returns messages or raises PayloadError, nothing
else (anything else would be a parser bug that costs a citizen's message)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from channels.base import IncomingMessage
from channels.errors import PayloadError
from channels.sms import android, generic, twilio
from channels.telegram.parse import ParseOptions, parse_json
from channels.web import parse_submission
from channels.whatsapp import parse as wa
from channels.x.parse import parse_dm_events, parse_mentions
from tests.conftest import examples

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NOW = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
FUZZ = settings(
    max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)


def fixtures(channel: str, prefix: str = "") -> list[Any]:
    found = sorted((FIXTURES / channel).glob(f"{prefix}*.json"))
    return [json.loads(p.read_text(encoding="utf-8")) for p in found]


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*path, k))] or [path]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))] or [path]
    return [path]


def _swap(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _swap(copy[path[0]], path[1:], new)
    return copy


@st.composite
def mutated(draw: st.DrawFn, samples: list[Any]) -> Any:
    """A real payload with one or two of its values swapped for random JSON."""
    value = draw(st.sampled_from(samples))
    for _ in range(draw(st.integers(1, 2))):
        path = draw(st.sampled_from(_leaves(value)))
        value = _swap(value, path, draw(json_values))
    return value


def payloads(channel: str, prefix: str = "") -> st.SearchStrategy[Any]:
    samples = fixtures(channel, prefix)
    return (mutated(samples) if samples else st.nothing()) | json_values


def holds(parse: Callable[[], Any]) -> None:
    """The parser answers with messages (or a parse result) or PayloadError, nothing else."""
    try:
        found = parse()
    except PayloadError:
        return
    messages = found if isinstance(found, list) else getattr(found, "messages", [])
    for msg in messages:
        assert isinstance(msg, IncomingMessage)
        assert isinstance(msg.text, str) and isinstance(msg.external_id, str)


def as_bytes(value: Any) -> bytes:
    return json.dumps(value).encode()


@FUZZ
@given(payloads("sms", "generic"))
def test_generic_sms_parser_takes_any_json(value: Any) -> None:
    holds(lambda: generic.parse(as_bytes(value), NOW))


@FUZZ
@given(payloads("sms", "android"))
def test_android_sms_parser_takes_any_json(value: Any) -> None:
    holds(lambda: android.parse(as_bytes(value), NOW))


# Found by this test: NumMedia=abc raised ValueError before the SMS parsers' rework (issue 11).
@FUZZ
@given(st.dictionaries(st.sampled_from(["MessageSid", "SmsMessageSid", "From", "To", "Body",
                                         "NumMedia", "MediaUrl0", "MediaContentType0",
                                         "SmsStatus", "MessageStatus"]) | st.text(max_size=8),
                       st.text(max_size=40), max_size=8))  # fmt: skip
def test_twilio_parser_takes_any_form(params: dict[str, str]) -> None:
    holds(lambda: twilio.parse_form(params, NOW, "ID"))


# Found by this test: python-telegram-bot's de_json raised AttributeError on a nested value of
# the wrong type, and a location without latitude TypeError, before the lenient reader (issue 11).
@FUZZ
@given(payloads("telegram"))
def test_telegram_parser_takes_any_json(value: Any) -> None:
    holds(lambda: parse_json(as_bytes(value), ParseOptions()))


@FUZZ
@given(payloads("whatsapp"))
def test_whatsapp_parser_takes_any_json(value: Any) -> None:
    holds(lambda: wa.parse_webhook(as_bytes(value)))


@FUZZ
@given(payloads("x"))
@pytest.mark.parametrize("parse", [parse_mentions, parse_dm_events], ids=["mentions", "dms"])
def test_x_parsers_take_any_json(parse: Callable[..., Any], value: Any) -> None:
    if isinstance(value, dict):
        holds(lambda: parse(value, "2244994945"))


@FUZZ
@given(json_values)
def test_web_submission_parser_takes_any_json(value: Any) -> None:
    if isinstance(value, dict):
        holds(lambda: parse_submission(value, "fuzz", NOW, 10_000))
