"""What one WhatsApp message carries, by type: its text and the rest, for the desk and the jobs.

Types: https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/reference/messages
Every type a person can send yields readable text or a media reference; what we cannot read
(`unsupported`, error 131051) is marked `unreadable` so the pipeline tells the person.
"""

from __future__ import annotations

import json
from typing import Any

from channels.errors import PayloadError

MEDIA_TYPES = ("image", "document", "audio", "video", "sticker", "voice")
UNREADABLE_TYPES = frozenset({"unsupported", "unknown"})
EVENT_TYPES = frozenset({"reaction", "edit", "revoke", "system"})
NOTHING_TYPES = frozenset({"request_welcome"})
"""The user opened the chat for the first time: nothing from them to keep or answer."""


def content(item: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The text of a message and what else it carries (media, location, contacts...)."""
    kind = str(item.get("type") or "")
    meta: dict[str, Any] = {"type": kind}
    if kind == "text":
        return str(_part(item, "text").get("body") or ""), meta
    if kind in MEDIA_TYPES:
        return _media(item, kind, meta)
    if kind in UNREADABLE_TYPES:
        meta["unreadable"] = _unreadable(item)
        return "", meta
    if kind == "contacts":  # its list is the item's own `contacts`, not a part
        text, extra = _contacts(item)
        return text, meta | extra
    reader = _READERS.get(kind)
    if reader is None:
        # A type added by Meta after this was written: kept with a marker rather than lost.
        return f"[pesan {kind}]", meta
    text, extra = reader(_part(item, kind))
    return text, meta | extra


def _part(item: dict[str, Any], name: str) -> dict[str, Any]:
    part = item.get(name)
    if not isinstance(part, dict):
        raise PayloadError(f"{name}: field required for type {name}")
    return part


def _media(item: dict[str, Any], kind: str, meta: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    media = _part(item, kind)
    if not media.get("id"):
        raise PayloadError(f"{kind}.id: field required")
    ref: dict[str, Any] = {
        "id": str(media["id"]),
        "mime_type": str(media.get("mime_type") or "application/octet-stream"),
        "filename": media.get("filename"),
    }
    if media.get("url"):
        ref["url"] = str(media["url"])
    meta["media"] = [ref]
    if kind == "voice" or media.get("voice") is True:
        meta["voice"] = True
    if kind == "sticker":
        meta["sticker"] = {"animated": bool(media.get("animated"))}
    return str(media.get("caption") or ""), meta


def _unreadable(item: dict[str, Any]) -> dict[str, Any]:
    errors = item.get("errors")
    first = _dict(errors[0] if isinstance(errors, list) and errors else None)
    details = _dict(first.get("error_data"))
    inner = _dict(item.get("unsupported"))
    return {
        "code": first.get("code"),
        "title": first.get("title") or first.get("message"),
        "details": details.get("details"),
        "type": inner.get("type"),
    }


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _location(loc: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    try:
        lat, lon = float(loc["latitude"]), float(loc["longitude"])
    except (KeyError, TypeError, ValueError) as exc:
        raise PayloadError("location: latitude and longitude required") from exc
    place = {k: str(loc[k]) for k in ("name", "address", "url") if loc.get(k)}
    label = ", ".join(place[k] for k in ("name", "address") if k in place)
    text = f"[Lokasi] {lat:.6f},{lon:.6f}" + (f" {label}" if label else "")
    return text, {"location": {"latitude": lat, "longitude": lon, **place}}


def _contacts(item: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    cards = []
    for card in _list(item.get("contacts")):
        if not isinstance(card, dict):
            continue
        name = _dict(card.get("name"))
        full = name.get("formatted_name") or " ".join(
            str(name[k]) for k in ("first_name", "last_name") if name.get(k)
        )
        phones = [
            str(p.get("phone") or p.get("wa_id")) for p in map(_dict, _list(card.get("phones")))
        ]
        cards.append({"name": str(full or "-"), "phones": [p for p in phones if p != "None"]})
    if not cards:
        raise PayloadError("contacts: at least one contact required")
    lines = [f"{c['name']}: {', '.join(c['phones']) or '-'}" for c in cards]
    return "[Kontak] " + "; ".join(lines), {"contacts": cards}


def _order(order: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    items = []
    for it in _list(order.get("product_items")):
        if isinstance(it, dict):
            items.append(
                {
                    "product": str(it.get("product_retailer_id") or "-"),
                    "quantity": it.get("quantity"),
                    "price": it.get("item_price"),
                    "currency": it.get("currency"),
                }
            )
    lines = [
        f"{i['product']} x{i['quantity']}"
        + (f" ({i['price']} {i['currency']})" if i["price"] is not None else "")
        for i in items
    ]
    note = str(order.get("text") or "").strip()
    text = " ".join(["[Pesanan]", "; ".join(lines)]).strip() + (f"\n{note}" if note else "")
    return text, {"order": {"catalog_id": order.get("catalog_id"), "items": items}}


def _interactive(inter: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    kind = str(inter.get("type") or "")
    reply = inter.get(kind)
    if not isinstance(reply, dict):
        raise PayloadError(f"interactive.{kind or 'type'}: field required")
    if kind == "nfm_reply":
        return _flow_reply(reply)
    title = str(reply.get("title") or "")
    desc = str(reply.get("description") or "")
    text = f"{title}\n{desc}" if desc else title
    return text, {"reply_id": reply.get("id"), "interactive": kind}


def _flow_reply(reply: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A WhatsApp Flows answer: its response_json rendered as `key: value` lines."""
    raw = reply.get("response_json")
    try:
        answers = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        answers = raw
    lines = [str(reply.get("body") or "").strip()]
    if isinstance(answers, dict):
        lines += [f"{k}: {_plain(v)}" for k, v in answers.items() if k != "flow_token"]
    elif answers not in (None, ""):
        lines.append(str(answers))
    meta = {"interactive": "nfm_reply", "flow_name": reply.get("name"), "flow_response": answers}
    return "\n".join(line for line in lines if line), meta


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={_plain(v)}" for k, v in value.items())
    return str(value)


def _button(button: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return str(button.get("text") or ""), {"reply_id": button.get("payload")}


_READERS = {
    "location": _location,
    "interactive": _interactive,
    "button": _button,
    "order": _order,
}


def event(item: dict[str, Any]) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """An event on an earlier message: its text, the message it is about, and its meta."""
    kind = str(item.get("type"))
    part = _part(item, kind)
    if kind == "system":
        return str(part.get("body") or ""), (), {"event": "system", "system": part}
    target = part.get("message_id") if kind == "reaction" else part.get("original_message_id")
    if not target:
        field = "message_id" if kind == "reaction" else "original_message_id"
        raise PayloadError(f"{kind}.{field}: field required")
    meta: dict[str, Any] = {"event": kind, "type": kind}
    if kind == "reaction":
        meta["emoji"] = str(part.get("emoji") or "")
        meta["removed"] = not meta["emoji"]
        return meta["emoji"], (str(target),), meta
    if kind == "revoke":
        return "", (str(target),), meta
    edited = part.get("message")
    if not isinstance(edited, dict):
        raise PayloadError("edit.message: field required")
    text, inner = content(edited)
    return text, (str(target),), inner | meta
