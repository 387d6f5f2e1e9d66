"""The FastAPI app factory and the service it runs: the one place that wires everything."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import MappingProxyType

from apscheduler.schedulers.background import BackgroundScheduler
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from accountability.privacy import jobs as privacy_jobs
from accountability.survey import jobs as survey_jobs
from channels.base import Sender
from core.guard import NulGuard, SecurityHeaders, metrics_response
from desk.context import ChannelInfo, DeskContext
from desk.errors import install_error_pages
from desk.jobs import jobs as desk_jobs
from desk.public import public_router
from desk.stats import stats_router
from desk.survey_public import survey_router
from desk.templating import TEMPLATES
from desk.web import build_desk, desk_router
from ingest import metrics
from ingest.alerts import queue_channel_alert
from ingest.channels import PLUGINS, reply_file_channels
from ingest.media import media_job
from ingest.outbox import Dispatcher
from ingest.outbox_files import ReplyFiles
from ingest.pacing import purge_job, share_pacing
from ingest.pipeline import Pipeline, RouterLike
from ingest.reload import LiveRouter
from ingest.reprocess import Reprocessor
from ingest.scheduler import build_scheduler
from ingest.send_health import SendHealth
from ingest.wiring import Context, Job, media_fetchers
from routing import Router
from settings.root import Settings
from settings.security import MetricsAccess
from store.db import OperationalError, Store
from store.migrate import current_revision, head_revision
from store.types import utcnow

log = logging.getLogger(__name__)

RELOAD_SECONDS = 5.0
# The WAL is copied back often and in small pieces. A passive checkpoint does not block the
# writer, yet the webhooks answered while one ran were held longer the more pages it had to copy
# (measured, not explained: at 200 webhooks a second after a flood, 11-22 ms once a second with a
# checkpoint each second, 55-60 ms with one every five). Each quarter second, p99 fell from
# 9.6-11.9 ms to 6.7-8.4 (alternate runs, 2026-12-07). An idle tick is one PRAGMA.
CHECKPOINT_SECONDS = 0.25


@dataclass
class Service:
    """Everything one process runs: the context, the outbox and the scheduled jobs."""

    ctx: Context
    desk: DeskContext
    dispatcher: Dispatcher
    jobs: list[Job] = field(default_factory=list)
    disabled: dict[str, str] = field(default_factory=dict)
    scheduler: BackgroundScheduler | None = None

    def start(self) -> None:
        """Start the scheduled jobs in background threads."""
        ctx = self.ctx
        self.scheduler = build_scheduler(ctx, self.jobs, lambda ch: queue_channel_alert(ctx, ch))
        self.scheduler.start()

    def stop(self) -> None:
        """Stop the jobs, letting running ones finish (long-running ones are asked to)."""
        for job in self.jobs:
            if job.stop is not None:
                job.stop()
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=True)
            self.scheduler = None
        self.ctx.pipeline.close()


def disabled_channels(settings: Settings) -> dict[str, str]:
    """Channels that cannot run with these settings, and why."""
    found = {p.name: p.disabled_reason(settings) for p in PLUGINS}
    return {name: reason for name, reason in found.items() if reason}


def channel_senders(
    settings: Settings, store: Store, clock: Callable[[], datetime], disabled: dict[str, str]
) -> dict[str, Sender]:
    """Each enabled channel's sender, built with the store and the clock."""
    built: dict[str, Sender] = {}
    for plugin in PLUGINS:
        if plugin.name in disabled:
            log.warning("channel %s disabled: %s", plugin.name, disabled[plugin.name])
            continue
        sender = plugin.sender(settings, store, clock)
        if sender is not None:
            built[plugin.name] = sender
    return built


def build_service(
    settings: Settings,
    store: Store,
    router: RouterLike | None = None,
    clock: Callable[[], datetime] = utcnow,
    senders: dict[str, Sender] | None = None,
    config_file: Path | None = None,
) -> Service:
    """Wire the pipeline, the senders and the channels' jobs for these settings.

    With `config_file`, the routing rules are reloaded when that file changes.
    """
    live = None
    if router is None and config_file is not None:
        live = LiveRouter.started(config_file, settings)
        router = live
    router = router or Router.build(settings.routing, settings.sections)
    pipeline = Pipeline(settings, store, router, clock)
    disabled = disabled_channels(settings)
    built = {**channel_senders(settings, store, clock, disabled), **(senders or {})}
    ctx = Context(settings, store, pipeline, clock, MappingProxyType(built), pages=TEMPLATES)
    share_pacing(ctx)
    pipeline.replies.outbound = ctx.senders  # web acknowledgements only where a sender exists
    files = ReplyFiles(settings.service.data_dir, reply_file_channels())
    dispatcher = Dispatcher(settings.outbox, store, ctx.senders, clock, SendHealth(ctx), files)
    jobs = [Job("outbox", "", settings.outbox.dispatch_seconds, dispatcher.run_once),
            purge_job(ctx)]  # fmt: skip
    if live is not None:
        jobs.append(Job("rules-reload", "", RELOAD_SECONDS, lambda: int(live.check_reload())))
    if store.is_sqlite:
        jobs.append(Job("sqlite-checkpoint", "", CHECKPOINT_SECONDS, store.checkpoint))
    for plugin in PLUGINS:
        if plugin.name not in disabled:
            jobs.extend(plugin.jobs(ctx))
    enabled = [p for p in PLUGINS if p.name not in disabled]
    jobs.append(media_job(ctx, media_fetchers(enabled)))
    jobs.extend(desk_jobs(ctx))
    jobs.extend(survey_jobs(ctx))
    jobs.extend(privacy_jobs(ctx))
    return Service(ctx, desk_context(ctx), dispatcher, jobs, disabled)


def desk_context(ctx: Context) -> DeskContext:
    """What the desk is given: no channel API, only each channel's label and capabilities."""
    channels = tuple(ChannelInfo(p.name, p.label, p.capabilities.reply_files) for p in PLUGINS)
    return DeskContext(ctx.settings, ctx.store, ctx.clock, Reprocessor(ctx), channels,
                       frozenset(ctx.senders))  # fmt: skip


def create_app(
    service: Service, *, run_jobs: bool = False, started: Callable[[], None] | None = None
) -> FastAPI:
    """The HTTP app: webhooks, the web form, public pages, health and metrics.

    `started` is called once start-up is over (jobs running), before the first request.
    """

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        service.ctx.pipeline.warm_up()
        if run_jobs:
            service.start()
        if started is not None:
            started()
        try:
            yield
        finally:
            service.stop()

    ctx = service.ctx
    security = ctx.settings.security
    docs = security.api_docs
    app = FastAPI(
        title="aduan",
        lifespan=lifespan,
        docs_url="/api/docs" if docs else None,
        openapi_url="/openapi.json" if docs else None,
        redoc_url=None,
        # Counted as the body streams in, 413 before it is buffered; no form takes a file.
        max_body_size=security.max_body_bytes,
        form_limits={
            "max_fields": security.max_form_fields,
            "max_files": 0,
            "max_part_size": security.max_form_part_bytes,
        },
    )
    app.state.service = service
    app.state.desk = build_desk(service.desk)  # what the desk's routes serve (desk/web.py)
    webhooks: list[BaseRoute] = []
    for plugin in PLUGINS:
        if plugin.name in service.disabled:
            continue
        routes = plugin.router(ctx)
        if routes is not None:
            app.include_router(routes)
            webhooks.extend(routes.routes)
    app.include_router(public_router(ctx.settings, ctx.store))
    app.include_router(desk_router(service.desk))
    app.include_router(survey_router(ctx))
    app.include_router(stats_router(service.desk))
    _health_routes(app, ctx.store, security.metrics)
    install_error_pages(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(NulGuard)
    app.add_middleware(LatencyMiddleware)
    app.add_middleware(WebhookLane, lanes=webhook_lanes(app, webhooks))
    return app


def webhook_lanes(app: FastAPI, routes: list[BaseRoute]) -> dict[str, tuple[Route, ASGIApp]]:
    """The plain Starlette POST routes under /webhooks/ (no path parameters), each wrapped in
    what the app's stack gives it: its error handlers, security headers, latency metric."""
    # As Starlette's build_middleware_stack splits them: 500 and Exception are the outer
    # ServerErrorMiddleware's, which the lane still passes through.
    handlers = {k: v for k, v in app.exception_handlers.items() if k not in (500, Exception)}
    return {
        route.path: (
            route,
            LatencyMiddleware(SecurityHeaders(ExceptionMiddleware(route.app, handlers))),
        )
        for route in routes
        if type(route) is Route  # not an APIRoute: those need FastAPI's dependency machinery
        and route.path.startswith("/webhooks/")
        and "{" not in route.path
        and "POST" in (route.methods or ())
    }


class WebhookLane:
    """A webhook POST goes straight to its route, past the router and the middleware between.

    The busiest requests of the service are plain Starlette endpoints that read their own body
    (within their channel's limit) and answer with ready bytes; resolving them through FastAPI's
    included routers and the layers between cost 0.1 ms a request (bench/webhook.py). What those
    layers do for a webhook is kept: the service-wide body limit and the last-resort 500 are
    outside this middleware, and each lane has the app's error handlers, the security headers
    and the latency metric (webhook_lanes). A query string (NulGuard's concern) takes the
    ordinary way.
    """

    def __init__(self, app: ASGIApp, lanes: dict[str, tuple[Route, ASGIApp]]) -> None:
        self.app = app
        self.lanes = lanes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and not scope["query_string"]:
            found = self.lanes.get(scope["path"])
            if found is not None:
                scope["route"] = found[0]  # as the router would set it (the latency label)
                await found[1](scope, receive, send)
                return
        await self.app(scope, receive, send)


def _health_routes(app: FastAPI, store: Store, access: MetricsAccess) -> None:
    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> JSONResponse:
        def check() -> tuple[int, dict[str, str]]:
            try:
                current = current_revision(store)
            except OperationalError as exc:
                return 503, {"status": "database unreachable", "error": str(exc.orig)[:200]}
            if current != head_revision():
                return 503, {"status": "schema outdated", "run": "aduan db upgrade"}
            return 200, {"status": "ready", "schema": current or ""}

        status, body = await run_in_threadpool(check)
        return JSONResponse(body, status_code=status)

    @app.get("/metrics", include_in_schema=False)
    async def prometheus(request: Request) -> Response:
        return metrics_response(request, access)


class LatencyMiddleware:
    """Request latency per route template (pure ASGI, so it adds next to nothing)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def timed_send(message: Message) -> None:
            if message["type"] == "http.response.body" and not message.get("more_body"):
                route = scope.get("route")
                path = getattr(route, "path", "unmatched")
                metrics.REQUEST_SECONDS.labels(path, scope["method"]).observe(
                    time.perf_counter() - start
                )
            await send(message)

        await self.app(scope, receive, timed_send)
