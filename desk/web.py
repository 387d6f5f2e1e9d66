"""The desk's HTTP side: `desk_router(ctx)` wires login, the complaint pages and the admin pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from desk.access import Viewer
from desk.auth import SESSION_COOKIE, Auth
from desk.replies import LiveReplies
from desk.views import Views
from ingest.secrets import secret_key
from ingest.wiring import Context
from settings.root import Settings
from store.db import Store


@dataclass
class Desk:
    """What every desk route uses."""

    ctx: Context
    auth: Auth
    views: Views
    replies: LiveReplies
    # Render a page with a draft kept after a re-login, by kind of page ("aduan", "kasus"; set by
    # their routes): (request, viewer, id, (form, text)) -> the page with the text in its box.
    resume: dict[str, Callable[[Request, Viewer, int, tuple[str, str]], Response]] = field(
        default_factory=dict
    )

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


def desk_router(ctx: Context) -> APIRouter:
    """Every /desk route."""
    from desk.navigation import nav_counts
    from desk.routes_admin import admin_routes
    from desk.routes_assign import assign_routes
    from desk.routes_auth import auth_routes
    from desk.routes_cases import case_routes
    from desk.routes_complaints import complaint_routes

    desk = Desk(
        ctx, Auth(ctx.settings.desk, ctx.store, secret_key(ctx.settings), ctx.clock),
        Views(ctx.settings), LiveReplies.load(ctx.settings),
    )  # fmt: skip
    desk.views.nav = lambda viewer: nav_counts(ctx.store, viewer, ctx.clock())
    api = APIRouter(prefix="/desk", include_in_schema=False)
    auth_routes(api, desk)
    complaint_routes(api, desk)
    assign_routes(api, desk)
    case_routes(api, desk)
    admin_routes(api, desk)
    return api
