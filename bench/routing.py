"""Routing throughput: the default rules over the dev-set texts, then 10 to 10,000 generated rules.

Run: .venv/bin/python bench/routing.py [--dataset ../shared/routing-dev.jsonl] [--seconds 2]
Prints a table, the ratios to the 10-rule baseline measured in the same run, and one JSON line.
Generated rules use random words that rarely occur in complaints, added to the default rules, so
the figure shows what the number of rules costs the matcher (not how many rules happen to fire).
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
import time
from pathlib import Path
from typing import Any

# Run as a script, this file's folder comes first on sys.path and its name would hide the
# `routing` package; put the repository root there instead.
ROOT = Path(__file__).resolve().parent.parent
sys.path[:1] = [str(ROOT)]

from ingest.config import load_settings
from routing import Router, RoutingConfig, Rule


def texts_of(dataset: Path) -> list[tuple[str, str]]:
    """(text, channel) pairs of a JSON-lines dataset."""
    rows = [json.loads(line) for line in dataset.read_text(encoding="utf-8").splitlines() if line]
    return [(r["text"], r.get("channel", "web")) for r in rows]


def throughput(router: Router, texts: list[tuple[str, str]], seconds: float) -> float:
    """Routes per second on one core after a warm-up pass: the best of five rounds, which
    filters out the noise of other processes on a shared machine."""
    for text, channel in texts:
        router.route(text, channel)
    best = 0.0
    for _ in range(5):
        done = 0
        start = time.perf_counter()
        deadline = start + seconds / 5
        while time.perf_counter() < deadline:
            for text, channel in texts:
                router.route(text, channel)
            done += len(texts)
        best = max(best, done / (time.perf_counter() - start))
    return best


def generated(n: int, sections: list[str], rng: random.Random) -> list[Rule]:
    """n rules with two to five invented words each, over every section."""

    def word() -> str:
        return "".join(rng.choices(string.ascii_lowercase, k=rng.randint(6, 10)))

    rules = []
    for i in range(n):
        terms = [
            word() if rng.random() < 0.8 else f"{word()} {word()}" for _ in range(rng.randint(2, 5))
        ]
        kind = "any" if i % 3 else "all"
        rules.append(
            Rule.model_validate({"id": f"gen-{i}", "section": rng.choice(sections), kind: terms})
        )
    return rules


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--dataset", default=str(ROOT / "tests" / "routing" / "data" / "routing-dev.jsonl")
    )
    parser.add_argument("--config", default=str(ROOT / "config.yaml"))
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()
    settings = load_settings(args.config)
    texts = texts_of(Path(args.dataset))
    base = settings.routing
    section_ids = [s.id for s in settings.sections]
    results: dict[str, Any] = {"texts": len(texts)}
    default = Router.build(base, settings.sections)
    results["default_rules"] = len(base.rules)
    results["default_per_s"] = round(throughput(default, texts, args.seconds))
    rng = random.Random(42)
    rows = []
    for n in (10, 100, 1_000, 10_000):
        config = RoutingConfig.model_validate(
            {**base.model_dump(), "rules": [*base.rules, *generated(n, section_ids, rng)]}
        )
        started = time.perf_counter()
        router = Router.compile(config, settings.sections)
        build_s = time.perf_counter() - started
        per_s = throughput(router, texts, args.seconds)
        rows.append((n, per_s, build_s))
        results[f"gen_{n}_per_s"] = round(per_s)
    baseline = rows[0][1]
    print(f"default rules ({len(base.rules)}): {results['default_per_s']:>10,} routes/s")
    print(f"{'generated rules':>16} {'routes/s':>12} {'ratio to 10':>12} {'compile s':>10}")
    for n, per_s, build_s in rows:
        print(f"{n:>16,} {per_s:>12,.0f} {per_s / baseline:>12.2f} {build_s:>10.2f}")
    results["ratio_10000_to_10"] = round(rows[-1][1] / baseline, 3)
    results["target_default_ok"] = results["default_per_s"] >= 20_000
    results["target_ratio_ok"] = results["ratio_10000_to_10"] >= 0.5
    print(json.dumps(results))


if __name__ == "__main__":
    main()
