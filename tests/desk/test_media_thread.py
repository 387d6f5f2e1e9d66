"""The complaint page shows files still downloading, files given up on, and edits."""

from __future__ import annotations

from fastapi.testclient import TestClient

from channels.base import IncomingMessage
from service.app import Service
from store.db import Store
from tests.desk.helpers import add_officer, session_cookie

CHAT = "111222333"


def accept(service: Service, **fields: object) -> int:
    msg = IncomingMessage(
        **{  # type: ignore[arg-type]
            "channel": "telegram",
            "sender": CHAT,
            "received_at": service.ctx.clock(),
            **fields,
        }
    )
    result = service.ctx.pipeline.accept(msg)
    assert result.complaint_id is not None
    return result.complaint_id


def page(client: TestClient, complaint_id: int) -> str:
    answer = client.get(f"/desk/aduan/{complaint_id}")
    assert answer.status_code == 200
    return str(answer.text)


def test_pending_then_failed_file_and_an_edit_are_shown(
    client: TestClient, service: Service, store: Store
) -> None:
    client.cookies.update(session_cookie(service, add_officer(store, "kepala", "supervisor")))
    ref = {"file_id": "AwADBAADbX", "filename": "suara_jalan.ogg", "content_type": "audio/ogg"}
    complaint = accept(
        service, external_id=f"{CHAT}:5", text="[Pesan suara]", media=(ref,), new_thread=True
    )
    html = page(client, complaint)
    assert "Lampiran suara_jalan.ogg sedang diunduh" in html
    accept(
        service, external_id=f"{CHAT}:5:edit:99", text="Jalan berlubang di Loa Kulu",
        is_edit=True, thread_keys=(f"{CHAT}:5",),
    )  # fmt: skip
    [media] = [j for j in service.jobs if j.name == "media"]
    assert media.func() == 1  # telegram is not configured here: given up at once
    html = page(client, complaint)
    assert "<strong>suara_jalan.ogg</strong> gagal diunduh" in html
    assert "channel telegram cannot fetch media" in html
    assert "Dari warga (suntingan pesan sebelumnya)" in html
    assert "Jalan berlubang di Loa Kulu" in html


def test_a_deletion_and_a_reaction_are_named_for_what_they_are(
    client: TestClient, service: Service, store: Store
) -> None:
    """WhatsApp revokes and reactions reach the thread, but they are not edits of the text."""
    client.cookies.update(session_cookie(service, add_officer(store, "kepala", "supervisor")))
    wa = {"channel": "whatsapp", "sender": "+6281255501234"}
    complaint = accept(
        service, **wa, external_id="wamid.A1", text="Lampu jalan mati di Loa Janan",
        new_thread=True,
    )  # fmt: skip
    for n, (meta, text) in enumerate(
        [({"event": "reaction", "emoji": "👍"}, "👍"), ({"event": "revoke"}, "")]
    ):
        accept(
            service, **wa, external_id=f"wamid.E{n}", text=text, is_edit=True,
            thread_keys=("wamid.A1",), meta=meta,
        )  # fmt: skip
    html = page(client, complaint)
    assert "Dari warga (reaksi pada pesan sebelumnya)" in html
    assert "Dari warga (menghapus pesan sebelumnya)" in html
    assert "suntingan" not in html
