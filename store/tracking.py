"""Tracking codes: short, unguessable, easy to read aloud and to type on a phone keypad.

A code is a prefix plus nine random Crockford base32 symbols (45 bits) and one check symbol,
shown in two groups of five: `KK-7XQ2M-9PDK4`. Lookups ignore case, spaces and dashes and read
O as 0 and I or L as 1, as Crockford's alphabet intends (https://www.crockford.com/base32.html).
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_SYMBOLS = 9
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-_.]+")


def new_code(prefix: str) -> str:
    """A fresh random code with the given prefix."""
    bits = int.from_bytes(secrets.token_bytes(6), "big")  # 48 random bits, 45 used
    body = "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in range(RANDOM_SYMBOLS))
    body += check_symbol(body)
    return f"{prefix}-{body[:5]}-{body[5:]}"


def check_symbol(body: str) -> str:
    """A weighted check symbol that catches any single wrong symbol and most swaps."""
    total = sum((i + 1) * _VALUE[c] for i, c in enumerate(body))
    return ALPHABET[total % 31]


def normalise(text: str, prefix: str) -> str | None:
    """The canonical form of a code as typed by a person, or None when it cannot be one."""
    compact = _SEPARATORS.sub("", text.upper())
    # Strip the prefix only when it is there on top of a whole body: a body may itself begin
    # with the prefix's letters (KK-KK43J-...), and people often leave the prefix out.
    if len(compact) == len(prefix) + RANDOM_SYMBOLS + 1 and compact.startswith(prefix):
        compact = compact[len(prefix) :]
    compact = compact.translate(_CONFUSABLE)
    if len(compact) != RANDOM_SYMBOLS + 1 or any(c not in _VALUE for c in compact):
        return None
    if check_symbol(compact[:-1]) != compact[-1]:
        return None
    return f"{prefix}-{compact[:5]}-{compact[5:]}"


def find_codes(text: str, prefix: str) -> list[str]:
    """Every valid code mentioned in a free text (e.g. a subject or a follow-up message)."""
    pattern = (
        rf"(?<![A-Z0-9]){re.escape(prefix)}[\s\-]?[0-9A-Z]{{5}}[\s\-]?[0-9A-Z]{{5}}(?![A-Z0-9])"
    )
    found = []
    for match in re.finditer(pattern, text.upper()):
        code = normalise(match.group(0), prefix)
        if code and code not in found:
            found.append(code)
    return found
