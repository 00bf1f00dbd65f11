"""Fitting a text into a box: shrink, then wrap (at spaces, after a double name's hyphen,
and where asked inside long words with a hyphen), then shorten with an ellipsis.

A no-break space (U+00A0) holds words together: "Prof. Dr. Hans" never breaks after the
title. Callers draw it as a plain space."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

ELLIPSIS = "…"
NBSP = "\u00a0"
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not the no-break space


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * 1.18

    @property
    def shortened(self) -> bool:
        return any(ELLIPSIS in line for line in self.lines)


def text_width(text: str, font: str, size: float) -> float:
    return _width(text, font, size)


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _shorten(text: str, font: str, size: float, width: float) -> str:
    if _width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if _width(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


_VOWELS = frozenset("aeiouyäöüéèáàâêîôûAEIOUYÄÖÜÉÈÁÀÂÊÎÔÛ")


@cache
def _dictionary():
    import pyphen

    return pyphen.Pyphen(lang="de_DE")


def _word_splits(word: str, hyphenate: bool) -> list[tuple[str, str]]:
    """(head as drawn, tail) where `word` may break, latest first: after a hyphen it has
    ("Beckmann-" / "Probe"), and with `hyphenate` at German syllables where both sides
    keep two letters and a vowel ("Wirtschaftsförderungs-" / "gesellschaft")."""
    cuts = {i + 1: word[: i + 1] for i, ch in enumerate(word[:-1]) if ch == "-" and i > 0}
    if hyphenate and len(word) > 5:
        positions = [0, *_dictionary().positions(word), len(word)]
        for k in range(1, len(positions) - 1):
            before = word[positions[k - 1] : positions[k]].rsplit("-", 1)[-1]
            after = word[positions[k] : positions[k + 1]].split("-", 1)[0]
            if all(len(p) > 1 and any(ch in _VOWELS for ch in p) for p in (before, after)):
                cuts.setdefault(positions[k], word[: positions[k]] + "-")
    return [(cuts[cut], word[cut:]) for cut in sorted(cuts, reverse=True)]


def _wrap(
    text: str, font: str, size: float, width: float, max_lines: int, hyphenate: bool
) -> tuple[str, ...] | None:
    """Greedy lines of at most `width`; None when `max_lines` do not hold the text."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        while True:
            joined = f"{current} {word}" if current else word
            if _width(joined, font, size) <= width:
                current = joined
                break
            fitting = [
                (h, t)
                for h, t in _word_splits(word, hyphenate)
                if _width(f"{current} {h}" if current else h, font, size) <= width
            ]
            # A compound breaks best after its linking s ("Wirtschaftsförderungs-" /
            # "gesellschaft"), not at the latest syllable ("…gesell-" / "schaft" at most).
            head = next((p for p in fitting if p[0].endswith("s-") and len(p[1]) > 3), None)
            head = head or (fitting[0] if fitting else None)
            if head is not None:  # as much of the word as fits, the rest on the next line
                lines.append(f"{current} {head[0]}" if current else head[0])
                current, word = "", head[1]
            elif current:
                lines.append(current)
                current = ""
            else:
                return None  # a piece wider than the line
            if len(lines) >= max_lines:
                return None
    lines.append(current)
    return tuple(lines) if len(lines) <= max_lines else None


def fit(
    text: str,
    font: str,
    largest: float,
    smallest: float,
    width: float,
    two_lines: bool = True,
    max_lines: int | None = None,
    hyphenate: bool = False,
) -> Fitted:
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return Fitted((), smallest)
    lines_allowed = max_lines or (2 if two_lines else 1)
    # On one line a text may shrink to three quarters; below that two larger lines read better.
    floor = max(smallest, largest * 0.75) if lines_allowed > 1 else smallest
    size = largest
    while size >= floor:
        if _width(text, font, size) <= width:
            return Fitted((text,), size)
        size -= 0.5
    if lines_allowed > 1:
        size = largest
        while size >= smallest:  # words broken with a hyphen only where whole ones do not fit
            lines = _wrap(text, font, size, width, lines_allowed, False)
            if not lines and hyphenate:
                lines = _wrap(text, font, size, width, lines_allowed, True)
            if lines:
                return Fitted(lines, size)
            size -= 0.5
        size = floor  # no break helps: one line, smaller, before anything is cut off
        while size >= smallest:
            if _width(text, font, size) <= width:
                return Fitted((text,), size)
            size -= 0.5
        lines = _wrap(text, font, smallest, width, len(text), hyphenate)
        if lines and len(lines) > 1:  # the first lines whole, the rest shortened on the last
            kept = list(lines[: lines_allowed - 1])
            rest = " ".join(lines[lines_allowed - 1 :])
            return Fitted((*kept, _shorten(rest, font, smallest, width)), smallest)
        first_words = []
        for word in text.split(" "):  # as many whole words as fit, the rest shortened
            if _width(" ".join([*first_words, word]), font, smallest) > width:
                break
            first_words.append(word)
        if first_words:
            rest = text[len(" ".join(first_words)) :].strip()
            return Fitted((" ".join(first_words), _shorten(rest, font, smallest, width)), smallest)
    return Fitted((_shorten(text, font, smallest, width),), smallest)
