"""Varied Indonesian complaints for the benches: thousands of distinct texts, SMS to long letter.

Standalone (standard library only) so any bench can use it (bench/ingest.py, bench/routing.py):
    from bench.corpus import complaints
    texts = complaints(5000, seed=1)
The texts are put together from topics the Secretariat receives (roads, LPG, levies, water,
power, schooling, health insurance, permits, mining pits, procurement, floods, rubbish, staff
conduct...), places in Kutai Kartanegara, chat spellings and lengths drawn from SMS (one line)
to a letter (several paragraphs). Deterministic for a seed; every text differs.
"""

from __future__ import annotations

import random

PLACES = [
    "Tenggarong",
    "Tenggarong Seberang",
    "Loa Janan",
    "Loa Kulu",
    "Sebulu",
    "Muara Badak",
    "Samboja",
    "Kota Bangun",
    "Anggana",
    "Marangkayu",
    "Muara Jawa",
    "Sanga-Sanga",
    "Muara Kaman",
    "Kembang Janggut",
    "Tabang",
    "Kenohan",
    "Muara Muntai",
    "Muara Wis",
    "Separi",
    "Bukit Raya",
    "Jonggon",
    "Handil Bakti",
    "Sungai Meriam",
    "Embalut",
]
TOPICS = [
    (
        "{a} di desa {p} rusak parah, berlubang dan becek kalau hujan",
        ["jalan poros", "jalan lingkungan", "jembatan kayu", "jalan usaha tani", "gang"],
    ),
    (
        "gas elpiji 3 kg {a} di {p}, harganya sampai {n} ribu",
        ["langka", "susah dicari", "habis terus", "dijual di atas HET"],
    ),
    (
        "ada pungutan {a} waktu mengurus {b} di kantor kecamatan {p}",
        ["tanpa kuitansi", "liar", "yang tidak jelas dasarnya"],
    ),
    ("air PDAM di {p} {a} sudah {n} hari", ["mati", "keruh", "kecil sekali alirannya"]),
    ("listrik di {p} {a} hampir tiap malam", ["padam", "byar pet", "turun naik"]),
    (
        "beasiswa {a} anak kami di {p} belum cair padahal sudah diumumkan",
        ["kuliah", "prestasi", "Kukar Idaman", "SMA"],
    ),
    (
        "kartu BPJS PBI ibu saya di {p} {a}, ditolak di puskesmas",
        ["tidak aktif", "dinonaktifkan", "tidak terdaftar"],
    ),
    (
        "lubang bekas tambang batubara di {p} {a} dan dekat sekolah",
        ["tidak dipagar", "tidak direklamasi", "sudah memakan korban"],
    ),
    (
        "akun LPSE perusahaan kami {a} padahal batas penawaran tender besok",
        ["tidak bisa login", "terkunci", "gagal verifikasi"],
    ),
    (
        "banjir di {p} {a} dan drainase tidak pernah dibersihkan",
        ["sudah setinggi lutut", "merendam rumah warga", "tiap hujan deras"],
    ),
    ("sampah di pasar {p} {a}", ["menumpuk berhari-hari", "tidak diangkut", "dibakar sembarangan"]),
    (
        "petugas di kantor {b} {p} {a}",
        ["tidak ramah", "sering tidak di tempat", "minta uang rokok"],
    ),
    ("lampu jalan di {p} {a} sudah {n} minggu", ["mati", "rusak", "tidak pernah dinyalakan"]),
    (
        "bantuan sosial untuk lansia di {p} {a}",
        ["tidak tepat sasaran", "dipotong", "belum diterima"],
    ),
    ("proyek {a} di {p} mangkrak dan ditinggal kontraktor", ["gedung sekolah", "pasar", "turap"]),
]
OFFICES = ["KTP elektronik", "kartu keluarga", "akta kelahiran", "surat tanah", "izin usaha",
           "surat keterangan tidak mampu", "SKCK"]  # fmt: skip
OPEN = ["", "Assalamualaikum, ", "Selamat pagi pak, ", "Mohon izin melapor, ", "Pak bupati, ",
        "Yth. Sekretariat Daerah, ", "Tolong dong, ", "Permisi min, "]  # fmt: skip
DETAIL = [
    "Kami sudah lapor ke desa tapi belum ada tindak lanjut.",
    "Warga sudah {n} kali mengadu ke kecamatan.",
    "Anak-anak sekolah terpaksa lewat sana setiap hari.",
    "Kejadian ini sudah berlangsung sejak bulan lalu.",
    "Kami punya foto dan video sebagai bukti.",
    "Banyak warga yang dirugikan, terutama yang tidak mampu.",
    "Mohon dinas terkait turun langsung ke lapangan.",
    "Sudah pernah dijanjikan perbaikan tapi sampai sekarang belum ada.",
    "Kami khawatir terjadi kecelakaan kalau dibiarkan.",
    "Informasi ini juga sudah ramai di grup WhatsApp warga.",
    "Ketua RT {n} bisa dihubungi untuk keterangan lebih lanjut.",
    "Pedagang di sekitar sana ikut mengeluh karena pembeli sepi.",
]
CLOSE = ["", " Terima kasih.", " Mohon ditindaklanjuti.", " Tolong segera diperbaiki pak.",
         " Atas perhatiannya kami ucapkan terima kasih.", " Mksh."]  # fmt: skip
SLANG = {"tidak": "gak", "sudah": "udh", "terima kasih": "makasih", "dengan": "dgn",
         "yang": "yg", "belum": "blm", "tolong": "tlg"}  # fmt: skip
LENGTHS = [("sms", 0.35, 0), ("chat", 0.3, 2), ("email", 0.25, 5), ("letter", 0.1, 14)]


def complaint(rng: random.Random) -> str:
    """One complaint of a random length class."""
    kind = rng.choices(LENGTHS, weights=[w for _, w, _ in LENGTHS])[0]
    text = rng.choice(OPEN) + _sentence(rng) + "."
    extra = kind[2] + (rng.randint(0, kind[2]) if kind[2] else 0)
    details = [_fill(rng.choice(DETAIL), rng) for _ in range(extra)]
    if kind[0] == "letter":
        paragraphs = [" ".join(details[i : i + 4]) for i in range(0, len(details), 4)]
        text = "\n\n".join([text, *(f"Selain itu, {_sentence(rng)}. {p}" for p in paragraphs)])
    elif details:
        text += " " + " ".join(details)
    text += rng.choice(CLOSE)
    if kind[0] in ("sms", "chat") and rng.random() < 0.5:
        for word, short in SLANG.items():
            text = text.replace(word, short)
    return text


def complaints(count: int, seed: int = 1) -> list[str]:
    """`count` distinct complaints, the same for the same seed."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        text = complaint(rng)
        if text in seen:
            text = f"{text} (laporan ke-{len(out) + 1})"
        seen.add(text)
        out.append(text)
    return out


def _sentence(rng: random.Random) -> str:
    template, choices = rng.choice(TOPICS)
    return _fill(template, rng, choices)


def _fill(template: str, rng: random.Random, choices: list[str] | None = None) -> str:
    return template.format(
        a=rng.choice(choices or ["rusak"]), b=rng.choice(OFFICES), p=rng.choice(PLACES),
        n=rng.randint(2, 60),
    )  # fmt: skip


if __name__ == "__main__":
    texts = complaints(5000)
    sizes = sorted(len(t) for t in texts)
    print(f"{len(set(texts))} distinct; length min {sizes[0]}, median {sizes[len(sizes) // 2]},"
          f" max {sizes[-1]}")  # fmt: skip
    for t in texts[:4]:
        print("-", t[:300].replace("\n", " / "))
