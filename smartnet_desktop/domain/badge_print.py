"""What a printed badge showed, as a short fingerprint: when the person's data or photo
status changes after printing, the fingerprint differs and the badge needs a reprint.

The "Fragen Sie mich zu" line counts only when the badge showed one: it is printed on
request, so a badge printed without it does not go stale when the offers change, and
fingerprints stored before the line counted stay valid."""

from __future__ import annotations

import hashlib


def badge_fingerprint(
    title: str,
    given_name: str,
    family_name: str,
    organization: str,
    role: str,
    photo_objection: bool,
    ask_me_about: str = "",
) -> str:
    parts = [title, given_name, family_name, organization, role, "1" if photo_objection else "0"]
    if ask_me_about:
        parts.append(ask_me_about)
    text = "\x1f".join(parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
