"""Bulk actions from the inbox through the desk's routes: confirm, run, report; hostile input."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlmodel import col, select

from service.app import Service
from store.db import Store
from store.models import Complaint, Event, Outbox
from tests.desk.helpers import BEASISWA, LPG, add_officer, complain, csrf_of, session_cookie


def _officer(client: TestClient, service: Service, name: str, role: str, *sections: str) -> str:
    oid = add_officer(service.ctx.store, name, role, *sections)
    client.cookies.update(session_cookie(service, oid))
    return csrf_of(client.get("/desk/aduan").text)


def _confirm(client: TestClient, query: str) -> tuple[str, dict[str, str]]:
    """The confirmation page of a GET and the fields of its POST form."""
    page = client.get("/desk/aduan/massal?" + query)
    assert page.status_code == 200, page.text
    form = page.text.split('id="bulk-confirm"', 1)[1].split("</form>", 1)[0]
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
    return page.text, fields


def _events(store: Store, action: str) -> list[Event]:
    with store.read() as s:
        return list(
            s.exec(select(Event).where(col(Event.action) == action).order_by(col(Event.id)))
        )


def _status(store: Store, cid: int) -> str:
    with store.read() as s:
        found = s.get(Complaint, cid)
        assert found is not None
        return found.status


def test_status_change_confirms_the_count_then_runs_each_with_its_own_event(
    client: TestClient, service: Service, store: Store
) -> None:
    a, code_a, section = complain(service, LPG)
    b, code_b, _ = complain(service, LPG + " juga di desa sebelah")
    csrf = _officer(client, service, "ani", "officer", section)
    inbox = client.get("/desk/aduan").text
    assert f'name="id" value="{a}"' in inbox and 'id="bulk-action"' in inbox
    page = client.get(f"/desk/aduan/massal?aksi=status&id={a}&id={b}")  # no status chosen yet
    assert page.status_code == 200 and 'id="bulk-confirm"' not in page.text
    assert "2 aduan</strong> dipilih" in page.text
    text, fields = _confirm(client, f"aksi=status&ke=diproses&id={a}&id={b}")
    assert "mengubah status menjadi Diproses" in text and "2 aduan" in text
    assert _status(store, a) == _status(store, b) == "baru"  # nothing ran yet
    assert fields["ids"] == f"{a},{b}" and fields["csrf"] == csrf
    done = client.post("/desk/aduan/massal", data=fields)
    assert done.status_code == 200 and "2 aduan diproses" in done.text
    assert code_a in done.text and code_b in done.text
    assert _status(store, a) == _status(store, b) == "diproses"
    events = _events(store, "status")
    assert sorted(e.complaint_id for e in events) == sorted([a, b])  # type: ignore[type-var]
    assert {e.detail["bulk"] for e in events} == {fields["run"]}
    assert all(e.actor == "ani" and e.detail["bulk_action"] == "status" for e in events)
    again = client.post("/desk/aduan/massal", data=fields)  # sent twice: not run twice
    assert again.status_code == 403 and "sudah dijalankan" in again.text
    assert len(_events(store, "status")) == 2


def test_refusals_are_per_complaint_and_reported(
    client: TestClient, service: Service, store: Store
) -> None:
    a, code_a, section = complain(service, LPG)
    b, code_b, _ = complain(service, LPG + " lagi")
    other, other_code, other_section = complain(service, BEASISWA)
    assert other_section != section
    _officer(client, service, "ani", "officer", section)
    query = f"aksi=status&ke=diproses&id={a}&id={other}&id=999999"
    text, fields = _confirm(client, query)
    assert "2 aduan tidak dapat diproses" in text and f"#{other}" in text and "#999999" in text
    assert other_code not in text  # another section's complaint is not named
    assert fields["ids"] == str(a)
    forged = {**fields, "ids": f"{a},{b},{other}"}  # ids typed into the form by hand
    client.post(f"/desk/aduan/{b}/status", data={"to": "diproses", "csrf": fields["csrf"]})
    assert _status(store, b) == "diproses"  # moved by hand in between: refused, not repeated
    done = client.post("/desk/aduan/massal", data=forged)
    assert done.status_code == 200 and "1 aduan diproses, 2 ditolak" in done.text
    assert f"#{other}" in done.text and "bukan bagian Anda" in done.text
    assert f"{code_b}</strong>: status diproses tidak bisa diubah menjadi diproses" in done.text
    assert _status(store, other) == "baru" and _status(store, a) == "diproses"
    assert code_a in done.text


def test_reassign_needs_a_reason_and_keeps_what_was_typed(
    client: TestClient, service: Service, store: Store
) -> None:
    a, _, section = complain(service, LPG)
    b, _, _ = complain(service, LPG + " lagi")
    _officer(client, service, "ani", "officer", section)
    _, fields = _confirm(client, f"aksi=alihkan&ke=hukum&id={a}&id={b}")
    bare = client.post("/desk/aduan/massal", data={**fields, "alasan": "  "})
    assert bare.status_code == 400 and "Alasan pengalihan wajib diisi" in bare.text
    stale = client.post("/desk/aduan/massal", data={**fields, "csrf": "x", "alasan": "soal Perda"})
    assert stale.status_code == 403 and "soal Perda" in stale.text
    assert _events(store, "reassign") == []
    done = client.post("/desk/aduan/massal", data={**fields, "alasan": "soal Perda"})
    assert "2 aduan diproses" in done.text
    events = _events(store, "reassign")
    assert [e.detail["reason"] for e in events] == ["soal Perda", "soal Perda"]
    with store.read() as s:
        assert {c.section for c in s.exec(select(Complaint))} == {"hukum"}


def test_reply_with_a_template_goes_to_each_citizen_on_their_own_channel(
    client: TestClient, service: Service, store: Store
) -> None:
    sms, sms_code, section = complain(service, LPG, sender="+6281250001111")
    mail, mail_code, _ = complain(service, LPG, sender="warga@example.id", channel="email")
    anon, _, _ = complain(service, LPG + " sekali lagi", anonymous=True, sender="+6281250002222")
    _officer(client, service, "pengawas", "supervisor")
    ids = f"id={sms}&id={mail}&id={anon}"
    text, fields = _confirm(client, f"aksi=balas&templat=diteruskan&{ids}")
    assert "Diteruskan ke Dinas Perdagangan" in text and 'id="bulk-preview"' in text
    done = client.post("/desk/aduan/massal", data=fields)
    assert "3 aduan diproses" in done.text
    with store.read() as s:
        rows = list(s.exec(select(Outbox).where(col(Outbox.kind) == "reply")))
    sent = {r.complaint_id: r for r in rows}
    assert (sent[sms].channel, sent[sms].recipient) == ("sms", "+6281250001111")
    assert (sent[mail].channel, sent[mail].recipient) == ("email", "warga@example.id")
    assert sms_code in sent[sms].text and mail_code in sent[mail].text
    assert "Dinas Perindustrian dan Perdagangan" in sent[sms].text
    assert sent[anon].text.startswith("Yth. Bapak/Ibu,")
    assert {e.detail["bulk"] for e in _events(store, "reply")} == {fields["run"]}
    assert section == "perekonomian"


def test_unknown_template_and_a_template_of_another_section_are_refused(
    client: TestClient, service: Service, store: Store
) -> None:
    lpg, _, _ = complain(service, LPG)
    beasiswa, beasiswa_code, _ = complain(service, BEASISWA)
    _officer(client, service, "pengawas", "supervisor")
    page = client.get(f"/desk/aduan/massal?aksi=balas&templat=tidak-ada&id={lpg}")
    assert page.status_code == 200 and 'id="bulk-confirm"' not in page.text  # choose again
    _, fields = _confirm(client, f"aksi=balas&templat=info-beasiswa&id={lpg}&id={beasiswa}")
    done = client.post("/desk/aduan/massal", data=fields)
    assert "1 aduan diproses, 1 ditolak" in done.text
    assert "tidak tersedia untuk Bagian Perekonomian" in done.text
    assert beasiswa_code in done.text
    forged = client.post("/desk/aduan/massal", data={**fields, "templat": "x", "run": "r" * 20})
    assert forged.status_code == 400 and "Template: pilihan itu tidak ada" in forged.text
    status = client.post("/desk/aduan/massal", data={**fields, "aksi": "status", "ke": "hapus"})
    assert status.status_code == 400 and "Status baru: pilihan itu tidak ada" in status.text


def test_hostile_selections_are_refused_with_a_clear_page(
    client: TestClient, service: Service, store: Store
) -> None:
    a, _, section = complain(service, LPG)
    service.ctx.settings.desk.bulk_max = 3
    _officer(client, service, "ani", "officer", section)
    too_many = client.get(
        "/desk/aduan/massal?aksi=status&" + "&".join(f"id={i}" for i in range(1, 6))
    )
    assert too_many.status_code == 400 and "paling banyak 3 sekaligus" in too_many.text
    for junk in ("id=1%3BDROP", "id=-1", "id=" + "9" * 40, "id=%D9%A1"):  # Arabic-Indic one
        bad = client.get(f"/desk/aduan/massal?aksi=status&{junk}")
        assert bad.status_code == 400 and "Pilihan aduan tidak sah" in bad.text
    empty = client.get("/desk/aduan/massal?aksi=status")
    assert empty.status_code == 400 and "Tidak ada aduan" in empty.text
    unknown = client.get(f"/desk/aduan/massal?aksi=hapus&id={a}")
    assert unknown.status_code == 400 and "Pilih tindakan massal" in unknown.text
    _, fields = _confirm(client, f"aksi=status&ke=diproses&id={a}")
    huge = client.post(
        "/desk/aduan/massal", data={**fields, "ids": ",".join(map(str, range(9999)))}
    )
    assert huge.status_code == 400 and "paling banyak 3" in huge.text
    no_run = client.post("/desk/aduan/massal", data={**fields, "run": ""})
    assert no_run.status_code == 400
    assert _status(store, a) == "baru"
    client.cookies.clear()
    assert client.post("/desk/aduan/massal", data=fields).status_code == 303  # to the login


def test_all_rows_of_the_filter_are_capped_and_say_so(
    client: TestClient, service: Service, store: Store
) -> None:
    ids = [complain(service, LPG + f" nomor {n}")[0] for n in range(4)]
    _, _, other = complain(service, BEASISWA)
    service.ctx.settings.desk.bulk_max = 3
    _officer(client, service, "pengawas", "supervisor")
    text, fields = _confirm(client, "aksi=status&ke=diproses&semua=1&bagian=perekonomian")
    assert 'id="bulk-capped"' in text and "lebih dari 3 aduan" in text
    assert len(fields["ids"].split(",")) == 3 and set(map(int, fields["ids"].split(","))) < set(ids)
    text, fields = _confirm(client, "aksi=status&ke=diproses&semua=1&q=beasiswa")
    assert 'id="bulk-capped"' not in text and "1 aduan</strong> dipilih" in text
    assert other == "kesra"


def test_assign_in_bulk_hands_each_complaint_to_the_officer_with_its_own_event(
    client: TestClient, service: Service, store: Store
) -> None:
    """The bulk "serahkan" action: each complaint gets the assignee and its own audit event."""
    a, _, section = complain(service, LPG)
    b, _, _ = complain(service, LPG + " di Loa Kulu")
    budi = add_officer(store, "budi", "officer", section)
    add_officer(store, "cici", "officer", "kesra")  # another section: not offered
    _officer(client, service, "ani", "officer", section)
    page = client.get(f"/desk/aduan/massal?aksi=serahkan&id={a}&id={b}")
    assert page.status_code == 200 and ">budi<" in page.text and ">cici<" not in page.text
    text, fields = _confirm(client, f"aksi=serahkan&petugas={budi}&id={a}&id={b}")
    assert "menyerahkan kepada budi" in text
    done = client.post("/desk/aduan/massal", data=fields)
    assert done.status_code == 200 and "2 aduan diproses" in done.text
    with store.read() as s:
        assert {s.get(Complaint, cid).assignee_id for cid in (a, b)} == {budi}  # type: ignore[union-attr]
    events = _events(store, "assign")
    assert sorted(e.complaint_id for e in events) == sorted([a, b])  # type: ignore[type-var]
    assert all(e.detail["to"] == "budi" and e.detail["bulk_action"] == "serahkan" for e in events)
    forged = client.get(f"/desk/aduan/massal?aksi=serahkan&petugas=999999&id={a}")
    assert 'id="bulk-confirm"' not in forged.text  # a choice not offered never runs
