"""Table test: X API v2 mention and DM-event fixtures -> IncomingMessage fields."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from channels.base import IncomingMessage
from channels.errors import PayloadError
from channels.x.parse import parse_dm_events, parse_mentions, split_page
from tests.channels.handlertest import assert_fields

FIXTURES = Path(__file__).parents[2] / "fixtures" / "x"
OWN_ID = "1580000000000000001"
RINA = "1422334455667788990"
PARSERS: dict[str, Callable[[Mapping[str, Any], str], list[IncomingMessage]]] = {
    "mentions": parse_mentions,
    "dms": parse_dm_events,
    "conversations": lambda payload, _own: parse_mentions(payload, "3001960000")[-1:],
}


@dataclass(frozen=True)
class Case:
    id: str
    fixture: str
    kind: str  # mentions | dms
    expect: dict[str, Any] | None = None  # None: valid, nothing to ingest
    error: str | None = None


CASES = [
    Case(
        "mention with includes.users",
        "mention_with_includes.json",
        "mentions",
        {
            "external_id": "tweet:1803712345678901234",
            "sender": RINA,
            "sender_name": "Rina Marlina",
            "text": "Jalan poros Tenggarong - Samarinda di km 12 berlubang besar, sudah dua "
            "motor jatuh minggu ini",
            "received_at": datetime(2024, 6, 20, 8, 0, tzinfo=UTC),
            "thread_keys": (),
            "meta.username": "rina_tgr",
            "meta.reply_meta": {"mode": "public", "tweet_id": "1803712345678901234"},
        },
    ),
    Case("retweet ignored", "mention_retweet_ignored.json", "mentions"),
    Case("our own tweet ignored", "mention_own_tweet_ignored.json", "mentions"),
    Case(
        "reply in a conversation threads to the reply and the root",
        "mention_reply_in_conversation.json",
        "mentions",
        {
            "external_id": "tweet:1803719999000000002",
            "text": "Betul, lubangnya makin lebar setelah hujan semalam",
            "thread_keys": ("tweet:1803715555000000001", "tweet:1803712345678901234"),
            "meta.reply_meta": {"mode": "public", "tweet_id": "1803719999000000002"},
        },
    ),
    Case(
        "quote tweet is the quoter's own words",
        "mention_quote_tweet.json",
        "mentions",
        {"sender": "1499988877766655544", "sender_name": "Budi", "thread_keys": ()},
    ),
    Case("empty page", "mentions_empty.json", "mentions"),
    Case(
        "tweet without author_id",
        "mention_missing_author_id.json",
        "mentions",
        error="tweet.author_id: Field required",
    ),
    Case("data not a list", "mentions_data_not_a_list.json", "mentions", error="data:"),
    Case(
        "DM from a citizen",
        "dm_message_create.json",
        "dms",
        {
            "external_id": "dm:1803730000000000010",
            "sender": RINA,
            "sender_name": "Rina Marlina",
            "text": "Selamat siang, saya mau melapor pungutan liar di loket pembuatan KTP "
            "kecamatan Tenggarong",
            "received_at": datetime(2024, 6, 20, 13, 0, tzinfo=UTC),
            "thread_keys": (),
            "meta.dm_conversation_id": f"{RINA}-{OWN_ID}",
            "meta.reply_meta": {"mode": "dm", "participant_id": RINA},
        },
    ),
    Case("our own DM and a join ignored", "dm_own_and_join_ignored.json", "dms"),
    Case(
        "X's conversation example: a long handle is kept whole",
        "docs_conversation_thread.json",
        "conversations",
        {"text": "@OriginalPerson000 First Reply", "sender_name": "First person"},
    ),
    Case(
        "DM with a photo and no text is a message",
        "dm_photo_no_text.json",
        "dms",
        {
            "external_id": "dm:1803730000000000020",
            "text": "[Foto]",
            "media.0.type": "photo",
            "media.0.url": "https://ton.twitter.com/1.1/ton/data/dm/1803730000000000020/"
            "1803729999000000001/abcdEFGH.jpg",
            "media.0.filename": "3_1803729999000000001.jpg",
            "media.0.content_type": "image/jpeg",
        },
    ),
    Case(
        "DM video: the best MP4 variant",
        "dm_video_with_text.json",
        "dms",
        {
            "text": "Ini videonya, banjir di depan kantor desa",
            "media.0.url": "https://video.twimg.com/dm_video/1803729999000000002/vid/480x852/high.mp4",
            "media.0.content_type": "video/mp4",
        },
    ),
    Case(
        "DM without sender_id",
        "dm_missing_sender.json",
        "dms",
        error="dm_event.sender_id: field required",
    ),
]


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_parse(case: Case) -> None:
    parse = PARSERS[case.kind]
    payload = load(case.fixture)
    if case.error:
        with pytest.raises(PayloadError, match=case.error):
            parse(payload, OWN_ID)
        return
    found = parse(payload, OWN_ID)
    if case.expect is None:
        assert found == []
        return
    [msg] = found
    assert msg.channel == "x"
    assert_fields(msg, case.expect)


def test_raw_keeps_the_item_and_its_author() -> None:
    [msg] = parse_mentions(load("mention_with_includes.json"), OWN_ID)
    raw = json.loads(msg.raw)
    assert raw["data"]["id"] == "1803712345678901234"
    assert raw["user"]["username"] == "rina_tgr"


def test_page_exposes_newest_id_and_next_token() -> None:
    page = split_page(
        {**load("mention_with_includes.json"), "meta": {"next_token": "7140dibdnow9"}}
    )
    assert page.next_token == "7140dibdnow9" and page.newest_id is None
    assert split_page(load("mention_with_includes.json")).newest_id == "1803712345678901234"


def test_a_bare_mention_has_nothing_to_ingest() -> None:
    payload = load("mention_with_includes.json")
    payload["data"][0]["text"] = "@SetdaKukar  "
    assert parse_mentions(payload, OWN_ID) == []


def test_handles_inside_the_text_are_kept() -> None:
    payload = load("mention_with_includes.json")
    payload["data"][0]["text"] = "@SetdaKukar tolong @DishubKukar cek lampu"
    [msg] = parse_mentions(payload, OWN_ID)
    assert isinstance(msg, IncomingMessage) and msg.text == "tolong @DishubKukar cek lampu"


def test_docs_conversation_thread_keeps_long_handles_whole() -> None:
    """X's own conversation example: handles longer than 15 characters are not cut."""
    found = parse_mentions(load("docs_conversation_thread.json"), "3001960000")
    assert [m.text for m in found] == [
        "@OriginalPerson000 Reply to the third reply!",
        "@OriginalPerson000 Third reply",
        "@OriginalPerson000 Second Reply",
        "@OriginalPerson000 First Reply",
    ]
    assert found[0].thread_keys == ("tweet:1280155225706433333", "tweet:1279944223114900000")
    assert found[0].sender_name == "Fourth person"


def test_media_keys_without_includes_are_kept_as_an_unreadable_attachment() -> None:
    payload = load("dm_photo_no_text.json")
    del payload["includes"]["media"]
    [msg] = parse_dm_events(payload, OWN_ID)
    assert msg.text == "[Lampiran]"
    assert msg.media == ({"media_key": "3_1803729999000000001", "type": "unknown", "url": None,
                          "filename": "3_1803729999000000001"},)  # fmt: skip


@pytest.mark.parametrize("junk", [":", "fast", 1.5, [], {"k": 1}, True, None, -1])
def test_dm_video_with_a_junk_bit_rate_is_still_taken(junk: Any) -> None:
    """A variant whose bit_rate is not a whole number (hypothesis found ':') counts as 0: the
    message is taken with the best variant that has one, never lost to a ValueError."""
    payload = load("dm_video_with_text.json")
    payload["includes"]["media"][0]["variants"][2]["bit_rate"] = junk
    [msg] = parse_dm_events(payload, OWN_ID)
    assert msg.text == "Ini videonya, banjir di depan kantor desa"
    assert msg.media[0]["url"].endswith("/low.mp4")
    assert msg.media[0]["content_type"] == "video/mp4"
