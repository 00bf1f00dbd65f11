"""Fixed vocabularies stored as short strings, so that the database stays readable."""

from __future__ import annotations

from enum import StrEnum


class OrganizationKind(StrEnum):
    MUNICIPALITY = "municipality"
    REGION = "region"
    RESEARCH = "research"
    PUBLIC_BODY = "public_body"
    COMPANY = "company"
    OTHER = "other"


class ConsentKind(StrEnum):
    PHOTO = "photo"
    CONTACT_SHARING = "contact_sharing"


class ContactSharing(StrEnum):
    """The current contact-sharing state. Only GRANTED shares anything."""

    NOT_ASKED = "not_asked"
    GRANTED = "granted"
    OBJECTED = "objected"


class ConsentDecision(StrEnum):
    GRANT = "grant"
    OBJECT = "object"
    WITHDRAW = "withdraw"


class ConsentScope(StrEnum):
    EVENT = "event"
    ALL_EVENTS = "all_events"


class Channel(StrEnum):
    DESK = "desk"
    FORM = "form"
    EMAIL = "email"
    PHONE = "phone"
    IMPORT = "import"


class AgendaKind(StrEnum):
    TALK = "talk"
    TOUR = "tour"
    DISCUSSION = "discussion"
    BREAK = "break"
    NETWORKING = "networking"


def contact_state(latest_decision: str | None) -> str:
    """The contact-sharing state that follows from the latest decision; a withdrawal of a
    grant is an objection, and no decision at all is "not asked"."""
    if latest_decision is None:
        return ContactSharing.NOT_ASKED
    return (
        ContactSharing.GRANTED
        if latest_decision == ConsentDecision.GRANT
        else ContactSharing.OBJECTED
    )
