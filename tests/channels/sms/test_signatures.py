"""Signature checks of the three SMS dialects, and the forgeries they refuse."""

from __future__ import annotations

import json

import pytest

from channels.errors import SignatureError
from channels.signing import hmac_hex
from channels.sms import android, generic, twilio

BODY = b'{"id": "gw-1", "from": "081255550126", "text": "jalan rusak"}'
URL = "https://aduan.kukarkab.go.id/webhooks/sms/twilio"
PARAMS = {"MessageSid": "SM1", "From": "+6281250001234", "Body": "tolong"}


def test_generic_accepts_its_own_signature() -> None:
    generic.verify(BODY, generic.sign(BODY, "s3cret"), "s3cret")


@pytest.mark.parametrize(
    ("body", "header"),
    [
        (BODY, None),
        (BODY, ""),
        (BODY, generic.sign(BODY, "wrong")),
        (BODY[:-2] + b"X}", generic.sign(BODY, "s3cret")),
        (
            json.dumps(json.loads(BODY), separators=(",", ":")).encode(),
            generic.sign(BODY, "s3cret"),
        ),
        (BODY, generic.sign(BODY, "s3cret").replace("sha256=", "")),
    ],
    ids=["missing", "empty", "wrong key", "byte flipped", "re-serialised", "no prefix"],
)
def test_generic_forgeries_are_refused(body: bytes, header: str | None) -> None:
    with pytest.raises(SignatureError):
        generic.verify(body, header, "s3cret")


def test_android_signature_over_body_and_timestamp() -> None:
    sig = hmac_hex("key", BODY + b"1700000000")
    android.verify(BODY, "1700000000", sig, "key", now=1700000100, max_age=300)


@pytest.mark.parametrize(
    ("ts", "sig_ts", "now", "key", "match"),
    [
        (None, "1700000000", 1700000000, "key", "missing X-Timestamp"),
        ("1700000000", "1700000000", 1700000301, "key", "300 s"),
        ("1700000400", "1700000400", 1700000000, "key", "300 s"),
        ("1700000001", "1700000000", 1700000000, "key", "does not match"),
        ("1700000000", "1700000000", 1700000000, "other", "does not match"),
        ("yesterday", "1700000000", 1700000000, "key", "Unix time"),
    ],
    ids=["no timestamp", "stale", "future", "timestamp swapped", "wrong key", "junk time"],
)
def test_android_forgeries_are_refused(
    ts: str | None, sig_ts: str, now: float, key: str, match: str
) -> None:
    sig = hmac_hex(key, BODY + sig_ts.encode())
    with pytest.raises(SignatureError, match=match):
        android.verify(BODY, ts, sig, "key", now=now, max_age=300)


def test_twilio_signature_with_and_without_default_port() -> None:
    signed_with_port = twilio.signature(
        "https://aduan.kukarkab.go.id:443/webhooks/sms/twilio", PARAMS, "tok"
    )
    twilio.verify(URL, PARAMS, signed_with_port, "tok")
    twilio.verify(URL, PARAMS, twilio.signature(URL, PARAMS, "tok"), "tok")


def test_twilio_documented_example() -> None:
    # The worked example of https://www.twilio.com/docs/usage/security#validating-requests
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    params = {
        "CallSid": "CA1234567890ABCDE",
        "Caller": "+12349013030",
        "Digits": "1234",
        "From": "+12349013030",
        "To": "+18005551212",
    }
    assert twilio.signature(url, params, "12345") == "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


@pytest.mark.parametrize(
    ("params", "sig_key"),
    [
        ({**PARAMS, "Body": "tolonG"}, "tok"),
        (PARAMS, "other"),
        ({**PARAMS, "Extra": "1"}, "tok"),
    ],
    ids=["body changed", "wrong token", "field added"],
)
def test_twilio_forgeries_are_refused(params: dict[str, str], sig_key: str) -> None:
    sig = twilio.signature(URL, PARAMS, sig_key)
    with pytest.raises(SignatureError):
        twilio.verify(URL, params, sig, "tok")


def test_twilio_missing_header_is_refused() -> None:
    with pytest.raises(SignatureError, match="missing"):
        twilio.verify(URL, PARAMS, None, "tok")
