"""What the satisfaction survey (SKM; PermenPANRB 14/2017) asks and says: the nine elements
with their 1-4 scales, each question as sent in a chat, and the chat's other texts."""

from __future__ import annotations

from dataclasses import dataclass

MAX_COMMENT = 1000


@dataclass(frozen=True)
class Element:
    """One of the nine elements of PermenPANRB 14/2017 with its question and 1-4 scale."""

    key: str
    name: str
    question: str
    scale: tuple[str, str, str, str]


ELEMENTS: tuple[Element, ...] = (
    Element("U1", "Persyaratan", "Kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
            ("tidak sesuai", "kurang sesuai", "sesuai", "sangat sesuai")),
    Element("U2", "Sistem, mekanisme dan prosedur", "Kemudahan prosedur pelayanan?",
            ("tidak mudah", "kurang mudah", "mudah", "sangat mudah")),
    Element("U3", "Waktu penyelesaian", "Kecepatan waktu penyelesaian aduan Anda?",
            ("tidak cepat", "kurang cepat", "cepat", "sangat cepat")),
    Element("U4", "Biaya/tarif", "Kewajaran biaya/tarif pelayanan?",
            ("sangat mahal", "cukup mahal", "murah", "gratis")),
    Element("U5", "Produk spesifikasi jenis pelayanan",
            "Kesesuaian hasil pelayanan dengan standar pelayanan?",
            ("tidak sesuai", "kurang sesuai", "sesuai", "sangat sesuai")),
    Element("U6", "Kompetensi pelaksana", "Kemampuan petugas dalam melayani?",
            ("tidak kompeten", "kurang kompeten", "kompeten", "sangat kompeten")),
    Element("U7", "Perilaku pelaksana", "Kesopanan dan keramahan petugas?",
            ("tidak sopan", "kurang sopan", "sopan", "sangat sopan")),
    Element("U8", "Penanganan pengaduan, saran dan masukan",
            "Penanganan pengaduan, saran dan masukan?",
            ("tidak ada", "ada tetapi tidak berfungsi", "kurang maksimal", "dikelola dengan baik")),
    Element("U9", "Sarana dan prasarana", "Kualitas sarana dan prasarana pelayanan?",
            ("buruk", "cukup", "baik", "sangat baik")),
)  # fmt: skip


def question_text(index: int, channel: str) -> str:
    """Question `index` (0-8) as sent in a chat, with its scale."""
    e = ELEMENTS[index]
    scale = ", ".join(f"{i}={label}" for i, label in enumerate(e.scale, 1))
    if channel == "sms":
        return f"{index + 1}/9 {e.name}: {scale}"
    return f"Pertanyaan {index + 1}/9 ({e.name}): {e.question}\nBalas {scale}."


COMMENT_PROMPT = "Terakhir: ada saran? Balas SARAN diikuti saran Anda, atau 0 bila tidak ada."
THANKS = "Terima kasih atas penilaian Anda. Masukan Anda membantu kami memperbaiki layanan."
DECLINED = "Baik, survei dibatalkan. Terima kasih."
REASK = "Jawab dengan satu angka 1 sampai 4 (atau TIDAK untuk berhenti).\n"
