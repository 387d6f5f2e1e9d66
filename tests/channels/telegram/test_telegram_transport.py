"""The real python-telegram-bot Bot against a fake Bot API on loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import SecretStr

from channels.base import OutgoingMessage
from channels.errors import ChannelAuthError, PermanentChannelError, TransientChannelError
from channels.telegram.parse import ParseOptions, parse
from channels.telegram.settings import TelegramSettings
from channels.telegram.transport import TelegramTransport
from tests.channels.telegram.fake_bot_api import TOKEN, FakeBotApi, serve

FIXTURES = Path(__file__).parents[2] / "fixtures" / "telegram"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2024, 6, 20, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def fake() -> Iterator[FakeBotApi]:
    with serve(FakeBotApi()) as api:
        yield api


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def transport(fake: FakeBotApi, clock: Clock) -> Iterator[TelegramTransport]:
    settings = TelegramSettings(
        bot_token=SecretStr(TOKEN),
        api_base_url=fake.base_url,
        file_base_url=fake.file_base_url,
        max_file_bytes=2048,
    )
    t = TelegramTransport(settings, clock)
    yield t
    t.close()


def fixture(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((FIXTURES / name).read_text())
    return data


def test_get_updates_after_offset(fake: FakeBotApi, transport: TelegramTransport) -> None:
    fake.updates = [fixture("text_private.json"), fixture("location.json")]
    updates = transport.get_updates(500000002, timeout=0)
    assert [u["update_id"] for u in updates] == [500000010]
    assert fake.calls[-1][1]["offset"] == 500000002
    [msg] = parse(updates[0], ParseOptions())
    assert msg.meta["location"]["latitude"] == pytest.approx(-0.405556)


def test_send_replies_in_thread(fake: FakeBotApi, transport: TelegramTransport) -> None:
    out = OutgoingMessage(
        "telegram", "111222333", "Aduan diterima: KK-ABCD", meta={"reply_to_message_id": 41}
    )
    result = transport.send(out)
    [sent] = fake.sent()
    assert sent["chat_id"] == 111222333
    assert sent["text"] == "Aduan diterima: KK-ABCD"
    assert sent["reply_parameters"]["message_id"] == 41
    assert result.provider_id == f"111222333:{fake.next_message_id}"


def test_notice_about_refused_file_is_appended(
    fake: FakeBotApi, transport: TelegramTransport
) -> None:
    transport.send(OutgoingMessage("telegram", "5", "Diterima.", meta={"notice": "Berkas X."}))
    assert fake.sent()[0]["text"] == "Diterima.\n\nBerkas X."


def test_flood_wait_is_transient_with_retry_after(
    fake: FakeBotApi, transport: TelegramTransport
) -> None:
    fake.fail("sendMessage", 429, retry_after=7)
    with pytest.raises(TransientChannelError) as err:
        transport.send(OutgoingMessage("telegram", "5", "halo"))
    assert err.value.retry_after == 7


def test_per_chat_pacing_refuses_instead_of_sleeping(
    fake: FakeBotApi, transport: TelegramTransport, clock: Clock
) -> None:
    transport.send(OutgoingMessage("telegram", "5", "satu"))
    with pytest.raises(TransientChannelError) as err:
        transport.send(OutgoingMessage("telegram", "5", "dua"))
    assert err.value.retry_after == pytest.approx(1.0)
    transport.send(OutgoingMessage("telegram", "6", "chat lain boleh"))
    clock.now += timedelta(seconds=1)
    transport.send(OutgoingMessage("telegram", "5", "dua"))
    assert [s["text"] for s in fake.sent()] == ["satu", "chat lain boleh", "dua"]


def test_global_pacing_at_thirty_per_second(fake: FakeBotApi, transport: TelegramTransport) -> None:
    transport.pacer.per_second = 3
    for chat in ("1", "2", "3"):
        transport.pacer.take(chat)
    with pytest.raises(TransientChannelError, match="per second"):
        transport.pacer.take("4")


def test_rejected_token_is_an_auth_error(fake: FakeBotApi, transport: TelegramTransport) -> None:
    fake.fail("getUpdates", 401)
    with pytest.raises(ChannelAuthError):
        transport.get_updates(None, timeout=0)


def test_blocked_by_user_is_permanent(fake: FakeBotApi, transport: TelegramTransport) -> None:
    fake.fail("sendMessage", 403)
    with pytest.raises(PermanentChannelError):
        transport.send(OutgoingMessage("telegram", "5", "halo"))


def test_server_error_is_transient(fake: FakeBotApi, transport: TelegramTransport) -> None:
    fake.fail("getUpdates", 502)
    with pytest.raises(TransientChannelError):
        transport.get_updates(None, timeout=0)


def test_fetch_file_within_limit_and_refuse_larger(
    fake: FakeBotApi, transport: TelegramTransport
) -> None:
    fake.files = {"small": b"%PDF-1.4 kecil", "big": b"x" * 4096}
    assert transport.fetch_file("small", 1024) == b"%PDF-1.4 kecil"
    with pytest.raises(PermanentChannelError, match="over 1024 bytes"):
        transport.fetch_file("big", 1024)
    fake.fail("getFile", 502)
    with pytest.raises(TransientChannelError):
        transport.fetch_file("small", 1024)


def test_set_webhook_sends_the_secret(fake: FakeBotApi, transport: TelegramTransport) -> None:
    assert transport.set_webhook("https://aduan.example/webhooks/telegram", "s3cret")
    method, params = fake.calls[-1]
    assert method == "setWebhook"
    assert params["secret_token"] == "s3cret"
    assert params["url"] == "https://aduan.example/webhooks/telegram"
