"""The survey's web form for email, X and web complaints: signed, single-use, CSRF-checked."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from channels.base import IncomingMessage
from service.app import Service
from store.db import Store
from tests.survey.helpers import close, survey_outbox, surveys

ALL_FOUR = {f"U{i}": "4" for i in range(1, 10)}


def mail(service: Service, n: int = 1) -> int:
    msg = IncomingMessage(channel="email", external_id=f"<m{n}@example.id>",
                          sender=f"warga{n}@example.id", text="Jalan desa rusak parah",
                          subject="Aduan jalan", received_at=service.ctx.clock())  # fmt: skip
    created = service.ctx.pipeline.accept(msg)
    assert created.complaint_id is not None
    close(service, created.complaint_id)
    return created.complaint_id


def link_of(store: Store) -> str:
    (row,) = survey_outbox(store)
    found = re.search(r"http://127\.0\.0\.1:8000(/survei/\S+)", row.text)
    assert found, row.text
    return found.group(1)


def csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found
    return found.group(1)


def test_link_answers_once_and_is_refused_after(
    service: Service, client: TestClient, store: Store
) -> None:
    mail(service)
    (invite,) = survey_outbox(store)
    assert (invite.channel, invite.recipient, invite.automatic) == (
        "email", "warga1@example.id", True,
    )  # fmt: skip
    assert invite.subject and "Survei Kepuasan" in invite.subject
    url = link_of(store)
    form = client.get(url)
    assert form.status_code == 200 and form.text.count("<fieldset") == 9
    assert form.headers["referrer-policy"] == "no-referrer"
    token = csrf(form.text)
    partial = client.post(url, data={**ALL_FOUR, "U9": "", "csrf": token})
    assert partial.status_code == 400 and "kesembilan" in partial.text
    assert 'value="4" required checked' in partial.text  # what was chosen stays chosen
    token = csrf(partial.text)  # the form came back with a fresh token
    answers = {**ALL_FOUR, "U3": "2", "U7": "1", "saran": " Balasan lebih cepat ", "csrf": token}
    done = client.post(url, data=answers)
    assert done.status_code == 200 and "Terima kasih" in done.text
    (s,) = surveys(store)
    assert (s.status, s.mode) == ("done", "link")
    assert s.answers == [4, 4, 2, 4, 4, 4, 1, 4, 4] and s.comment == "Balasan lebih cepat"
    assert s.used_at is not None and s.token_hash and s.token_hash not in url
    assert client.post(url, data={**ALL_FOUR, "csrf": token}).status_code == 404
    assert client.get(url).status_code == 404
    assert surveys(store)[0].answers == s.answers


def test_forged_expired_or_csrf_less_links_are_refused(
    service: Service, client: TestClient, store: Store
) -> None:
    mail(service)
    url = link_of(store)
    assert client.get(url[:-2] + ("AA" if not url.endswith("AA") else "BB")).status_code == 404
    assert client.get("/survei/bukan-token").status_code == 404
    token = csrf(client.get(url).text)
    client.cookies.clear()
    refused = client.post(url, data={**ALL_FOUR, "csrf": token, "saran": "Petugas ramah"})
    assert refused.status_code == 403 and "sudah kedaluwarsa" in refused.text
    assert "Petugas ramah</textarea>" in refused.text and csrf(refused.text) != token  # kept
    assert surveys(store)[0].status == "invited"
    service.ctx.clock.advance(days=service.ctx.settings.skm.link_days, seconds=1)  # type: ignore[attr-defined]
    assert client.get(url).status_code == 404


def test_decline_button_ends_the_link(service: Service, client: TestClient, store: Store) -> None:
    mail(service)
    url = link_of(store)
    token = csrf(client.get(url).text)
    declined = client.post(url, data={"tolak": "1", "csrf": token})
    assert declined.status_code == 200 and "tidak mengisi" in declined.text
    (s,) = surveys(store)
    assert (s.status, s.answers) == ("declined", [])


CASES = [
    ("x", "1422334455667788990", {}, ("x", "1422334455667788990")),
    ("web", "web:abc", {"contact": "warga@example.id"}, ("email", "warga@example.id")),
    ("web", "web:def", {"contact": "0812 5555 0101"}, ("sms", "+6281255550101")),
]


def test_each_channel_is_invited_where_its_answers_go(service: Service, store: Store) -> None:
    for n, (channel, sender, meta, reply) in enumerate(CASES):
        msg = IncomingMessage(channel=channel, external_id=f"{channel}:{n}", sender=sender,
                              text="Harga gas elpiji naik", received_at=service.ctx.clock(),
                              meta=meta)  # fmt: skip
        created = service.ctx.pipeline.accept(msg)
        assert created.complaint_id is not None
        close(service, created.complaint_id)
        row = survey_outbox(store)[-1]
        assert (row.channel, row.recipient) == reply
        assert ("/survei/" in row.text) == (reply[0] != "sms")
        assert ("1/9" in row.text) == (reply[0] == "sms")
    assert len(surveys(store)) == len(CASES)
