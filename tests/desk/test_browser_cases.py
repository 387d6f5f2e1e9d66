"""A shared case as an officer makes one, in Debian's Chromium at 412 px, against uvicorn.

The officer joins two proposed complaints into a case from a complaint page, adds a third from
its own page, answers the case once, and every citizen gets the answer by SMS under their own
code. Each page passes axe. Skipped with the reason when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.app import Service
from store.db import Store
from tests.conftest import ServerThread
from tests.desk.conftest import skip_without_chromium
from tests.desk.helpers import add_officer, complain
from tests.desk.test_cases import GAS_A, GAS_B, GAS_C
from tests.fakes import FakeGateway

skip_without_chromium()

from playwright.sync_api import Browser  # noqa: E402

from tests.desk.browsing import findings, shots, signed_in  # noqa: E402

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_officer_joins_proposed_complaints_and_answers_the_case(
    browser: Browser,
    server: ServerThread,
    service: Service,
    store: Store,
    gateway: FakeGateway,
    tmp_path: Path,
) -> None:
    phones = ["+6281250007001", "+6281250007002", "+6281250007003"]
    made = [
        complain(service, t, sender=p) for t, p in zip((GAS_A, GAS_B, GAS_C), phones, strict=True)
    ]
    (a, code_a, section), (_, code_b, _), (c, code_c, _) = made
    service.dispatcher.drain()  # the acknowledgements
    before = len(gateway.requests)
    add_officer(store, "ani", "officer", section)
    page = signed_in(browser, server, "ani")

    page.goto(server.url + f"/desk/aduan/{a}#kasus")
    proposed = page.locator(f'#case-panel li[data-code="{code_b}"]')
    assert "menyebut tempat yang sama" in proposed.inner_text()
    assert findings(page) == []
    proposed.locator("button").click()
    page.wait_for_url(re.compile(r"/desk/kasus/\d+\?ok=gabung$"))
    case_url = page.url.split("?")[0]

    page.goto(server.url + f"/desk/aduan/{c}#kasus")
    joins = page.locator(f'#case-panel li[data-code="{code_a}"] button')
    assert joins.inner_text().startswith("Gabung ke kasus #")
    joins.click()
    page.wait_for_url(re.compile(r"/desk/kasus/\d+\?ok=gabung$"))
    assert page.url.split("?")[0] == case_url
    assert page.locator("#case-members tbody tr").count() == 3
    assert "Loa Kulu (3)" in page.inner_text("#case-places")

    page.fill("#case-reply-text", "Stok elpiji tambahan tiba besok pagi di semua pangkalan.")
    page.click("#form-case-reply button[type=submit]")
    page.wait_for_url(re.compile(r"\?ok=balas&n=3$"))
    assert "untuk 3 aduan" in page.inner_text(".flash")
    assert findings(page) == []
    shots_dir = shots(tmp_path)
    page.screenshot(path=str(shots_dir / "desk-cases.png"), full_page=True)

    assert service.dispatcher.drain() == 3
    sent = {r.json()["to"]: r.json()["text"] for r in gateway.requests[before:]}
    assert set(sent) == set(phones)
    for phone, code in zip(phones, (code_a, code_b, code_c), strict=True):
        assert sent[phone].startswith(f"Aduan {code}:") and "besok pagi" in sent[phone]

    page.goto(server.url + f"/lacak/{code_b}")
    notice = page.inner_text("#shared-case")
    assert "kasus bersama" in notice and "bersama 2 aduan lain" in notice
    assert code_a not in page.content() and code_c not in page.content()
    page.context.close()
