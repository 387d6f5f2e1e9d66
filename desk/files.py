"""Attachments: downloaded as attachments with nosniff; only real raster images are previewed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import FileResponse, Response

from desk.detail import SAFE_IMAGES, visible_attachment, visible_reply_file

if TYPE_CHECKING:
    from desk.context import Desk

SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAGIC = {
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/gif": (b"GIF87a", b"GIF89a"),
    "image/webp": (b"RIFF",),
}


def attachment_path(data_dir: Path, sha256: str) -> Path | None:
    """Where the bytes of an attachment are kept (the layout the channels write)."""
    if not SHA256.match(sha256):
        return None
    return data_dir / "attachments" / sha256[:2] / sha256


def is_safe_image(path: Path, content_type: str) -> bool:
    """A PNG, JPEG, GIF or WebP whose first bytes say so too (never SVG or HTML)."""
    if content_type not in SAFE_IMAGES:
        return False
    with path.open("rb") as handle:
        head = handle.read(12)
    if content_type == "image/webp" and head[8:12] != b"WEBP":
        return False
    return any(head.startswith(m) for m in MAGIC[content_type])


def _ascii_name(name: str) -> str:
    cleaned = "".join(
        c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in name
    )
    return cleaned or "lampiran"


def attachment_response(
    desk: Desk, request: Request, attachment_id: int, preview: bool
) -> Response:
    """The file, if the viewer may see its complaint; a 404 page otherwise."""
    viewer = desk.viewer(request)
    with desk.store.read() as session:
        found = visible_attachment(session, viewer, attachment_id)
    path = attachment_path(desk.data_dir, found[0].sha256) if found else None
    if found is None or path is None or not path.is_file():
        return desk.views.not_found(request, viewer)
    response = file_response(path, found[0].filename, found[0].content_type, preview)
    return response or desk.views.not_found(request, viewer)


def reply_file_response(desk: Desk, request: Request, file_id: int, preview: bool) -> Response:
    """A file of an officer's reply, if the viewer may see its complaint; a 404 page otherwise."""
    viewer = desk.viewer(request)
    with desk.store.read() as session:
        found = visible_reply_file(session, viewer, file_id)
    path = attachment_path(desk.data_dir, found.sha256) if found else None
    if found is None or path is None or not path.is_file():
        return desk.views.not_found(request, viewer)
    response = file_response(path, found.filename, found.content_type, preview)
    return response or desk.views.not_found(request, viewer)


def file_response(path: Path, filename: str, content_type: str, preview: bool) -> Response | None:
    """A stored file as a download (nosniff, sandboxed), or inline when it is a real raster
    image and a preview is asked for; None for a preview of anything else."""
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
    }
    if preview:
        if not is_safe_image(path, content_type):
            return None
        headers["Content-Disposition"] = "inline"
        return FileResponse(path, media_type=content_type, headers=headers)
    headers["Content-Disposition"] = (
        f'attachment; filename="{_ascii_name(filename)}"; '
        f"filename*=UTF-8''{quote(filename, safe='')}"
    )
    return FileResponse(path, media_type="application/octet-stream", headers=headers)
