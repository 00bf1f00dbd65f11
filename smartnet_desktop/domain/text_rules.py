"""The one rule for text that goes into files: what XML 1.0 (and so XLSX, vCard readers,
HTML) cannot hold is refused where text enters and never written where it leaves.

Refused: control characters (C0 except tab, line feed and carriage return where a field
has several lines; DEL; C1), lone surrogates (from undecodable command-line bytes) and the
non-characters U+FFFE and U+FFFF. A workbook holding one of them cannot be opened by Excel
or openpyxl.
"""

from __future__ import annotations

import re
import unicodedata

_NON_CHARACTERS = frozenset("\ufffe\uffff")


def _forbidden(ch: str, allowed: str) -> bool:
    if ch in allowed:
        return False
    return ch in _NON_CHARACTERS or unicodedata.category(ch) in ("Cc", "Cs")


def forbidden_character(text: str, allowed: str = "") -> str | None:
    """The first character of `text` that no file may hold (those in `allowed` excepted),
    or None."""
    if text.isprintable():  # the common case: none of them is printable
        return None
    return next((ch for ch in text if _forbidden(ch, allowed)), None)


def code_point(ch: str) -> str:
    """How a refused character is named to the user: "U+FFFE"."""
    return f"U+{ord(ch):04X}"


def writable(text: str, keep: str = "\n\t") -> str:
    """Text safe for a file and a terminal: every forbidden character (those in `keep`
    excepted) becomes U+FFFD. The last line of defence of every export, for data stored
    before the rule existed."""
    if text.isprintable():
        return text
    return "".join("\ufffd" if _forbidden(ch, keep) else ch for ch in text)


_QUOTED = re.compile(r'"([^"\n]*)"')


def german_quotes(text: str) -> str:
    """Straight double quotes in pairs become German ones: „Digitales Dorf“. What people
    read (the site, the badges) is typeset; what is stored stays as typed, so a search
    for the straight quotes still finds it. A lone quote is left alone."""
    return _QUOTED.sub("\u201e\\1\u201c", text)
