"""The one frame every A4 report shares (agenda handout, check-in list, photographers' list,
survey report, Steckbrief booklet): 20 mm margins, the foot line "left text · Stand:
30.11.2026, 17:23 Uhr · Seite 1 von 3", the document's language (/Lang de-DE or en-GB)
and information, and German (or English) hyphenation for every paragraph style.

Pure: story in, PDF bytes out.
"""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime
from functools import cache

from smartnet_desktop import fonts
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

LABELS = {
    "page": QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}"),
    "as_of": QT_TRANSLATE_NOOP("Reports", "As of {when}"),
    # a date and a time of day (German: "30.11.2026, 17:23 Uhr")
    "moment": QT_TRANSLATE_NOOP("Reports", "{date}, {time}"),
}
CREATOR = "SmartNet Desktop"
FOOT_GREY = "#666666"
HYPHENATION_MIN_LETTERS = 8


def document_language(language: str) -> str:
    """The PDF's /Lang: the outputs speak German unless asked for English."""
    return "en-GB" if language == "en" else "de-DE"


_VOWELS = frozenset("aeiouyäöüéèáàâêîôûAEIOUYÄÖÜÉÈÁÀÂÊÎÔÛ")


def identify(canvas, title: str, subject: str = "") -> None:
    """The document information of a PDF drawn on a bare canvas (badges, calibration
    page): the same creator and author as every report. Its /Lang is given when the
    canvas is made: Canvas(..., lang=document_language(language))."""
    canvas.setTitle(title)
    canvas.setAuthor(CREATOR)
    canvas.setCreator(CREATOR)
    if subject:
        canvas.setSubject(subject)


@cache
def _hyphenator(language: str):
    """The places a word may break, longest head first, as ReportLab asks for them.

    pyphen reads LibreOffice's German dictionary, which has two levels (compound words,
    then syllable patterns); pyphen merges them and so also proposes "Zu-sam-me-n-a-r-beit"
    and "Deut-sch-land". A break is therefore kept only where the pieces on both sides
    have at least two letters and a vowel; a hyphen the word already has is a break too
    ("EU-|Ebene", drawn without a second hyphen)."""
    import pyphen

    dictionary = pyphen.Pyphen(lang="en_GB" if language == "en" else "de_DE")

    def syllable(piece: str) -> bool:
        return len(piece) > 1 and any(ch in _VOWELS for ch in piece)

    def splits(word: str) -> list[tuple[str, str]]:
        found = set()
        cuts = [0, *dictionary.positions(word), len(word)]
        for k in range(1, len(cuts) - 1):
            before, after = word[cuts[k - 1] : cuts[k]], word[cuts[k] : cuts[k + 1]]
            if syllable(before.rsplit("-", 1)[-1]) and syllable(after.split("-", 1)[0]):
                found.add(cuts[k])
        found.update(i + 1 for i, ch in enumerate(word[:-1]) if ch == "-" and i > 0)
        return [(word[:cut], word[cut:]) for cut in sorted(found, reverse=True)]

    return splits


def hyphenated(styles: dict, language: str) -> dict:
    """`styles` (name -> ParagraphStyle) hyphenating in `language`: a long word such as
    "Wirtschaftsförderungsgesellschaft" breaks as "…gesell-" / "schaft", never mid-word
    without a hyphen."""
    for style in styles.values():
        style.hyphenationLang = _hyphenator(language)
        # ReportLab hyphenates greedily to fill a line: short words ("Fotos", "photos")
        # move to the next line whole instead of being split in a narrow column
        style.hyphenationMinWordLength = HYPHENATION_MIN_LETTERS
    return styles


def moment_text(moment: datetime, language: str) -> str:
    """ "30.11.2026, 17:23 Uhr" (English: "30.11.2026, 17:23")."""
    return words(language, LABELS["moment"]).format(
        date=f"{moment:%d.%m.%Y}", time=f"{moment:%H:%M}"
    )


def as_of_text(moment: datetime, language: str) -> str:
    """ "Stand: 30.11.2026, 17:23 Uhr"."""
    return words(language, LABELS["as_of"]).format(when=moment_text(moment, language))


def _numbered_canvas(draw_foot):
    """A canvas that keeps its pages until the end, so that every foot can say how many
    pages there are ("Seite 1 von 3"). A link target named on a kept page is set when that
    page is written, so that it points to its own page, not to the first."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._kept_pages: list[dict] = []
            self._targets: list[tuple[str, dict]] = []

        def bookmarkPage(self, key, **where) -> None:  # noqa: N802 (ReportLab's name)
            self._targets.append((key, where))

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._kept_pages.append(dict(self.__dict__))
            self._targets = []
            self._startPage()

        def save(self) -> None:
            total = len(self._kept_pages)
            for state in self._kept_pages:
                self.__dict__.update(state)
                for key, where in self._targets:
                    Canvas.bookmarkPage(self, key, **where)
                draw_foot(self, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_a4(
    story: list,
    title: str,
    language: str,
    printed_at: datetime | None = None,
    footer_left: str = "",
    author: str = "",
    subject: str = "",
) -> bytes:
    """A4 with 20 mm margins, the document's language and information, and the foot line
    every report has: `footer_left` (grey), "Stand: …" and "Seite x von y"."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    fonts.register()
    printed_at = printed_at or datetime.now().astimezone()
    page_words = words(language, LABELS["page"])
    as_of = as_of_text(printed_at, language)
    left = unicodedata.normalize("NFC", footer_left or "")[:90]

    def draw_foot(canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(colors.HexColor(FOOT_GREY))
        canvas.setStrokeColor(colors.HexColor("#bbbbbb"))
        canvas.setLineWidth(0.4)
        canvas.line(20 * mm, 15.5 * mm, 190 * mm, 15.5 * mm)
        if left:
            canvas.drawString(20 * mm, 11 * mm, left)
        canvas.drawRightString(190 * mm, 11 * mm, page_words.format(page=page, pages=pages))
        canvas.drawRightString(190 * mm, 7.5 * mm, as_of)
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=unicodedata.normalize("NFC", title),
        author=author or CREATOR,
        subject=subject,
        creator=CREATOR,
        lang=document_language(language),
    )
    document.build(story, canvasmaker=_numbered_canvas(draw_foot))
    return buffer.getvalue()
