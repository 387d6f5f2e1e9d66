"""The desk's HTTP side: `build_desk(ctx)` makes an app's desk, `desk_router(ctx)` wires login,
the complaint pages and the admin pages.

The routes are built once per process (for each pair of the reply form's caps, which its route
is built with): FastAPI's analysis of 53 routes took about 0.1 CPU-second, paid again for every
app a process made. A route reaches the desk of the app that serves the request, which `_bind`
takes from the app's state for the request's context (a sync route runs in a worker thread with
a copy of that context)."""

from __future__ import annotations

import functools
from contextvars import ContextVar
from typing import Any, cast

from fastapi import APIRouter, Depends, Request

from core.secrets import secret_key
from desk.auth import Auth
from desk.context import Desk, DeskContext
from desk.navigation import nav_counts
from desk.replies import LiveReplies
from desk.routes_admin import admin_routes
from desk.routes_assign import assign_routes
from desk.routes_auth import auth_routes
from desk.routes_cases import case_routes
from desk.routes_complaints import complaint_routes, reply_caps
from desk.views import Views

_SERVING: ContextVar[Desk] = ContextVar("desk")


def build_desk(ctx: DeskContext) -> Desk:
    """The desk of one app (create_app keeps it in `app.state.desk`)."""
    desk = Desk(
        ctx, Auth(ctx.settings.desk, ctx.store, secret_key(ctx.settings), ctx.clock),
        Views(ctx.settings, ctx.channel_names), LiveReplies.load(ctx.settings),
    )  # fmt: skip
    desk.views.nav = lambda viewer: nav_counts(ctx.store, viewer, ctx.clock())
    return desk


def desk_router(ctx: DeskContext) -> APIRouter:
    """Every /desk route, for an app whose `state.desk` is `build_desk(ctx)`."""
    return _routes(*reply_caps(ctx.settings))


class _Serving:
    """Stands for the desk of the app that serves the current request (see the module)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(_SERVING.get(), name)


async def _bind(request: Request) -> None:
    _SERVING.set(request.app.state.desk)


@functools.lru_cache(maxsize=8)
def _routes(body_cap: int, most: int) -> APIRouter:
    desk = cast(Desk, _Serving())
    api = APIRouter(prefix="/desk", include_in_schema=False, dependencies=[Depends(_bind)])
    auth_routes(api, desk)
    complaint_routes(api, desk, (body_cap, most))
    assign_routes(api, desk)
    case_routes(api, desk)
    admin_routes(api, desk)
    return api
