"""The service's signing key: from the environment, else generated once into the data dir."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from settings.root import Settings


def secret_key(settings: Settings) -> str:
    """The key that signs cookies and form tokens."""
    if settings.service.secret_key:
        return settings.service.secret_key.get_secret_value()
    path = Path(settings.service.data_dir) / "secret_key"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key
