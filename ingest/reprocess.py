"""Reprocessing a dead letter: its raw input through its channel's parser and the pipeline again.

The desk asks for it through `Intake` (desk/context.py), which `Reprocessor` implements.
Used after a parser was fixed or an admin understood the input. Every channel's dead letter
keeps the raw provider input: the webhook body (with the endpoint that took it, which tells the
SMS dialect), the Telegram update, the raw email, the X item (with whether it was a mention or
a DM). Signatures are not checked again: they were checked when the input arrived. Each
channel's plugin owns how its input is parsed again (`Plugin.reparse`, ingest/wiring.py).
"""

from __future__ import annotations

from typing import Any

from ingest.channels import PLUGINS
from ingest.wiring import Context, Plugin
from store.models import DeadLetter

BY_NAME: dict[str, Plugin] = {p.name: p for p in PLUGINS}


def supported(channel: str) -> bool:
    """Whether dead letters of this channel can be reprocessed from the desk."""
    return channel in BY_NAME


def reprocess(ctx: Context, row: DeadLetter) -> list[str]:
    """Parse and accept the dead letter's input; the outcomes. Raises PayloadError again."""
    messages = BY_NAME[row.channel].reparse(ctx, row)
    results = [ctx.pipeline.accept(m) for m in messages]
    return [f"{r.outcome} {r.tracking_code or ''}".strip() for r in results]


class Reprocessor:
    """The intake as the desk sees it (desk.context.Intake): live rules, dead letters again."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @property
    def router(self) -> Any:
        """The routing rules in force."""
        return self.ctx.pipeline.router

    def supports(self, channel: str) -> bool:
        """Whether dead letters of this channel can be reprocessed."""
        return supported(channel)

    def reprocess(self, row: DeadLetter) -> list[str]:
        """Parse and accept the dead letter's input again; the outcomes."""
        return reprocess(self.ctx, row)
