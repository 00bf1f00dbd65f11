"""Plain, frozen rows: what crosses the boundary between services and UI/CLI."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, time

from smartnet_desktop.domain.badge_print import badge_fingerprint
from smartnet_desktop.domain.enums import DEFAULT_BADGE_LAYOUT
from smartnet_desktop.domain.sheet_rows import PersonalSheet


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    number: int | None
    title: str
    date: date
    venue: str
    town: str = ""
    address: str = ""
    host: str = ""
    organiser: str = ""
    start_time: time | None = None
    end_time: time | None = None
    notices: str = ""
    retention_months: int = 24
    badge_layout: str = ""
    qr_content: str = "profile"
    photo_question: str = ""
    contact_question: str = ""

    def to_json(self) -> dict:
        data = asdict(self)
        data["date"] = self.date.isoformat()
        for key in ("start_time", "end_time"):
            data[key] = data[key].strftime("%H:%M") if data[key] else None
        return data


@dataclass(frozen=True, slots=True)
class EventInput:
    """What a user enters for a new or edited event; validated by the service."""

    title: str
    date: date
    venue: str = ""
    number: int | None = None
    town: str = ""
    address: str = ""
    host: str = ""
    organiser: str = ""
    start_time: time | None = None
    end_time: time | None = None
    notices: str = ""
    retention_months: int = 24
    badge_layout: str = DEFAULT_BADGE_LAYOUT
    qr_content: str = "profile"
    photo_question: str | None = None  # None: the default German wording
    contact_question: str | None = None

    @staticmethod
    def from_row(row: EventRow) -> EventInput:
        """The values of an existing event, to edit or to copy: every field both share."""
        return EventInput(**{f.name: getattr(row, f.name) for f in fields(EventInput)})


@dataclass(frozen=True, slots=True)
class AgendaItemInput:
    title: str
    duration_minutes: int = 30
    fixed_start: time | None = None
    description: str = ""
    speaker: str = ""
    location: str = ""
    kind: str = "talk"


@dataclass(frozen=True, slots=True)
class AttendeeRow:
    """One person registered for one event, with the states the desk needs."""

    registration_id: int
    person_id: int
    event_id: int
    title: str
    given_name: str
    family_name: str
    organization: str
    role: str
    email: str
    phone: str
    badge_code: str
    walk_in: bool
    checked_in_at: datetime | None
    checked_in_by: str
    badge_printed_at: datetime | None
    photo_objection: bool
    contact_sharing: str
    badge_fingerprint: str = ""
    note: str = ""  # the registration's note for the desk
    search_key: str = field(default="", repr=False, compare=False)
    # The stored name_sort_text: lists sort by it without folding 20,000 names again.
    sort_key: str = field(default="", repr=False, compare=False)

    # What the "Fragen Sie mich zu" line would say now (filled in for printed badges only).
    ask_me_about: str = field(default="", repr=False, compare=False)

    @property
    def needs_reprint(self) -> bool:
        """A printed badge whose name, organisation, role, photo marker or (when it showed
        one) "Fragen Sie mich zu" line changed since."""
        if self.badge_printed_at is None:
            return False
        shown = (
            self.title,
            self.given_name,
            self.family_name,
            self.organization,
            self.role,
            self.photo_objection,
        )
        return self.badge_fingerprint not in (
            badge_fingerprint(*shown),
            badge_fingerprint(*shown, self.ask_me_about),
        )

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.title, self.given_name, self.family_name) if p)

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("search_key")
        data.pop("ask_me_about")
        for key in ("checked_in_at", "badge_printed_at"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


@dataclass(frozen=True, slots=True)
class EventCounts:
    registered: int  # every registration, walk-ins included
    checked_in: int
    walk_ins: int  # of those checked in, the ones who came without registering
    photo_objections: int

    @property
    def expected(self) -> int:
        return self.registered - self.checked_in


@dataclass(frozen=True, slots=True)
class AgendaRow:
    id: int
    event_id: int
    position: int
    start: time | None
    end: time | None
    fixed_start: time | None
    duration_minutes: int
    title: str
    description: str
    speaker: str
    location: str
    kind: str
    overlaps: bool = False
    past_end: bool = False

    def to_json(self) -> dict:
        data = asdict(self)
        for key in ("start", "end", "fixed_start"):
            data[key] = data[key].strftime("%H:%M") if data[key] else None
        return data


@dataclass(frozen=True, slots=True)
class Change:
    """What a write changed, so the window refreshes exactly the affected views."""

    event_ids: frozenset[int] = frozenset()
    person_ids: frozenset[int] = frozenset()
    events_changed: bool = False
    agenda_changed: bool = False


@dataclass(frozen=True, slots=True)
class BadgeData:
    """What one name badge shows; made by the badge service, drawn by badges.render."""

    registration_id: int
    given_name: str
    family_name: str
    title: str
    organization: str
    role: str
    event_title: str
    event_date: date
    qr_content: str
    photo_objection: bool
    badge_code: str = ""
    ask_me_about: str = ""  # topics the holder's organisation offers ("Fragen Sie mich zu")
    # the holder's personal sheet, printed inside a folded badge with a sheet panel
    inside: PersonalSheet | None = None
