"""Prometheus metrics of the service (default registry)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

MESSAGES = Counter("aduan_messages_received_total", "Inbound messages stored", ["channel"])
DUPLICATES = Counter("aduan_duplicates_total", "Inbound messages already stored", ["channel"])
COMPLAINTS = Counter("aduan_complaints_total", "New complaints", ["section"])
DEAD_LETTERS = Counter("aduan_dead_letters_total", "Input kept as dead letters", ["channel"])
SIGNATURE_FAILURES = Counter(
    "aduan_signature_failures_total", "Webhook requests with a bad signature", ["channel"]
)
OUTBOX_SENT = Counter("aduan_outbox_sent_total", "Messages delivered", ["channel"])
OUTBOX_FAILURES = Counter(
    "aduan_outbox_failures_total", "Failed delivery attempts", ["channel", "final"]
)
OUTBOX_PENDING = Gauge("aduan_outbox_pending", "Messages waiting to be sent")
CHANNEL_HEALTHY = Gauge("aduan_channel_healthy", "1 when the channel works", ["channel"])
REQUEST_SECONDS = Histogram(
    "aduan_request_seconds",
    "HTTP request latency",
    ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)
