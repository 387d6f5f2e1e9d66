"""The rules that ship in routing/rules/: the dev set, our own probes, and every example."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from routing import Router
from routing.evaluate import Labelled, evaluate, read_dataset
from settings.load import load_settings
from tests.routing.blind_2026_12_06 import CASES as BLIND_2026_12_06
from tests.routing.blind_2026_12_06b import CASES as BLIND_2026_12_06B
from tests.routing.blind_2026_12_07 import CASES as BLIND_2026_12_07
from tests.routing.blind_2026_12_07aa import CASES as BLIND_2026_12_07AA
from tests.routing.blind_2026_12_07ab import CASES as BLIND_2026_12_07AB
from tests.routing.blind_2026_12_07ac import CASES as BLIND_2026_12_07AC
from tests.routing.blind_2026_12_07ad import CASES as BLIND_2026_12_07AD
from tests.routing.blind_2026_12_07ae import CASES as BLIND_2026_12_07AE
from tests.routing.blind_2026_12_07af import CASES as BLIND_2026_12_07AF
from tests.routing.blind_2026_12_07ag import CASES as BLIND_2026_12_07AG
from tests.routing.blind_2026_12_07b import CASES as BLIND_2026_12_07B
from tests.routing.blind_2026_12_07c import CASES as BLIND_2026_12_07C
from tests.routing.blind_2026_12_07d import CASES as BLIND_2026_12_07D
from tests.routing.blind_2026_12_07e import CASES as BLIND_2026_12_07E
from tests.routing.blind_2026_12_07f import CASES as BLIND_2026_12_07F
from tests.routing.blind_2026_12_07g import CASES as BLIND_2026_12_07G
from tests.routing.blind_2026_12_07h import CASES as BLIND_2026_12_07H
from tests.routing.blind_2026_12_07i import CASES as BLIND_2026_12_07I
from tests.routing.blind_2026_12_07j import CASES as BLIND_2026_12_07J
from tests.routing.blind_2026_12_07k import CASES as BLIND_2026_12_07K
from tests.routing.blind_2026_12_07l import CASES as BLIND_2026_12_07L
from tests.routing.blind_2026_12_07m import CASES as BLIND_2026_12_07M
from tests.routing.blind_2026_12_07n import CASES as BLIND_2026_12_07N
from tests.routing.blind_2026_12_07o import CASES as BLIND_2026_12_07O
from tests.routing.blind_2026_12_07p import CASES as BLIND_2026_12_07P
from tests.routing.blind_2026_12_07q import CASES as BLIND_2026_12_07Q
from tests.routing.blind_2026_12_07r import CASES as BLIND_2026_12_07R
from tests.routing.blind_2026_12_07s import CASES as BLIND_2026_12_07S
from tests.routing.blind_2026_12_07t import CASES as BLIND_2026_12_07T
from tests.routing.blind_2026_12_07u import CASES as BLIND_2026_12_07U
from tests.routing.blind_2026_12_07v import CASES as BLIND_2026_12_07V
from tests.routing.blind_2026_12_07w import CASES as BLIND_2026_12_07W
from tests.routing.blind_2026_12_07x import CASES as BLIND_2026_12_07X
from tests.routing.blind_2026_12_07y import CASES as BLIND_2026_12_07Y
from tests.routing.blind_2026_12_07z import CASES as BLIND_2026_12_07Z
from tests.routing.blind_2026_12_08a import CASES as BLIND_2026_12_08A
from tests.routing.blind_2026_12_08b import CASES as BLIND_2026_12_08B
from tests.routing.blind_2026_12_08c import CASES as BLIND_2026_12_08C
from tests.routing.blind_2026_12_08d import CASES as BLIND_2026_12_08D
from tests.routing.blind_2026_12_08e import CASES as BLIND_2026_12_08E
from tests.routing.blind_2026_12_08f import CASES as BLIND_2026_12_08F
from tests.routing.blind_2026_12_08g import CASES as BLIND_2026_12_08G
from tests.routing.holdout import HOLDOUT
from tests.routing.probes import PROBES
from tests.routing.vocabulary import VOCABULARY

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "routing" / "data" / "routing-dev.jsonl"
CHANNELS = {"sms", "whatsapp", "telegram", "twitter", "email", "web"}


@pytest.fixture(scope="module")
def default_router() -> Router:
    settings = load_settings(ROOT / "config.yaml")
    return Router.build(settings.routing, settings.sections)


def test_dev_set_accuracy_is_at_least_95_percent_without_fallback(default_router: Router) -> None:
    report = evaluate(default_router, read_dataset(DEV))
    assert report.accuracy >= 0.95, [p for p in report.predictions if p["got"] != p["expected"]]
    assert report.fallbacks == 0


@pytest.mark.parametrize(("section", "channel", "text"), PROBES, ids=lambda v: str(v)[:30])
def test_probe_routes_to_its_section(
    default_router: Router, section: str, channel: str, text: str
) -> None:
    decision = default_router.route(text, channel)
    assert (decision.section, decision.fallback) == (section, False), decision.explain()


def test_every_shipped_example_routes_where_it_says(default_router: Router) -> None:
    settings = load_settings(ROOT / "config.yaml")
    assert default_router.failed_examples(settings.sections) == []
    assert all(s.examples for s in settings.sections)


def _labelled(rows: list[tuple[str, str, str]]) -> list[Labelled]:
    return [Labelled(text, channel, section) for section, channel, text in rows]


def test_holdout_covers_every_section_and_channel() -> None:
    sections = [s.id for s in load_settings(ROOT / "config.yaml").sections]
    counts = {s: sum(1 for section, _, _ in HOLDOUT if section == s) for s in sections}
    assert len(HOLDOUT) >= 150
    assert min(counts.values()) >= 10, counts
    assert {channel for _, channel, _ in HOLDOUT} == CHANNELS


def test_holdout_accuracy_is_at_least_97_percent_with_few_fallbacks(
    default_router: Router,
) -> None:
    # The rules place all 172 (160 with 5 fallbacks when the set was written); the bar leaves
    # room for a rule edit that trades one hard case for another, not for a lost vocabulary.
    report = evaluate(default_router, _labelled(HOLDOUT))
    assert report.accuracy >= 0.97, [p for p in report.predictions if p["got"] != p["expected"]]
    assert report.fallbacks <= 2


def test_vocabulary_set_accuracy_is_at_least_96_percent_with_few_fallbacks(
    default_router: Router,
) -> None:
    # 459 of 464 today: three whose mandates overlap (commented in vocabulary.py), a levy said
    # only as "dipatok" and a road said only by a metaphor ("kayak sungai").
    report = evaluate(default_router, _labelled(VOCABULARY))
    assert report.accuracy >= 0.96, [p for p in report.predictions if p["got"] != p["expected"]]
    assert report.fallbacks <= 5


def test_blind_2026_12_06_is_a_tuning_set_now_and_stays_placed(default_router: Router) -> None:
    # Scored once blind (153/156, see its header); tuned on since, so this is a regression guard.
    rows = [Labelled(c.text, c.channel, c.section) for c in BLIND_2026_12_06]
    sections = [s.id for s in load_settings(ROOT / "config.yaml").sections]
    counts = {s: sum(1 for c in BLIND_2026_12_06 if c.section == s) for s in sections}
    assert len(rows) >= 150 and min(counts.values()) >= 10
    assert sum(c.channel == "email" for c in BLIND_2026_12_06) >= 40
    assert {c.channel for c in BLIND_2026_12_06} == CHANNELS
    report = evaluate(default_router, rows)
    assert report.accuracy >= 0.97, [p for p in report.predictions if p["got"] != p["expected"]]
    assert report.fallbacks <= 2
    assert report.per_channel()["email"]["accuracy"] >= 0.95


# The blind sets after their one blind score (see each file's header and docs/routing.md):
# tuned on since, so each is a regression guard, not an estimate. (set, cases, accuracy at
# least, fallbacks at most, e-mail accuracy at least; what it places today.)
TUNED_BLIND_SETS = [
    # blind 172/180, email 43/48; 179 today
    ("2026-12-06b", BLIND_2026_12_06B, 0.97, 2, 0.95),
    # blind 164/180, email 40/48; 171 since a denied topic holds for the whole text, a denied
    # intent needs no "tapi", settled topics and a turn to another matter
    ("2026-12-07", BLIND_2026_12_07, 0.92, 2, 0.83),
    # blind 165/180, email 43/48; 173 since settled topics and reporting words
    ("2026-12-07b", BLIND_2026_12_07B, 0.94, 1, 0.93),
    # blind 172/192, email 63/72; 182 since thank-you sentences, relation words, refused
    # addresses and village names
    ("2026-12-07c", BLIND_2026_12_07C, 0.93, 1, 0.91),
    # blind 172/180, email 46/48; 175 since a summons or a case in court weighs double and
    # "berita acara" is no news
    ("2026-12-07d", BLIND_2026_12_07D, 0.96, 1, 0.95),
    # blind 165/180, email 55/60; 171 since letterheads, Nota Dinas headers, signatures with a
    # NIP, reply subjects and deleted comments
    ("2026-12-07e", BLIND_2026_12_07E, 0.94, 1, 0.93),
    # blind 171/180, email 47/48; 172 since a turn to another matter
    ("2026-12-07f", BLIND_2026_12_07F, 0.95, 1, 0.95),
    # blind 172/180, email 35/36; 177 since requests said not to be made hold for the whole
    # text and what is still open before a "sudah" is no settled sentence
    ("2026-12-07g", BLIND_2026_12_07G, 0.96, 1, 0.94),
    # blind 170/180, email 35/36; 174 since slow-service words (a lost file, an answer that
    # differs, the complaint app's "diproses") and denials with "sedang"
    ("2026-12-07h", BLIND_2026_12_07H, 0.95, 1, 0.91),
    # blind 177/192, email 81/96; 187, email 91/96, since forwards under a short cover note are
    # read, a message's own From/To header is no quote start, and more settled sentences
    ("2026-12-07i", BLIND_2026_12_07I, 0.96, 1, 0.93),
    # blind 156/180, email 32/36; 167 since the writer's introduction is set aside, and what
    # comes before "yang kami keluhkan"
    ("2026-12-07j", BLIND_2026_12_07J, 0.91, 2, 0.88),
    # blind 173/180, email 36/36; 174 since a vendor's introduction is no introduction
    ("2026-12-07k", BLIND_2026_12_07K, 0.95, 1, 0.97),
    # blind 170/180, email 99/108; 171 since borrowing a bus is about official vehicles
    ("2026-12-07l", BLIND_2026_12_07L, 0.94, 1, 0.91),
    # blind 152/180, email 44/60; 169, email 52/60, since matters the writer sets apart, denied
    # relation verbs and requests, cover notes that send a message on, replies read with their
    # thread when their own words place nothing, and grants for houses of worship
    ("2026-12-07m", BLIND_2026_12_07M, 0.93, 0, 0.86),
    # blind 159/180, email 39/48; 172, email 45/48, since a tender's addendum, village maps,
    # "pura-pura", ways of saying slow service, matters named then dismissed and subject lines
    ("2026-12-07n", BLIND_2026_12_07N, 0.94, 1, 0.89),
    # blind 164/180, email 52/60; 170, email 54/60, since "bukan itu yg mau sy sampaikan", "itu
    # sudah saya laporkan", "tidak ada keluhan soal itu", a forward's subject, unclear
    # requirements and building permits as service, a bidder's "sanggahan" as written
    ("2026-12-07o", BLIND_2026_12_07O, 0.94, 0, 0.9),
    # blind 160/180, email 53/60; 167, email 55/60, since the Secretariat's small vendors
    # (catering, printing, consumption), neighbourhood dues, RT boundaries, the complaint service
    # itself, a finished "sudah dimuat"
    ("2026-12-07p", BLIND_2026_12_07P, 0.92, 1, 0.91),
    # blind 167/180, email 45/48; 173, email 46/48, since the story before the request pointed
    # at is read again when what follows places nothing, "tidak kami bawa", "itu bukan yang
    # kami minta", "bsw", a network of pipes is no fishing net, consultancy selections
    ("2026-12-07q", BLIND_2026_12_07Q, 0.95, 0, 0.95),
    # blind 174/180, email 60/60; 176 since a web form's "Judul:" is a subject line
    ("2026-12-07r", BLIND_2026_12_07R, 0.97, 0, 0.98),
    # blind 172/180, email 70/72; 174 since an addressee ends with its sentence ("Yth Setda.
    # Jembatan ...") and a vendor's snacks
    ("2026-12-07s", BLIND_2026_12_07S, 0.96, 1, 0.97),
    # blind 168/180, email 45/48; 169, email 46/48, since a contractor's own termin counts beside
    # its workers named further on, and "tidak menagih" denies a bill
    ("2026-12-07t", BLIND_2026_12_07T, 0.93, 1, 0.95),
    # blind 168/180, email 44/48; 170, email 46/48, since a grant or a scholarship paid late is
    # the section's that manages it
    ("2026-12-07u", BLIND_2026_12_07U, 0.94, 2, 0.95),
    # blind 172/180, email 44/48; 174 since a matter put off ("tapi itu nanti haja") and other
    # matters listed as examples before a turn are set aside
    ("2026-12-07v", BLIND_2026_12_07V, 0.96, 0, 0.9),
    # blind 165/180, email 45/48; 168 since someone else's matter ("tp itu bos yg urus", "itu
    # urusan dia") and the main matter pointed at ("tp yg utama audiensi ini dulu")
    ("2026-12-07w", BLIND_2026_12_07W, 0.93, 0, 0.93),
    # blind 160/180, email 30/36; 163 since a company's social programme is CSR and a group's
    # approved aid proposal paid late is a grant
    ("2026-12-07x", BLIND_2026_12_07X, 0.9, 0, 0.83),
    # blind 166/180, email 63/72; 176, email 69/72, since a forward whose note names what it
    # sends on is read, a note's signature ends at the forward, "izin" alone is polite, a
    # letterhead's place lines, grants for houses of worship, a tender's requirements
    ("2026-12-07y", BLIND_2026_12_07Y, 0.97, 0, 0.95),
    # blind 172/180, email 60/60; 179 since a regency boundary, a plaintiff, an agreement
    # between regions, farmers' flooded crops, roadworks left open and registering as a supplier
    ("2026-12-07z", BLIND_2026_12_07Z, 0.98, 0, 0.98),
    # blind 167/180, six fallbacks, email 11/12; 177 since splitting an RT, which kecamatan a
    # hamlet is in, a bidder's evaluation, roadworks left unfinished, a boat crossed in, a
    # letter's registry number, "komen"
    ("2026-12-07ab", BLIND_2026_12_07AB, 0.97, 2, 0.9),
    # blind 159/180, email 41/48; 177, email 47/48, since where a matter was read or seen is no
    # media work, "berita" is no "pemberitaan", money called a thank-you is a bribe, a tender's
    # package is no project, a regional enterprise named by its owner
    ("2026-12-07aa", BLIND_2026_12_07AA, 0.97, 0, 0.95),
    # blind 164/180, email 55/60; 170, email 59/60, since an official's signature block without a
    # closing formula, a web form's fields, a regional enterprise's directors
    ("2026-12-07ac", BLIND_2026_12_07AC, 0.94, 0, 0.95),
    # blind 166/180, email 47/48; 174 since a village head's swearing-in, a medium quoted as a
    # source, a company's CSR for a musala, a regional water company, a mobile ID service,
    # a trip paid out of pocket, an open dialogue with the regent
    ("2026-12-07ad", BLIND_2026_12_07AD, 0.96, 0, 0.97),
    # blind 162/180, email 31/36; 166, email 33/36, since "itu urusan lain", "lembaga" is no
    # "kelembagaan", an agreement with a city, a land claim, a company's scholarship
    ("2026-12-07ae", BLIND_2026_12_07AE, 0.92, 0, 0.91),
    # blind 163/180, email 44/48; 170 since a writer's name and age before the role make an
    # introduction, and a company's "dana sosial" is CSR
    ("2026-12-07af", BLIND_2026_12_07AF, 0.94, 0, 0.95),
    # blind 168/180, email 31/36; 171, email 34/36, since a grant agreement (NPHD) is no
    # cooperation agreement, a final court ruling to be carried out, a service with no standard
    ("2026-12-07ag", BLIND_2026_12_07AG, 0.95, 0, 0.94),
    # blind 174/180, email 106/108 (the e-mail inbox, no X); 180 since a run-on addressee, a
    # receipt ("tanda terima"), fishermen's diesel, a new kecamatan, an official clarification
    ("2026-12-08a", BLIND_2026_12_08A, 0.98, 0, 0.98),
    # blind 163/180, email 34/36; 174 since a pattern in the story before the request, boundary
    # words, a contest's pocket money, a regional enterprise's bill, MSME credit, withheld tax
    ("2026-12-08b", BLIND_2026_12_08B, 0.96, 0, 0.97),
    # blind 163/180, email 32/36; 177, email 35/36, since where news was heard, a forward of
    # news, a promise collected on, small producers, empty ID-card forms, the office's guards
    ("2026-12-08c", BLIND_2026_12_08C, 0.97, 0, 0.94),
    # blind 175/180, email 36/36; 180 since "tidak mau membahas", two villages' land claims, a
    # dig left by its contractor, queues and office hours
    ("2026-12-08d", BLIND_2026_12_08D, 0.98, 0, 0.97),
    # blind 173/180, email 56/60; 179, email 59/60, since "Namun belum ada kabar", "dibantu" is
    # no aid, a dress rehearsal, "legalitas" as a document, a levy "kalau mau cepat"
    ("2026-12-08e", BLIND_2026_12_08E, 0.98, 0, 0.96),
    # blind 176/180, email 24/24; 180 since a neighbourhood with no RT, a hospital's general
    # rate, a stalled sports hall, a complaint box
    ("2026-12-08f", BLIND_2026_12_08F, 0.98, 0, 0.95),
    # blind 170/180, email 23/24; 176 since a scholarship's objection period, a recital
    # contest's money, requirements that change, a pavement to the market, a number on a banner
    ("2026-12-08g", BLIND_2026_12_08G, 0.96, 0, 0.95),
]


@pytest.mark.parametrize(
    ("cases", "accuracy", "fallbacks", "email"),
    [row[1:] for row in TUNED_BLIND_SETS],
    ids=[row[0] for row in TUNED_BLIND_SETS],
)
def test_a_blind_set_is_a_tuning_set_now_and_stays_placed(
    default_router: Router, cases: list[Any], accuracy: float, fallbacks: int, email: float
) -> None:
    rows = [Labelled(c.text, c.channel, c.section) for c in cases]
    # every channel, but for an e-mail-heavy set that leaves one out (2026-12-08a has no X)
    assert len(rows) >= 180 and CHANNELS - {"twitter"} <= {c.channel for c in cases} <= CHANNELS
    report = evaluate(default_router, rows)
    assert report.accuracy >= accuracy, [p for p in report.predictions if p["got"] != p["expected"]]
    assert report.fallbacks <= fallbacks
    assert report.per_channel()["email"]["accuracy"] >= email


def test_a_section_that_refused_the_matter_or_employs_the_writer_is_no_address(
    default_router: Router,
) -> None:
    refused = (
        "Proposal bantuan bibit ikan kami kirim ke Bagian Kesra bulan Juli, kmrn dibalikin "
        "katanya bukan bagiannya. Mohon arahan"
    )
    d = default_router.route(refused, "telegram")
    assert "alamat-kesra" not in d.fired
    assert ("alamat-kesra", "bagian kesra", "near 'dibalikin'") in d.ignored
    staff = "SPPD ulun ka Samarinda kada dibayar. ulun staf Setda bagian Kesra. kapan cairnya?"
    assert "alamat-kesra" not in default_router.route(staff, "whatsapp").fired
    assert "alamat-kesra" in default_router.route("Yth. Bagian Kesra, beasiswa", "email").fired
    driver = "Saya sopir kendaraan dinas di Bagian Umum Setda. Uang lembur belum dibayarkan."
    assert "alamat-umum" not in default_router.route(driver, "telegram").fired


def test_comments_deleted_on_an_official_account_are_about_the_account(
    default_router: Router,
) -> None:
    text = "admin IG resmi bupati kok hapus2 komentar warga yg kritik soal jalan rusak?"
    assert default_router.route(text, "twitter").section == "prokom"


def test_the_pay_of_a_drafting_team_is_finance_not_the_draft(default_router: Router) -> None:
    text = "Honor tim penyusun Ranperda tentang Bantuan Hukum triwulan II belum dibayar."
    assert default_router.route(text, "web").section == "perencanaan_keuangan"


ENGLISH = re.compile(r"\b(the|is|are|of|or|not|said|with|for|whoever|whatever|since|their)\b")


def test_bundled_rule_descriptions_are_indonesian() -> None:
    """Officers read a rule's description in the routing sentence: none of them is English."""
    settings = load_settings(ROOT / "config.yaml")
    english = [r.id for r in settings.routing.rules if ENGLISH.search(r.description or "")]
    assert english == []
