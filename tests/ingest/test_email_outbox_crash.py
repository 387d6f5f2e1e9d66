"""At most once as far as the provider allows: kill -9 between the provider's answer and the commit.

A dispatcher in a child process sends one outbox row (SMTP to aiosmtpd, or the generic SMS
gateway) and is killed before it records the send. The next dispatcher releases the dead one's
claim at once (not after the lease) and sends again under the same key: the same Message-ID,
the same Idempotency-Key header, so the receiver can tell it is the same message.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlmodel import select

from channels.base import Sender
from channels.email.classify import is_own_message_id
from channels.email.smtp import EmailSender, message_id
from channels.sms.send import IDEMPOTENCY_HEADER, SmsSender
from ingest.outbox import Dispatcher
from settings.root import Settings
from store.db import Store
from store.migrate import upgrade
from store.models import Outbox
from tests.conftest import load_bundled
from tests.fakes import fake_gateway
from tests.ingest.test_email_poll import email_settings
from tests.ingest.test_email_send import Capture, smtp  # noqa: F401 (fixture)

NOW = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)

CHILD = """
import os, signal, sys
from datetime import UTC, datetime
from pathlib import Path
from channels.email.classify import is_own_message_id
from channels.email.smtp import EmailSender, message_id
from channels.sms.send import SmsSender
from ingest.outbox import Dispatcher
from store.db import Store
from tests.conftest import load_bundled
from tests.ingest.test_email_poll import email_settings
from tests.ingest.test_email_outbox_crash import senders_for

url, channel, target = sys.argv[1], sys.argv[2], sys.argv[3]

def die(self, *args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)  # the provider accepted; nothing recorded yet

Dispatcher._sent = die
settings = load_bundled(Path(sys.argv[4]))
now = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
senders = senders_for(settings, channel, target)
Dispatcher(settings.outbox, Store(url), senders, lambda: now).run_once()
"""


def senders_for(settings: Settings, channel: str, target: str) -> dict[str, Sender]:
    """The sender of `channel`, pointed at the test's SMTP port or gateway URL."""
    if channel == "email":
        return {"email": EmailSender(email_settings(1, "INBOX", smtp_port=int(target)))}
    sms = settings.channels.sms
    sms.outbound, sms.generic.send_url = "generic", target
    sms.generic.secret = sms.generic.secret or SecretStr("crash-test-secret")
    return {"sms": SmsSender(sms)}


def make_row(store: Store, channel: str, recipient: str) -> int:
    with store.write() as session:
        row = Outbox(
            channel=channel, recipient=recipient, kind="ack", subject="[KK-7M3QX-9RT2W] Jalan",
            text="Aduan Anda kami terima.", created_at=NOW, next_attempt_at=NOW,
        )  # fmt: skip
        session.add(row)
        session.flush()
        assert row.id is not None and row.idempotency_key
        return row.id


def crash_then_resend(tmp_path: Path, channel: str, target: str, recipient: str) -> Outbox:
    """Kill a dispatcher after the provider's answer, then run a fresh one; the row after."""
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    store = Store(url)
    upgrade(store)
    row_id = make_row(store, channel, recipient)
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    done = subprocess.run(
        [sys.executable, str(script), url, channel, target, str(tmp_path)],
        env=env, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL
    with store.read() as session:
        held = session.get(Outbox, row_id)
        assert held is not None and held.status == "sending" and held.claimed_by
    settings = load_bundled(tmp_path)
    # Same clock as the dead one: its 120 s lease has not run out, the release is at start-up.
    fresh = Dispatcher(settings.outbox, store, senders_for(settings, channel, target), lambda: NOW)
    assert fresh.run_once() == 1
    with store.read() as session:
        row = session.exec(select(Outbox)).one()
    assert row.status == "sent" and row.claimed_by is None
    return row


def test_email_resent_after_a_crash_carries_the_same_message_id(
    tmp_path: Path,
    smtp: tuple[Capture, int],  # noqa: F811
) -> None:
    capture, port = smtp
    row = crash_then_resend(tmp_path, "email", str(port), "rina.marlina88@gmail.com")
    first, second = capture.mails
    assert first["Message-ID"] == second["Message-ID"] == row.provider_id
    assert str(first["Message-ID"]) == f"<aduan.{row.idempotency_key}@setda.kukarkab.go.id>"


def test_generic_sms_resent_after_a_crash_carries_the_same_idempotency_key(
    tmp_path: Path,
) -> None:
    with fake_gateway() as gateway:
        row = crash_then_resend(tmp_path, "sms", gateway.url, "+6281250001234")
        first, second = gateway.requests
    assert first.headers[IDEMPOTENCY_HEADER] == second.headers[IDEMPOTENCY_HEADER]
    assert first.headers[IDEMPOTENCY_HEADER] == row.idempotency_key
    assert first.body == second.body


def test_a_live_dispatchers_claim_is_not_released(tmp_path: Path, store: Store) -> None:
    settings = load_bundled(tmp_path)
    make_row(store, "email", "warga@example.id")
    holder = Dispatcher(settings.outbox, store, {}, lambda: NOW)
    with store.write() as session:
        row = session.exec(select(Outbox)).one()
        row.status, row.claimed_by = "sending", holder.owner
        session.add(row)
    other = Dispatcher(settings.outbox, store, {}, lambda: NOW)
    assert other.release_orphans() == 0  # the holder's process (this one) runs
    with store.write() as session:
        row = session.exec(select(Outbox)).one()
        row.claimed_by = holder.owner.split(":", 1)[0] + ":999999999:gone"
        session.add(row)
    assert other.release_orphans() == 1
    with store.read() as session:
        row = session.exec(select(Outbox)).one()
    assert row.status == "pending" and row.claimed_by is None


@pytest.mark.parametrize("key", ["5f0c2e9a7b3d41e8a6c19f2d4b7e8a01", "outbox17"])
def test_message_id_is_made_of_the_key(key: str) -> None:
    made = message_id(key, "setda.kukarkab.go.id")
    assert made == message_id(key, "setda.kukarkab.go.id") and is_own_message_id(made)
