"""The staff PIN that leaves the self check-in kiosk (issue 27): kept only as a salted
scrypt hash in this desk's settings (standard library, no home-made hash), compared in
constant time. No Qt, no database."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from smartnet_desktop.domain.errors import InvalidInput

MIN_LENGTH = 4
MAX_LENGTH = 32
# scrypt's parameters are stored with each hash, so that they can be raised later
# without locking out a kiosk set up before.
_N, _R, _P = 2**14, 8, 1


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def checked_pin(pin: str) -> str:
    """The PIN as typed, or InvalidInput: 4 to 32 characters, no spaces at the ends."""
    if pin != pin.strip() or not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        raise InvalidInput("pin", "pin_length", minimum=MIN_LENGTH, maximum=MAX_LENGTH)
    return pin


def hash_pin(pin: str) -> str:
    """ "scrypt$N$r$p$salt$hash" (base64) of a checked PIN."""
    salt = os.urandom(16)
    digest = _derive(checked_pin(pin), salt, _N, _R, _P)
    encode = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${_N}${_R}${_P}${encode(salt)}${encode(digest)}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` is the PIN of `stored`; False for no PIN set or a damaged entry."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = _derive(pin, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
