"""The X transport (tweepy 4.17, API v2): polls mentions and DM events, sends replies.

Rate limits: https://docs.x.com/x-api/fundamentals/rate-limits. Every answer carries
`x-rate-limit-remaining` and `x-rate-limit-reset` (epoch seconds); a 429 raises
TransientChannelError with `retry_after` up to the reset, and a window used up on a successful
call is returned as `Batch.pause_until`, so the poller skips calls instead of burning them.

Public replies carry only the tracking code and an invitation to continue by DM, whatever the
outbox text says (an acknowledgement, a status, an officer's answer): the sender is the last
point before the public timeline, so the privacy rule is enforced there, once, for every row.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
import tweepy  # type: ignore[import-untyped]

from channels.base import OutgoingMessage, SendResult
from channels.errors import (
    ChannelAuthError,
    ChannelError,
    DeferredError,
    PayloadError,
    PermanentChannelError,
    TooLarge,
    TransientChannelError,
)
from channels.x.parse import split_page
from channels.x.settings import XSettings

log = logging.getLogger(__name__)

TWEET_FIELDS = [
    "created_at", "conversation_id", "referenced_tweets", "author_id", "lang", "attachments",
]  # fmt: skip
DM_FIELDS = [
    "id", "text", "event_type", "created_at", "dm_conversation_id", "sender_id", "attachments",
]  # fmt: skip
MEDIA_FIELDS = ["media_key", "type", "url", "variants", "preview_image_url"]
MEDIA_TIMEOUT = (10.0, 60.0)  # connect, read
USER_FIELDS = ["username", "name"]
MAX_DM_TEXT = 10_000
DEFAULT_WAIT = 60.0  # a 429 without x-rate-limit-reset: try again in a minute


@dataclass(frozen=True)
class Batch:
    """Items newer than the cursor, oldest first, and where the cursor goes next."""

    items: list[dict[str, Any]]
    users: dict[str, dict[str, Any]]
    cursor: str | None
    pause_until: datetime | None = None
    media: dict[str, dict[str, Any]] = field(default_factory=dict)


class XTransport:
    """API v2 calls for one account; also the channel's Sender."""

    channel = "x"

    def __init__(
        self,
        settings: XSettings,
        clock: Callable[[], datetime],
        code_of: Callable[[str], str | None] = lambda _text: None,
        client: Any = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.code_of = code_of
        self.client = client or tweepy.Client(
            bearer_token=_secret(settings.bearer_token),
            consumer_key=_secret(settings.api_key),
            consumer_secret=_secret(settings.api_secret),
            access_token=_secret(settings.access_token),
            access_token_secret=_secret(settings.access_token_secret),
            return_type=requests.Response,
        )
        self._own_id = settings.user_id

    def own_id(self) -> str:
        """Our account's numeric id: from settings, else GET /2/users/me once."""
        if self._own_id is None:
            answer = self._json(self._call(self.client.get_me, user_auth=True))
            try:
                self._own_id = str(answer["data"]["id"])
            except (KeyError, TypeError) as exc:
                raise PayloadError("users/me: data.id missing") from exc
        return self._own_id

    def mentions(self, since_id: str | None) -> Batch:
        """Mentions newer than `since_id` (all pages up to max_pages); cursor = newest id."""
        params: dict[str, Any] = {
            "max_results": self.settings.max_results,
            "expansions": ["author_id", "attachments.media_keys"],
            "tweet_fields": TWEET_FIELDS,
            "user_fields": USER_FIELDS,
            "media_fields": MEDIA_FIELDS,
        }
        if since_id:
            params["since_id"] = since_id
        own = self.own_id()
        return self._pages(lambda **p: self.client.get_users_mentions(own, **p), params, since_id)

    def dm_events(self, after_id: str | None) -> Batch:
        """DM events newer than `after_id` (the API has no since_id: pages until a seen id)."""
        params: dict[str, Any] = {
            "max_results": min(self.settings.max_results, 100),
            "event_types": "MessageCreate",
            "expansions": ["sender_id", "attachments.media_keys"],
            "dm_event_fields": DM_FIELDS,
            "user_fields": USER_FIELDS,
            "media_fields": MEDIA_FIELDS,
        }
        return self._pages(self.client.get_direct_message_events, params, after_id)

    def send(self, message: OutgoingMessage) -> SendResult:
        """A public reply (code and DM invitation only) to a mention, else a DM."""
        meta = message.meta
        if meta.get("mode") == "public" and meta.get("tweet_id"):
            answer = self._json(
                self._call(
                    self.client.create_tweet,
                    text=self.public_text(message.text),
                    in_reply_to_tweet_id=str(meta["tweet_id"]),
                    sending=True,
                )
            )
            return SendResult(provider_id=f"tweet:{_data(answer, 'id')}")
        participant = str(meta.get("participant_id") or message.recipient)
        answer = self._json(
            self._call(
                self.client.create_direct_message,
                participant_id=participant,
                text=message.text[:MAX_DM_TEXT],
                sending=True,
            )
        )
        return SendResult(provider_id=f"dm:{_data(answer, 'dm_event_id')}")

    def public_text(self, text: str) -> str:
        """What may be said in public: the tracking code found in `text`, nothing else of it."""
        code = self.code_of(text)
        if code is None:
            return self.settings.public_reply_no_code
        return self.settings.public_reply.format(code=code)

    def _pages(self, fetch: Callable[..., Any], params: dict[str, Any], after: str | None) -> Batch:
        found: dict[str, dict[str, Any]] = {}  # by id: pages may overlap while events arrive
        users: dict[str, dict[str, Any]] = {}
        media: dict[str, dict[str, Any]] = {}
        pause: datetime | None = None
        token: str | None = None
        for _ in range(self.settings.max_pages):
            response = self._call(fetch, pagination_token=token, **params)
            pause = self._exhausted(response) or pause
            page = split_page(self._json(response))
            users.update(page.users)
            media.update(page.media)
            fresh = [i for i in page.items if _newer(i.get("id"), after)]
            found.update({str(i.get("id")): i for i in fresh})
            token = page.next_token
            if not token or len(fresh) < len(page.items) or after is None:
                break  # the end, a seen id, or a first poll (which reads one page only)
        else:
            if token:
                log.warning("x: more than %s pages since %s; older items skipped",
                            self.settings.max_pages, after)  # fmt: skip
        items = sorted(found.values(), key=lambda i: _as_int(i.get("id")))
        ids = [str(i.get("id")) for i in items if _as_int(i.get("id")) >= 0]
        return Batch(items, users, ids[-1] if ids else None, pause, media)

    def fetch_file(self, url: str, limit: int) -> bytes:
        """One media file, signed with the account's OAuth 1.0a keys (DM media needs it)."""
        auth = tweepy.OAuth1UserHandler(
            _secret(self.settings.api_key), _secret(self.settings.api_secret),
            _secret(self.settings.access_token), _secret(self.settings.access_token_secret),
        ).apply_auth()  # fmt: skip
        try:
            with requests.get(url, auth=auth, timeout=MEDIA_TIMEOUT, stream=True) as response:
                _check_media(response, url)
                data = b""
                for chunk in response.iter_content(64 * 1024):
                    data += chunk
                    if len(data) > limit:
                        raise TooLarge(f"x media {url}: over {limit} bytes", limit)
                return data
        except requests.RequestException as exc:
            raise TransientChannelError(f"x media {url}: {exc}") from exc

    def _call(self, func: Callable[..., Any], *args: Any, sending: bool = False, **kw: Any) -> Any:
        kw = {k: v for k, v in kw.items() if v is not None}
        try:
            return func(*args, **kw)
        except tweepy.TweepyException as exc:
            raise self._translate(exc, sending) from exc
        except requests.Timeout as exc:
            raise TransientChannelError("x: timeout calling api.twitter.com") from exc
        except requests.RequestException as exc:
            raise TransientChannelError(f"x: cannot reach the API: {exc}") from exc

    def _translate(self, exc: Exception, sending: bool) -> ChannelError:
        """tweepy's errors as ours; 403 is a config problem when reading, a refusal when sending."""
        if isinstance(exc, tweepy.TooManyRequests):
            reset = exc.reset_time
            wait = reset - self.clock().timestamp() if reset is not None else DEFAULT_WAIT
            return DeferredError(f"x rate limit: {exc}", retry_after=max(wait, 1.0))
        if isinstance(exc, tweepy.Unauthorized) or (
            isinstance(exc, tweepy.Forbidden) and not sending
        ):
            return ChannelAuthError(f"x rejected the credentials or the app's access: {exc}")
        if isinstance(exc, tweepy.TwitterServerError) or not isinstance(exc, tweepy.HTTPException):
            return TransientChannelError(f"x error: {exc}")
        return PermanentChannelError(f"x refused: {exc}")  # 400, 404, 403 on a send

    def _exhausted(self, response: requests.Response) -> datetime | None:
        """The reset time when this answer used up the window, else None."""
        if response.headers.get("x-rate-limit-remaining") != "0":
            return None
        reset = response.headers.get("x-rate-limit-reset", "")
        if not reset.isdigit():
            return self.clock() + timedelta(seconds=DEFAULT_WAIT)
        return datetime.fromtimestamp(int(reset), UTC)

    @staticmethod
    def _json(response: requests.Response) -> dict[str, Any]:
        try:
            data = response.json()
        except ValueError as exc:
            raise PayloadError(f"x answered with non-JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise PayloadError("x answered with JSON that is not an object")
        return data


def _check_media(response: requests.Response, url: str) -> None:
    status = response.status_code
    if status == 429 or status >= 500:
        raise TransientChannelError(f"x media {url}: HTTP {status}")
    if status >= 400:
        raise PermanentChannelError(f"x media {url}: HTTP {status}")


def _data(answer: dict[str, Any], key: str) -> str:
    try:
        return str(answer["data"][key])
    except (KeyError, TypeError) as exc:
        raise PayloadError(f"x answer without data.{key}") from exc


def _as_int(value: Any) -> int:
    try:
        return int(str(value))
    except ValueError:
        return -1


def _newer(item_id: Any, after: str | None) -> bool:
    """Snowflake ids grow with time; a malformed id is kept (the parser dead-letters it)."""
    return after is None or _as_int(item_id) < 0 or _as_int(item_id) > _as_int(after)


def _secret(value: Any) -> str | None:
    return value.get_secret_value() if value is not None else None
