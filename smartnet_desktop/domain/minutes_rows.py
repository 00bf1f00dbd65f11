"""The minutes of one meeting as plain data: what the window shows of a draft, what the
renderer draws (reports/minutes.py) and what the command line writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from smartnet_desktop.domain.network_rows import Match, SurveySummary
from smartnet_desktop.domain.record_rows import AgendaNoteRow, PollResult, SuggestionRow
from smartnet_desktop.domain.rows import AgendaRow, EventRow

DRAFT = "draft"
FINAL = "final"


@dataclass(frozen=True, slots=True)
class Attendance:
    """Who was there (checked in). Organisations are named; a person only while their
    contact sharing is granted; the others are only counted."""

    organisations: tuple[str, ...]
    named: tuple[str, ...]  # "Dr. Anna Beispiel (Stadt Gera)"
    unnamed: int

    @property
    def total(self) -> int:
        return len(self.named) + self.unnamed


@dataclass(frozen=True, slots=True)
class MinutesData:
    event: EventRow
    attendance: Attendance
    agenda: tuple[AgendaRow, ...] = ()
    notes: tuple[AgendaNoteRow, ...] = ()
    polls: tuple[PollResult, ...] = ()
    survey: SurveySummary | None = None
    matches: tuple[Match, ...] = ()
    suggestions: tuple[SuggestionRow, ...] = ()
    next_event: EventRow | None = None
    introduction: str = ""  # the organiser's own text
    closing: str = ""
    status: str = DRAFT
    finalised_at: datetime | None = None
    finalised_by: str = ""

    @property
    def final(self) -> bool:
        return self.status == FINAL
