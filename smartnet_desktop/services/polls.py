"""Opinion polls (Meinungsbild) of a meeting: a question with options, optionally under an
agenda item, answered one vote per organisation present (the default) or by a show of hands.

Each write is one transaction with its audit entry; a second vote of the same organisation
replaces its first (the entry keeps both); every write has its reverse for the undo stack.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.errors import InvalidInput, NotFound
from smartnet_desktop.domain.models import (
    AgendaItem,
    Organization,
    Person,
    Poll,
    PollOption,
    PollVote,
    Registration,
)
from smartnet_desktop.domain.outcome import Done, Reverse, touched
from smartnet_desktop.domain.record_rows import PollOptionResult, PollResult
from smartnet_desktop.domain.search import name_fold
from smartnet_desktop.services import audit, validation
from smartnet_desktop.services.events import load_event

MODES = ("organisation", "count")
MAX_OPTIONS = 20
MAX_COUNT = 100_000


def _options(options: list[str]) -> list[str]:
    labels = [validation.required_text("option", o, 200) for o in options]
    if len(labels) < 2:
        raise InvalidInput("option", "poll_needs_two_options")
    if len(labels) > MAX_OPTIONS:
        raise InvalidInput("option", "too_many_options", max=MAX_OPTIONS)
    folded = [name_fold(label) for label in labels]
    if len(set(folded)) != len(folded):
        raise InvalidInput("option", "poll_option_twice")
    return labels


def _load_poll(session: Session, poll_id: int) -> Poll:
    poll = session.get(Poll, poll_id)
    if poll is None:
        raise NotFound("poll_not_found", poll_id=poll_id)
    return poll


def _changed(event_id: int):
    return touched([event_id], agenda=True)


def add_poll(
    sessions: sessionmaker[Session],
    event_id: int,
    question: str,
    options: list[str],
    agenda_item_id: int | None = None,
    mode: str = "organisation",
    by: str = "",
) -> Done[int]:
    """A new poll; the value is its id, the reverse deletes it (with any votes)."""
    text = validation.required_text("question", question, 500)
    labels = _options(options)
    if mode not in MODES:
        raise InvalidInput("mode", "unknown_value", value=mode)
    with sessions.begin() as session:
        load_event(session, event_id)
        if agenda_item_id is not None:
            item = session.get(AgendaItem, agenda_item_id)
            if item is None or item.event_id != event_id:
                raise NotFound("agenda_item_not_found", item_id=agenda_item_id)
        poll = Poll(event_id=event_id, agenda_item_id=agenda_item_id, question=text, mode=mode)
        session.add(poll)
        session.flush()
        for position, label in enumerate(labels):
            session.add(PollOption(poll_id=poll.id, position=position, label=label, counted=0))
        poll_id = poll.id
        audit.record(
            session,
            "poll_add",
            by,
            event_id,
            poll=poll_id,
            question=text,
            options=labels,
            mode=mode,
        )
    return Done(
        poll_id, _changed(event_id), Reverse(text, lambda: delete_poll(sessions, poll_id, by))
    )


def delete_poll(sessions: sessionmaker[Session], poll_id: int, by: str = "") -> Done[int]:
    """Removes a poll with its options and votes (the undo of add_poll); its reverse puts
    all of them back under their old ids (an earlier vote's undo still finds them)."""
    with sessions.begin() as session:
        poll = _load_poll(session, poll_id)
        event_id, question = poll.event_id, poll.question
        kept = (
            _copy(poll),
            [_copy(o) for o in _poll_options(session, poll_id)],
            [
                _copy(v)
                for v in session.scalars(select(PollVote).where(PollVote.poll_id == poll_id))
            ],
        )
        session.delete(poll)
        session.flush()
        audit.record(session, "poll_delete", by, event_id, poll=poll_id, question=question)
    return Done(
        poll_id, _changed(event_id), Reverse(question, lambda: _restore(sessions, kept, by))
    )


def _copy(row) -> tuple[type, dict]:
    return type(row), {c.key: getattr(row, c.key) for c in row.__table__.columns}


def _restore(sessions: sessionmaker[Session], kept, by: str) -> Done[int]:
    """The undo of delete_poll: the poll, its options and votes as they were."""
    (poll_type, poll), options, votes = kept
    with sessions.begin() as session:
        item_id = poll["agenda_item_id"]
        if item_id is not None and session.get(AgendaItem, item_id) is None:
            poll = {**poll, "agenda_item_id": None}  # its item went meanwhile
        session.add(poll_type(**poll))
        session.flush()
        for kind, values in (*options, *votes):
            session.add(kind(**values))
        audit.record(
            session, "poll_restore", by, poll["event_id"], poll=poll["id"],
            question=poll["question"],
        )  # fmt: skip
    return Done(poll["id"], _changed(poll["event_id"]))


def _option(session: Session, poll: Poll, label: str) -> PollOption:
    wanted = name_fold(label)
    for option in _poll_options(session, poll.id):
        if name_fold(option.label) == wanted:
            return option
    raise InvalidInput("option", "poll_option_unknown", value=label)


def _poll_options(session: Session, poll_id: int) -> list[PollOption]:
    return list(
        session.scalars(
            select(PollOption)
            .where(PollOption.poll_id == poll_id)
            .order_by(PollOption.position, PollOption.id)
        )
    )


def _organisation(session: Session, name: str) -> Organization:
    """The organisation named exactly, else the one whose folded name matches."""
    text = validation.required_text("organization", name)
    found = session.scalars(select(Organization).where(Organization.name == text)).first()
    if found is None:
        wanted = name_fold(text)
        candidates = [
            o for o in session.scalars(select(Organization)) if name_fold(o.name) == wanted
        ]
        found = candidates[0] if len(candidates) == 1 else None
    if found is None:
        raise NotFound("organisation_not_found", name=text)
    return found


def _present_ids(session: Session, event_id: int) -> set[int]:
    """The organisations with somebody checked in at this meeting."""
    return set(
        session.scalars(
            select(Person.organization_id)
            .join(Registration, Registration.person_id == Person.id)
            .where(
                Registration.event_id == event_id,
                Registration.checked_in_at.is_not(None),
                Person.organization_id.is_not(None),
            )
            .distinct()
        )
    )


def present_organisations(sessions: sessionmaker[Session], event_id: int) -> list[str]:
    """Names of the organisations that may vote today, sorted (the window's choice)."""
    with sessions.begin() as session:
        ids = _present_ids(session, event_id)
        names = session.scalars(select(Organization.name).where(Organization.id.in_(ids)))
        return sorted(names, key=name_fold)


def vote(
    sessions: sessionmaker[Session], poll_id: int, organisation: str, option: str, by: str = ""
) -> Done[PollResult]:
    """The organisation's vote; a second one replaces its first (audited as a correction).
    Refused when nobody of the organisation is checked in at the poll's meeting."""
    with sessions.begin() as session:
        poll = _load_poll(session, poll_id)
        if poll.mode != "organisation":
            raise InvalidInput("poll", "poll_counts_hands", poll_id=poll_id)
        org = _organisation(session, organisation)
        if org.id not in _present_ids(session, poll.event_id):
            raise InvalidInput("organization", "organisation_not_present", name=org.name)
        chosen = _option(session, poll, option)
        earlier = session.scalars(
            select(PollVote).where(PollVote.poll_id == poll_id, PollVote.organization_id == org.id)
        ).first()
        before = None if earlier is None else session.get(PollOption, earlier.option_id).label
        if earlier is None:
            session.add(PollVote(poll_id=poll_id, organization_id=org.id, option_id=chosen.id))
        else:
            earlier.option_id = chosen.id
        audit.record(
            session, "poll_vote" if earlier is None else "poll_vote_corrected", by,
            poll.event_id, poll=poll_id, organisation=org.name, option=chosen.label,
            before=before,
        )  # fmt: skip
        session.flush()
        result, event_id, name = _result(session, poll), poll.event_id, org.name
    return Done(
        result,
        _changed(event_id),
        Reverse(name, lambda: _unvote(sessions, poll_id, name, before, by)),
    )


def _unvote(
    sessions: sessionmaker[Session], poll_id: int, organisation: str, before: str | None, by: str
) -> Done[PollResult]:
    """Undo of a vote: the earlier vote comes back, or the vote goes."""
    if before is not None:
        return vote(sessions, poll_id, organisation, before, by)
    with sessions.begin() as session:
        poll = _load_poll(session, poll_id)
        org = _organisation(session, organisation)
        for cast in session.scalars(
            select(PollVote).where(PollVote.poll_id == poll_id, PollVote.organization_id == org.id)
        ):
            session.delete(cast)
        audit.record(
            session, "poll_vote_withdrawn", by, poll.event_id, poll=poll_id, organisation=org.name
        )
        session.flush()
        result, event_id = _result(session, poll), poll.event_id
    return Done(result, _changed(event_id))


def count(
    sessions: sessionmaker[Session], poll_id: int, option: str, hands: int, by: str = ""
) -> Done[PollResult]:
    """Sets the show-of-hands count of one option (a later count replaces the earlier one)."""
    if hands < 0:
        raise InvalidInput("count", "negative", value=hands)
    if hands > MAX_COUNT:
        raise InvalidInput("count", "number_too_large", max=MAX_COUNT)
    with sessions.begin() as session:
        poll = _load_poll(session, poll_id)
        if poll.mode != "count":
            raise InvalidInput("poll", "poll_counts_organisations", poll_id=poll_id)
        chosen = _option(session, poll, option)
        before, chosen.counted = chosen.counted, hands
        audit.record(
            session, "poll_count", by, poll.event_id, poll=poll_id, option=chosen.label,
            count=hands, before=before,
        )  # fmt: skip
        session.flush()
        result, event_id, label = _result(session, poll), poll.event_id, chosen.label
    return Done(
        result,
        _changed(event_id),
        Reverse(label, lambda: count(sessions, poll_id, label, before, by)),
    )


def _result(session: Session, poll: Poll) -> PollResult:
    votes = dict(
        session.execute(
            select(PollVote.option_id, func.count())
            .where(PollVote.poll_id == poll.id)
            .group_by(PollVote.option_id)
        ).all()
    )
    options = tuple(
        PollOptionResult(o.label, votes.get(o.id, 0) if poll.mode == "organisation" else o.counted)
        for o in _poll_options(session, poll.id)
    )
    item = session.get(AgendaItem, poll.agenda_item_id) if poll.agenda_item_id else None
    return PollResult(
        poll.id, poll.question, poll.mode, options, poll.agenda_item_id, item.title if item else ""
    )


def results(sessions: sessionmaker[Session], poll_id: int) -> PollResult:
    with sessions.begin() as session:
        return _result(session, _load_poll(session, poll_id))


def poll_results(session: Session, event_id: int) -> list[PollResult]:
    """Every poll of the meeting, in agenda order (polls under no item last), then in the
    order they were made: what the minutes print."""
    polls = session.execute(
        select(Poll)
        .outerjoin(AgendaItem, AgendaItem.id == Poll.agenda_item_id)
        .where(Poll.event_id == event_id)
        .order_by(AgendaItem.position.is_(None), AgendaItem.position, Poll.id)
    ).scalars()
    return [_result(session, poll) for poll in polls]


def event_polls(sessions: sessionmaker[Session], event_id: int) -> list[PollResult]:
    """The same in its own transaction (the window, the command line)."""
    with sessions.begin() as session:
        load_event(session, event_id)
        return poll_results(session, event_id)


def to_json(result: PollResult) -> dict:
    """The shape of `poll results --json`."""
    return {
        "poll": result.poll_id,
        "question": result.question,
        "mode": result.mode,
        "agenda_item": result.agenda_item_id,
        "options": [{"option": o.option, "votes": o.votes} for o in result.options],
    }
