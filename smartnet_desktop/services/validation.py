"""Shared checks of user input; each raises InvalidInput with a field and a code."""

from __future__ import annotations

import re
from datetime import date, time

from smartnet_desktop.domain.addresses import is_web_address
from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.search import clean_text
from smartnet_desktop.domain.text_rules import code_point, forbidden_character

# Deliberately permissive: one @, something before it, a dot in the domain, no spaces.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()/.\- ]{3,40}$")
MAX_NAME_LENGTH = 200
# The largest id, count or number stored: ids and numbers are INTEGER columns, 32 bits on
# PostgreSQL (SQLite stores 64); a larger one would fail inside the database driver.
LARGEST_NUMBER = 2**31 - 1


def required_text(field: str, value: str | None, max_length: int = 300) -> str:
    cleaned = clean_text(value)
    if not cleaned:
        raise InvalidInput(field, "required")
    return optional_text(field, cleaned, max_length)


# Fields typed in several lines, where tab and line break belong; every other field is
# one line. No field takes any other character the text rule forbids (NUL, BEL, ESC,
# U+FFFE ...): they broke spreadsheet exports and a terminal's display.
MULTILINE_FIELDS = frozenset(
    {"description", "notices", "note", "photo_question", "contact_question"}
)


def optional_text(field: str, value: str | None, max_length: int = 300) -> str:
    if isinstance(value, str) and value.isascii() and value.isprintable():
        # The common case, checked for every cell of an import: printable ASCII is its own
        # NFC form and holds no forbidden character (a third of a 20,000-row file's check).
        cleaned = value.strip()
        refused = None
    else:
        cleaned = clean_text(value)
        refused = forbidden_character(cleaned, "\t\n\r" if field in MULTILINE_FIELDS else "")
    if refused is not None:
        # A control character keeps its own, familiar wording; the others are named.
        if refused.isascii() or "\x80" <= refused <= "\x9f":
            raise InvalidInput(field, "control_character")
        raise InvalidInput(field, "forbidden_character", character=code_point(refused))
    if len(cleaned) > max_length:
        raise InvalidInput(field, "too_long", max=max_length)
    return cleaned


def web_address(field: str, value: str | None, max_length: int = 500) -> str:
    """An address that is stored: empty, or https:// / http:// (domain.addresses)."""
    cleaned = optional_text(field, value, max_length)
    if cleaned and not is_web_address(cleaned):
        raise InvalidInput(field, "not_a_web_address", value=cleaned[:80])
    return cleaned


def email(value: str | None) -> str:
    cleaned = optional_text("email", value, 320)
    if cleaned and not _EMAIL.match(cleaned):
        raise InvalidInput("email", "email_syntax", value=cleaned)
    return cleaned


def phone(value: str | None) -> str:
    cleaned = optional_text("phone", value, 50)
    if cleaned and not _PHONE.match(cleaned):
        raise InvalidInput("phone", "phone_syntax", value=cleaned)
    return cleaned


def iso_date(field: str, value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise InvalidInput(field, "date_syntax", value=value) from None


def clock_time(field: str, value: str | None) -> time | None:
    if value is None or not value.strip():
        return None
    try:
        return time.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(field, "time_syntax", value=value) from None


def whole_number(field: str, value: str, minimum: int = 0) -> int:
    """A whole number typed as text (an id, a count), from `minimum` to LARGEST_NUMBER.
    ASCII digits only: str.isdigit() accepts "²", which int() then refuses, and int()
    refuses more than 4,300 digits with a ValueError of its own."""
    text = value.strip()
    negative = text.startswith("-")
    digits = text[1:] if negative else text
    if not (digits.isascii() and digits.isdigit()):
        raise InvalidInput(field, "not_a_number", value=value[:40])
    if negative or len(digits) > len(str(LARGEST_NUMBER)):
        number = -1 if negative else LARGEST_NUMBER + 1
    else:
        number = int(digits)
    return in_range(field, number, minimum)


def in_range(field: str, number: int, minimum: int = 0) -> int:
    """`number` itself, or InvalidInput when it is below `minimum` or above LARGEST_NUMBER."""
    if number < minimum:
        raise InvalidInput(field, "not_positive" if minimum > 0 else "negative", value=number)
    if number > LARGEST_NUMBER:
        raise InvalidInput(field, "number_too_large", max=LARGEST_NUMBER)
    return number
