"""The complaint page shows files still downloading, files given up on, and edits."""

from __future__ import annotations

from fastapi.testclient import TestClient

from channels.base import IncomingMessage
from ingest.app import Service
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
