"""The wiring of every channel, listed explicitly."""

from __future__ import annotations

from ingest.channels import email, sms, telegram, web, whatsapp, x
from ingest.wiring import Plugin

PLUGINS: tuple[Plugin, ...] = (
    sms.PLUGIN,
    web.PLUGIN,
    telegram.PLUGIN,
    whatsapp.PLUGIN,
    email.PLUGIN,
    x.PLUGIN,
)
