"""Addresses in header fields: the first usable one, the others, and mailer daemons without one.

Real From fields hold one address, several (`a@x b@x`, `A <a@x>, B <b@x>`), a name only, or a
daemon's name with an empty address (`MAILER-DAEMON <>`, a bare `mailer-daemon`). The sender is
the first valid address; the others are kept in the message's meta.
"""

from __future__ import annotations

import re
from email.utils import getaddresses

_ADDR = r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_PLAIN_ADDRESS = re.compile(
    rf"(?P<bare>{_ADDR})|(?:(?P<name>[\w.'-]+(?: [\w.'-]+)*) )?<(?P<angled>{_ADDR})>"
)
_VALID = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]+$")
_ANY_ADDR = re.compile(r"[^@\s<>()\[\],;:\"']+@[^@\s<>()\[\],;:\"']+\.[A-Za-z0-9-]+")
_WS = re.compile(r"\s+")
_DAEMON_NAME = re.compile(
    r"\b(mailer[-_]?daemon|post[-_]?master|mail delivery (?:sub)?system)\b", re.I
)


def first_address(value: str) -> tuple[str, str]:
    """The first (display name, lower-case address) of an address header, or ("", "")."""
    plain = _PLAIN_ADDRESS.fullmatch(value)
    if plain:  # most mail: `a@b.c`, `<a@b.c>` or `Some Name <a@b.c>`, read as getaddresses would
        return plain["name"] or "", (plain["bare"] or plain["angled"]).lower()
    return parsed_address(value)


def parsed_address(value: str) -> tuple[str, str]:
    """The first address as the general address parser reads it (the fast path's reference)."""
    found = all_addresses(value)
    return found[0] if found else ("", "")


def all_addresses(value: str) -> list[tuple[str, str]]:
    """Every valid (display name, lower-case address) in an address header, in order."""
    out: list[tuple[str, str]] = []
    for name, found in getaddresses([value]):
        address = found.strip().strip("<>").lower()
        if _VALID.match(address):
            out.append((_WS.sub(" ", name).strip(), address))
    if not out:  # `a@x b@x` and other shapes the parser reads as one broken address
        out = [("", a.lower()) for a in _ANY_ADDR.findall(value) if _VALID.match(a.lower())]
    return list({a: (n, a) for n, a in reversed(out)}.values())[::-1]


def daemon_sender(value: str, fallback_domain: str) -> str | None:
    """`mailer-daemon@<domain>` for a daemon named without a usable address, else None."""
    found = _DAEMON_NAME.search(value)
    if not found:
        return None
    local = "postmaster" if "post" in found.group(1).lower() else "mailer-daemon"
    return f"{local}@{fallback_domain or 'unknown.invalid'}"
