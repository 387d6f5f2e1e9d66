"""FETCH answers of the shapes the poller asks for, read without imapclient's general parser.

The poller asks only for UID, RFC822.SIZE, INTERNALDATE, BODY[] and BODY[HEADER]. Their answers
(RFC 3501 7.4.2), as imaplib hands them over, are lines like
`1 (UID 101 RFC822.SIZE 1103 INTERNALDATE "03-Jun-2024 09:00:00 +0800")`, or a literal:
`(b'1 (UID 101 BODY[] {1103}', <1103 bytes>)` and then `b')'`, items in any order. Reading
those with two regular expressions gives what `imapclient.response_parser.parse_fetch_response`
gives, in a fifth of the time; any other shape (flags a server sent unasked, a quoted string
with escapes, NIL) is left to imapclient, the whole answer at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from imapclient.datetime_util import parse_to_datetime
from imapclient.response_parser import parse_fetch_response

Answers = dict[int, dict[bytes, Any]]

_LINE = re.compile(rb"(\d+) \((.*)\)", re.S)
_LITERAL = re.compile(rb"(\d+) \((.*?) ?(BODY\[(?:HEADER)?\]) \{(\d+)\}", re.S)
_ITEM = re.compile(rb' (?:(UID|RFC822\.SIZE) (\d+)|INTERNALDATE "([^"\\]*)")')


def fetch_answers(data: list[Any], normalise_times: bool) -> Answers:
    """The FETCH answers in `data` by UID, as imapclient's parser would give them."""
    quick = _quick(data, normalise_times)
    if quick is not None:
        return quick
    return dict(parse_fetch_response(data, normalise_times, True))


def _quick(data: list[Any], normalise_times: bool) -> Answers | None:
    if data == [None]:
        return {}
    out: Answers = {}
    for response in _responses(data):
        if response is None:
            return None
        seq, items, key, literal = response
        found: dict[bytes, Any] = {b"SEQ": seq}
        if not _read_items(items, found, normalise_times) or b"UID" not in found:
            return None
        if key is not None:
            found[key] = literal
        out.setdefault(found.pop(b"UID"), {}).update(found)
    return out


Response = tuple[int, bytes, bytes | None, bytes | None]


def _responses(data: list[Any]) -> Iterator[Response | None]:
    """(sequence number, items, the literal's name, the literal) per answer; None: other shape."""
    parts = iter(data)
    for part in parts:
        if isinstance(part, bytes):
            line = _LINE.fullmatch(part)
            yield (int(line[1]), line[2], None, None) if line else None
        elif isinstance(part, tuple) and len(part) == 2:
            yield _with_literal(part, next(parts, None))
        else:
            yield None


def _with_literal(part: tuple[Any, Any], tail: Any) -> Response | None:
    """One answer with a literal: `(b'1 (UID 5 BODY[] {3}', b'abc')` and then `b')'`."""
    head, literal = part
    found = _LITERAL.fullmatch(head) if isinstance(head, bytes) else None
    if found is None or not isinstance(literal, bytes) or len(literal) != int(found[4]):
        return None
    if not isinstance(tail, bytes) or not tail.endswith(b")"):
        return None
    if len(tail) > 1 and not tail.startswith(b" "):
        return None  # the items after a literal each come after a space
    items = b" ".join(p for p in (found[2], tail[1:-1]) if p)
    return int(found[1]), items, found[3], literal


def _read_items(text: bytes, found: dict[bytes, Any], normalise_times: bool) -> bool:
    """Read `NAME value` pairs, one space apart, into `found`; False if anything else is there."""
    text, at = b" " + text, 0
    for item in _ITEM.finditer(text):
        if item.start() != at:
            return False
        at = item.end()
        if item[1] is not None:
            found[b"UID" if item[1] == b"UID" else b"RFC822.SIZE"] = int(item[2])
        else:
            found[b"INTERNALDATE"] = _internaldate(item[3], normalise_times)
    return at == len(text)


def _internaldate(value: bytes, normalise_times: bool) -> datetime | None:
    try:
        when: datetime = parse_to_datetime(value, normalise=normalise_times)
    except ValueError:
        return None
    return when
