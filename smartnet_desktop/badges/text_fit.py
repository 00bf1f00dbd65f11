"""Fitting a text into a box: shrink, then wrap to two lines, then shorten with an ellipsis."""

from __future__ import annotations

from dataclasses import dataclass

ELLIPSIS = "…"


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * 1.18


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


def _breaks(text: str) -> list[tuple[str, str]]:
    """Where a text may go onto two lines, latest first: between words, and after the
    hyphen of a double name ("Beckmann-" / "Probe")."""
    places = [i for i, ch in enumerate(text) if ch == " "]
    places += [i + 1 for i, ch in enumerate(text[:-1]) if ch == "-" and i > 0]
    return [(text[:i].rstrip(), text[i:].lstrip()) for i in sorted(set(places), reverse=True)]


def _two_lines(text: str, font: str, size: float, width: float) -> tuple[str, str] | None:
    """The latest break at which both lines fit, if there is one."""
    for first, second in _breaks(text):
        if first and second and _width(first, font, size) <= width:
            return (first, second) if _width(second, font, size) <= width else None
    return None


def fit(
    text: str, font: str, largest: float, smallest: float, width: float, two_lines: bool = True
) -> Fitted:
    text = " ".join(text.split())
    if not text:
        return Fitted((), smallest)
    # On one line a text may shrink to three quarters; below that two larger lines read better.
    floor = max(smallest, largest * 0.75) if two_lines else smallest
    size = largest
    while size >= floor:
        if _width(text, font, size) <= width:
            return Fitted((text,), size)
        size -= 0.5
    if two_lines:
        size = largest
        while size >= smallest:
            lines = _two_lines(text, font, size, width)
            if lines:
                return Fitted(lines, size)
            size -= 0.5
        size = floor  # no break helps: one line, smaller, before anything is cut off
        while size >= smallest:
            if _width(text, font, size) <= width:
                return Fitted((text,), size)
            size -= 0.5
        first_words = []
        for word in text.split():  # as many whole words as fit, the rest shortened
            if _width(" ".join([*first_words, word]), font, smallest) > width:
                break
            first_words.append(word)
        if first_words:
            rest = text[len(" ".join(first_words)) :].strip()
            return Fitted((" ".join(first_words), _shorten(rest, font, smallest, width)), smallest)
    return Fitted((_shorten(text, font, smallest, width),), smallest)
