"""The files of a Telegram message, as references for the media job to fetch later.

Each reference is `{"file_id", "size", "filename", "content_type", "kind"}` (plus a `label`,
the text an officer reads when the message has no caption); the bytes are fetched with getFile
(https://core.telegram.org/bots/api#getfile) after the message is stored.
"""

from __future__ import annotations

from typing import Any

from channels.telegram.types import FileRef, part

# kind: (label when there is no caption, file name stem, extension, content type if undeclared)
KINDS: dict[str, tuple[str, str, str, str]] = {
    "document": ("[Berkas]", "berkas", "", "application/octet-stream"),
    "audio": ("[Audio]", "audio", ".mp3", "audio/mpeg"),
    "voice": ("[Pesan suara]", "suara", ".ogg", "audio/ogg"),
    "video": ("[Video]", "video", ".mp4", "video/mp4"),
    "video_note": ("[Pesan video]", "video_bulat", ".mp4", "video/mp4"),
    "animation": ("[Animasi]", "animasi", ".mp4", "video/mp4"),
    "sticker": ("[Stiker]", "stiker", ".webp", "image/webp"),
}


def files_of(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """The downloadable parts of a message: the largest photo size, then each file kind."""
    found: list[dict[str, Any]] = []
    photo = _photo(raw.get("photo"))
    if photo is not None:
        found.append(photo)
    for kind in reversed(KINDS):  # an animation also comes as a `document`: kept once
        ref = part(FileRef, raw.get(kind))
        if ref is not None and all(f["file_id"] != ref.file_id for f in found):
            found.append(_ref(kind, ref))
    return found


def _photo(sizes: Any) -> dict[str, Any] | None:
    if not isinstance(sizes, list):
        return None
    readable = [p for p in (part(FileRef, s) for s in sizes) if p is not None]
    if not readable:
        return None
    biggest = max(readable, key=lambda p: (p.width * p.height, p.file_size or 0))
    return {
        "kind": "photo",
        "file_id": biggest.file_id,
        "size": biggest.file_size,
        "filename": f"foto_{_stem(biggest)}.jpg",
        "content_type": "image/jpeg",
        "label": "[Foto]",
    }


def _ref(kind: str, ref: FileRef) -> dict[str, Any]:
    label, stem, ext, default_type = KINDS[kind]
    if kind == "sticker":
        ext = ".webm" if ref.is_video else ".tgs" if ref.is_animated else ext
        default_type = "video/webm" if ref.is_video else default_type
        label = f"[Stiker {ref.emoji}]" if ref.emoji else label
    elif kind == "document" and ref.file_name:
        label = f"[Berkas {ref.file_name}]"
    elif kind == "audio" and ref.title:
        label = f"[Audio {ref.title}]"
    return {
        "kind": kind,
        "file_id": ref.file_id,
        "size": ref.file_size,
        "filename": ref.file_name or f"{stem}_{_stem(ref)}{ext}",
        "content_type": ref.mime_type or default_type,
        "label": label,
    }


def _stem(ref: FileRef) -> str:
    return (ref.file_unique_id or ref.file_id)[-16:]
