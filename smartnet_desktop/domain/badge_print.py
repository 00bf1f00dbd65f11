"""What a printed badge showed, as a short fingerprint: when the person's data or photo
status changes after printing, the fingerprint differs and the badge needs a reprint."""

from __future__ import annotations

import hashlib


def badge_fingerprint(
    title: str,
    given_name: str,
    family_name: str,
    organization: str,
    role: str,
    photo_objection: bool,
) -> str:
    text = "\x1f".join(
        (title, given_name, family_name, organization, role, "1" if photo_objection else "0")
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
