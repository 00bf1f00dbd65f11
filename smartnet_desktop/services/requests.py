"""Requests that may reach the database more than once (a desk that resends after a lost
answer, the offline queue, the CLI's retry): each carries an id made where it is first
sent, and the database applies each id once."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from smartnet_desktop.db_server import hold_request_lock
from smartnet_desktop.domain.models import AppliedRequest
from smartnet_desktop.services import validation


def new_request_id() -> str:
    """Made where a request is first sent (a desk, the CLI); sent again unchanged."""
    return uuid.uuid4().hex


def applied_request(session: Session, request_id: str | None) -> AppliedRequest | None:
    """The earlier application of this request, when it was applied already. Holds a lock
    on the request id until commit, so two copies of one request never both pass."""
    if not request_id:
        return None
    request_id = validation.optional_text("request_id", request_id, 64)
    hold_request_lock(session, request_id)
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
