"""The invitation to the next meeting (issue 26 item 5): the people of a previous meeting
whose contact sharing is granted, written as calendar entry, mail-merge list and e-mail
draft into one folder.

Objections and the never-asked never appear: the list is filtered here, on the current
state of each person, before anything reaches a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop import outputs
from smartnet_desktop.domain.enums import ContactSharing
from smartnet_desktop.domain.search import name_sort_key
from smartnet_desktop.reports.invitation import (
    Invitation,
    Recipient,
    invitation_files,
)
from smartnet_desktop.services import audit
from smartnet_desktop.services.agenda import list_agenda
from smartnet_desktop.services.attendees import list_attendees
from smartnet_desktop.services.events import get_event
from smartnet_desktop.services.network_settings import read_site_identity


@dataclass(frozen=True, slots=True)
class InvitationWritten:
    folder: Path
    files: tuple[str, ...]
    recipients: int  # in the list (contact sharing granted)
    left_out: int  # registered for the previous meeting, but not granted
    minutes_attached: bool

    def to_json(self) -> dict:
        return {
            "status": "ok",
            "folder": str(self.folder),
            "files": list(self.files),
            "recipients": self.recipients,
            "left_out": self.left_out,
            "minutes_attached": self.minutes_attached,
        }


def recipients(sessions: sessionmaker[Session], previous_event_id: int) -> tuple[list, int]:
    """The people registered for the previous meeting whose contact sharing is granted now
    (sorted by name), and how many others were left out."""
    attendees = list_attendees(sessions, previous_event_id)
    granted = [a for a in attendees if a.contact_sharing == ContactSharing.GRANTED]
    granted.sort(key=lambda a: (*name_sort_key(a.family_name, a.given_name), a.person_id))
    people = [
        Recipient(a.title, a.given_name, a.family_name, a.organization, a.email) for a in granted
    ]
    return people, len(attendees) - len(granted)


def _final_minutes(sessions: sessionmaker[Session], event_id: int) -> bytes | None:
    """The previous meeting's minutes as made final; None while they are not."""
    from smartnet_desktop.services.minutes import final_minutes_pdf

    return final_minutes_pdf(sessions, event_id)


def write_invitation(
    sessions: sessionmaker[Session],
    event_id: int,
    previous_event_id: int,
    out: Path,
    language: str = "de",
    by: str = "",
) -> InvitationWritten:
    """Writes einladung.ics, verteiler.csv and einladung.eml into the folder `out` (new,
    empty or written by this program before; see outputs.write_folder). Audited like an
    export: the list holds personal data."""
    event = get_event(sessions, event_id)
    previous = get_event(sessions, previous_event_id)
    people, left_out = recipients(sessions, previous_event_id)
    identity = read_site_identity(sessions)
    minutes = _final_minutes(sessions, previous_event_id)
    invitation = Invitation(
        event,
        previous,
        people,
        list_agenda(sessions, event_id),
        sender_name=identity.office or identity.network or event.organiser,
        sender_email=identity.office_email,
        minutes_pdf=minutes,
    )
    files = invitation_files(invitation, language)

    def logged() -> None:
        with sessions.begin() as session:
            audit.record(
                session,
                "export",
                by,
                event_id,
                None,
                what="invitation",
                count=len(people),
                source_event=previous_event_id,
                folder=str(Path(out).resolve()),
            )

    folder = outputs.write_folder(out, files, before=logged)
    return InvitationWritten(folder, tuple(files), len(people), left_out, minutes is not None)
