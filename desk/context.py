"""What the desk is given by the composition root (service/app.py), and what every desk route
uses: no service locator, only the settings, the store, the clock and two narrow views of the
channels and the intake (the desk knows nothing of channel APIs)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from fastapi import HTTPException, Request
from fastapi.responses import RedirectResponse

from desk.access import Viewer
from desk.auth import SESSION_COOKIE, Auth
from desk.replies import LiveReplies
from desk.views import Views
from settings.root import Settings
from store.db import Store
from store.models import DeadLetter


class Intake(Protocol):
    """What the desk asks of the intake: its live rules, and a dead letter accepted again."""

    @property
    def router(self) -> Any:
        """The routing rules in force (reloaded while the service runs)."""
        ...

    def supports(self, channel: str) -> bool:
        """Whether dead letters of this channel can be reprocessed."""
        ...

    def reprocess(self, row: DeadLetter) -> list[str]:
        """Parse and accept the dead letter's input again; the outcomes (PayloadError again)."""
        ...


@dataclass(frozen=True)
class ChannelInfo:
    """A channel as the desk shows it: its name, its label, whether replies carry files."""

    name: str
    label: str
    reply_files: bool = False


@dataclass(frozen=True)
class DeskContext:
    """Everything the desk is given: built once by the composition root."""

    settings: Settings
    store: Store
    clock: Callable[[], datetime]
    intake: Intake
    channels: tuple[ChannelInfo, ...] = ()
    senders: frozenset[str] = frozenset()
    """The channels that can send with these settings."""

    @property
    def channel_names(self) -> dict[str, str]:
        """Each channel's label, by name."""
        return {c.name: c.label for c in self.channels}

    @property
    def reply_file_channels(self) -> frozenset[str]:
        """The channels whose replies carry files."""
        return frozenset(c.name for c in self.channels if c.reply_files)


@dataclass
class Desk:
    """What every desk route uses."""

    ctx: DeskContext
    auth: Auth
    views: Views
    replies: LiveReplies

    @property
    def settings(self) -> Settings:
        """The service settings."""
        return self.ctx.settings

    @property
    def store(self) -> Store:
        """The complaint store."""
        return self.ctx.store

    @property
    def clock(self) -> Callable[[], datetime]:
        """The service clock."""
        return self.ctx.clock

    @property
    def data_dir(self) -> Path:
        """Where attachments live."""
        return Path(self.settings.service.data_dir)

    def viewer(self, request: Request) -> Viewer:
        """The signed-in officer, or a redirect to the login page."""
        found = self.auth.viewer(request.cookies.get(SESSION_COOKIE))
        if found is None:
            target = request.url.path
            if request.url.query:
                target += "?" + request.url.query
            where = (
                f"/desk/masuk?next={quote(target)}" if request.method == "GET" else "/desk/masuk"
            )
            raise HTTPException(303, "login required", headers={"Location": where})
        return found

    def secure(self, request: Request) -> bool:
        """Whether the cookie gets the Secure flag: the desk is served over HTTPS."""
        return (
            request.url.scheme == "https"
            or request.headers.get("x-forwarded-proto", "") == "https"
            or self.settings.service.public_base_url.startswith("https://")
        )


def redirect(url: str) -> RedirectResponse:
    """A 303 to a page (after a form)."""
    return RedirectResponse(url, status_code=303)
