"""The personal sheet as a reader meets it: on A4 and A5 one page per person, each fitting
organisation's name left of the QR code of its Steckbrief (decoded), whom to look for, and
the organisations that did not fit named in the last line, never dropped."""

from __future__ import annotations

from datetime import date

import pypdfium2
import pytest
import zxingcpp

from smartnet_desktop.domain.sheet_rows import PersonalSheet, SheetPartner, SheetTopic
from smartnet_desktop.reports.personal_sheet import PAPERS, render_sheets
from tests.reports.pdf_reading import find, language, page_texts

MM = 72 / 25.4


def partner(n: int, named=(), unnamed=1) -> SheetPartner:
    return SheetPartner(
        f"Partnerstadt {n:02d}",
        "municipality",
        "Erfurt",
        f"https://steckbriefe.example/partner-{n:02d}",
        (
            SheetTopic("Tourismus", True, 'Portal "Digitales Dorf"', 2),
            SheetTopic("Mobilität", False, "Rufbus gesucht", None, "teilen zwei Themen"),
        ),
        tuple(named),
        unnamed,
    )


def sheet(partners, present=True, name="Łucja Żółćińska") -> PersonalSheet:
    return PersonalSheet(
        7, 70, name, "Stadt Gera", "4. Netzwerktreffen", date(2022, 8, 30), present,
        tuple(partners),
    )  # fmt: skip


def decoded(pdf: bytes, page: int = 0) -> list[tuple[str, float]]:
    """(content, top in points from the page's top) of every QR code on the page."""
    document = pypdfium2.PdfDocument(pdf)
    scale = 150 / 72
    image = document[page].render(scale=scale).to_pil().convert("RGB")
    return [(c.text, c.position.top_left.y / scale) for c in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_one_page_per_person_each_organisation_beside_its_steckbrief_code(paper):
    partners = [partner(1, ["Anna Schmidt"], 0), partner(2, (), 2), partner(3, ["Jo Li"], 1)]
    pdf = render_sheets([sheet(partners), sheet(partners[:1], name="Zweite Person")], paper)
    document = pypdfium2.PdfDocument(pdf)
    assert len(document) == 2
    width, height = (side * MM for side in PAPERS[paper])
    assert document[0].get_size() == pytest.approx((width, height), abs=0.5)
    assert language(pdf) == "de-DE"
    first = page_texts(pdf)[0]
    assert "Heute für Sie interessant" in first
    assert "für Łucja Żółćińska, Stadt Gera" in first
    assert "Heute hier: Anna Schmidt" in first  # granted, no one else of theirs here
    assert "Heute hier: jemand von Partnerstadt 02" in first  # nobody of them named
    assert "Heute hier: Jo Li, jemand von Partnerstadt 03" in first
    assert "bietet Unterstützung: Tourismus" in first and "„Digitales Dorf“" in first
    assert "sucht Unterstützung: Mobilität" in first and "Warum: teilen zwei Themen" in first

    codes = decoded(pdf)
    assert sorted(text for text, _ in codes) == [p.url for p in partners]
    tops = []
    for p in partners:
        (name,) = [box for box in find(pdf, p.organization) if box.page == 1][:1]
        (code_top,) = [top for text, top in codes if text == p.url]
        assert name.right < width * 0.75  # the text column, left of the codes
        assert abs(code_top - name.top) < 12 * MM  # the code stands beside its organisation
        assert name.left >= 10 * MM and name.bottom < height - 10 * MM
        tops.append(name.top)
    assert tops == sorted(tops)  # in the order given (the ranking)


def test_what_does_not_fit_on_the_page_is_named_in_the_last_line():
    partners = [partner(n) for n in range(1, 13)]
    pdf = render_sheets([sheet(partners)], "a5")
    text = page_texts(pdf)[0]
    head, last = text.split("Außerdem passend: ")
    lines = last.split("\n")  # the line may wrap; the scale's key and "Stand: …" follow
    last = " ".join(line for line in lines if not line.startswith(("Stand:", "Erfahrung 1")))
    shown = [p for p in partners if f"{p.organization}\n" in head]
    assert 2 <= len(shown) < len(partners)
    assert last == ", ".join(p.organization for p in partners if p not in shown)
    assert len(decoded(pdf)) == len(shown)


def test_before_the_meeting_the_sheet_says_registered_and_speaks_english_when_asked():
    pdf = render_sheets([sheet([partner(1, ["Anna Schmidt"], 0)], present=False)], "a4", "en")
    text = page_texts(pdf)[0]
    assert "Of interest to you today" in text
    assert "registered for the meeting" in text and "Registered: Anna Schmidt" in text
    assert "Here today" not in text
