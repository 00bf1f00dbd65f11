"""The invitation to the next meeting as three files: the calendar entry (einladung.ics,
RFC 5545 with the Europe/Berlin VTIMEZONE, so that Outlook and Thunderbird show the
meeting at its local time in summer and in winter), the distribution list for a mail merge
(verteiler.csv) and the e-mail draft (einladung.eml) with the list in Bcc only.

Pure: plain rows in, bytes out. Who may be on the list is decided by the service
(services/invitation.py): only people whose contact sharing is granted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate
from zoneinfo import ZoneInfo

from smartnet_desktop.domain.rows import AgendaRow, EventRow
from smartnet_desktop.reports.agenda import LABELS as AGENDA_LABELS
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words
from smartnet_desktop.services.exporting import csv_bytes

BERLIN = ZoneInfo("Europe/Berlin")
# A fixed namespace: the same meeting keeps its UID when the invitation is written again,
# so that a calendar updates the entry instead of adding a second one.
_UID_NAMESPACE = uuid.UUID("6f1c3f5e-2b1a-4f0e-9a51-5e7d2c0b8a11")
ICS_NAME = "einladung.ics"
CSV_NAME = "verteiler.csv"
EML_NAME = "einladung.eml"
MINUTES_NAME = "protokoll.pdf"

LABELS = {
    "subject": QT_TRANSLATE_NOOP("Reports", "Invitation: {title}, {when}"),
    "greeting": QT_TRANSLATE_NOOP("Reports", "Dear members of the network,"),
    "invite": QT_TRANSLATE_NOOP(
        "Reports", "we cordially invite you to the next meeting of our network:"
    ),
    "calendar": QT_TRANSLATE_NOOP(
        "Reports", "The attached calendar entry puts the meeting into your calendar."
    ),
    "minutes": QT_TRANSLATE_NOOP(
        "Reports", "The minutes of our last meeting ({title}) are attached."
    ),
    "closing": QT_TRANSLATE_NOOP("Reports", "Kind regards"),
    "agenda": AGENDA_LABELS["agenda"],
    "host": AGENDA_LABELS["host"],
    # the salutation of one person in the mail merge (German: "Guten Tag Dr. Anna Beispiel")
    "salutation": QT_TRANSLATE_NOOP("Reports", "Dear {name}"),
    "headers": (
        QT_TRANSLATE_NOOP("Reports", "Salutation"),
        QT_TRANSLATE_NOOP("Reports", "Title"),
        QT_TRANSLATE_NOOP("Reports", "Given name"),
        QT_TRANSLATE_NOOP("Reports", "Family name"),
        QT_TRANSLATE_NOOP("Reports", "Organisation"),
        QT_TRANSLATE_NOOP("Reports", "E-mail"),
    ),
}


@dataclass(frozen=True, slots=True)
class Recipient:
    """One person of the distribution list (contact sharing granted)."""

    title: str
    given_name: str
    family_name: str
    organization: str
    email: str

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.title, self.given_name, self.family_name) if p)


@dataclass(frozen=True, slots=True)
class Invitation:
    event: EventRow  # the meeting invited to
    previous: EventRow  # the meeting whose attendees are invited
    recipients: list[Recipient]
    agenda: list[AgendaRow]
    sender_name: str = ""
    sender_email: str = ""
    minutes_pdf: bytes | None = None  # the previous meeting's final minutes, when written


def invitation_files(invitation: Invitation, language: str = "de", now: datetime | None = None):
    """File name -> bytes: the calendar entry, the list and the draft."""
    now = now or datetime.now(UTC)
    wording = words(language, LABELS)
    ics = calendar_entry(invitation.event, invitation.agenda, wording, now)
    return {
        ICS_NAME: ics,
        CSV_NAME: distribution_csv(invitation.recipients, wording),
        EML_NAME: email_draft(invitation, ics, wording, now),
    }


def _when(event: EventRow) -> tuple[datetime | date, datetime | date]:
    """Start and end in Berlin time; a meeting without hours is a whole-day entry."""
    if event.start_time is None:
        return event.date, event.date + timedelta(days=1)
    start = datetime.combine(event.date, event.start_time, BERLIN)
    if event.end_time is not None:
        end = datetime.combine(event.date, event.end_time, BERLIN)
    else:
        end = start + timedelta(hours=4)
    return start, end


def _place(event: EventRow) -> str:
    return ", ".join(p for p in (event.venue, event.address or event.town) if p)


def _agenda_lines(agenda: list[AgendaRow]) -> list[str]:
    lines = []
    for number, item in enumerate(agenda, start=1):
        clock = f"{item.start:%H:%M} " if item.start else ""
        lines.append(f"{clock}{number}. {item.title}")
    return lines


def calendar_entry(event: EventRow, agenda: list[AgendaRow], wording: dict, now: datetime) -> bytes:
    """RFC 5545: METHOD:PUBLISH (an announcement sent from a draft, not a meeting request
    that expects replies), the event at its local Berlin time with the VTIMEZONE that
    defines it."""
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    calendar = Calendar()
    calendar.add("prodid", "-//SmartNet Desktop//Einladung//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    entry = CalendarEvent()
    entry.add("uid", f"{uuid.uuid5(_UID_NAMESPACE, f'event-{event.id}')}@smartnet-desktop")
    entry.add("dtstamp", now.astimezone(UTC))
    start, end = _when(event)
    entry.add("dtstart", start)
    entry.add("dtend", end)
    entry.add("summary", event.title)
    if _place(event):
        entry.add("location", _place(event))
    description = [
        line
        for line in (
            event.host and f"{wording['host']}: {event.host}",
            *([wording["agenda"] + ":", *_agenda_lines(agenda)] if agenda else []),
        )
        if line
    ]
    if description:
        entry.add("description", "\n".join(description))
    entry.add("sequence", 0)
    entry.add("transp", "OPAQUE")
    calendar.add_component(berlin_timezone())
    calendar.add_component(entry)
    return calendar.to_ical()


def berlin_timezone():
    """Europe/Berlin as Outlook and Thunderbird write it themselves: two yearly rules (the
    EU's last Sundays of March and October since 1996). icalendar's add_missing_timezones
    would list every change from 1970 to 2037 as RDATEs instead (a 3 KB block that says it
    ends in 2038, where the two rules are what the mail clients' own zone tables hold); the
    tests compare this definition with zoneinfo's for 2022 to 2040."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    zone = Timezone()
    zone.add("tzid", "Europe/Berlin")
    zone.add("x-lic-location", "Europe/Berlin")
    for part, name, before, after, start, month in (
        (TimezoneDaylight(), "CEST", 1, 2, datetime(1970, 3, 29, 2), 3),
        (TimezoneStandard(), "CET", 2, 1, datetime(1970, 10, 25, 3), 10),
    ):
        part.add("tzname", name)
        part.add("tzoffsetfrom", timedelta(hours=before))
        part.add("tzoffsetto", timedelta(hours=after))
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        zone.add_component(part)
    return zone


def distribution_csv(recipients: list[Recipient], wording: dict) -> bytes:
    """Salutation, title, names, organisation, e-mail: one row per person."""
    rows = [
        [
            wording["salutation"].format(name=r.name),
            r.title,
            r.given_name,
            r.family_name,
            r.organization,
            r.email,
        ]
        for r in recipients
    ]
    return csv_bytes([list(wording["headers"]), *rows])


def email_body(invitation: Invitation, wording: dict) -> str:
    event = invitation.event
    lines = [wording["greeting"], "", wording["invite"], "", event.title]
    clock = ""
    if event.start_time:
        end = f"–{event.end_time:%H:%M}" if event.end_time else ""
        clock = f", {event.start_time:%H:%M}{end}"
    lines.append(f"{event.date:%d.%m.%Y}{clock}")
    if _place(event):
        lines.append(_place(event))
    if invitation.agenda:
        lines += ["", wording["agenda"] + ":", *_agenda_lines(invitation.agenda)]
    lines += ["", wording["calendar"]]
    if invitation.minutes_pdf:
        lines.append(wording["minutes"].format(title=invitation.previous.title))
    lines += ["", wording["closing"], invitation.sender_name or event.organiser]
    return "\n".join(lines) + "\n"


def email_draft(invitation: Invitation, ics: bytes, wording: dict, now: datetime) -> bytes:
    """An unsent draft (X-Unsent: 1 makes Outlook open it for editing): the recipients in
    Bcc, never To or Cc, so that nobody learns the others' addresses; the .ics attached as
    text/calendar and the minutes of the last meeting when they were written."""
    event = invitation.event
    # CR LF as mail files have them; long header lines are not folded at 78 characters,
    # as Python's folding doubles the space before an encoded word ("in  Thüringen").
    message = EmailMessage(policy=SMTP.clone(max_line_length=998))
    message["Subject"] = wording["subject"].format(title=event.title, when=f"{event.date:%d.%m.%Y}")
    if invitation.sender_email:
        message["From"] = formataddr((invitation.sender_name, invitation.sender_email))
        message["To"] = formataddr((invitation.sender_name, invitation.sender_email))
    addresses = [formataddr((r.name, r.email)) for r in invitation.recipients if r.email]
    if addresses:
        message["Bcc"] = ", ".join(addresses)
    message["Date"] = formatdate(now.timestamp(), localtime=False)
    message["X-Unsent"] = "1"
    message.set_content(email_body(invitation, wording), cte="quoted-printable")
    message.add_attachment(
        ics,
        maintype="text",
        subtype="calendar",
        filename=ICS_NAME,
        params={"method": "PUBLISH", "charset": "utf-8"},
    )
    if invitation.minutes_pdf:
        message.add_attachment(
            invitation.minutes_pdf, maintype="application", subtype="pdf", filename=MINUTES_NAME
        )
    return message.as_bytes()
