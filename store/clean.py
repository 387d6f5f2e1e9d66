"""Text that every backend can store: no NUL, no lone surrogate, no non-character.

PostgreSQL refuses NUL in text and JSON (some GSM gateways send `@` as 0x00), a lone surrogate
(`"\\ud800"` in JSON) cannot be encoded as UTF-8 at all, and the Unicode non-characters
(U+FFFE, U+FFFF, U+FDD0..U+FDEF and the last two of every plane) are not for interchange.
Each is replaced by U+FFFD, once, at intake; what was replaced is noted with the message.
"""

from __future__ import annotations

import json
import re
from typing import Any

REPLACEMENT = "\ufffd"
_BAD = re.compile(
    "[\x00\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(1, 17))
    + "]"
)
_NAMES = {"\x00": "nul"}


def _kind(char: str) -> str:
    if char in _NAMES:
        return _NAMES[char]
    return "surrogate" if "\ud800" <= char <= "\udfff" else "noncharacter"


def clean_text(text: str) -> tuple[str, set[str]]:
    """The text with every unstorable character replaced, and the kinds replaced."""
    if _BAD.search(text) is None:
        return text, set()
    kinds = {_kind(m.group(0)) for m in _BAD.finditer(text)}
    return _BAD.sub(REPLACEMENT, text), kinds


def clean(text: str) -> str:
    """The text with every unstorable character replaced."""
    return clean_text(text)[0]


def clean_data(value: Any, kinds: set[str] | None = None) -> Any:
    """Strings inside JSON-like data (keys too) cleaned; the kinds replaced go into `kinds`."""
    if isinstance(value, str):
        out, found = clean_text(value)
        if kinds is not None:
            kinds |= found
        return out
    if isinstance(value, dict):
        return {clean_data(k, kinds): clean_data(v, kinds) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_data(v, kinds) for v in value]
    return value


def clean_json(body: bytes) -> bytes:
    """A JSON body with unstorable characters in its strings replaced, re-encoded; the body
    itself when it has none (or does not parse: its parser then says why)."""
    if b"\\u" not in body and b"\x00" not in body:
        return body
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return body
    kinds: set[str] = set()
    cleaned = clean_data(data, kinds)
    return json.dumps(cleaned, ensure_ascii=False).encode() if kinds else body
