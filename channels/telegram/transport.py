"""The Telegram transport: getUpdates, getFile downloads, setWebhook, sendMessage and the
files of officers' replies (sendPhoto, sendDocument).

python-telegram-bot is asyncio; aduan's senders and jobs are synchronous, so one private event
loop in a daemon thread runs every Bot call. Nothing here sleeps: a flood wait (429
`retry_after`) or our own per-chat pacing raises TransientChannelError and the outbox row is
rescheduled. Limits: https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
"""

from __future__ import annotations

import asyncio
import os
import threading
import warnings
from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from typing import Any, TypeVar

from telegram import Bot, ReplyParameters
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.warnings import PTBDeprecationWarning

from channels.base import OutgoingFile, OutgoingMessage, SendResult
from channels.errors import (
    ChannelAuthError,
    ChannelError,
    DeferredError,
    PermanentChannelError,
    TooLarge,
    TransientChannelError,
)
from channels.telegram.settings import TelegramSettings

# Opt in to PTB's future behaviour (time periods as timedelta) so flood waits carry no
# deprecation warning; _translate reads both forms.
os.environ.setdefault("PTB_TIMEDELTA", "1")

T = TypeVar("T")
ALLOWED_UPDATES = ("message", "edited_message")
MAX_TEXT = 4096
MAX_PHOTO_BYTES = 10 * 1024 * 1024  # larger pictures go as documents (Bot API, sendPhoto)
CALL_TIMEOUT = 90.0


class _Loop:
    """A private asyncio loop in a daemon thread, for calling PTB from synchronous code."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(CALL_TIMEOUT)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


class Pacer:
    """Telegram's send limits, enforced by refusing early instead of sleeping."""

    def __init__(self, per_chat: float, per_second: int, clock: Callable[[], datetime]) -> None:
        self.per_chat = timedelta(seconds=per_chat)
        self.per_second = per_second
        self.clock = clock
        self.last: dict[str, datetime] = {}
        self.recent: list[datetime] = []
        self.lock = threading.Lock()

    def take(self, chat: str) -> None:
        """Claim a send slot for `chat`, or raise TransientChannelError with the wait."""
        with self.lock:
            now = self.clock()
            last = self.last.get(chat)
            if last is not None and now - last < self.per_chat:
                wait = (self.per_chat - (now - last)).total_seconds()
                raise DeferredError(f"pacing chat {chat}", retry_after=wait)
            second_ago = now - timedelta(seconds=1)
            self.recent = [t for t in self.recent if t > second_ago]
            if len(self.recent) >= self.per_second:
                wait = (self.recent[0] - second_ago).total_seconds()
                raise DeferredError("pacing: 30 messages per second", retry_after=wait)
            self.recent.append(now)
            self.last[chat] = now


class TelegramTransport:
    """Bot API calls for one bot; also the channel's Sender."""

    channel = "telegram"

    def __init__(self, settings: TelegramSettings, clock: Callable[[], datetime]) -> None:
        assert settings.bot_token is not None
        self.settings = settings
        self.token = settings.bot_token.get_secret_value()
        self.bot_id = self.token.split(":", 1)[0]
        self.pacer = Pacer(settings.per_chat_interval_seconds, settings.global_per_second, clock)
        self._loop: _Loop | None = None
        self._bot: Bot | None = None
        self._guard = threading.Lock()

    def get_updates(self, offset: int | None, timeout: int | None = None) -> list[dict[str, Any]]:
        """The next batch of updates after `offset` (long polling), as raw JSON objects.

        Raw, not `Update` objects: python-telegram-bot's `de_json` refuses a whole update when
        one nested object lacks a field, and channels/telegram/parse.py reads them leniently.
        The method name is lower-case because the Bot API's names are case-insensitive and
        PTB warns when `do_api_request` is given the name of one of its own methods.
        """
        wait = self.settings.poll_timeout_seconds if timeout is None else timeout
        params: dict[str, Any] = {
            "limit": self.settings.poll_limit,
            "timeout": wait,
            "allowed_updates": list(ALLOWED_UPDATES),
        }
        if offset is not None:
            params["offset"] = offset

        async def call(bot: Bot) -> Any:
            return await bot.do_api_request("getupdates", params, read_timeout=wait + 10)

        found = self._call(call)
        if not isinstance(found, list):
            raise TransientChannelError(f"telegram getUpdates answered {type(found).__name__}")
        return [u for u in found if isinstance(u, dict)]

    def fetch_file(self, file_id: str, limit: int) -> bytes:
        """One file through getFile; PermanentChannelError when it is over `limit` bytes."""

        async def fetch(bot: Bot) -> bytes:
            remote = await bot.get_file(file_id)
            if remote.file_size and remote.file_size > limit:
                return b""
            return bytes(await remote.download_as_bytearray())

        data = self._call(fetch)
        if not data or len(data) > limit:
            raise TooLarge(f"telegram file {file_id}: empty or over {limit} bytes", limit)
        return data

    def set_webhook(self, url: str, secret: str) -> bool:
        """Register the webhook URL with its secret token."""

        async def call(bot: Bot) -> bool:
            return await bot.set_webhook(
                url, secret_token=secret, allowed_updates=list(ALLOWED_UPDATES)
            )

        return self._call(call)

    def send(self, message: OutgoingMessage) -> SendResult:
        """Send one text message (split at Telegram's 4096-character limit), then each file of
        an officer's reply: a part delivered by an earlier attempt is not sent again."""
        self.pacer.take(message.recipient)
        last_id = message.send_parts(
            lambda: self._send_text(message), lambda f: self._send_file(message.recipient, f)
        )
        return SendResult(provider_id=last_id)

    def _send_text(self, message: OutgoingMessage) -> str:
        notice = message.meta.get("notice")
        text = f"{message.text}\n\n{notice}" if notice else message.text
        reply_to = message.meta.get("reply_to_message_id")
        last_id = None
        for i, part in enumerate(_chunks(text, MAX_TEXT)):

            async def call(bot: Bot, part: str = part, first: bool = i == 0) -> int:
                sent = await bot.send_message(
                    chat_id=int(message.recipient),
                    text=part,
                    reply_parameters=(
                        ReplyParameters(int(reply_to), allow_sending_without_reply=True)
                        if reply_to and first
                        else None
                    ),
                )
                return sent.message_id

            last_id = self._call(call)
        return f"{message.recipient}:{last_id}"

    def _send_file(self, chat: str, file: OutgoingFile) -> str:
        """One file as multipart/form-data: sendPhoto for a JPEG or PNG a photo may be (10 MB),
        else sendDocument. https://core.telegram.org/bots/api#sending-files"""

        async def call(bot: Bot) -> int:
            if file.is_photo and len(file.data) <= MAX_PHOTO_BYTES:
                sent = await bot.send_photo(int(chat), photo=file.data, filename=file.filename)
            else:
                sent = await bot.send_document(
                    int(chat), document=file.data, filename=file.filename
                )
            return sent.message_id

        return f"{chat}:{self._call(call)}"

    def close(self) -> None:
        """Stop the private loop (the HTTP client goes with it)."""
        with self._guard:
            if self._loop is not None:
                if self._bot is not None:
                    self._loop.run(self._bot.shutdown())
                self._loop.close()
            self._loop, self._bot = None, None

    def _call(self, func: Callable[[Bot], Coroutine[Any, Any, T]]) -> T:
        loop, bot = self._ensure()
        try:
            return loop.run(func(bot))
        except TelegramError as exc:
            raise _translate(exc) from exc

    def _ensure(self) -> tuple[_Loop, Bot]:
        with self._guard:
            if self._loop is None or self._bot is None:
                self._loop = _Loop()
                self._bot = Bot(
                    self.token,
                    base_url=self.settings.api_base_url,
                    base_file_url=self.settings.file_base_url,
                )
            return self._loop, self._bot


def _translate(exc: TelegramError) -> ChannelError:
    """PTB's errors as ours. Order matters: TimedOut and RetryAfter are NetworkErrors too."""
    if isinstance(exc, RetryAfter):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PTBDeprecationWarning)
            wait = exc.retry_after
        seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
        return DeferredError(f"telegram flood control: {exc}", retry_after=seconds)
    if isinstance(exc, InvalidToken):
        return ChannelAuthError(f"telegram rejected the bot token: {exc}")
    if isinstance(exc, Forbidden):
        return PermanentChannelError(f"telegram refused: {exc}")  # the user blocked the bot
    if isinstance(exc, BadRequest):
        return PermanentChannelError(f"telegram bad request: {exc}")
    if isinstance(exc, TimedOut | NetworkError):
        return TransientChannelError(f"telegram unreachable: {exc}")
    return TransientChannelError(f"telegram error: {exc}")


def _chunks(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]
