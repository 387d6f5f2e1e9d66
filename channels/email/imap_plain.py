"""The IMAP side on imapclient's public API only: one command at a time, each answer awaited.

The same contract as `Mailbox` (channels/email/imap.py): sizes first, BODY.PEEK, flags or moves
only after the caller's commit, the copy answered before anything is deleted. It does not ask
for the next batch ahead; `bench/email.py --imap plain` measures what that costs against the
pipelined `Mailbox`, which reaches into imaplib's private `_command`, `_command_complete` and
`_untagged_response` to do so (docs/email.md has the figures and the choice).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from imapclient import SEEN

from channels.email.imap import BODY, HEADER, SIZE, Fetched, Mailbox, _aware, imap_errors


class PlainMailbox(Mailbox):
    """One IMAP connection, public API only, no pipelining."""

    def open(self) -> int:
        """Connect as `Mailbox` does; times are read with their zone (turned into UTC)."""
        validity = super().open()
        self._client.normalise_times = False
        return validity

    def batches(self, uids: list[int], size: int, max_bytes: int) -> Iterator[list[Fetched]]:
        """The messages with these UIDs in batches: sizes, then bodies (headers if too big)."""
        for start in range(0, len(uids), size):
            chunk = uids[start : start + size]
            with imap_errors(self.settings):
                sizes = self._client.fetch(chunk, ["RFC822.SIZE", "INTERNALDATE"])
                small = [u for u in chunk if u in sizes and int(sizes[u][SIZE]) <= max_bytes]
                big = [u for u in chunk if u in sizes and int(sizes[u][SIZE]) > max_bytes]
                got: dict[int, dict[bytes, Any]] = {}
                if small:
                    got.update(self._client.fetch(small, ["BODY.PEEK[]"]))
                if big:
                    got.update(self._client.fetch(big, ["BODY.PEEK[HEADER]"]))
            # A message expunged between the two fetches has no body: it is gone, skip it.
            yield [_fetched(u, sizes[u], got[u]) for u in chunk if u in sizes and u in got]

    def done(self, uids: list[int]) -> None:
        """Move committed messages to processed_folder, or flag them \\Seen; waits for each."""
        if not uids:
            return
        target = self.settings.processed_folder
        with imap_errors(self.settings):
            if target and self._client.has_capability("MOVE"):
                self._client.move(uids, target)
            elif target:
                self._client.copy(uids, target)  # raises unless copied: nothing deleted then
                self._client.delete_messages(uids, silent=True)
                self._client.uid_expunge(uids)
            else:
                self._client.add_flags(uids, [SEEN], silent=True)

    def settle(self) -> None:
        """Nothing is ever left unanswered."""


def _fetched(uid: int, sizes: dict[bytes, Any], got: dict[bytes, Any]) -> Fetched:
    size, when = int(sizes[SIZE]), _aware(sizes.get(b"INTERNALDATE"))
    if BODY in got:
        return Fetched(uid, size, when, bytes(got[BODY]))
    return Fetched(uid, size, when, None, bytes(got[HEADER]))
