"""Small builders for routing tests: sections and rule sets without a whole config.yaml."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from routing import Router, RoutingConfig


@dataclass
class Section:
    """A section as routing sees it."""

    id: str
    examples: list[str] = field(default_factory=list)


SECTIONS = [Section("organisasi"), Section("adpem"), Section("kesra"), Section("hukum")]


def router(rules: list[dict[str, Any]], **config: Any) -> Router:
    """A router over the four test sections."""
    return Router.build(RoutingConfig.model_validate({"rules": rules, **config}), SECTIONS)


def yaml_config(routing_block: str) -> str:
    """A whole config.yaml with two sections and the given `routing:` block."""
    return (
        "sections:\n"
        "  - id: organisasi\n    name: Bagian Organisasi\n"
        "  - id: adpem\n    name: Bagian Administrasi Pembangunan\n"
        f"{routing_block}"
    )


RULES = Path(__file__).resolve().parents[2] / "routing" / "rules"


def copy_bundled_rules(folder: Path) -> Path:
    """The bundled rules folder copied to where a config.yaml in `folder` names it; the copy."""
    return Path(shutil.copytree(RULES, folder / "routing" / "rules"))


def folder_config(folder: Path, files: dict[str, str]) -> Path:
    """A config.yaml in `folder` naming `rules/` beside it, with these rule files; its path."""
    rules = folder / "rules"
    rules.mkdir(exist_ok=True)
    for name, text in files.items():
        (rules / name).write_text(text, encoding="utf-8")
    path = folder / "config.yaml"
    path.write_text(yaml_config("routing:\n  rules_dir: rules\n"), encoding="utf-8")
    return path
