"""Repeated runs of a bench: every figure as min / median / max over the runs, never the best.

Shared by the benches; standalone (standard library only).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Sequence


def spread(values: Sequence[float]) -> tuple[float, float, float]:
    """(min, median, max) of one figure over the runs."""
    return min(values), statistics.median(values), max(values)


def summary(runs: Sequence[dict[str, float]]) -> dict[str, list[float]]:
    """Every figure of the runs as [min, median, max], rounded for the JSON line."""
    keys = [k for k in runs[0] if all(k in r for r in runs)]
    return {k: [round(v, 4) for v in spread([r[k] for r in runs])] for k in keys}


def print_summary(runs: Sequence[dict[str, float]], labels: dict[str, str]) -> None:
    """A table of the labelled figures: min, median and max over the runs."""
    width = max(len(label) for label in labels.values())
    print(f"{'figure':{width}} {'min':>10} {'median':>10} {'max':>10}   ({len(runs)} runs)")
    for key, label in labels.items():
        low, mid, high = spread([r[key] for r in runs])
        print(f"{label:{width}} {low:10.3f} {mid:10.3f} {high:10.3f}")


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far, from /proc (Linux)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime (fields 14 and 15)


def machine() -> str:
    """One line on where and when the figures were taken."""
    load = os.getloadavg()
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    return f"{when}; {os.cpu_count()} CPUs; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
