"""The parser's shortcuts for common mail give what the general code gives (property tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from channels.email import parse as parsing
from channels.email.address import first_address as _first_address
from channels.email.address import parsed_address as _parsed_address
from channels.email.parse import ParseOptions, parse
from channels.errors import PayloadError
from tests.conftest import examples

FIXTURES = Path(__file__).parents[2] / "fixtures" / "email"
WHEN = datetime(2024, 6, 15, tzinfo=UTC)
OPTIONS = ParseOptions(own_domain="setda.kukarkab.go.id", internal_domains=("kukarkab.go.id",))
WORD = st.text("aZ09_.+-'éŞ ", min_size=1, max_size=8)
NASTY = st.text("aZ09_.+-'\"()<>@,;:[]\\ \té\u00a0", max_size=4)
LOCAL = st.text("aZ09_.+-", min_size=1, max_size=10)
DOMAIN = st.lists(st.text("az09-", min_size=1, max_size=6), min_size=1, max_size=3).map(".".join)


@st.composite
def addresses(draw: st.DrawFn) -> str:
    """Address headers, mostly in the shapes the shortcut takes, sometimes just outside them."""
    address = f"{draw(LOCAL)}@{draw(DOMAIN)}{draw(st.sampled_from(['', '.id', '.co.id']))}"
    name = " ".join(draw(st.lists(WORD, max_size=3)))
    shape = draw(st.sampled_from(["{a}", "<{a}>", "{n} <{a}>", '"{n}" <{a}>', "{n}<{a}>"]))
    value = shape.format(a=address, n=name)
    if draw(st.booleans()):
        at = draw(st.integers(0, len(value)))
        value = value[:at] + draw(NASTY) + value[at:]
    return value


@settings(max_examples=examples(3000), deadline=None)
@given(addresses())
def test_plain_addresses_read_as_the_address_parser_reads_them(value: str) -> None:
    assert _first_address(value) == _parsed_address(value)


def test_corpus_address_headers_read_as_the_address_parser_reads_them() -> None:
    seen = 0
    for path in sorted(FIXTURES.glob("*.eml")):
        msg = message_from_bytes(path.read_bytes())
        for name in ("from", "to", "reply-to", "sender", "return-path"):
            for value in msg.get_all(name) or []:
                seen += 1
                text = " ".join(str(value).split())
                assert _first_address(text) == _parsed_address(text), (path.name, text)
    assert seen > 100


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Rina.Marlina88@Gmail.com", ("", "rina.marlina88@gmail.com")),
        ("<warga@example.co.id>", ("", "warga@example.co.id")),
        ("Budi S. Santoso <budi@example.id>", ("Budi S. Santoso", "budi@example.id")),
        ('"Santoso, Budi" <budi@example.id>', ("Santoso, Budi", "budi@example.id")),
        ("undisclosed-recipients:;", ("", "")),
    ],
)
def test_address_headers(value: str, expected: tuple[str, str]) -> None:
    assert _first_address(value) == expected


def parsed(raw: bytes) -> object:
    """What parse() gives, or its error."""
    try:
        return parse(raw, WHEN, OPTIONS)
    except PayloadError as exc:
        return str(exc)


def test_reading_only_the_header_fields_used_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raws = [p.read_bytes() for p in sorted(FIXTURES.glob("*.eml"))]
    raws += [b"X-Only: this\r\n\r\nbody\r\n", b": no name\r\n\r\nbody\r\n"]
    some = [parsed(raw) for raw in raws]
    monkeypatch.setattr(parsing, "READ_HEADERS", None)  # read every header field
    assert [parsed(raw) for raw in raws] == some
