"""Who may see what: an officer sees the complaints of their sections, a supervisor all of them.

Every query of the desk that reads complaints (or what hangs off them: messages, attachments,
events, outbox rows) goes through `Viewer.scope`, so a complaint outside the viewer's sections is
the same as one that does not exist: 404, never a hint that it is there.
"""

from __future__ import annotations

from dataclasses import dataclass

from store import complaints

ROLES = ("officer", "supervisor", "admin")
ROLE_NAMES = {"officer": "Petugas", "supervisor": "Supervisor", "admin": "Admin"}


@dataclass(frozen=True)
class Viewer:
    """The signed-in desk user of one request."""

    officer_id: int
    username: str
    role: str
    sections: tuple[str, ...]
    session_id: str
    csrf: str

    @property
    def all_sections(self) -> bool:
        """Supervisors see every section of the Secretariat."""
        return self.role == "supervisor"

    @property
    def is_admin(self) -> bool:
        """Admins look after officers, channels, dead letters and rules."""
        return self.role == "admin"

    @property
    def can_reassign_any(self) -> bool:
        """Supervisors move complaints between any sections."""
        return self.role == "supervisor"

    def can_see(self, section: str) -> bool:
        """Whether a complaint of this section is visible."""
        return self.all_sections or section in self.sections

    def scope(self) -> complaints.Scope:
        """The condition on Complaint (for the store's queries) that limits a query to the
        visible complaints."""
        return complaints.scope(None if self.all_sections else self.sections)

    def identity_access(self, anonymous: bool, confidential: bool) -> str:
        """Who complained, for this viewer: `visible`, `on_request` (audited) or `hidden`.

        anonim hides the citizen from every desk user; rahasia shows them to supervisors and
        admins only, one audited view at a time (see docs/accountability.md).
        """
        if anonymous:
            return "hidden"
        if confidential:
            return "on_request" if self.role in ("supervisor", "admin") else "hidden"
        return "visible"

    def visible_sections(self, configured: list[str]) -> list[str]:
        """The configured sections this viewer can filter on."""
        if self.all_sections:
            return configured
        return [s for s in configured if s in self.sections]
