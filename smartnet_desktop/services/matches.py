"""Potential matches: for each topic, every organisation that needs help paired with every
organisation that offers it; never an organisation with itself. Each is ranked by the
stated score of domain/match_score.py (the need's strength, the offering side's
experience, the topics the two share, both here today) and says why in words.

Which function gives what (the sheets and the graph build on these):
- `potential_matches(sessions, topic, event_id=..., present_only=..., language=...)`: all
  matches (per topic, best first within it); with an event, presence counts in the score
  and each match names who of both organisations is here;
- `present_matches(sessions, event_id, topic)`: only pairs that both have someone checked in
  (or registered, `registered=True`, before the meeting), best first across topics;
- `matches_here_for(sessions, event_id, person_id)`: the best few of one person's
  organisation with organisations here (the desk's card after a check-in), one query."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.enums import StatementKind
from smartnet_desktop.domain.match_score import match_score, need_strength
from smartnet_desktop.domain.models import Organization, Person, Statement, Topic
from smartnet_desktop.domain.network_rows import Match
from smartnet_desktop.domain.search import name_sort_key, normalise
from smartnet_desktop.reports.match_reasons import why
from smartnet_desktop.services.events import load_event
from smartnet_desktop.services.present_today import organizations_here, people_here
from smartnet_desktop.services.topics import TopicIndex

CARD_MATCHES = 3


def potential_matches(
    sessions: sessionmaker[Session],
    topic: str | None = None,
    *,
    event_id: int | None = None,
    present_only: bool = False,
    registered: bool = False,
    language: str = "de",
) -> list[Match]:
    with sessions() as session:
        return matches_in(
            session,
            topic,
            event_id=event_id,
            present_only=present_only,
            registered=registered,
            language=language,
        )


def present_matches(
    sessions: sessionmaker[Session],
    event_id: int,
    topic: str | None = None,
    *,
    registered: bool = False,
    language: str = "de",
) -> list[Match]:
    """Matches of organisations that both have someone here, best first, each with who of
    both is here (`matches --present`, the Matches view's "heute hier")."""
    return potential_matches(
        sessions,
        topic,
        event_id=event_id,
        present_only=True,
        registered=registered,
        language=language,
    )


def matches_in(
    session: Session,
    topic: str | None = None,
    *,
    event_id: int | None = None,
    present_only: bool = False,
    registered: bool = False,
    language: str = "de",
) -> list[Match]:
    """Sorted by topic, then best score first, then names; `present_only`: best first
    across topics. `topic`: one topic only (its name or a synonym)."""
    wanted = None
    if topic:
        found = TopicIndex(session).find(topic)
        wanted = found.name if found else normalise(topic)
    here = None
    if event_id is not None:
        load_event(session, event_id)  # an unknown meeting is said, not shown as nobody here
        here = people_here(session, event_id, language, registered)
    found_matches = _ranked(
        session.execute(_survey_rows()),
        set(here) if here is not None else None,
        wanted=wanted,
        present_only=present_only,
        registered=registered,
        language=language,
    )
    if here is not None:
        found_matches = [
            replace(m, need_here=here.get(m.need, ()), offer_here=here.get(m.offer, ()))
            for m in found_matches
        ]
    return _sorted(found_matches, best_first=present_only)


def matches_here_for(
    sessions: sessionmaker[Session],
    event_id: int,
    person_id: int,
    limit: int = CARD_MATCHES,
    language: str = "de",
) -> list[Match]:
    """The best `limit` matches between the person's organisation and organisations with
    someone checked in, best first. One query: only the statements of organisations here
    on the topics the person's organisation named as offer or need."""
    own = select(Person.organization_id).where(Person.id == person_id).scalar_subquery()
    own_topics = select(Statement.topic_id).where(
        Statement.organization_id == own,
        Statement.kind.in_([StatementKind.OFFER, StatementKind.NEED]),
    )
    with sessions() as session:
        rows = session.execute(
            _survey_rows(Organization.id == own).where(
                Statement.organization_id.in_(organizations_here(event_id)),
                Statement.topic_id.in_(own_topics),
            )
        ).all()
    mine = {row[2] for row in rows if row[6]}
    present = {row[2] for row in rows}  # every row is of an organisation here
    found = _ranked(
        rows, present, wanted=None, present_only=True, language=language, involving=mine
    )
    return _sorted(found, best_first=True)[:limit]


def _survey_rows(*extra) -> Select:
    """kind, topic, organisation, description, rating, support wanted (and `extra`)."""
    return (
        select(
            Statement.kind,
            Topic.name,
            Organization.name,
            Statement.description,
            Statement.rating,
            Organization.support_wanted,
            *extra,
        )
        .join(Topic, Topic.id == Statement.topic_id)
        .join(Organization, Organization.id == Statement.organization_id)
    )


def _ranked(
    rows: Iterable,
    here: set[str] | None,
    *,
    wanted: str | None,
    present_only: bool,
    language: str,
    registered: bool = False,
    involving: set[str] | None = None,
) -> list[Match]:
    """Every (topic, need, offer) pair of the survey rows with its score. `here`: the
    organisations with someone here (None: no meeting asked about); `involving`: only
    pairs with one of these organisations."""
    offers: dict[str, set[str]] = defaultdict(set)  # topic -> organisations
    needs: dict[str, set[str]] = defaultdict(set)
    said: dict[tuple[str, str, str], str] = {}  # (kind, topic, organisation) -> description
    rated: dict[tuple[str, str], int] = {}  # (topic, organisation) -> experience 1..6
    support: dict[str, str] = {}  # organisation -> SupportWanted or ""
    for kind, topic_name, org_name, description, rating, support_wanted, *_ in rows:
        support[org_name] = support_wanted
        if kind == StatementKind.EXPERIENCE:
            if rating is not None:
                rated[(topic_name, org_name)] = rating
            continue
        (offers if kind == StatementKind.OFFER else needs)[topic_name].add(org_name)
        said[(kind, topic_name, org_name)] = description
        if rating is not None:  # an offer or need rated on its own line
            rated.setdefault((topic_name, org_name), rating)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)  # (need, offer) -> topics
    for topic_name, needing in needs.items():
        for need in needing:
            if present_only and need not in here:
                continue
            for offer in offers.get(topic_name, ()):
                if offer == need or (present_only and offer not in here):
                    continue
                if involving is None or need in involving or offer in involving:
                    shared[(need, offer)].append(topic_name)
    found = []
    for (need, offer), topics in shared.items():
        both_here = here is not None and need in here and offer in here
        for t in topics:
            if wanted is not None and t != wanted:
                continue
            score = match_score(
                need_strength(support.get(need, ""), rated.get((t, need))),
                rated.get((t, offer)),
                len(topics),
                both_here,
            )
            found.append(
                Match(
                    t,
                    need,
                    offer,
                    len(topics),
                    _reason(t, need, offer, topics, said),
                    score,
                    why(score, language, registered),
                    need_said=said.get((StatementKind.NEED, t, need), ""),
                    offer_said=said.get((StatementKind.OFFER, t, offer), ""),
                )
            )
    return found


def _sorted(found: list[Match], best_first: bool) -> list[Match]:
    keys: dict[str, tuple[str, str]] = {}  # each name folded once, not once per match

    def key(name: str) -> tuple[str, str]:
        if name not in keys:
            keys[name] = name_sort_key(name, "")
        return keys[name]

    if best_first:
        return sorted(found, key=lambda m: (-m.points, key(m.topic), key(m.need), key(m.offer)))
    return sorted(found, key=lambda m: (key(m.topic), -m.points, key(m.need), key(m.offer)))


def _reason(topic: str, need: str, offer: str, topics: list[str], said: dict) -> str:
    """What each said about the topic in the survey, and the other topics where one needs
    what the other offers."""
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
