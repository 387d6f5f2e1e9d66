"""`aduan rules`: explain a decision, check a rule set, replay stored complaints with new rules."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from zoneinfo import ZoneInfo

import typer
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from routing import Decision, ExampleFailure, Router, RoutingConfig
from routing.evaluate import Report, evaluate, read_dataset
from routing.rulefiles import read_folder
from service.cli_common import CHANNEL_METAVAR, known_channel
from service.cli_errors import PREFIX, CliError, language, say
from settings.load import ConfigError, config_path, load_settings, rules_folder
from settings.root import Settings
from settings.service import SectionConfig
from store import reroute
from store.db import Session
from store.models import Complaint

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

rules_app = typer.Typer(help="Routing rules: explain, check, replay.", no_args_is_help=True)


@cache
def _console() -> Console:
    """rich's console, made on first use: `aduan serve` imports this module but not rich."""
    from rich.console import Console

    return Console()


def _progress() -> type[Progress]:
    from rich.progress import Progress

    return Progress


def _table(title: str, **options: Any) -> Table:
    from rich.table import Table

    return Table(title=title, **options)


ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="config.yaml (default: ADUAN_CONFIG or ./config.yaml)"),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object.")]


def _settings(path: Path | None) -> Settings:
    try:
        return load_settings(config_path(path))
    except ConfigError as exc:
        _console().print(f"[red]invalid config:[/red] {exc}", markup=True, highlight=False)
        raise typer.Exit(1) from exc


@rules_app.command()
def explain(
    text: Annotated[str, typer.Argument(help="The complaint text.")],
    channel: Annotated[
        str | None,
        typer.Option(
            help="The channel it came from.", callback=known_channel, metavar=CHANNEL_METAVAR
        ),
    ] = None,
    sender: Annotated[str | None, typer.Option(help="The sender address.")] = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Route TEXT and say why."""
    settings = _settings(config)
    decision = Router.build(settings.routing, settings.sections).route(text, channel, sender)
    if as_json:
        typer.echo(json.dumps(decision.to_dict(), ensure_ascii=False))
        return
    _print_decision(settings, decision, text)


def _print_decision(settings: Settings, decision: Decision, text: str) -> None:
    table = _table("Scores", show_lines=False)
    for name in ("section", "score", "rules that matched", "terms"):
        table.add_column(name)
    fired = set(decision.fired)
    by_section: dict[str, list[str]] = defaultdict(list)
    for rule in settings.routing.rules:
        if rule.id in fired:
            by_section[rule.section].append(rule.id)
    terms: dict[str, list[str]] = defaultdict(list)
    for m in decision.matches:
        terms[m.rule].append(f"{text[m.start : m.end]!r}@{m.start}")
    for section, score in sorted(decision.scores.items(), key=lambda kv: -kv[1]):
        mark = "[bold green]" if section == decision.section and not decision.fallback else ""
        shown = [t for r in by_section[section] for t in terms.get(r, [])]
        table.add_row(
            f"{mark}{section}", f"{score:g}", ", ".join(by_section[section]), ", ".join(shown)
        )
    _console().print(table)
    status = (
        "[yellow]fallback, needs triage[/yellow]" if decision.fallback else "[green]routed[/green]"
    )
    _console().print(f"{settings.section_name(decision.section)} ({decision.section}): {status}")
    _console().print(decision.explain(), markup=False, highlight=False)
    for m in decision.matches:
        _console().print(
            f"  counted: {m.rule} {m.term!r} at {m.start} ({text[m.start : m.end]!r})",
            markup=False, highlight=False,
        )  # fmt: skip
    for rule_id, term, why in decision.ignored:
        _console().print(f"  not counted: {rule_id} {term!r}: {why}", markup=False, highlight=False)


@rules_app.command()
def check(
    config: ConfigOpt = None,
    dataset: Annotated[
        Path | None, typer.Option(help="JSON lines with text, channel and section.")
    ] = None,
    min_accuracy: Annotated[
        float, typer.Option(help="Exit 1 when the dataset accuracy is lower (0 to 1).")
    ] = 0.0,
    as_json: JsonOpt = False,
    feedback: Annotated[
        bool, typer.Option(help="Report officers' reassignments from the configured database.")
    ] = True,
) -> None:
    """Validate the config, run every example and measure the rules on a dataset."""
    path = config_path(config)
    try:
        settings: Settings | None = load_settings(path)
        error = None
    except ConfigError as exc:
        settings, error = None, str(exc)
    router, failures = _lenient_router(path) if settings is None else (None, [])
    if settings is not None:
        router = Router.build(settings.routing, settings.sections)
    report = evaluate(router, _dataset(dataset)) if (router and dataset) else None
    ok = error is None and not failures
    below = report is not None and report.accuracy < min_accuracy
    officers = None
    if feedback and settings is not None and router is not None:
        officers = reassignment_feedback(settings.database.url, router)
    if as_json:
        out: dict[str, Any] = {
            "ok": ok and not below,
            "error": error,
            "examples_failed": [
                {"path": f.path, "message": router.config.locate(f.message()) if router else ""}
                for f in failures
            ],
            "warnings": router.warnings() if router is not None else [],
        }
        if report is not None:
            out.update(report.to_dict())
        if officers is not None:
            out["reassignments"] = officers
        typer.echo(json.dumps(out, ensure_ascii=False))
    else:
        _print_check(path, error, failures, router, report)
        if officers is not None:
            _print_feedback(officers)
    if below and report is not None and not as_json:
        line = say("below", got=report.accuracy, dataset=dataset, bar=min_accuracy)
        typer.echo(f"{PREFIX[language()]}: {line}", err=True)
    if not ok or below:
        raise typer.Exit(1)


def _dataset(path: Path) -> list[Any]:
    """The labelled rows, or one line naming the first bad row."""
    try:
        return read_dataset(path)
    except ValueError as exc:
        raise CliError(say("bad_dataset", reason=exc)) from exc


def reassignment_feedback(url: str, router: Router) -> dict[str, Any] | None:
    """Officers' reassignments as routing feedback: would these rules have got them right?

    None when the database cannot be read (no database yet, or not migrated).
    """
    from store.db import Store, StoreError

    store = Store(url)
    try:
        with store.read() as s:
            latest = reroute.officer_reassignments(s)
            rows = reroute.texts(s, list(latest))
    except StoreError:
        return None
    finally:
        store.dispose()
    pairs: dict[str, int] = {}
    agree = 0
    for complaint_id, text, channel in rows:
        assert complaint_id is not None
        got = router.route(text, channel).section
        if got == latest[complaint_id]:
            agree += 1
        else:
            key = f"{got} -> {latest[complaint_id]}"
            pairs[key] = pairs.get(key, 0) + 1
    worst = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    return {"total": len(rows), "rules_agree": agree, "still_wrong": dict(worst)}


def _print_feedback(officers: dict[str, Any]) -> None:
    if not officers["total"]:
        _console().print("officers' reassignments: none recorded yet")
        return
    _console().print(
        f"officers' reassignments: these rules agree with the officer on "
        f"{officers['rules_agree']}/{officers['total']}"
    )
    for pair, count in officers["still_wrong"].items():
        _console().print(f"  rules say {pair} (officer), {count}x", markup=False, highlight=False)


def _lenient_router(path: Path) -> tuple[Router | None, list[ExampleFailure]]:
    """After a failed load: compile the rules alone to list every failing example."""
    try:
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
        sections = [SectionConfig.model_validate(s) for s in data["sections"]]
        routing = data.get("routing") or {}
        folder, sources = rules_folder(routing, path.parent), None
        if folder is not None:
            found, sources = read_folder(folder)
            routing = {**routing, **found}
        config = RoutingConfig.model_validate(routing)
        config.with_sources(sources)
        router = Router.compile(config, sections)
    except (OSError, YAMLError, ValueError, KeyError, TypeError):  # RuleError is a ValueError
        return None, []
    return router, router.failed_examples(sections)


def _print_check(
    path: Path,
    error: str | None,
    failures: list[ExampleFailure],
    router: Router | None,
    report: Report | None,
) -> None:
    if error is None:
        rules = len(router.config.rules) if router else 0
        _console().print(f"[green]{path}: valid, {rules} rules, every example routes where it says")
    else:
        _console().print(f"[red]{path}: refused[/red]")
        _console().print(error, markup=False, highlight=False)
    for failure in failures[1:]:
        message = router.config.locate(failure.message()) if router else failure.message()
        _console().print(message, markup=False, highlight=False)
    for warning in router.warnings() if router is not None else []:
        _console().print(f"warning: {warning}", markup=False, highlight=False)
    if report is None:
        return
    low, high = report.interval()
    _console().print(
        f"accuracy {report.accuracy:.1%} ({report.correct}/{report.total}; 95% interval "
        f"{low:.1%}-{high:.1%}), fallback rate {report.fallback_rate:.1%}"
    )
    per = _table("Per section")
    for name in ("section", "precision", "recall", "support"):
        per.add_column(name, justify="right" if name != "section" else "left")
    for section, m in report.per_section().items():
        per.add_row(section, f"{m['precision']:.2f}", f"{m['recall']:.2f}", f"{m['support']:g}")
    _console().print(per)
    channels = _table("Per channel")
    for name in ("channel", "accuracy", "correct", "total"):
        channels.add_column(name, justify="right" if name != "channel" else "left")
    for channel, c in report.per_channel().items():
        channels.add_row(channel, f"{c['accuracy']:.1%}", f"{c['correct']:g}", f"{c['total']:g}")
    _console().print(channels)
    _console().print(_confusion_matrix(report))


def _confusion_matrix(report: Report) -> Table:
    """Rows: the expected section; columns: where the rules put it (short ids as headers)."""
    expected = sorted({e for e, _ in report.confusion})
    got = sorted({g for _, g in report.confusion})
    matrix = _table("Confusion matrix (rows expected, columns got)")
    matrix.add_column("expected \\ got")
    for g in got:
        matrix.add_column(g[:6], justify="right")
    for e in expected:
        cells = []
        for g in got:
            n = report.confusion[(e, g)]
            cells.append("." if not n else (f"[green]{n}[/green]" if e == g else f"[red]{n}[/red]"))
        matrix.add_row(e, *cells)
    return matrix


@rules_app.command()
def suggest(
    config: ConfigOpt = None,
    dataset: Annotated[
        list[Path] | None, typer.Option(help="Tuning sets (JSON lines), repeatable.")
    ] = None,
    database: Annotated[str | None, typer.Option("--db", help="Database URL override.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many proposals.")] = 5,
    as_json: JsonOpt = False,
) -> None:
    """Propose rule edits from officers' reassignments, with replay evidence."""
    from core.corrections import config_examples, read_corrections
    from routing.suggest import suggest as propose
    from store.db import Store, StoreError

    settings = _settings(config)
    store = Store(database or settings.database.url)
    try:
        corrections = read_corrections(store)
    except StoreError as exc:
        _console().print(
            f"[red]cannot read the officers' reassignments:[/red] {exc.__class__.__name__}"
        )
        raise typer.Exit(1) from exc
    finally:
        store.dispose()
    tuning = {"examples": config_examples(settings)}
    for path in dataset or []:
        tuning[path.stem] = read_dataset(path)
    found = propose(settings.routing, settings.sections, corrections, tuning, limit=limit)
    if as_json:
        out = {"corrections": len(corrections), "suggestions": [s.to_dict() for s in found]}
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    _console().print(f"{len(corrections)} officers' reassignments read; {len(found)} proposals")
    for s in found:
        _console().print(
            f"add rule {s.rule.id}: section {s.rule.section}, any: [{s.word}] "
            f"(in {s.support} corrected complaints)", markup=False, highlight=False,
        )  # fmt: skip
        _console().print(f"  accuracy before {s.before} after {s.after}", markup=False)
        for m in s.moves[:5]:
            _console().print(
                f"  {m['code']}: {m['from']} -> {m['to']} (officer: {m['officer']}) {m['text']}",
                markup=False, highlight=False,
            )  # fmt: skip


@rules_app.command()
def replay(
    config: Annotated[
        Path | None, typer.Option("--config", help="Candidate rules (default: the rules in force).")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only complaints from this date (YYYY-MM-DD).")
    ] = None,
    apply: Annotated[
        bool, typer.Option("--apply", help="Move the complaints and audit it.")
    ] = False,
    samples: Annotated[int, typer.Option(help="Examples shown per move.")] = 3,
    database: Annotated[str | None, typer.Option("--db", help="Database URL override.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Re-route stored complaints with candidate rules; report who would move, where."""
    current = _settings(None)
    candidate = _settings(config) if config else current
    router = Router.build(candidate.routing, candidate.sections)
    start = _since(since, current.service.timezone)
    result = replay_complaints(
        database or current.database.url, router, start, apply=apply, samples=samples,
        progress=not as_json,
    )  # fmt: skip
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, default=str))
        return
    _print_replay(result, apply)


def _since(value: str | None, tz: str) -> datetime | None:
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"not a date (YYYY-MM-DD): {value!r}", param_hint="--since"
        ) from exc
    return datetime.combine(day, time(), ZoneInfo(tz)).astimezone(UTC)


def _print_replay(result: dict[str, Any], applied: bool) -> None:
    verb = "moved" if applied else "would move"
    _console().print(
        f"{result['scanned']} complaints re-routed: {result['moved']} {verb}, "
        f"{result['officer_placed']} kept where an officer put them"
    )
    table = _table("Moves")
    for name in ("from", "to", "count", "samples"):
        table.add_column(name)
    for move in result["moves"]:
        shown = "\n".join(f"{s['code']}: {s['text']}" for s in move["samples"])
        table.add_row(move["from"], move["to"], str(move["count"]), shown)
    _console().print(table)
    truth = result["ground_truth"]
    if truth["total"]:
        _console().print(
            f"officers' reassignments: candidate rules agree on {truth['candidate_agrees']}/"
            f"{truth['total']}, the rules at intake on {truth['intake_agreed']}/{truth['total']}"
        )


def replay_complaints(
    url: str, router: Router, since: datetime | None, *, apply: bool, samples: int = 3,
    progress: bool = False, batch: int = 500,
) -> dict[str, Any]:  # fmt: skip
    """Re-route stored complaints; with `apply`, move them and record a reroute Event each."""
    from store.db import Store

    store = Store(url)
    try:
        with store.read() as s:
            total = reroute.count_since(s, since)
            truth = reroute.officer_reassignments(s)
        state = _ReplayState(samples)
        last_id = 0
        with _progress()(console=_console(), transient=True, disable=not progress) as bar:
            task = bar.add_task("re-routing", total=total)
            while True:
                with store.write() if apply else store.read() as s:
                    rows = reroute.batch_after(s, last_id, since, batch)
                    for complaint, address in rows:
                        assert complaint.id is not None
                        decision = router.route(complaint.text, complaint.channel, address)
                        if state.record(complaint, decision, truth.get(complaint.id)) and apply:
                            _apply_move(s, complaint, decision)
                if not rows:
                    break
                last_id = rows[-1][0].id or last_id
                bar.advance(task, len(rows))
        return state.result()
    finally:
        store.dispose()


def _apply_move(session: Session, complaint: Complaint, decision: Decision) -> None:
    now = datetime.now(UTC)
    before = reroute.reroute(session, complaint, decision.to_dict(), now, "rules-replay")
    if decision.section != before:  # nobody handles it in the new section yet
        from desk.assign import moved

        moved(session, complaint, "rules-replay", now)


class _ReplayState:
    """Counts of a replay: moves by (from, to) with samples, and agreement with officers."""

    def __init__(self, samples: int) -> None:
        self.samples = samples
        self.scanned = 0
        self.officer_placed = 0
        self.moves: Counter[tuple[str, str]] = Counter()
        self.shown: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
        self.truth_total = self.candidate_agrees = self.intake_agreed = 0

    def record(self, complaint: Any, decision: Decision, truth: str | None) -> bool:
        """Count one complaint; True when the candidate rules may move it."""
        self.scanned += 1
        if truth is not None:
            self.truth_total += 1
            self.candidate_agrees += decision.section == truth and not decision.fallback
            self.intake_agreed += (complaint.decision or {}).get("section") == truth
        if decision.section == complaint.section:
            return False
        if truth is not None:  # an officer placed it: the rules never overrule a person
            self.officer_placed += 1
            return False
        key = (complaint.section, decision.section)
        self.moves[key] += 1
        if len(self.shown[key]) < self.samples:
            text = " ".join(complaint.text.split())
            self.shown[key].append(
                {"code": complaint.tracking_code, "text": text[:80], "why": decision.explain()}
            )
        return True

    def result(self) -> dict[str, Any]:
        """A JSON-ready report."""
        return {
            "scanned": self.scanned,
            "moved": sum(self.moves.values()),
            "officer_placed": self.officer_placed,
            "moves": [
                {"from": a, "to": b, "count": n, "samples": self.shown[(a, b)]}
                for (a, b), n in self.moves.most_common()
            ],
            "ground_truth": {
                "total": self.truth_total,
                "candidate_agrees": self.candidate_agrees,
                "intake_agreed": self.intake_agreed,
            },
        }
