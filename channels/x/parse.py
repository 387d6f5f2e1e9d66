"""Pure parsing of X API v2 answers: mention tweets and direct-message events.

Mentions (GET /2/users/:id/mentions): https://docs.x.com/x-api/posts/user-mention-timeline-by-user-id
DM events (GET /2/dm_events): https://docs.x.com/x-api/direct-messages/get-dm-events
Fields: https://docs.x.com/x-api/fundamentals/data-dictionary (Tweet, DM event, User)

A page is parsed item by item so one malformed tweet becomes one dead letter, not a lost page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from channels.base import IncomingMessage
from channels.errors import PayloadError
from channels.x.media import label_of, media_refs

CHANNEL = "x"
# The @handles X puts in front of a reply (and the one that mentions us): not the citizen's words.
# The word boundary keeps a longer word whole: "@OriginalPerson000 First Reply" is not cut to
# "00 First Reply" (handles are at most 15 characters).
LEADING_HANDLES = re.compile(r"^(?:\s*@\w{1,15}\b)+\s*")
MESSAGE_CREATE = "MessageCreate"


class _User(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    name: str | None = None
    username: str | None = None


class _Ref(BaseModel):
    model_config = ConfigDict(extra="ignore")

    type: str
    id: str


class _Attachments(BaseModel):
    model_config = ConfigDict(extra="ignore")

    media_keys: list[str] = Field(default_factory=list)


class _Tweet(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    text: str
    author_id: str = Field(min_length=1)
    created_at: AwareDatetime
    conversation_id: str | None = None
    referenced_tweets: list[_Ref] = Field(default_factory=list)
    attachments: _Attachments = Field(default_factory=_Attachments)


class _DmEvent(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    event_type: str
    text: str | None = None
    attachments: _Attachments = Field(default_factory=_Attachments)
    sender_id: str | None = None
    dm_conversation_id: str | None = None
    created_at: AwareDatetime | None = None


class _Includes(BaseModel):
    model_config = ConfigDict(extra="ignore")

    users: list[_User] = Field(default_factory=list)
    media: list[dict[str, Any]] = Field(default_factory=list)


class _Page(BaseModel):
    model_config = ConfigDict(extra="ignore")

    data: list[dict[str, Any]] = Field(default_factory=list)
    includes: _Includes = Field(default_factory=_Includes)
    meta: dict[str, Any] = Field(default_factory=dict)


@dataclass(frozen=True)
class Page:
    """One API answer split into its items and the users they reference."""

    items: list[dict[str, Any]]
    users: dict[str, dict[str, Any]]
    newest_id: str | None
    next_token: str | None
    media: dict[str, dict[str, Any]] = field(default_factory=dict)


def split_page(payload: Mapping[str, Any]) -> Page:
    """The items of a mentions or dm_events answer; a malformed envelope raises PayloadError."""
    try:
        page = _Page.model_validate(payload)
    except ValidationError as exc:
        raise PayloadError(f"not an X API v2 page: {_first_error(exc)}") from exc
    users = {u.id: u.model_dump() for u in page.includes.users}
    media = {str(m["media_key"]): m for m in page.includes.media if m.get("media_key")}
    newest, token = page.meta.get("newest_id"), page.meta.get("next_token")
    return Page(
        page.data, users, str(newest) if newest else None, str(token) if token else None, media
    )


def parse_mentions(payload: Mapping[str, Any], own_id: str) -> list[IncomingMessage]:
    """Every citizen tweet in a mentions answer (raises on the first malformed one)."""
    page = split_page(payload)
    return [m for item in page.items for m in parse_tweet(item, page.users, own_id, page.media)]


def parse_dm_events(payload: Mapping[str, Any], own_id: str) -> list[IncomingMessage]:
    """Every citizen DM in a dm_events answer (raises on the first malformed one)."""
    page = split_page(payload)
    return [m for item in page.items for m in parse_dm_event(item, page.users, own_id, page.media)]


def parse_tweet(
    item: Mapping[str, Any],
    users: Mapping[str, Mapping[str, Any]],
    own_id: str,
    media: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[IncomingMessage]:
    """A mention as a message; retweets, our own tweets and bare @handles yield nothing."""
    try:
        tweet = _Tweet.model_validate(item)
    except ValidationError as exc:
        raise PayloadError(f"tweet.{_first_error(exc)}") from exc
    if tweet.author_id == own_id or any(r.type == "retweeted" for r in tweet.referenced_tweets):
        return []
    text = LEADING_HANDLES.sub("", tweet.text, count=1).strip()
    refs = media_refs(tweet.attachments.media_keys, media or {})
    text = text or label_of(refs)
    if not text:
        return []
    keys = [f"tweet:{r.id}" for r in tweet.referenced_tweets if r.type == "replied_to"]
    if tweet.conversation_id and tweet.conversation_id != tweet.id:
        keys.append(f"tweet:{tweet.conversation_id}")
    author = users.get(tweet.author_id, {})
    meta = {
        "kind": "mention",
        "username": author.get("username"),
        "conversation_id": tweet.conversation_id,
        "reply_meta": {"mode": "public", "tweet_id": tweet.id},
    }
    return [
        IncomingMessage(
            channel=CHANNEL,
            external_id=f"tweet:{tweet.id}",
            sender=tweet.author_id,
            sender_name=author.get("name") or author.get("username"),
            text=text,
            received_at=tweet.created_at,
            thread_keys=tuple(dict.fromkeys(keys)),
            media=tuple(refs),
            meta=meta,
            raw=_raw(item, author),
        )
    ]


def parse_dm_event(
    item: Mapping[str, Any],
    users: Mapping[str, Mapping[str, Any]],
    own_id: str,
    media: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[IncomingMessage]:
    """A citizen's DM (text, media or both) as a message; ours and joins or leaves yield none."""
    try:
        event = _DmEvent.model_validate(item)
    except ValidationError as exc:
        raise PayloadError(f"dm_event.{_first_error(exc)}") from exc
    if event.event_type != MESSAGE_CREATE:
        return []  # ParticipantsJoin / ParticipantsLeave
    if not event.sender_id:
        raise PayloadError("dm_event.sender_id: field required for MessageCreate")
    if event.created_at is None:
        raise PayloadError("dm_event.created_at: field required for MessageCreate")
    refs = media_refs(event.attachments.media_keys, media or {})
    text = (event.text or "").strip() or label_of(refs)
    if event.sender_id == own_id or not text:
        return []
    sender = users.get(event.sender_id, {})
    meta = {
        "kind": "dm",
        "username": sender.get("username"),
        "dm_conversation_id": event.dm_conversation_id,
        "reply_meta": {"mode": "dm", "participant_id": event.sender_id},
    }
    return [
        IncomingMessage(
            channel=CHANNEL,
            external_id=f"dm:{event.id}",
            sender=event.sender_id,
            sender_name=sender.get("name") or sender.get("username"),
            text=text,
            received_at=event.created_at,
            media=tuple(refs),
            meta=meta,
            raw=_raw(item, sender),
        )
    ]


def _raw(item: Mapping[str, Any], user: Mapping[str, Any]) -> bytes:
    return json.dumps({"data": item, "user": user or None}, ensure_ascii=False).encode()


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
