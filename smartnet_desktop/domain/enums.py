"""Fixed vocabularies stored as short strings, so that the database stays readable."""

from __future__ import annotations

from enum import StrEnum

# The badge stock of a new event: A4 sheets of 90 × 55 mm insert cards, the commonest.
DEFAULT_BADGE_LAYOUT = "a4-insert-90x55"


class OrganizationKind(StrEnum):
    MUNICIPALITY = "municipality"  # Kommune
    DISTRICT = "district"  # Landkreis
    REGION = "region"  # Zweckverband / Region
    RESEARCH = "research"  # Hochschule / Forschung
    ECONOMIC_DEVELOPMENT = "economic_development"  # Wirtschaftsförderung
    REPRESENTATION = "representation"  # Landes- / EU-Vertretung
    COMPANY = "company"  # Unternehmen
    OTHER = "other"  # Sonstige


class StatementKind(StrEnum):
    OFFER = "offer"
    NEED = "need"
    EXPERIENCE = "experience"


class SurveyKind(StrEnum):
    """What a line of the survey's long form says (its column "Art"): a statement of one
    of the StatementKinds, or whether the organisation wants support."""

    OFFER = StatementKind.OFFER.value
    NEED = StatementKind.NEED.value
    EXPERIENCE = StatementKind.EXPERIENCE.value
    SUPPORT = "support"
    NO_SUPPORT = "no_support"


class SupportWanted(StrEnum):
    """An organisation's answer to "support wanted?" (Organization.support_wanted; an
    empty value means it has not said)."""

    YES = "yes"
    NO = "no"


class TopicArea(StrEnum):
    PROCESS = "process"
    FIELD = "field"


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
    KIOSK = "kiosk"  # answered by the attendee at the self check-in kiosk (issue 27)


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


def photo_objection_in_force(decisions: list[tuple[str, int | None, str]], event_id: int) -> bool:
    """Whether a person objects to photos at an event, from their photo decisions in the
    order recorded, as (scope, event id, decision): the latest decision that applies to the
    event (one for that event, or one for all events) counts."""
    for scope, decided_for, decision in reversed(decisions):
        if scope == ConsentScope.ALL_EVENTS or decided_for == event_id:
            return decision == ConsentDecision.OBJECT
    return False
