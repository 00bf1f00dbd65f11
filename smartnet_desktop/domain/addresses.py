"""The one rule for addresses: a web address is https:// or http:// with a host; a contact
address (only where a contact is meant) may also be mailto: or tel:. Nothing else
(javascript:, data:, file:, ...) is stored, put into a QR code or written as an href.

Checked where an address enters (import, editor, settings) and again where one leaves
(badge QR, profile site), for data stored before the rule existed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

WEB_SCHEMES = ("https", "http")
CONTACT_SCHEMES = ("mailto", "tel")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_EMAIL = re.compile(r"^[^@\s/?#:]+@[^@\s/?#]+\.[^@\s/?#]+$")
_PHONE = re.compile(r"^\+?[0-9()./\- ]{3,40}$")


def is_web_address(text: str | None) -> bool:
    """https:// or http://, a host, and nothing a browser would silently drop or reinterpret
    (white space, control characters, backslashes)."""
    if not text or any(ch.isspace() or not ch.isprintable() or ch == "\\" for ch in text):
        return False
    match = _SCHEME.match(text)
    if (
        not match
        or match.group(1).lower() not in WEB_SCHEMES
        or not text[match.end() :].startswith("//")
    ):
        return False
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number
    except ValueError:
        return False
    return bool(parts.hostname)


def is_contact_address(text: str | None) -> bool:
    """A web address, or mailto: with an e-mail address, or tel: with a phone number."""
    if is_web_address(text):
        return True
    match = _SCHEME.match(text or "")
    if not match:
        return False
    scheme, rest = match.group(1).lower(), text[match.end() :]
    if scheme == "mailto":
        return bool(_EMAIL.match(rest))
    return scheme == "tel" and bool(_PHONE.match(rest))


def has_scheme(text: str) -> bool:
    """Whether `text` starts like an address of some kind ("x:"); a bare badge code does not."""
    return bool(_SCHEME.match(text))


def web_address_or_empty(text: str | None) -> str:
    """`text` where it is a web address, otherwise "": what an output may link to."""
    return text if is_web_address(text) else ""
