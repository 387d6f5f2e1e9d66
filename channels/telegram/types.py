"""Lenient views of the Bot API objects aduan reads (https://core.telegram.org/bots/api).

python-telegram-bot's `de_json` refuses a whole update when one nested object lacks a field
that the current Bot API calls required (`is_bot`, `file_unique_id`, a sticker's `type`, a
poll's newer fields), so the citizen's text was lost with it. These models ask only for what
aduan needs, ignore everything else, and each optional part is read on its own: a part that
does not fit is dropped, never the message.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

M = TypeVar("M", bound="Lenient")


class Lenient(BaseModel):
    """Unknown fields are ignored; the update is kept raw beside what is read."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class User(Lenient):
    id: int
    is_bot: bool = False
    first_name: str = ""
    last_name: str | None = None
    username: str | None = None

    @property
    def full_name(self) -> str | None:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or self.username


class Chat(Lenient):
    id: int
    type: str | None = None
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None

    @property
    def kind(self) -> str:
        """The chat type; the webhook guide's examples have none: users' ids are positive."""
        return self.type or ("private" if self.id > 0 else "group")

    @property
    def name(self) -> str | None:
        person = " ".join(p for p in (self.first_name, self.last_name) if p)
        return self.title or person or self.username


class FileRef(Lenient):
    """Any downloadable object: PhotoSize, Document, Audio, Voice, Video, VideoNote..."""

    file_id: str
    file_unique_id: str | None = None
    file_size: int | None = None
    file_name: str | None = None
    mime_type: str | None = None
    width: int = 0
    height: int = 0
    emoji: str | None = None
    title: str | None = None
    is_animated: bool = False
    is_video: bool = False


class Location(Lenient):
    latitude: float
    longitude: float


class Venue(Lenient):
    location: Location
    title: str = ""
    address: str = ""


class Contact(Lenient):
    phone_number: str
    first_name: str = ""
    last_name: str | None = None
    user_id: int | None = None


class PollOption(Lenient):
    text: str = ""


class Poll(Lenient):
    question: str = ""
    options: list[PollOption] = Field(default_factory=list)


class Dice(Lenient):
    emoji: str = ""
    value: int | None = None


class Message(Lenient):
    """The fields every message has; the rest stays in `raw` and is read part by part."""

    message_id: int
    date: int
    chat: Chat
    edit_date: int | None = None
    raw: dict[str, Any] = Field(default_factory=dict, exclude=True)

    def part(self, model: type[M], name: str) -> M | None:
        """One optional part (`location`, `contact`...), or None when absent or unreadable."""
        return part(model, self.raw.get(name))

    def text_of(self, name: str) -> str | None:
        value = self.raw.get(name)
        return value if isinstance(value, str) else None

    @property
    def sender(self) -> User | None:
        return part(User, self.raw.get("from"))

    @property
    def reply_to_id(self) -> int | None:
        reply = self.raw.get("reply_to_message")
        found = reply.get("message_id") if isinstance(reply, dict) else None
        return found if isinstance(found, int) else None


def part(model: type[M], value: Any) -> M | None:
    """`value` read as `model`, or None when it is absent or does not fit."""
    if not isinstance(value, dict):
        return None
    try:
        return model.model_validate(value)
    except ValidationError:
        return None


def read_message(value: dict[str, Any]) -> Message:
    """The message's required core; raises ValidationError when even that is missing."""
    found = Message.model_validate(value)
    found.raw = value
    return found
