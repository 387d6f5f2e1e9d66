"""The rules folder: routing rules, slang and paraphrases in YAML files, read into one rule set.

Every `*.yaml` file of the folder (but hidden ones) is a mapping with any of these keys:

- `rules`: a list of rules, with `order` (a whole number) saying where they go in the rule set:
  files are read by `order`, then by file name, and a file's rules keep their written order.
  Order matters twice: rules with `decide: true` are tried in that order, and a tie between
  sections goes to the one whose earliest matching rule comes first.
- `slang`, `paraphrases`, `stem_overrides`: word tables; one word in two files is an error.

Every message about a rule names the file and the line (`SourceMap.where`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from routing.errors import RuleError

# The rules installed with aduan: used when config.yaml names no folder and has no rules.
BUNDLED = Path(__file__).resolve().parent / "rules"
TABLES = ("slang", "paraphrases", "stem_overrides")
FOLDER_KEYS = ("rules", *TABLES)
_KEYS = ("order", *FOLDER_KEYS)
_PATH = re.compile(r"routing\.(rules\[(\d+)\]|(?:slang|paraphrases|stem_overrides)\.([^.\[\]: ]+))")


@dataclass
class SourceMap:
    """Where each rule and table entry of a rule set was written: file, index and line."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    trees: dict[Path, CommentedMap] = field(default_factory=dict)
    rules: list[tuple[Path, int]] = field(default_factory=list)  # global index -> file, index
    words: dict[tuple[str, str], Path] = field(default_factory=dict)  # (table, word) -> file

    def __deepcopy__(self, memo: dict[int, Any]) -> SourceMap:
        return self  # never changed after the folder is read; settings are deep-copied often

    def rule_origin(self, index: int) -> str | None:
        """`kesra.yaml:41`: the file name and line where rule `index` of the rule set starts."""
        if index >= len(self.rules):
            return None
        file, k = self.rules[index]
        return f"{file.name}:{line_of(self.trees[file], ['rules', k])}"

    def locate(self, loc: list[Any]) -> tuple[Path, list[Any], int | None] | None:
        """A config path (`["routing", "rules", 17, "any", 3]`) as file, path in it and line."""
        if len(loc) < 3 or loc[0] != "routing":
            return None
        if loc[1] == "rules" and isinstance(loc[2], int) and loc[2] < len(self.rules):
            file, index = self.rules[loc[2]]
            inner = ["rules", index, *loc[3:]]
        elif loc[1] in TABLES and (loc[1], str(loc[2])) in self.words:
            file, inner = self.words[(loc[1], str(loc[2]))], list(loc[1:])
        else:
            return None
        return file, inner, line_of(self.trees[file], inner)

    def where(self, path: str) -> str | None:
        """`routing.rules[17].any[3]` as `routing/rules/kesra.yaml: rules[2].any[3] (line 40)`."""
        found = self.locate(_loc(path))
        if found is None:
            return None
        file, inner, line = found
        at = f" (line {line})" if line else ""
        return f"{file}: {dotted(inner)}{at}"

    def message(self, message: str) -> str:
        """A rule message with each `routing.rules[i]...` path named by its file and line."""
        path, sep, rest = message.partition(": ")
        head = self.where(path) if sep else None
        if head is None:
            return _PATH.sub(self._inner, message)
        return f"{head}: {_PATH.sub(self._inner, rest)}"

    def _inner(self, match: re.Match[str]) -> str:
        found = self.locate(_loc(match.group(0)))
        if found is None:
            return match.group(0)
        file, inner, line = found
        return f"{file} {dotted(inner)}" + (f" (line {line})" if line else "")


def rule_files(folder: Path) -> list[Path]:
    """The folder's `*.yaml` files by name; hidden ones (an editor's `.#kesra.yaml`) left out."""
    return sorted(f for f in folder.glob("*.yaml") if not f.name.startswith("."))


def read_folder(folder: Path) -> tuple[dict[str, Any], SourceMap]:
    """The rules and word tables of every `*.yaml` file in `folder`; RuleError names the file."""
    if not folder.is_dir():
        raise RuleError(f"routing.rules_dir: no folder {str(folder)!r}")
    sources = SourceMap(folder)
    ordered: list[tuple[int, str, Path, CommentedMap]] = []
    for file in rule_files(folder):
        tree = _read(file)
        sources.files.append(file)
        sources.trees[file] = tree
        if "rules" in tree:
            ordered.append((_order(file, tree), file.name, file, tree))
    data: dict[str, Any] = {"rules": []}
    for _, _, file, tree in sorted(ordered, key=lambda t: t[:2]):
        rules = tree["rules"]
        if not isinstance(rules, list):
            raise RuleError(f"{file}: rules (line {line_of(tree, ['rules'])}): must be a list")
        sources.rules.extend((file, k) for k in range(len(rules)))
        data["rules"].extend(plain(rules))
    for file, tree in sources.trees.items():
        for table in TABLES:
            if table in tree:
                _merge(data.setdefault(table, {}), table, file, tree, sources)
    return data, sources


def read_yaml(text: str, source: str, error: type[Exception]) -> Any:
    """Round-trip YAML (it keeps the lines that messages name); a syntax error is raised as
    `error`, naming the source, line and column. Rule files, config.yaml and the reply
    templates are all read through here."""
    try:
        return YAML(typ="rt").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"
        raise error(f"{source}: invalid YAML at {where}: {exc.problem}") from exc


def _read(file: Path) -> CommentedMap:
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleError(f"{file}: cannot read: {exc.strerror or exc}") from exc
    tree = read_yaml(text, str(file), RuleError)
    if tree is None:
        return CommentedMap()
    if not isinstance(tree, CommentedMap):
        raise RuleError(f"{file}: the top level must be a mapping (rules, order, slang, ...)")
    for key in tree:
        if key not in _KEYS:
            line = tree.lc.key(key)[0] + 1
            raise RuleError(
                f"{file}: {key} (line {line}): unknown key (check the spelling; a rules file "
                f"takes {', '.join(_KEYS)})"
            )
    return tree


def _order(file: Path, tree: CommentedMap) -> int:
    order = tree.get("order")
    if isinstance(order, int) and not isinstance(order, bool):
        return order
    if "order" not in tree:
        line = tree.lc.key("rules")[0] + 1
        raise RuleError(
            f"{file}: order (line {line}): a file with rules needs an order, a whole number "
            "(files are read by order, then by name)"
        )
    raise RuleError(
        f"{file}: order (line {line_of(tree, ['order'])}): must be a whole number, not {order!r}"
    )


def _merge(
    into: dict[str, Any], table: str, file: Path, tree: CommentedMap, sources: SourceMap
) -> None:
    entries = tree[table]
    if entries is None:
        return
    if not isinstance(entries, dict):
        raise RuleError(f"{file}: {table} (line {line_of(tree, [table])}): must be a mapping")
    for word, value in entries.items():
        key = (table, str(word))
        if key in sources.words:
            line = line_of(tree, [table, word])
            raise RuleError(
                f"{file}: {table}.{word} (line {line}): {word!r} is also in "
                f"{sources.words[key]}; keep one"
            )
        sources.words[key] = file
        into[str(word)] = plain(value)


def plain(node: Any) -> Any:
    """ruamel's commented nodes as plain dicts, lists and scalars."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    return node


def line_of(tree: Any, loc: list[Any]) -> int | None:
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


def dotted(loc: list[Any]) -> str:
    """`["routing", "rules", 3, "any"]` as `routing.rules[3].any`."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _loc(path: str) -> list[Any]:
    return [
        int(token[1:-1]) if token.startswith("[") else token
        for token in re.findall(r"[^.\[\]]+|\[\d+\]", path)
    ]
