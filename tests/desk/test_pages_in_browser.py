"""Every page in Chromium, for each role: no serious or critical axe violation, nothing wider
than a 360 px phone, and no error page served to a browser in JSON or in English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from service.app import Service, create_app
from store.db import Store
from tests.conftest import ServerThread
from tests.desk.conftest import skip_without_chromium
from tests.desk.helpers import BEASISWA, LPG, PASSWORD, add_officer, complain
from tests.survey.test_link_survey import link_of, mail

skip_without_chromium()

from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from playwright.sync_api import Browser, Page, ViewportSize  # noqa: E402

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
PHONE: ViewportSize = {"width": 360, "height": 780}
AXE = Axe()
# Words of the framework's own error answers; none may reach a person.
ENGLISH = re.compile(r"\b(not found|method not allowed|forbidden|internal server error|detail)\b")


@dataclass
class World:
    """What the pages show: complaints of two sections, a reply, a dead letter."""

    lpg: int
    lpg_code: str
    beasiswa: int
    dead: int
    survey: str


@pytest.fixture
def world(service: Service, store: Store) -> World:
    lpg, lpg_code, section = complain(service, LPG, sender="+6281250009999")
    beasiswa, _, other = complain(service, BEASISWA, channel="web", contact="081250001111")
    service.dispatcher.drain()
    dead = service.ctx.pipeline.dead_letter("web", b"{tidak json", "body is not JSON: line 1")
    mail(service)  # a closed email complaint: its survey link
    add_officer(store, "petugas", "officer", section)
    add_officer(store, "pengawas", "supervisor", section, other)
    add_officer(store, "admin", "admin")
    return World(lpg, lpg_code, beasiswa, dead, link_of(store))


@pytest.fixture
def server(service: Service) -> Iterator[ServerThread]:
    """The app under uvicorn on loopback."""
    with ServerThread(create_app(service)) as s:
        yield s


def _page(browser: Browser, server: ServerThread, username: str | None) -> Page:
    # Playwright evaluates axe through the DevTools protocol; the desk's CSP allows no script.
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    if username:
        page.goto(server.url + "/desk/masuk")
        page.fill("#username", username)
        page.fill("#password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/desk/aduan")
    return page


def _problems(page: Page, url: str) -> list[str]:
    """What is wrong with the page at `url`: axe's serious findings, sideways scrolling."""
    response = page.goto(url)
    assert response is not None
    found: list[str] = []
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > PHONE["width"]:
        found.append(f"{url}: {width} px wide at {PHONE['width']} px")
    for v in AXE.run(page).response["violations"]:
        if v["impact"] in ("serious", "critical"):
            targets = [n["target"] for n in v["nodes"]][:3]
            found.append(f"{url}: axe {v['id']} ({v['impact']}) at {targets}")
    if response.status >= 400:
        kind = response.headers.get("content-type", "")
        shown = page.inner_text("body").lower()
        if not kind.startswith("text/html") or ENGLISH.search(shown):
            found.append(f"{url}: error {response.status} as {kind}: {shown[:80]!r}")
    return found


def _check(browser: Browser, server: ServerThread, username: str | None, paths: list[str]) -> None:
    page = _page(browser, server, username)
    try:
        problems = [p for path in paths for p in _problems(page, server.url + path)]
    finally:
        page.context.close()
    assert problems == []


def test_public_pages_and_their_errors(
    browser: Browser, server: ServerThread, world: World
) -> None:
    _check(browser, server, None, [
        "/lapor", "/lacak", f"/lacak/{world.lpg_code}", "/lacak/KK-00000-00000", "/statistik",
        "/tidak-ada", "/desk/masuk", "/desk/aduan/abc", "/survei/token-palsu", world.survey,
    ])  # fmt: skip


def test_officer_pages(browser: Browser, server: ServerThread, world: World) -> None:
    _check(browser, server, "petugas", [
        "/desk/aduan", f"/desk/aduan/{world.lpg}", f"/desk/aduan/{world.lpg}/audit",
        "/desk/aduan?q=elpiji+langka", "/desk/aduan?q=tidak+ada+yang+cocok", "/desk/skm",
        f"/desk/aduan/{world.beasiswa}", "/desk/admin/petugas", "/desk/tidak-ada",
        f"/desk/aduan/massal?aksi=status&ke=ditutup&id={world.lpg}&id={world.beasiswa}",
        f"/desk/aduan/massal?aksi=balas&id={world.lpg}", "/desk/aduan/massal?aksi=x&id=1",
    ])  # fmt: skip


def test_supervisor_pages(browser: Browser, server: ServerThread, world: World) -> None:
    _check(browser, server, "pengawas", [
        "/desk/aduan", "/desk/tenggat", "/desk/skm", f"/desk/aduan/{world.beasiswa}",
    ])  # fmt: skip


def test_admin_pages(browser: Browser, server: ServerThread, world: World) -> None:
    _check(browser, server, "admin", [
        "/desk/aduan", "/desk/tenggat", "/desk/admin/petugas", "/desk/admin/surat-mati",
        f"/desk/admin/surat-mati/{world.dead}", "/desk/admin/kanal", "/desk/admin/aturan",
        f"/desk/aduan/{world.lpg}",
    ])  # fmt: skip


def test_expired_form_keeps_the_text_in_the_browser(
    browser: Browser, server: ServerThread, world: World
) -> None:
    page = _page(browser, server, None)
    page.goto(server.url + "/lapor")
    page.context.clear_cookies()  # the token's cookie is gone (four hours later, say)
    text = "Lampu jalan di Jalan Panjaitan mati sejak seminggu, rawan kecelakaan malam hari"
    page.fill("#text", text)
    page.fill("#phone", "0812 5000 2222")
    with page.expect_response("**/lapor") as info:
        page.click("button[type=submit]")
    assert info.value.status == 403
    assert page.input_value("#text") == text and page.input_value("#phone") == "0812 5000 2222"
    page.click("button[type=submit]")  # a fresh token came with the page: this one goes through
    page.wait_for_selector(".code")
    assert re.fullmatch(r"KK-[0-9A-Z]{5}-[0-9A-Z]{5}", page.inner_text(".code"))
    page.context.close()
