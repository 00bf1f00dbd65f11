"""The network's people as an import's parts see them (issue 24 item 4): read once, at the
first part, and kept; each later part reads only the people added since (a desk's walk-in
during a pause between parts). Every part used to read all of them again.

What a later part does not see again: an edit of a known person's e-mail, name or
organisation, or a merge, done in a pause of the import; the rows then match as the
network was when the import began, as they would had the edit come just after it."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from smartnet_desktop.domain.models import Person
from smartnet_desktop.domain.search import identity_fold, normalise

# Cell values that repeat down a file (an organisation, "ja") are folded once: a
# 20,000-row import folded its 300 organisations 60,000 times.
fold_cell = lru_cache(maxsize=1 << 14)(normalise)

# The folding of each name is remembered: an import of 20,000 rows asks it twice per row,
# and its given names repeat (a whole key remembered missed for every new row).
_identity_fold = lru_cache(maxsize=1 << 17)(identity_fold)


def _same_person_key(given: str, family: str, org_id: int | None) -> tuple:
    """domain.search.same_person_key, each name folded once."""
    return _identity_fold(given), _identity_fold(family), org_id


class KnownPeople:
    """E-mail (lowered) and same-person key -> person id; the first one found wins."""

    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple, int] = {}
        self.newest = -1  # no one read yet

    def refresh(self, session: Session) -> None:
        """Reads the people with a larger id than any seen (everyone, the first time). Call
        under the import's write lock: nobody adds a person with a smaller id meanwhile."""
        query = select(
            Person.id, Person.email, Person.given_name, Person.family_name, Person.organization_id
        ).where(Person.merged_into_id.is_(None))
        if self.newest >= 0:
            query = query.where(Person.id > self.newest)
        newest = max(self.newest, 0)
        for pid, email, given, family, org_id in session.execute(query):
            self.add(pid, email, given, family, org_id)
            newest = max(newest, pid)
        self.newest = newest

    def add(self, pid: int, email: str | None, given: str, family: str, org_id: int | None):
        if email:
            self.by_email.setdefault(email.lower(), pid)
        self.by_name.setdefault(_same_person_key(given, family, org_id), pid)
        self.newest = max(self.newest, pid)

    def find(self, email: str | None, given: str, family: str, org_id: int | None) -> int | None:
        pid = self.by_email.get(email.lower()) if email else None
        if pid is None:
            pid = self.by_name.get(_same_person_key(given, family, org_id))
        return pid
