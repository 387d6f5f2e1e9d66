"""The desk's HTTP side: `desk_router(ctx)` wires login, the complaint pages and the admin pages."""

from __future__ import annotations

from fastapi import APIRouter

from core.secrets import secret_key
from desk.auth import Auth
from desk.context import Desk, DeskContext
from desk.navigation import nav_counts
from desk.replies import LiveReplies
from desk.routes_admin import admin_routes
from desk.routes_assign import assign_routes
from desk.routes_auth import auth_routes
from desk.routes_cases import case_routes
from desk.routes_complaints import complaint_routes
from desk.views import Views


def desk_router(ctx: DeskContext) -> APIRouter:
    """Every /desk route."""
    desk = Desk(
        ctx, Auth(ctx.settings.desk, ctx.store, secret_key(ctx.settings), ctx.clock),
        Views(ctx.settings, ctx.channel_names), LiveReplies.load(ctx.settings),
    )  # fmt: skip
    desk.views.nav = lambda viewer: nav_counts(ctx.store, viewer, ctx.clock())
    api = APIRouter(prefix="/desk", include_in_schema=False)
    auth_routes(api, desk)
    complaint_routes(api, desk)
    assign_routes(api, desk)
    case_routes(api, desk)
    admin_routes(api, desk)
    return api
