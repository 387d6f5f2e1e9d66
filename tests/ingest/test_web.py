"""The web form and the JSON API: one pipeline, CSRF, rate limits, no leaks."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlmodel import func, select

from service.app import Service, build_service, create_app
from settings.root import Settings
from store.db import Store
from store.models import Complaint, DeadLetter, Outbox


@pytest.fixture
def client(settings: Settings, store: Store) -> Iterator[TestClient]:
    settings.channels.web.submissions_per_hour = 5
    with TestClient(create_app(build_service(settings, store))) as c:
        yield c


def complaints(store: Store) -> list[Complaint]:
    with store.read() as s:
        return list(s.exec(select(Complaint)))


def token(client: TestClient) -> str:
    page = client.get("/lapor")
    assert page.status_code == 200
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found
    return found.group(1)


def test_form_page_is_plain_html_in_indonesian(client: TestClient) -> None:
    page = client.get("/lapor")
    assert "Sampaikan Aduan" in page.text and "<script" not in page.text
    assert 'id="privasi"' in page.text and "Penghapusan" in page.text  # the privacy notice
    assert 'type="tel"' in page.text and 'type="email"' in page.text  # each its keyboard
    assert 'href="/statistik"' in page.text
    assert "http://" not in page.text.replace("http://testserver", "")  # nothing from a CDN


def test_form_submission_creates_a_routed_complaint(client: TestClient, store: Store) -> None:
    data = {
        "csrf_token": token(client),
        "text": "Ada pungutan liar di loket pelayanan kantor kecamatan, diminta 100 ribu",
        "name": "Budi",
        "contact": "081250007777",
    }
    page = client.post("/lapor", data=data)
    assert page.status_code == 200, page.text
    code = re.search(r"KK-[0-9A-Z]{5}-[0-9A-Z]{5}", page.text)
    assert code
    (complaint,) = complaints(store)
    assert complaint.tracking_code == code.group(0) and complaint.channel == "web"
    assert complaint.reply_channel == "sms" and complaint.reply_address == "+6281250007777"
    again = client.post("/lapor", data=data)  # the same form posted twice is one complaint
    assert code.group(0) in again.text
    assert len(complaints(store)) == 1


def test_form_without_csrf_token_is_refused(client: TestClient, store: Store) -> None:
    token(client)
    response = client.post("/lapor", data={"text": "Aduan tanpa token CSRF sama sekali"})
    assert response.status_code == 403
    client.cookies.clear()
    response = client.post(
        "/lapor", data={"csrf_token": "forged", "text": "Aduan dengan token palsu"}
    )
    assert response.status_code == 403
    assert complaints(store) == []


def test_form_too_short_is_shown_again_with_the_reason(client: TestClient, store: Store) -> None:
    response = client.post("/lapor", data={"csrf_token": token(client), "text": "jalan"})
    assert response.status_code == 400
    assert "Isi aduan terlalu pendek: tulis paling sedikit 10 huruf." in response.text
    assert ">jalan</textarea>" in response.text and complaints(store) == []
    assert "should" not in response.text.lower()  # no validator English


TEXT = "Jembatan kayu di Desa Sebulu roboh sebagian, anak sekolah menyeberang lewat sungai"


def test_expired_form_token_shows_the_form_again_with_the_text(
    client: TestClient, store: Store
) -> None:
    token(client)
    client.cookies.clear()  # a lost cookie, or a token older than four hours
    data = {"csrf_token": "stale", "text": TEXT, "name": "Siti", "contact": "0812 5000 1234"}
    page = client.post("/lapor", data=data, headers={"Accept": "text/html"})
    assert page.status_code == 403 and page.headers["content-type"].startswith("text/html")
    assert "sudah kedaluwarsa" in page.text and TEXT in page.text and 'value="Siti"' in page.text
    assert complaints(store) == []
    fresh = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert fresh and fresh.group(1) != "stale"
    again = client.post("/lapor", data={**data, "csrf_token": fresh.group(1)})
    assert again.status_code == 200 and len(complaints(store)) == 1


@pytest.mark.parametrize(
    ("contact", "reply"),
    [
        ("0812-5000-1234", ("sms", "+6281250001234")),
        ("+62 812 5000 1234", ("sms", "+6281250001234")),
        ("62812 5000 1234", ("sms", "+6281250001234")),
        ("warga@contoh.id", ("email", "warga@contoh.id")),
    ],
)
def test_contacts_in_any_indonesian_form_are_accepted(
    client: TestClient, store: Store, contact: str, reply: tuple[str, str]
) -> None:
    page = client.post(
        "/lapor", data={"csrf_token": token(client), "text": TEXT, "contact": contact}
    )
    assert page.status_code == 200, page.text
    (complaint,) = complaints(store)
    assert (complaint.reply_channel, complaint.reply_address) == reply


@pytest.mark.parametrize(
    ("contact", "message"),
    [("nomor saya 0812", "Nomor HP belum lengkap"), ("warga@contoh", "Alamat email belum lengkap")],
)
def test_unusable_contact_is_refused_with_a_clear_message(
    client: TestClient, store: Store, contact: str, message: str
) -> None:
    page = client.post(
        "/lapor", data={"csrf_token": token(client), "text": TEXT, "contact": contact}
    )
    assert page.status_code == 400 and message in page.text and TEXT in page.text
    assert 'aria-invalid="true"' in page.text and complaints(store) == []


@pytest.mark.parametrize(
    ("fields", "reply"),
    [
        ({"phone": "0812 5000 1234"}, ("sms", "+6281250001234")),
        ({"email": "warga@contoh.id"}, ("email", "warga@contoh.id")),
        ({"phone": "0812 5000 1234", "email": "warga@contoh.id"}, ("sms", "+6281250001234")),
    ],
)
def test_the_form_asks_phone_and_email_apart(
    client: TestClient, store: Store, fields: dict[str, str], reply: tuple[str, str]
) -> None:
    page = client.post("/lapor", data={"csrf_token": token(client), "text": TEXT, **fields})
    assert page.status_code == 200, page.text
    (complaint,) = complaints(store)
    assert (complaint.reply_channel, complaint.reply_address) == reply


def test_a_bad_email_is_named_next_to_its_field(client: TestClient, store: Store) -> None:
    data = {"csrf_token": token(client), "text": TEXT, "phone": "", "email": "warga@contoh"}
    page = client.post("/lapor", data=data)
    assert page.status_code == 400 and 'id="email-error"' in page.text
    assert 'value="warga@contoh"' in page.text and complaints(store) == []


def test_rate_limited_form_keeps_the_text(client: TestClient) -> None:
    for i in range(5):
        client.post("/api/v1/complaints", json={"text": f"Keluhan pelayanan lambat nomor {i}"})
    page = client.post("/lapor", data={"csrf_token": token(client), "text": TEXT})
    assert page.status_code == 429 and "Terlalu banyak aduan" in page.text and TEXT in page.text


def test_web_acknowledgement_goes_to_the_contact_when_a_sender_carries_it(
    service: Service, store: Store
) -> None:
    with TestClient(create_app(service)) as c:
        data = {"csrf_token": token(c), "text": TEXT, "contact": "081250001234"}
        page = c.post("/lapor", data=data)
        assert page.status_code == 200 and "juga dikirim ke kontak" in page.text
        c.post("/lapor", data={"csrf_token": token(c), "text": TEXT + " lagi", "contact": "a@b.id"})
    with store.read() as s:
        rows = list(s.exec(select(Outbox)))
    # SMS has a sender in this service; email has none, so nothing is queued that cannot go.
    assert [(r.channel, r.recipient, r.kind) for r in rows] == [("sms", "+6281250001234", "ack")]
    assert "KK-" in rows[0].text


def test_api_creates_and_is_idempotent(client: TestClient, store: Store) -> None:
    body = {
        "text": "Lubang bekas tambang batubara dekat sekolah tidak dipagar",
        "contact": "warga@example.id",
    }
    first = client.post("/api/v1/complaints", json=body, headers={"Idempotency-Key": "k1"})
    assert first.status_code == 201
    data = first.json()
    assert data["tracking_code"].startswith("KK-") and data["section"]
    second = client.post("/api/v1/complaints", json=body, headers={"Idempotency-Key": "k1"})
    assert second.status_code == 200 and second.json()["tracking_code"] == data["tracking_code"]
    (complaint,) = complaints(store)
    assert complaint.reply_channel == "email" and complaint.reply_address == "warga@example.id"
    with store.read() as s:
        assert s.exec(select(func.count()).select_from(Outbox)).one() == 0


def test_api_bad_json_is_400_and_kept(client: TestClient, store: Store) -> None:
    response = client.post(
        "/api/v1/complaints", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    missing = client.post("/api/v1/complaints", json={"name": "tanpa isi"})
    assert missing.status_code == 400 and "text" in missing.json()["detail"]
    with store.read() as s:
        assert s.exec(select(func.count()).select_from(DeadLetter)).one() == 2


def test_submissions_per_address_are_rate_limited(client: TestClient) -> None:
    statuses = [
        client.post(
            "/api/v1/complaints", json={"text": f"Keluhan pelayanan lambat nomor {i}"}
        ).status_code
        for i in range(7)
    ]
    assert statuses == [201] * 5 + [429] * 2


def test_tracking_unknown_code_is_404_and_page_says_so(client: TestClient) -> None:
    assert client.get("/api/v1/track/KK-00000-00000").status_code == 404
    page = client.get("/lacak?kode=KK-ABCDE-FGHJK")
    assert page.status_code == 404 and "tidak ditemukan" in page.text


def test_xss_in_tracking_form_is_escaped(client: TestClient) -> None:
    page = client.get("/lacak", params={"kode": "<script>alert(1)</script>"})
    assert "<script>alert(1)</script>" not in page.text
