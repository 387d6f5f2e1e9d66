"""The signature index answers exactly what puremagic's scan answers, for every signature."""

from __future__ import annotations

from email import message_from_bytes
from pathlib import Path

import puremagic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from puremagic import main as magic

from channels.email import sniff as sniffing
from channels.email.sniff import SNIFF_BYTES, sniff

FIXTURES = Path(__file__).parents[2] / "fixtures" / "email"


def scanned(data: bytes) -> str:
    """puremagic's own answer (an error as text)."""
    try:
        return str(puremagic.from_string(data[:SNIFF_BYTES], mime=True))
    except (puremagic.PureError, ValueError) as exc:
        return type(exc).__name__


def looked_up(data: bytes) -> str:
    """The index's answer (an error as text)."""
    assert sniffing._INDEX is not None
    try:
        return sniffing._INDEX.mime(data[:SNIFF_BYTES])
    except (puremagic.PureError, ValueError) as exc:
        return type(exc).__name__


def samples() -> list[bytes]:
    """Data that matches each header, footer and multi-part signature."""
    out = []
    for row in magic.magic_header_array:
        out.append(b"\0" * row.offset + row.byte_match + b"\0" * 64)
        out.append(b"\x01" * row.offset + row.byte_match)
    for row in magic.magic_footer_array:
        out.append(b"x" * 600 + row.byte_match)
    for base, rows in magic.multi_part_dict.items():
        for row in rows:
            if row.offset >= 0:
                data = bytearray(base + b"\0" * (row.offset + len(row.byte_match)))
                data[row.offset : row.offset + len(row.byte_match)] = row.byte_match
                out.append(bytes(data))
            else:
                out.append(base + b"\0" * 700 + row.byte_match + b"\0" * (-row.offset - 1))
    return out


def test_the_index_is_used_with_the_installed_puremagic() -> None:
    assert sniffing._INDEX is not None


def test_every_signature_is_identified_as_puremagic_does() -> None:
    data = samples()
    assert len(data) > 2000
    mismatched = [(d[:40], scanned(d), looked_up(d)) for d in data if scanned(d) != looked_up(d)]
    assert mismatched == []


def test_corpus_attachments_are_identified_as_puremagic_does() -> None:
    seen = 0
    for path in sorted(FIXTURES.glob("*.eml")):
        for part in message_from_bytes(path.read_bytes()).walk():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and len(payload) >= 4:
                seen += 1
                assert looked_up(payload) == scanned(payload), path.name
    assert seen > 20


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([b"", *[r.byte_match for r in magic.magic_header_array if r.offset == 0]]),
    st.binary(max_size=3000),
)
def test_any_bytes_are_identified_as_puremagic_does(prefix: bytes, rest: bytes) -> None:
    assert looked_up(prefix + rest) == scanned(prefix + rest)


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "application/octet-stream", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "image/jpeg", "image/png"),
        (b"abc", "text/plain", "text/plain"),
        (b"plain words and nothing else", "", "application/octet-stream"),
    ],
)
def test_sniff_prefers_the_bytes_to_the_declared_type(
    data: bytes, declared: str, expected: str
) -> None:
    assert sniff(data, declared) == expected
