"""Decoding text whose charset label may be wrong, misspelt, empty or missing.

The chain, for bytes that claim label L:
1. pure ASCII decodes as itself, whatever the label says;
2. labels that mean "Western" (us-ascii, iso-8859-1, latin1) read as windows-1252, as browsers
   do (https://encoding.spec.whatwg.org/#names-and-labels), unless the bytes are valid UTF-8,
   which is what a mislabelled modern client sent;
3. a known label that decodes strictly wins;
4. otherwise charset-normalizer guesses a script (a Latin guess means windows-1252);
5. otherwise windows-1252 with replacement characters.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

_WESTERN = frozenset({"ascii", "iso8859-1", "cp1252", "iso8859-15"})
# Guesses in this family only differ in accents; Indonesian and English mail is windows-1252.
_LATIN_GUESS = re.compile(r"^(cp125[0-8]|iso8859_\d+|latin_\d|mac_\w+|cp4\d\d|cp8\d\d)$")
_C1 = re.compile("[\x80-\x9f]")
_SURROGATE = re.compile("[\udc80-\udcff]")  # raw 8-bit bytes, as the email package keeps them
_RAW_RUN = re.compile("[\udc80-\udcff\u0080-\U0010ffff]+")
_MISSPELT = {
    "utf8": "utf-8",
    "uft-8": "utf-8",
    "uft8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "unicode-1-1-utf-8": "utf-8",
    "x-unknown": "",
    "unknown-8bit": "",
    "x-user-defined": "",
    "default": "",
}


def codec_for(label: str | None) -> str | None:
    """The Python codec name for a MIME charset label, or None when it is unknown or empty."""
    if not label:
        return None
    cleaned = label.strip().strip("\"'").lower()
    cleaned = _MISSPELT.get(cleaned, cleaned)
    if not cleaned:
        return None
    try:
        return codecs.lookup(cleaned).name
    except LookupError:
        return None


def decode(data: bytes, label: str | None) -> str:
    """Text from `data`, trusting `label` only as far as the bytes agree with it."""
    if data.isascii():
        return data.decode("ascii")
    codec = codec_for(label)
    utf8 = _try(data, "utf-8")
    if codec is None or codec in _WESTERN:
        if utf8 is not None:
            return utf8
        if codec is not None and (latin := _try(data, "cp1252")) is not None:
            return latin
    elif (strict := _try(data, codec)) is not None:
        return strict
    elif utf8 is not None:
        return utf8
    return _guess(data)


def repair_header(value: str) -> str:
    """A header value with raw 8-bit bytes (kept as surrogates by `email`) decoded properly.

    C1 control characters, which come from iso-8859-1 encoded words written by windows-1252
    clients, are read as the windows-1252 characters they were meant to be.
    """
    if value.isascii():
        return value  # nothing to repair: most headers
    if _SURROGATE.search(value):
        value = _repair_bytes(value)
    if _C1.search(value):
        value = _C1.sub(lambda m: m.group(0).encode("latin-1").decode("cp1252", "replace"), value)
    return value


def _repair_bytes(value: str) -> str:
    """Raw 8-bit runs decoded; the ASCII around them is never touched by a charset guess."""
    data = value.encode("utf-8", errors="surrogateescape")
    utf8 = _try(data, "utf-8")
    if utf8 is not None:
        return utf8
    codec = _codec_of(data)  # guessed on the whole value: the ASCII around the bytes helps

    def one(run: str) -> str:
        raw = run.encode("utf-8", errors="surrogateescape")
        return _try(raw, codec) or raw.decode("cp1252", errors="replace")

    return _RAW_RUN.sub(lambda m: one(m.group(0)), value)


def _codec_of(data: bytes) -> str:
    """The codec of non-ASCII bytes: windows-1252 unless a guess names another script."""
    best = _best_guess(data)
    good = best is not None and best.encoding and not _LATIN_GUESS.match(best.encoding)
    if good and best is not None and _try(data, best.encoding) is not None:
        return str(best.encoding)
    return "cp1252"


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _best_guess(data: bytes) -> CharsetMatch | None:
    # PLC0415: charset-normalizer (2.5 MB) loads only where mail with a wrong label arrives.
    from charset_normalizer import from_bytes  # noqa: PLC0415

    return from_bytes(data).best()


def _guess(data: bytes) -> str:
    best = _best_guess(data)
    if best is not None and best.encoding and not _LATIN_GUESS.match(best.encoding):
        text = _try(data, best.encoding)
        if text is not None:
            return text
    return data.decode("cp1252", errors="replace")
