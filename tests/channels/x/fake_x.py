"""A fake X API v2 behind `responses`: tweepy's real HTTP calls, answered from state.

Only `https://api.twitter.com/2/...` is registered, the host tweepy 4.17 calls: if tweepy
moves to another host, `responses` refuses the call and the tests fail loudly.
Shapes: https://docs.x.com/x-api/posts/user-mention-timeline-by-user-id,
https://docs.x.com/x-api/direct-messages/get-dm-events, POST /2/tweets, POST /2/dm_conversations.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import responses
from pydantic import SecretStr
from requests import PreparedRequest

from channels.x.settings import XSettings

API = "https://api.twitter.com/2"
OWN_ID = "1580000000000000001"
BEARER = "AAAAfake-bearer-for-tests"
MEDIA_HOSTS = ("ton.twitter.com", "pbs.twimg.com", "video.twimg.com")
Answer = tuple[int, dict[str, str], str]


def x_settings(x: XSettings, user_id: str | None = OWN_ID) -> XSettings:
    """Fill the five X secrets with test values (never real ones)."""
    x.bearer_token = SecretStr(BEARER)
    x.api_key, x.api_secret = SecretStr("ck-test"), SecretStr("cs-test")
    x.access_token, x.access_token_secret = SecretStr("at-test"), SecretStr("ats-test")
    x.user_id = user_id
    return x


@dataclass
class FakeX:
    """Mentions and DM events to serve, sends recorded, failures injected per endpoint."""

    tweets: list[dict[str, Any]] = field(default_factory=list)
    dm_events: list[dict[str, Any]] = field(default_factory=list)
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    """Media bytes by URL (ton.twitter.com for DMs, pbs.twimg.com for tweets)."""
    sent_tweets: list[dict[str, Any]] = field(default_factory=list)
    sent_dms: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    calls: list[PreparedRequest] = field(default_factory=list)
    failures: dict[str, deque[tuple[int, dict[str, str]]]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    next_id: int = 1803799999000000000

    def fail(self, endpoint: str, status: int, times: int = 1, **headers: str) -> None:
        """Fail the next `times` calls of an endpoint: mentions, dm_events, tweets, dms, me,
        media (any file download)."""
        queue = self.failures.setdefault(endpoint, deque())
        queue.extend([(status, headers)] * times)

    def add_page(self, payload: dict[str, Any]) -> None:
        """Queue the items and users of a fixture page (mentions or DM events)."""
        for user in payload.get("includes", {}).get("users", []):
            self.users[user["id"]] = user
        for item in payload.get("includes", {}).get("media", []):
            self.media[item["media_key"]] = item
        for item in payload.get("data", []):
            target = self.dm_events if "event_type" in item else self.tweets
            target.append(item)

    def endpoint_calls(self, endpoint: str) -> list[PreparedRequest]:
        """The requests one endpoint received."""
        return [c for c in self.calls if _endpoint(c) == endpoint]

    def answer(self, request: PreparedRequest) -> Answer:
        self.calls.append(request)
        endpoint = _endpoint(request)
        queue = self.failures.get(endpoint)
        if queue:
            status, headers = queue.popleft()
            body = {"title": "fake failure", "detail": "fake", "status": status}
            return status, headers, json.dumps(body)
        params = {k: v[0] for k, v in parse_qs(urlsplit(request.url or "").query).items()}
        if endpoint == "mentions":
            return self._page(self.tweets, params, "author_id", since=params.get("since_id"))
        if endpoint == "dm_events":
            return self._page(self.dm_events, params, "sender_id", since=None)
        if endpoint == "me":
            return self._ok({"data": {"id": OWN_ID, "name": "Setda Kukar", "username": "x"}})
        self.next_id += 1
        raw = request.body or b"{}"
        assert isinstance(raw, bytes | str), raw
        body = json.loads(raw)
        if endpoint == "tweets":
            self.sent_tweets.append(body)
            return self._ok({"data": {"id": str(self.next_id), "text": body["text"]}}, 201)
        participant = (request.path_url or "").split("/")[4]
        self.sent_dms.append((participant, body))
        found = {"dm_conversation_id": f"{participant}-{OWN_ID}", "dm_event_id": str(self.next_id)}
        return self._ok({"data": found}, 201)

    def _page(
        self, items: list[dict[str, Any]], params: dict[str, str], who: str, since: str | None
    ) -> Answer:
        newer = [i for i in items if since is None or int(i["id"]) > int(since)]
        newer.sort(key=lambda i: int(i["id"]), reverse=True)  # X answers newest first
        size = int(params.get("max_results", "100"))
        start = int(params.get("pagination_token", "0"))
        page = newer[start : start + size]
        meta: dict[str, Any] = {"result_count": len(page)}
        if page and who == "author_id":
            meta.update(newest_id=page[0]["id"], oldest_id=page[-1]["id"])
        if start + size < len(newer):
            meta["next_token"] = str(start + size)
        body: dict[str, Any] = {"meta": meta}
        if page:
            body["data"] = page
            found = [self.users[i[who]] for i in page if i.get(who) in self.users]
            body["includes"] = {"users": list({u["id"]: u for u in found}.values())}
            keys = [k for i in page for k in i.get("attachments", {}).get("media_keys", [])]
            if keys and "attachments.media_keys" in params.get("expansions", ""):
                body["includes"]["media"] = [self.media[k] for k in keys if k in self.media]
        return self._ok(body)

    def _ok(self, body: dict[str, Any], status: int = 200) -> Answer:
        headers = {"content-type": "application/json", **self.headers}
        return status, headers, json.dumps(body)


def answer_file(fake: FakeX, request: PreparedRequest) -> Answer:
    """A media download: the bytes at that URL, or 404; the request is recorded."""
    fake.calls.append(request)
    queue = fake.failures.get("media")
    if queue:
        status, headers = queue.popleft()
        return status, headers, "fake failure"
    data = fake.files.get(request.url or "")
    if data is None:
        return 404, {}, "not found"
    return 200, {"content-type": "application/octet-stream"}, data  # type: ignore[return-value]


def _endpoint(request: PreparedRequest) -> str:
    path = urlsplit(request.url or "").path
    if urlsplit(request.url or "").hostname in MEDIA_HOSTS:
        return "media"
    if path.endswith("/mentions"):
        return "mentions"
    if path == "/2/dm_events":
        return "dm_events"
    if path == "/2/users/me":
        return "me"
    if path == "/2/tweets":
        return "tweets"
    return "dms"


@contextmanager
def serve(fake: FakeX) -> Iterator[FakeX]:
    """Intercept tweepy's requests to api.twitter.com; anything else is refused."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        host = re.escape(API)
        mock.add_callback(responses.GET, re.compile(rf"{host}/users/\d+/mentions"), fake.answer)
        mock.add_callback(responses.GET, re.compile(rf"{host}/dm_events"), fake.answer)
        mock.add_callback(responses.GET, re.compile(rf"{host}/users/me"), fake.answer)
        mock.add_callback(responses.POST, f"{API}/tweets", fake.answer)
        dms = re.compile(rf"{host}/dm_conversations/with/\d+/messages")
        mock.add_callback(responses.POST, dms, fake.answer)
        for host_name in MEDIA_HOSTS:
            files = re.compile(rf"https://{re.escape(host_name)}/.*")
            mock.add_callback(responses.GET, files, lambda r: answer_file(fake, r))
        yield fake
