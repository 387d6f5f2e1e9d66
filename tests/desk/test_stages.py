"""The handling stages of a complaint are listed in the order they fall due."""

from __future__ import annotations

from desk.deadlines import stages
from service.app import Service
from store.models import Complaint
from tests.desk.helpers import LPG, complain


def test_follow_up_is_never_due_after_the_resolution(service: Service) -> None:
    settings = service.ctx.settings
    cid, _code, section = complain(service, LPG)  # perekonomian: resolved in 3 working days
    assert settings.section(section).response_days < settings.desk.stages.followup_days  # type: ignore[union-attr]
    with service.ctx.store.read() as session:
        complaint = session.get(Complaint, cid)
        assert complaint is not None
        found = stages(settings, session, complaint, service.ctx.clock())
    dues = [s.due for s in found[:3]]
    assert [s.name for s in found[:3]] == [
        "Verifikasi", "Tindak lanjut ke warga", "Penyelesaian (standar layanan bagian)",
    ]  # fmt: skip
    assert all(d is not None for d in dues) and dues == sorted(dues)  # type: ignore[type-var]
    assert dues[1] == complaint.due_at
