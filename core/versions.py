"""Content versions of the files read while the service runs (config.yaml and the rule files,
the reply templates): a change of content is a new version, whatever the file's times say."""

from __future__ import annotations

import hashlib


def file_version(data: bytes) -> str:
    """A short content hash that names a config version."""
    return hashlib.sha256(data).hexdigest()[:12]
