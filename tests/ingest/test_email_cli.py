"""`aduan channels poll email --once` and `aduan channels status`, configured by environment."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.cli_channels import channels_app
from store.db import Store
from store.migrate import upgrade
from tests.channels.telegram.fake_bot_api import TOKEN, FakeBotApi, serve
from tests.conftest import ROOT, SECRETS, free_port
from tests.ingest.conftest import one_imap_server
from tests.ingest.imap_servers import PASSWORD, USER
from tests.ingest.test_email_poll import seed

TELEGRAM = Path(__file__).parents[1] / "fixtures" / "telegram"


def configure(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, port: int, folder: str) -> None:
    """The bundled config, pointed at the test server through ADUAN_CHANNELS__EMAIL__* only."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    upgrade(Store(url))
    env = {
        **SECRETS,
        "ADUAN_CONFIG": str(ROOT / "config.yaml"),
        "ADUAN_DATABASE_URL": url,
        "IMAP_PASSWORD": PASSWORD,
        "ADUAN_CHANNELS__EMAIL__IMAP_HOST": "127.0.0.1",
        "ADUAN_CHANNELS__EMAIL__IMAP_PORT": str(port),
        "ADUAN_CHANNELS__EMAIL__IMAP_TLS": "none",
        "ADUAN_CHANNELS__EMAIL__USERNAME": USER,
        "ADUAN_CHANNELS__EMAIL__FOLDER": folder,
        "ADUAN_SERVICE__DATA_DIR": str(tmp_path / "data"),
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)


def test_poll_once_then_status(
    imap_port: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = f"C{uuid.uuid4().hex[:8]}"
    seed(imap_port, folder, ["iphone_base64", "precedence_bulk", "not_an_email"])
    configure(monkeypatch, tmp_path, imap_port, folder)
    runner = CliRunner()
    first = runner.invoke(channels_app, ["poll", "email", "--once"])
    assert first.exit_code == 0, first.output
    assert "fetched 3" in first.output and "1 automated, 1 created" in first.output
    assert "1 dead letters" in first.output
    second = runner.invoke(channels_app, ["poll", "email", "--once"])
    assert "fetched 0" in second.output and "nothing new" in second.output
    shown = runner.invoke(channels_app, ["status"])
    assert shown.exit_code == 0, shown.output
    assert "email: healthy" in shown.output
    assert f"cursor {USER}@127.0.0.1/{folder} = " in shown.output


def test_poll_failure_is_reported_and_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, tmp_path, free_port(), "INBOX")
    runner = CliRunner()
    failed = runner.invoke(channels_app, ["poll", "email", "--once"])
    assert failed.exit_code == 2 and "Connection refused" in failed.output
    status = runner.invoke(channels_app, ["status"]).output
    assert "email: healthy (1 failed polls in a row)" in status
    for _ in range(2):
        runner.invoke(channels_app, ["poll", "email", "--once"])
    shown = runner.invoke(channels_app, ["status"]).output
    assert "email: UNHEALTHY (3 failed polls in a row)" in shown
    assert "last error" in shown and "IMAP 127.0.0.1" in shown


@pytest.fixture(scope="module")
def imap_server() -> str:
    """One IMAP server: the server does not matter to the CLI's poll and status."""
    return one_imap_server()


def test_poll_telegram_once_through_its_job(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A polled channel other than email runs its job once and prints what it took."""
    fake = FakeBotApi(updates=[json.loads((TELEGRAM / "text_private.json").read_text())])
    with serve(fake) as api:
        configure(monkeypatch, tmp_path, free_port(), "INBOX")
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("ADUAN_CHANNELS__TELEGRAM__API_BASE_URL", api.base_url)
        monkeypatch.setenv("ADUAN_CHANNELS__TELEGRAM__FILE_BASE_URL", api.file_base_url)
        monkeypatch.setenv("ADUAN_CHANNELS__TELEGRAM__POLL_TIMEOUT_SECONDS", "0")
        done = CliRunner().invoke(channels_app, ["poll", "telegram", "--once"])
        assert done.exit_code == 0, done.output
        assert "1 items" in done.output
        status = CliRunner().invoke(channels_app, ["status"]).output
        assert "telegram: healthy" in status


def test_poll_a_channel_without_a_polling_job(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, tmp_path, free_port(), "INBOX")
    done = CliRunner().invoke(channels_app, ["poll", "sms", "--once"])
    assert done.exit_code == 1
    assert "channel sms: nothing to poll" in done.output
