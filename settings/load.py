"""Load and validate config.yaml; every error names the key path and the line."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap

from routing import Router, RuleError
from routing.rulefiles import BUNDLED, FOLDER_KEYS, SourceMap, read_folder, read_yaml
from routing.rulefiles import dotted as _dotted
from routing.rulefiles import line_of as _line_of
from settings.root import Settings

log = logging.getLogger(__name__)

PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
DEFAULT_PATH = "config.yaml"


class ConfigError(Exception):
    """config.yaml is missing, unreadable or invalid."""


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The config file to use: --config, else ADUAN_CONFIG, else ./config.yaml."""
    return Path(explicit or os.environ.get("ADUAN_CONFIG") or DEFAULT_PATH)


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Read, expand, validate and cross-check the config; raise ConfigError on any problem."""
    file = config_path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read: {exc.strerror or exc}") from exc
    settings = parse_settings(text, str(file), file.parent)
    _resolve_reply_templates(settings, file.parent)
    return settings


def _resolve_reply_templates(settings: Settings, folder: Path) -> None:
    """The desk's templates file is named relative to the config's folder.

    It is read and checked by `aduan config check`, at start and by its own hot reload
    (desk/replies.py), not here: a broken template does not hold back an edit of the rules.
    """
    path = templates_path(settings, folder)
    if path is not None:
        settings.desk.reply_templates = str(path)


def templates_path(settings: Settings, config_dir: Path | None = None) -> Path | None:
    """The templates file named in config.yaml, relative to the config's folder (or the cwd)."""
    name = settings.desk.reply_templates
    if not name:
        return None
    path = Path(name)
    return path if path.is_absolute() or config_dir is None else config_dir / path


def parse_settings(text: str, source: str = "config.yaml", folder: Path | None = None) -> Settings:
    """Validate config text (YAML) as Settings, with the rule files of its rules folder.

    A relative `routing.rules_dir` is read from `folder` (default: the folder of `source`).
    """
    tree = read_yaml(text, source, ConfigError)
    if not isinstance(tree, CommentedMap):
        raise ConfigError(f"{source}: the top level must be a mapping of keys")
    data = _expand(tree)
    base = Path(source).parent if folder is None else folder
    sources = _read_rule_files(data, tree, source, base)
    try:
        settings = Settings(**data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, tree, source, sources)) from exc
    settings.routing.with_sources(sources)
    if url := os.environ.get("ADUAN_DATABASE_URL"):
        settings.database.url = url
    try:
        Router.build(settings.routing, settings.sections)
    except RuleError as exc:
        raise ConfigError(located(str(exc), tree, source, sources)) from exc
    return settings


def _read_rule_files(
    data: dict[str, Any], tree: CommentedMap, source: str, base: Path
) -> SourceMap | None:
    """Put the rules folder's rules and word tables into `data["routing"]`; None without one."""
    routing = data.get("routing") or {}
    if not isinstance(routing, dict):
        return None  # the model says what is wrong with it
    folder = rules_folder(routing, base)
    if folder is None:
        return None
    for key in FOLDER_KEYS:
        if key in routing:
            raise ConfigError(
                f"{source}: routing.{key} (line {_line_of(tree, ['routing', key])}): "
                f"the rules folder holds {key} (see docs/routing.md); move it into a file there"
            )
    try:
        found, sources = read_folder(folder)
    except RuleError as exc:
        message = str(exc)  # names the rule file, or is about routing.rules_dir in config.yaml
        if message.startswith("routing."):
            message = f"{source}: {_with_line(message, tree)}"
        raise ConfigError(message) from exc
    data["routing"] = {**routing, **found}
    return sources


def rules_folder(routing: dict[str, Any], base: Path) -> Path | None:
    """The rules folder a `routing:` block names (relative to `base`), the bundled one when it
    names none, or None when it has a `rules` list of its own (small set-ups, tests).

    ADUAN_ROUTING__RULES_DIR wins over the file, as every ADUAN_ variable does.
    """
    env = [v for k, v in os.environ.items() if k.upper() == "ADUAN_ROUTING__RULES_DIR" and v]
    named = env[0] if env else routing.get("rules_dir")
    if named is None:
        return None if "rules" in routing else BUNDLED
    return base / str(named)


def located(message: str, tree: CommentedMap, source: str, sources: SourceMap | None) -> str:
    """A rule message with the file and line it is about: a rule file's, or config.yaml's."""
    path = message.partition(": ")[0]
    if sources is not None and sources.where(path) is not None:
        return sources.message(message)
    return f"{source}: {_with_line(message, tree)}"


def missing_placeholders(text: str) -> list[str]:
    """The environment variables the config names that are not set."""
    lines = [line.split(" #")[0] for line in text.splitlines() if not line.lstrip().startswith("#")]
    names = PLACEHOLDER.findall("\n".join(lines))
    return sorted({m for m in names if not os.environ.get(m)})


def _expand(node: Any) -> Any:
    """Plain Python data with ${NAME} placeholders filled from the environment."""
    if isinstance(node, dict):
        return {str(k): _expand(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_expand(v) for v in node]
    if isinstance(node, str) and "${" in node:
        whole = PLACEHOLDER.fullmatch(node.strip())
        if whole:
            return os.environ.get(whole.group(1)) or None
        return PLACEHOLDER.sub(lambda m: os.environ.get(m.group(1), ""), node)
    return node


def _describe(
    exc: ValidationError, tree: CommentedMap, source: str, sources: SourceMap | None = None
) -> str:
    lines = []
    for err in exc.errors()[:5]:
        loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key (check the spelling)"
        value = err.get("input")
        shown = f" [value: {value!r}]" if isinstance(value, str | int | float) else ""
        in_file = sources.locate(loc) if sources is not None else None
        if in_file is not None:
            file, inner, line = in_file
            where = f" (line {line})" if line else ""
            lines.append(f"{file}: {_dotted(inner)}{where}: {msg}{shown}")
            continue
        line = _line_of(tree, loc)
        where = f" (line {line})" if line else ""
        lines.append(f"{source}: {_dotted(loc)}{where}: {msg}{shown}")
    return "\n".join(lines)


def _with_line(message: str, tree: CommentedMap) -> str:
    """Add the line to a 'routing.rules[3].section: ...' message."""
    path, _, rest = message.partition(": ")
    loc: list[Any] = []
    for token in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        loc.append(int(token[1:-1]) if token.startswith("[") else token)
    line = _line_of(tree, loc)
    return f"{path} (line {line}): {rest}" if line and rest else message
