"""The media of a tweet or a DM event, as references for the media job to fetch later.

Requested with `expansions=attachments.media_keys` and `media.fields` (the Media object:
https://docs.x.com/x-api/fundamentals/data-dictionary#media). A photo has a `url`; a video or
an animated GIF has `variants`, of which the best MP4 is taken. DM media URLs need the
account's OAuth 1.0a signature; the transport signs every download.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

LABELS = {"photo": "[Foto]", "video": "[Video]", "animated_gif": "[Animasi]"}
EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "video/mp4": ".mp4"}


def media_refs(keys: Sequence[str], media: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One reference per attached media key that the page's `includes.media` describes."""
    refs = []
    for key in keys:
        item = media.get(key)
        url, kind = _url(item) if item else (None, "")
        if item is None or url is None:
            refs.append({"media_key": key, "type": "unknown", "url": None, "filename": key})
            continue
        refs.append(
            {
                "media_key": key,
                "type": item.get("type"),
                "url": url,
                "content_type": kind,
                "filename": f"{key}{EXTENSIONS.get(kind, '')}",
            }
        )
    return refs


def label_of(refs: Sequence[Mapping[str, Any]]) -> str:
    """What an officer reads for a message that is only media."""
    return " ".join(LABELS.get(str(r.get("type")), "[Lampiran]") for r in refs)


def _url(item: Mapping[str, Any]) -> tuple[str | None, str]:
    variants = [
        v
        for v in item.get("variants") or []
        if isinstance(v, dict) and v.get("content_type") == "video/mp4" and v.get("url")
    ]
    if variants:
        best = max(variants, key=_bit_rate)
        return str(best["url"]), "video/mp4"
    url = item.get("url") or item.get("preview_image_url")
    if not url:
        return None, ""
    return str(url), "image/png" if str(url).endswith(".png") else "image/jpeg"


def _bit_rate(variant: Mapping[str, Any]) -> int:
    """A variant's bit rate; anything but a whole number (a string of junk, a float, a list)
    counts as 0, so the message is still taken with the first variant."""
    rate = variant.get("bit_rate")
    if isinstance(rate, bool):
        return 0
    if isinstance(rate, int):
        return rate
    if isinstance(rate, str) and rate.strip().isdigit():
        return int(rate)
    return 0
