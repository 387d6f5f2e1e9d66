"""A fake Telegram Bot API on loopback for python-telegram-bot's `base_url`.

Answers getMe, getUpdates, sendMessage, sendPhoto, sendDocument, getFile (and the file
download) and setWebhook, records every call, and fails on demand:
`fail("sendMessage", 429, retry_after=7)`. A multipart/form-data upload is recorded with each
file part as an `Uploaded` under its field name (https://core.telegram.org/bots/api#inputfile).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from tests.fakeserver import Request, Response
from tests.fakeserver import serve as loopback

BOT_ID = 777000111
TOKEN = f"{BOT_ID}:AAFakeTokenForLoopbackTestsOnly-xyz"
METHODS = {
    name.lower(): name
    for name in (
        "getMe", "getUpdates", "sendMessage", "getFile", "setWebhook", "deleteWebhook",
        "sendPhoto", "sendDocument",
    )
}  # fmt: skip


@dataclass
class FakeBotApi:
    """State of the fake: queued updates, files, sent messages and failures to inject."""

    token: str = TOKEN
    updates: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    failures: dict[str, deque[tuple[int, dict[str, Any]]]] = field(default_factory=dict)
    next_message_id: int = 9000
    hold_files: threading.Event | None = None
    """When set, file downloads wait for it (at most 5 s): a provider that hangs."""
    file_requested: threading.Event = field(default_factory=threading.Event)
    base_url: str = ""
    file_base_url: str = ""

    def fail(self, method: str, status: int, times: int = 1, **parameters: Any) -> None:
        """Make the next `times` calls of `method` fail with this HTTP status."""
        queue = self.failures.setdefault(method, deque())
        for _ in range(times):
            queue.append((status, parameters))

    def sent(self) -> list[dict[str, Any]]:
        """The sendMessage calls received."""
        return [params for method, params in self.calls if method == "sendMessage"]

    def answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        method = METHODS.get(method.lower(), method)  # Bot API names are case-insensitive
        self.calls.append((method, params))
        queue = self.failures.get(method)
        if queue:
            status, parameters = queue.popleft()
            body: dict[str, Any] = {"ok": False, "error_code": status, "description": "fake"}
            if parameters:
                body["parameters"] = parameters
            return status, body
        return 200, {"ok": True, "result": self._result(method, params)}

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {"id": BOT_ID, "is_bot": True, "first_name": "Aduan", "username": "aduan_bot"}
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            limit = int(params.get("limit") or 100)
            return [u for u in self.updates if u["update_id"] >= offset][:limit]
        if method in ("sendPhoto", "sendDocument"):
            self.next_message_id += 1
            chat = int(params["chat_id"])
            return {"message_id": self.next_message_id, "date": 1718870400,
                    "chat": {"id": chat, "type": "private"}}  # fmt: skip
        if method == "sendMessage":
            self.next_message_id += 1
            chat = int(params["chat_id"])
            return {
                "message_id": self.next_message_id,
                "date": 1718870400,
                "chat": {"id": chat, "type": "private" if chat > 0 else "supergroup"},
                "text": params.get("text", ""),
            }
        if method == "getFile":
            file_id = str(params["file_id"])
            size = len(self.files.get(file_id, b""))
            return {
                "file_id": file_id,
                "file_unique_id": "u" + file_id[-6:],
                "file_size": size,
                "file_path": f"documents/{file_id}.bin",
            }
        if method in ("setWebhook", "deleteWebhook"):
            return True
        raise KeyError(method)

    def http(self, request: Request) -> Response:
        """One HTTP request: a file download, or a Bot API method under the bot's token."""
        path = unquote(request.path)
        if request.method == "GET" and path.startswith(f"/file/bot{self.token}/documents/"):
            file_id = path.rsplit("/", 1)[1].removesuffix(".bin")
            self.file_requested.set()
            if self.hold_files is not None:
                self.hold_files.wait(5)
            return Response(200, self.files[file_id], {"Content-Type": "application/octet-stream"})
        prefix = f"/bot{self.token}/"
        if not request.path.startswith(prefix):
            body = {"ok": False, "error_code": 401, "description": "Unauthorized"}
            return Response.of_json(body, 401)
        params = request.fields() if request.method == "POST" else {}
        status, answer = self.answer(request.path[len(prefix) :].split("?")[0], params)
        return Response.of_json(answer, status)


@contextmanager
def serve(fake: FakeBotApi) -> Iterator[FakeBotApi]:
    """Run the fake on a free loopback port; sets `base_url` and `file_base_url`."""
    with loopback(fake.http) as server:
        fake.base_url = f"{server.url}/bot"
        fake.file_base_url = f"{server.url}/file/bot"
        yield fake
