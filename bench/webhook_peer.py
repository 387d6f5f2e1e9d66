"""The minimal peer of bench/webhook.py: the same HMAC check, one row inserted with sqlite3.

What any webhook receiver has to do at least (read the body, check the signature, commit one
row, answer), on the same uvicorn with the same options as `aduan serve` (ingest/serve.py), so
aduan's figures can be read beside it. bench/webhook.py starts it; by hand:
    python bench/webhook_peer.py --port 8001 --db /tmp/peer.db
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as `python bench/<name>.py`: bench/ must not shadow the standard library (bench/email.py).
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse
import hashlib
import hmac
import json
import os
import sqlite3

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

SECRET = os.environ.get("SMS_WEBHOOK_SECRET", "bench-secret").encode()
INSERT = "INSERT OR IGNORE INTO message (channel, external_id, sender, text) VALUES (?, ?, ?, ?)"


def make_app(path: str) -> Starlette:
    """The app, writing to the SQLite file at `path` (WAL, synchronous=NORMAL, as aduan)."""
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)  # autocommit
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS message (id INTEGER PRIMARY KEY, channel TEXT NOT NULL,"
        " external_id TEXT NOT NULL, sender TEXT, text TEXT,"
        " received_at TEXT DEFAULT CURRENT_TIMESTAMP, UNIQUE (channel, external_id))"
    )

    async def sms(request: Request) -> JSONResponse:
        body = await request.body()
        expected = "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, request.headers.get("x-aduan-signature", "")):
            return JSONResponse({"detail": "bad signature"}, status_code=401)
        try:
            data = json.loads(body)
            row = ("sms", f"generic:{data['id']}", str(data["from"]), str(data["text"]))
        except (ValueError, KeyError, TypeError):
            return JSONResponse({"detail": "unreadable body"}, status_code=400)
        conn.execute(INSERT, row)  # committed before the answer
        return JSONResponse({"status": "stored"})

    return Starlette(routes=[Route("/webhooks/sms/generic", sms, methods=["POST"])])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    uvicorn.run(make_app(args.db), host="127.0.0.1", port=args.port, log_level="info",
                access_log=False)  # fmt: skip
