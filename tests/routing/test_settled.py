"""Sentences that report a topic as settled (routing/settled.py): their terms do not count when
the rest of the text has terms that do."""

from __future__ import annotations

import pytest

from routing import settled
from routing.document import Document
from routing.settled import settled_sentences
from routing.text import Normaliser
from tests.routing.helpers import router

AC = {"id": "ac", "section": "adpem", "any": ["ac"]}
TPP = {"id": "tpp", "section": "hukum", "any": ["tpp"]}


def _settled(text: str) -> list[str]:
    return [phrase for _, _, phrase in settled_sentences(Document(Normaliser(), text, 10_000))]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("AC ruang kerja sudah ditangani, terima kasih. TPP dipotong.", ["sudah ditangani"]),
        ("gas sempat langka tapi sdh normal. sekarang soal CSR", ["sudah normal"]),
        ("Surat kami sdh masuk & tercatat, itu aman. Mohon jadwal audiensi", ["sudah tercatat"]),
        ("beasiswa sudah cair bulan lalu. Namun rehab gedung berhenti", ["sudah cair"]),
        # a receipt is no state: "telah menyampaikan ... dengan tanda terima" is not "received"
        ("Kami telah menyampaikan proposal dengan tanda terima 17 Oktober. Mohon infonya", []),
        ("Surat kami telah diserahkan, berita acara serah terima ada. TPP dipotong", []),
        # not settled: denied, not over, a question, a condition, came back
        ("Surat kami telah diterima petugas pos jaga. Namun belum ada kabar. TPP dipotong", []),
        ("Surat kami telah diterima petugas pos jaga. Kami tunggu kabarnya", ["telah diterima"]),
        ("AC belum selesai diperbaiki. TPP dipotong", []),
        ("AC sudah tak kunjung beres. TPP dipotong", []),
        ("jalan sudah diperbaiki tapi rusak lagi. mohon dicek", []),
        ("proyek sudah selesai, pembayaran belum. mohon dicek", []),
        ("apakah tagihan sudah dibayar? kok ditagih", []),
        ("udah dibayar? kok ditagih lg", []),
        # a closing thank-you, with nothing after it, is not read
        ("mohon diperbaiki, kalau sudah selesai kabari. terima kasih", []),
        ("jalan sudah diperbaiki tahun lalu. sekarang rusak lagi", []),
        ("jalan sudah rusak 3 bulan. mohon diperbaiki", []),
        # what is still open before the "sudah" is the complaint; a "tapi" before it is not
        ("Honor tim blm cair, kegiatan sdh selesai. Mhn info", []),
        ("gas sempat langka, tapi sekarang sudah normal. soal CSR mohon", ["sudah normal"]),
        # "lagi" right after the finished word: fine again
        ("gas udh ditindaklanjuti, sekarang stoknya aman lagi. RT kami mohon", ["sudah aman"]),
        ("pertanyaan soal Perbup sudah dijawab, terima kasih. Mohon bus", ["sudah dijawab"]),
        # a sentence that only thanks, when the text asks for something elsewhere
        ("Terima kasih atas operasi pasar LPG bulan lalu. Mohon info undangan", ["terima kasih"]),
        ("dulu dibantu bagian kesra urus beasiswa, makasih. bisa bantu hukum?", ["terima kasih"]),
        ("Terima kasih petugas dukcapil yg sabar melayani lansia 👍", []),  # praise alone
        ("makasih min, tapi jalannya masih rusak. mohon dicek", []),
        ("mohon jalan diperbaiki, terima kasih. warga RT 5", []),
        # a reply's subject line names the earlier matter
        ("Subject: Re: Peminjaman ruang rapat\n\nSekarang soal pilkades", ["re:"]),
        ("Re: jalan rusak\nmasih rusak pak", ["re:"]),
        ("Subject: Jalan rusak\nmohon dicek", []),
        ("info re: jalan rusak\nmohon dicek", []),
        # a turn to another matter: what comes before it is set aside
        (
            "gas melon lg susah, tp itu sdh banyak yg lapor. Sy mau tanya hal lain: hibah",
            ["hal lain"],
        ),
        (
            "bukan soal termin, itu urusan lain yg sdh kami tanyakan. Kami mau sanggah",
            ["hal lain", "itu urusan lain"],
        ),
        ("jalan rusak di RT 5. ada masalah lain juga: lampu mati", []),
        ("Selain itu ada hal lain, lampu jalan mati", []),
        ("Soal CSR yg kami bahas kami anggap selesai. Sekarang pencemaran", ["anggap selesai"]),
        ("Data beasiswa sudah saya terima, terima kasih. Tapi ada pungli", ["sudah terima"]),
        ("Acara lancar, materi saya sudah dimuat di situs. Honor blm dibayar", ["sudah dimuat"]),
        # "tidak ... lagi" is "no longer", which settles; "rusak lagi" is "broken again"
        (
            "Sanggahan sudah dijawab, dan kami tidak mempersoalkan tendernya lagi. Jembatan retak",
            ["sudah dijawab"],
        ),
        # asking whether it is done is no settled sentence
        ("Sy ingin memastikan surat kami sudah diterima. Mohon nomor agenda", []),
        # the writer points at the request: what comes before it is set aside
        ("dulu lelangnya di lpse. yg sy minta pemkab pantau proyeknya", ["yang saya minta"]),
        ("Jalan rusak. Yang kami keluhkan adalah pungli", ["yang kami keluhkan"]),
        ("Jalan rusak. Yang dikeluhkan warga adalah pungli", ["yang dikeluhkan"]),
        ("Jalan rusak. tapi yang kami minta: pungli", ["yang kami minta"]),
        # a thing named, not the request pointed at (the sentence is settled, though)
        ("Data beasiswa yang saya minta sudah saya terima. pungli", ["sudah terima"]),
        ("Jalan rusak. Yang diminta petugas 50rb", []),  # anyone's request
        ("bukan bantuan tani yg sy tanyakan pak. bansos kelompok", []),  # denied
        # the writers' introduction of themselves, to the end of its clause
        ("Sy imam masjid di Desa Kupang. Pangkalan elpiji jual ke pengecer", ["saya imam"]),
        ("Saya Direktur CV Karya, pelaksana proyek jalan. Patok batas", ["saya direktur"]),
        ("Sy kerja di Perusda, tp mau tanya bantuan rumah ibadah", ["saya kerja"]),
        ("Kami warga desa X bersengketa tapal batas dengan desa Y", ["kami warga"]),
        ("sy ketua RT mau lapor jalan rusak", ["saya ketua"]),
        ("Saya ini seorang guru. TPP", ["saya guru"]),
        ("Kami pegawai honorer yg gajinya belum dibayar", []),  # the complaint itself
        ("selamat siang saya petani. pupuk", []),  # not at a clause's start
        ("Saya mau lapor: jalan rusak", []),  # no role
        ("Sy vendor ATK langganan Setda. Nota blm dibayar", []),  # a vendor is a matter
        # a matter the writer sets apart: where it went, or that it is another matter
        ("Proyek jln mangkrak. Soal debu batubara sdh kami lapor ke DLH. Mhn", ["sudah lapor"]),
        ("Kalau masalah honor, sudah diurus kecamatan. Mohon juknis MTQ", ["sudah diurus"]),
        ("Sy bawa undangan, soal beliau hadir biar protokol yg atur. Loket?", ["biar"]),
        ("Soal jalan poros itu lain hal, tidak usah dikaitkan. Desa persiapan", ["hal lain"]),
        ("Soal abrasi, itu hal terpisah. Batas desa", ["hal lain"]),
        ("Soal CSR tidak perlu dibahas di sini. Batas desa", ["tidak perlu"]),
        ("Mobil dinas rusak remnya, itu lain hal, sdh lapor. Gaji blm dibayar", ["lain hal"]),
        ("Minyak goreng 25rb. Ini lain hal dgn bantuan sembako ya pak. Tolong", ["lain hal"]),
        ("Terlepas dari urusan honor yg blm dibayar, juknis MTQ blm ada", ["terlepas dari"]),
        (
            "Kami ikut tender, namun hal itu tidak berhubungan dengan surat ini. Mohon jadwal TJSL",
            ["tidak berhubungan"],
        ),
        # not set apart: still open, the request itself, a clause not opened by its topic
        ("Soal jalan sudah kami laporkan tapi belum ada tindakan. mohon", []),
        ("Soal jalan rusak tolong diperbaiki biar aman", []),
        ("Soal beasiswa sudah saya ajukan, kapan cair?", []),
        ("Jalan rusak sudah kami laporkan ke desa. Gas langka", []),
        ("Ada lain hal yang mau sy tanyakan: hibah", []),
        # a matter named, then dismissed: the sentence (through the one before a semicolon, or
        # before an "itu" that points back), up to the end of the dismissing clause
        (
            "Pernah dpt CSR utk masjid; janji jalan itu tidak kami persoalkan di sini. Lubang",
            ["tidak kami persoalkan"],
        ),
        ("Ada pungutan parkir. Itu tidak kami bahas di sini. Los pasar", ["tidak kami bahas"]),
        (
            "dana CSR, dua hal itu sengaja tidak kami masukkan dlm surat ini",
            ["tidak kami masukkan"],
        ),
        (
            "Isi suratnya MoU, tapi substansi itu nanti akan kami bicarakan sendiri",
            ["nanti akan kami bicarakan sendiri"],
        ),
        ("dulu ribut soal batas desa, itu udh lain cerita. Skrg plasma", ["itu sudah lain cerita"]),
        (
            "Harga cabe gila2an tp bukan itu yg mau sy sampaikan. Pasar",
            ["bukan itu yang mau saya sampaikan"],
        ),
        (
            "Jalan rusak, tetapi itu sudah saya laporkan tersendiri. PBG",
            ["itu sudah saya laporkan"],
        ),
        (
            "Air tangki sdh datang, jadi itu bukan yang kami minta. Proyek pipa",
            ["itu bukan yang kami minta"],
        ),
        ("Dugaan soal lelang tidak kami bawa di surat ini. Jalan retak", ["tidak kami bawa"]),
        # a matter put off, the request for it included; other matters listed before a turn
        ("mau tanya soal harga besi yg naik, tapi itu nanti haja. Lpse", ["itu nanti haja"]),
        (
            "Ada keluhan lain, misalnya gas langka, debu truk. Tapi yang kami takutkan jembatan",
            ["keluhan lain misalnya"],
        ),
        ("Ada keluhan lain seperti gas langka dan debu truk.", []),  # no turn: the list is it
        # someone else's matter; the main matter pointed at
        ("tagihan kami blm dibayar, tp itu bos yg urus. gerbang", ["itu bos yang urus"]),
        ("dengar tagihan rekan blm dibayar, tp itu urusan dia lah. lelang", ["itu urusan dia"]),
        ("lampu jalan mati, tp yg utama audiensi ini dulu", ["yang utama"]),
        ("jalan yang utama rusak parah", []),  # not at a clause's start: a main road
        # "itu" at the end points back to the sentence before, when it comes early in its own
        (
            "Kami audiensi soal sawit. Pertemuannya baik, tidak ada keluhan soal itu. Motor hilang",
            ["tidak ada keluhan soal itu"],
        ),
        # not dismissed: the request before it, an attempt told, a matter still open
        (
            "Mohon jalan diperbaiki, soal CSR tidak kami persoalkan di sini.",
            ["tidak kami persoalkan"],
        ),
        ("sy tanyakan sendiri ke kantor camat, katanya blm ada", []),
        ("biar sy urus sendiri tp ditolak terus", []),
        ("itu sudah kami sampaikan ke desa, tetapi belum ada tindakan", []),
        ("SPPD sdh beres, jd bukan itu. Sy mau lapor atap bocor", ["sudah beres"]),  # 2 sentences
    ],
)
def test_which_sentences_are_settled(text: str, phrases: list[str]) -> None:
    assert _settled(text) == phrases


def test_a_settled_topic_does_not_count_beside_the_request() -> None:
    r = router([AC, TPP])
    text = (
        "Laporan kami minggu lalu tentang AC ruang kerja yang mati sudah ditangani, terima kasih."
        "\n\nSekarang TPP bulan Oktober dipotong 40% tanpa penjelasan. Mohon rinciannya."
    )
    d = r.route(text)
    assert (d.section, d.fired) == ("hukum", ("tpp",))
    assert d.ignored == (("ac", "ac", "set aside by 'sudah ditangani'"),)
    # the same text without the settling words: both count
    assert r.route(text.replace("sudah ditangani", "mati lagi")).fired == ("ac", "tpp")


def test_a_term_named_again_outside_the_settled_sentence_counts() -> None:
    d = router([AC, TPP]).route("AC lantai 1 sudah beres. TPP dipotong, AC lantai 2 juga mati")
    assert set(d.fired) == {"ac", "tpp"}
    assert d.ignored == ()


def test_a_text_with_every_term_settled_keeps_them() -> None:
    # nothing else to route by: the settled terms count (a thank-you is still placed)
    d = router([AC, TPP]).route("AC ruang rapat sudah diperbaiki, terima kasih banyak.")
    assert (d.section, d.fallback, d.fired) == ("adpem", False, ("ac",))


def test_rules_that_read_context_and_rules_without_negation() -> None:
    near = {**AC, "none_near": {"terms": ["mobil"], "window": 2}}
    text = "AC kantor sudah ditangani. TPP dipotong"
    assert router([near, TPP]).route(text).fired == ("tpp",)
    assert router([{**AC, "negation": False}, TPP]).route(text).fired == ("ac", "tpp")
    unnegatable = {**AC, "any": [{"term": "ac", "negatable": False}]}
    assert router([unnegatable, TPP]).route(text).fired == ("ac", "tpp")


def test_a_thank_you_for_another_matter_does_not_count_beside_the_request() -> None:
    gas = {"id": "gas", "section": "kesra", "any": ["operasi pasar", "lpg"]}
    bupati = {"id": "undang", "section": "hukum", "any": ["mengundang bupati"]}
    r = router([gas, bupati])
    text = (
        "Terima kasih atas operasi pasar LPG 3 kg bulan lalu, sangat membantu warga. "
        "Selanjutnya kami ingin mengundang Bupati ke panen raya. Mohon informasinya."
    )
    d = r.route(text)
    assert (d.section, d.fired) == ("hukum", ("undang",))
    assert ("gas", "lpg", "set aside by 'terima kasih'") in d.ignored
    # praise with nothing asked is what the message is about
    assert r.route("Terima kasih atas operasi pasar LPG, mantap pak Bupati").fired == ("gas",)


def test_a_turn_to_another_matter_sets_aside_what_came_before() -> None:
    gas = {"id": "gas", "section": "adpem", "any": ["gas melon"]}
    hibah = {"id": "hibah", "section": "kesra", "any": ["hibah"]}
    r = router([gas, hibah])
    text = "Gas melon lg susah, tp itu sdh banyak yg lapor. Sy mau tanya hal lain: hibah kpn cair?"
    d = r.route(text)
    assert (d.section, d.fired) == ("kesra", ("hibah",))
    assert d.ignored == (("gas", "gas melon", "set aside by 'hal lain'"),)
    # a second matter added is no turn
    assert r.route("Gas melon susah. Ada masalah lain juga: hibah blm cair").fired == (
        "gas",
        "hibah",
    )


def test_who_writes_is_not_what_they_ask() -> None:
    imam = {"id": "imam", "section": "kesra", "any": ["imam masjid"]}
    lpg = {"id": "lpg", "section": "adpem", "any": ["elpiji"]}
    r = router([imam, lpg])
    text = (
        "Assalamualaikum pak, sy imam masjid di Desa Kupang Baru Muara Kaman. Jamaah banyak "
        "mengeluh ke sy, pangkalan elpiji 3kg di desa jual ke pengecer semua"
    )
    d = r.route(text)
    assert (d.section, d.fired) == ("adpem", ("lpg",))
    assert d.ignored == (("imam", "imam masjid", "set aside by 'saya imam'"),)
    # the role named again outside the introduction counts
    assert r.route(text + ". Insentif imam masjid jg blm cair").fired == ("imam", "lpg")


def test_what_is_set_aside_is_read_when_the_rest_places_nothing() -> None:
    """An introduction (or a settled sentence) is set aside only if the rest of the text places
    the complaint: "Saya mahasiswa penerima beasiswa pemkab. Ada perubahan aturan pencairan"
    has nothing else to route by beyond a weak word."""
    beasiswa = {"id": "beasiswa", "section": "kesra", "any": ["beasiswa"]}
    cair = {"id": "cair", "section": "adpem", "any": ["pencairan"], "weight": 0.5}
    r = router([beasiswa, cair], threshold=1.0)
    d = r.route("Saya mahasiswa S2 penerima beasiswa pemkab. Ada perubahan aturan pencairan.")
    assert (d.section, d.fallback) == ("kesra", False)
    assert d.fired == ("beasiswa", "cair") and d.ignored == ()
    # with the rest placing it, the introduction stays aside
    cair_strong = {**cair, "weight": 1.0}
    d = router([beasiswa, cair_strong], threshold=1.0).route(
        "Saya mahasiswa S2 penerima beasiswa pemkab. Ada perubahan aturan pencairan."
    )
    assert (d.section, d.fired) == ("adpem", ("cair",))


def test_what_comes_before_the_request_pointed_at_is_set_aside() -> None:
    lelang = {"id": "lelang", "section": "hukum", "any": ["lelang", "lpse"]}
    proyek = {"id": "proyek", "section": "adpem", "any": ["progres pekerjaan"]}
    r = router([lelang, proyek])
    text = (
        "proyek pelebaran jln di Sebulu lambat bgt. dulu waktu lelang sy sempet liat di lpse tp "
        "skrg bukan itu yg sy persoalkan. yg sy minta pemkab pantau progres pekerjaannya"
    )
    d = r.route(text)
    assert (d.section, d.fired) == ("adpem", ("proyek",))
    assert ("lelang", "lelang", "set aside by 'yang saya minta'") in d.ignored


@pytest.mark.parametrize(
    "text",
    [
        "sudah selesai tapi " * 2000,  # took minutes: every "sudah" read its whole sentence
        "terima kasih x " * 3000 + ". mohon",
        "hal lain juga " * 3000,
        "re: " * 6000,
        "yang saya minta, " * 3000,
        "Sy imam, " * 3000,
        "Kami warga, pengurus, ketua, anggota " * 1000,
        "itu tidak kami persoalkan di sini; " * 3000,
        "bukan itu yang saya minta. " * 3000,
        "biar saya urus a b c sendiri " * 3000,
        "keluhan lain, misalnya gas, " * 3000 + "tapi",
    ],
    ids=[
        "sudah",
        "thanks",
        "turn",
        "re",
        "focus",
        "introduction",
        "apposition",
        "dismissed",
        "pointer-back",
        "own-way",
        "listed",
    ],
)
def test_hostile_repetition_reads_a_bounded_part_of_the_text(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message that repeats the words these readers look for costs a bounded number of steps,
    not one pass over the text per repetition (counted, not timed)."""
    steps = _count_sentence_steps(monkeypatch)
    settled_sentences(Document(Normaliser(), text, 20_000))
    assert steps[0] <= 8 * settled._MOST * settled._SCAN


def _count_sentence_steps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A counter of the sentence readers' steps (settled._ends_sentence calls)."""
    steps = [0]
    ends = settled._ends_sentence

    def counting(tokens: object, t: int) -> bool:
        steps[0] += 1
        return ends(tokens, t)  # type: ignore[arg-type]

    monkeypatch.setattr(settled, "_ends_sentence", counting)
    return steps


def test_a_matter_the_writer_sets_apart_does_not_count_beside_the_request() -> None:
    dust = {"id": "dust", "section": "hukum", "any": ["batubara"]}
    road = {"id": "road", "section": "adpem", "any": ["proyek jalan"]}
    r = router([dust, road])
    text = (
        "Proyek jalan poros mangkrak 2 bln. Soal debu batubara sdh kami lapor ke DLH. Mohon dicek"
    )
    d = r.route(text)
    assert (d.section, d.fired) == ("adpem", ("road",))
    assert d.ignored == (("dust", "batubara", "set aside by 'sudah lapor'"),)
    # still open after the report: both count
    still = text.replace("ke DLH", "ke DLH tapi belum ada tindakan")
    assert r.route(still).fired == ("dust", "road")


def test_a_matter_named_then_dismissed_does_not_count_beside_the_request() -> None:
    r = router([AC, TPP])
    text = "Kantor kami dapat AC baru; AC itu tidak kami persoalkan di sini. TPP dipotong 40%."
    d = r.route(text, "email")
    assert (d.section, d.fired) == ("hukum", ("tpp",))
    assert d.ignored == (("ac", "ac", "set aside by 'tidak kami persoalkan'"),)
    # a request before the dismissing clause is kept: only the clause is set aside
    d = r.route("Mohon AC diperbaiki, soal TPP tidak kami persoalkan di sini.", "email")
    assert (d.section, d.fired) == ("adpem", ("ac",))


def test_a_matter_said_to_be_unrelated_to_this_letter_is_set_aside() -> None:
    # "permohonan bantuan ... yang pernah kami ajukan tidak terkait dengan undangan ini"
    r = router([AC, TPP])
    text = "TPP kami dipotong. Bantuan AC yang kami ajukan tidak terkait dengan undangan ini."
    d = r.route(text, "email")
    assert (d.section, d.fired) == ("hukum", ("tpp",))
    assert d.ignored == (("ac", "ac", "set aside by 'tidak berhubungan'"),)
    # a matter sent in another letter: "Adapun undangan ... akan kami sampaikan melalui surat
    # tersendiri" (blind 2026-12-07y #135)
    text = "TPP kami dipotong. Adapun soal AC akan kami sampaikan melalui surat tersendiri."
    d = r.route(text, "email")
    assert (d.section, d.fired) == ("hukum", ("tpp",))
    assert d.ignored[0][:2] == ("ac", "ac") and "tersendiri" in d.ignored[0][2]


def test_when_the_request_pointed_at_places_nothing_the_story_before_it_is_read_first() -> None:
    # "Yang saya minta: ..." sets aside the story before it; when what follows places nothing,
    # the story is read again, but what the writer dismissed stays aside
    r = router([AC, TPP, {"id": "dana", "section": "kesra", "any": ["sembako"]}])
    text = (
        "Sy pegawai, AC ruang kerja mati sejak Juli. "
        "Soal sembako itu nanti sy laporkan sendiri ke polsek. "
        "Yang saya minta: panitia meninjau ulang keputusan itu."
    )
    d = r.route(text, "whatsapp")
    assert (d.section, d.fired) == ("adpem", ("ac",))
    assert ("dana", "sembako", "set aside by 'nanti saya laporkan sendiri'") in d.ignored


def test_hostile_requests_read_a_bounded_part_of_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = _count_sentence_steps(monkeypatch)
    found = settled.request_sentences(Document(Normaliser(), "mohon tolong " * 5000, 20_000))
    assert len(found) <= settled._MOST
    assert steps[0] <= 2 * settled._MOST * settled._SCAN


def test_money_called_a_thank_you_is_a_bribe_not_a_thank_you_sentence() -> None:
    # blind 2026-12-07aa #134: the sentence with the bribe was set aside as thanks
    r = router(
        [
            {"id": "pungli", "section": "organisasi", "any": ["uang terima kasih"]},
            {"id": "pasar", "section": "adpem", "any": ["pasar"]},
        ]
    )
    text = (
        'Bayar "uang terima kasih" Rp 200rb biar berkas cepat. Ini bukan cerita saya doang, '
        "satu grup pedagang pasar ngalamin. Tolong dibersihkan"
    )
    d = r.route(text, "twitter")
    assert (d.section, d.ignored) == ("organisasi", ())
    assert _settled("Terima kasih sudah dibantu kemarin. Tolong jalan diperbaiki") == [
        "terima kasih"
    ]


def test_a_matter_called_another_matter_is_set_aside() -> None:
    # blind 2026-12-07ae #61: "Jalan di depan rumah kami juga berlubang ..., tapi itu urusan
    # lain" outweighed the water company the letter is about
    r = router([AC, TPP])
    d = r.route("TPP kami dipotong dua bulan. AC kantor juga mati, tapi itu urusan lain.", "email")
    assert (d.section, d.fired) == ("hukum", ("tpp",))
    assert d.ignored and d.ignored[0][:2] == ("ac", "ac")


def test_a_writer_who_gives_a_name_and_age_before_the_role_introduces_themselves() -> None:
    # blind 2026-12-07af #124, #126, #127: "Sy Sulastri, pedagang kue di pasar ...", "Sy Pak
    # Ramli, 63 thn, nelayan ...": the role named the writer, not the matter
    r = router([{"id": "pasar", "section": "adpem", "any": ["pedagang"]}, TPP])
    for intro in ("Sy Sulastri, pedagang kue di pasar Loa Janan.",
                  "Sy Pak Ramli, 63 thn, pedagang ikan.",
                  "saya Hamdani pedagang sayur di Sepatin."):  # fmt: skip
        d = r.route(f"{intro} TPP suami sy dipotong bulan ini.", "whatsapp")
        assert (d.section, d.fired) == ("hukum", ("tpp",)), intro
    # words that are no name (not capitalised) keep the role: it may be the matter
    d = r.route("sy bingung, pedagang di pasar diusir terus. TPP suami sy dipotong", "sms")
    assert "pasar" in d.fired


def test_a_pattern_named_only_in_the_story_before_the_request_does_not_count() -> None:
    perda = {"id": "perda", "section": "hukum", "regex": [r"\bperda\b"], "any": ["salinan"]}
    mine = {"id": "tambang", "section": "adpem", "any": ["tambang", "galian"]}
    r = router([perda, mine])
    text = (
        "Saya sudah membaca Perda RTRW dan salinan petanya, kawasan itu bukan untuk tambang. "
        "Yang kami minta tindakan nyata: galian itu ditimbun sebelum longsor."
    )
    d = r.route(text)
    assert (d.section, d.fired) == ("adpem", ("tambang",))
    assert ("perda", r"\bperda\b", "set aside by 'yang kami minta'") in d.ignored
    # named in the request itself, the pattern counts
    asked = text.replace("tindakan nyata", "salinan Perda itu dan tindakan nyata")
    assert "perda" in r.route(asked).fired
    # a sentence read as settled is a looser guess than the story: there the pattern stays
    settled = "Perda RTRW yg baru sdh disahkan Juli. Dmn bs dpt salinannya?"
    assert r.route(settled).fired == ("perda",)
