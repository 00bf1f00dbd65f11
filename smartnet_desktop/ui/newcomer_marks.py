"""Who is "neu" at the current event, for the attendee list and the desk's card.

Read again only when the rows are reloaded in full or a person the marks do not know
appears (a walk-in): a check-in at this event changes nobody's mark, since only earlier
meetings count. A database that cannot answer leaves the marks as they were (the desk's
banner says why); the marks never stop a check-in."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services.newcomers import newcomer_marks

# Up to this many rows (a large event's first screenful) are marked from their own people's
# records; more from the whole event's, which is cheaper than a long list of ids.
FEW_ROWS = 500


class NewcomerMarks:
    def __init__(self, database: Callable[[], object]) -> None:
        self._database = database
        self._event_id: int | None = None
        self._known: frozenset[int] = frozenset()  # the people the marks were read for
        self.person_ids: frozenset[int] = frozenset()
        self.with_new_organisation: frozenset[int] = frozenset()

    def update(self, event_id: int | None, rows: Sequence[AttendeeRow], full: bool = True) -> bool:
        """Reads the marks again where needed; True when they changed."""
        people = frozenset(r.person_id for r in rows)
        if event_id is None:
            changed = bool(self.person_ids)
            self._event_id, self._known, self.person_ids = None, frozenset(), frozenset()
            self.with_new_organisation = frozenset()
            return changed
        if event_id == self._event_id and not full and people <= self._known:
            return False
        try:
            few = people if len(people) <= FEW_ROWS else None
            marks = newcomer_marks(self._database(), event_id, few)
        except SmartNetError:
            return False
        changed = (marks.person_ids, marks.with_new_organisation) != (
            self.person_ids,
            self.with_new_organisation,
        )
        self._event_id, self._known, self.person_ids = event_id, people, marks.person_ids
        self.with_new_organisation = marks.with_new_organisation
        return changed

    def is_new(self, row: AttendeeRow) -> bool:
        return row.event_id == self._event_id and row.person_id in self.person_ids

    def organisation_is_new(self, row: AttendeeRow) -> bool:
        """The row's organisation is at its first meeting too."""
        return row.event_id == self._event_id and row.person_id in self.with_new_organisation
