"""HTTP helpers for webhook handlers: raw bodies within limits, errors translated once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, NoReturn
from urllib.parse import parse_qsl

from fastapi import HTTPException, Request
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from channels.base import IncomingMessage
from channels.errors import PayloadError, SignatureError
from core.results import AcceptResult
from ingest import metrics
from ingest.intake import secretless
from ingest.pipeline import Pipeline
from store.db import OperationalError

log = logging.getLogger(__name__)


class BodyTooLarge(Exception):
    """The request body is over the configured limit."""


async def read_body(request: Request, limit: int) -> bytes:
    """The raw body, refused (413) as soon as it passes `limit`, before it is all buffered."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body over {limit} bytes")
    # The ASGI messages read directly: request.stream() is an async generator, whose set-up
    # costs more than reading a small webhook body.
    chunks, size = [], 0
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body over {limit} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def form_fields(body: bytes, max_fields: int) -> dict[str, str]:
    """An urlencoded body as a dict; 413 when it has more fields than allowed."""
    return dict(form_pairs(body, max_fields))


def form_pairs(body: bytes, max_fields: int) -> list[tuple[str, str]]:
    """An urlencoded body's fields in order, repeated names kept; 413 over `max_fields`."""
    try:
        # Not UTF-8: decoded with replacement characters, so that the signature check (over
        # what was sent) refuses it rather than the decoding failing before any check.
        pairs = parse_qsl(
            body.decode("utf-8", errors="replace"),
            keep_blank_values=True,
            max_num_fields=max_fields,
            strict_parsing=False,
        )
    except ValueError as exc:
        raise HTTPException(413, f"more than {max_fields} form fields") from exc
    return pairs


async def accept_webhook(
    pipeline: Pipeline,
    channel: str,
    body: bytes,
    request: Request,
    verify: Callable[[], None],
    parse: Callable[[], list[IncomingMessage]],
) -> list[AcceptResult]:
    """Verify, parse and accept one webhook request; errors become HTTP answers.

    A bad signature is 403 and nothing is stored. A database that cannot be reached is 503 so
    the gateway retries. Anything else that goes wrong (a body that does not parse, one nested
    too deep, a message the store refuses) keeps the body as one dead letter, with the reason
    and the request's headers without credentials, and answers 4xx: never a bare 500.
    """
    # Verifying and parsing are short CPU work: done on the event loop, no thread hop.
    try:
        verify()
    except Exception as exc:  # a signature that is not even well-formed is refused the same
        metrics.SIGNATURE_FAILURES.labels(channel).inc()
        log.warning("%s webhook refused: %s", channel, _why(exc))
        reason = exc if isinstance(exc, SignatureError) else "malformed signature"
        raise HTTPException(403, f"signature refused: {reason}") from exc
    try:
        messages = parse()
    except PayloadError as exc:
        await _refuse(pipeline, channel, body, request, str(exc), 400, "malformed payload")
    except RecursionError:
        await _refuse(pipeline, channel, body, request, "nested too deep", 400, "malformed payload")
    except Exception as exc:  # a parser's bug must not cost the message: kept for review
        log.exception("%s webhook: parser failed", channel)
        await _refuse(pipeline, channel, body, request, _why(exc), 422, "unreadable payload")
    try:
        return [await pipeline.committer.accept(msg) for msg in messages]
    except OperationalError as exc:
        log.error("%s webhook: database unavailable: %s", channel, exc.orig)
        raise HTTPException(503, "database unavailable, retry later") from exc
    except Exception as exc:  # the store refused it for good: kept for review, not retried
        log.exception("%s webhook: message could not be stored", channel)
        await _refuse(pipeline, channel, body, request, _why(exc), 422, "message not stored")


def _why(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:500]}"


async def _refuse(
    pipeline: Pipeline,
    channel: str,
    body: bytes,
    request: Request,
    reason: str,
    status: int,
    summary: str,
) -> NoReturn:
    """Keep the body as a dead letter and answer `status` with the reason."""
    headers = safe_headers(request)
    await run_in_threadpool(_dead_letter, pipeline, channel, body, reason, headers)
    raise HTTPException(status, f"{summary} ({channel}): {reason}; kept for review")


def _dead_letter(
    pipeline: Pipeline, channel: str, body: bytes, reason: str, headers: dict[str, str]
) -> None:
    try:
        pipeline.dead_letter(channel, body, reason, headers)
    except OperationalError as exc:
        raise HTTPException(503, "database unavailable, retry later") from exc


def safe_headers(request: Request) -> dict[str, Any]:
    """Request headers worth keeping with a dead letter (no credentials, no signatures)."""
    kept = secretless(dict(request.headers.items()))
    # Which endpoint took the body (e.g. which SMS dialect), so it can be reprocessed later.
    kept["x-aduan-path"] = request.url.path
    return kept
