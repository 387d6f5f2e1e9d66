"""The parts of a letter that say nothing about its topic, blanked before routing.

E-mail and web letters open with an addressee ("Kepada Yth. Bapak Bupati Kutai Kartanegara, di
Tenggarong"), close with formulas ("Demikian ... terima kasih", "Hormat kami"), a signature with
an address, and often quote earlier messages. None of that is what the complaint is about, yet
its words ("Bupati", "RT 04", "Kecamatan") match rules. `letter_mask` replaces those parts with
spaces, keeping every position, so matches still point into the original text and the desk
highlights terms where the citizen wrote them.

An addressee is blanked on every channel ("Yth. Pak Bupati, ..." in a chat too); the rest only on
letter channels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# An addressee at the start of a line: "Kepada Yth.", "Yth. Bapak Bupati Kutai Kartanegara,".
_ADDRESSEE = re.compile(
    r"^[ \t]*(?:kepada[ \t]*:?[ \t]*)?(?:yth\b\.?|yang[ \t]+terhormat\b)[^\n,:]{0,80}[,:]?",
    re.IGNORECASE | re.MULTILINE,
)
# The first lines of a letter: an addressee line, a greeting, an official letter's number.
_ADDRESSEE_LINE = re.compile(r"(?:kepada|yth\b|c\.?q\.?\s|yang\s+terhormat)", re.IGNORECASE)
_GREETING = re.compile(
    r"(?:dengan\s+hormat|assalamu.?alaikum(?:\s+(?:wr\.?\s*wb|warahmatullahi\s+wabarakatuh))?|"
    r"selamat\s+(?:pagi|siang|sore|malam)|salam\s+sejahtera|shalom|om\s+swastiastu|"
    r"halo|hai)\b"
    # and whom it greets, up to the comma: "Assalamualaikum pak,", "Selamat pagi Bu Camat,"
    r"(?:[ \t]+(?:bapak|ibu|pak|bu|min|admin|kak|bang)\b\.?(?:[ \t]+\w+){0,3}[ \t]*(?=[,!\n]|$))?"
    r"[\s,.!]*",
    re.IGNORECASE,
)
# "Dari :" and "Tanggal :" in a Nota Dinas name the sender and the date
_META = re.compile(r"(?:nomor|no|lampiran|lamp|sifat|dari|tanggal|tgl)\s*:.*", re.IGNORECASE)
# A web form's fields pasted as text: who writes ("Nama:", "Instansi:", "No. HP:", "Kategori:")
# are header lines; the label of the message ("Isi:", "Pesan:", "Isi pengaduan:") is blanked
# and its text read; "Judul:" is the subject (routing/document.py reads its words)
_FORM_FIELD = re.compile(
    r"(?:nama(?:[ \t]+lengkap)?|instansi|asal[ \t]+instansi|unit[ \t]+kerja|jabatan|alamat|"
    r"kategori|no\.?[ \t]*(?:hp|telp|telepon|wa)|hp|telepon|telp|whatsapp|wa|e-?mail)[ \t]*:.*",
    re.IGNORECASE,
)
_FORM_BODY = re.compile(
    r"(?:isi(?:[ \t]+(?:pengaduan|laporan|pesan|aduan))?|pesan|uraian(?:[ \t]+\w+)?|keterangan|"
    r"pengaduan|aduan|laporan)[ \t]*:",
    re.IGNORECASE,
)
FORM_TITLE_LABEL = "judul"  # a web form's subject label (routing/document.py reads it too)
_FORM_TITLE = re.compile(rf"{FORM_TITLE_LABEL}[ \t]*:", re.IGNORECASE)
# The labels of a subject line (routing/document.py reads the line's words too)
SUBJECT_LABELS = "perihal|hal|subjek|subject"
_SUBJECT = re.compile(rf"(?:{SUBJECT_LABELS})\s*:", re.IGNORECASE)
# A letterhead (kop surat) above an official letter: lines in capitals that name the sender
# ("PEMERINTAH KABUPATEN KUTAI KARTANEGARA", "DINAS KESEHATAN", "UNIVERSITAS ..."), the address
# lines under them, or a title ("NOTA DINAS").
_LETTER_TITLE = re.compile(r"(?:nota[ -]dinas|memo|memorandum)[ .:]*", re.IGNORECASE)
_ADDRESS_LINE = re.compile(
    r"(?:jl\.|jln\.|(?:jln|jalan|telp|telepon|tlp|fax|faks|e-?mail|website|laman|kode pos|hp)\b)",
    re.IGNORECASE,
)
_LETTERHEAD_WORDS = 8
_ADDRESS_NUMBER = re.compile(r"\d|\b(?:no|nomor|rt|km|kode pos)\b", re.IGNORECASE)
# Under a letterhead's capitals, a short line that says where the sender is ("Desa Kota Bangun
# Ulu, Kecamatan Kota Bangun", "Sekretariat: Jl. Poros ...", "Alamat: RT 04 ..."), when a
# letter's header line follows
_PLACE_LINE = re.compile(
    r"(?:alamat|sekretariat|kantor|desa|kelurahan|kel\.|kecamatan|kec\.|dusun|rt)\b", re.IGNORECASE
)
_PLACE_LINE_WORDS = 14  # and a "Jalan ..." address line (_is_address_line), at most
# An official's title that opens a signature block (_is_title_line)
_OFFICIAL_TITLE = re.compile(
    r"(?:a\.?n\.?[ \t]+|plt\.?[ \t]+|plh\.?[ \t]+|pj\.?[ \t]+)?"
    r"(?:kepala(?:[ \t]+desa)?|kades|lurah|camat|sekretaris(?:[ \t]+desa)?|sekdes|ketua|"
    r"direktur|kabid|kasubag|kasubbag|kasi|bendahara|penjabat)\b",
    re.IGNORECASE,
)
_TITLE_BLOCK_LINES = 4
_NIP = re.compile(r"nip\.?\s*:?\s*\d", re.IGNORECASE)  # a civil servant's number signs a letter
# Where quoted earlier messages begin; everything from there on is blanked.
_QUOTE_START = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:original message|forwarded message|pesan asli|pesan terusan)"
    r"[ \t]*-*|_{10,}|(?:on|pada)\b.{0,120}\b(?:wrote|menulis)[ \t]*:|"
    r"(?:from|dari)[ \t]*:.*@.*)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A forward (not a reply): its message is what is sent on, read after its header lines.
_FORWARD = re.compile(r"forwarded message|pesan terusan", re.IGNORECASE)
# A cover note that says it sends an earlier message on makes a reply's quote a forward: "Mohon
# maaf, saya teruskan e-mail kami yang belum dibalas. -----Original Message----- ..."
_SENDS_ON = re.compile(
    r"\b(?:(?:di)?teruskan|meneruskan|forward(?:kan)?|fwd|(?:kirim|kirimkan|sampaikan)[ \t]+"
    r"(?:ulang|kembali|lagi))\b",
    re.IGNORECASE,
)
# A note that names what it sends on ("Kami teruskan laporan anggota kami", "Mohon izin meneruskan
# pertanyaan dari Kabid kami", "kami dari BPD meneruskan berita di bawah ini"): not one that
# forwards for another matter of its own ("Saya teruskan karena ada hal lain", "pesan yang saya
# teruskan di bawah salah kirim").
_SENDS_ON_MESSAGE = re.compile(
    r"\b(?:(?:di)?teruskan|meneruskan|forward(?:kan)?)[ \t]+(?:ini[ \t]+)?"
    r"(?:laporan|aduan|pengaduan|keluhan|pertanyaan|permohonan|surat|e-?mail|pesan|informasi|"
    r"usulan|kiriman|berita|kabar|artikel|postingan|tulisan|video)\b",
    re.IGNORECASE,
)
# A note that says a matter of its own ("Yang saya adukan sekarang: ...", "ada hal lain"): the
# forward under it is history, however it is sent on ("supaya jelas urutannya").
_OWN_MATTER = re.compile(
    r"\b(?:yang|yg)[ \t]+(?:ingin[ \t]+|mau[ \t]+|hendak[ \t]+)?(?:saya|kami|sy|ulun)[ \t]+"
    r"(?:adukan|sampaikan|laporkan|keluhkan|minta|mohonkan)\b"
    r"|\bhal[ \t]+lain\b|\bsalah[ \t]+kirim\b",
    re.IGNORECASE,
)
_FORWARD_HEADER = re.compile(
    r"[ \t]*(?:from|dari|date|tanggal|sent|dikirim|to|kepada|cc|bcc|subject|subjek|perihal)"
    r"[ \t]*:",
    re.IGNORECASE,
)
_HEADER_LINES = 8  # a forward's header is a few lines
_FORWARDS = 4  # forwards of forwards (or headers over headers) read, at most
_COVER_WORDS = 30  # a cover note this short sends the forwarded message on as its matter
_SENDING_NOTE_WORDS = 150  # a note that says it sends a forward on, up to this long
# Cheap literal tests that say whether the slower patterns could match at all.
_ADDRESSEE_HINT = re.compile(r"yth|terhormat", re.IGNORECASE)
_QUOTE_HINT = re.compile(
    r">|wrote|menulis|original message|forwarded|pesan asli|pesan terusan|_{10}|"
    r"(?:from|dari)[ \t]*:",
    re.IGNORECASE,
)
# The literal parts of the hints, tested with `in` on a lowered ASCII text (much faster than a
# case-insensitive alternation); texts with other characters, or a "from:"-like part, use the
# patterns themselves, so the hints never say no where the patterns would say yes.
_QUOTE_WORDS = (">", "wrote", "menulis", "original message", "forwarded", "pesan asli",
                "pesan terusan", "_" * 10)  # fmt: skip
_TITLE_HINT = re.compile(r"bupati\b", re.IGNORECASE)  # every _TITLE match contains one
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
# Closing formulas: a line that starts with one of these ends the body.
_CLOSING = re.compile(
    r"^[ \t]*(?:demikian\b|atas[ \t]+perhatian|terima[ \t]*kasih\b|terimakasih\b|"
    r"hormat[ \t]+(?:kami|saya)\b|salam(?:[ \t]+hormat)?[ \t]*,?[ \t]*$|wassalam|"
    r"ttd\.?\b|regards\b|best[ \t]+regards|sent[ \t]+from\b|dikirim[ \t]+dari\b)",
    re.IGNORECASE,
)
# The addressee spoken to in the body, and the titles that then stay readable in the addressee.
_SPOKEN_TO = re.compile(r"\b(?:bapak|ibu|pak|bu)\b(?![ \t]*/)", re.IGNORECASE)
_TITLE = re.compile(r"\b(?:wakil[ \t]+)?bupati\b", re.IGNORECASE)
# The same patterns, case-sensitive, for an ASCII text lowered (same length, same positions):
# a case-insensitive search is several times slower.
_SPOKEN_TO_LOW = re.compile(_SPOKEN_TO.pattern)
_TITLE_LOW = re.compile(_TITLE.pattern)
_QUOTE_START_LOW = re.compile(_QUOTE_START.pattern, re.MULTILINE)
_SECTION = re.compile(r"\b(?:bagian|kabag)\b", re.IGNORECASE)
# The end of an addressee's sentence (_addressee_end): a word, then a stop and a space
_SALUTATION_WORD = re.compile(r"(?:yth|terhormat)\b\.?", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"(\w+)[.!?](?=\s)")
_FIRST_WORD = re.compile(r"[\s.,:]*([\w/-]+)")
# An addressee line of this many words with no stop, comma or colon runs on into the message
# (an SMS: "yth pemkab kades terpilih ..."); it ends after the words that name whom it greets
_RUN_ON_WORDS = 10
_RUN_ON_ADDRESS = frozenset({
    "bapak", "ibu", "bapak/ibu", "ibu/bapak", "bpk", "bp", "pak", "bu", "sdr", "saudara",
    "admin", "min", "mimin", "pemkab", "pemda", "pemerintah", "setda", "sekda", "sekretariat",
    "bupati", "wabup", "wakil", "kabupaten", "kab", "kutai", "kartanegara", "kukar", "daerah",
    "pengelola", "pengaduan", "layanan", "helpdesk", "tim", "yang", "terhormat", "kepada", "kpd",
})  # fmt: skip
# The words that open an addressee in lower case (`_addresses_someone`)
_ADDRESSING = frozenset({
    "bapak", "ibu", "bapak/ibu", "ibu/bapak", "bpk", "bpk/ibu", "bp", "pak", "bu", "sdr", "sdri",
    "saudara", "saudari", "admin", "min", "mimin", "bagian", "bag", "kepala", "kabag",
    "kasubbag", "subbag", "sekretaris", "sekda", "sekretariat", "setda", "pemerintah", "pemkab",
    "pemda", "pengelola", "bupati", "wakil", "wabup", "pokja", "panitia", "pimpinan", "kelompok",
    "bendahara", "tim", "camat", "lurah", "kades", "humas", "asisten", "pengaduan", "ukpbj",
    "protokol", "lpse", "keuangan", "helpdesk", "rekan", "rekan-rekan", "layanan", "ketua",
    "direktur", "dinas", "kantor", "petugas", "para", "dewan", "gubernur", "dprd", "operator",
    "staf", "pejabat", "yang", "kpd", "kepada",
})  # fmt: skip
_ABBREVIATIONS = frozenset({
    "bpk", "bp", "pak", "ibu", "bu", "sdr", "sdri", "saudara", "h", "hj", "dr", "drs", "dra",
    "ir", "prof", "ny", "tn", "kab", "kec", "kel", "ds", "jl", "jln", "st", "s", "m", "no",
    "cq", "q", "up", "p", "kp", "dsn", "prov", "kota",
})  # fmt: skip
_SIGNATURE_WORDS = 12  # a signature line is short: a name, a role, an address, a phone


# The name of a village, kelurahan or kecamatan after its kind, both in Title Case: "Desa Tani
# Bhakti", "Desa Sungai Bawang", "Kec. Loa Kulu". Village names are made of common words (tani,
# sungai, bawang, sumber, bhakti) that would read as topics. A kind in lower case is often a
# common noun ("dana desa", "kepala desa Pak Rahman"), and all-caps text says nothing by its
# capitals: both are left alone, and so are titles and words that start a request.
_PLACE_HINTS = ("Desa ", "Ds. ", "Kel", "Kec", "Dusun ", "Kampung ")  # each match holds one
_PLACE_KIND = re.compile(r"[DK](?:esa|s\.|el\.|elurahan|usun|ampung|ec\.|ecamatan)[ \t]+")
_PLACE_NAME = re.compile(
    r"(?:(?!(?:Pak|Bapak|Bu|Ibu|Bupati|Camat|Lurah|Kepala|Mohon|Tolong|Kami|Saya|Yang)\b)"
    r"[A-Z][a-z][\w'’-]*(?:[ \t]+|(?![\w'’-]))){1,3}"
)


def _blank_place_names(text: str) -> str:
    """`text` with the Title Case names of villages and kecamatan blanked (same length)."""
    spans: list[tuple[int, int]] = []
    for hint in _PLACE_HINTS:  # a few searches in C, cheaper than the pattern's over the text
        at = text.find(hint)
        while at >= 0:
            kind = _PLACE_KIND.match(text, at) if at == 0 or not text[at - 1].isalnum() else None
            name = _PLACE_NAME.match(text, kind.end()) if kind is not None else None
            if name is not None:
                spans.append(name.span())
            at = text.find(hint, at + 1)
    for start, stop in spans:
        text = text[:start] + " " * (stop - start) + text[stop:]
    return text


def letter_mask(text: str, *, letter: bool, history: bool = False) -> str:
    """`text` with addressee (always) and, for a letter, header, closing, signature and quoted
    parts replaced by spaces; same length, same line breaks. With `history`, a letter's quoted
    earlier messages are kept (the router reads them when the reply's own words place
    nothing)."""
    original = text
    low = text.lower() if text.isascii() else None
    if letter:
        kept: list[int] = []
        text = text if history else _blank_quotes(text, low, kept=kept)
        # a forward kept under a note: the note's header and closing are the note's own ("Salam,
        # Rahmat" over the forward does not blank the forwarded message as its signature)
        cut = kept[0] if kept else len(text)
        lines = text[:cut].split("\n")
        _blank_header(lines)
        _blank_closing(lines)
        text = "\n".join(lines) + text[cut:]
    if _addressee_hint(text, low):
        text = _blank_addressees(text)
    text = text if text == original else _keep_spoken_to(original, text, low)
    return _blank_place_names(text)


def _blank_addressees(text: str) -> str:
    """`_ADDRESSEE.sub(_blank_addressee, text)`, tried only at the start of the lines that hold
    "yth" or "terhormat" (an ASCII text): a match starts a line and ends on it, so the
    substitution cannot find one elsewhere, and trying every position costs most of it."""
    if not text.isascii():
        return _ADDRESSEE.sub(_blank_addressee, text)
    low = text.lower()
    starts: set[int] = set()
    for word in ("yth", "terhormat"):
        i = low.find(word)
        while i >= 0:
            starts.add(low.rfind("\n", 0, i) + 1)
            i = low.find(word, i + 1)
    for start in sorted(starts):
        m = _ADDRESSEE.match(text, start)
        if m is not None:
            text = text[: m.start()] + _blank_addressee(m) + text[m.end() :]
    return text


def _blank_quoted_lines(text: str) -> str:
    """`_QUOTED_LINE.sub(_blank, text)`: every line whose first character after spaces and tabs
    is ">" becomes spaces; found from the few ">" instead of trying every position."""
    i = text.find(">")
    if i < 0:
        return text
    pieces: list[str] = []
    done = 0
    while i >= 0:
        start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        end = len(text) if end < 0 else end
        if not text[start:i].strip(" \t"):
            pieces += (text[done:start], " " * (end - start))
            done = end
        i = text.find(">", end)  # a later ">" on a line that did not qualify cannot either
    pieces.append(text[done:])
    return "".join(pieces)


def _keep_spoken_to(original: str, masked: str, low: str | None = None) -> str:
    """A letter that speaks to its addressee ("kami mengundang Bapak") is about that person:
    the addressee's title ("Bupati") stays readable, the rest of the addressee does not.
    `low`: the original lowered, when ASCII."""
    if low is not None:
        if "bupati" not in low or not _speaks_to(masked.lower()):
            return masked
        titles = _titles(low)  # same length and positions as the original
    elif _SPOKEN_TO.search(masked) is None or _TITLE_HINT.search(original) is None:
        return masked
    else:
        titles = (m.span() for m in _TITLE.finditer(original))
    for start, end in titles:
        if not masked[start:end].strip():
            masked = masked[:start] + original[start:end] + masked[end:]
    return masked


def _titles(low: str) -> Iterator[tuple[int, int]]:
    """The spans of `_TITLE_LOW.finditer(low)`, tried only at each "bupati" (which every match
    holds) and at the "wakil" before it: a search tries every position of a long letter."""
    i = low.find("bupati")
    while i >= 0:
        j = i
        while j > 0 and low[j - 1] in " \t":
            j -= 1
        m = None
        if j < i and j >= 5 and low.startswith("wakil", j - 5):
            m = _TITLE_LOW.match(low, j - 5)
        m = m or _TITLE_LOW.match(low, i)
        if m is not None:
            yield m.span()
        i = low.find("bupati", i + 6)


def _speaks_to(low: str) -> bool:
    """`_SPOKEN_TO_LOW.search(low) is not None`, tried only where a match can start: every match
    holds "pak" (bapak, pak) or "bu" (ibu, bu), and a search over the whole text costs more."""
    for word, back in (("pak", (2, 0)), ("bu", (1, 0))):
        i = low.find(word)
        while i >= 0:
            for b in back:
                if i >= b and _SPOKEN_TO_LOW.match(low, i - b) is not None:
                    return True
            i = low.find(word, i + 1)
    return False


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _blank_addressee(m: re.Match[str]) -> str:
    """An addressee that names a section ("Kepada Yth. Kepala Bagian Hukum") says where the
    writer wants it to go: it stays readable. The addressee ends with its sentence: "Yth Setda.
    Jembatan ulin di Desa Sepatin sdh 8 bln mangkrak, ..." is an SMS's salutation, then its
    message."""
    found = m.group()
    salutation = _SALUTATION_WORD.search(found)
    after = salutation.end() if salutation else 0
    cut = _addressee_end(found, after)
    if cut == len(found) and len(found[after:].split()) >= _RUN_ON_WORDS:
        cut = _run_on_end(found, after)
    if _SECTION.search(found, 0, cut) or not _addresses_someone(found, after):
        return found
    return " " * cut + found[cut:]


def _run_on_end(found: str, after: int) -> int:
    """Where the addressee of a run-on line ends (no stop, comma or colon within its first ten
    words: "yth pemkab kades terpilih desa loa raya sdh 5 bln blm jg di SK kan bupati ..."):
    after the words that name the Pemkab or greet, at most six; the rest is the message."""
    end = after
    for count, word in enumerate(_FIRST_WORD.finditer(found, after)):
        if count == 6 or word.group(1).lower() not in _RUN_ON_ADDRESS:
            break
        end = word.end()
    return end


def _addresses_someone(found: str, after: int) -> bool:
    """Whether the words after "Yth" (from position `after`) name someone: a capitalised word,
    or one of the words that address ("yth pak camat", "yth admin"); "Yth. bantuan bibit ikan
    ... ada kah?" and "yth sy mau lapor ..." go straight to the message."""
    word = _FIRST_WORD.match(found, after)
    if word is None:
        return True  # "Yth." alone on its line: the addressee follows
    first = word.group(1)
    return not first.islower() or first.lower() in _ADDRESSING


def _addressee_end(found: str, after: int) -> int:
    """Where the addressee that starts `found` ends: after the first ".", "!" or "?" past
    position `after` (the salutation word) that ends a sentence (not a title or place
    abbreviation: "Bpk.", "Kab.", "Hj."), or at the end of `found`."""
    for stop in _SENTENCE_STOP.finditer(found, after):
        if stop.group(1).lower() not in _ABBREVIATIONS:
            return stop.end()
    return len(found)


def _addressee_hint(text: str, low: str | None) -> bool:
    """Whether an addressee could be in the text (`low`: the text lowered, when ASCII)."""
    if low is None:
        return _ADDRESSEE_HINT.search(text) is not None
    return "yth" in low or "terhormat" in low


def _quote_hint(text: str, low: str | None) -> bool:
    """Whether a quoted earlier message could be in the text."""
    if low is not None:
        if any(w in low for w in _QUOTE_WORDS):
            return True
        if ":" not in low or ("from" not in low and "dari" not in low):
            return False
    return _QUOTE_HINT.search(text) is not None


def _blank_quotes(text: str, low: str | None, depth: int = 0, kept: list[int] | None = None) -> str:
    """A reply's quoted history blanked. A forwarded message under a short cover note keeps its
    body, which is what the forwarder sends on ("Mohon ditindaklanjuti, aduan warga kami
    teruskan. ---------- Forwarded message --------- From: ... Subject: Lubang bekas tambang
    ..."), without its header lines; under a cover note that says its own matter ("email di
    bawah sudah selesai ditangani ... ada hal lain: ...") it is history, like a reply's. Where
    a forward is kept under a note, its start is appended to `kept`: the note's closing and
    signature end at it (the forward had its own read)."""
    if not _quote_hint(text, low):
        return text
    start = _QUOTE_START.search(text) if low is None else _quote_start(low)
    if start is not None and not text[: start.start()].strip() and depth < _FORWARDS:
        # the message's own header ("From: ...@...", "Sent:", "To:", "Subject:"): blanked but
        # for the subject's words, and the body under it read for quotes
        return text[: start.start()] + _forwarded(text[start.start() :], depth, False)
    if start is not None:
        rest = text[start.start() :]
        cover = text[: start.start()]
        if depth < _FORWARDS and _sends_on(cover, _FORWARD.search(start.group()) is not None):
            text = cover + _forwarded(rest, depth)
            if kept is not None:
                kept.append(len(cover))
        else:
            text = text[: start.start()] + _spaces(rest)
    return _blank_quoted_lines(text)


def _sends_on(cover: str, forward: bool) -> bool:
    """Whether the note above a quote or forward sends it on as the matter: a short note over
    a forward, or one that says it sends something on ("saya teruskan e-mail kami ..."); a
    forward under a longer note that names what it sends on ("Kami teruskan laporan anggota
    kami ...", "Mohon izin meneruskan pertanyaan dari Kabid kami"), up to _SENDING_NOTE_WORDS,
    unless the note says a matter of its own. The patterns run only where the length allows
    (a letter's whole body is the note above a reply's quote)."""
    words = len(cover.split())
    if words <= _COVER_WORDS:
        return forward or _SENDS_ON.search(cover) is not None
    return (
        forward
        and words <= _SENDING_NOTE_WORDS
        and _SENDS_ON_MESSAGE.search(cover) is not None
        and _OWN_MATTER.search(cover) is None
    )


def _forwarded(rest: str, depth: int, letter: bool = True) -> str:
    """A forwarded message from its marker line on: the marker and the header lines under it
    blanked (the subject's words kept), the body read, with its own quoted history blanked (and,
    for a `letter` inside the text, its own header and closing)."""
    lines = rest.split("\n")
    k = 1
    while (
        k < len(lines)
        and k <= _HEADER_LINES
        and (not lines[k].strip() or _FORWARD_HEADER.match(lines[k]))
    ):
        k += 1
    head = [_spaces(lines[0])]
    for line in lines[1:k]:
        subject = _SUBJECT.match(line, len(line) - len(line.lstrip(" \t")))
        head.append(" " * subject.end() + line[subject.end() :] if subject else _spaces(line))
    body = "\n".join(lines[k:])
    if body:  # a letter of its own: "Bapak Kepala Desa," is whom it was sent to, not a topic
        body = _blank_quotes(body, body.lower() if body.isascii() else None, depth + 1)
        if letter:
            body_lines = body.split("\n")
            _blank_header(body_lines)
            _blank_closing(body_lines)
            body = "\n".join(body_lines)
    return "\n".join(head) + ("\n" + body if k < len(lines) else "")


def _quote_start(low: str) -> re.Match[str] | None:
    """`_QUOTE_START_LOW.search(low)`, tried at the start of each line only (the pattern starts
    with ^, and a search tests every position of the letter)."""
    start = 0
    while start >= 0:
        m = _QUOTE_START_LOW.match(low, start)
        if m is not None:
            return m
        start = low.find("\n", start)
        start = start if start < 0 else start + 1
    return None


def _spaces(part: str) -> str:
    return "".join(c if c == "\n" else " " for c in part)


def _letterhead(lines: list[str]) -> int:
    """How many leading lines are a letterhead: capital lines of at most eight words, the
    address lines under them, or a title ("NOTA DINAS"); a block of capitals counts only when a
    letter's header line follows it or it holds an address or a title (an angry first line in
    capitals is the complaint)."""
    k, caps, proof = 0, 0, False
    while k < len(lines):
        stripped = lines[k].strip()
        if not stripped:
            k += 1
        elif _LETTER_TITLE.fullmatch(stripped):
            k, caps, proof = k + 1, caps + 1, True
        elif (
            stripped.upper() == stripped
            and len(stripped.split()) <= _LETTERHEAD_WORDS
            and (sum(c.isalpha() for c in stripped) >= 3)
        ):
            k, caps = k + 1, caps + 1
        elif caps and _is_address_line(stripped):
            k, proof = k + 1, True
        elif caps and _PLACE_LINE.match(stripped) and len(stripped.split()) <= _PLACE_LINE_WORDS:
            k += 1  # a place is no proof: "JALAN RUSAK PARAH\nDesa Sebulu\n..." is a complaint
        else:
            break
    if not caps:
        return 0
    if not proof and k < len(lines):
        first = lines[k].strip()
        proof = bool(_addressee_line(first) or _META.match(first) or _SUBJECT.match(first))
    return k if proof else 0


def _is_address_line(stripped: str) -> bool:
    """A letterhead's address or contact line. One that starts with "Jalan" or "Jln" without a
    dot is an address only when short, with a number, and no sentence: "JALAN RUSAK PARAH" over
    "Jalan di depan sekolah berlubang, sudah 3 bulan." is a complaint, not a letterhead."""
    found = _ADDRESS_LINE.match(stripped)
    if found is None:
        return False
    if found.group().lower() not in ("jalan", "jln"):
        return True
    return (
        len(stripped.split()) <= _PLACE_LINE_WORDS
        and stripped[-1] not in ".!?"
        and _ADDRESS_NUMBER.search(stripped) is not None
    )


def _blank_header(lines: list[str]) -> None:
    """Blank the leading header lines (a letterhead first); short address lines under an
    addressee go with it."""
    start = _letterhead(lines)
    for k in range(start):
        lines[k] = " " * len(lines[k])
    under_addressee = False
    for i in range(start, len(lines)):
        state = _header_line(lines, i, under_addressee)
        if state is None:
            return
        under_addressee = state


def _header_line(lines: list[str], i: int, under_addressee: bool) -> bool | None:
    """Blank line i where it belongs to the header; whether the next lines are under an
    addressee, or None where the header ends."""
    line = lines[i]
    stripped = line.strip()
    if not stripped or (
        ":" in stripped and (_SUBJECT.match(stripped) or _FORM_TITLE.match(stripped))
    ):
        return under_addressee and not stripped
    if ":" in stripped and (body := _FORM_BODY.match(stripped)) is not None:
        start = len(line) - len(line.lstrip())
        lines[i] = " " * (start + body.end()) + line[start + body.end() :]
        return None  # the form's message: the header ends
    meta = ":" in stripped and (
        _META.fullmatch(stripped) is not None or _FORM_FIELD.fullmatch(stripped) is not None
    )
    if _section_hint(stripped) and _SECTION.search(stripped) and not meta:
        return True if under_addressee or _addressee_line(stripped) else None
    if _addressee_line(stripped) and (m := _ADDRESSEE.match(line)) is not None:
        if line[m.end() :].strip():  # "Yth. Pak Bupati, jalan kami rusak ..."
            lines[i] = " " * m.end() + line[m.end() :]
            return None
        lines[i] = " " * len(line)
        # "Yth. Bapak/Ibu," speaks to them: the body follows, not their address lines
        return not stripped.endswith(",")
    return _header_rest(lines, i, stripped, meta, under_addressee)


def _header_rest(
    lines: list[str], i: int, stripped: str, meta: bool, under_addressee: bool
) -> bool | None:
    """A number or date line, a greeting, or a short address line under an addressee."""
    if _is_greeting(stripped) and not meta:  # "Dengan hormat," ends the addressee's lines
        return _greeting_line(lines, i, stripped)
    if stripped[-1] == "," and _GREETED.fullmatch(stripped):  # "Bapak Kepala Desa,"
        lines[i] = " " * len(lines[i])
        return False
    if meta or (under_addressee and len(stripped.split()) <= 10 and stripped[-1] not in ".?!"):
        lines[i] = " " * len(lines[i])
        return True
    return None


def _is_greeting(stripped: str) -> bool:
    return (stripped[0] in _GREETING_FIRST or not stripped[0].isascii()) and (
        _GREETING.match(stripped) is not None
    )


def _greeting_line(lines: list[str], i: int, stripped: str) -> bool | None:
    """Blank the greeting that opens line i; None where text follows it (the header ends), else
    False: the lines after it are the body ("Dengan hormat,\nJembatan di desa kami ambruk"), not
    the addressee's."""
    line = lines[i]
    greeting = _GREETING.match(stripped)
    assert greeting is not None
    start = line.index(stripped[0])
    end = start + greeting.end()
    lines[i] = " " * end + line[end:]
    return None if line[end:].strip() else False


# Cheap tests before the case-insensitive patterns of a header line: every _SECTION match holds
# "bagian" or "kabag"; an addressee line and a greeting start with one of these letters (or a
# character outside ASCII, which case folding may turn into one). _SUBJECT and _META need a colon.
_ADDRESSEE_FIRST = frozenset("kKyYcC")
_GREETING_FIRST = frozenset("dDaAsSoOhH")
# a line that only says whom the letter speaks to: "Bapak Kepala Desa,", "Yth. Bapak/Ibu,"
# (the title and at most four words: a longer line that ends in a comma is a sentence)
_GREETED = re.compile(
    r"(?:yth\.?[ \t]+)?(?:bapak|ibu|pak|bu|saudara|sdr\.?|dear)\b(?:[ \t]*/[ \t]*\w+)?"
    r"(?:[ \t]+[\w.'-]+){0,4}[ \t]*,",
    re.IGNORECASE,
)


def _section_hint(line: str) -> bool:
    if not line.isascii():
        return True
    low = line.lower()
    return "bagian" in low or "kabag" in low


def _addressee_line(stripped: str) -> bool:
    first = stripped[0]
    if first not in _ADDRESSEE_FIRST and first.isascii():
        return False
    return _ADDRESSEE_LINE.match(stripped) is not None


def _blank_signature_block(lines: list[str]) -> None:
    """The last block of short lines, when it holds a NIP ("Kepala Bagian Perekonomian, / H.
    Arianto / NIP 1976...") or, a block of its own of at most _TITLE_BLOCK_LINES lines, opens
    with an official's title and place (_is_title_line): an official's signature, whose title
    names the sender's office."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and lines[start - 1].strip() and len(lines[start - 1].split()) <= 8:
        start -= 1
    # a block that is the whole text is the body itself ("TPP saya belum cair\nNIP 1987...")
    if 0 < start < end and (
        any(_NIP.match(line.strip()) for line in lines[start:end])
        # a block of its own that opens with an official's title and place, with no closing
        # formula before it: "Kepala Desa Bukit Pariaman,\nSumarno" (not "Kepala desa kami
        # tidak pernah di kantor", the matter)
        or (
            not lines[start - 1].strip()
            and end - start <= _TITLE_BLOCK_LINES
            and _is_title_line(lines[start].strip())
        )
    ):
        for k in range(start, end):
            lines[k] = " " * len(lines[k])


def _is_title_line(stripped: str) -> bool:
    """An official's title and the place or office it heads, in capitals: "Kepala Desa Bhuana
    Jaya", "Camat Loa Janan,", "a.n. Kepala Dinas Pertanian"."""
    found = _OFFICIAL_TITLE.match(stripped)
    if found is None:
        return False
    rest = stripped[found.end() :].strip(" ,.")
    return all(word[0].isupper() or word[0].isdigit() for word in rest.split())


def _blank_closing(lines: list[str]) -> None:
    """From the first closing formula after some body on, blank the lines if they are short;
    an official's signature block without a closing formula too."""
    _blank_signature_block(lines)
    body_seen = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if body_seen and _CLOSING.match(stripped) and _all_short(lines[i + 1 :]):
            closing_words = len(stripped.split())
            if closing_words <= 25:
                for k in range(i, len(lines)):
                    lines[k] = " " * len(lines[k])
                return
        body_seen = True


def _all_short(rest: list[str]) -> bool:
    return all(len(line.split()) <= _SIGNATURE_WORDS for line in rest)
