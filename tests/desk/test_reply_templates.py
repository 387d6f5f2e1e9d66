"""Response templates: the file's checks (file, key, line), hot reload, the reply box's picker."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, select
from typer.testing import CliRunner

from desk.replies import LiveReplies, indonesian_date, parse_templates
from service.app import Service, create_app
from service.cli import app as cli
from settings.load import ConfigError
from store.db import Store
from store.models import Complaint, Identity, Outbox
from tests.conftest import ROOT, load_bundled
from tests.desk.helpers import LPG, add_officer, complain, csrf_of, session_cookie
from tests.routing.helpers import copy_bundled_rules

SECTIONS = ["perekonomian", "kesra"]
GOOD = """\
shared:
  - id: diterima
    title: Aduan diterima
    text: "{greeting}, aduan {code} ditangani {section} sampai {deadline}."
sections:
  perekonomian:
    - id: diterima
      title: Diterima (elpiji)
      text: "{greeting}, aduan elpiji {code} diteruskan ke agen."
"""


def _error(text: str) -> str:
    with pytest.raises(ConfigError) as info:
        parse_templates(text, "reply-templates.yaml", SECTIONS)
    return str(info.value)


def test_bundled_templates_check_out_against_the_bundled_sections(tmp_path: Path) -> None:
    live = LiveReplies.load(load_bundled(tmp_path))
    catalogue = live.catalogue()
    assert catalogue.count() >= 6
    ids = {t.id for t in catalogue.for_section("hukum")}
    assert {"diterima", "diteruskan", "perlu-info", "selesai"} <= ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD.replace("{deadline}", "{tenggat}"),
         "reply-templates.yaml: shared[0].text (line 4): unknown placeholder {tenggat}"),
        (GOOD.replace("{code} ditangani", "{code.__class__} ditangani"),
         "unknown placeholder {code.__class__}"),
        (GOOD.replace("{deadline}", "{deadline:>99}"), "unknown placeholder {deadline:>99}"),
        (GOOD.replace("{deadline}.", "{deadline."), "braces do not pair up"),
        (GOOD.replace("  perekonomian:", "  perekonomiann:"),
         "sections.perekonomiann (line 6): unknown section 'perekonomiann'"),
        (GOOD + "    - id: diterima\n      title: Dua kali\n      text: x\n",
         "sections.perekonomian[1].id (line 10): duplicate template id 'diterima'"),
        (GOOD.replace("title: Aduan diterima", "titel: Aduan diterima"),
         "shared[0].titel (line 3): unknown key"),
        ("shared: [\n", "invalid YAML at line"),
    ],
    ids=["unknown-placeholder", "attribute", "format-spec", "brace", "unknown-section",
         "duplicate-id", "typo-key", "bad-yaml"],
)  # fmt: skip
def test_invalid_templates_are_refused_with_file_key_and_line(text: str, expected: str) -> None:
    assert expected in _error(text)


def test_config_check_reports_a_broken_template_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text((ROOT / "config.yaml").read_text(encoding="utf-8"))
    copy_bundled_rules(tmp_path)
    bad = (ROOT / "reply-templates.yaml").read_text(encoding="utf-8")
    broken = bad.replace("lambat {deadline}", "lambat {batas}", 1)
    (tmp_path / "reply-templates.yaml").write_text(broken)
    result = CliRunner().invoke(cli, ["config", "check", str(tmp_path / "config.yaml")])
    assert result.exit_code == 1
    assert "reply-templates.yaml: shared[0].text (line " in result.output
    assert "unknown placeholder {batas}" in result.output
    (tmp_path / "reply-templates.yaml").write_text(bad)
    result = CliRunner().invoke(cli, ["config", "check", str(tmp_path / "config.yaml")])
    assert result.exit_code == 0 and "reply templates: " in result.output


def test_an_edit_is_put_in_force_and_a_broken_edit_keeps_the_previous(tmp_path: Path) -> None:
    settings = load_bundled(tmp_path)
    path = tmp_path / "tpl.yaml"
    path.write_text(GOOD, encoding="utf-8")
    settings.desk.reply_templates = str(path)
    live = LiveReplies.load(settings)
    assert [t.title for t in live.catalogue().for_section("perekonomian")] == ["Diterima (elpiji)"]
    assert [t.title for t in live.catalogue().for_section("kesra")] == ["Aduan diterima"]
    path.write_text(GOOD.replace("Diterima (elpiji)", "Diterima (LPG)"), encoding="utf-8")
    os.utime(path, ns=(1, 1_000_000_000))  # a new mtime even within the clock's resolution
    assert live.catalogue().find("perekonomian", "diterima").title == "Diterima (LPG)"  # type: ignore[union-attr]
    version = live.catalogue().version
    path.write_text(GOOD.replace("{code}", "{kode}"), encoding="utf-8")
    os.utime(path, ns=(2, 2_000_000_000))
    assert live.catalogue().version == version  # refused: the previous stays in force
    assert live.last_error is not None and "unknown placeholder {kode}" in live.last_error
    path.write_text(GOOD, encoding="utf-8")
    os.utime(path, ns=(3, 3_000_000_000))
    assert live.catalogue().version != version and live.last_error is None


def test_deadline_is_an_indonesian_date_in_the_service_zone() -> None:
    late_evening_utc = datetime(2026, 12, 31, 17, 0, tzinfo=UTC)  # 01:00 WITA the next day
    assert indonesian_date(late_evening_utc, "Asia/Makassar") == "1 Januari 2027"
    assert indonesian_date(None, "Asia/Makassar") == "-"


def _officer(client: TestClient, service: Service, name: str, *sections: str) -> str:
    oid = add_officer(service.ctx.store, name, "officer", *sections)
    client.cookies.update(session_cookie(service, oid))
    return csrf_of(client.get("/desk/aduan").text)


def _named(store: Store, cid: int, name: str) -> None:
    with store.write() as s:
        complaint = s.get(Complaint, cid)
        assert complaint is not None and complaint.identity_id is not None
        identity = s.get(Identity, complaint.identity_id)
        assert identity is not None
        identity.display_name = name
        s.add(identity)


def test_picked_template_fills_the_reply_box_keeping_what_was_typed(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, code, section = complain(service, LPG)
    _named(store, cid, "Siti Aminah")
    csrf = _officer(client, service, "ani", section)
    page = client.get(f"/desk/aduan/{cid}").text
    assert 'id="reply-template"' in page and ">Diteruskan ke Dinas Perdagangan<" in page
    url = f"/desk/aduan/{cid}/templat"
    typed = "Mohon maaf atas keterlambatan."
    shown = client.post(url, data={"templat": "diterima", "text": typed, "csrf": csrf})
    assert shown.status_code == 200
    assert f"{typed}\n\nYth. Bapak/Ibu Siti Aminah,\nAduan Anda dengan kode {code}" in shown.text
    assert "Bagian Perekonomian" in shown.text and "November 2026" in shown.text
    with store.read() as s:  # nothing was sent
        assert s.exec(select(Outbox).where(col(Outbox.kind) == "reply")).first() is None
    unknown = client.post(url, data={"templat": "tidak-ada", "text": typed, "csrf": csrf})
    assert unknown.status_code == 400 and "Template itu tidak ada" in unknown.text
    assert typed in unknown.text
    # As a browser sends the reply form: multipart, with the files the officer had chosen.
    photo = {"berkas": ("jalan.png", b"\x89PNG\r\n\x1a\n" + b"0" * 64, "image/png")}
    with_files = client.post(
        url, data={"templat": "diterima", "text": typed, "csrf": csrf}, files=photo
    )
    assert with_files.status_code == 200 and "Aduan Anda dengan kode" in with_files.text
    assert "Berkas lampiran perlu dipilih lagi" in with_files.text
    empty = {"berkas": ("", b"", "application/octet-stream")}  # no file chosen
    plain = client.post(url, data={"templat": "diterima", "text": "", "csrf": csrf}, files=empty)
    assert plain.status_code == 200 and "perlu dipilih lagi" not in plain.text
    other_id, _, other = complain(service, "Kapan pendaftaran beasiswa mahasiswa dibuka?")
    assert other != section
    assert (
        client.post(f"/desk/aduan/{other_id}/templat", data={"templat": "diterima"}).status_code
        == 404
    )


def test_anonymous_and_protected_complaints_get_a_neutral_greeting(
    client: TestClient, service: Service, store: Store
) -> None:
    anon, _, section = complain(service, LPG, anonymous=True)
    secret, _, _ = complain(service, LPG + " lagi", confidential=True)
    for cid in (anon, secret):
        _named(store, cid, "Siti Aminah")
    csrf = _officer(client, service, "ani", section)
    for cid in (anon, secret):
        page = client.post(f"/desk/aduan/{cid}/templat", data={"templat": "diterima", "csrf": csrf})
        assert page.status_code == 200
        assert "Yth. Bapak/Ibu,\n" in page.text and "Siti" not in page.text


def test_a_refused_edit_is_shown_to_admins_and_officers_keep_the_previous(
    service: Service, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "tpl.yaml"
    path.write_text(GOOD, encoding="utf-8")
    service.ctx.settings.desk.reply_templates = str(path)
    cid, _, section = complain(service, LPG)
    with TestClient(create_app(service), follow_redirects=False) as client:
        path.write_text(GOOD.replace("{code}", "{kode}"), encoding="utf-8")
        os.utime(path, ns=(1, 1_000_000_000))
        client.cookies.update(session_cookie(service, add_officer(store, "adm", "admin")))
        page = client.get("/desk/admin/aturan").text
        assert "suntingan ditolak" in page and "unknown placeholder {kode}" in page
        client.cookies.update(
            session_cookie(service, add_officer(store, "ani", "officer", section))
        )
        assert ">Diterima (elpiji)<" in client.get(f"/desk/aduan/{cid}").text
