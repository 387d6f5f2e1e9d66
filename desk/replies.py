"""Response templates of the desk's reply box: a YAML file of their own, checked like the rules.

The file (`desk.reply_templates` in config.yaml, bundled as reply-templates.yaml) holds shared
templates and templates per section; a section's template with a shared template's id replaces
it for that section. Every check happens at load and names the file, the key path and the line:
an unknown section, a duplicate id, an unknown placeholder. `LiveReplies` puts an edited file in
force when it checks out and keeps the previous version otherwise, as ingest/reload.py does for
the rules.
"""

from __future__ import annotations

import logging
import string
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from prometheus_client import Counter
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from ruamel.yaml.comments import CommentedMap

from core.versions import file_version
from desk.access import Viewer
from routing.rulefiles import read_yaml
from settings.load import ConfigError, _describe, _with_line, templates_path
from settings.root import Settings
from store import complaint_detail
from store.db import Session
from store.models import Complaint

log = logging.getLogger(__name__)
RELOADS = Counter("aduan_reply_templates_reloads", "Reply template reloads, by result", ["result"])

PLACEHOLDERS = {
    "code": "the tracking code (KK-2K7QM-9TXHB)",
    "section": "the name of the complaint's section",
    "name": "the citizen's name, or 'Bapak/Ibu' when anonymous, protected or unknown",
    "greeting": "'Yth. Bapak/Ibu <name>', or 'Yth. Bapak/Ibu' without a name to show",
    "deadline": "the due date in Indonesian ('27 November 2026')",
    "url": "the citizen's tracking page",
    "service": "the service's name",
}
MAX_TEMPLATE = 3000  # the filled text must stay under the reply limit (desk/actions.py MAX_TEXT)
NEUTRAL = "Bapak/Ibu"
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip


def _placeholders(text: str) -> str:
    """The text, when every {placeholder} in it is a known one without format tricks."""
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise ValueError(f"braces do not pair up ({exc}); write {{{{ for a literal brace") from exc
    known = ", ".join("{" + k + "}" for k in PLACEHOLDERS)
    for _literal, name, spec, conversion in fields:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            shown = "{" + name + (f"!{conversion}" if conversion else "")
            shown += (f":{spec}" if spec else "") + "}"
            raise ValueError(f"unknown placeholder {shown}; known: {known}")
    return text


class ReplyTemplate(BaseModel):
    """One template: an id (stable, for links), a title (the picker) and the text."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")
    title: str = Field(min_length=1, max_length=80)
    text: str = Field(min_length=1, max_length=MAX_TEMPLATE)

    @field_validator("text")
    @classmethod
    def _known_placeholders(cls, value: str) -> str:
        return _placeholders(value)


class ReplyTemplatesFile(BaseModel):
    """The templates file: `shared:` for every section, `sections:` by section id."""

    model_config = ConfigDict(extra="forbid")

    shared: list[ReplyTemplate] = Field(default_factory=list)
    sections: dict[str, list[ReplyTemplate]] = Field(default_factory=dict)


@dataclass(frozen=True)
class Catalogue:
    """The templates in force, and the version (content hash) they came from."""

    shared: tuple[ReplyTemplate, ...] = ()
    by_section: tuple[tuple[str, tuple[ReplyTemplate, ...]], ...] = ()
    version: str = ""

    def for_section(self, section: str) -> list[ReplyTemplate]:
        """The templates an officer may pick for a complaint of this section."""
        own = dict(self.by_section).get(section, ())
        replaced = {t.id for t in own}
        return [t for t in self.shared if t.id not in replaced] + list(own)

    def find(self, section: str, template_id: str) -> ReplyTemplate | None:
        """The template with this id for the section, or None."""
        return next((t for t in self.for_section(section) if t.id == template_id), None)

    def count(self) -> int:
        """How many templates the file holds."""
        return len(self.shared) + sum(len(ts) for _, ts in self.by_section)


def parse_templates(text: str, source: str, sections: list[str]) -> Catalogue:
    """Validate a templates file; ConfigError names the file, key path and line."""
    tree = read_yaml(text, source, ConfigError)
    if tree is None:
        tree = CommentedMap()
    if not isinstance(tree, CommentedMap):
        raise ConfigError(f"{source}: the top level must be a mapping (shared:, sections:)")
    try:
        data = ReplyTemplatesFile.model_validate(_plain(tree))
    except ValidationError as exc:
        raise ConfigError(_describe(exc, tree, source)) from exc
    problems = _cross_check(data, sections)
    if problems:
        raise ConfigError("\n".join(f"{source}: {_with_line(p, tree)}" for p in problems[:5]))
    by_section = tuple((k, tuple(v)) for k, v in data.sections.items())
    return Catalogue(tuple(data.shared), by_section, file_version(text.encode("utf-8")))


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _cross_check(data: ReplyTemplatesFile, sections: list[str]) -> list[str]:
    """Unknown sections and duplicate ids, as 'path: message' (the line is added after)."""
    problems: list[str] = []
    groups = [("shared", data.shared)]
    for section, templates in data.sections.items():
        if section not in sections:
            problems.append(f"sections.{section}: unknown section {section!r}")
        groups.append((f"sections.{section}", templates))
    for path, templates in groups:
        seen: set[str] = set()
        for i, t in enumerate(templates):
            if t.id in seen:
                problems.append(f"{path}[{i}].id: duplicate template id {t.id!r}")
            seen.add(t.id)
    return problems


def load_templates(path: Path, sections: list[str]) -> Catalogue:
    """Read and validate the templates file at `path`."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    return parse_templates(text, str(path), sections)


def indonesian_date(moment: datetime | None, zone: str) -> str:
    """'27 November 2026' in the service's zone (one locale, twelve words: no i18n library)."""
    if moment is None:
        return "-"
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local.day} {MONTHS[local.month - 1]} {local.year}"


@dataclass(frozen=True)
class Facts:
    """What a template is filled with, for one complaint and one officer."""

    code: str
    section: str
    due_at: datetime | None
    name: str | None
    """The citizen's name, only when the officer may see who complained."""


def fill(template: ReplyTemplate, facts: Facts, settings: Settings) -> str:
    """The template's text for this complaint."""
    name = " ".join((facts.name or "").split())[:80]
    values = {
        "code": facts.code,
        "section": settings.section_name(facts.section),
        "name": name or NEUTRAL,
        "greeting": f"Yth. {NEUTRAL} {name}" if name else f"Yth. {NEUTRAL}",
        "deadline": indonesian_date(facts.due_at, settings.service.timezone),
        "url": f"{settings.service.public_base_url}/lacak/{facts.code}",
        "service": settings.service.name,
    }
    return template.text.format(**values).strip()


def facts_for(session: Session, viewer: Viewer, complaint: Complaint) -> Facts:
    """The facts of a complaint; the name only where this officer may see who complained."""
    name = None
    if viewer.identity_access(complaint.anonymous, complaint.confidential) == "visible":
        name = complaint_detail.complainant_name(session, complaint)
    return Facts(complaint.tracking_code, complaint.section, complaint.due_at, name)


class LiveReplies:
    """The templates in force, replaced when their file changes and the new one checks out.

    Checked when used (a stat of the file), so an edit is in force at the next page that shows
    templates; a refused edit is logged once, counted, and shown on the admins' rules page.
    """

    def __init__(self, path: Path | None, sections: list[str], catalogue: Catalogue) -> None:
        self.path = path
        self.sections = sections
        self._catalogue = catalogue
        self._last_error: str | None = None
        self._stat = self._stat_now()
        self._lock = threading.Lock()

    @classmethod
    def load(cls, settings: Settings, config_dir: Path | None = None) -> LiveReplies:
        """The templates named by the settings (none when unnamed); ConfigError when invalid."""
        sections = [s.id for s in settings.sections]
        path = templates_path(settings, config_dir)
        catalogue = load_templates(path, sections) if path is not None else Catalogue()
        return cls(path, sections, catalogue)

    @property
    def last_error(self) -> str | None:
        """Why the last edit was refused, or None when the file in force is the newest."""
        return self._last_error

    def catalogue(self) -> Catalogue:
        """The templates in force, after putting a valid edit of the file in force."""
        stat = self._stat_now()
        if stat != self._stat:
            with self._lock:
                if stat != self._stat:
                    self._reload(stat)
        return self._catalogue

    def _reload(self, stat: tuple[int, int] | None) -> None:
        assert self.path is not None
        self._stat = stat  # an edit is refused once, not at every page; a new save is a new try
        try:
            catalogue = load_templates(self.path, self.sections)
        except ConfigError as exc:
            self._last_error = str(exc)
            RELOADS.labels(result="refused").inc()
            log.error("reply templates edit refused, version %s stays in force: %s",
                      self._catalogue.version, exc)  # fmt: skip
            return
        self._catalogue, self._last_error = catalogue, None
        RELOADS.labels(result="ok").inc()
        log.info("reply templates reloaded: version %s, %d templates",
                 catalogue.version, catalogue.count())  # fmt: skip

    def _stat_now(self) -> tuple[int, int] | None:
        if self.path is None:
            return None
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size
