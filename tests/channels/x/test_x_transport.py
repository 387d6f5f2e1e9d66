"""The X transport through tweepy's real HTTP, intercepted by `responses` (fake_x)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import responses

from channels.base import OutgoingMessage
from channels.errors import ChannelAuthError, PermanentChannelError, TransientChannelError
from channels.x.settings import XSettings
from channels.x.transport import XTransport
from tests.channels.x.fake_x import BEARER, OWN_ID, FakeX, serve, x_settings
from tests.conftest import Clock

FIXTURES = Path(__file__).parents[2] / "fixtures" / "x"
RINA = "1422334455667788990"
CODE = "KK-7Q4M2-X9TAB"


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def tweet(n: int, author: str = RINA) -> dict[str, Any]:
    tid = str(1803712345678901234 + n)
    return {"id": tid, "text": f"@SetdaKukar aduan {n}", "author_id": author,
            "conversation_id": tid, "created_at": "2024-06-20T08:00:00.000Z"}  # fmt: skip


@pytest.fixture
def fake() -> Iterator[FakeX]:
    with serve(FakeX()) as api:
        yield api


@pytest.fixture
def transport(clock: Clock) -> XTransport:
    def code_of(text: str) -> str | None:
        return CODE if CODE in text else None

    return XTransport(x_settings(XSettings(max_results=5)), clock, code_of)


def test_first_mentions_poll_reads_one_page_from_api_twitter_com(
    transport: XTransport, fake: FakeX
) -> None:
    fake.add_page(load("mention_with_includes.json"))
    fake.tweets.extend(tweet(n) for n in range(1, 8))
    batch = transport.mentions(None)
    [call] = fake.calls
    assert (call.url or "").startswith(f"https://api.twitter.com/2/users/{OWN_ID}/mentions?")
    assert call.headers["Authorization"] == f"Bearer {BEARER}"
    assert "expansions=author_id" in (call.url or "") and "since_id" not in (call.url or "")
    assert len(batch.items) == 5  # the newest page only: a first poll never reads history
    ids = [int(i["id"]) for i in batch.items]
    assert ids == sorted(ids) and batch.cursor == str(ids[-1])
    assert batch.users[RINA]["username"] == "rina_tgr"


def test_mentions_since_id_follow_every_page(transport: XTransport, fake: FakeX) -> None:
    fake.tweets.extend(tweet(n) for n in range(0, 13))
    batch = transport.mentions(str(1803712345678901234 + 1))
    assert len(fake.calls) == 3  # 11 newer tweets, 5 a page
    assert all("since_id=1803712345678901235" in (c.url or "") for c in fake.calls)
    assert [int(i["id"]) - 1803712345678901234 for i in batch.items] == list(range(2, 13))
    assert batch.cursor == str(1803712345678901234 + 12)


def test_dm_events_stop_at_the_first_seen_event_and_keep_only_newer(
    transport: XTransport, fake: FakeX
) -> None:
    base = 1803730000000000000
    fake.dm_events = [
        {"id": str(base + n), "event_type": "MessageCreate", "text": f"dm {n}",
         "sender_id": RINA, "created_at": "2024-06-20T13:00:00.000Z"}
        for n in range(1, 21)
    ]  # fmt: skip
    batch = transport.dm_events(str(base + 12))
    assert len(fake.calls) == 2  # 20..16, then 15..11 holds seen ids: stop
    call = fake.calls[0]
    assert (call.url or "").startswith("https://api.twitter.com/2/dm_events?")
    assert str(call.headers["Authorization"]).startswith("OAuth ")  # DMs need user context
    assert "event_types=MessageCreate" in (call.url or "")
    assert [int(i["id"]) - base for i in batch.items] == list(range(13, 21))
    assert batch.cursor == str(base + 20)


def test_nothing_new_keeps_the_cursor(transport: XTransport, fake: FakeX) -> None:
    assert transport.mentions("1803712345678901234").cursor is None
    assert transport.dm_events("1803730000000000010").items == []


def test_429_raises_transient_until_the_reset(
    transport: XTransport, fake: FakeX, clock: Clock
) -> None:
    reset = int(clock.now.timestamp()) + 600
    limits = {"x-rate-limit-reset": str(reset), "x-rate-limit-remaining": "0"}
    fake.fail("mentions", 429, 1, **limits)
    with pytest.raises(TransientChannelError) as caught:
        transport.mentions(None)
    assert caught.value.retry_after == pytest.approx(600)


def test_used_up_window_on_success_pauses_until_reset(
    transport: XTransport, fake: FakeX, clock: Clock
) -> None:
    reset = int(clock.now.timestamp()) + 300
    fake.headers = {"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(reset)}
    fake.add_page(load("mention_with_includes.json"))
    batch = transport.mentions(None)
    assert batch.pause_until == clock.now + timedelta(seconds=300)
    fake.headers = {"x-rate-limit-remaining": "74"}
    assert transport.mentions(None).pause_until is None


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, ChannelAuthError),
        (403, ChannelAuthError),
        (503, TransientChannelError),
        (400, PermanentChannelError),
    ],
)
def test_poll_errors_are_typed(
    transport: XTransport, fake: FakeX, status: int, error: type[Exception]
) -> None:
    fake.fail("dm_events", status)
    with pytest.raises(error):
        transport.dm_events(None)


def test_unreachable_api_is_transient(transport: XTransport) -> None:
    with responses.RequestsMock(), pytest.raises(TransientChannelError, match="cannot reach"):
        transport.mentions(None)  # nothing registered: responses refuses the connection


def test_public_reply_says_only_the_code_and_invites_to_dm(
    transport: XTransport, fake: FakeX
) -> None:
    text = f"Aduan Anda {CODE} diteruskan ke Bagian Hukum. Nama: Rina, HP 0812..."
    message = OutgoingMessage(
        "x", RINA, text, meta={"mode": "public", "tweet_id": "1803712345678901234"}
    )
    result = transport.send(message)
    [body] = fake.sent_tweets
    assert body["reply"] == {"in_reply_to_tweet_id": "1803712345678901234"}
    assert CODE in body["text"] and "DM" in body["text"]
    assert "Hukum" not in body["text"] and "Rina" not in body["text"]
    assert result.provider_id == f"tweet:{fake.next_id}"
    [call] = fake.endpoint_calls("tweets")
    assert call.url == "https://api.twitter.com/2/tweets"
    assert str(call.headers["Authorization"]).startswith("OAuth ")


def test_public_reply_without_a_code_is_the_no_code_text(
    transport: XTransport, fake: FakeX
) -> None:
    message = OutgoingMessage("x", RINA, "Status aduan Anda: selesai", meta={"mode": "public",
                              "tweet_id": "1803712345678901234"})  # fmt: skip
    transport.send(message)
    assert fake.sent_tweets[0]["text"] == XSettings().public_reply_no_code


def test_dm_reply_goes_to_the_participant(transport: XTransport, fake: FakeX) -> None:
    message = OutgoingMessage(
        "x", RINA, "Balasan lengkap", meta={"mode": "dm", "participant_id": RINA}
    )
    result = transport.send(message)
    assert fake.sent_dms == [(RINA, {"text": "Balasan lengkap"})]
    [call] = fake.endpoint_calls("dms")
    assert call.url == f"https://api.twitter.com/2/dm_conversations/with/{RINA}/messages"
    assert result.provider_id == f"dm:{fake.next_id}"


def test_a_row_without_reply_meta_is_private(transport: XTransport, fake: FakeX) -> None:
    transport.send(OutgoingMessage("x", RINA, "Jawaban petugas"))
    assert fake.sent_dms == [(RINA, {"text": "Jawaban petugas"})] and not fake.sent_tweets


@pytest.mark.parametrize(
    ("status", "error"),
    [(403, PermanentChannelError), (401, ChannelAuthError), (429, TransientChannelError)],
)
def test_send_errors_are_typed(
    transport: XTransport, fake: FakeX, status: int, error: type[Exception]
) -> None:
    fake.fail("tweets", status)
    meta = {"mode": "public", "tweet_id": "1803712345678901234"}
    with pytest.raises(error):
        transport.send(OutgoingMessage("x", RINA, CODE, meta=meta))


def test_own_id_is_looked_up_once_when_not_configured(fake: FakeX, clock: Clock) -> None:
    transport = XTransport(x_settings(XSettings(), user_id=None), clock)
    assert transport.own_id() == OWN_ID
    transport.mentions(None)
    assert len(fake.endpoint_calls("me")) == 1
    assert (fake.endpoint_calls("mentions")[0].url or "").startswith(
        f"https://api.twitter.com/2/users/{OWN_ID}/mentions"
    )


def test_clock_is_injected(fake: FakeX) -> None:
    later = Clock(datetime(2030, 1, 1, tzinfo=UTC))
    transport = XTransport(x_settings(XSettings()), later)
    fake.fail("mentions", 429, 1, **{"x-rate-limit-reset": str(int(later.now.timestamp()) + 42)})
    with pytest.raises(TransientChannelError) as caught:
        transport.mentions(None)
    assert caught.value.retry_after == pytest.approx(42)
