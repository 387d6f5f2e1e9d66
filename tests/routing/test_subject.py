"""A letter's subject line ("Perihal: ...") and the sentence that asks ("Mohon ...") name the
matter: a section with a topical term there gets `routing.subject_bonus` or
`routing.request_bonus` (routing/router.py, Router._add_bonuses)."""

from __future__ import annotations

from tests.routing.helpers import router

MINE = {"id": "tambang", "section": "adpem", "any": ["tambang", "lubang"], "weight": 2}
VILLAGE = {"id": "desa", "section": "kesra", "any": ["kepala desa", "reses"], "weight": 2}
PLACE = {"id": "tempat", "section": "kesra", "any": ["desa", "rt"], "weight": 0.3}
LETTER = (
    "Yth. Pemerintah Kabupaten\n\nPerihal: {subject}\n\nDengan hormat,\n"
    "Lubang itu tidak berpagar. Masalah ini sudah kami sampaikan ke kepala desa dan dalam reses "
    "anggota DPRD, tetapi yang datang hanya untuk berfoto.\n\nHormat kami,\nJumadi"
)


def test_a_topic_in_the_subject_line_weighs_more() -> None:
    r = router([MINE, VILLAGE, PLACE])
    d = r.route(LETTER.format(subject="Lubang bekas tambang di RT 08 Desa Loa Ulung"), "email")
    assert d.section == "adpem"
    assert d.scores == {"adpem": 3.0, "kesra": 2.3}  # 2 + 1 for the subject; 2 + 0.3
    # without it, the body's words decide
    d = r.route(LETTER.format(subject="Mohon bantuan"), "email")
    assert d.scores == {"kesra": 2.3, "adpem": 2.0}


def test_no_bonus_for_a_place_word_a_reply_a_chat_message_or_a_bonus_of_zero() -> None:
    r = router([MINE, VILLAGE, PLACE])
    # "Desa Loa Ulung": a weak rule's place word names where, not what
    assert r.route(LETTER.format(subject="Desa Loa Ulung"), "email").section == "kesra"
    # a reply's subject names the earlier matter, which the reply may have left
    d = r.route(LETTER.format(subject="Re: Lubang bekas tambang"), "email")
    assert d.scores.get("adpem", 0) < 3.0
    # a chat message has no subject line
    chat = LETTER.format(subject="Lubang bekas tambang").replace("\n", " ")
    assert r.route(chat, "whatsapp").scores.get("adpem") == 2.0
    off = router([MINE, VILLAGE, PLACE], subject_bonus=0)
    assert off.route(LETTER.format(subject="Lubang bekas tambang"), "email").section == "kesra"


def test_a_forwards_subject_counts_and_no_pointer_sets_the_subject_aside() -> None:
    r = router([MINE, VILLAGE, PLACE])
    forward = (
        "Mohon ditindaklanjuti.\n\n---------- Forwarded message ---------\n"
        "From: Pemerintah Desa <desa@example.org>\nSubject: Lubang bekas tambang\n"
        "To: humas@example.org\n\nDengan hormat, kami sampaikan ke kepala desa dan reses.\n"
    )
    assert r.route(forward, "email").scores["adpem"] == 3.0  # 2 + 1: the forward's subject
    # "Yang saya keluhkan adalah ..." sets aside what comes before it, but not the subject
    pointed = LETTER.format(subject="Lubang bekas tambang").replace(
        "Hormat kami", "Yang saya keluhkan adalah pelayanannya.\n\nHormat kami"
    )
    d = r.route(pointed, "email")
    assert d.section == "adpem"
    assert "lubang" not in {term for _, term, _ in d.ignored}
    assert ("desa", "kepala desa", "set aside by 'yang saya keluhkan'") in d.ignored


def test_the_sentence_that_asks_weighs_more_and_says_so() -> None:
    r = router([MINE, VILLAGE, PLACE])
    text = "Lubang itu tidak berpagar. Kades dan reses sudah tahu. Mohon tambang itu dipagari."
    d = r.route(text, "whatsapp")
    assert d.scores == {"adpem": 2.5, "kesra": 2.0}  # 2 + 0.5 for the request
    assert d.bonuses == (("request", "adpem", 0.5),)
    assert d.to_dict()["bonuses"] == [{"kind": "request", "section": "adpem", "amount": 0.5}]
    assert "+0.5 for the request" in d.explain()
    # an apology asks for nothing; a bonus of zero is none
    assert r.route(text.replace("Mohon tambang", "Mohon maaf, tambang"), "whatsapp").bonuses == ()
    off = router([MINE, VILLAGE, PLACE], request_bonus=0)
    assert off.route(text, "whatsapp").scores == {"adpem": 2.0, "kesra": 2.0}


def test_a_web_forms_title_is_a_subject_line_but_not_an_address() -> None:
    r = router([MINE, VILLAGE, PLACE])
    form = "Judul: {subject}\nIsi: Lubang itu tidak berpagar, kepala desa dan reses sudah tahu."
    assert r.route(form.format(subject="Lubang tambang"), "web").scores["adpem"] == 3.0
    # "Judul: untuk Bagian ...", "Perihal: Kepada ...": whom the writer addresses, not the matter
    assert r.route(form.format(subject="untuk tambang"), "web").scores["adpem"] == 2.0
    assert r.route(form.format(subject="Kepada lubang"), "web").bonuses == ()
