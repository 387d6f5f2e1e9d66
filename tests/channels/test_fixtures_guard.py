"""Guards: every payload fixture sits in its channel's case table; every channel has fixtures.

A fixture nobody reads documents a payload shape nobody checks. Grepping the tests for a file
name would pass on a name in a comment; instead each channel's table module exposes `CASES`
(items with a `.fixture`, the file name or its stem), and this guard compares them with the
folder. See docs/adding-a-channel.md.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from ingest.channels import PLUGINS

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures"
NO_PAYLOADS = frozenset({"web"})  # our own form: its tests post fields, there is no provider


def channel_folders() -> list[str]:
    return sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def table_fixtures(channel: str) -> set[str]:
    """The fixtures named by the CASES of the channel's test modules."""
    named: set[str] = set()
    for module_path in sorted((TESTS / "channels" / channel).glob("test_*.py")):
        module = importlib.import_module(f"tests.channels.{channel}.{module_path.stem}")
        named.update(str(case.fixture) for case in getattr(module, "CASES", ()))
    return named


@pytest.mark.parametrize("channel", channel_folders())
def test_every_fixture_is_in_the_case_table(channel: str) -> None:
    named = table_fixtures(channel)
    assert named, f"tests/channels/{channel}/ has no table module with CASES"
    files = [p for p in (FIXTURES / channel).iterdir() if p.is_file() and p.stem != "SOURCES"]
    unused = sorted(p.name for p in files if p.name not in named and p.stem not in named)
    assert not unused, f"fixtures without a case in tests/channels/{channel}: {unused}"
    on_disk = {p.name for p in files} | {p.stem for p in files}
    assert not sorted(named - on_disk), f"cases naming missing fixtures: {named - on_disk}"


@pytest.mark.parametrize("channel", sorted(p.name for p in PLUGINS if p.name not in NO_PAYLOADS))
def test_every_channel_has_a_fixtures_folder(channel: str) -> None:
    folder = FIXTURES / channel
    assert folder.is_dir(), f"channel {channel} has no tests/fixtures/{channel}/"
    assert any(folder.iterdir()), f"tests/fixtures/{channel}/ is empty"


def test_the_guard_sees_a_stray_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stray = tmp_path / "x"
    stray.mkdir()
    for source in (FIXTURES / "x").iterdir():
        (stray / source.name).write_bytes(source.read_bytes())
    (stray / "nobody_reads_me.json").write_text("{}")
    monkeypatch.setitem(globals(), "FIXTURES", tmp_path)
    with pytest.raises(AssertionError, match=r"nobody_reads_me\.json"):
        test_every_fixture_is_in_the_case_table("x")
