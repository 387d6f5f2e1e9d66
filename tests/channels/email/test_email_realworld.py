"""Real mail from public corpora (tests/fixtures/email/SOURCES.md) through the parser.

Every message is either a person's (a complaint with its text) or automatic with its reason;
subjects decode exactly as the standard library's policy.default decodes them; bounces carry a
status. The same corpus goes through IMAP and the pipeline in tests/ingest/test_email_realworld.py.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.header import Header
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from channels.base import IncomingMessage
from channels.email.parse import SUBJECT_MAX, ParseOptions, parse
from tests.conftest import examples

REAL = Path(__file__).parents[2] / "fixtures" / "email" / "realworld"
WHEN = datetime(2024, 6, 15, tzinfo=UTC)
OPTIONS = ParseOptions(
    own_domain="setda.kukarkab.go.id", own_addresses=("aduan@setda.kukarkab.go.id",)
)
NAMES = sorted(p.stem for p in REAL.glob("*.eml"))
# Mail from people; everything else in the corpus is automatic. The Gmail invitation names a
# person in Reply-To, which makes a no-reply sender a person (web forms send that way).
PEOPLE = frozenset({
    "derived-8bit-name-ascii-address", "derived-same-message-id-other-sender",
    "derived-yahoo-boundary-mismatch", "flanker-bilingual-simple", "flanker-false-multipart",
    "flanker-long-header", "flanker-missing-boundaries", "flanker-missing-final-boundary",
    "flanker-outlook-express", "flanker-russian-attachment-yahoo",
    "mail-email_with_similar_boundaries", "mail-example01", "mail-example14",
    "mail-japanese_attachment_long_name", "mail-japanese_iso_2022", "mail-must_supply_encoding",
    "mail-raw_email_bad_time", "mail-raw_email_encoded_stack_level_too_deep",
    "mail-raw_email_multiple_from", "mail-raw_email_reply", "mail-raw_email_with_illegal_boundary",
    "mail-raw_email_with_partially_quoted_subject", "mail-two_from_in_message", "mail-utf8_headers",
    "mailparser-mail_malformed_1", "mailparser-mail_malformed_3", "mailparser-mail_test_1",
    "mailparser-mail_test_10", "mailparser-mail_test_11", "mailparser-mail_test_12",
    "mailparser-mail_test_14", "mailparser-mail_test_15", "mailparser-mail_test_17",
    "mailparser-mail_test_18", "mailparser-mail_test_19", "mailparser-mail_test_3",
    "mailparser-mail_test_7", "mailparser-mail_test_8", "mailparser-mail_test_9",
})  # fmt: skip
# People's mail without any text: only attachments, or an empty body.
NO_TEXT = frozenset({
    "flanker-false-multipart", "flanker-outlook-express", "mail-japanese_attachment_long_name",
    "mail-must_supply_encoding",
})  # fmt: skip
# The kinds issue 12 names, each with the reason it must be recorded with.
KINDS = {
    "sisimai-rfc3834-02": "exchange inbox rule (out of office)",
    "sisimai-rfc3834-04": "exchange inbox rule (out of office)",
    "derived-exchange-balasan-otomatis": "exchange inbox rule (out of office)",
    "sisimai-rfc3834-03": "apple vacation reply",
    "sisimai-arf-01": "feedback report",
    "sisimai-arf-14": "feedback report",
    "flanker-complaints-aol": "feedback report",
    "flanker-complaints-yahoo": "feedback report",
    "flanker-disposition-notification": "read receipt",
    "sisimai-lhost-apachejames-01": "bounce: from post_master",
    "sisimai-lhost-verizon-02": "bounce: from post_master",
    "sisimai-lhost-fml-02": "mailing list",
    "sisimai-lhost-fml-03": "mailing list",
    "sisimai-lhost-dragonfly-02": "bounce: from mailer-daemon",  # From: MAILER-DAEMON <>
    "sisimai-lhost-x6-01": "bounce: from mailer-daemon",  # From: mailer-daemon
    "sisimai-lhost-qmail-02": "bounce: from mailer-daemon",  # text only
    "derived-qmail-bounce-no-message-id": "bounce: from mailer-daemon",
}


@functools.cache
def read(name: str) -> IncomingMessage:
    """The corpus message parsed, once per process (a frozen message; some take seconds)."""
    [msg] = parse((REAL / f"{name}.eml").read_bytes(), WHEN, OPTIONS)
    return msg


def test_the_corpus_holds_every_kind_the_issue_names() -> None:
    assert set(KINDS) <= set(NAMES) and set(NAMES) >= PEOPLE
    assert len([n for n in NAMES if n.startswith("sisimai-lhost-")]) >= 60


@pytest.mark.parametrize("name", NAMES)
def test_person_or_automatic_with_its_reason(name: str) -> None:
    msg = read(name)
    if name in PEOPLE:
        assert msg.automated is None
        assert "@" in msg.sender and not msg.sender.startswith("@")
        if name not in NO_TEXT:
            assert msg.text.strip() and msg.meta["body"].strip()
    else:
        assert msg.automated, name
        assert msg.automated == KINDS.get(name, msg.automated)


@pytest.mark.parametrize("name", NAMES)
def test_subject_decodes_as_policy_default_decodes_it(name: str) -> None:
    raw = (REAL / f"{name}.eml").read_bytes()
    want = message_from_bytes(raw, policy=policy.default)["subject"]
    expected = " ".join(str(want).split())[:SUBJECT_MAX].rstrip() if want is not None else ""
    if re.search("[\udc80-\udcff]", expected):
        pytest.skip("raw 8-bit subject: repaired by our charset chain, the stdlib keeps bytes")
    assert (read(name).subject or "") == expected


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("flanker-long-header", "Victoria ja böse"),
        ("flanker-bilingual-simple", "Как ты поживаешь?"),
        ("mail-japanese_attachment_long_name", "まみむめもまみむめもまみむめも"),
    ],
)
def test_folded_encoded_words_keep_their_words_whole(name: str, words: str) -> None:
    assert words in (read(name).subject or "")


def test_bounces_carry_a_status() -> None:
    bounces = [read(n) for n in NAMES if n not in PEOPLE]
    with_report = [
        m for m in bounces if (m.automated or "").startswith("bounce") and m.meta.get("bounce")
    ]
    assert len(with_report) >= 70
    for msg in with_report:
        assert re.fullmatch(r"[245]\.\d{1,3}\.\d{1,3}", msg.meta["bounce"]["status"]), msg.sender


def test_text_bounce_without_message_id_names_recipient_and_tracking_code() -> None:
    bounce = read("derived-qmail-bounce-no-message-id").meta["bounce"]
    assert bounce["original_message_id"] is None and bounce["permanent"]
    assert bounce["failed"] == ["rina.marlina88@kaltimnet.example"]
    assert bounce["status"] == "5.1.1"
    assert "KK-7M3QX-9RT2W" in bounce["original_subject"]


def test_mailer_daemon_without_an_address_is_a_bounce_not_a_dead_letter() -> None:
    msg = read("sisimai-lhost-dragonfly-02")  # From: MAILER-DAEMON <>
    assert msg.sender.startswith("mailer-daemon@") and msg.meta["bounce"]["permanent"]


def test_two_addresses_in_from_first_is_the_sender_others_kept() -> None:
    msg = read("mail-raw_email_multiple_from")  # From: tim@powerupdev.com concierge@...
    assert msg.sender == "tim@powerupdev.com"
    assert msg.meta["other_from"] == ["concierge@powerupdev.com"]


def test_raw_8bit_name_never_turns_the_ascii_address_into_another_script() -> None:
    msg = read("derived-8bit-name-ascii-address")
    assert msg.sender == "sri.wahyuni@telkom.example"
    assert msg.sender_name is not None and msg.sender_name.startswith("Sri Wahyuni ")
    assert msg.sender_name.endswith(" Kec. Tenggarong")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("derived-yahoo-boundary-mismatch", "Hello"),
        ("mail-raw_email_with_illegal_boundary", "This is an outlook test"),
        ("mail-raw_email_bad_time", "MailScanner"),
        ("sisimai-lhost-apachejames-01", "Invalid user address"),
    ],
)
def test_body_whose_boundary_does_not_match_keeps_its_text(name: str, text: str) -> None:
    assert text in read(name).meta["body"]


# ---- headers decode as policy.default decodes them: generated folded encoded words -------

WORDS = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
    max_size=60,
)  # fmt: skip
CHARSETS = st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", "iso-8859-5"])


@settings(max_examples=examples(300), deadline=None)
@given(WORDS, CHARSETS, st.integers(min_value=20, max_value=76))
def test_generated_folded_encoded_subjects_decode_as_policy_default(
    text: str, charset: str, width: int
) -> None:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    folded = Header(text, charset, maxlinelen=width, header_name="Subject").encode()
    raw = (
        f"From: warga@example.id\r\nSubject: {folded}\r\nMessage-ID: <p@example.id>\r\n\r\nx\r\n"
    ).encode()
    want = str(message_from_bytes(raw, policy=policy.default)["subject"])
    [msg] = parse(raw, WHEN, OPTIONS)
    assert (msg.subject or "") == " ".join(want.split())[:SUBJECT_MAX].rstrip()
