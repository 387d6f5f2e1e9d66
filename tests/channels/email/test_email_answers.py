"""FETCH answers read by the quick reader equal what imapclient's parser reads (property tests)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from imapclient.response_parser import parse_fetch_response

from channels.email.answers import _quick, fetch_answers

DATES = [
    b"03-Jun-2024 09:00:00 +0800",
    b" 3-Jun-2024 01:00:00 +0000",
    b"31-Dec-1999 23:59:59 -0130",
]


def imapclient_reads(data: list[Any], normalise: bool) -> dict[int, dict[bytes, Any]]:
    """What imapclient's general parser gives."""
    return dict(parse_fetch_response(data, normalise, True))


def outcome(read: Any, data: list[Any]) -> Any:
    """What a reader gives, or the type of error it raises."""
    try:
        return read(data, True)
    except Exception as exc:
        return type(exc)


@st.composite
def answers(draw: st.DrawFn) -> list[Any]:
    """Answers as imaplib hands them over: lines, or a literal and the rest after it."""
    data: list[Any] = []
    for seq in range(1, draw(st.integers(1, 4)) + 1):
        uid = draw(st.sampled_from([seq + 100, 7, 101]))  # repeats merge, as in imapclient
        items = [b"UID %d" % uid]
        if draw(st.booleans()):
            items.append(b"RFC822.SIZE %d" % draw(st.integers(0, 10**7)))
        if draw(st.booleans()):
            items.append(b'INTERNALDATE "%s"' % draw(st.sampled_from(DATES)))
        items = draw(st.permutations(items))
        literal = draw(st.sampled_from([None, b"BODY[]", b"BODY[HEADER]"]))
        if literal is None:
            data.append(b"%d (%s)" % (seq, b" ".join(items)))
            continue
        body = draw(st.binary(max_size=40))
        cut = draw(st.integers(0, len(items)))
        before, after = b" ".join(items[:cut]), b"".join(b" " + i for i in items[cut:])
        head = b"%d (%s%s {%d}" % (seq, before + b" " if before else b"", literal, len(body))
        data.extend([(head, body), after + b")"])
    return data


@settings(max_examples=500, deadline=None)
@given(answers(), st.booleans())
def test_quick_reading_equals_imapclient(data: list[Any], normalise: bool) -> None:
    assert _quick(data, normalise) == imapclient_reads(data, normalise)


@pytest.mark.parametrize(
    "data",
    [
        [b"1 (UID 101 FLAGS (\\Seen) RFC822.SIZE 12)"],  # an item not asked for
        [b'1 (UID 101 INTERNALDATE "03-Jun-2024 09:00:00 \\"+0800")'],  # an escape
        [b"1 (RFC822.SIZE 12)"],  # no UID: imapclient keys it by sequence number
        [b"1 (UID 101  RFC822.SIZE 12)"],  # two spaces
        [b"1 (UID 101 RFC822.SIZE NIL)"],
        [(b"1 (UID 101 BODY[] {5}", b"abc"), b")"],  # a literal shorter than announced
        [(b"1 (UID 101 BODY[] {3}", b"abc"), b"UID 101)"],  # no space after the literal
        [(b"1 (UID 101 BODY[] {3}", b"abc"), b" FLAGS ())"],
        [(b"1 (UID 101 BODY[1] {3}", b"abc"), b")"],
        [b"1 (uid 101 rfc822.size 12)"],
    ],
)
def test_other_shapes_are_left_to_imapclient(data: list[Any]) -> None:
    assert _quick(data, True) is None
    assert outcome(fetch_answers, data) == outcome(imapclient_reads, data)


def test_answers_in_the_shapes_servers_send_are_read_quickly() -> None:
    pymap = [
        b'1 (RFC822.SIZE 1103 INTERNALDATE "28-Nov-2026 03:02:38 +0000" UID 101)',
        (b"2 (BODY[] {3}", b"abc"),
        b" UID 102)",
    ]
    dovecot = [(b"3 (UID 103 RFC822.SIZE 3 BODY[HEADER] {3}", b"a\r\n"), b")"]
    bad_date = [b'4 (UID 104 INTERNALDATE "not a date")']  # None, as imapclient reads it
    for data in (pymap, dovecot, bad_date, [None]):
        assert _quick(data, False) is not None
        assert fetch_answers(data, False) == imapclient_reads(data, False)
    assert fetch_answers(dovecot, False) == {
        103: {b"SEQ": 3, b"RFC822.SIZE": 3, b"BODY[HEADER]": b"a\r\n"}
    }
