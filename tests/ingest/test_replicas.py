"""Two `aduan serve` replicas on one PostgreSQL database: each acknowledgement sent once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import httpx
import pytest
from sqlmodel import col, func, select

from channels.sms import generic
from store.db import Store
from store.migrate import upgrade
from store.models import Outbox
from tests.conftest import ROOT, SECRETS, drop_pg_database, free_port, make_pg_database
from tests.fakes import FakeGateway, fake_gateway

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
MESSAGES = 200


@pytest.fixture
def pg_url(pg_admin: str) -> Iterator[str]:
    name, url = make_pg_database(pg_admin)
    try:
        yield url
    finally:
        drop_pg_database(pg_admin, name)


def start_replica(url: str, gateway: FakeGateway, tmp: Path, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        **SECRETS,
        "ADUAN_DATABASE_URL": url,
        "ADUAN_CHANNELS__SMS__OUTBOUND": "generic",
        "ADUAN_CHANNELS__SMS__GENERIC__SEND_URL": gateway.url + "/send",
        "ADUAN_OUTBOX__DISPATCH_SECONDS": "0.2",
        "ADUAN_OUTBOX__BATCH_SIZE": "5",
        "ADUAN_SERVICE__DATA_DIR": str(tmp / f"data-{port}"),
    }
    cmd = [
        sys.executable,
        "-m",
        "service",
        "serve",
        "--port",
        str(port),
        "--config",
        str(ROOT / "config.yaml"),
    ]
    log = (tmp / f"replica-{port}.log").open("wb")
    return subprocess.Popen(cmd, env=env, cwd=tmp, stdout=log, stderr=subprocess.STDOUT)


def _post(client: httpx.Client, job: tuple[int, int]) -> int:
    """Message number i, signed, to the replica at this port: the status code."""
    i, port = job
    body = json.dumps({"id": f"r-{i}", "from": f"+62813{i:08d}", "text": f"Jalan rusak {i}"})
    headers = {generic.SIGNATURE_HEADER: generic.sign(body.encode(), SECRETS["SMS_WEBHOOK_SECRET"])}
    url = f"http://127.0.0.1:{port}/webhooks/sms/generic"
    return client.post(url, content=body.encode(), headers=headers).status_code


def wait_ready(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("replica died")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError("replica did not become ready")


def test_two_replicas_send_each_ack_exactly_once(pg_url: str, tmp_path: Path) -> None:
    store = Store(pg_url)
    upgrade(store)
    ports = [free_port(), free_port()]
    with fake_gateway() as gateway:
        replicas = [start_replica(pg_url, gateway, tmp_path, p) for p in ports]
        try:
            for port, proc in zip(ports, replicas, strict=True):
                wait_ready(port, proc)
            # every message reaches both replicas, eight requests at a time (one after the
            # other, new connections each, took half a minute)
            with httpx.Client() as client, ThreadPoolExecutor(8) as pool:
                codes = list(pool.map(partial(_post, client), [
                    (i, port) for i in range(MESSAGES) for port in ports
                ]))  # fmt: skip
            assert codes == [200] * (2 * MESSAGES)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                with store.read() as s:
                    stmt = (
                        select(func.count()).select_from(Outbox).where(col(Outbox.status) == "sent")
                    )
                    if s.exec(stmt).one() == MESSAGES:
                        break
                time.sleep(0.2)
        finally:
            for proc in replicas:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:  # never leave a replica running behind
                    proc.kill()
                    proc.wait()
        sent_to = Counter(r.json()["to"] for r in gateway.requests)
    assert len(sent_to) == MESSAGES
    assert set(sent_to.values()) == {1}
    store.dispose()
