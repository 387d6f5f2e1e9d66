"""Attachments are typed by their bytes (puremagic), not by what the mail declares."""

from __future__ import annotations

import pytest

from channels.email.sniff import sniff

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + b"0" * 64
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + b"\x00" * 64


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        (PNG, "application/octet-stream", "image/png"),
        (PDF, "image/jpeg", "application/pdf"),  # a lying label loses to the bytes
        (JPEG, "", "image/jpeg"),
        (b"\x00\x01\x02\x03 nothing known", "text/csv", "text/csv"),  # unknown: as declared
        (b"abc", "", "application/octet-stream"),  # too short to tell, nothing declared
    ],
)
def test_sniffed_type(data: bytes, declared: str, expected: str) -> None:
    assert sniff(data, declared) == expected
