"""Outbound HTTP for channel senders: provider answers mapped onto our typed errors."""

from __future__ import annotations

import ssl
from functools import cache
from typing import Any

import httpx

from channels.errors import (
    ChannelAuthError,
    DeferredError,
    PermanentChannelError,
    TransientChannelError,
)

TIMEOUT = httpx.Timeout(15.0, connect=5.0)


@cache
def _tls() -> ssl.SSLContext:
    return httpx.create_ssl_context()  # what httpx.Client makes when given none


def new_client(**kwargs: Any) -> httpx.Client:
    """An HTTP client for calling a provider, on the process's one TLS context (httpx's default:
    certifi's CAs). A client made without one loads the CA bundle again, about 50 ms of CPU, for
    each sender a service builds and each media file fetched."""
    return httpx.Client(timeout=TIMEOUT, verify=_tls(), **kwargs)


def post(client: httpx.Client, url: str, **kwargs: Any) -> httpx.Response:
    """POST and raise the typed error that matches the provider's answer."""
    try:
        response = client.post(url, **kwargs)
    except httpx.TimeoutException as exc:
        raise TransientChannelError(f"timeout calling {_host(url)}") from exc
    except httpx.TransportError as exc:
        raise TransientChannelError(f"cannot reach {_host(url)}: {exc}") from exc
    check(response)
    return response


def check(response: httpx.Response) -> None:
    """Raise for a non-2xx provider answer."""
    status = response.status_code
    if status < 300:
        return
    detail = f"{status} from {_host(str(response.request.url))}: {response.text[:300]}"
    if status == 429 or status >= 500:
        retry = response.headers.get("Retry-After")
        kind = DeferredError if status == 429 else TransientChannelError
        raise kind(detail, float(retry) if retry and retry.isdigit() else None)
    if status in (401, 403):
        raise ChannelAuthError(detail)
    if status in (404, 405):  # the endpoint itself is wrong: no message can go
        raise PermanentChannelError(detail, kind="config")
    raise PermanentChannelError(detail)


def _host(url: str) -> str:
    return httpx.URL(url).host
