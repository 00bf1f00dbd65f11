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


def _two_lines(text: str, font: str, size: float, width: float) -> tuple[str, str] | None:
    """The best break between words so that both lines fit, if there is one."""
    words = text.split()
    for split in range(len(words) - 1, 0, -1):
        first, second = " ".join(words[:split]), " ".join(words[split:])
        if _width(first, font, size) <= width:
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
        first_words = []
        for word in text.split():  # as many whole words as fit, the rest shortened
            if _width(" ".join([*first_words, word]), font, smallest) > width:
                break
            first_words.append(word)
        if first_words:
            rest = text[len(" ".join(first_words)) :].strip()
            return Fitted((" ".join(first_words), _shorten(rest, font, smallest, width)), smallest)
    return Fitted((_shorten(text, font, smallest, width),), smallest)
