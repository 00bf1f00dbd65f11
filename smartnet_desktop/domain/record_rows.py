"""Plain rows of the meeting's record (opinion polls, suggestions, agenda notes) that cross
from the services to the window, the command line and the renderers (minutes).

Two parts of the product meet here: the polls and notes are kept by services/polls.py and
services/suggestions.py, the minutes only read them, so the shape is fixed in one place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PollOptionResult:
    option: str
    votes: int


@dataclass(frozen=True, slots=True)
class PollResult:
    poll_id: int
    question: str
    mode: str  # "organisation" (one vote per organisation present) or "count" (show of hands)
    options: tuple[PollOptionResult, ...]
    agenda_item_id: int | None = None
    agenda_item_title: str = ""

    @property
    def total(self) -> int:
        return sum(option.votes for option in self.options)


@dataclass(frozen=True, slots=True)
class AgendaNoteRow:
    """The note written under one agenda item during the meeting."""

    agenda_item_id: int
    position: int
    title: str
    note: str


@dataclass(frozen=True, slots=True)
class SuggestionRow:
    """One "Vorschlag zur Weiterentwicklung der Netzwerktreffen"."""

    id: int
    text: str
    organisation: str = ""
