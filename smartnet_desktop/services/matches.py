"""Potential matches: for each topic, every organisation that needs help paired with every
organisation that offers it, ranked by how many topics the two share (one needs what the
other offers). An organisation is never matched with itself."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.enums import StatementKind
from smartnet_desktop.domain.models import Organization, Statement, Topic
from smartnet_desktop.domain.network_rows import Match
from smartnet_desktop.domain.search import name_sort_key, normalise
from smartnet_desktop.services.topics import TopicIndex


def potential_matches(sessions: sessionmaker[Session], topic: str | None = None) -> list[Match]:
    with sessions() as session:
        return matches_in(session, topic)


def matches_in(session: Session, topic: str | None = None) -> list[Match]:
    """Sorted by topic, then most shared topics first, then names. `topic`: one topic only
    (its name or a synonym)."""
    wanted = None
    if topic:
        found = TopicIndex(session).find(topic)
        wanted = found.name if found else normalise(topic)
    offers: dict[str, set[str]] = defaultdict(set)  # topic -> organisations
    needs: dict[str, set[str]] = defaultdict(set)
    said: dict[tuple[str, str, str], str] = {}  # (kind, topic, organisation) -> description
    for kind, topic_name, org_name, description in session.execute(
        select(Statement.kind, Topic.name, Organization.name, Statement.description)
        .join(Topic, Topic.id == Statement.topic_id)
        .join(Organization, Organization.id == Statement.organization_id)
        .where(Statement.kind.in_([StatementKind.OFFER, StatementKind.NEED]))
    ):
        (offers if kind == StatementKind.OFFER else needs)[topic_name].add(org_name)
        said[(kind, topic_name, org_name)] = description
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)  # (need, offer) -> topics
    for topic_name, needing in needs.items():
        for need in needing:
            for offer in offers.get(topic_name, ()):
                if offer != need:
                    shared[(need, offer)].append(topic_name)
    found_matches = [
        Match(t, need, offer, len(topics), _reason(t, need, offer, topics, said))
        for (need, offer), topics in shared.items()
        for t in topics
        if wanted is None or t == wanted
    ]
    return sorted(
        found_matches,
        key=lambda m: (_key(m.topic), -m.shared, _key(m.need), _key(m.offer)),
    )


def _key(name: str) -> tuple[str, str]:
    return name_sort_key(name, "")


def _reason(topic: str, need: str, offer: str, topics: list[str], said: dict) -> str:
    """Why the two fit: what each said about the topic in the survey, and the other topics
    where one needs what the other offers."""
    parts = [
        text
        for text in (
            said.get((StatementKind.OFFER, topic, offer), ""),
            said.get((StatementKind.NEED, topic, need), ""),
        )
        if text
    ]
    others = sorted(t for t in topics if t != topic)
    if others:
        parts.append("+ " + ", ".join(others))
    return "; ".join(parts)
