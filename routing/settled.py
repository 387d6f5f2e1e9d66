"""Sentences that report a topic as settled: "AC ruang kerja yang mati sudah ditangani, terima
kasih. Sekarang ... TPP kami dipotong". A letter that first closes an earlier matter and then
asks for something else is about the second: the first sentence's terms do not count
(routing/context.py, Context.unsettled), as long as the rest of the text has terms that do.

A sentence is settled when it holds "sudah" or "telah" (after slang: "sdh", "udh", "dah"), then a
word of a finished state ("ditangani", "selesai", "normal", "aman", "lunas", ...), not denied
("belum selesai", "tak kunjung beres"), and nothing after it in the sentence says it is not over
("sudah diperbaiki tapi rusak lagi", "sudah selesai, pembayaran belum"). It is not settled when it
is a question or a condition ("kalau sudah selesai kabari", "apakah sudah dibayar?"), or when the
next sentence says it came back ("Sekarang rusak lagi."). A next sentence that opens with "Namun"
or "Tapi" turns to another matter ("beasiswa ... sudah cair bulan lalu. Namun ... rehab gedung").
"""

from __future__ import annotations

from routing.text import Tokens

_DONE = frozenset({"=sudah", "=telah"})
_FINISHED = frozenset({
    "=ditangani", "=selesai", "=diselesaikan", "=terselesaikan", "=beres", "=dibereskan",
    "=kelar", "=normal", "=aman", "=diperbaiki", "=teratasi", "=diatasi", "=lunas",
    "=dilunasi", "=dibayar", "=dibayarkan", "=cair", "=dicairkan", "=clear", "=tuntas",
    "=ditindaklanjuti", "=ditanggapi", "=tercatat", "=berfungsi",
})  # fmt: skip
_DENIED = frozenset({
    "=tidak", "=belum", "=tak", "=gak", "=nggak", "=ga", "=kunjung", "=bukan", "=blm",
})  # fmt: skip
_NOT_OVER = frozenset({
    "=tapi", "=tetapi", "=namun", "=padahal", "=sedangkan", "=belum", "=masih", "=lagi",
    "=kembali",
})  # fmt: skip
_CAME_BACK = frozenset({"=lagi", "=kembali"})
_IF = frozenset({
    "=kalau", "=kalo", "=jika", "=bila", "=apabila", "=setelah", "=sebelum", "=sampai",
    "=hingga", "=agar", "=supaya", "=biar", "=apakah", "=kapan", "=semoga", "=asal",
})  # fmt: skip
_SENTENCE_END = frozenset(".!?\n;")
HINTS = (" =sudah ", " =telah ")  # a text without one has no settled sentence


def settled_sentences(tokens: Tokens) -> list[tuple[int, int, str]]:
    """The settled sentences of a text: (first token, last token, the words that settle it)."""
    sentences = _sentences(tokens)
    words = [set(s.split()) for s in tokens.surfaces]
    out: list[tuple[int, int, str]] = []
    for k, (first, last, question) in enumerate(sentences):
        phrase = None if question else _settling(words, first, last)
        if phrase is None:
            continue
        if k + 1 < len(sentences):
            n_first, n_last, _ = sentences[k + 1]
            if any(not _CAME_BACK.isdisjoint(w) for w in words[n_first : n_last + 1]):
                continue
        out.append((first, last, phrase))
    return out


def _sentences(tokens: Tokens) -> list[tuple[int, int, bool]]:
    """(first token, last token, whether it ends with "?") of each sentence."""
    parts = tokens.parts
    count = len(tokens.surfaces)
    out: list[tuple[int, int, bool]] = []
    start = 0
    for t in range(count):
        gap = parts[2 * t + 2]
        if t == count - 1 or (gap != " " and not _SENTENCE_END.isdisjoint(gap)):
            out.append((start, t, "?" in gap))
            start = t + 1
        elif "?" in gap:  # "udah dibayar? kok ditagih" - a question without a full stop
            out.append((start, t, True))
            start = t + 1
    return out


def _settling(words: list[set[str]], first: int, last: int) -> str | None:
    """The words that settle the sentence of tokens first..last ("sudah ditangani"), or None."""
    marker = None
    for t in range(first, last + 1):
        if not _IF.isdisjoint(words[t]) and marker is None:
            return None  # a condition or a question before the "sudah"
        if marker is None and not _DONE.isdisjoint(words[t]):
            marker = t
            continue
        if marker is None or _FINISHED.isdisjoint(words[t]):
            continue
        if any(not _DENIED.isdisjoint(words[k]) for k in range(max(marker, t - 2), t)):
            continue
        if any(not _NOT_OVER.isdisjoint(words[k]) for k in range(t + 1, last + 1)):
            return None
        done = min(_DONE & words[marker])
        return f"{done[1:]} {min(_FINISHED & words[t])[1:]}"
    return None
