"""Badge codes: short, unique, easy to type and to read aloud (no 0/O, 1/I, 2/Z, 5/S, 8/B)."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from smartnet_desktop.domain.models import Registration

ALPHABET = "ACDEFGHJKLMNPQRTUVWXY34679"
LENGTH = 6


def random_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def new_code(session: Session) -> str:
    """One code not yet in use; a lookup per try instead of loading every code."""
    while True:
        code = random_code()
        if session.scalar(select(Registration.id).where(Registration.badge_code == code)) is None:
            return code


def new_codes(session: Session, count: int) -> list[str]:
    """`count` codes that are in no registration yet and differ from each other."""
    taken = set(session.scalars(select(Registration.badge_code)))
    fresh: list[str] = []
    while len(fresh) < count:
        code = random_code()
        if code not in taken:
            taken.add(code)
            fresh.append(code)
    return fresh


def looks_like_code(text: str) -> bool:
    cleaned = text.strip().upper()
    return len(cleaned) == LENGTH and all(ch in ALPHABET for ch in cleaned)
