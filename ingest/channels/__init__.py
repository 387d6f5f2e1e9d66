"""The wiring of every channel, listed explicitly."""

from __future__ import annotations

from ingest.channels import email, sms, web
from ingest.wiring import Plugin

PLUGINS: tuple[Plugin, ...] = (sms.PLUGIN, web.PLUGIN, email.PLUGIN)
