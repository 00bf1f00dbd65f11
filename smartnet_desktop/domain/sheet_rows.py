"""The personal sheet "Heute für Sie interessant" as plain rows: made by services/sheets.py,
drawn by reports/personal_sheet.py (on its own page or inside the folded badge)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class SheetTopic:
    """One topic where the partner and the holder's organisation fit."""

    topic: str
    partner_offers: bool  # the partner offers help (the holder's organisation needs it)
    said: str = ""  # what the partner said about the topic in the survey
    rating: int | None = None  # the partner's experience on the topic, 1 (much) … 6 (none)
    reason: str = ""  # why the two fit, beyond what `said` quotes ("" when nothing more)


@dataclass(frozen=True, slots=True)
class SheetPartner:
    """An organisation that fits and is here (or registered): whom to look for."""

    organization: str
    kind: str
    town: str
    url: str  # its Steckbrief's address, "" when it has none
    topics: tuple[SheetTopic, ...]
    # its people at the meeting whose contact sharing is granted; the others are counted
    # only ("jemand von …"), never named
    named: tuple[str, ...] = ()
    unnamed: int = 0

    def to_json(self) -> dict:
        return {
            "organization": self.organization,
            "kind": self.kind,
            "town": self.town,
            "url": self.url,
            "topics": [
                {
                    "topic": t.topic,
                    "partner": "offers" if t.partner_offers else "needs",
                    "said": t.said,
                    "rating": t.rating,
                    "reason": t.reason,
                }
                for t in self.topics
            ],
            "named": list(self.named),
            "unnamed": self.unnamed,
        }


@dataclass(frozen=True, slots=True)
class PersonalSheet:
    """One person's sheet: their organisation's matches at this meeting."""

    person_id: int
    registration_id: int
    name: str
    organization: str
    event_title: str
    event_date: date
    present: bool  # the partners are checked in today (False: registered, before the day)
    partners: tuple[SheetPartner, ...] = ()

    def to_json(self) -> dict:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "organization": self.organization,
            "present": self.present,
            "partners": [p.to_json() for p in self.partners],
        }


@dataclass(frozen=True, slots=True)
class SheetBatch:
    """The sheets asked for, and who got none: their organisation has no match here
    (`without_matches`), or they are not registered for the meeting (`not_registered`)
    or, asked for those present, not checked in (`not_present`)."""

    sheets: tuple[PersonalSheet, ...]
    without_matches: tuple[int, ...] = ()
    not_registered: tuple[int, ...] = ()
    not_present: tuple[int, ...] = ()
