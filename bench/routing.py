"""Routing throughput on a realistic mix: thousands of distinct, varied Indonesian complaints.

Run: .venv/bin/python bench/routing.py [--texts 3000] [--runs 3] [--profile [bundled|real]]
     .venv/bin/python bench/routing.py --decisions FILE   (every decision, to compare commits)

Instructions per route, which do not depend on the machine's load (only the routing loop, run
inside math.fsum, is counted; divide the total by --texts):
     PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no --toggle-collect=math_fsum \
         .venv/bin/python bench/routing.py --texts 300 --callgrind bundled warm

Texts are generated from the repository's own labelled sentences (tests/routing: the tuning sets),
recombined with place names of Kutai Kartanegara, numbers and chat spellings, in four shapes:
an SMS, a chat message, a web report and an e-mail letter with salutation, signature and a quoted
earlier message. Every text is distinct, so a cold run pays for normalising every new word.

- cold: a new router (empty word caches) over texts it has never seen;
- warm: the same router over the same texts again;
- each three times (min / median / max), wall time and CPU time (process_time) per route;
- the bundled rules, then the bundled rules plus 10,000 rules made from real vocabulary: bundled
  terms recombined, slang words and place names, `any` and `all`, over every section, so they
  match complaints the way real rules do (the figure says what 10,000 such rules cost).

Targets (issue 16): >= 20,000 routes per CPU-second warm, >= 5,000 cold; 10,000 real-vocabulary
rules at least half the speed of the bundled rules. Figures from a busy machine are not final.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import math
import pstats
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:1] = [str(ROOT)]

from routing import Router, RoutingConfig, Rule
from routing.lexicon import SLANG
from routing.model import Term
from routing.text import sastrawi_stem
from settings.load import load_settings
from tests.routing.blind_2026_12_06 import CASES
from tests.routing.holdout import HOLDOUT
from tests.routing.vocabulary import VOCABULARY

# Kecamatan, desa and kelurahan of Kutai Kartanegara
PLACES = [
    "Tenggarong", "Tenggarong Seberang", "Loa Kulu", "Loa Janan", "Sebulu", "Muara Kaman",
    "Kota Bangun", "Muara Muntai", "Kenohan", "Kembang Janggut", "Tabang", "Muara Wis",
    "Muara Badak", "Marangkayu", "Anggana", "Sangasanga", "Muara Jawa", "Samboja", "Loa Ipuh",
    "Timbau", "Melayu", "Sukarame", "Mangkurawang", "Jembayan", "Loa Duri", "Bukit Raya",
    "Separi", "Kerta Buana", "Bangun Rejo", "Sungai Payang", "Teluk Dalam", "Liang Ulu",
    "Perangat", "Muhuran", "Sebuntal", "Kutai Lama", "Muara Siran", "Tanjung Limau",
    "Bukit Pariaman", "Sumber Sari",
]  # fmt: skip
CHAT = {v: k for k, v in SLANG.items() if " " not in v}  # standard word -> a chat spelling
OPENERS = ["", "Assalamualaikum, ", "Selamat pagi, ", "min, ", "Pak, ", "mau lapor, "]
CLOSERS = ["", " Terima kasih.", " mohon ditindak.", " tolong segera 🙏", " makasih min"]


def sentences() -> list[str]:
    """The body sentences of every labelled complaint in the repository."""
    out: list[str] = []
    for text in [c.text for c in CASES] + [t for _, _, t in HOLDOUT + VOCABULARY]:
        for line in text.replace("\n", " ").split(". "):
            if len(line.split()) >= 5:
                out.append(line.strip().rstrip(".") + ".")
    return out


class Generator:
    """Distinct varied complaints, from SMS to letters."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pool = sentences()

    def _sentence(self) -> str:
        s = self.rng.choice(self.pool)
        words = s.split()
        for i, w in enumerate(words):
            low = w.lower()
            if low in CHAT and self.rng.random() < 0.3:
                words[i] = CHAT[low]
        if self.rng.random() < 0.6:
            words.insert(self.rng.randrange(len(words) + 1), f"di {self.rng.choice(PLACES)}")
        if self.rng.random() < 0.4:
            words.append(f"sejak {self.rng.randint(2, 40)} hari, RT {self.rng.randint(1, 40):02d}")
        return " ".join(words)

    def text(self, i: int) -> tuple[str, str]:
        """The i-th text and its channel."""
        kind = i % 10
        if kind < 3:
            return self._sentence()[:160], "sms"
        if kind < 6:
            body = " ".join(self._sentence() for _ in range(self.rng.randint(1, 3)))
            return self.rng.choice(OPENERS) + body + self.rng.choice(CLOSERS), "whatsapp"
        if kind < 8:
            return " ".join(self._sentence() for _ in range(self.rng.randint(2, 5))), "web"
        return self._letter(i), "email"

    def _letter(self, i: int) -> str:
        place = self.rng.choice(PLACES)
        body = "\n\n".join(
            " ".join(self._sentence() for _ in range(self.rng.randint(2, 4)))
            for _ in range(self.rng.randint(1, 4))
        )
        return (
            f"Kepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n{body}"
            f"\n\nDemikian kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\n"
            f"Hormat kami,\nWarga {place} no. {i}\nRT {i % 40:02d} Kec. {place}\n\n"
            f"Pada {i % 28 + 1} Nov 2026, Admin menulis:\n> Mohon lengkapi lokasi aduan."
        )


def real_vocabulary_rules(
    n: int, base: RoutingConfig, sections: list[str], seed: int
) -> list[Rule]:
    """n rules made of the bundled rules' terms recombined, slang words and place names."""
    rng = random.Random(seed)
    terms: list[str] = []
    for rule in base.rules:
        for name in ("any", "all", "phrases"):
            for t in getattr(rule, name) or ():
                terms.append(t.term if isinstance(t, Term) else t)
    slang = [w for w, v in SLANG.items() if len(w) > 2 and v.strip()]
    rules = []
    for i in range(n):
        chosen = rng.sample(terms, rng.randint(2, 5))
        if rng.random() < 0.3:
            chosen.append(f"{rng.choice(terms).split()[0]} {rng.choice(PLACES)}")
        if rng.random() < 0.2:
            chosen.append(rng.choice(slang))
        kind = "any" if i % 3 else "all"
        body: dict[str, Any] = {"id": f"gen-{i}", "section": rng.choice(sections)}
        body[kind] = chosen if kind == "any" else chosen[:2]
        body["weight"] = 0.25  # many rules, small weights: they shade decisions, as real ones do
        rules.append(Rule.model_validate(body))
    return rules


def timed(router: Router, texts: list[tuple[str, str]]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) to route every text once."""
    wall, cpu = time.perf_counter(), time.process_time()
    for text, channel in texts:
        router.route(text, channel)
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(
    config: RoutingConfig, sections: Any, texts: list[tuple[str, str]], runs: int
) -> dict[str, Any]:
    """Cold and warm routes per CPU-second and per wall-second, `runs` times each."""
    cold_cpu, cold_wall, warm_cpu, warm_wall = [], [], [], []
    for _ in range(runs):
        sastrawi_stem.cache_clear()  # the process-wide stems too: a cold start
        router = Router.compile(config, sections)  # new word caches: a cold start
        wall, cpu = timed(router, texts)
        cold_wall.append(len(texts) / wall)
        cold_cpu.append(len(texts) / cpu)
        wall, cpu = timed(router, texts)
        warm_wall.append(len(texts) / wall)
        warm_cpu.append(len(texts) / cpu)

    def mmm(values: list[float]) -> list[int]:
        return [round(min(values)), round(statistics.median(values)), round(max(values))]

    return {
        "cold_per_cpu_s": mmm(cold_cpu), "cold_per_wall_s": mmm(cold_wall),
        "warm_per_cpu_s": mmm(warm_cpu), "warm_per_wall_s": mmm(warm_wall),
    }  # fmt: skip


def write_decisions(
    path: str, configs: dict[str, RoutingConfig], sections: Any, texts: list[tuple[str, str]]
) -> None:
    """Every decision of a cold router over the texts, one JSON line each: a speed-up must leave
    this file unchanged (`cmp` the files written at two commits)."""
    with open(path, "w", encoding="utf-8") as out:
        for name, config in configs.items():
            router = Router.compile(config, sections)
            for i, (text, channel) in enumerate(texts):
                decision = router.route(text, channel).to_dict()
                out.write(json.dumps({"rules": name, "text": i, **decision}) + "\n")


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", default=str(ROOT / "config.yaml"))
    parser.add_argument("--texts", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rules", type=int, default=10_000)
    parser.add_argument(
        "--profile", nargs="?", const="bundled", choices=["bundled", "real"],
        help="cProfile one cold+warm pass with the bundled rules, or with the real-vocabulary rules",
    )  # fmt: skip
    parser.add_argument(
        "--decisions", metavar="FILE",
        help="write every decision (both rule sets) as JSON lines, to compare two commits",
    )  # fmt: skip
    parser.add_argument(
        "--callgrind", nargs=2, metavar=("RULES", "PHASE"),
        help="route the texts once inside math.fsum, for callgrind: RULES bundled or real, "
        "PHASE cold (new router, empty caches) or warm (after one uncounted pass)",
    )  # fmt: skip
    args = parser.parse_args()
    settings = load_settings(args.config)
    base = settings.routing
    gen = Generator(random.Random(7))
    texts = [gen.text(i) for i in range(args.texts)]
    assert len({t for t, _ in texts}) > 0.95 * len(texts), "texts must be distinct"
    section_ids = [s.id for s in settings.sections]
    many = RoutingConfig.model_validate(
        {
            **base.model_dump(),
            "rules": [*base.rules, *real_vocabulary_rules(args.rules, base, section_ids, 42)],
        }
    )
    if args.callgrind:
        rules, phase = args.callgrind
        sastrawi_stem.cache_clear()
        router = Router.compile(base if rules == "bundled" else many, settings.sections)
        if phase == "warm":
            timed(router, texts)

        def one(item: tuple[str, str]) -> float:
            router.route(*item)
            return 0.0

        math.fsum(map(one, texts))
        return
    if args.decisions:
        write_decisions(args.decisions, {"bundled": base, "real": many}, settings.sections, texts)
        return
    if args.profile:
        router = Router.compile(base if args.profile == "bundled" else many, settings.sections)
        with cProfile.Profile() as prof:
            timed(router, texts)
            timed(router, texts)
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return
    results: dict[str, Any] = {"texts": len(texts), "runs": args.runs}
    results["bundled"] = {
        "rules": len(base.rules),
        **measure(base, settings.sections, texts, args.runs),
    }
    results["real_vocabulary"] = {
        "rules": len(many.rules),
        **measure(many, settings.sections, texts, args.runs),
    }
    ratio = (
        results["real_vocabulary"]["warm_per_cpu_s"][1] / results["bundled"]["warm_per_cpu_s"][1]
    )
    results["ratio_many_to_bundled_warm"] = round(ratio, 3)
    print(
        f"{'rules':>8} {'cold/cpu-s':>22} {'warm/cpu-s':>22} {'warm/wall-s':>22}   (min/median/max)"
    )
    for key in ("bundled", "real_vocabulary"):
        r = results[key]
        print(
            f"{r['rules']:>8} {'/'.join(map(str, r['cold_per_cpu_s'])):>22} "
            f"{'/'.join(map(str, r['warm_per_cpu_s'])):>22} {'/'.join(map(str, r['warm_per_wall_s'])):>22}"
        )
    b = results["bundled"]
    results["targets"] = {
        "warm_20000_per_cpu_s": b["warm_per_cpu_s"][1] >= 20_000,
        "cold_5000_per_cpu_s": b["cold_per_cpu_s"][1] >= 5_000,
        "many_rules_half_speed": ratio >= 0.5,
    }
    print(json.dumps(results))


if __name__ == "__main__":
    main()
