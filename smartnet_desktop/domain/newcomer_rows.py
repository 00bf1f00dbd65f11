"""Rows of the newcomers ("neu") of a meeting: services/newcomers.py makes them, the
attendee list, the desk's card, the command line and reports/newcomers_list.py read them."""

from __future__ import annotations

from dataclasses import dataclass

from smartnet_desktop.domain.rows import AttendeeRow


@dataclass(frozen=True, slots=True)
class NewcomerMarks:
    """Who is new at one event: person ids and organisation ids, and the people here whose
    organisation is new (the list's "new (org.)")."""

    person_ids: frozenset[int]
    organisation_ids: frozenset[int]
    with_new_organisation: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class Newcomer:
    attendee: AttendeeRow
    new_organisation: bool
    profile_address: str  # the organisation's Steckbrief ("" without one)

    def to_json(self) -> dict:
        """The attendee record of `attendees --json`, plus the two newcomer fields."""
        return {
            **self.attendee.to_json(),
            "new_organisation": self.new_organisation,
            "profile_address": self.profile_address,
        }
