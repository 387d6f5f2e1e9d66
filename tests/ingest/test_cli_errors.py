"""The command line's one error boundary: a known error is one line with the fix and a non-zero
exit, never a traceback; choices are choices; help shows no Python type names."""

from __future__ import annotations

import string
import sys
from pathlib import Path

import pytest
import typer

from ingest.channels import PLUGINS
from service.cli import app
from service.cli_common import CHANNEL_METAVAR
from service.cli_errors import MESSAGES, CliError, refuse_binary_on_terminal, run
from tests.conftest import ROOT

CONFIG = str(ROOT / "config.yaml")


def aduan(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str]:
    """Run `aduan ARGS` through the console script's boundary: (exit status, what it wrote)."""
    monkeypatch.setattr(sys, "argv", ["aduan", *args])
    with pytest.raises(SystemExit) as done:
        run(app)
    shown = capsys.readouterr()
    return int(done.value.code or 0), shown.err + shown.out


def test_an_unmigrated_database_is_one_line_naming_the_fix(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("ADUAN_DATABASE_URL", f"sqlite:///{tmp_path / 'kosong.db'}")
    for command in (["outbox", "list"], ["complaints", "export"]):
        status, err = aduan(monkeypatch, capsys, *command, "--config", CONFIG)
        assert status == 1 and err.strip().count("\n") == 0, err
        assert "run: aduan db upgrade" in err and "Traceback" not in err


def test_a_database_that_does_not_answer_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ADUAN_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:1/aduan")
    status, err = aduan(monkeypatch, capsys, "outbox", "list", "--config", CONFIG)
    assert status == 1 and "cannot reach the database" in err and "check database.url" in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_a_missing_or_bad_dataset_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    args = ["rules", "check", "--config", CONFIG, "--no-feedback", "--dataset"]
    status, err = aduan(monkeypatch, capsys, *args, str(tmp_path / "tidak-ada.jsonl"))
    assert status == 1 and "no such file" in err and err.count("\n") == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "jalan rusak"}\n', encoding="utf-8")
    status, err = aduan(monkeypatch, capsys, *args, str(bad))
    assert status == 1 and "bad.jsonl:1" in err and "needs text and section" in err


def test_min_accuracy_says_why_it_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "set.jsonl"
    data.write_text('{"text": "Gas elpiji langka di pangkalan", "section": "hukum"}\n', "utf-8")
    args = ["rules", "check", "--config", CONFIG, "--no-feedback", "--dataset", str(data)]
    status, err = aduan(monkeypatch, capsys, *args, "--min-accuracy", "0.9")
    assert status == 1 and "below --min-accuracy 90.0%" in err


def test_a_channel_typo_is_refused_with_the_list(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = aduan(monkeypatch, capsys, "rules", "explain", "jalan rusak", "--channel", "smss")
    assert status == 2 and "'smss' is not a channel" in err


def test_the_channel_choices_shown_are_the_registry() -> None:
    registry = "[" + "|".join(p.name for p in PLUGINS) + "]"
    assert registry == CHANNEL_METAVAR


def _commands(command: object, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    subs = getattr(command, "commands", {})
    return [path] + [p for name, sub in subs.items() for p in _commands(sub, (*path, name))]


def test_help_shows_no_python_type_names(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    paths = _commands(typer.main.get_command(app))
    assert len(paths) > 20
    for path in paths:
        status, shown = aduan(monkeypatch, capsys, *path, "--help")
        assert status == 0
        for name in ("<bool>", "<str>", "<int>", "<float>", "<path>", "list[", "<datetime>"):
            assert name not in shown, (path, name)


def test_binary_output_is_refused_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    with pytest.raises(CliError, match="add -o FILE"):
        refuse_binary_on_terminal("an xlsx workbook")


def test_the_password_prompt_speaks_indonesian(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("ADUAN_DATABASE_URL", f"sqlite:///{tmp_path / 'desk.db'}")
    asked: list[str] = []
    answers = iter(["kata-sandi-satu-123", "kata-sandi-dua-456"])

    def typed(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", typed)
    args = ["officer", "add", "ani", "--section", "hukum", "--config", CONFIG]
    status, err = aduan(monkeypatch, capsys, *args)
    assert asked == ["Kata sandi: ", "Ulangi kata sandi: "]
    assert status == 1 and "kedua kata sandi tidak sama" in err


def test_the_operator_may_have_the_lines_in_indonesian(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("ADUAN_LANG", "id")
    monkeypatch.setenv("ADUAN_DATABASE_URL", f"sqlite:///{tmp_path / 'kosong.db'}")
    status, err = aduan(monkeypatch, capsys, "outbox", "list", "--config", CONFIG)
    assert status == 1 and err.startswith("galat: basis data belum berisi tabel aduan")
    assert "jalankan: aduan db upgrade" in err


def test_every_message_has_both_languages_with_the_same_fields() -> None:
    for key, (english, indonesian) in MESSAGES.items():
        fields = [
            {f for _, f, _, _ in string.Formatter().parse(t) if f} for t in (english, indonesian)
        ]
        assert fields[0] == fields[1], key
