"""Issue 23 items 1-3: badges at a professional's standard, read back from the PDF with
pypdfium2 (the font size and position of each character as a PDF viewer sees them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pypdfium2
import pypdfium2.raw as pdfium_raw
import pytest

from smartnet_desktop import fonts
from smartnet_desktop.badges.layouts import load_layouts
from smartnet_desktop.badges.render import MM, render_badges
from smartnet_desktop.badges.text_fit import fit
from smartnet_desktop.domain.rows import BadgeData
from smartnet_desktop.domain.text_rules import german_quotes

LAYOUTS = load_layouts()
LONG_ORG = "Wirtschaftsförderungsgesellschaft Jena mbH"
PEOPLE = [
    ("Hans-Joachim", "Müller-Lüdenscheidt", "Prof. Dr.", LONG_ORG, True),
    ("Anna", "Beispiel", "", 'Verein "Digitales Dorf" e. V.', False),
    ("Łucja", "Żółćińska", "Dr.", "Technische Universität Ilmenau", False),
    ("Ola", "Li", "", "Stadt Weida", True),
]


def badges(ask: str = "") -> list[BadgeData]:
    return [
        BadgeData(
            i,
            given,
            family,
            title,
            org,
            "Referentin",
            "14. Netzwerktreffen Smart Cities / Smart Regions in Thüringen",
            date(2026, 12, 8),
            f"https://steckbriefe.example/org-{i}#B{i}",
            objection,
            f"B{i}",
            ask,
        )
        for i, (given, family, title, org, objection) in enumerate(PEOPLE)
    ]


def characters(pdf: bytes) -> list[list[tuple[str, float, float]]]:
    """Per page: (character, font size in points, baseline-ish bottom) of every character."""
    pages = []
    for page in pypdfium2.PdfDocument(pdf):
        text = page.get_textpage()
        found = []
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            size = pdfium_raw.FPDFText_GetFontSize(text.raw, index)
            found.append((char, size, text.get_charbox(index)[1]))
        pages.append(found)
    return pages


def sizes_of(page: list[tuple[str, float, float]], word: str) -> list[float]:
    """The font sizes of every occurrence of `word` on the page."""
    joined = "".join(c for c, _, _ in page)
    found, start = [], joined.find(word)
    while start >= 0:
        found += [page[i][1] for i in range(start, start + len(word))]
        start = joined.find(word, start + 1)
    return found


@pytest.mark.parametrize("layout", ["a4-insert-90x55", "durable-1456"])
def test_the_organisation_is_at_least_12_pt_on_90_by_55_cards(layout):
    """Read back from the PDF: every character of the organisations, the long one too."""
    [page] = characters(render_badges(badges(), LAYOUTS[layout]).pdf)
    for word in ("Wirtschaftsförderungs", "Digitales", "Ilmenau", "Weida"):
        sizes = sizes_of(page, word)
        assert sizes and min(sizes) >= 12 - 0.01, (word, sizes)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_organisation_grows_on_larger_stock_and_is_never_cut(layout):
    """12 pt on 90 × 55 mm, more on larger stock; on smaller stock (80 × 50, Dymo) down to
    85 % only where a long name needs it (the EU office's four words of 12 pt would not)."""
    preset = LAYOUTS[layout]
    ratio = min(preset.badge[0] / 90, preset.badge[1] / 55)
    scale = min(2.2, max(1.0, ratio))
    eu = "Vertretung des Freistaats Thüringen bei der Europäischen Union"
    result = render_badges([*badges(), replace(badges()[2], organization=eu)], preset)
    for geometry in result.geometry:
        floor = 12 * scale if ratio >= 1 or geometry.registration_id != 2 else 12 * 0.85
        assert geometry.type_sizes["organization"] >= floor - 0.01, (layout, geometry)
    plain = render_badges(badges(), preset)
    for geometry in plain.geometry:
        assert geometry.type_sizes["organization"] >= 12 * scale - 0.01, (layout, geometry)
    text = "".join(c for page in characters(result.pdf) for c, _, _ in page)
    for line in text.splitlines():  # only the header's event title may be shortened
        assert "…" not in line or " · 08.12.2026" in line, (layout, line)
    assert "Wirtschaftsförderungsgesellschaft" in text.replace("\ufffe", "")  # soft break


@pytest.mark.parametrize("layout", ["a4-insert-90x55", "herma-4412", "durable-1456"])
def test_one_name_size_per_sheet_for_given_and_family_name(layout):
    """A sheet is one PDF page: its badges' names share one size, the smallest any of them
    needs (here the long family name of a professor)."""
    result = render_badges(badges() * 3, LAYOUTS[layout])
    pages = characters(result.pdf)
    first_page_size = result.geometry[0].type_sizes["given_name"]
    for number, page in enumerate(pages, start=1):
        on_page = [g for g in result.geometry if g.page == number]
        sizes = {g.type_sizes[k] for g in on_page for k in ("given_name", "family_name")}
        assert len(sizes) == 1, sizes
        for word in ("Beispiel", "Anna", "Lüdenscheidt", "Ola"):
            read = set(sizes_of(page, word))
            assert read <= sizes, (word, read, sizes)
    alone = render_badges([badges()[3]], LAYOUTS[layout])  # Ola Li alone: larger names
    assert alone.geometry[0].type_sizes["given_name"] > first_page_size


def test_the_title_stands_on_the_names_line_not_alone():
    [page] = characters(render_badges(badges(), LAYOUTS["a4-insert-90x55"]).pdf)
    joined = "".join(c for c, _, _ in page)
    for title, given in (("Prof. Dr. ", "Hans"), ("Dr. ", "Łucja")):
        at = joined.find(title + given)
        assert at >= 0, (title, given)
        title_bottom = page[at][2]
        given_bottom = page[at + len(title)][2]
        assert abs(title_bottom - given_bottom) < 3, (title, title_bottom, given_bottom)


def test_straight_quotes_become_german_quotes():
    assert german_quotes('Verein "Digitales Dorf"') == "Verein „Digitales Dorf“"
    [page] = characters(render_badges(badges(), LAYOUTS["a4-insert-90x55"]).pdf)
    joined = "".join(c for c, _, _ in page)
    assert "„Digitales Dorf“" in joined and '"' not in joined


def test_one_font_family_on_the_badge():
    pdf = render_badges(badges("Mobilität, Tourismus"), LAYOUTS["a4-insert-90x55"]).pdf
    assert b"DejaVuSans-Bold" in pdf and b"Condensed" not in pdf


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_ask_me_line_never_shrinks_a_name(layout):
    ask = "Fördermittel, Internationalisierung, Tourismus"
    plain = render_badges(badges(), LAYOUTS[layout]).geometry
    asking = render_badges(badges(ask), LAYOUTS[layout])
    for before, after in zip(plain, asking.geometry, strict=True):
        assert after.type_sizes["given_name"] == before.type_sizes["given_name"]
        assert after.type_sizes["organization"] == before.type_sizes["organization"]
        assert after.ask_me_about in ("shown", "shortened", "dropped")
        if after.ask_me_about == "shown":
            assert after.type_sizes["ask"] >= 6.5


def test_where_a_preset_cannot_hold_the_ask_me_line_the_result_says_so():
    asking = render_badges(badges("Fördermittel, Internationalisierung"), LAYOUTS["dymo-11356"])
    assert asking.ask_me_about("dropped") + asking.ask_me_about("shortened") > 0
    roomy = render_badges([badges("Mobilität")[3]], LAYOUTS["a6-single"])
    assert roomy.ask_me_about("shown") == 1 and roomy.ask_me_about("dropped") == 0


def test_a_long_compound_breaks_after_its_linking_s_with_a_hyphen():
    fonts.register()
    org = fit(LONG_ORG, fonts.REGULAR, 12, 12, 160, max_lines=3, hyphenate=True)
    assert org.lines == ("Wirtschaftsförderungs-", "gesellschaft Jena mbH")


def test_the_corner_marker_sits_top_right_on_label_stock():
    result = render_badges(badges(), LAYOUTS["dymo-11356"])
    for geometry in result.geometry:
        if geometry.registration_id in (0, 3):
            x, y, w, h = geometry.marker
            bx, by, bw, bh = geometry.badge
            assert x > bx + bw / 2 and y > by + bh / 2 and w == h == pytest.approx(8 * MM)
        else:
            assert geometry.marker is None


def test_objectors_with_the_same_data_keep_their_marker():
    """The marker follows the objection, not the sheet's other badges."""
    same = [replace(b, photo_objection=i % 2 == 0) for i, b in enumerate(badges())]
    result = render_badges(same, LAYOUTS["a4-insert-90x55"])
    assert [g.marker is not None for g in result.geometry] == [True, False, True, False]


@pytest.mark.parametrize("layout", ["dymo-11356", "a4-insert-90x55", "brother-62mm-endless"])
def test_the_ask_me_fates_worked_out_without_drawing_match_the_drawn_badges(layout):
    from smartnet_desktop.badges.render import ask_me_about_fates

    data = badges("Fördermittel, Internationalisierung, Tourismus") * 3
    result = render_badges(data, LAYOUTS[layout], skip=1)
    drawn = {}
    for geometry in result.geometry[:: 2 if LAYOUTS[layout].foldable else 1]:
        drawn[geometry.ask_me_about] = drawn.get(geometry.ask_me_about, 0) + 1
    assert ask_me_about_fates(data, LAYOUTS[layout], skip=1) == drawn
