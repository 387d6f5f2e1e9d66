"""Table tests of the email parser over tests/fixtures/email/*.eml (one case per fixture)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from channels.email.parse import ParseOptions, parse
from channels.errors import PayloadError

FIXTURES = Path(__file__).parents[2] / "fixtures" / "email"
INTERNALDATE = datetime(2024, 6, 15, 1, 0, tzinfo=UTC)
OPTIONS = ParseOptions(
    own_domain="setda.kukarkab.go.id",
    internal_domains=("kukarkab.go.id",),
    max_attachment_bytes=64 * 1024,
    max_attachments=10,
)
ACK = "<aduan.20240603.0001.a1b2c3@setda.kukarkab.go.id>"
FIRST = "<CAF3x7Q1kZ9=gmail0001@mail.gmail.com>"
OOO = "Saya sedang cuti sampai 20 Juni 2024. Untuk hal mendesak hubungi staf kami."


@dataclass(frozen=True)
class Case:
    """A fixture and the fields it must give (only these are compared), or the error."""

    fixture: str
    expect: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def person(text: str, **more: Any) -> dict[str, Any]:
    """A person's mail: not automated, with this complaint text."""
    return {"automated": None, "text": text, **more}


def auto(reason: str, **more: Any) -> dict[str, Any]:
    """Automatic mail, classified with this reason."""
    return {"automated": reason, **more}


CASES = [
    # Clients and their habits
    Case("gmail_plain_indonesian", person(
        "Selamat siang Bapak/Ibu,\n\nJalan poros Tenggarong–Sebulu di depan SDN 012 rusak parah, "
        "lubangnya dalam dan sudah dua motor jatuh minggu ini. Mohon segera diperbaiki.\n\n"
        "Terima kasih,\nRina Marlina",
        external_id=FIRST, sender="rina.marlina88@gmail.com", sender_name="Rina Marlina",
        subject="Jalan rusak di Sebulu", recipient="aduan@setda.kukarkab.go.id",
        thread_keys=(), reply_to=None, received_at=datetime(2024, 6, 3, 1, 14, 22, tzinfo=UTC),
        **{"meta.body_source": "plain", "meta.internal": False, "meta.date_source": "header"},
    )),
    Case("gmail_reply_to_ack", person(
        "Ini foto tambahan lokasinya ada di dekat jembatan kecil.",
        thread_keys=(ACK, FIRST), subject="Re: [KK-7XQ2M-9PDKC] Jalan rusak di Sebulu",
        **{"meta.body_contains": "> Terima kasih, aduan Anda telah kami terima"},
    )),
    Case("outlook_html_only_windows1252", person(
        "Yth. Bagian Umum,\nAC di ruang rapat lantai 2 kantor bupati rusak sejak minggu lalu – "
        "“mohon” segera diperbaiki.\nSalam,\nAndi",
        **{"meta.body_source": "html"},
    )),
    Case("outlook_reply_original_message", person(
        "Sampai hari ini AC belum juga diperbaiki.\n\nAndi",
        thread_keys=("<aduan.20240603.0002.ffee@setda.kukarkab.go.id>",),
    )),
    Case("outlook_reply_indonesian_header", person(
        "Saya ingin menambahkan: petugasnya meminta Rp 50.000 untuk surat pindah."
    )),
    Case("yahoo_android_signature", person(
        "Sudah seminggu gas melon 3 kg susah dicari di Loa Kulu, harga di pengecer Rp 45.000."
    )),
    Case("thunderbird_flowed_signature", person(
        "Mohon penjelasan mengapa sanggahan kami atas tender paket jalan desa\ntidak dijawab.",
        **{"meta.body_contains": "CV Wijaya Konstruksi"},
    )),
    Case("iphone_base64", person(
        "Lampu jalan di Jl. Ahmad Yani mati semua sejak tiga hari. Gelap sekali malam hari.",
        external_id="<A1B2C3D4-E5F6-4711-8899-0011AABBCCDD@icloud.com>",
    )),
    Case("android_samsung_signature", person(
        "Kelompok tani kami belum menerima bantuan hand tractor yang dijanjikan tahun lalu."
    )),
    # Charsets that lie
    Case("latin1_label_cp1252_bytes", person(
        "Pasar Tenggarong becek dan kotor – “sangat” mengganggu pembeli. Café di depan juga."
    )),
    Case("ascii_label_utf8_bytes", person(
        "Air PDAM di Kelurahan Melayu keruh dan berbau — sudah seminggu. Café tutup."
    )),
    Case("charset_utf8_alias", person(
        "Surat permohonan audiensi kami ke Bupati tidak ada kabarnya – sudah 3 minggu."
    )),
    Case("charset_uft8_typo", person(
        "Honorarium narasumber bulan Mei belum dibayar – mohon dicek."
    )),
    Case("charset_empty_label", person(
        "Parkir liar di halaman kantor bupati – “jukir” minta Rp 5.000."
    )),
    Case("charset_junk_label", person(
        "Beasiswa Kukar Idaman tahap 2 belum cair – kapan jadwalnya?"
    )),
    Case("utf8_label_cp1252_bytes", person(
        "Ada pungli “uang rokok” saat mengurus surat di kantor desa."
    )),
    # Headers
    Case("rfc2047_subject_base64", person(
        "Pelayanan KTP di kantor camat lambat sekali, antre dari pagi belum selesai.",
        subject="Keluhan pelayanan lambat – kantor camat", sender_name="Sri Rahayú",
    )),
    Case("rfc2047_subject_q_latin1", {
        "subject": "Sampah menumpuk di pasar – tolong dibersihkan", "sender_name": "André Wibowo"
    }),
    Case("raw_8bit_headers_utf8", {
        "subject": "Jembatan ulin di Muara Kaman rusak – bahaya",
        "sender_name": "Agus Setiawan – Warga",
    }),
    Case("raw_8bit_headers_cp1252", {"subject": "Drainase tersumbat – banjir “lagi”"}),
    Case("missing_message_id", person(
        "Lapangan sepak bola kelurahan tidak terawat, rumput tinggi.",
        external_id="sha256:30893674a7329f24b481aa21c7a478156523001a0005c5646d6c5d3cd279d7e5",
    )),
    Case("invalid_date", {"received_at": INTERNALDATE, "meta.date_source": "internaldate"}),
    Case("future_date", {"received_at": INTERNALDATE, "meta.date_source": "internaldate"}),
    Case("reply_to_header", person(
        "Penerangan jalan di RT 7 Loa Kulu mati total.",
        sender="noreply-form@rt7-loakulu.or.id", reply_to="darto.rt7@gmail.com",
    )),
    Case("reply_to_header_person", {"reply_to": "wati@yayasan-alhikmah.or.id"}),
    Case("references_only_reply", {"thread_keys": (FIRST, ACK)}),
    # Structure
    Case("nested_multipart_related", person(
        "Proyek drainase di Jl. Gunung Belah mangkrak sejak Maret. Foto terlampir.",
        attachments=[("foto.png", "image/png"), ("laporan.pdf", "application/pdf")],
    )),
    Case("missing_boundary", person("Jalan di RT 05 Loa Janan berlubang besar.")),
    Case("forwarded_gmail_inline", {
        "automated": None,
        "text_contains": ("Mohon ditindaklanjuti.", "Air bersih tidak mengalir ke RT 3"),
    }),
    Case("forwarded_as_attachment", person(
        "Diteruskan untuk ditangani, terlampir surel warga.",
        attachments=[("Tanggul jebol.eml", "message/rfc822")],
        **{"meta.internal": True},
    )),
    Case("html_with_script", person(
        "Website LPSE tidak bisa dibuka & upload dokumen tender gagal.\n\nMohon dicek <segera>.",
        **{"meta.body_source": "html"},
    )),
    Case("empty_body_subject_only", person(
        "Mohon info jadwal MTQ kabupaten", **{"meta.body_source": "none"}
    )),
    Case("quoted_printable_soft_breaks", {
        "text_contains": ("truk batu bara yang melintas setiap malam melalui jalan kampung",),
    }),
    Case("attachment_sniffed_unsafe_name", {
        "attachments": [
            ("foto sampah.jpg", "image/png"),
            ("surat pengaduan _ RT.pdf", "application/pdf"),
        ],
    }),
    Case("attachments_over_count", {
        "attachments": [(f"catatan{i}.txt", "text/plain") for i in range(10)],
        "meta.skipped_attachments": [
            {"filename": "catatan10.txt", "reason": "over 10 files"},
            {"filename": "catatan11.txt", "reason": "over 10 files"},
        ],
    }),
    Case("oversized_attachment", {
        "attachments": [],
        "meta.skipped_attachments": [
            {"filename": "banjir.mp4", "reason": "102400 bytes, over 65536"}
        ],
    }),
    Case("internal_domain_sender", {"automated": None, "meta.internal": True}),
    # A colleague's forward from our own mail domain is a person's mail: only a Message-ID
    # with our token is our own echo, not one merely at our domain.
    Case("colleague_forward_same_domain", {
        "automated": None, "text_contains": ["lampu jalan di depan masjid padam"],
    }),
    Case("tracking_code_subject_stranger", person(
        "Saya juga mau tanya soal jalan ini, siapa pelapornya?", thread_keys=()
    )),
    Case("tracking_code_subject_owner", {"subject": "Pertanyaan soal KK-7XQ2M-9PDKC"}),
    # Automatic mail: stored, never acknowledged
    Case("auto_submitted_auto_replied", auto(
        "auto-submitted: auto-replied", text=OOO, thread_keys=(ACK,)
    )),
    Case("auto_submitted_auto_generated", auto("auto-submitted: auto-generated")),
    Case("auto_submitted_no_person", person(
        "Mobil dinas plat merah dipakai ke pasar malam hari Minggu."
    )),
    Case("x_autoreply_no_auto_submitted", auto("x-autoreply")),
    Case("x_autorespond", auto("x-autorespond")),
    Case("precedence_bulk", auto("precedence: bulk")),
    Case("precedence_junk", auto("precedence: junk")),
    Case("precedence_list", auto("precedence: list")),
    Case("list_id_google_group", auto("mailing list")),
    Case("list_unsubscribe_newsletter", auto("mailing list")),
    Case("x_loop_own", auto("loop: our own X-Loop")),
    Case("own_message_id_echo", auto("loop: our own Message-ID")),
    Case("empty_return_path", auto("bounce: empty Return-Path")),
    Case("noreply_sender", auto("no-reply sender")),
    Case("postmaster_sender", auto("bounce: from postmaster")),
    Case("mailer_daemon_plain_bounce", auto(
        "bounce: from mailer-daemon",
        thread_keys=("<aduan.20240603.0002.ffee@setda.kukarkab.go.id>",),
        **{"meta.bounce": {
            "original_message_id": "<aduan.20240603.0002.ffee@setda.kukarkab.go.id>",
            "failed": ["salah.alamat@kukar.net"], "status": "5.0.0", "diagnostic": None,
            "permanent": True, "original_subject": "[KK-3HT8W-2ZQAF] AC ruang rapat rusak",
        }},
    )),
    Case("dsn_failed_user_unknown", auto(
        "bounce: delivery status notification",
        thread_keys=(ACK,),
        **{"meta.bounce": {
            "original_message_id": ACK, "failed": ["rina.salah@gmail.com"], "status": "5.1.1",
            "diagnostic": "smtp; 550-5.1.1 The email account that you tried to reach does "
            "not exist.",
            "permanent": True, "original_subject": "[KK-7XQ2M-9PDKC] Jalan rusak di Sebulu",
        }},
    )),
    Case("dsn_delayed", auto(
        "bounce: delivery status notification",
        **{"meta.bounce": {
            "original_message_id": ACK, "failed": [], "status": "4.4.7",
            "diagnostic": "smtp; 421 4.4.7 Try again later", "permanent": False,
            "original_subject": "[KK-7XQ2M-9PDKC] Jalan rusak di Sebulu",
        }},
    )),
    # Rejected: become dead letters
    Case("not_an_email", error="no header fields: not an email message"),
    Case("no_sender_address", error="no sender address in From, Sender or Return-Path"),
    Case("malformed_headers", error="no sender address in From, Sender or Return-Path"),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.fixture for c in CASES])
def test_fixture_parses_as_expected(case: Case) -> None:
    raw = (FIXTURES / f"{case.fixture}.eml").read_bytes()
    if case.error is not None:
        with pytest.raises(PayloadError) as caught:
            parse(raw, INTERNALDATE, OPTIONS)
        assert str(caught.value) == case.error
        return
    [msg] = parse(raw, INTERNALDATE, OPTIONS)
    assert msg.channel == "email"
    assert msg.raw == raw
    for key, want in case.expect.items():
        if key == "text_contains":
            for piece in want:
                assert piece in msg.text
        elif key == "meta.body_contains":
            assert want in msg.meta["body"]
        elif key == "attachments":
            assert [(a.filename, a.content_type) for a in msg.attachments] == want
        elif key.startswith("meta."):
            assert msg.meta.get(key[5:]) == want, key
        else:
            assert getattr(msg, key) == want, key


def test_every_fixture_has_a_case() -> None:
    on_disk = {p.stem for p in FIXTURES.glob("*.eml")}
    in_table = {c.fixture for c in CASES}
    assert on_disk == in_table
    assert len(on_disk) >= 40


def test_attachment_data_matches_its_recorded_hash() -> None:
    raw = (FIXTURES / "nested_multipart_related.eml").read_bytes()
    [msg] = parse(raw, INTERNALDATE, OPTIONS)
    listed = msg.meta["attachments"]
    assert [a["sha256"] for a in listed] == [
        hashlib.sha256(a.data).hexdigest() for a in msg.attachments
    ]
    assert msg.attachments[1].data.startswith(b"%PDF-1.4")


def test_a_huge_header_is_read_in_part_and_the_complaint_kept() -> None:
    """A 400 KB subject of encoded words and a To of 20,000 addresses (a mail bomb, or flanker's
    long-header.eml scaled up): the parser reads the head of each field, not the whole (the
    stdlib decodes encoded words at microseconds a character), and the complaint survives."""
    word = "=?utf-8?q?Jalan_rusak_di_Loa_Kulu_parah_sekali?="
    subject = "\r\n ".join([word] * 8_000)
    to = ", ".join(f"warga{i}@example.com" for i in range(20_000))
    raw = (
        f"From: Warga <warga@example.com>\r\nTo: {to}\r\nSubject: {subject}\r\n"
        "Message-ID: <huge-header@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Jalan di Loa Kulu berlubang besar, mohon diperbaiki.\r\n"
    ).encode()
    assert len(raw) > 700_000
    [msg] = parse(raw, INTERNALDATE, OPTIONS)
    assert msg.sender == "warga@example.com"
    assert msg.subject is not None
    assert msg.subject.startswith("Jalan rusak di Loa Kulu parah sekali")
    assert len(msg.subject) <= 270
    assert msg.text == "Jalan di Loa Kulu berlubang besar, mohon diperbaiki."
    assert msg.external_id == "<huge-header@example.com>"
