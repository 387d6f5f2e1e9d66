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
from dataclasses import dataclass
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from channels.base import IncomingMessage
from channels.errors import PayloadError

CHANNEL = "x"
# The @handles X puts in front of a reply (and the one that mentions us): not the citizen's words.
LEADING_HANDLES = re.compile(r"^(?:\s*@\w{1,15})+\s*")
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


class _Tweet(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    text: str
    author_id: str = Field(min_length=1)
    created_at: AwareDatetime
    conversation_id: str | None = None
    referenced_tweets: list[_Ref] = Field(default_factory=list)


class _DmEvent(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    event_type: str
    text: str | None = None
    sender_id: str | None = None
    dm_conversation_id: str | None = None
    created_at: AwareDatetime | None = None


class _Includes(BaseModel):
    model_config = ConfigDict(extra="ignore")

    users: list[_User] = Field(default_factory=list)


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


def split_page(payload: Mapping[str, Any]) -> Page:
    """The items of a mentions or dm_events answer; a malformed envelope raises PayloadError."""
    try:
        page = _Page.model_validate(payload)
    except ValidationError as exc:
        raise PayloadError(f"not an X API v2 page: {_first_error(exc)}") from exc
    users = {u.id: u.model_dump() for u in page.includes.users}
    meta = page.meta
    newest = meta.get("newest_id")
    token = meta.get("next_token")
    return Page(page.data, users, str(newest) if newest else None, str(token) if token else None)


def parse_mentions(payload: Mapping[str, Any], own_id: str) -> list[IncomingMessage]:
    """Every citizen tweet in a mentions answer (raises on the first malformed one)."""
    page = split_page(payload)
    return [m for item in page.items for m in parse_tweet(item, page.users, own_id)]


def parse_dm_events(payload: Mapping[str, Any], own_id: str) -> list[IncomingMessage]:
    """Every citizen DM in a dm_events answer (raises on the first malformed one)."""
    page = split_page(payload)
    return [m for item in page.items for m in parse_dm_event(item, page.users, own_id)]


def parse_tweet(
    item: Mapping[str, Any], users: Mapping[str, Mapping[str, Any]], own_id: str
) -> list[IncomingMessage]:
    """A mention as a message; retweets, our own tweets and bare @handles yield nothing."""
    try:
        tweet = _Tweet.model_validate(item)
    except ValidationError as exc:
        raise PayloadError(f"tweet.{_first_error(exc)}") from exc
    if tweet.author_id == own_id or any(r.type == "retweeted" for r in tweet.referenced_tweets):
        return []
    text = LEADING_HANDLES.sub("", tweet.text, count=1).strip()
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
            meta=meta,
            raw=_raw(item, author),
        )
    ]


def parse_dm_event(
    item: Mapping[str, Any], users: Mapping[str, Mapping[str, Any]], own_id: str
) -> list[IncomingMessage]:
    """A citizen's DM as a message; our own DMs and joins or leaves yield nothing."""
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
    if event.sender_id == own_id or not (event.text or "").strip():
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
            text=(event.text or "").strip(),
            received_at=event.created_at,
            meta=meta,
            raw=_raw(item, sender),
        )
    ]


def _raw(item: Mapping[str, Any], user: Mapping[str, Any]) -> bytes:
    return json.dumps({"data": item, "user": user or None}, ensure_ascii=False).encode()


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
