"""The data model (SQLAlchemy 2.0 style). Persons and organisations live across events."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from smartnet_desktop.domain.enums import DEFAULT_BADGE_LAYOUT

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Stores naive UTC, hands out aware UTC, so every backend compares times alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use UTC-aware times")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Organization(Base):
    """A member of the network, with its profile ("Steckbrief") behind the badge QR."""

    __tablename__ = "organizations"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(30), default="other")  # enums.OrganizationKind
    town: Mapped[str] = mapped_column(String(200), default="")
    # Its own profile page; empty: the network's profile base URL + slug.
    profile_url: Mapped[str] = mapped_column(String(500), default="")
    slug: Mapped[str] = mapped_column(String(120), default="", index=True)
    population: Mapped[int | None] = mapped_column(Integer)
    website: Mapped[str] = mapped_column(String(500), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # Shown on the profile only while this person's contact sharing is "granted".
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL", use_alter=True, name="fk_org_contact")
    )
    partners: Mapped[str] = mapped_column(Text, default="")
    support_wanted: Mapped[str] = mapped_column(
        String(5), default=""
    )  # SupportWanted, or "" (not said)
    support_reasons: Mapped[str] = mapped_column(Text, default="")
    # Its experience ratings appear on its published page only when it chose so.
    publish_ratings: Mapped[bool] = mapped_column(Boolean, default=False)


class Topic(Base):
    """The catalogue: a field of action ("field") or a process ("process"), with the other
    words a survey may use for it."""

    __tablename__ = "topics"
    __table_args__ = (CheckConstraint("area IN ('process', 'field')", name="area_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    area: Mapped[str] = mapped_column(String(10), default="field")
    synonyms: Mapped[str] = mapped_column(Text, default="")  # separated by ";"


class Statement(Base):
    """What an organisation said in the survey about a topic: it offers help, needs help,
    or rates its experience (1 = very much ... 6 = none)."""

    __tablename__ = "statements"
    __table_args__ = (
        UniqueConstraint("organization_id", "topic_id", "kind", name="uq_statements_once"),
        CheckConstraint("kind IN ('offer', 'need', 'experience')", name="kind_known"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 6", name="rating_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    rating: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")


class Project(Base):
    """A Smart-City project of an organisation, shown on its profile."""

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(100), default="")
    link: Mapped[str] = mapped_column(String(500), default="")


class NetworkSetting(Base):
    """Settings of the network that every desk shares (the profile base URL)."""

    __tablename__ = "network_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Person(Base):
    __tablename__ = "persons"
    __table_args__ = (
        CheckConstraint(
            "length(trim(given_name)) > 0 OR length(trim(family_name)) > 0",
            name="name_not_empty",
        ),
        CheckConstraint(
            "contact_sharing IN ('not_asked', 'granted', 'objected')", name="contact_state"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), default="")
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    # domain.search.name_sort_text: the database lists names in German order with it
    sort_key: Mapped[str] = mapped_column(Text, default="", index=True)
    # Mirrors of the latest ConsentEvent, written in the same transaction as the event.
    contact_sharing: Mapped[str] = mapped_column(String(12), default="not_asked")
    photo_objection_all_events: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when this record was merged into another as a duplicate; its consent history
    # stays attached to it (append-only) and counts for the person it was merged into.
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        CheckConstraint("retention_months >= 0", name="retention_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(300), default="")
    town: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    host: Mapped[str] = mapped_column(String(300), default="")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    notices: Mapped[str] = mapped_column(Text, default="")
    retention_months: Mapped[int] = mapped_column(Integer, default=24)
    badge_layout: Mapped[str] = mapped_column(String(100), default=DEFAULT_BADGE_LAYOUT)
    qr_content: Mapped[str] = mapped_column(String(20), default="profile")
    photo_question: Mapped[str] = mapped_column(Text, default="")
    contact_question: Mapped[str] = mapped_column(Text, default="")


class Registration(Base):
    __tablename__ = "registrations"
    __table_args__ = (UniqueConstraint("event_id", "person_id", name="uq_registration_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    badge_code: Mapped[str] = mapped_column(String(16), unique=True)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    checked_in_by: Mapped[str] = mapped_column(String(100), default="")
    badge_printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Whether the printed badge carries the photo-objection marker; when it differs from
    # photo_objection, the badge must be reprinted.
    badge_fingerprint: Mapped[str] = mapped_column(String(16), default="")
    # Mirror of the photo objection in force for this event (event-specific or all events).
    photo_objection: Mapped[bool] = mapped_column(Boolean, default=False)
    # What the printed badge's QR code opens, frozen when printed ("" = never printed):
    # the published site keeps a page for it and the base URL does not move under it.
    badge_target: Mapped[str] = mapped_column(String(600), default="")
    # A note for the desk ("VIP — tell the host", "pays at the desk"), shown at check-in.
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class AgendaItem(Base):
    __tablename__ = "agenda_items"
    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        CheckConstraint("duration_minutes >= 0", name="duration_not_negative"),
        Index("ix_agenda_items_event_position", "event_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    fixed_start: Mapped[time | None] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    speaker: Mapped[str] = mapped_column(String(300), default="")
    location: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(20), default="talk")
    # Written under the item during the meeting; the minutes print it.
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class Poll(Base):
    """An opinion poll (Meinungsbild) of one meeting, optionally under an agenda item.

    mode "organisation": one vote per organisation present (a later vote replaces its
    earlier one); mode "count": a show of hands, a number per option."""

    __tablename__ = "polls"
    __table_args__ = (
        CheckConstraint("length(trim(question)) > 0", name="question_not_empty"),
        CheckConstraint("mode IN ('organisation', 'count')", name="mode_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    question: Mapped[str] = mapped_column(String(500))
    mode: Mapped[str] = mapped_column(String(20), default="organisation")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PollOption(Base):
    """An answer of a poll; `counted` holds the show of hands of a "count" poll."""

    __tablename__ = "poll_options"
    __table_args__ = (
        UniqueConstraint("poll_id", "label", name="uq_poll_option_label"),
        CheckConstraint("length(trim(label)) > 0", name="label_not_empty"),
        CheckConstraint("counted >= 0", name="counted_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(200))
    counted: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PollVote(Base):
    """The one vote of an organisation in a poll of mode "organisation"."""

    __tablename__ = "poll_votes"
    __table_args__ = (UniqueConstraint("poll_id", "organization_id", name="uq_poll_vote_org"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"))
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE")
    )
    option_id: Mapped[int] = mapped_column(ForeignKey("poll_options.id", ondelete="CASCADE"))
    voted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Suggestion(Base):
    """A "Vorschlag zur Weiterentwicklung der Netzwerktreffen" made at a meeting."""

    __tablename__ = "suggestions"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ConsentEvent(Base):
    """Append-only record of every consent decision; the current state is the latest one."""

    __tablename__ = "consent_events"
    __table_args__ = (
        CheckConstraint("kind IN ('photo', 'contact_sharing')", name="kind_known"),
        CheckConstraint("decision IN ('grant', 'object', 'withdraw')", name="decision_known"),
        Index("ix_consent_events_person_kind", "person_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    scope: Mapped[str] = mapped_column(String(12), default="event")
    decision: Mapped[str] = mapped_column(String(10))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    channel: Mapped[str] = mapped_column(String(10), default="desk")
    text_version: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Append-only log of check-ins, undos, consent changes, imports, exports and erasures."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_person", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(40))
    event_id: Mapped[int | None] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text, default="{}")


class AppliedRequest(Base):
    """Each desk request (check-in, undo, consent change) carries an id made where it was
    first sent; a request sent again (a retry, an offline queue replayed) is applied once."""

    __tablename__ = "applied_requests"

    request_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    registration_id: Mapped[int | None] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ChangeRecord(Base):
    """The change sequence other desks follow: one row per check-in, undo, walk-in or
    consent change. A desk remembers its position and asks for what came after, so nothing
    is missed after a reconnect (PostgreSQL's NOTIFY only says "ask now"; there the rows
    also keep their transaction's id, migration 0018, and desks follow that instead)."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    event_id: Mapped[int | None] = mapped_column(Integer, index=True)
    person_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Minutes(Base):
    """The minutes of one meeting: the organiser's own text (the generated sections are
    gathered anew while it is a draft) and, once final, the PDF as written."""

    __tablename__ = "minutes"
    __table_args__ = (CheckConstraint("status IN ('draft', 'final')", name="status_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), unique=True)
    introduction: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="draft")
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finalised_by: Mapped[str] = mapped_column(String(100), default="")
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
