"""Badge codes: short, unique, easy to type and to read aloud (no 0/O, 1/I/L, 2/Z, 5/S, 8/B),
and the same on a US and a German keyboard (no Y, no Z: a scanner set to the other layout
swaps them)."""

from __future__ import annotations

import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from smartnet_desktop.domain import keyboard_layouts
from smartnet_desktop.domain.addresses import is_web_address
from smartnet_desktop.domain.models import Registration

ALPHABET = "ACDEFGHJKMNPQRTUVWX34679"
# Codes made before held L and Y too: they are on printed badges and keep working.
READABLE = ALPHABET + "LY"
LENGTH = 6


# Bytes of the operating system's randomness (as `secrets` uses it) become letters: a
# byte below 240 = 10 * 24 is letter byte % 24, every letter equally likely; the others
# are dropped. One read and one bytes.translate make a whole batch of codes: an import
# of 20,000 people drew 20,000 codes through random.choices, a read per letter.
assert len(ALPHABET) == 24
_USABLE = 240
_LETTER_OF_BYTE = bytes(ord(ALPHABET[b % len(ALPHABET)]) for b in range(_USABLE)) + bytes(
    256 - _USABLE
)
_DROPPED = bytes(range(_USABLE, 256))


def random_codes(count: int) -> list[str]:
    """`count` random codes (not checked against those in use; they may repeat)."""
    wanted = count * LENGTH
    letters = ""
    while len(letters) < wanted:
        # A little more than needed: a sixteenth of the bytes are dropped.
        chunk = os.urandom((wanted - len(letters)) * 17 // 15 + 16)
        letters += chunk.translate(_LETTER_OF_BYTE, _DROPPED).decode("ascii")
    return [letters[i : i + LENGTH] for i in range(0, wanted, LENGTH)]


def random_code() -> str:
    return random_codes(1)[0]


def new_code(session: Session) -> str:
    """One code not yet in use; a lookup per try instead of loading every code."""
    while True:
        code = random_code()
        if session.scalar(select(Registration.id).where(Registration.badge_code == code)) is None:
            return code


# Codes asked about in one statement (below SQLite's limit of bound values).
_LOOKUP_BATCH = 5000


def new_codes(session: Session, count: int) -> list[str]:
    """`count` codes that are in no registration yet and differ from each other. Drawn
    first, then looked up in the index, batch by batch: a network's codes (every part of
    an import read all of them) are never loaded; a taken one is drawn again."""
    fresh: set[str] = set()
    while len(fresh) < count:
        drawn = sorted(set(random_codes(count - len(fresh))) - fresh)
        for batch in (drawn[i : i + _LOOKUP_BATCH] for i in range(0, len(drawn), _LOOKUP_BATCH)):
            taken = session.scalars(
                select(Registration.badge_code).where(Registration.badge_code.in_(batch))
            )
            fresh.update(set(batch).difference(taken))
    return list(fresh)


def looks_like_code(text: str) -> bool:
    cleaned = text.strip().upper()
    return len(cleaned) == LENGTH and all(ch in READABLE for ch in cleaned)


def codes_in(text: str) -> list[str]:
    """Every piece of a scanned or typed text that has the form of a badge code.

    A badge QR holds the organisation's profile address with the code as its fragment
    (`https://…/gera#K6QQPG`), so the code is one of the text's alphanumeric pieces.
    """
    pieces = "".join(ch if ch.isalnum() else " " for ch in text).split()
    found = [piece.upper() for piece in pieces if looks_like_code(piece)]
    # A scan typed after a name staff left in the desk's field ("thüringerK6QQPG"): the
    # scanner's code in capitals at the end of the last piece.
    tail = pieces[-1][-LENGTH:] if pieces and len(pieces[-1]) > LENGTH else ""
    if tail == tail.upper() and looks_like_code(tail) and tail not in found:
        found.append(tail)
    return found


def qr_content(profile_url: str | None, code: str) -> str:
    """What a badge's QR code holds: the profile address, which a phone opens, with the
    badge code in its fragment (never sent to the server), which the desk checks in;
    the bare code where the organisation has no profile (or no web address for one)."""
    if not is_web_address(profile_url):
        return code
    return f"{profile_url.split('#', 1)[0]}#{code}"


def layout_readings(text: str) -> list[str]:
    """The text as a scanner set to the other keyboard layout meant it, where that is a
    badge code or a badge's address with its code: an old code's Y arrives as Z, "#" as
    "§". Only a scanner's form counts (the code in capitals, as printed), so that a name
    typed at the desk ("Zander") never reads as a code; callers try these only when the
    text as typed found nothing."""
    return [meant for meant in keyboard_layouts.read_back(text.strip()) if _badge_form(meant)]


def _badge_form(text: str) -> bool:
    address, _hash, code = text.rpartition("#")
    if address and not is_web_address(address):
        return False
    return code == code.upper() and code == code.strip() and looks_like_code(code)
