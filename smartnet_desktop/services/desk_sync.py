"""What several desks on one database need: request ids applied once, and the change
sequence each desk follows to show what the others did."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.models import AppliedRequest, ChangeRecord
from smartnet_desktop.services import validation


def new_request_id() -> str:
    """Made where a request is first sent (a desk, the CLI); sent again unchanged."""
    import uuid

    return uuid.uuid4().hex


def applied_request(session: Session, request_id: str | None) -> AppliedRequest | None:
    """The earlier application of this request, when it was applied already. Asked after
    the write lock is held, so two copies of one request never both pass."""
    if not request_id:
        return None
    request_id = validation.optional_text("request_id", request_id, 64)
    return session.get(AppliedRequest, request_id)


def remember_request(
    session: Session,
    request_id: str | None,
    kind: str,
    registration_id: int | None = None,
    person_id: int | None = None,
) -> None:
    if request_id:
        session.add(
            AppliedRequest(
                request_id=request_id,
                kind=kind,
                registration_id=registration_id,
                person_id=person_id,
            )
        )


def latest_change(sessions: sessionmaker[Session]) -> int:
    """The newest entry of the change sequence (0 for none): a desk's starting point."""
    with sessions() as session:
        return session.scalar(select(func.coalesce(func.max(ChangeRecord.id), 0)))


def changed_since(sessions: sessionmaker[Session], after: int) -> tuple[int, set[int | None]]:
    """The newest entry and the events changed after `after` (None: not tied to an event,
    e.g. a consent change or an erasure). A cheap query a desk can ask several times a
    second."""
    with sessions() as session:
        found = session.execute(
            select(ChangeRecord.id, ChangeRecord.event_id)
            .where(ChangeRecord.id > after)
            .order_by(ChangeRecord.id)
        ).all()
    if not found:
        return after, set()
    return found[-1][0], {event_id for _id, event_id in found}
