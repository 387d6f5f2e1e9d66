"""The wiring of every channel, listed explicitly."""

from __future__ import annotations

from ingest.channels import sms, web
from ingest.wiring import Plugin

PLUGINS: tuple[Plugin, ...] = (sms.PLUGIN, web.PLUGIN)
