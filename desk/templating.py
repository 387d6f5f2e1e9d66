"""Jinja2 templates of the public pages and the desk (server-rendered, no CDN)."""

from __future__ import annotations

from pathlib import Path

import jinja2
from fastapi.templating import Jinja2Templates

TEMPLATE_DIR = Path(__file__).parent / "templates"


class _Compiled(jinja2.BytecodeCache):
    """The templates' compiled code, kept for the process and shared by every environment
    (each desk service has its own filters and globals): a new service (a test's, a config
    reload's) compiles none of them again. Jinja checks each entry against its source."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _Compiled()


def templates() -> Jinja2Templates:
    """A new environment over the templates (autoescaped, as `Jinja2Templates(directory=...)`
    makes it), sharing the process's compiled templates."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=jinja2.select_autoescape(),
        bytecode_cache=_COMPILED,
    )
    return Jinja2Templates(env=env)


TEMPLATES = templates()
