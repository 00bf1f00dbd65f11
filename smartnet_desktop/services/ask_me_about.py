"""The "Fragen Sie mich zu" line of a badge: what the holder's organisation offers.

One place for it, because the badge prints it and the reprint check compares it."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from smartnet_desktop.domain.enums import StatementKind
from smartnet_desktop.domain.models import Person, Statement, Topic

ASK_ME_ABOUT_TOPICS = 3  # more would not fit a line on a 90 × 55 mm badge


def offers_by_person(session: Session, person_ids: Iterable[int]) -> dict[int, str]:
    """Each person's organisation's first offered topics, joined; people whose
    organisation offers nothing are absent."""
    wanted = list(set(person_ids))
    found: dict[int, list[str]] = {}
    for start in range(0, len(wanted), 500):  # bounded IN lists on every database
        for person_id, topic in session.execute(
            select(Person.id, Topic.name)
            .join(Statement, Statement.organization_id == Person.organization_id)
            .join(Topic, Topic.id == Statement.topic_id)
            .where(
                Person.id.in_(wanted[start : start + 500]), Statement.kind == StatementKind.OFFER
            )
            .order_by(Person.id, Topic.name)
        ):
            found.setdefault(person_id, []).append(topic)
    return {p: ", ".join(t[:ASK_ME_ABOUT_TOPICS]) for p, t in found.items()}
