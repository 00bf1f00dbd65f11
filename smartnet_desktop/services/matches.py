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

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Select, exists, or_, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from smartnet_desktop.domain.enums import StatementKind
from smartnet_desktop.domain.match_score import MatchScore, match_score, need_strength
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
    if present_only and event_id is None:
        raise ValueError("present_only needs the meeting (event_id) whose check-ins count")
    wanted = None
    if topic:
        found = TopicIndex(session).find(topic)
        wanted = found.name if found else normalise(topic)
    here = None
    if event_id is not None:
        load_event(session, event_id)  # an unknown meeting is said, not shown as nobody here
        here = people_here(session, event_id, language, registered)
    rows = session.execute(_survey_rows()).all()
    with _collector_paused():
        found_matches = _ranked(
            rows,
            set(here) if here is not None else None,
            wanted=wanted,
            present_only=present_only,
            registered=registered,
            language=language,
            people=here,
        )
        return _sorted(found_matches, best_first=present_only)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Ranking makes some 100,000 small objects that all live on (56,000 matches of 500
    organisations x 40 topics): the cycle collector would walk them again and again, for
    a third of the time (benchmarks/matches.py). None of them form cycles."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


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
    offer_or_need = [StatementKind.OFFER, StatementKind.NEED]
    own_topics = select(Statement.topic_id).where(
        Statement.organization_id == own, Statement.kind.in_(offer_or_need)
    )
    # An experience rating counts only where its organisation offers or needs the topic.
    said = aliased(Statement)
    counted = or_(
        Statement.kind.in_(offer_or_need),
        exists().where(
            said.organization_id == Statement.organization_id,
            said.topic_id == Statement.topic_id,
            said.kind.in_(offer_or_need),
        ),
    )
    with sessions() as session:
        rows = session.execute(
            _survey_rows(Organization.id == own).where(
                Statement.organization_id.in_(organizations_here(event_id)),
                Statement.topic_id.in_(own_topics),
                counted,
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


class _SurveyAnswers:
    """The survey rows by topic and organisation: who offers and needs what, what each said
    about it, its experience 1..6 and whether it wants support."""

    def __init__(self, rows: Iterable) -> None:
        offers: dict[str, set[str]] = defaultdict(set)  # topic -> organisations
        needs: dict[str, set[str]] = defaultdict(set)
        # organisation -> topic -> what it said / its experience 1..6
        offer_said: dict[str, dict[str, str]] = defaultdict(dict)
        need_said: dict[str, dict[str, str]] = defaultdict(dict)
        rated: dict[str, dict[str, int]] = defaultdict(dict)
        support: dict[str, str] = {}  # organisation -> SupportWanted or ""
        for kind, topic_name, org_name, description, rating, support_wanted, *_ in rows:
            support[org_name] = support_wanted
            if kind == StatementKind.EXPERIENCE:
                if rating is not None:
                    rated[org_name][topic_name] = rating
                continue
            if kind == StatementKind.OFFER:
                offers[topic_name].add(org_name)
                offer_said[org_name][topic_name] = description
            else:
                needs[topic_name].add(org_name)
                need_said[org_name][topic_name] = description
            if rating is not None:  # an offer or need rated on its own line
                rated[org_name].setdefault(topic_name, rating)
        self.offers, self.needs, self.rated, self.support = offers, needs, rated, support
        self.offer_said, self.need_said = offer_said, need_said


def _ranked(
    rows: Iterable,
    here: set[str] | None,
    *,
    wanted: str | None,
    present_only: bool,
    language: str,
    registered: bool = False,
    involving: set[str] | None = None,
    people: dict[str, tuple[str, ...]] | None = None,
) -> list[Match]:
    """Every (topic, need, offer) pair of the survey rows with its score. `here`: the
    organisations with someone here (None: no meeting asked about); `involving`: only
    pairs with one of these organisations; `people`: who of each organisation is here.
    Tens of thousands of matches share a few hundred scores: each is reckoned and worded
    once (benchmarks/matches.py)."""
    answers = _SurveyAnswers(rows)
    offers, needs, rated, support = answers.offers, answers.needs, answers.rated, answers.support
    offer_said, need_said = answers.offer_said, answers.need_said
    shared = _pairs(needs, offers, here if present_only else None, involving)
    scored: dict[tuple, tuple[MatchScore, str]] = {}
    found = []
    for (need, offer), topics in shared.items():
        both_here = here is not None and need in here and offer in here
        need_here = people.get(need, ()) if people is not None else None
        offer_here = people.get(offer, ()) if people is not None else None
        count, need_support = len(topics), support.get(need, "")
        need_rated, offer_rated = rated.get(need, {}), rated.get(offer, {})
        needed_by, offered_by = need_said[need], offer_said[offer]
        topics.sort()
        for t in topics:
            if wanted is not None and t != wanted:
                continue
            parts = (need_support, need_rated.get(t), offer_rated.get(t), count, both_here)
            if parts not in scored:
                score = match_score(need_strength(*parts[:2]), *parts[2:])
                scored[parts] = (score, why(score, language, registered))
            score, words = scored[parts]
            offered, needed = offered_by.get(t, ""), needed_by.get(t, "")
            found.append(
                Match(
                    t,
                    need,
                    offer,
                    count,
                    _reason(t, offered, needed, topics),
                    score,
                    words,
                    need_here,
                    offer_here,
                    needed,
                    offered,
                )
            )
    return found


def _pairs(
    needs: dict[str, set[str]],
    offers: dict[str, set[str]],
    only_here: set[str] | None,
    involving: set[str] | None,
) -> dict[tuple[str, str], list[str]]:
    """(need, offer) -> the topics where one needs what the other offers; `only_here`: both
    must be among these organisations."""
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)  # (need, offer) -> topics
    for topic_name, needing in needs.items():
        offering = offers.get(topic_name, ())
        for need in needing:
            if only_here is not None and need not in only_here:
                continue
            for offer in offering:
                if offer == need or (only_here is not None and offer not in only_here):
                    continue
                if involving is None or need in involving or offer in involving:
                    shared[(need, offer)].append(topic_name)
    return shared


def _sorted(found: list[Match], best_first: bool) -> list[Match]:
    """In German name order (DIN 5007), each name folded once: its place among all names
    stands in for it. Stable sorts from the last key to the first, so that no key tuple
    is made per match."""
    names = {n for m in found for n in (m.topic, m.need, m.offer)}
    place = {n: i for i, n in enumerate(sorted(names, key=lambda n: name_sort_key(n, "")))}
    ordered = sorted(found, key=lambda m: place[m.offer])
    ordered.sort(key=lambda m: place[m.need])
    if best_first:
        ordered.sort(key=lambda m: place[m.topic])
        ordered.sort(key=lambda m: -m.points)
    else:
        ordered.sort(key=lambda m: -m.points)
        ordered.sort(key=lambda m: place[m.topic])
    return ordered


def _reason(topic: str, offered: str, needed: str, topics: list[str]) -> str:
    """What each said about the topic in the survey, and the other topics where one needs
    what the other offers (`topics`: all of the pair's, sorted)."""
    if len(topics) == 1:
        return f"{offered}; {needed}" if offered and needed else offered or needed
    parts = [text for text in (offered, needed) if text]
    parts.append("+ " + ", ".join(t for t in topics if t != topic))
    return "; ".join(parts)
