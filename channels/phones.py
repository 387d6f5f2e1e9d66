"""Phone numbers in E.164, so 0812..., 62812... and +62812... are one citizen."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

# The channels whose addresses are phone numbers: one person on each of them (intake links
# them to one citizen, privacy requests find them all).
PHONE_CHANNELS = frozenset({"sms", "whatsapp"})


@lru_cache(maxsize=65536)
def to_e164(raw: str, region: str = "ID") -> str | None:
    """The E.164 form of a phone number as people and gateways write it, or None."""
    text = raw.strip()
    if not text:
        return None
    digits = "".join(c for c in text if c.isdigit())
    if not text.startswith("+") and not text.startswith("0") and len(digits) >= 10:
        # Gateways often drop the plus: 6281234567890 is +62 812..., not a local number.
        candidate = _parse("+" + digits, region)
        if candidate:
            return candidate
    return _parse(text, region)


def _parse(text: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
