"""The mailbox on imapclient's public API (the default): the same contract as the pipelined one."""

from __future__ import annotations

import pytest
from imapclient import IMAPClient

from channels.email.imap_plain import PlainMailbox
from channels.errors import TransientChannelError
from ingest.channels.email import EmailPoller
from ingest.settings import Settings
from store.db import Store
from store.models import Complaint
from tests.conftest import Clock
from tests.ingest.test_email_pipelining import PEOPLE
from tests.ingest.test_email_poll import count, email_settings, imap, seed, service_for


class PlainNoMove(PlainMailbox):
    """The public-API mailbox, on a server that does not offer MOVE (RFC 6851)."""

    def open(self) -> int:
        validity = super().open()
        client: IMAPClient = self._client
        offered = client.has_capability
        client.has_capability = lambda cap: cap != "MOVE" and offered(cap)  # type: ignore[method-assign]
        return validity


def test_the_public_api_mailbox_is_the_default(
    settings: Settings, store: Store, clock: Clock
) -> None:
    service = service_for(settings, store, clock, email_settings(1, "INBOX"))
    assert EmailPoller(service.ctx).mailbox is PlainMailbox


def test_public_api_copy_refused_deletes_nothing_then_moves_all(
    imap_port: int, folder: str, settings: Settings, store: Store, clock: Clock
) -> None:
    seed(imap_port, folder, PEOPLE[:3])
    done = f"{folder}-selesai"
    email = email_settings(imap_port, folder, processed_folder=done, batch_size=2)
    service = service_for(settings, store, clock, email)

    class NoFolder(PlainNoMove):
        def open(self) -> int:
            validity = super().open()
            other = imap(imap_port)
            other.delete_folder(done)  # the copy will be refused: no such folder
            other.logout()
            return validity

    with pytest.raises(TransientChannelError):
        EmailPoller(service.ctx, mailbox=NoFolder).poll_once()
    assert count(store, Complaint) == 2  # the first batch, committed before its copy failed
    client = imap(imap_port)
    client.select_folder(folder)
    kept = client.fetch(client.search(["ALL"]), ["FLAGS"])
    assert len(kept) == 3 and all(b"\\Deleted" not in m[b"FLAGS"] for m in kept.values())
    assert EmailPoller(service.ctx, mailbox=PlainNoMove).poll_once().fetched == 1
    assert count(store, Complaint) == 3
    assert client.select_folder(folder)[b"EXISTS"] == 0
    assert client.select_folder(done)[b"EXISTS"] == 3
    client.logout()
