"""Settings of the network that every desk shares (rows of network_settings) and that the
publications print: who answers for an organisation whose profile names no contact person
(the office, with its e-mail and phone), the network's name, its Impressum and
Datenschutz pages, and which meeting the survey report is made for (its title heads the
report). The profile base URL lives with the profile addresses (services.organizations)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.models import Event, NetworkSetting
from smartnet_desktop.domain.network_rows import SiteIdentity
from smartnet_desktop.services import validation
from smartnet_desktop.services.events import load_event

CONTACT_OFFICE = "contact_office"
SURVEY_EVENT = "survey_event"
NETWORK_NAME = "network_name"
IMPRINT_URL = "imprint_url"
PRIVACY_URL = "privacy_url"
OFFICE_EMAIL = "office_email"
OFFICE_PHONE = "office_phone"


def _value(session: Session, key: str) -> str:
    setting = session.get(NetworkSetting, key)
    return setting.value if setting else ""


def stored_value(session: Session, key: str) -> str:
    """One setting read inside the caller's transaction ("" = not set)."""
    return _value(session, key)


def store(session: Session, key: str, value: str) -> None:
    """Sets one setting inside the caller's transaction (the setters below, the demo)."""
    setting = session.get(NetworkSetting, key) or NetworkSetting(key=key)
    setting.value = value
    session.add(setting)


def contact_office(session: Session) -> str:
    """ "Digitalagentur": named on a profile without a contact person ("" = not set)."""
    return _value(session, CONTACT_OFFICE)


def set_contact_office(sessions: sessionmaker[Session], name: str) -> str:
    name = validation.optional_text(CONTACT_OFFICE, name, 200)
    with sessions.begin() as session:
        store(session, CONTACT_OFFICE, name)
    return name


def survey_title(session: Session) -> str:
    """The title of the meeting the survey is reported at: the one chosen for it, else
    the newest meeting ("" without any)."""
    chosen = _value(session, SURVEY_EVENT)
    event = session.get(Event, int(chosen)) if chosen.isdigit() else None
    if event is None:
        event = session.scalars(
            select(Event).order_by(Event.date.desc().nulls_last(), Event.id.desc()).limit(1)
        ).first()
    return event.title if event else ""


def set_survey_event(sessions: sessionmaker[Session], event_id: int) -> None:
    with sessions.begin() as session:
        load_event(session, event_id)  # NotFound for an id no event has
        store(session, SURVEY_EVENT, str(event_id))


def site_identity(session: Session) -> SiteIdentity:
    """Who publishes the site and how to reach them: what every published page shows."""
    return SiteIdentity(
        network=_value(session, NETWORK_NAME),
        imprint=_value(session, IMPRINT_URL),
        privacy=_value(session, PRIVACY_URL),
        office=_value(session, CONTACT_OFFICE),
        office_email=_value(session, OFFICE_EMAIL),
        office_phone=_value(session, OFFICE_PHONE),
    )


def read_site_identity(sessions: sessionmaker[Session]) -> SiteIdentity:
    with sessions() as session:
        return site_identity(session)


def set_site_identity(sessions: sessionmaker[Session], **changes: str | None) -> SiteIdentity:
    """Stores the given parts (None: unchanged) after checking each: the Impressum and
    Datenschutz pages are web addresses, the office's e-mail and phone reachable forms."""
    checks = {
        "network": (NETWORK_NAME, lambda v: validation.optional_text("network", v, 200)),
        "imprint": (IMPRINT_URL, lambda v: validation.web_address("imprint", v)),
        "privacy": (PRIVACY_URL, lambda v: validation.web_address("privacy", v)),
        "office": (CONTACT_OFFICE, lambda v: validation.optional_text(CONTACT_OFFICE, v, 200)),
        "office_email": (OFFICE_EMAIL, validation.email),
        "office_phone": (OFFICE_PHONE, validation.phone),
    }
    checked = {
        checks[name][0]: checks[name][1](value)
        for name, value in changes.items()
        if value is not None
    }
    with sessions.begin() as session:
        for key, value in checked.items():
            store(session, key, value)
        return site_identity(session)
