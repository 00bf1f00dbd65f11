"""A small meeting for the record's tests (minutes, invitation): people with each
contact-sharing state, some checked in, a winter meeting and a summer one after it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import checkin, consent, events, registry

# (given, family, title, organisation, e-mail, contact sharing, checked in)
PEOPLE = (
    ("Anna", "Beispiel", "Dr.", "Stadt Gera", "anna@gera.example", "grant", True),
    ("Łucja", "Żółćińska", "Prof.", "Hochschule Nordhausen", "lucja@hs.example", "grant", True),
    ("Bernd", "Nein", "", "Stadt Gera", "bernd@gera.example", "object", True),
    ("Clara", "Niegefragt", "", "Landkreis Greiz", "clara@greiz.example", None, True),
    ("Dora", "Widerruf", "", "Stadt Jena", "dora@jena.example", "withdraw", True),
    ("Emil", "Daheim", "", "Stadt Suhl", "emil@suhl.example", "grant", False),
    ("Frieda", "Formel", "", '=HYPERLINK("x")', "frieda@formel.example", "grant", False),
)
GRANTED = ("Anna Beispiel", "Łucja Żółćińska", "Emil Daheim", "Frieda Formel")
NOT_GRANTED = ("Bernd Nein", "Clara Niegefragt", "Dora Widerruf")


@dataclass(frozen=True)
class Meeting:
    sessions: object
    previous: int  # 8 December (winter time)
    following: int  # 15 June (summer time)
    person_ids: dict[str, int]


def make_meeting(sessions) -> Meeting:
    previous = events.create_event(
        sessions,
        EventInput(
            "5. Netzwerktreffen Smart Cities / Smart Regions in Thüringen",
            date(2022, 12, 8),
            "Rathaus Mühlhausen",
            town="Mühlhausen",
            host="Stadt Mühlhausen",
            organiser="Digitalagentur Thüringen",
            start_time=time(10, 0),
            end_time=time(15, 0),
        ),
    ).value.id
    following = events.create_event(
        sessions,
        EventInput(
            "6. Netzwerktreffen",
            date(2023, 6, 15),
            "Volkshaus",
            town="Jena",
            start_time=time(9, 30),
            end_time=time(14, 0),
        ),
    ).value.id
    ids = {}
    for given, family, title, org, email, sharing, present in PEOPLE:
        row = registry.add_attendee(
            sessions,
            previous,
            registry.PersonInput(
                given_name=given, family_name=family, title=title, organization=org, email=email
            ),
        ).value
        ids[f"{given} {family}"] = row.person_id
        if sharing == "withdraw":
            consent.record_contact(sessions, row.person_id, "grant", "test")
        if sharing:
            consent.record_contact(sessions, row.person_id, sharing, "test")
        if present:
            checkin.check_in(sessions, row.registration_id, "desk")
    return Meeting(sessions, previous, following, ids)
