"""Tracking codes: unguessable, short, and forgiving of how people type them."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from store.tracking import ALPHABET, RANDOM_SYMBOLS, check_symbol, find_codes, new_code, normalise

codes = st.builds(lambda _: new_code("KK"), st.integers())


def test_code_shape_and_entropy() -> None:
    code = new_code("KK")
    prefix, first, second = code.split("-")
    assert prefix == "KK" and len(first) == 5 and len(second) == 5
    assert RANDOM_SYMBOLS * math.log2(len(ALPHABET)) >= 40
    assert len({new_code("KK") for _ in range(2000)}) == 2000


@given(codes, st.sampled_from([str.lower, str.upper, lambda s: s]), st.sampled_from(["-", " ", ""]))
def test_case_and_separators_do_not_matter(code: str, case: object, sep: str) -> None:
    typed = case(code.replace("-", sep))  # type: ignore[operator]
    assert normalise(typed, "KK") == code


@given(codes)
def test_confusable_letters_read_as_digits(code: str) -> None:
    typed = code[3:].replace("0", "O").replace("1", "I")
    assert normalise(typed, "KK") == code
    assert normalise(code.replace("1", "l"), "KK") == code


@given(codes, st.integers(min_value=3, max_value=13), st.sampled_from(ALPHABET))
def test_one_wrong_symbol_is_caught(code: str, position: int, symbol: str) -> None:
    if code[position] == "-" or code[position] == symbol:
        return
    typo = code[:position] + symbol + code[position + 1 :]
    body = typo.replace("-", "")[2:]
    # the check symbol misses only a substitution whose value differs by a multiple of 31
    if check_symbol(body[:-1]) == body[-1]:
        assert abs(ALPHABET.index(symbol) - ALPHABET.index(code[position])) % 31 == 0
    else:
        assert normalise(typo, "KK") is None


def test_garbage_is_not_a_code() -> None:
    for typed in ["", "KK", "KK-12345", "hello world", "KK-UUUUU-UUUUU", "😀" * 10]:
        assert normalise(typed, "KK") is None


@given(codes, st.text(max_size=40), st.text(max_size=40))
def test_codes_are_found_in_free_text(code: str, before: str, after: str) -> None:
    text = f"{before} {code.lower()} {after}"
    assert code in find_codes(text, "KK")


def test_a_body_that_begins_like_the_prefix() -> None:
    body = "KK43J" + "CBJY"
    code = f"KK-{body[:5]}-{body[5:]}{check_symbol(body)}"
    assert normalise(code, "KK") == code
    assert normalise(code[3:], "KK") == code  # typed without the prefix
    assert normalise(code.replace("-", "").lower(), "KK") == code
