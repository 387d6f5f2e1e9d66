"""Files an officer attaches to a reply (docs/desk.md, Attachments).

Checked like inbound files: at most the size the reply's channel accepts from citizens (and
never more than the media job fetches), typed by what their bytes show (puremagic, as inbound
files are), and only the types every channel can deliver. They are written like inbound
attachments (by content hash under the data directory) before the reply's transaction, so a
refusal or a rollback leaves at most an unused file, never a row without its file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import puremagic

from core.attachments import safe_name, write_file
from desk.action_errors import ActionError
from settings.root import Settings

ALLOWED = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG"}
ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
SNIFF_BYTES = 8192


class FileRefused(ActionError):
    """A file cannot go with the reply; the page comes back with the reason and the text."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Upload:
    """One file of the form, as the browser sent it."""

    filename: str
    file: BinaryIO


@dataclass(frozen=True)
class Staged:
    """A checked file, already written under the data directory."""

    filename: str
    content_type: str
    size: int
    sha256: str


def size_limit(settings: Settings, channel: str | None) -> int:
    """The largest file the reply's channel takes from citizens, within the media job's cap."""
    c = settings.channels
    inbound = {
        "email": c.email.max_attachment_bytes,
        "whatsapp": c.whatsapp.max_media_bytes,
        "x": c.x.max_media_bytes,
        "sms": c.sms.max_media_bytes,
    }
    cap = settings.media.max_bytes
    return min(cap, inbound.get(channel or "", cap))


def max_files(settings: Settings) -> int:
    """How many files one reply may carry: as many as one inbound mail keeps."""
    return max(1, settings.channels.email.max_attachments)


def human_size(size: int) -> str:
    """A size as officers read it (1,5 MB, 300 KB)."""
    mib = 1024 * 1024
    if size >= mib:
        return f"{size / mib:.1f} MB".replace(".0 MB", " MB").replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


def sniffed(data: bytes) -> str:
    """The type the bytes show, or "" when puremagic cannot tell."""
    try:
        return str(puremagic.from_string(data[:SNIFF_BYTES], mime=True) or "")
    except (puremagic.PureError, ValueError):
        return ""


def stage(settings: Settings, channel: str | None, uploads: list[Upload]) -> list[Staged]:
    """Check every chosen file and write it; FileRefused names the first that cannot go."""
    chosen = [u for u in uploads if u.filename]  # an empty file input sends one nameless part
    if len(chosen) > max_files(settings):
        raise FileRefused(
            f"Terlalu banyak berkas: {len(chosen)}, paling banyak {max_files(settings)}. "
            "Teks balasan Anda masih ada: pilih berkas lagi.",
            400,
        )
    limit = size_limit(settings, channel)
    checked: list[tuple[str, str, bytes]] = []
    for upload in chosen:
        name = safe_name(upload.filename)
        data = upload.file.read(limit + 1)
        if len(data) > limit:
            raise FileRefused(
                f"Berkas {name} terlalu besar: paling besar {human_size(limit)} untuk balasan "
                "lewat kanal ini. Teks balasan Anda masih ada: kecilkan berkas lalu pilih lagi.",
                413,
            )
        kind = sniffed(data)
        if kind not in ALLOWED:
            shown = kind or "tidak dikenal"
            raise FileRefused(
                f"Berkas {name} tidak dapat dikirim: jenisnya {shown}. Yang dapat dilampirkan: "
                f"{', '.join(ALLOWED.values())}. Teks balasan Anda masih ada.",
                415,
            )
        checked.append((name, kind, data))
    data_dir = Path(settings.service.data_dir)
    return [Staged(n, k, len(d), write_file(data_dir, d)) for n, k, d in checked]


def notice(settings: Settings, code: str, count: int) -> str:
    """What a channel that carries no files says instead: where the files wait."""
    url = f"{settings.service.public_base_url}/lacak/{code}"
    return f"Petugas melampirkan {count} berkas pada balasan ini. Unduh di {url} (kode {code})."


@dataclass(frozen=True)
class FormHint:
    """What the reply form says about files: what may be chosen and where they go."""

    accept: str
    most: int
    limit: str
    carried: bool
    """The reply's channel delivers files; otherwise the citizen gets the tracking page's link."""


def form_hint(settings: Settings, channel: str | None, carriers: frozenset[str]) -> FormHint:
    """The reply form's file hint for a complaint answered on `channel` (`carriers`: the
    channels whose replies carry files)."""
    carried = channel in carriers
    return FormHint(ACCEPT, max_files(settings), human_size(size_limit(settings, channel)), carried)
