"""What routing reads of a letter: no addressee, header, closing, signature or quoted message."""

from __future__ import annotations

from routing.letter import letter_mask
from tests.routing.helpers import router

LETTER = (
    "Kepada Yth.\nBapak Bupati Kutai Kartanegara\nJl. Wolter Monginsidi No. 1 Tenggarong\n\n"
    "Dengan hormat,\nJembatan di desa kami ambruk sejak bulan lalu.\n\n"
    "Demikian surat ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\n"
    "Hormat kami,\nKetua RT 04 Kelurahan Melayu\nHP 0812 5544 7781\n\n"
    "Pada Sen, 30 Nov 2026, Admin menulis:\n> Mohon sebutkan lokasi pelayanan."
)


def test_a_letter_keeps_only_its_body_with_every_position() -> None:
    masked = letter_mask(LETTER, letter=True)
    assert len(masked) == len(LETTER) and masked.count("\n") == LETTER.count("\n")
    assert " ".join(masked.split()) == "Jembatan di desa kami ambruk sejak bulan lalu."
    start = masked.index("Jembatan")
    assert LETTER[start : start + 8] == "Jembatan"


def test_a_chat_loses_only_its_addressee() -> None:
    text = "Yth. Pak Camat, jembatan ambruk. Terima kasih\nRT 04"
    assert letter_mask(text, letter=False) == " " * 15 + text[15:]


def test_an_addressee_ends_with_its_sentence() -> None:
    # an SMS's salutation, then its message up to the first comma: the message stays
    text = "Yth Setda. Jembatan ulin di Desa Sepatin sdh 8 bln mangkrak, baru separuh."
    masked = letter_mask(text, letter=False)
    assert masked.startswith(" " * len("Yth Setda."))
    assert "Jembatan ulin" in masked and "mangkrak, baru separuh." in masked
    # titles and place abbreviations are no sentence's end
    text = "Yth. Bpk. Kepala Dinas Kab. Kukar,\nDengan hormat"
    assert letter_mask(text, letter=False).startswith(" " * text.index(","))
    assert letter_mask("Yth Pak RT 05. Jalan rusak, tolong", letter=False).strip() == (
        "Jalan rusak, tolong"
    )


def test_an_addressee_that_runs_on_into_the_message_ends_after_whom_it_greets() -> None:
    # an SMS with no stop, comma or colon: "yth pemkab" is the addressee, the rest the message
    text = (
        "yth pemkab kades terpilih desa loa raya sdh 5 bln blm jg di SK kan bupati desa msh "
        "dipegang pj tlg kejelasannya trims"
    )
    masked = letter_mask(text, letter=False)
    assert masked.startswith(" " * len("yth pemkab") + " kades terpilih desa loa raya")
    assert len(masked) == len(text)
    masked = letter_mask("yth bapak bupati kukar " + text[len("yth pemkab ") :], letter=False)
    assert masked.lstrip().startswith("kades terpilih")
    # a letter's addressee line of under ten words still goes whole
    line = "Yth. Bapak Kepala Dinas Pekerjaan Umum Kab. Kukar\nDengan hormat"
    assert letter_mask(line, letter=False).startswith(" " * line.index("\n"))


def test_a_salutation_straight_into_the_message_blanks_nothing() -> None:
    # "Yth." followed by the matter, not by whom it addresses: every word stays readable
    for text in (
        "Yth. bantuan bibit ikan utk pembudidaya keramba thn ini ada kah? kelompok kami",
        "yth sy mau lapor jalan rusak, tolong",
    ):
        assert letter_mask(text, letter=False) == text
    # lower-case words that address are still an addressee
    assert letter_mask("yth pak camat, jalan rusak", letter=False).strip() == "jalan rusak"


def test_an_addressee_spoken_to_keeps_the_title_only() -> None:
    text = "Yth. Bapak Bupati Kutai Kartanegara,\n\nKami mengundang Bapak membuka acara."
    masked = letter_mask(text, letter=True)
    assert masked.split() == ["Bupati", "Kami", "mengundang", "Bapak", "membuka", "acara."]
    plain = "Yth. Bapak Bupati Kutai Kartanegara,\n\nKami mohon jembatan diperbaiki."
    assert "Bupati" not in letter_mask(plain, letter=True)


def test_a_body_line_starting_with_thanks_is_kept_when_long_text_follows() -> None:
    text = "Selamat pagi,\nJembatan ambruk.\nTerima kasih atas jawabannya.\n" + "kata " * 20
    assert "Terima kasih" in letter_mask(text, letter=True)


def test_routing_ignores_the_signature_and_quotes_but_points_into_the_original() -> None:
    r = router(
        [
            {"id": "jembatan", "section": "adpem", "any": ["jembatan"]},
            {"id": "pelayanan", "section": "organisasi", "any": ["pelayanan", "kelurahan"]},
        ]
    )
    decision = r.route(LETTER, "email")
    assert (decision.section, decision.fired) == ("adpem", ("jembatan",))
    (match,) = decision.matches
    assert LETTER[match.start : match.end] == "Jembatan"
    # a chat is not a letter: its last lines are read
    assert set(r.route(LETTER, "sms").fired) == {"jembatan", "pelayanan"}


def test_an_addressee_and_body_on_one_line_keeps_the_body() -> None:
    text = "Yth. Bapak Bupati, jalan di desa kami rusak parah sejak banjir bulan lalu, ambles"
    masked = letter_mask(text, letter=True)
    assert masked.strip().startswith("jalan di desa kami rusak") and len(masked) == len(text)
    short = "Yth. Pak Bupati, jalan rusak"
    assert letter_mask(short, letter=True).split() == ["jalan", "rusak"]


def test_the_title_case_name_of_a_village_or_kecamatan_is_no_topic() -> None:
    for text, name in [
        ("jalan di Desa Bangun Rejo rusak", "Bangun Rejo"),
        ("warga Desa Sungai Bawang, Muara Badak", "Sungai Bawang"),
        ("RT 04 Kec. Loa Kulu", "Loa Kulu"),
        ("Kelurahan Jahab\nmohon dicek", "Jahab"),
    ]:
        masked = letter_mask(text, letter=False)
        assert len(masked) == len(text) and name not in masked and masked.strip(), masked
    for kept in [
        "dana desa Bangun Rejo belum cair",  # a kind in lower case: maybe a common noun
        "DESA BANGUN REJO JALAN RUSAK",  # all caps
        "kantor Desa Pak Rahman tutup",  # a title after the kind
        "Kecamatan Mohon perhatian",
    ]:
        assert letter_mask(kept, letter=False) == kept


def test_a_village_name_made_of_a_rule_term_does_not_match() -> None:
    r = router([{"id": "bangun", "section": "adpem", "any": ["pembangunan"]}])
    assert r.route("Warga Desa Bangun Rejo minta info bansos").fallback
    assert r.route("pembangunan jalan Desa Bangun Rejo mangkrak").fired == ("bangun",)


NOTA_DINAS = (
    "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nSEKRETARIAT DAERAH\nJl. Wolter Monginsidi No. 1\n\n"
    "NOTA DINAS\nKepada : Yth. Asisten Perekonomian dan Pembangunan\nDari : Camat Loa Kulu\n"
    "Nomor : 600.4/519/LK/XI/2026\nHal : Lubang bekas tambang\n\n"
    "1. Di RT 08 terdapat lubang bekas tambang tanpa pagar.\n\n"
    "Kepala Bagian Perekonomian,\nH. Arianto, S.E.\nNIP 19760411 200003 1 005"
)


def test_an_official_letter_keeps_its_subject_and_body_only() -> None:
    """Letterhead, title, "Kepada :", "Dari :", number and a signature with a NIP name the
    sender and the addressee; "Hal :" is the letter's subject, like "Perihal"."""
    masked = letter_mask(NOTA_DINAS, letter=True)
    assert len(masked) == len(NOTA_DINAS)
    assert " ".join(masked.split()) == (
        "Hal : Lubang bekas tambang 1. Di RT 08 terdapat lubang bekas tambang tanpa pagar."
    )


def test_capitals_at_the_top_are_a_letterhead_only_above_a_letter() -> None:
    angry = "JALAN RUSAK PARAH DI LOA KULU\nsudah 3 bulan tidak diperbaiki, mohon dicek"
    assert letter_mask(angry, letter=True) == angry
    kop = "YAYASAN KASIH BUNDA\nNomor : 12/YKB/2026\n\nDengan hormat,\nbeasiswa anak asuh"
    assert " ".join(letter_mask(kop, letter=True).split()) == "beasiswa anak asuh"


def test_short_body_lines_after_the_greeting_are_the_body() -> None:
    # Before, every short line without a full stop after an addressee was read as an address
    # line, the greeting and the body's first lines with it: the whole body could be lost.
    text = (
        "Kepada Yth.\nBapak Bupati\ndi Tenggarong\n\nDengan hormat,\nJembatan di desa kami ambruk\n"
        "sudah 2 minggu warga memutar jauh\n\nHormat kami,\nBudi"
    )
    assert " ".join(letter_mask(text, letter=True).split()) == (
        "Jembatan di desa kami ambruk sudah 2 minggu warga memutar jauh"
    )
    d = router([{"id": "jembatan", "section": "adpem", "any": ["jembatan"]}]).route(text, "email")
    assert d.fired == ("jembatan",)


def test_a_greeting_takes_whom_it_greets_with_it() -> None:
    text = "Kepada Yth. Bapak Bupati Kukar\n\nAssalamualaikum pak,\nundangan pemilu tidak sampai."
    # "pak" of the greeting is no speaking to the Bupati: the title stays blanked
    assert "Bupati" not in letter_mask(text, letter=True)
    assert " ".join(letter_mask(text, letter=True).split()) == "undangan pemilu tidak sampai."


def test_a_short_letter_that_is_all_one_block_keeps_its_body_beside_a_nip() -> None:
    text = "TPP saya belum cair\nNIP 19870101 201001 1 001"
    assert letter_mask(text, letter=True) == text


FORWARD = (
    "Mohon perhatian Pemkab, saya teruskan laporan warga.\n\n"
    "---------- Forwarded message ---------\n"
    "From: Karang Taruna Desa Embalut <kt.embalut@gmail.com>\n"
    "Date: Sab, 28 Nov 2026 pukul 20.13\n"
    "Subject: Lubang bekas tambang di belakang permukiman\n"
    "To: Kepala Desa Embalut <pemdes.embalut@gmail.com>\n\n"
    "Bapak Kepala Desa,\n\n"
    "Lubang bekas tambang batubara belum dipagari. Kami minta segera direklamasi.\n\n"
    "Pada Sen, 30 Nov 2026, Admin menulis:\n> Mohon sebutkan pelayanan kelurahan."
)


def test_a_forwarded_message_under_a_short_cover_note_is_read() -> None:
    """The forwarder sends the message on: its body is the complaint, without the forward's
    header lines (the subject's words kept), whom it was first sent to, or its own quotes."""
    masked = letter_mask(FORWARD, letter=True)
    assert len(masked) == len(FORWARD) and masked.count("\n") == FORWARD.count("\n")
    words = masked.split()
    assert "Lubang" in words and "direklamasi." in words
    assert "Subject:" not in masked and "Lubang bekas tambang di belakang permukiman" in masked
    assert "Kepala Desa" not in masked and "gmail" not in masked and "Forwarded" not in masked
    assert "pelayanan" not in masked  # the forwarded message's own quoted reply
    r = router(
        [
            {"id": "tambang", "section": "adpem", "any": ["bekas tambang"]},
            {"id": "desa", "section": "kesra", "any": ["kepala desa"]},
        ]
    )
    assert r.route(FORWARD, "email").fired == ("tambang",)


def test_a_forward_under_a_cover_note_with_its_own_matter_is_history() -> None:
    text = (
        "Pak, email di bawah sudah selesai ditangani, gas sudah normal lagi, terima kasih. Saya "
        "teruskan karena ada hal lain yang belum ada jawaban: RT 09 Desa Sidomulyo sudah 300 KK "
        "dan warga sepakat dipecah jadi 2 RT, berita acara musyawarah sudah kami serahkan ke "
        "kantor desa sejak Juni tapi tidak diproses. Mohon dibantu.\n\n"
        "---------- Forwarded message ---------\nDari: Sugeng\nPerihal: gas melon langka\n\n"
        "Mohon perhatian, gas 3 kg di Desa Sidomulyo sudah seminggu kosong di semua pangkalan."
    )
    masked = letter_mask(text, letter=True)
    assert "pangkalan" not in masked and "gas melon" not in masked and "dipecah" in masked


def test_a_forward_whose_note_names_what_it_sends_on_is_read_however_long_the_note() -> None:
    """ "Kami teruskan laporan anggota kami ..." and "Mohon izin meneruskan pertanyaan ...":
    the note says what it sends on, so the forward is the matter even under a note of sixty
    words (blind 2026-12-07y #32, #77, #91); "meneruskan" is the verb with its prefix."""
    forward = (
        "\n\n---------- Forwarded message ---------\nDari: Danu <danu@example.org>\n"
        "Subjek: Laporan lapangan\n\nIkan mati mengapung, kolam limbah pabrik sawit jebol."
    )
    note = (
        "Yth. Sekretariat Daerah,\nKami teruskan laporan anggota kami di lapangan beserta "
        "dokumentasinya. Kejadian seperti ini sudah berulang tiga kali sejak 2022 dan laporan "
        "kami ke perusahaan tidak pernah ditanggapi. Kami mohon pemkab segera menurunkan tim "
        "untuk mengambil sampel air dan menindak perusahaan yang bersangkutan.\n\nSalam,\nRahmat"
    )
    assert len(note.split()) > 30
    masked = letter_mask(note + forward, letter=True)
    assert "kolam limbah pabrik sawit jebol" in masked and "danu@" not in masked
    polite = "Mohon izin meneruskan pertanyaan dari Kabid kami. " * 4
    assert "limbah" in letter_mask(polite + forward, letter=True)
    # news sent on by a village body (blind 2026-12-08c #91)
    news = "Dengan hormat, kami dari BPD Desa Sedulang meneruskan berita di bawah ini. " * 3
    assert "limbah" in letter_mask(news + forward, letter=True)
    # a note that forwards for a matter of its own keeps the forward history
    own = "Pesan yang saya teruskan di bawah salah kirim. " * 4 + "Beasiswa anak saya belum cair."
    assert "limbah" not in letter_mask(own + forward, letter=True)
    own = (
        "Saya teruskan email saya ke RT di bawah supaya jelas urutannya. Yang saya adukan "
        "sekarang: KTP saya rusak dan cetak ulang di Disdukcapil tidak ada kepastian. " * 2
    )
    assert "limbah" not in letter_mask(own + "\n\nHormat saya,\nRahmat" + forward, letter=True)


def test_forwards_of_forwards_and_headers_over_headers_are_bounded() -> None:
    """Each forward or leading header is read by a call inside the last: a text of thousands of
    them once went past Python's recursion limit."""
    for text in (
        "teruskan\n" + "---------- Forwarded message ---------\nFrom: a\nteruskan\n" * 500,
        "From: a@b.c\n" * 20_000 + "jalan rusak",
        "From: a@b.c\nSubject: x\n\nok\n---------- Forwarded message ---------\n" * 2_000,
    ):
        masked = letter_mask(text, letter=True)
        assert len(masked) == len(text) and masked.count("\n") == text.count("\n")


def test_an_e_mail_that_starts_with_its_own_header_keeps_the_subject_and_drops_its_quotes() -> None:
    """An Outlook message pasted whole: its From/Sent/To/Cc lines name addresses, not the
    matter; its subject stays; the quoted history under "-----Original Message-----" is still
    blanked (the leading "From: ...@..." line once hid it: the first quote start had nothing
    before it, so nothing was blanked)."""
    text = (
        "From: Anisa Putri <anisa@gmail.com>\nSent: Tuesday, December 1, 2026 7:12 PM\n"
        "To: aduan@kukarkab.go.id\nCc: Bagian Kesra Setda\n"
        "Subject: RE: Permohonan Data Beasiswa\n\n"
        "Pak/Bu,\n\nPetugas loket legalisir meminta Rp10.000 per lembar tanpa kuitansi.\n\n"
        "Anisa Putri\n\n-----Original Message-----\nFrom: aduan@kukarkab.go.id\n"
        "Subject: Permohonan Data Beasiswa\n\nData beasiswa Bagian Kesejahteraan Rakyat terlampir."
    )
    masked = letter_mask(text, letter=True)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert "RE: Permohonan Data Beasiswa" in masked and "Subject" not in masked
    assert "Kesra" not in masked and "Tuesday" not in masked and "anisa@" not in masked
    assert "legalisir" in masked and "Kesejahteraan" not in masked


def test_a_line_that_only_names_whom_the_letter_speaks_to_is_a_greeting() -> None:
    for greeting in ("Bapak Kepala Desa,", "Yth. Bapak/Ibu,", "Pak Kades,", "Ibu Camat Loa Kulu,"):
        text = f"{greeting}\njembatan ambruk"
        assert letter_mask(text, letter=True).split() == ["jembatan", "ambruk"], greeting
    sentence = "Pak RT sudah lapor ke desa tapi,\njembatan ambruk"
    assert letter_mask(sentence, letter=True).split()[:2] == ["Pak", "RT"]


def test_a_cover_note_that_sends_an_earlier_message_on_makes_its_quote_a_forward() -> None:
    """ "Saya teruskan e-mail kami yang belum dibalas" over "-----Original Message-----": what is
    sent on is the matter. A reply's note that does not send anything on keeps it history."""
    quoted = (
        "\n\n-----Original Message-----\nFrom: Forum Guru TPA\nSent: Kamis, 3 April 2025\n"
        "Subject: Insentif guru ngaji\n\nInsentif guru ngaji belum cair dua triwulan."
    )
    masked = letter_mask("Mohon maaf, saya teruskan e-mail kami yang belum dibalas." + quoted,
                         letter=True)  # fmt: skip
    assert "Insentif guru ngaji belum cair" in masked and "Forum Guru" not in masked
    masked = letter_mask("Terima kasih, pak. Jalan sudah diperbaiki." + quoted, letter=True)
    assert "Insentif" not in masked


def test_a_reply_whose_own_words_place_nothing_is_read_with_its_thread() -> None:
    r = router([{"id": "pilkades", "section": "kesra", "any": ["pilkades"]}])
    text = (
        "Terima kasih atas balasannya, tetapi pertanyaan saya belum terjawab.\n\n"
        "-----Original Message-----\nFrom: Admin\nSent: Senin, 2 Juni 2025\n\n"
        "> Kapan pilkades di desa kami?"
    )
    d = r.route(text, "email")
    assert (d.section, d.fallback, d.fired) == ("kesra", False, ("pilkades",))
    # the reply's own words decide when they place it; not a letter channel: not read
    own = router(
        [
            {"id": "pilkades", "section": "kesra", "any": ["pilkades"]},
            {"id": "jalan", "section": "adpem", "any": ["jalan rusak"]},
        ]
    )
    assert own.route("Jalan rusak lagi." + text[text.index("\n") :], "email").fired == ("jalan",)
    assert r.route(text, "sms").fired == ("pilkades",)  # an SMS reads the whole text anyway


def test_a_letterhead_with_the_senders_place_lines_goes_when_a_header_line_follows() -> None:
    # blind 2026-12-07y #15: the committee's letterhead, its village and its secretariat's
    # address ("Jl. Poros ...") read as a road complaint
    text = (
        "PANITIA PEMBANGUNAN MASJID NURUL HUDA\nDesa Kota Bangun Ulu, Kecamatan Kota Bangun\n"
        "Sekretariat: Jl. Poros Kota Bangun - Muara Muntai RT 04\n\nNomor : 017/PPM-NH/VI/2024\n"
        "Perihal : Permohonan Bantuan Dana Rehabilitasi Masjid\n\n"
        "Dengan hormat, atap masjid kami bocor di 11 titik."
    )
    masked = letter_mask(text, letter=True)
    assert "Poros" not in masked and "PANITIA" not in masked and "atap masjid" in masked
    assert "Perihal : Permohonan Bantuan" in masked  # the subject line stays (Document.subject)


def test_a_headline_in_capitals_over_a_road_is_the_complaint_not_a_letterhead() -> None:
    # "Jalan ..." under capitals is an address only when it is short, numbered and no sentence
    for text in (
        "JALAN RUSAK PARAH\nJalan di depan sekolah berlubang, sudah 3 bulan.",
        "TOLONG PAK\nJalan poros Sebulu rusak parah mohon diperbaiki segera karena banyak jatuh",
        "JALAN RUSAK PARAH\nDesa Sebulu, Kec. Sebulu\nJalan di depan sekolah berlubang.",
    ):
        assert "berlubang" in letter_mask(text, letter=True) or "mohon" in letter_mask(
            text, letter=True
        )
        assert router([{"id": "jalan", "section": "adpem", "any": ["jalan"]}]).route(
            text, "email"
        ).fired == ("jalan",)
    masked = letter_mask(
        "PEMERINTAH DESA SEBULU\nJalan Poros Sebulu No. 5\n\nNomor : 1\n\n"
        "Dengan hormat, atap bocor.",
        letter=True,
    )
    assert " ".join(masked.split()) == "atap bocor."


def test_an_officials_signature_block_without_a_closing_formula_goes() -> None:
    # blind 2026-12-07ac #64, #77, #79: "Kepala Desa Bhuana Jaya" under the letter read as a
    # village matter
    body = (
        "Dengan hormat,\nBantuan traktor hanya diterima 2 dari 11 kelompok tani di desa kami.\n\n"
    )
    for signature in ("Kepala Desa Bhuana Jaya", "Kepala Desa Bukit Pariaman,\nSumarno",
                      "a.n. Camat Loa Janan\nSekretaris Kecamatan,\nH. Rusdi"):  # fmt: skip
        masked = letter_mask(body + signature, letter=True)
        assert "traktor" in masked and "Kepala" not in masked and "Camat" not in masked
    # a last line that is the matter stays
    text = body + "Kepala desa kami tidak pernah di kantor"
    assert "tidak pernah di kantor" in letter_mask(text, letter=True)


def test_a_web_forms_fields_are_its_header_and_its_message_label_goes() -> None:
    # blind 2026-12-07ac #65, #126: "Instansi: Ketua BPD Desa Perjiwa" read as a village matter,
    # and "Judul:" ended the header before the sender's fields were read
    text = (
        "Nama: Abdul Gani\nInstansi: Ketua BPD Desa Perjiwa\nNo. HP: 0812 5555 1234\n"
        "Judul: Surat tidak dijawab\nIsi pengaduan: Kami sudah tiga kali bersurat ke Dinas "
        "Pertanian, tidak satu pun dijawab."
    )
    masked = letter_mask(text, letter=True)
    assert "BPD" not in masked and "Abdul" not in masked and "0812" not in masked
    assert "Isi pengaduan" not in masked and "Kami sudah tiga kali bersurat" in masked
    assert "Judul: Surat tidak dijawab" in masked  # the subject's words stay
    # a message that starts with such a word is no form
    assert "Pesan saya" in letter_mask("Pesan saya: jalan di depan sekolah rusak", letter=True)
