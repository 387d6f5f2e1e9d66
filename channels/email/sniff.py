"""The content type that a file's bytes show (puremagic), whatever the mail declared."""

from __future__ import annotations

import puremagic

SNIFF_BYTES = 8192  # the signatures live at the start: scanning all of a large file costs ms


def sniff(data: bytes, declared: str) -> str:
    """The content type the bytes show (puremagic), else the declared one."""
    if len(data) >= 4:
        try:
            found = puremagic.from_string(data[:SNIFF_BYTES], mime=True)
        except (puremagic.PureError, ValueError):
            found = ""
        if found:
            return str(found)[:128]
    return declared[:128] or "application/octet-stream"
