"""What a keyboard-wedge scanner set to the wrong keyboard layout types, read back.

A scanner sends key positions, not characters: one set to the US layout on a computer set
to the German layout types the German characters of the US keys ("Y" arrives as "Z", "#"
as "§", ":" as "Ö", "/" as "-"), and one set to German on a US computer the reverse.
Each table maps a character as it arrives to the character the scanner meant. They were
derived from the X keyboard layouts `us` and `de` (xkeyboard-config, levels 1 and 2 of the
main keys); tests/domain/test_keyboard_layouts.py derives them again with xkbcomp and
compares. Characters the host types with a dead key (a US scanner's "=", "+", "`" on a
German computer) or with AltGr (a German scanner's "@", "[", "{", "~", "\\", "|" on a US
computer) do not arrive at all and cannot be read back.
"""

from __future__ import annotations

# (arrives, meant): a US-layout scanner on a computer set to German.
US_SCANNER_ON_GERMAN = (
    "°\"§&/()=ß?zZüÜ+*öÖäÄ#'yY;:-_",
    "~@#^&*()-_yY[{]};:'\"\\|zZ<>/?",
)
# (arrives, meant): a German-layout scanner on a computer set to US.
GERMAN_SCANNER_ON_US = (
    "@^&*()_yY]}\\|zZ<>/?",
    "\"&/()=?zZ+*#'yY;:-_",
)

READ_BACK = tuple(
    str.maketrans(arrives, meant) for arrives, meant in (US_SCANNER_ON_GERMAN, GERMAN_SCANNER_ON_US)
)


def read_back(text: str) -> list[str]:
    """The text as each wrongly set scanner meant it (those that differ from the text)."""
    readings = []
    for table in READ_BACK:
        meant = text.translate(table)
        if meant != text and meant not in readings:
            readings.append(meant)
    return readings
