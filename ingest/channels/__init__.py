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


def reply_file_channels() -> frozenset[str]:
    """The channels whose senders deliver the files of an officer's reply."""
    return frozenset(p.name for p in PLUGINS if p.capabilities.reply_files)
