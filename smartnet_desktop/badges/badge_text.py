"""The text column of a badge: what it says (NFC, German quotes, the title glued to the
given name) and how large: the names at one size, the organisation at 12 pt or more, the
role, and the "Fragen Sie mich zu" line in the room the names leave.

Pure: measures text with ReportLab's font metrics, draws nothing (badges/render.py does).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from smartnet_desktop import fonts
from smartnet_desktop.badges.text_fit import NBSP, Fitted, fit, text_width
from smartnet_desktop.domain.rows import BadgeData
from smartnet_desktop.domain.text_rules import german_quotes


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


# Type sizes in points on a 90 × 55 mm card; larger stock scales them up.
NAME_SIZES = (22.0, 8.0)  # given and family name, bold, one size for both
ORGANIZATION_SIZES = (12.0, 12.0)  # issue 23: the key fact at a networking meeting, >= 12 pt
ROLE_SIZES = (8.5, 7.0)
ASK_SIZES = (8.0, 6.5)
GAP = 1.5  # between the blocks of the text column
# The badges are for the network's German meetings; the line says so in German.
ASK_ME_ABOUT = "Fragen Sie mich zu:"


def _texts(badge: BadgeData) -> dict[str, str]:
    """The column's texts as drawn: NFC, German quotes; the title glued to the given name
    with no-break spaces, so that it never stands alone on a line."""
    clean = {
        key: german_quotes(_nfc(getattr(badge, key)))
        for key in ("title", "given_name", "family_name", "organization", "role")
    }
    title = NBSP.join(clean["title"].split())
    for key in ("organization", "role"):  # "e. V.", "z. B." stay on one line
        clean[key] = re.sub(r"\b(\w{1,2}\.) (?=\w{1,2}\.)", "\\1" + NBSP, clean[key])
    given = clean["given_name"]
    if title:
        first, _, rest = given.partition(" ")
        given = f"{title}{NBSP}{first} {rest}".strip()
    ask = _nfc(badge.ask_me_about)
    return {
        "title": title,
        "given_name": given,
        "family_name": clean["family_name"],
        "organization": clean["organization"],
        "role": clean["role"],
        "ask": f"{ASK_ME_ABOUT} {german_quotes(ask)}" if ask else "",
    }


Block = tuple[str, str, Fitted]  # key, font, fitted lines


def _names(texts: dict[str, str], size: float, width: float) -> tuple[list[Block], bool]:
    """Given and family name at one `size`; whether both fit without being shortened."""
    blocks = [
        (key, fonts.BOLD, fit(texts[key], fonts.BOLD, size, size, width))
        for key in ("given_name", "family_name")
        if texts[key]
    ]
    return blocks, not any(f.shortened for *_, f in blocks)


def _height(blocks: list[Block]) -> float:
    return sum(f.height for *_, f in blocks) + GAP * max(0, len(blocks) - 1)


def _others(
    texts: dict[str, str], width: float, scale: float, role: bool, shrink: float
) -> list[Block]:
    """Organisation (up to three lines, hyphenated, never below 12 pt × scale) and role."""
    blocks = []
    if texts["organization"]:
        large, small = (s * scale for s in ORGANIZATION_SIZES)
        # on stock smaller than 90 × 55 mm (80 × 50, Dymo) it may give a little, not below
        # 85 %, where a long name would otherwise be cut
        org = fit(
            texts["organization"], fonts.REGULAR, large, large, width, max_lines=3, hyphenate=True
        )  # wrapped at full size before it shrinks
        if org.shortened and shrink < 1:
            org = fit(
                texts["organization"],
                fonts.REGULAR,
                large,
                small * shrink,
                width,
                max_lines=3,
                hyphenate=True,
            )
        blocks.append(("organization", fonts.REGULAR, org))
    if role and texts["role"]:
        large, small = (s * scale for s in ROLE_SIZES)
        blocks.append(
            ("role", fonts.REGULAR, fit(texts["role"], fonts.REGULAR, large, small, width, False))
        )
    return blocks


def _largest_name_size(
    texts: dict[str, str], width: float, height: float, others: list[Block], scale: float
) -> float:
    """The largest size (half points) at which both names fit beside the other blocks."""
    low, high = int(NAME_SIZES[1] * 2), int(NAME_SIZES[0] * scale * 2)
    high = max(low, high)
    while low < high:  # binary search: what fits at a size fits at every smaller one
        middle = (low + high + 1) // 2
        blocks, whole = _names(texts, middle / 2, width)
        if whole and _height(blocks + others) <= height:
            low = middle
        else:
            high = middle - 1
    return low / 2


@dataclass(frozen=True)
class _Plan:
    """What the text column holds besides the names: organisation and (when kept) role,
    and the name size this badge could take on its own. The ask-me line is not part of
    the plan: it never shrinks a name (see _ask_block)."""

    name_size: float
    others: tuple[Block, ...]


def _plan(
    texts: dict[str, str], width: float, height: float, scale: float, shrink: float = 1.0
) -> _Plan:
    """Worked out once per badge and column: the sheet's pre-pass and the drawing share it."""
    return _plan_of(tuple(texts.items()), width, height, scale, shrink)


@lru_cache(maxsize=4096)
def _plan_of(
    items: tuple[tuple[str, str], ...], width: float, height: float, scale: float, shrink: float
) -> _Plan:
    texts = dict(items)
    kept = _others(texts, width, scale, True, shrink)
    with_role = _largest_name_size(texts, width, height, kept, scale)
    if not texts["role"] or with_role >= NAME_SIZES[0] * scale * 0.75:
        return _Plan(with_role, tuple(kept))
    dropped = [block for block in kept if block[0] != "role"]
    without = _largest_name_size(texts, width, height, dropped, scale)
    # The role goes only when keeping it would shrink the names noticeably.
    if without >= with_role + 2:
        return _Plan(without, tuple(dropped))
    return _Plan(with_role, tuple(kept))


def _ask_block(text: str, width: float, room: float, scale: float) -> tuple[list[Block], str]:
    """The "Fragen Sie mich zu" line in the room the names left: whole (two lines at
    most), shortened to one line with "…", or dropped; never at a name's cost."""
    if not text:
        return [], ""
    large, small = (s * scale for s in ASK_SIZES)
    whole = fit(text, fonts.BOLD, large, small, width, max_lines=2)
    if not whole.shortened and whole.height <= room:
        return [("ask", fonts.REGULAR, whole)], "shown"
    one = fit(text, fonts.BOLD, small, small, width, two_lines=False)
    if one.height <= room:
        return [("ask", fonts.REGULAR, one)], "shortened"
    return [], "dropped"


MM = 72 / 25.4


def _header(badge: BadgeData, height: float, width: float) -> Fitted:
    return _header_of(badge.event_title, f"{badge.event_date:%d.%m.%Y}", height, width)


@lru_cache(maxsize=256)
def _header_of(event_title: str, event_date: str, height: float, width: float) -> Fitted:
    """Event and date on one line; where they do not fit the title is shortened, never
    the date."""
    size = 7.0 * min(1.6, max(1.0, height / (55 * MM)))
    day = f" · {event_date}"
    whole = fit(_nfc(event_title) + day, fonts.REGULAR, size, 5.5, width, False)
    if not whole.shortened:
        return whole
    room = max(0.0, width - text_width(day, fonts.REGULAR, 5.5))
    title = fit(_nfc(event_title), fonts.REGULAR, 5.5, 5.5, room, False)
    return Fitted((title.lines[0] + day if title.lines else day[3:],), 5.5)
