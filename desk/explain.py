"""What officers read instead of the machine's words: the routing decision as a sentence,
delivery states, senders as people write them, and the audit trail as a timeline."""

from __future__ import annotations

from typing import Any

import phonenumbers

from settings.root import Settings
from store.models import Event

DELIVERY = {
    "pending": "menunggu dikirim",
    "sending": "sedang dikirim",
    "sent": "terkirim",
    "failed": "gagal, akan dicoba lagi",
    "undeliverable": "tidak dapat dikirim",
}
KINDS = {
    "ack": "tanda terima otomatis",
    "reply": "balasan petugas",
    "status": "jawaban status otomatis",
    "followup": "tanggapan otomatis",
    "survey": "survei kepuasan",
    "duplicate": "pemberitahuan duplikat",
    "notify": "pemberitahuan",
    "alert": "peringatan",
    "complaint": "aduan",
    "command": "perintah warga",
    "edit": "pesan diubah",
}
# Known delivery errors, summarised (the provider's own words stay one click away).
ERRORS = (
    ("attachment ", "Lampiran balasan tidak terkirim; teks yang sudah terkirim tidak diulang."),
    ("no outbound transport", "Kanal ini belum punya pengirim yang disiapkan oleh admin."),
    ("marked undeliverable", "Alamat warga ini sebelumnya ditandai tidak dapat dihubungi."),
    ("timed out", "Penyedia layanan tidak menjawab tepat waktu; akan dicoba lagi."),
    ("rate", "Penyedia layanan membatasi jumlah kiriman; akan dicoba lagi nanti."),
    ("401", "Kredensial kanal ditolak penyedia; hubungi admin."),
    ("403", "Kredensial kanal ditolak penyedia; hubungi admin."),
)


def delivery_error(
    error: str | None, fallback: str = "Pengiriman gagal di penyedia layanan."
) -> str | None:
    """An Indonesian summary of a delivery (or polling) error, or None when there was none."""
    if not error:
        return None
    low = error.lower()
    for needle, summary in ERRORS:
        if needle in low:
            return summary
    return fallback


def sender_label(channel: str, sender: str | None) -> str | None:
    """A sender as people read it: a phone number, an address, "Formulir web"."""
    if channel == "web":
        return "Formulir web"
    if not sender:
        return None
    if sender.startswith("+"):
        try:
            number = phonenumbers.parse(sender, None)
        except phonenumbers.NumberParseException:
            return sender
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    prefix, _, rest = sender.partition(":")
    if prefix in ("telegram", "x", "whatsapp") and rest:
        return f"akun {rest}"
    return sender


def _rule_descriptions(settings: Settings) -> dict[str, str]:
    return {r.id: r.description for r in settings.routing.rules if r.description}


def decision_sentence(settings: Settings, decision: dict[str, Any], text: str) -> str:
    """The router's decision in one Indonesian sentence."""
    section = settings.section_name(str(decision.get("section") or ""))
    scores = {k: float(v) for k, v in (decision.get("scores") or {}).items()}
    if decision.get("fallback"):
        best = max(scores.items(), key=lambda kv: kv[1], default=None)
        near = (f" Paling mendekati: {settings.section_name(best[0])} (skor {best[1]:g})."
                if best else " Tidak ada aturan yang cocok.")  # fmt: skip
        return (
            f"Tidak ada aturan yang cukup cocok, jadi aduan masuk ke {section} untuk triase.{near}"
        )
    rules = [str(r) for r in decision.get("rules") or []]
    words: list[str] = []
    for m in decision.get("matches") or []:
        if m.get("rule") in rules and isinstance(m.get("start"), int):
            word = text[m["start"] : m["end"]] or str(m.get("term", ""))
            if word and f"“{word}”" not in words:
                words.append(f"“{word}”")
    names = _rule_descriptions(settings)
    why = "; ".join(names.get(r, r) for r in rules) or "-"
    found = f"karena kata {', '.join(words[:8])}" if words else "karena aturan"
    how = "aturan yang menentukan" if decision.get("decided") else "aturan"
    return f"Dirutekan ke {section} {found} ({how}: {why})."


STATUS = {"baru": "Baru", "diproses": "Diproses", "selesai": "Selesai", "ditutup": "Ditutup"}
FIXED = {
    "reopen": "membuka kembali aduan",
    "reply": "membalas warga",
    "note": "menulis catatan internal",
    "overdue": "batas waktu terlewati",
    "auto_close": "ditutup otomatis",
    "ack_suppressed": "tanda terima otomatis ditahan (terlalu banyak ke alamat ini)",
    "read": "membuka aduan",
    "identity_view": "melihat identitas pelapor",
}


def event_line(settings: Settings, event: Event) -> str:
    """One audit event as a line of the timeline (who did it is shown next to it)."""
    d: dict[str, Any] = dict(event.detail or {})
    name = settings.section_name
    if event.action == "status":
        before, after = str(d.get("from")), str(d.get("to"))
        line = f"mengubah status {STATUS.get(before, before)} → {STATUS.get(after, after)}"
        return line + (f" (kasus bersama #{d['case']})" if "case" in d else "")
    if event.action == "reassign":
        return f"mengalihkan dari {name(d.get('from') or '')} ke {name(d.get('to') or '')}"
    if event.action == "reroute":
        return f"aturan baru memindahkan aduan ke {name(d.get('to') or '')}"
    return _other_line(event, d)


def _other_line(event: Event, d: dict[str, Any]) -> str:
    if event.action == "duplicate":
        return f"menandai duplikat dari {d.get('of')}"
    if event.action == "duplicate_linked":
        return f"aduan {d.get('duplicate') or ''} ditautkan sebagai duplikatnya"
    if event.action == "assign":
        return assign_line(event.actor, d)
    return _case_line(event.action, d) or FIXED.get(event.action, event.action.replace("_", " "))


def _case_line(action: str, d: dict[str, Any]) -> str | None:
    """A shared case's event: joined, taken out, or the case's answer to this citizen."""
    case = d.get("case")
    if case is None or action not in ("case_join", "case_leave", "reply"):
        return None
    if action == "reply":
        return f"membalas warga (jawaban kasus bersama #{case})"
    verb = "menggabungkan ke" if action == "case_join" else "mengeluarkan dari"
    return f"{verb} kasus bersama #{case}"


# Why the system let go of an assignee (desk/assign.py).
RELEASED = {
    "reassign": "karena aduan dialihkan ke bagian lain",
    "disabled": "karena akun petugas dinonaktifkan",
}


def assign_line(actor: str, d: dict[str, Any]) -> str:
    """Who handles the complaint now, as the timeline says it."""
    before, after = d.get("from"), d.get("to")
    if after is None:
        why = RELEASED.get(str(d.get("why")), "")
        return " ".join(filter(None, (f"melepas penanganan oleh {before}", why)))
    if after == actor:
        return f"mengambil aduan (sebelumnya ditangani {before})" if before else "mengambil aduan"
    handed = f"menyerahkan aduan kepada {after}"
    return f"{handed} (sebelumnya ditangani {before})" if before else handed


DEAD_LETTER_STATUS = {"new": "baru", "reprocessed": "sudah diproses ulang", "discarded": "dibuang"}
# Why an input could not be read, in words an admin acts on (the parser's words stay below it).
DEAD_LETTERS = (
    ("not json", "Isi kiriman bukan JSON yang sah."),
    ("not utf-8", "Teks kiriman tidak dalam pengodean UTF-8."),
    ("larger than", "Kiriman melebihi batas ukuran."),
    ("over ", "Kiriman melebihi batas ukuran."),
    ("size", "Kiriman melebihi batas ukuran."),
    ("missing", "Kolom wajib tidak ada dalam kiriman."),
    ("required", "Kolom wajib tidak ada dalam kiriman."),
    ("field", "Ada kolom yang isinya tidak sah."),
    ("date", "Tanggal dalam kiriman tidak dapat dibaca."),
    ("charset", "Pengodean huruf surel tidak dapat dibaca."),
    ("encoding", "Pengodean huruf kiriman tidak dapat dibaca."),
)


def dead_letter_summary(reason: str) -> str:
    """An Indonesian one-line summary of why an input became a dead letter."""
    low = reason.lower()
    for needle, summary in DEAD_LETTERS:
        if needle in low:
            return summary
    return "Kiriman tidak dapat dibaca oleh pengurai kanal."
