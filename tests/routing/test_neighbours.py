"""The triage second opinion: nearest neighbours over normalised words."""

from __future__ import annotations

from routing.neighbours import Past, indexed, second_opinion, similar, similar_in
from routing.text import Normaliser

POOL = [
    Past(1, "KK1", "sarang walet di loteng rumah kosong berisik", "hukum"),
    Past(2, "KK2", "izin usaha sarang walet belum keluar", "hukum"),
    Past(3, "KK3", "jembatan kayu di desa kami ambruk", "adpem"),
    Past(4, "KK4", "walet dan jembatan", "adpem"),
    Past(5, "KK5", "pelayanan kantor lambat sekali", "organisasi"),
]


def test_the_likeliest_sections_come_from_the_most_similar_complaints() -> None:
    ops = second_opinion(Normaliser(), "sarang-sarang walet bikin berisik", POOL)
    assert [o.section for o in ops] == ["hukum", "adpem"]
    assert ops[0].share > 0.5 and abs(sum(o.share for o in ops) - 1) < 0.01
    assert [p.code for p, _ in ops[0].similar] == ["KK1", "KK2"]


def test_nothing_similar_gives_no_opinion() -> None:
    assert second_opinion(Normaliser(), "xyzzy", POOL) == []
    assert second_opinion(Normaliser(), "walet", []) == []


def test_at_most_three_sections() -> None:
    pool = [Past(i, f"K{i}", f"lampu rusak nomor {i}", f"s{i}") for i in range(6)]
    assert len(second_opinion(Normaliser(), "lampu rusak", pool)) == 3


def test_a_pool_weighed_once_answers_as_the_pool_itself() -> None:
    norm = Normaliser()
    ready = indexed(norm, POOL)
    for text in ("sarang-sarang walet bikin berisik", "jembatan ambruk", "xyzzy", "walet"):
        assert similar_in(norm, text, ready) == similar(norm, text, POOL)
        assert second_opinion(norm, text, ready) == second_opinion(norm, text, POOL)
    assert similar_in(norm, "jembatan ambruk", ready)[0].past.code == "KK3"
