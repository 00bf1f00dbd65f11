"""The topic catalogue: list, add, change, remove; and recognising a survey's wording."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.enums import TopicArea
from smartnet_desktop.domain.errors import InvalidInput, NotFound
from smartnet_desktop.domain.models import Topic
from smartnet_desktop.domain.network_rows import TopicRow
from smartnet_desktop.domain.outcome import Done
from smartnet_desktop.domain.search import normalise
from smartnet_desktop.domain.topics import topic_keys
from smartnet_desktop.services import validation


def _row(topic: Topic) -> TopicRow:
    synonyms = tuple(s.strip() for s in topic.synonyms.split(";") if s.strip())
    return TopicRow(topic.id, topic.name, topic.area, synonyms)


def list_topics(sessions: sessionmaker[Session]) -> list[TopicRow]:
    with sessions() as session:
        return topic_rows(session)


def topic_rows(session: Session) -> list[TopicRow]:
    return [_row(t) for t in session.scalars(select(Topic).order_by(Topic.name))]


class TopicIndex:
    """Which catalogue topic a survey's word means (name or synonym, case- and
    accent-blind), inside a caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._by_key: dict[str, TopicRow] = {}
        for row in topic_rows(session):
            for key in topic_keys(row.name, list(row.synonyms)):
                self._by_key.setdefault(key, row)

    def find(self, words: str) -> TopicRow | None:
        return self._by_key.get(normalise(words))


def save_topic(
    sessions: sessionmaker[Session],
    name: str,
    area: str,
    synonyms: list[str],
    topic_id: int | None = None,
) -> Done[TopicRow]:
    """Adds a topic, or changes one; a name or synonym another topic uses is refused.
    Only the network's data change (no attendee or badge shows a topic)."""
    name = validation.required_text("topic", name, 120)
    if area not in set(TopicArea):
        raise InvalidInput("area", "unknown_value", value=area)
    cleaned = [validation.optional_text("synonyms", s, 120) for s in synonyms]
    cleaned = [s for s in cleaned if s]
    with sessions.begin() as session:
        index = TopicIndex(session)
        for word in [name, *cleaned]:
            other = index.find(word)
            if other is not None and other.id != topic_id:
                raise InvalidInput("topic", "topic_taken", value=word, topic=other.name)
        topic = Topic() if topic_id is None else session.get(Topic, topic_id)
        if topic is None:
            raise NotFound("topic_not_found", query=str(topic_id))
        topic.name, topic.area, topic.synonyms = name, area, "; ".join(cleaned)
        session.add(topic)
        session.flush()
        return Done(_row(topic))


def remove_topic(sessions: sessionmaker[Session], topic_id: int) -> Done[None]:
    """Removes a topic with the statements that name it (network data only)."""
    with sessions.begin() as session:
        topic = session.get(Topic, topic_id)
        if topic is None:
            raise NotFound("topic_not_found", query=str(topic_id))
        session.delete(topic)
    return Done(None)
