"""`aduan rules explain / check / replay` through the typer app."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from routing import Router
from service.cli_rules import replay_complaints, rules_app
from settings.load import load_settings
from store.db import Store
from store.models import Citizen, Complaint, Event, Officer
from tests.routing.helpers import SECTIONS, router, yaml_config

RULES = (
    "routing:\n  rules:\n"
    "    - id: jembatan\n      section: adpem\n      any: [jembatan, jalan rusak]\n"
)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(yaml_config(RULES), encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(rules_app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def test_explain_json_has_the_decision(config: Path) -> None:
    code, out = run(
        "explain", "Jembatan putus", "--channel", "sms", "--config", str(config), "--json"
    )
    data = json.loads(out)
    assert code == 0
    assert (data["section"], data["fallback"], data["rules"]) == ("adpem", False, ["jembatan"])
    assert data["scores"] == {"adpem": 1.0}


def test_explain_table_is_readable(config: Path) -> None:
    code, out = run("explain", "Jembatan putus", "--config", str(config))
    assert code == 0 and "adpem" in out and "'Jembatan'@0" in out


def test_check_with_dataset_reports_accuracy_and_predictions(config: Path, tmp_path: Path) -> None:
    data = tmp_path / "set.jsonl"
    rows = [
        {"text": "jembatan ambruk", "channel": "sms", "section": "adpem", "id": 1},
        {"text": "pelayanan lambat", "channel": "web", "section": "organisasi"},
        {"text": "jalan rusak", "channel": "web", "section": "organisasi"},
    ]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    code, out = run("check", "--config", str(config), "--dataset", str(data), "--json")
    report = json.loads(out)
    assert code == 0
    assert report["accuracy"] == pytest.approx(1 / 3, abs=1e-3)
    assert report["fallback_rate"] == pytest.approx(1 / 3, abs=1e-3)
    assert report["predictions"][2] == {
        "text": "jalan rusak", "expected": "organisasi", "got": "adpem", "fallback": False,
        "rules": ["jembatan"],
    }  # fmt: skip
    assert report["interval95"] == [
        pytest.approx(0.0615, abs=1e-3),
        pytest.approx(0.7923, abs=1e-3),
    ]
    assert report["per_channel"]["sms"] == {"total": 1, "correct": 1, "accuracy": 1.0}
    assert report["per_channel"]["web"]["accuracy"] == 0.0
    code, out = run("check", "--config", str(config), "--dataset", str(data))
    assert code == 0 and "accuracy 33.3% (1/3; 95% interval 6.1%-79.2%)" in out
    assert "Per channel" in out and "Confusion matrix" in out


def test_check_exits_1_and_lists_every_failing_example(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    rules = RULES + "      examples: [gedung retak, atap bocor]\n"
    path.write_text(yaml_config(rules), encoding="utf-8")
    code, out = run("check", "--config", str(path), "--json")
    data = json.loads(out)
    assert code == 1 and not data["ok"]
    assert [f["path"] for f in data["examples_failed"]] == [
        "routing.rules[0].examples[0]",
        "routing.rules[0].examples[1]",
    ]


def _complaint(s: object, code: str, text: str, section: str, intake: str = "") -> Complaint:
    complaint = Complaint(
        tracking_code=code, citizen_id=1, channel="sms", section=section, text=text,
        decision={"section": intake or section},
    )  # fmt: skip
    s.add(complaint)  # type: ignore[attr-defined]
    return complaint


def test_replay_reports_moves_and_applies_them_with_audit(store: Store) -> None:
    with store.write() as s:
        s.add(Citizen(id=1))
        s.add(Officer(id=7, username="ani", password_hash="x", sections=["organisasi"]))
        s.flush()
        handled = _complaint(s, "KK1", "jembatan ambruk", "organisasi")
        handled.assignee_id, handled.assigned_at = 7, datetime(2026, 11, 2, tzinfo=UTC)
        _complaint(s, "KK2", "pelayanan lambat", "organisasi")
        officer = _complaint(s, "KK3", "jalan rusak di depan kantor", "umum", intake="adpem")
        s.flush()
        s.add(Event(complaint_id=officer.id, actor="officer:1", action="reassign",
                    detail={"from": "adpem", "to": "umum", "reason": "kantor"}))  # fmt: skip
    candidate = router([{"id": "jembatan", "section": "adpem", "any": ["jembatan", "jalan rusak"]}])
    dry = replay_complaints(store.url, candidate, None, apply=False)
    assert (dry["scanned"], dry["moved"], dry["officer_placed"]) == (3, 1, 1)
    assert dry["moves"][0]["from"] == "organisasi" and dry["moves"][0]["to"] == "adpem"
    assert dry["moves"][0]["samples"][0]["code"] == "KK1"
    # the officer moved KK3 from adpem to umum: neither the intake nor the candidate rules agree
    assert dry["ground_truth"] == {"total": 1, "candidate_agrees": 0, "intake_agreed": 0}
    with store.read() as s:
        assert not s.exec(select(Event).where(Event.action == "reroute")).all()
    applied = replay_complaints(store.url, candidate, None, apply=True)
    assert applied["moved"] == 1
    with store.read() as s:
        moved = s.exec(select(Complaint).where(Complaint.tracking_code == "KK1")).one()
        assert (moved.section, moved.needs_triage) == ("adpem", False)
        assert moved.decision["rules"] == ["jembatan"]
        (event,) = s.exec(select(Event).where(Event.action == "reroute")).all()
        assert event.actor == "rules-replay"
        assert event.detail == {"from": "organisasi", "to": "adpem", "rules": ["jembatan"]}
        # nobody handles it in the new section yet
        assert (moved.assignee_id, moved.assigned_at) == (None, None)
        (released,) = s.exec(select(Event).where(Event.action == "assign")).all()
        assert released.detail == {"from": "ani", "to": None, "why": "reassign"}
    assert replay_complaints(store.url, candidate, None, apply=False)["moved"] == 0


def test_sections_helper_is_consistent() -> None:
    assert Router.build(router([]).config, SECTIONS).route("x").fallback


def test_explain_says_why_a_term_did_not_count(config: Path) -> None:
    code, out = run("explain", "bukan soal jembatan", "--config", str(config))
    assert code == 0 and "not counted: jembatan 'jembatan': negated by 'bukan'" in out
    code, out = run("explain", "bukan soal jembatan", "--config", str(config), "--json")
    assert json.loads(out)["ignored"] == [
        {"rule": "jembatan", "term": "jembatan", "why": "negated by 'bukan'"}
    ]


def test_check_warns_of_terms_that_add_nothing(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    rules = (
        "routing:\n  rules:\n"
        "    - id: j\n      section: adpem\n"
        "      any: [jembatan, Jembatan, jembatan rusak, kerusakan, rusak]\n"
    )
    path.write_text(yaml_config(rules), encoding="utf-8")
    code, out = run("check", "--config", str(path), "--json")
    warnings = json.loads(out)["warnings"]
    assert code == 0
    assert warnings == [
        "routing.rules[0].any[1]: duplicate term 'Jembatan' (also at [0])",
        "routing.rules[0].any[4]: term 'rusak' reduces to the same words as 'kerusakan' ([3]): "
        "'rusak'",
        "routing.rules[0].any[2]: term 'jembatan rusak' is redundant: the shorter term "
        "'jembatan' matches wherever it does",
    ]
    code, out = run("check", "--config", str(path))
    assert "warning: routing.rules[0].any[1]: duplicate term" in out


def test_the_bundled_rules_are_clean() -> None:
    settings = load_settings(Path(__file__).resolve().parents[2] / "config.yaml")
    assert Router.compile(settings.routing, settings.sections).warnings() == []


WITH_HUKUM = yaml_config(RULES).replace(
    "routing:", "  - id: hukum\n    name: Bagian Hukum\nrouting:"
)


def _reassigned(s: Any, code: str, text: str, to: str) -> None:
    complaint = _complaint(s, code, text, to, intake="organisasi")
    s.flush()
    s.add(Event(complaint_id=complaint.id, actor="officer:1", action="reassign",
                detail={"from": "organisasi", "to": to}))  # fmt: skip


def test_suggest_mines_reassignments_and_replays_them(store: Store, tmp_path: Path) -> None:
    with store.write() as s:
        s.add(Citizen(id=1))
        s.flush()
        _reassigned(s, "KK1", "izin sarang walet di kampung kami", "hukum")
        _reassigned(s, "KK2", "retribusi walet dipungut dua kali", "hukum")
        _reassigned(s, "KK3", "perda walet kapan direvisi", "hukum")
        _reassigned(s, "KK4", "jembatan putus", "adpem")  # the rules already agree
        _complaint(s, "KK5", "walet lagi", "organisasi")  # no officer: not a label
    path = tmp_path / "config.yaml"
    path.write_text(WITH_HUKUM, encoding="utf-8")
    tuning = tmp_path / "tuning.jsonl"
    tuning.write_text(json.dumps({"text": "jembatan ambruk", "section": "adpem"}) + "\n")
    args = ["suggest", "--config", str(path), "--db", store.url, "--dataset", str(tuning)]
    code, out = run(*args, "--json")
    assert code == 0, out
    data = json.loads(out)
    assert code == 0 and data["corrections"] == 4
    (first,) = [x for x in data["suggestions"] if x["word"] == "walet"]
    assert first["rule"] == {
        "id": "saran-hukum-walet", "section": "hukum",
        "description": "Saran dari 3 koreksi petugas", "any": ["walet"],
    }  # fmt: skip
    assert [(m["code"], m["from"], m["to"]) for m in first["moves"]] == [
        ("KK1", "(fallback)", "hukum"), ("KK2", "(fallback)", "hukum"),
        ("KK3", "(fallback)", "hukum"),
    ]  # fmt: skip
    assert first["accuracy_before"] == {"corrections": 0.25, "examples": 0.0, "tuning": 1.0}
    assert first["accuracy_after"] == {"corrections": 1.0, "examples": 0.0, "tuning": 1.0}
    code, out = run(*args)
    assert code == 0 and "add rule saran-hukum-walet" in out and "KK1: (fallback) -> hukum" in out


def test_suggest_drops_an_edit_that_costs_a_tuning_set(store: Store, tmp_path: Path) -> None:
    with store.write() as s:
        s.add(Citizen(id=1))
        s.flush()
        _reassigned(s, "KK1", "walet jembatan", "hukum")
        _reassigned(s, "KK2", "walet jembatan lagi", "hukum")
    path = tmp_path / "config.yaml"
    path.write_text(WITH_HUKUM, encoding="utf-8")
    tuning = tmp_path / "tuning.jsonl"
    rows = [{"text": "walet di jembatan kami", "section": "adpem"}]
    tuning.write_text("".join(json.dumps(r) + "\n" for r in rows))
    code, out = run("suggest", "--config", str(path), "--db", store.url, "--dataset", str(tuning),
                    "--json")  # fmt: skip
    words = [x["word"] for x in json.loads(out)["suggestions"]]
    assert code == 0 and "walet" not in words
