"""Load and validate config.yaml; every error names the key path and the line."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from routing import Router, RuleError
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
    settings = parse_settings(text, str(file))
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


def parse_settings(text: str, source: str = "config.yaml") -> Settings:
    """Validate config text (YAML) as Settings."""
    try:
        tree = YAML(typ="rt").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"
        raise ConfigError(f"{source}: invalid YAML at {where}: {exc.problem}") from exc
    if not isinstance(tree, CommentedMap):
        raise ConfigError(f"{source}: the top level must be a mapping of keys")
    data = _expand(tree)
    try:
        settings = Settings(**data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, tree, source)) from exc
    if url := os.environ.get("ADUAN_DATABASE_URL"):
        settings.database.url = url
    try:
        Router.build(settings.routing, settings.sections)
    except RuleError as exc:
        raise ConfigError(f"{source}: {_with_line(str(exc), tree)}") from exc
    return settings


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


def _describe(exc: ValidationError, tree: CommentedMap, source: str) -> str:
    lines = []
    for err in exc.errors()[:5]:
        loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
        path = _dotted(loc)
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key (check the spelling)"
        line = _line_of(tree, loc)
        where = f" (line {line})" if line else ""
        value = err.get("input")
        shown = f" [value: {value!r}]" if isinstance(value, str | int | float) else ""
        lines.append(f"{source}: {path}{where}: {msg}{shown}")
    return "\n".join(lines)


def _dotted(loc: list[Any]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _line_of(tree: Any, loc: list[Any]) -> int | None:
    """1-based line of the deepest key of `loc` that exists in the YAML tree."""
    node, line = tree, None
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = node.lc.key(part)[0] + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
        else:
            break
    return line


def _with_line(message: str, tree: CommentedMap) -> str:
    """Add the line to a 'routing.rules[3].section: ...' message."""
    path, _, rest = message.partition(": ")
    loc: list[Any] = []
    for token in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        loc.append(int(token[1:-1]) if token.startswith("[") else token)
    line = _line_of(tree, loc)
    return f"{path} (line {line}): {rest}" if line and rest else message
