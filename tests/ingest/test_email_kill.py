"""Kill -9 the email poller at chosen and random points: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import uuid
from pathlib import Path

from sqlmodel import col, select

from ingest.channels.email import EmailPoller
from service.app import build_service
from store.db import Store
from store.migrate import upgrade
from store.models import Complaint, DeadLetter, Message, Outbox
from tests.conftest import Clock, load_bundled
from tests.ingest.test_email_poll import count, email_settings, imap, seed

PEOPLE = [
    "gmail_plain_indonesian", "outlook_html_only_windows1252", "yahoo_android_signature",
    "iphone_base64", "android_samsung_signature", "latin1_label_cp1252_bytes",
    "charset_junk_label", "rfc2047_subject_base64", "missing_message_id", "invalid_date",
    "nested_multipart_related", "html_with_script",
]  # fmt: skip
AUTOMATED = ["precedence_bulk", "list_id_google_group", "x_autorespond", "dsn_delayed"]
REJECTED = ["not_an_email", "no_sender_address"]
ORDER = [*PEOPLE[:4], REJECTED[0], *AUTOMATED[:2], "oversized_attachment", *PEOPLE[4:8],
         REJECTED[1], *AUTOMATED[2:], *PEOPLE[8:]]  # fmt: skip

CHILD = """
import os, signal, sys
from pydantic import SecretStr
from tests.conftest import load_bundled
from tests.ingest.test_email_poll import email_settings
from channels.email.imap import Mailbox
from service.app import build_service
from ingest.channels.email import EmailPoller
from ingest.pipeline import Pipeline
from store.db import Store
from pathlib import Path

url, folder, point = sys.argv[1], sys.argv[3], sys.argv[4]
port, k = int(sys.argv[2]), int(sys.argv[5])
box = Mailbox
calls = {"n": 0}

def die_on(k):
    calls["n"] += 1
    if calls["n"] == k:
        os.kill(os.getpid(), signal.SIGKILL)

def wrap(cls, name, before):
    original = getattr(cls, name)
    def wrapped(self, *args, **kwargs):
        if before:
            die_on(k)
        result = original(self, *args, **kwargs)
        if not before:
            die_on(k)
        return result
    setattr(cls, name, wrapped)

def die_after_each_batch(cls):
    original = cls.batches
    def batches(self, *args, **kwargs):
        for batch in original(self, *args, **kwargs):
            die_on(k)  # fetched, not yet committed
            yield batch
    cls.batches = batches

if point == "after_fetch":
    die_after_each_batch(box)
elif point == "before_mark":
    wrap(box, "done", before=True)
elif point == "mid_batch":
    wrap(Pipeline, "_accept", before=False)
settings = load_bundled(Path(sys.argv[6]))
settings.database.url = url
settings.channels.email = email_settings(port, folder, batch_size=3)
service = build_service(settings, Store(url))
EmailPoller(service.ctx).poll_once()
"""


def run_child(tmp_path: Path, url: str, port: int, folder: str, point: str, k: int) -> int:
    """Run one poll in a child process that kills itself at `point`; its exit status."""
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    args = [sys.executable, str(script), url, str(port), folder, point, str(k), str(tmp_path)]
    if point != "random":
        return subprocess.run(args, env=env, timeout=60, check=False).returncode
    proc = subprocess.Popen(args, env=env)
    try:
        return proc.wait(timeout=random.uniform(1.0, 2.5))
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        return proc.wait()


def test_kill_9_at_any_point_loses_and_doubles_nothing(imap_port: int, tmp_path: Path) -> None:
    folder = f"K{uuid.uuid4().hex[:8]}"
    seed(imap_port, folder, ORDER)
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    store = Store(url)
    upgrade(store)
    crashes = [("after_fetch", 2), ("before_mark", 1), ("mid_batch", 2), ("before_mark", 3),
               ("mid_batch", 4), ("after_fetch", 1), ("random", 0)]  # fmt: skip
    killed = 0
    for point, k in crashes:
        code = run_child(tmp_path, url, imap_port, folder, point, k)
        killed += code == -signal.SIGKILL
        # After every crash the store holds each message at most once.
        assert count(store, Complaint) <= len(PEOPLE)
        assert count(store, DeadLetter) <= len(REJECTED) + 1
    assert killed >= 6
    settings = load_bundled(tmp_path)
    settings.database.url = url
    settings.channels.email = email_settings(imap_port, folder, batch_size=3)
    service = build_service(settings, store, clock=Clock())
    EmailPoller(service.ctx).poll_once()

    assert count(store, Message, col(Message.direction) == "in") == len(PEOPLE) + len(AUTOMATED)
    assert count(store, Complaint) == len(PEOPLE)
    assert count(store, DeadLetter) == len(REJECTED) + 1
    with store.read() as session:
        acked = sorted(
            o.complaint_id or 0
            for o in session.exec(select(Outbox).where(col(Outbox.kind) == "ack"))
        )
        complaint_ids = sorted(c.id or 0 for c in session.exec(select(Complaint)))
        notices = session.exec(select(Outbox).where(col(Outbox.kind) == "notify")).all()
    assert acked == complaint_ids  # exactly one acknowledgement per complaint
    assert len(notices) == 1  # the oversized mail's sender told once
    client = imap(imap_port)
    client.select_folder(folder)
    assert client.search(["UNSEEN"]) == []  # crash leftovers were flagged on a later run
    client.logout()
