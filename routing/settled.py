"""The parts of a text that are about another matter than its request, set aside before routing
(routing/context.py, Context.unsettled) as long as the rest of the text has terms that count:

- a sentence that reports a matter as settled: "AC ruang kerja yang mati sudah ditangani, terima
  kasih. Sekarang ... TPP kami dipotong";
- a sentence that only thanks, in a text that asks for something elsewhere: "Terima kasih atas
  operasi pasar LPG bulan lalu. ... Mohon informasi ...";
- a reply's subject line: "Subject: Re: Peminjaman ruang rapat";
- what comes before a turn to another matter: "... tp itu sdh banyak yg lapor. Sy mau tanya hal
  lain: ...", or before the writer points at the request: "... Yang kami keluhkan adalah ...";
- the writer's introduction of themselves: "Sy imam masjid di Desa Kupang Baru." or "Saya
  Direktur CV Mahakam Karya, pelaksana proyek jalan ...": who writes is not what they ask;
- a matter the writer sets apart from the request: "Soal debu batubara sdh kami lapor ke DLH.",
  "soal beliau hadir biar protokol yang atur", "Soal jalan poros itu lain hal", "Terlepas dari
  urusan honor pelatih, ...", "..., namun hal itu tidak berhubungan dengan surat ini";
- a matter the writer names, then dismisses: "... menjanjikan perbaikan jalan desa; janji jalan
  itu tidak kami persoalkan di sini", "Soal CSR biar saya urus sendiri dengan perusahaan", "...
  dana CSR, itu udh lain cerita", "mau tanya soal harga besi ..., tapi itu nanti haja";
- other matters listed as examples before a turn to the one at hand: "banyak keluhan lain,
  misalnya gas melon ..., debu ... Tapi yang paling kami takutkan ...".

A sentence is settled when it holds "sudah" or "telah" (after slang: "sdh", "udh", "dah"; or
"kami anggap"), then a word of a finished state ("ditangani", "selesai", "normal", "aman",
"lunas", ...), not denied ("belum selesai", "tak kunjung beres"), and nothing after it in the
sentence says it is not over ("sudah diperbaiki tapi rusak lagi", "sudah selesai, pembayaran
belum"; "tidak ... lagi" is "no longer", which settles). It is not settled when it
is a question or a condition ("kalau sudah selesai kabari", "apakah sudah dibayar?"), or when the
next sentence says it came back ("Sekarang rusak lagi."). A next sentence that opens with "Namun"
or "Tapi" turns to another matter ("beasiswa ... sudah cair bulan lalu. Namun ... rehab gedung").
"""

from __future__ import annotations

import re
from itertools import chain
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from routing.document import Document
    from routing.text import Tokens

_DONE = frozenset({"=sudah", "=telah", "=anggap", "=dianggap"})  # "kami anggap selesai"
_FINISHED = frozenset({
    "=ditangani", "=selesai", "=diselesaikan", "=terselesaikan", "=beres", "=dibereskan",
    "=kelar", "=normal", "=aman", "=diperbaiki", "=teratasi", "=diatasi", "=lunas",
    "=dilunasi", "=dibayar", "=dibayarkan", "=cair", "=dicairkan", "=clear", "=tuntas",
    "=ditindaklanjuti", "=ditanggapi", "=tercatat", "=berfungsi", "=dijawab", "=dibalas",
    "=direspon", "=direspons", "=ditetapkan", "=diterbitkan", "=disahkan", "=lancar",
    "=terlaksana", "=terealisasi", "=diterima", "=dikonfirmasi", "=terkonfirmasi",
    "=terima",  # "sudah saya terima"
    "=dimuat", "=ditayangkan", "=terpasang", "=berlangsung", "=digelar",  # "materi sudah dimuat"
})  # fmt: skip
_RECEIPT = (["=tanda"], ["=serah"])  # "tanda terima", "serah terima": nouns, not "received"
_DENIED = frozenset({
    "=tidak", "=belum", "=tak", "=gak", "=nggak", "=ga", "=kunjung", "=bukan", "=blm",
})  # fmt: skip
_NOT_OVER = frozenset({
    "=tapi", "=tetapi", "=namun", "=padahal", "=sedangkan", "=belum", "=masih", "=lagi",
    "=kembali",
})  # fmt: skip
_CAME_BACK = frozenset({"=lagi", "=kembali"})
# "Namun belum ada kabar": what was received or handled is still waiting for an answer
_NO_ANSWER = frozenset({
    "=kabar", "=kabarnya", "=jawaban", "=balasan", "=tanggapan", "=respon", "=respons",
    "=konfirmasi", "=kejelasan",
})  # fmt: skip
_CONTRAST_WORDS = frozenset({"=tapi", "=tetapi", "=namun", "=padahal", "=sedangkan"})
# before the "sudah", what is still open ("tapi ... sudah normal" is a contrast to the settled
# state, not an open matter)
_STILL_OPEN = frozenset({"=belum", "=masih", "=padahal"})
_OPEN_OR_DENIED = _DENIED | _STILL_OPEN  # a clause with one of these is a complaint
_IF = frozenset({
    "=kalau", "=kalo", "=jika", "=bila", "=apabila", "=setelah", "=sebelum", "=sampai",
    "=hingga", "=agar", "=supaya", "=biar", "=apakah", "=kapan", "=semoga", "=asal",
    "=memastikan", "=pastikan", "=mengecek", "=cek", "=menanyakan", "=tanyakan",
})  # fmt: skip
_SENTENCE_END = frozenset(".!?\n;")
_DONE_WORDS = tuple(f" {w} " for w in sorted(_DONE))
_SUBJECT = frozenset({"=subject", "=subjek", "=perihal", "=hal"})
_MATTER = frozenset({
    "=hal", "=soal", "=masalah", "=urusan", "=perihal", "=permohonan", "=persoalan", "=perkara",
    "=keperluan", "=laporan", "=pengaduan",
})  # fmt: skip
_ADDING = frozenset({"=juga", "=selain", "=lagi", "=pula", "=banyak"})  # "banyak hal lain"
_THANKS = (" =terima =kasih ", " =berterima =kasih ")  # "makasih", "trims" after slang too
_THANKED_WITH = frozenset({"=uang", "=tanda", "=amplop"})  # "uang terima kasih" is a bribe
# A thank-you that also asks ("mohon segera diperbaiki, terima kasih") is no thanks for a
# settled matter
_ASKING = frozenset({
    "=mohon", "=memohon", "=tolong", "=minta", "=meminta", "=harap", "=berharap", "=bisakah",
    "=apakah", "=kapan", "=bagaimana", "=gimana", "=agar", "=supaya", "=segera", "=tanya",
    "=nanya", "=bertanya", "=menanyakan",
})  # fmt: skip
# "Yang kami keluhkan adalah ...", "yg sy minta ...", "Yang dimohonkan warga ...": what follows
# is the request, what comes before it is the story around it
_FOCUS = frozenset({
    "=keluhkan", "=minta", "=mohon", "=mohonkan", "=tanyakan", "=persoalkan", "=permasalahkan",
    "=pertanyakan", "=adukan", "=laporkan", "=harapkan", "=butuhkan", "=perlukan", "=inginkan",
    "=dikeluhkan", "=diminta", "=dimohon", "=dimohonkan", "=ditanyakan", "=dipersoalkan",
    "=dipermasalahkan", "=dipertanyakan", "=diadukan", "=dilaporkan",
    "=utama",  # "tp yg utama audiensi ini dulu": the main matter, pointed at
})  # fmt: skip
_WRITERS = frozenset({"=saya", "=kami", "=aku", "=kmi", "=gw", "=gue", "=aq", "=kita"})
_WANTING = frozenset({"=ingin", "=mau", "=hendak", "=cuma", "=hanya"})
# Who writes: "Sy imam masjid ...", "Kami PT ...", "saya salah satu kontraktor ...". Not a
# vendor ("vendor", "penyedia", "rekanan"): the Secretariat's vendors write about being its
# vendors ("Sy vendor ATK langganan Setda. Nota ... blm dibayar"), a section's matter itself.
_ROLES = frozenset({
    "=imam", "=ustadz", "=ustad", "=ustaz", "=guru", "=pendeta", "=pastor", "=marbot",
    "=takmir", "=khatib", "=pengurus", "=ketua", "=anggota", "=sekretaris", "=bendahara",
    "=koordinator", "=kepala", "=kades", "=lurah", "=sekdes", "=perangkat", "=petinggi",
    "=petani", "=nelayan", "=pekebun", "=peternak", "=pembudidaya", "=pedagang", "=pengusaha",
    "=pelaku", "=pengrajin", "=pemilik", "=produsen", "=kontraktor", "=direktur",
    "=konsultan", "=karyawan", "=pegawai", "=staf", "=staff", "=asn",
    "=honorer", "=pppk", "=sopir", "=supir", "=driver", "=satpam", "=petugas", "=mahasiswa",
    "=mahasiswi", "=pelajar", "=siswa", "=alumni", "=dosen", "=peneliti", "=akademisi",
    "=jurnalis", "=wartawan", "=reporter", "=pewarta", "=kontributor", "=advokat",
    "=pengacara", "=warga", "=penduduk", "=buruh", "=pekerja", "=tukang", "=bidan", "=perawat",
    "=pensiunan", "=pelaksana", "=pt", "=cv", "=kelompok", "=komunitas", "=lsm", "=yayasan",
    "=koperasi", "=perusahaan", "=paguyuban", "=kerja", "=bekerja",
})  # fmt: skip
# between the writer and the role: "saya ini seorang guru", "kami selaku pengurus", "saya salah
# satu pedagang"
_BEFORE_ROLE = frozenset({
    "=ini", "=adalah", "=selaku", "=sebagai", "=sbg", "=seorang", "=salah", "=satu", "=dari",
    "=para", "=merupakan", "=cuma", "=hanya", "=sendiri",
})  # fmt: skip
# a title or an age between the writer's word and the role ("Sy Pak Ramli, 63 thn, nelayan")
_NAME_WORDS = frozenset({"=pak", "=bu", "=bapak", "=ibu", "=tahun", "=thn", "=th", "=umur"})
# an introduction ends at the request or a turn: "sy ketua RT mau lapor ...", "... tp ..."
_AFTER_INTRO = _ASKING | _CONTRAST_WORDS | frozenset({
    "=mau", "=ingin", "=hendak", "=lapor", "=melapor", "=melaporkan", "=mengadu", "=mengeluh",
    "=mengeluhkan", "=menyampaikan", "=sampaikan",
})  # fmt: skip
_CLAUSE_GAPS = frozenset(".,;:!?\n()")
_WITH_WORDS = frozenset({"=dengan", "=dgn", "=sama"})
# A matter set apart (_apart). A clause opened by a topic word ("Soal debu batubara ...", "kalau
# masalah jalan ...") that says where the matter went: handed on after a "sudah" ("sdh kami lapor
# ke DLH", "sudah diurus"), left to someone else ("biar protokol yang atur"), or another matter
# ("itu lain hal", "hal terpisah", "tidak usah dibahas").
_TOPIC_OPENERS = frozenset({
    "=soal", "=masalah", "=urusan", "=perkara", "=persoalan", "=mengenai", "=terkait",
    "=tentang",
})  # fmt: skip
_BEFORE_TOPIC = frozenset({
    "=kalau", "=kalo", "=klo", "=untuk", "=adapun", "=sedangkan", "=sementara", "=nah", "=dan",
    "=lalu", "=terus", "=juga", "=yang",
})  # fmt: skip
_HANDED = frozenset({
    "=lapor", "=laporkan", "=dilaporkan", "=melapor", "=melaporkan", "=sampaikan",
    "=disampaikan", "=menyampaikan", "=serahkan", "=diserahkan", "=urus", "=diurus", "=mengurus",
    "=bahas", "=dibahas", "=adukan", "=diadukan", "=teruskan", "=diteruskan", "=ajukan",
    "=diajukan", "=tanyakan", "=ditanyakan",
})  # fmt: skip
_LEFT_TO = frozenset({"=biar", "=biarlah", "=biarkan", "=serahkan", "=diserahkan"})
_DELEGATED = frozenset({
    "=atur", "=mengatur", "=urus", "=mengurus", "=tangani", "=menangani", "=selesaikan",
    "=menyelesaikan", "=putuskan", "=memutuskan", "=jawab", "=menjawab", "=bahas", "=membahas",
    "=tindaklanjuti", "=menindaklanjuti",
})  # fmt: skip
_OTHER = frozenset({"=lain", "=terpisah", "=berbeda", "=beda", "=tersendiri"})
_KEEPS_OPEN = _STILL_OPEN | _CONTRAST_WORDS | _ASKING
_NEEDLESS = frozenset({"=usah", "=perlu"})  # "tidak usah dibahas", "tidak perlu dikaitkan"
# "..., namun hal itu tidak berhubungan dengan surat ini": the sentence is about another matter
_RELATION_WORDS = frozenset({
    "=berhubungan", "=berkaitan", "=terkait", "=hubungannya", "=kaitannya", "=hubungan",
    "=kaitan", "=sangkut",
})  # fmt: skip
_THIS_MESSAGE = frozenset({
    "=surat", "=email", "=pesan", "=laporan", "=pengaduan", "=permohonan", "=aduan", "=tulisan",
    "=pertanyaan", "=keluhan", "=undangan",
})  # fmt: skip
# the words that may start one (_apart), found in one pass
_APART = re.compile(
    " (?:" + "|".join(sorted(_TOPIC_OPENERS | _RELATION_WORDS | {"=terlepas", "=lain"})) + ")(?= )"
)

# A matter named, then dismissed (_dismissed): a denied discussion verb after the writer ("tidak
# kami persoalkan di sini", "sengaja tidak kami masukkan dalam surat ini"), the writer's own way
# to it ("biar saya urus sendiri", "akan kami tempuh lewat jalurnya sendiri"), or another story
# ("itu udh lain cerita").
_DISMISSING = frozenset({
    "=persoalkan", "=permasalahkan", "=bahas", "=masukkan", "=angkat", "=pertanyakan",
    "=ributkan", "=keluhkan", "=adukan", "=bawa",
})  # fmt: skip
_OWN_WAY = frozenset({
    "=urus", "=uruskan", "=tempuh", "=bicarakan", "=selesaikan", "=tangani", "=sampaikan",
    "=ajukan", "=tanyakan", "=laporkan", "=bereskan", "=komunikasikan",
})  # fmt: skip
_NEGATORS = frozenset({"=tidak", "=tak", "=bukan", "=gak", "=nggak", "=ga"})
# the writer's own way is yet to come: "biar saya urus sendiri", "nanti akan kami bicarakan
# sendiri" ("sy tanyakan sendiri ke kantor camat, katanya ..." tells what was tried)
_LATER = frozenset({"=biar", "=biarlah", "=akan", "=nanti", "=mau", "=ingin", "=hendak"})
# the words before an "itu" that points back: "hal itu", "dua hal itu", "masalah itu"
_POINTING_NOUNS = frozenset({
    "=hal", "=dua", "=kedua", "=semua", "=masalah", "=persoalan", "=urusan", "=perkara",
})  # fmt: skip
_ANAPHORS = frozenset({"=itu", "=tersebut", "=keduanya", "=semuanya", "=semua"})
_WHEN = frozenset({"=akan", "=nanti", "=sengaja", "=perlu", "=sedang", "=lagi", "=sudah"})


def _alternation(words: frozenset[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_INTRODUCTION = re.compile(
    # the words between are checked on the tokens (_role_after): "ini seorang", a name, an age
    f" ({_alternation(_WRITERS)}) (?:\\S+ ){{0,5}}?{_alternation(_ROLES)}"
    "(?= )"  # the space after it may start the next match
)
_DISMISS = re.compile(
    f" (?:{_alternation(_NEGATORS)} (?:{_alternation(_WHEN)} )?{_alternation(_WRITERS)}"
    f" {_alternation(_DISMISSING)}"
    f"|{_alternation(_LATER)} (?:=akan )?{_alternation(_WRITERS)} {_alternation(_OWN_WAY)}"
    f"(?: \\S+){{0,3}}? =sendiri"
    "|(?:=itu|=ini) (?:=sudah |=mah |=kan )?(?:=lain =cerita|=cerita =lain|=beda =cerita)"
    # "bukan itu yg mau sy sampaikan", "itu sudah saya laporkan tersendiri", "tidak ada
    # keluhan soal itu"
    f"|(?:=bukan (?:=itu|=ini)|(?:=itu|=ini) =bukan) (?:=yang )?"
    f"(?:{_alternation(_WRITERS | _WANTING)} ){{0,3}}"
    f"{_alternation(_FOCUS | _HANDED | {'=maksud'})}"
    # ("masalah ini sudah kami sampaikan ke ..." is the matter itself, handed on before)
    f"|(?:=itu|=tersebut) =sudah {_alternation(_WRITERS)} {_alternation(_HANDED)}"
    "|=tidak =ada (?:=keluhan|=masalah|=persoalan) (?:=soal|=dengan|=untuk|=tentang|=terkait)"
    " (?:=itu|=ini|=tersebut)"
    # "... harga besi yg naik terus, tapi itu nanti haja": a matter put off; "tagihan kami jg blm
    # dibayar, tp itu bos yg urus", "tp itu urusan dia lah": someone else's
    "|(?:=itu|=ini) =nanti (?:=saja|=haja|=dulu)"
    # "Adapun undangan kepada Bapak Bupati ... akan kami sampaikan melalui surat tersendiri"
    f"|{_alternation(_WRITERS)} (?:=sampaikan|=ajukan|=kirim|=kirimkan|=layangkan)"
    "(?: \\S+){0,3}? (?:=tersendiri|=terpisah)"
    "|=itu =urusan (?:=dia|=mereka|=beliau|=bos|=orang|=pihak|=lain)"
    "|=itu (?:=bos|=dia|=mereka|=beliau|=kantor|=atasan)(?: =saya| =kami)? =yang"
    " (?:=urus|=mengurus|=tangani|=menangani))(?= )"
)
# Other matters listed as examples ("banyak keluhan lain, misalnya gas melon ..., debu ...") before
# the writer turns to the one at hand ("Tapi yang paling kami takutkan ...", "tetapi laporan ini
# khusus soal hutan"): set aside up to the turn (_listed)
_LISTED = re.compile(
    " (?:=keluhan|=masalah|=persoalan|=urusan|=hal) =lain (?:=misalnya|=seperti|=contohnya)(?= )"
)
_VERB_PREFIXES = ("me", "ber", "di", "ter", "ng", "ny")
_IS = frozenset({"=adalah", "=ialah", "=yaitu", "=yakni"})
_POINTING = _WRITERS | _WANTING
_POINTER = re.compile(f" =yang (?:{_alternation(_POINTING)} ){{0,4}}{_alternation(_FOCUS)}(?= )")
_AHEAD = 200  # characters of the haystack after a "sudah" where its finished word may be
# Bounds for hostile text (a message of "sudah selesai tapi" a thousand times over took minutes):
# at most _MOST places of each kind are read, and a sentence is looked for at most _SCAN tokens
# either side of the word that starts the look; a longer "sentence" ends there.
_MOST = 16
_SCAN = 60


def settled_sentences(doc: Document, story: bool = True) -> list[tuple[int, int, str]]:
    """The parts of a text set aside, in order of their first token (they may overlap): (first
    token, last token, the words that set it aside: "sudah ditangani", "terima kasih", "re:",
    "hal lain", "yang kami keluhkan", "saya imam", "sudah lapor", "biar", "lain hal", "terlepas
    dari", "tidak berhubungan", "tidak kami persoalkan"). Only the sentences that hold one of
    those words are read. A letter's subject line (Document.subject) names its matter: what
    comes before a turn or the request pointed at leaves it out. Without the `story`, what comes
    before the request pointed at and the writer's introduction are not set aside, only what
    the writer says is settled, dismissed or another matter."""
    found = _settled(doc, story)
    if doc.subject is None or not found:
        return found
    first, last = doc.subject
    out = []
    for start, end, why in found:
        if start > last or end < first or why == "re:":
            out.append((start, end, why))
        elif end > last:  # the part after the subject line
            out.append((max(start, last + 1), end, why))
    return sorted(out)


def _settled(doc: Document, story: bool) -> list[tuple[int, int, str]]:
    hay, surface = doc.haystack, doc.stem_length
    turn = _turn(doc) if " =lain " in hay else []
    if story:
        if " =yang " in hay:
            turn = _focus(doc, turn)
        turn += _introductions(doc)
    apart = [m.span() for m in _APART.finditer(hay, surface)]
    if apart:
        turn += _apart(doc, apart[:_MOST])
    dismissed = [m.span() for m in _DISMISS.finditer(hay, surface)]
    if dismissed:
        turn += _dismissed(doc, dismissed[:_MOST])
    listed = [m.span() for m in _LISTED.finditer(hay, surface)]
    if listed:
        turn += _listed(doc, listed[:_MOST])
    if " =kasih " not in hay and not any(w in hay for w in _DONE_WORDS):
        # most texts: a few searches
        return sorted(turn + _reply_subjects(doc)) if " =re " in hay else sorted(turn)
    markers = sorted((at, len(w)) for w in _DONE_WORDS for at in _find_all(hay, w, surface))
    markers = markers[:_MOST]
    out = _finished(doc, markers) if markers else []
    out += (
        r
        for r in _reply_subjects(doc)
        if all(r[0] > last or r[1] < first for first, last, _ in out)
    )
    out += turn
    thanks = sorted((at, len(w)) for w in _THANKS for at in _find_all(hay, w, surface))[:_MOST]
    return sorted(out + _thanking(doc, thanks, out)) if thanks else sorted(out)


# The words of a request, and the request sentences found in one pass (request_sentences)
_REQUEST = frozenset({
    "=mohon", "=memohon", "=minta", "=meminta", "=tolong", "=harap", "=berharap", "=mohonkan",
    "=dimohon",
})  # fmt: skip
_REQUESTS = re.compile(" (?:" + "|".join(sorted(_REQUEST)) + ")(?= )(?! =maaf )")


def request_sentences(doc: Document) -> list[tuple[int, int]]:
    """The sentences that ask, as (first token, last token): "Kami memohon Pemkab segera
    mendesak perusahaan memagari ...", "tolong batasnya dipastikan"; not an apology ("mohon
    maaf"). At most _MOST of them."""
    out: list[tuple[int, int]] = []
    for m in _REQUESTS.finditer(doc.haystack, doc.stem_length):
        t, _ = doc.token_range(m.end(), m.end() - m.start() + 1)
        if out and t <= out[-1][1]:
            continue
        out.append(_sentence(doc.tokens, t))
        if len(out) >= _MOST:
            break
    return out


def _thanking(
    doc: Document, thanks: list[tuple[int, int]], taken: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The sentences that only thank, at these haystack positions of "terima kasih", outside the
    sentences already `taken`. A thank-you is set aside only where the text asks for something:
    praise alone ("terima kasih petugas dukcapil yg sabar melayani lansia") is what the message
    is about; a sentence that only thanks asks nothing itself, so the asking is elsewhere. A
    closing thank-you, with nothing after it, has no term to set aside and is not read."""
    tokens = doc.tokens
    count = len(tokens.surfaces)
    out: list[tuple[int, int, str]] = []
    asks: bool | None = None
    for at, length in thanks:
        t, _ = doc.token_range(at + length - 1, length)
        if any(first <= t <= last for first, last, _ in taken + out):
            continue
        if t >= 1 and not _THANKED_WITH.isdisjoint(tokens.surfaces[t - 1].split()):
            continue  # "bayar uang terima kasih Rp 200rb": a bribe, not thanks
        last = _sentence_end(tokens, t)
        if last == count - 1:
            continue
        if asks is None:
            hay = doc.haystack
            asks = "?" in doc.folded or not _ASKING.isdisjoint(hay[doc.stem_length :].split())
        if not asks:
            break
        first = _sentence_start(tokens, t)
        if _grateful(tokens, first, last):
            out.append((first, last, "terima kasih"))
    return out


def _turn(doc: Document) -> list[tuple[int, int, str]]:
    """The text before a turn to another matter: "... tp itu sdh banyak yg lapor ya pak. Sy mau
    tanya hal lain: majelis taklim ...", "nah skrg ada masalah lain.", and the whole sentence of
    "bukan soal pembayaran termin, itu urusan lain yang sudah kami tanyakan": the writer says
    the earlier matter is not this message's. ("ada masalah lain juga", "selain itu", "hal lain
    lagi" add a matter: not a turn.)"""
    tokens = doc.tokens
    surfaces = tokens.surfaces
    out: list[tuple[int, int, str]] = []
    for at in _find_all(doc.haystack, " =lain ", doc.stem_length)[-_MOST:]:
        t, _ = doc.token_range(at + 6, 7)
        noun = t - 2 if t >= 2 and surfaces[t - 1] == "=yang" else t - 1
        if noun < 1 or _MATTER.isdisjoint(surfaces[noun].split()):
            continue
        first, last = _sentence(tokens, t)
        if any(not _ADDING.isdisjoint(surfaces[k].split()) for k in range(first, last + 1)):
            continue
        # the last turn wins: it covers the earlier ones
        if surfaces[noun - 1] in ("=itu", "=ini"):  # "itu urusan lain": this sentence too
            out = [(0, last, "hal lain")]
        else:
            out = [(0, noun - 1, "hal lain")]
    return out


def _focus(doc: Document, turn: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """What comes before the writer points at the request: "... dulu waktu lelang sy sempet liat
    di lpse ... yg sy minta pemkab pantau progres pekerjaannya", "Yang kami keluhkan adalah
    pembayaran ...", "Yang dimohonkan warga ...". A bare verb needs the writer before it ("yang
    minta bantuan" may be anyone who asks); a denied pointer is none ("bukan itu yg sy
    persoalkan"). With an earlier turn (_turn), the later of the two wins."""
    tokens = doc.tokens
    surfaces = tokens.surfaces
    count = len(surfaces)
    # a pattern finds the candidates in the surface part ("yang", a few writer or wanting words,
    # a pointing verb); the tokens decide
    found = [m.start() for m in _POINTER.finditer(doc.haystack, doc.stem_length)]
    for at in found[-_MOST:]:
        t, _ = doc.token_range(at + 6, 7)
        if t == 0 or not _clause_starts(tokens, t):
            continue  # "data yang saya minta sudah saya terima" names a thing
        k, writer = t + 1, False
        while k < min(count, t + 4) and not _POINTING.isdisjoint(surfaces[k].split()):
            writer = writer or not _WRITERS.isdisjoint(surfaces[k].split())
            k += 1
        if k >= count or _FOCUS.isdisjoint(surfaces[k].split()):
            continue
        if not writer and not _points(tokens, k) and surfaces[k] != "=utama":
            continue
        first = _sentence_start(tokens, t)
        if any(not _DENIED.isdisjoint(surfaces[j].split()) for j in range(first, t)):
            continue  # "bukan bantuan alat pertanian yg sy tanyakan"
        if not turn or turn[-1][1] < t - 1:
            turn = [(0, t - 1, _words(surfaces, t, k))]
    return turn


def _apart(doc: Document, found: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Where the writer sets a matter apart from the request: a clause opened by a topic word
    that says where the matter went ("Soal debu batubara sdh kami lapor ke DLH.", "soal beliau
    hadir atau kada biar protokol nang atur", "Soal jalan poros dan proyek turap itu lain hal,
    tidak usah dikaitkan"), to the end of its sentence; what comes before "itu lain hal" in its
    sentence ("Mobil dinas ... rusak remnya, itu lain hal, sdh ulun lapor"); a "terlepas dari"
    clause; and a sentence that says it is not related to this message ("..., namun hal itu sama
    sekali tidak berhubungan dengan surat ini"). Not when the matter is said to be still open
    after the marker ("Soal jalan sudah kami laporkan tapi belum ada tindakan")."""
    tokens = doc.tokens
    surfaces = tokens.surfaces
    count = len(surfaces)
    # `found`: where _APART found its words in the haystack (the space before each, the word)
    spots = sorted({doc.token_range(end, end - start + 1)[0] for start, end in found})
    out: list[tuple[int, int, str]] = []
    for t in spots:
        if len(out) >= _MOST:
            break
        if out and t <= out[-1][1]:
            continue
        words = surfaces[t].split()
        if "=terlepas" in words and t + 1 < count and "=dari" in surfaces[t + 1].split():
            out.append((t, _clause_last(tokens, t), "terlepas dari"))
        elif not _TOPIC_OPENERS.isdisjoint(words) and _topic_opens(tokens, t):
            last = _sentence_end(tokens, t)
            phrase = _where_it_went(surfaces, t, last)
            if phrase is not None:
                out.append((t, last, phrase))
        elif "=lain" in words and t >= 1 and t + 1 < count and _other_matter(surfaces, t):
            out.append((_sentence_start(tokens, t), _clause_last(tokens, t), "lain hal"))
        elif not _RELATION_WORDS.isdisjoint(words) and _unrelated(surfaces, t):
            out.append((*_sentence(tokens, t), "tidak berhubungan"))
    return out


def _dismissed(doc: Document, found: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Where the writer names a matter, then dismisses it (`found`: where _DISMISS matched in
    the haystack): "Perusahaan ... memberi bantuan CSR berupa genset untuk masjid dan menjanjikan
    perbaikan jalan desa; janji jalan itu tidak kami persoalkan di sini." From the start of its
    sentence (after a clause that asks, from the clause; through the sentence before, when that
    one ends with a semicolon, this one opens with "itu", or the dismissal near its start
    points back: "..., tidak ada keluhan soal itu"), to the end of the dismissing clause. Not
    when its sentence goes on to say the matter is open ("saya urus sendiri tapi ditolak"), nor
    across two sentences."""
    tokens = doc.tokens
    surfaces, parts = tokens.surfaces, tokens.parts
    out: list[tuple[int, int, str]] = []
    for start, end in found:
        first_t, marker = doc.token_range(end, end - start + 1)
        if (out and first_t <= out[-1][1]) or any(
            _ends_sentence(tokens, k) for k in range(first_t, marker)
        ):
            continue  # "... sdh beres, jd bukan itu. Sy mau lapor ...": two sentences
        last = _clause_last(tokens, marker)
        # still open after it in the sentence: "itu sudah kami lapor ke desa, tapi ..."
        after = range(marker + 1, _sentence_end(tokens, marker) + 1)
        if any(not _KEEPS_OPEN.isdisjoint(surfaces[k].split()) for k in after):
            continue
        begin = _sentence_start(tokens, first_t)
        # "Pertemuannya berjalan baik, tidak ada keluhan soal itu.": the "itu" points back
        back = first_t - begin <= 4 and any(
            not _ANAPHORS.isdisjoint(surfaces[k].split()) for k in range(first_t, marker + 1)
        )
        # a request before it stays, unless it is the matter put off ("mau tanya soal harga
        # besi ..., tapi itu nanti haja")
        put_off = "=nanti" in surfaces[marker - 1].split()
        asks = [k for k in range(begin, first_t) if not _ASKING.isdisjoint(surfaces[k].split())]
        if asks and not put_off:
            begin = _clause_last(tokens, asks[-1]) + 1
            if begin > first_t:
                continue
        elif begin > 0 and (
            back or ";" in parts[2 * begin] or _points_back(surfaces, begin, first_t)
        ):
            before = _sentence_start(tokens, begin - 1)
            if all(_ASKING.isdisjoint(surfaces[k].split()) for k in range(before, begin)):
                begin = before
        out.append((begin, last, _words(surfaces, first_t, marker)))
    return out


def _listed(doc: Document, found: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Other matters the writer lists as examples before turning to the one at hand: from the
    start of the sentence to the word before the turn ("tapi", "tetapi", "namun") in the same
    sentence, or to its end when the turn opens the next one ("... debu dari truk batu bara. Tapi
    yang paling kami takutkan ..."). No turn, no setting aside: the list may be the complaint."""
    tokens = doc.tokens
    surfaces = tokens.surfaces
    out: list[tuple[int, int, str]] = []
    for start, end in found:
        first_t, marker = doc.token_range(end, end - start + 1)
        if out and first_t <= out[-1][1]:
            continue
        begin, last = _sentence(tokens, first_t)
        turn = next(
            (
                k
                for k in range(marker + 1, last + 1)
                if not _CONTRAST_WORDS.isdisjoint(surfaces[k].split())
            ),
            None,
        )
        if turn is not None:
            last = turn - 1
        elif last + 1 >= len(surfaces) or _CONTRAST_WORDS.isdisjoint(surfaces[last + 1].split()):
            continue
        out.append((begin, last, _words(surfaces, first_t, marker)))
    return out


def _words(surfaces: list[str], first: int, last: int) -> str:
    """Tokens first..last as the words that set a part aside ("tidak kami persoalkan")."""
    return " ".join(w[1:] for w in surfaces[first : last + 1])


def _points_back(surfaces: list[str], begin: int, stop: int) -> bool:
    """Whether the sentence starting at token `begin` opens by pointing back: "Itu ...", "Hal
    itu ...", "Dua hal itu ..." (not "Soal sembako itu ...", which names its matter)."""
    for k in range(begin, min(stop, begin + 3)):
        words = surfaces[k].split()
        if not _ANAPHORS.isdisjoint(words):
            return True
        if _POINTING_NOUNS.isdisjoint(words):
            return False
    return False


def _topic_opens(tokens: Tokens, t: int) -> bool:
    """Whether the topic word at token t opens its clause, alone or after a word such as
    "kalau" or "untuk" ("Kalau soal gas ...")."""
    if t == 0 or _clause_starts(tokens, t):
        return True
    return not _BEFORE_TOPIC.isdisjoint(tokens.surfaces[t - 1].split()) and (
        t == 1 or _clause_starts(tokens, t - 1)
    )


def _where_it_went(surfaces: list[str], t: int, last: int) -> str | None:
    """The words that say where the matter of the clause opened at token t went, up to token
    `last`: "sudah dilaporkan", "biar", "hal lain", "tidak usah"; or None."""
    words = [surfaces[k].split() for k in range(t, last + 1)]
    if any(not _KEEPS_OPEN.isdisjoint(w) for w in words):
        # "Soal jalan sudah kami laporkan tapi belum ada tindakan", "Soal jalan rusak tolong
        # diperbaiki biar aman": still open, or the request itself
        return None
    done = next((i for i, w in enumerate(words) if not _DONE.isdisjoint(w)), len(words))
    for i in range(2, len(words)):
        w, before = words[i], words[i - 1]
        went = _HANDED.intersection(w) if i > done else None  # finished words: _finished
        if went and all(_DENIED.isdisjoint(v) for v in words[max(0, i - 2) : i]):
            return "sudah " + min(went)[1:]
        if not _LEFT_TO.isdisjoint(w) and any(
            not _DELEGATED.isdisjoint(v) for v in words[i + 1 : i + 6]
        ):
            return min(_LEFT_TO.intersection(w))[1:]  # "biar protokol yang atur"
        after = words[i + 1] if i + 1 < len(words) else []
        if not _OTHER.isdisjoint(w) and not _MATTER.isdisjoint(before + after):
            return "hal lain"
        if not _NEEDLESS.isdisjoint(w) and not _DENIED.isdisjoint(before):
            return "tidak " + min(_NEEDLESS.intersection(w))[1:]
    return None


def _other_matter(surfaces: list[str], t: int) -> bool:
    """Whether the "lain" at token t says "itu lain hal" or "ini lain hal dengan ...": the
    clause up to it is another matter (the "hal lain" order is a turn: _turn)."""
    return not _MATTER.isdisjoint(surfaces[t + 1].split()) and (
        not {"=itu", "=ini", "=adalah", "=merupakan"}.isdisjoint(surfaces[t - 1].split())
    )


def _unrelated(surfaces: list[str], related: int) -> bool:
    """Whether the relation word at token `related` says the sentence is not related to this
    message: "tidak berhubungan dengan surat ini", "tidak ada kaitannya dengan laporan ini"."""
    this = related + 3
    return (
        this < len(surfaces)
        and "=ini" in surfaces[this].split()
        and not _THIS_MESSAGE.isdisjoint(surfaces[this - 1].split())
        and not _WITH_WORDS.isdisjoint(surfaces[related + 1].split())
        and any(
            not _DENIED.isdisjoint(surfaces[k].split()) for k in range(max(0, related - 4), related)
        )
    )


def _clause_last(tokens: Tokens, t: int) -> int:
    """The last token of the clause that holds token t."""
    parts = tokens.parts
    stop = min(len(tokens.surfaces) - 1, t + _SCAN)
    while t < stop:
        gap = parts[2 * t + 2]
        if gap != " " and not _CLAUSE_GAPS.isdisjoint(gap):
            return t
        t += 1
    return t


def _clause_starts(tokens: Tokens, t: int) -> bool:
    """Whether token t starts a clause: after a stop or a comma, or after a contrast word ("tapi
    yang kami minta ...")."""
    return not _CLAUSE_GAPS.isdisjoint(tokens.parts[2 * t]) or not _CONTRAST_WORDS.isdisjoint(
        tokens.surfaces[t - 1].split()
    )


def _points(tokens: Tokens, verb: int) -> bool:
    """Whether "adalah" or a colon follows the verb at token `verb` closely: "Yang dimohonkan
    warga adalah ...", "Yang dikeluhkan: ..." (without the writer, "yang diminta" may only name a
    thing asked for)."""
    surfaces, parts = tokens.surfaces, tokens.parts
    for k in range(verb, min(len(surfaces) - 1, verb + 3)):
        if ":" in parts[2 * k + 2] or not _IS.isdisjoint(surfaces[k + 1].split()):
            return True
    return False


def _introductions(doc: Document) -> list[tuple[int, int, str]]:
    """Where the writers say who they are, at the start of a clause: "Sy imam masjid di Desa
    Kupang Baru.", "Saya Direktur CV Mahakam Karya, pelaksana proyek jalan ...", "Sy kerja di
    Perusda, tp ...". The introduction runs to the end of its clause (and through an
    apposition: ", pelaksana proyek ..."), and stops at the request, a turn or a verb ("sy ketua
    RT mau lapor", "... tp ...", "Kami warga desa X bersengketa ..."). A clause that says
    something is wrong or still open ("sy penerima beasiswa yg blm cair") is the complaint, not
    an introduction."""
    tokens = doc.tokens
    surfaces = tokens.surfaces
    out: list[tuple[int, int, str]] = []
    # a pattern finds the candidates in the surface part (a writer's word, a few words such as
    # "ini seorang", a role); the tokens decide
    for m in _INTRODUCTION.finditer(doc.haystack, doc.stem_length):
        if len(out) >= _MOST:
            break
        length = m.end(1) - m.start() + 1  # the writer's word with a space either side
        t, _ = doc.token_range(m.start() + length - 1, length)
        if out and t <= out[-1][1]:
            continue
        if t > 0 and not _clause_starts(tokens, t):
            continue
        role = _role_after(doc, t)
        if role is None:
            continue
        last = _introduction_end(tokens, role)
        words = [surfaces[k].split() for k in range(t, last + 1)]
        if any(not _OPEN_OR_DENIED.isdisjoint(w) for w in words):
            continue
        out.append((t, last, f"{surfaces[t][1:]} {surfaces[role][1:]}"))
    return out


def _role_after(doc: Document, t: int) -> int | None:
    """The token of the role that the writer's word at token t introduces ("saya ini seorang
    guru": the "guru"; "Sy Pak Ramli, 63 thn, nelayan Muara Pantuan": the "nelayan"), or None.
    Between them: words such as "ini seorang", or the writer's name (capitalised as written),
    a title ("Pak", "Bu") and an age."""
    surfaces = doc.tokens.surfaces
    for k in range(t + 1, min(len(surfaces), t + 7)):
        words = surfaces[k].split()
        if not _ROLES.isdisjoint(words):
            return k
        if _BEFORE_ROLE.isdisjoint(words) and not _named(doc, k):
            return None
    return None


def _named(doc: Document, k: int) -> bool:
    """Whether token k is part of a writer's name or age: capitalised or a number as written,
    or a title or "tahun"."""
    if not _NAME_WORDS.isdisjoint(doc.tokens.surfaces[k].split()):
        return True
    ends = doc.tokens.ends
    start = doc.original_span(ends[2 * k], ends[2 * k + 1])[0]
    first = doc.original[start : start + 1]
    return first.isupper() or first.isdigit()


def _introduction_end(tokens: Tokens, role: int) -> int:
    """The last token of the introduction whose role is token `role`."""
    surfaces, parts = tokens.surfaces, tokens.parts
    count = len(surfaces)
    k = role
    while k + 1 < min(count, role + _SCAN):
        gap = parts[2 * k + 2]
        if gap != " " and not _CLAUSE_GAPS.isdisjoint(gap):
            # a comma may open an apposition: "Saya Direktur CV ..., pelaksana proyek ..."
            if gap.strip() != "," or _ROLES.isdisjoint(surfaces[k + 1].split()):
                return k
        elif not _AFTER_INTRO.isdisjoint(surfaces[k + 1].split()) or _verb(tokens, k + 1):
            return k
        k += 1
    return k


def _verb(tokens: Tokens, t: int) -> bool:
    """Whether token t reads as a verb, which ends an introduction ("Kami warga desa X
    bersengketa ...", "Kami dari PT ... berencana menyalurkan ..."): a verb's prefix, and a stem
    that is not the word ("dinas" and "direktur" are roots)."""
    word = tokens.surfaces[t][1:]
    return word.startswith(_VERB_PREFIXES) and tokens.stems[t] != word


def _reply_subjects(doc: Document) -> list[tuple[int, int, str]]:
    """A reply's subject line ("Subject: Re: Peminjaman ruang rapat"): it names the earlier
    message's matter, which the reply may have left ("sudah beres ... Sekarang soal lain")."""
    tokens = doc.tokens
    surfaces, parts = tokens.surfaces, tokens.parts
    out: list[tuple[int, int, str]] = []
    for at in _find_all(doc.haystack, " =re ", doc.stem_length)[:_MOST]:
        t, _ = doc.token_range(at + 4, 5)
        if ":" not in parts[2 * t + 2]:
            continue
        first, last = _sentence(tokens, t)
        if first == t or (first == t - 1 and not _SUBJECT.isdisjoint(surfaces[first].split())):
            out.append((first, last, "re:"))
    return out


def _grateful(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the sentence of tokens first..last only thanks: it asks nothing, is no question
    and says nothing is over ("makasih, tapi jalannya masih rusak")."""
    if "?" in tokens.parts[2 * last + 2]:
        return False
    unsettling = _ASKING | _NOT_OVER
    return all(unsettling.isdisjoint(w.split()) for w in tokens.surfaces[first : last + 1])


def _finished(doc: Document, markers: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The sentences settled by a "sudah" (at these haystack positions, with the length of the
    spaced word) and a finished-state word after it."""
    hay = doc.haystack
    tokens = doc.tokens
    out: list[tuple[int, int, str]] = []
    for at, length in markers:
        if _FINISHED.isdisjoint(hay[at : at + _AHEAD].split()):
            continue  # no finished-state word in the next dozen words or so
        marker, _ = doc.token_range(at + length - 1, length)
        if out and marker <= out[-1][1]:
            continue  # in a sentence already settled
        first, last = _sentence(tokens, marker)
        phrase = _settling(tokens.surfaces, first, marker, last)
        if phrase is not None and not _came_back(tokens, last):
            out.append((first, last, phrase))
    return out


def _find_all(hay: str, word: str, start: int) -> list[int]:
    found = []
    i = hay.find(word, start)
    while i >= 0:
        found.append(i)
        i = hay.find(word, i + 1)
    return found


def _ends_sentence(tokens: Tokens, t: int) -> bool:
    """Whether the gap after token t ends a sentence (or asks a question)."""
    gap = tokens.parts[2 * t + 2]
    return gap != " " and (not _SENTENCE_END.isdisjoint(gap) or "?" in gap)


def _sentence(tokens: Tokens, t: int) -> tuple[int, int]:
    """The first and last token of the sentence that holds token t."""
    return _sentence_start(tokens, t), _sentence_end(tokens, t)


def _sentence_start(tokens: Tokens, t: int) -> int:
    stop = max(0, t - _SCAN)
    while t > stop and not _ends_sentence(tokens, t - 1):
        t -= 1
    return t


def _sentence_end(tokens: Tokens, t: int) -> int:
    stop = min(len(tokens.surfaces) - 1, t + _SCAN)
    while t < stop and not _ends_sentence(tokens, t):
        t += 1
    return t


def _settling(surfaces: list[str], first: int, marker: int, last: int) -> str | None:
    """The words that settle the sentence of tokens first..last whose "sudah" is token `marker`
    ("sudah ditangani"): a finished-state word after it, not denied, with nothing after it that
    says the matter is not over; None when there is none."""
    before = [surfaces[k].split() for k in range(first, marker)]
    if any(not _IF.isdisjoint(w) or not _STILL_OPEN.isdisjoint(w) for w in before):
        # a condition or a question word before the "sudah", or what is still open ("honor
        # ... blm cair, kegiatan sdh selesai": the finished part argues the complaint)
        return None
    words = [surfaces[k].split() for k in range(marker, last + 1)]  # words[i]: token marker + i
    not_over = [
        i
        for i, w in enumerate(words)
        if not _NOT_OVER.isdisjoint(w) and not (w == ["=lagi"] and _no_longer(words, i))
    ]
    for i in range(1, len(words)):
        if _FINISHED.isdisjoint(words[i]) or (words[i] == ["=terima"] and words[i - 1] in _RECEIPT):
            continue  # "telah menyampaikan proposal ... dengan tanda terima": a receipt, no state
        if any(not _DENIED.isdisjoint(w) for w in words[max(0, i - 2) : i]):
            continue
        # "lagi" right after the finished word is "again" fine: "stoknya aman lagi"
        after = i + 2 if words[i + 1 : i + 2] == [["=lagi"]] else i + 1
        if not_over and not_over[-1] >= after:
            continue  # not over after this one; a later finished word may still settle it
        done = min(_DONE.intersection(words[0]))
        return f"{done[1:]} {min(_FINISHED.intersection(words[i]))[1:]}"
    return None


def _no_longer(words: list[list[str]], i: int) -> bool:
    """Whether the "lagi" of words[i] is "no longer": a denial a few words before it ("kami
    tidak mempersoalkan proses tendernya lagi")."""
    return any(not _DENIED.isdisjoint(w) for w in words[max(0, i - 5) : i])


def _came_back(tokens: Tokens, last: int) -> bool:
    """Whether the sentence ending at token `last` is a question, or the next sentence says the
    matter came back ("Sekarang rusak lagi.") or, opening with a contrast, that no answer came
    ("... telah diterima oleh petugas di pos jaga. Namun sampai hari ini kami belum mendapat
    kabar"; not "Namun rehab gedung berhenti", another matter)."""
    if "?" in tokens.parts[2 * last + 2]:
        return True
    count = len(tokens.surfaces)
    if last + 1 >= count:
        return False
    _, n_last = _sentence(tokens, last + 1)
    words = [tokens.surfaces[k].split() for k in range(last + 1, n_last + 1)]
    if not _CONTRAST_WORDS.isdisjoint(words[0]) and not _NO_ANSWER.isdisjoint(chain(*words)):
        return True
    return any(not _CAME_BACK.isdisjoint(w) for w in words)
