"""The /lapor form's own checks, written in Indonesian per field (not the validator's English)."""

from __future__ import annotations

import re

from channels.phones import to_e164

CONTACT_FIELDS = ("phone", "email")
MIN_TEXT = 10
MAX_NAME = 200
# A plain address check: something@domain.tld, no spaces; the mail server has the last word.
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def contact_problem(contact: str, region: str = "ID") -> str | None:
    """Why a typed contact cannot carry an answer, or None when it can (or is left empty)."""
    typed = contact.strip()
    if not typed:
        return None
    if "@" in typed:
        if EMAIL.match(typed):
            return None
        return "Alamat email belum lengkap. Contoh: nama@contoh.com."
    if to_e164(typed, region) is not None:
        return None
    return (
        "Nomor HP belum lengkap atau tidak dikenal. Tulis nomor lengkap, "
        "misalnya 0812 3456 7890 atau +62 812 3456 7890, atau tulis alamat email."
    )


def form_problems(form: dict[str, str], max_chars: int, region: str = "ID") -> dict[str, str]:
    """Each field's problem, by field name; empty when the form can be accepted."""
    problems: dict[str, str] = {}
    if "contact" in form:  # a single-field form (older pages, scripts)
        form = {**form, "phone": form["contact"]}
    text = form.get("text", "").strip()
    if not text:
        problems["text"] = "Isi aduan masih kosong. Ceritakan apa yang terjadi, di mana dan kapan."
    elif len(text) < MIN_TEXT:
        problems["text"] = f"Isi aduan terlalu pendek: tulis paling sedikit {MIN_TEXT} huruf."
    elif len(text) > max_chars:
        problems["text"] = (
            f"Isi aduan terlalu panjang: {len(text):,} huruf, paling banyak {max_chars:,}. "
            "Ringkas teksnya lalu kirim lagi."
        ).replace(",", ".")
    if len(form.get("name", "").strip()) > MAX_NAME:
        problems["name"] = f"Nama terlalu panjang: paling banyak {MAX_NAME} huruf."
    for field in CONTACT_FIELDS:
        typed = form.get(field, "")
        problem = contact_problem(typed, region) if len(typed) <= MAX_NAME else None
        if len(typed) > MAX_NAME:
            problem = "Kontak terlalu panjang: tulis satu nomor HP atau satu alamat email."
        if problem:
            problems[field] = problem
    return problems


def contact_of(form: dict[str, str]) -> str:
    """The one contact answers go to: the phone number when both are given (most people read
    SMS first), else the email address (`contact` is the single field of older forms)."""
    for field in ("contact", *CONTACT_FIELDS):
        if form.get(field, "").strip():
            return form[field].strip()
    return ""
