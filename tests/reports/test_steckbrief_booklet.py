"""Issue 23 item 13: the Steckbrief booklet has a cover and contents (with the right page
numbers, clickable), each profile the QR code of its web page (that scans to that page and
is itself a link), clickable addresses, and two organisations share a page where they
fit."""

from __future__ import annotations

from datetime import datetime

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image

from smartnet_desktop.reports.network_pdf import render_steckbriefe
from smartnet_desktop.services.organizations import profiles
from tests.reports.pdf_reading import all_text, find, internal_links, links, page_texts

PRINTED_AT = datetime(2026, 11, 30, 17, 23)


def _booklet(demo) -> tuple[bytes, list]:
    sessions, _gera, _ = demo
    with sessions() as session:
        found = profiles(session)
    return render_steckbriefe(found, "de", "Digitalagentur", PRINTED_AT), found


def test_cover_and_contents_name_the_page_of_every_profile(demo):
    pdf, found = _booklet(demo)
    pages = page_texts(pdf)
    assert "Steckbriefe" in pages[0] and f"{len(found)} Organisationen" in pages[0]
    assert "Stand: 30.11.2026, 17:23 Uhr" in pages[0]
    assert pages[1].lstrip().startswith("Inhalt")
    for profile in found:
        name = profile.organization.name
        first = min(b.page for b in find(pdf, name) if b.page > 2)
        # the contents line: the name, and at the right on its line the page it starts on
        entry = [b for b in find(pdf, name) if b.page == 2][0]
        number = [
            b
            for b in find(pdf, str(first))
            if b.page == 2 and abs(b.top - entry.top) < 3 and b.left > 480
        ]
        assert len(number) == 1, name


def test_contents_entries_are_links_to_their_profiles(demo):
    pdf, found = _booklet(demo)
    jumps = [(target, rect) for page, target, rect in internal_links(pdf) if page == 2]
    assert len(jumps) == len(found)
    for profile in found:
        entry = [b for b in find(pdf, profile.organization.name) if b.page == 2][0]
        height = pdfium.PdfDocument(pdf)[1].get_height()
        target = [
            t
            for t, (x0, y0, x1, y1) in jumps
            if x0 - 1 <= entry.left and height - y1 - 1 <= entry.top <= height - y0
        ]
        first = min(b.page for b in find(pdf, profile.organization.name) if b.page > 2)
        assert target == [first], profile.organization.name


def test_every_profile_carries_a_qr_code_of_its_page_that_is_a_link(demo):
    pdf, found = _booklet(demo)
    document = pdfium.PdfDocument(pdf)
    decoded: dict[int, set[str]] = {}
    for number in range(2, len(document)):
        image = document[number].render(scale=150 / 72).to_pil().convert("L")
        white = Image.new("L", image.size, 255)
        white.paste(image)
        decoded[number + 1] = {code.text for code in zxingcpp.read_barcodes(white)}
    linked = links(pdf)
    for profile in found:
        url = profile.organization.url
        page = min(b.page for b in find(pdf, profile.organization.name) if b.page > 2)
        assert url in decoded[page], profile.organization.name
        assert (page, url) in linked


def test_addresses_are_clickable(demo):
    pdf, found = _booklet(demo)
    targets = {url for _page, url in links(pdf)}
    websites = {p.organization.website for p in found if p.organization.website}
    mails = {f"mailto:{p.contact.email}" for p in found if p.contact and p.contact.email}
    assert websites and websites <= targets
    assert mails and mails <= targets
    assert all(t.startswith(("https://", "http://", "mailto:", "tel:")) for t in targets)


def test_two_organisations_share_a_page_where_they_fit(demo):
    pdf, found = _booklet(demo)
    pages = len(page_texts(pdf))
    assert pages - 2 <= (len(found) + 1) // 2 + 1  # cover and contents, then about two a page
    starts = [min(b.page for b in find(pdf, p.organization.name) if b.page > 2) for p in found]
    assert max(starts.count(page) for page in set(starts)) >= 2


def _rating_lines(found, name: str) -> list[str]:
    """ "Digitale Verwaltung (Prozess): 6" for each rating of the organisation `name`."""
    from smartnet_desktop.domain.enums import StatementKind
    from smartnet_desktop.reports.network_labels import labels

    words = labels("de")
    (profile,) = [p for p in found if p.organization.name == name]
    return [
        f"{s.topic} ({words[s.area]}): {s.rating}"
        for s in profile.statements
        if s.kind == StatementKind.EXPERIENCE and s.rating
    ]


def test_ratings_are_printed_only_where_the_organisation_publishes_them(demo):
    """Issue 23 item 9, as on the site: TU Ilmenau chose to publish its ratings (demo),
    Stadt Weida did not ("Digitale Verwaltung 6 = keine Erfahrung" stays private)."""
    pdf, found = _booklet(demo)
    text = " ".join(all_text(pdf).replace("\u00ad", "").replace("-\n", "-").split())
    published, private = (
        _rating_lines(found, "Technische Universität Ilmenau"),
        _rating_lines(found, "Stadt Weida"),
    )
    assert published and private
    assert all(line in text for line in published)
    assert not any(line in text for line in private)
    assert text.count("Erfahrung (1 = sehr viel") == sum(
        bool(_rating_lines(found, p.organization.name)) and p.organization.publish_ratings
        for p in found
    )
