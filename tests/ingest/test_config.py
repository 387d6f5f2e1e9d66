"""config.yaml validation: every error names the key path and the line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.app import disabled_channels
from service.cli import app
from settings.load import ConfigError, parse_settings
from tests.conftest import ROOT
from tests.routing.helpers import copy_bundled_rules

BUNDLED = (ROOT / "config.yaml").read_text(encoding="utf-8")


def edited(old: str, new: str) -> str:
    assert old in BUNDLED, old
    return BUNDLED.replace(old, new, 1)


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_bundled_config_is_valid() -> None:
    settings = parse_settings(BUNDLED)
    assert len(settings.sections) == 12
    assert settings.service.timezone == "Asia/Makassar"
    assert settings.routing.fallback == "organisasi"


def test_wrong_type_names_path_and_line() -> None:
    text = edited("max_body_bytes: 1048576", "max_body_bytes: sejuta")
    with pytest.raises(ConfigError) as err:
        parse_settings(text)
    line = line_of(text, "max_body_bytes: sejuta")
    assert f"channels.sms.max_body_bytes (line {line})" in str(err.value)
    assert "sejuta" in str(err.value)


def test_unknown_key_is_a_typo() -> None:
    text = edited("  followup_window_hours: 72", "  followup_windows_hours: 72")
    with pytest.raises(
        ConfigError, match=r"service.followup_windows_hours \(line \d+\): unknown key"
    ):
        parse_settings(text)


def test_invalid_yaml_names_line_and_column() -> None:
    text = edited("  tracking_prefix: KK", "  tracking_prefix: [KK")
    with pytest.raises(ConfigError, match=r"invalid YAML at line \d+, column \d+"):
        parse_settings(text)


def test_duplicate_section_is_refused() -> None:
    text = edited("  - id: kesra\n", "  - id: pemerintahan\n")
    with pytest.raises(ConfigError, match="duplicate section 'pemerintahan'"):
        parse_settings(text)


def test_unknown_timezone_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"service.timezone \(line \d+\)"):
        parse_settings(edited("timezone: Asia/Makassar", "timezone: Asia/Tenggarong"))


def test_bad_tracking_prefix_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"service\.tracking_prefix"):
        parse_settings(edited("tracking_prefix: KK", "tracking_prefix: kukar1"))


def test_placeholders_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMS_WEBHOOK_SECRET", raising=False)
    assert parse_settings(BUNDLED).channels.sms.generic.secret is None
    monkeypatch.setenv("SMS_WEBHOOK_SECRET", "abc")
    secret = parse_settings(BUNDLED).channels.sms.generic.secret
    assert secret is not None and secret.get_secret_value() == "abc"
    assert "abc" not in repr(parse_settings(BUNDLED))


def test_environment_overrides_nested_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADUAN_CHANNELS__SMS__MAX_BODY_BYTES", "2048")
    monkeypatch.setenv("ADUAN_OUTBOX__MAX_ATTEMPTS", "3")
    monkeypatch.setenv("ADUAN_DATABASE_URL", "postgresql+psycopg://x@db/aduan")
    settings = parse_settings(BUNDLED)
    assert settings.channels.sms.max_body_bytes == 2048
    assert settings.outbox.max_attempts == 3
    assert settings.database.url == "postgresql+psycopg://x@db/aduan"


def test_config_check_command(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(BUNDLED, encoding="utf-8")
    result = CliRunner().invoke(app, ["config", "check", str(good)])
    assert result.exit_code == 1  # nor the rules folder it names
    assert "routing.rules_dir (line " in result.output and "no folder" in result.output
    copy_bundled_rules(tmp_path)
    result = CliRunner().invoke(app, ["config", "check", str(good)])
    assert result.exit_code == 1  # the reply templates it names are not beside it
    assert "reply-templates.yaml: cannot read" in result.output
    shutil.copy(ROOT / "reply-templates.yaml", tmp_path)
    result = CliRunner().invoke(app, ["config", "check", str(good)])
    assert result.exit_code == 0, result.output
    assert "12 sections" in result.output
    bad = tmp_path / "bad.yaml"
    bad.write_text(edited("response_days: 5", "response_days: lima"), encoding="utf-8")
    result = CliRunner().invoke(app, ["config", "check", str(bad)])
    assert result.exit_code == 1
    assert "sections[0].response_days (line" in result.output


def test_missing_secret_disables_only_that_channel(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("SMS_WEBHOOK_SECRET", "SMS_GATEWAY_SIGNING_KEY", "TWILIO_AUTH_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    disabled = disabled_channels(parse_settings(BUNDLED))
    assert "sms" in disabled and "SMS_WEBHOOK_SECRET" in disabled["sms"]
    assert "web" not in disabled
