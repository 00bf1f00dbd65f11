"""Badges rendered, rasterised at 150 dpi, every QR code decoded; text read back with pypdf."""

from __future__ import annotations

import io
from datetime import date

import pypdfium2
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from smartnet_desktop import fonts
from smartnet_desktop.badges.layouts import load_layouts
from smartnet_desktop.badges.render import MM, render_badges
from smartnet_desktop.domain.rows import BadgeData

LAYOUTS = load_layouts()
NAMES = [
    ("Łucja", "Żółćińska", "Prof. Dr.", "Technische Universität Ilmenau", True),
    ("Thi Lan", "Nguyễn", "", "Technische Universität Ilmenau", False),
    ("Ștefan", "Popescu", "", "Wirtschaftsförderungsgesellschaft Jena mbH", False),
    ("Ingrid", "Ødegård", "", "Vertretung des Freistaats Thüringen bei der EU", True),
    ("Jürgen", "Weißbach", "", "Stadt Gera", False),
    ("Anna", "Beispiel", "", "", False),
    ("Zoë", "Größer", "Dr.", "Region Seltenrain", False),
    ("Åsa", "Lindqvist", "", "Fachhochschule Erfurt", False),
    ("Đorđe", "Petrović", "", "Stadt Weida", True),
]


def badge(
    index: int, given="A", family="B", title="", org="", objection=False, qr=None
) -> BadgeData:
    return BadgeData(
        index,
        given,
        family,
        title,
        org,
        "Referent",
        "4. Netzwerktreffen Smart Cities",
        date(2022, 8, 30),
        qr or f"https://steckbriefe.example/org-{index}",
        objection,
        f"CODE{index}",
    )


def sample(count: int = 9) -> list[BadgeData]:
    return [badge(i, *NAMES[i % len(NAMES)]) for i in range(count)]


def pages_as_images(pdf: bytes, dpi: int = 150) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(pdf)
    return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in document]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_qr_code_decodes_to_its_content(layout):
    badges = sample(9)
    result = render_badges(badges, LAYOUTS[layout])
    decoded = []
    for image in pages_as_images(result.pdf):
        decoded += [code.text for code in zxingcpp.read_barcodes(image)]
    sides = 2 if LAYOUTS[layout].foldable else 1  # a folded badge: front and back
    assert sorted(decoded) == sorted(b.qr_content for b in badges for _ in range(sides))


def test_every_badge_text_is_in_the_pdf_including_non_latin_names():
    result = render_badges(sample(9), LAYOUTS["a4-insert-90x55"])
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(result.pdf)).pages)
    for given, family, title, org, _ in NAMES:
        assert given in text and family in text
        if title:
            assert title in text
        if org:  # a long word of it may be hyphenated at the line's end
            assert org.split()[0] in text.replace("-\n", "")
    assert "Bitte nicht fotografieren" in text


def _inside(inner, outer, tolerance=0.01) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return (
        x >= ox - tolerance
        and y >= oy - tolerance
        and x + w <= ox + ow + tolerance
        and y + h <= oy + oh + tolerance
    )


def _overlap(a, b) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_no_text_leaves_its_badge_or_touches_the_qr_code(layout):
    long = "Wirtschaftsförderungs­gesellschaft " * 9
    badges = sample(9) + [
        badge(100, "X" * 300, "Y" * 300, "Prof. Dr. " * 30, long, True),
        badge(
            101, "Maximiliane Theodora Charlotte", "Müller-Lüdenscheidt von Hohenzollern", "", long
        ),
    ]
    result = render_badges(badges, LAYOUTS[layout])
    assert len(result.geometry) == len(badges) * (2 if LAYOUTS[layout].foldable else 1)
    for geometry in result.geometry:
        assert _inside(geometry.qr, geometry.badge)
        for key, box in geometry.texts:
            assert _inside(box, geometry.badge), (key, box, geometry.badge)
            if key != "marker":
                assert not _overlap(box, geometry.qr), (key, box, geometry.qr)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_badge_code_is_printed_readably_below_the_qr_code(layout):
    """For typing it in when a scanner fails: the code in plain text under its QR."""
    badges = sample(3)
    result = render_badges(badges, LAYOUTS[layout])
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(result.pdf)).pages)
    for item in badges:
        assert item.badge_code in text
    for geometry in result.geometry:
        [code_box] = [box for key, box in geometry.texts if key == "code"]
        _, code_y, _, code_h = code_box
        _, qr_y, _, qr_h = geometry.qr
        if geometry.rotated:  # the folded badge's back is upside down on the sheet
            assert code_y >= qr_y + qr_h - 0.01
        else:
            assert code_y + code_h <= qr_y + 0.01  # below the code, not on it
        assert _inside(code_box, geometry.badge)


def test_a_300_character_name_still_renders_and_its_qr_decodes():
    badges = [badge(1, "Ä" * 300, "Ø" * 300, org="Ł" * 300, objection=True)]
    result = render_badges(badges, LAYOUTS["a4-insert-90x55"])
    [image] = pages_as_images(result.pdf)
    assert [c.text for c in zxingcpp.read_barcodes(image)] == [badges[0].qr_content]


@pytest.mark.parametrize(("count", "pages"), [(0, 0), (1, 1), (7, 1), (8, 1), (9, 2), (17, 3)])
def test_page_counts_keep_the_last_partial_page(count, pages):
    result = render_badges(sample(count), LAYOUTS["a4-insert-90x55"])
    assert result.pages == pages
    if count:
        assert len(PdfReader(io.BytesIO(result.pdf)).pages) == pages
        assert {g.registration_id for g in result.geometry} == set(range(count))


def test_foldable_back_is_turned_180_degrees_above_the_fold():
    layout = LAYOUTS["a4-foldable"]
    result = render_badges(sample(2), layout)
    assert result.pages == 2
    front, back = result.geometry[0], result.geometry[1]
    assert not front.rotated and back.rotated
    assert front.badge[1] == pytest.approx(0) and back.badge[1] == pytest.approx(
        layout.page[1] / 2 * MM
    )

    # The QR code sits bottom right on the front and top left on the turned back.
    def centre(rect):
        return rect[0] + rect[2] / 2, rect[1] + rect[3] / 2

    (fx, fy), (bx, by) = centre(front.qr), centre(back.qr)
    assert fx > centre(front.badge)[0] and fy < centre(front.badge)[1]
    assert bx < centre(back.badge)[0] and by > centre(back.badge)[1]
    [page_one, _] = pages_as_images(result.pdf)
    upper = page_one.crop((0, 0, page_one.width, page_one.height // 2)).rotate(180)
    lower = page_one.crop((0, page_one.height // 2, page_one.width, page_one.height))
    assert [c.text for c in zxingcpp.read_barcodes(upper)] == [
        c.text for c in zxingcpp.read_barcodes(lower)
    ]


def test_the_objection_marker_is_on_exactly_the_objectors_badges():
    badges = sample(9)
    result = render_badges(badges, LAYOUTS["a4-insert-90x55"])
    marked = {g.registration_id for g in result.geometry if g.marker is not None}
    assert marked == {b.registration_id for b in badges if b.photo_objection}
    # and the band is really on the page in its calm dark slate, below the objector's QR code
    [first, _] = pages_as_images(result.pdf, dpi=72)
    for geometry in result.geometry:
        if geometry.page != 1:
            continue
        x, y, w, h = geometry.badge
        pixel = first.getpixel((int(x + 1.5 * MM), int(first.height - (y + 3 * MM))))
        slate = max(pixel) < 110 and pixel[2] > pixel[0]  # dark, bluish grey: not an alarm red
        assert slate == (geometry.marker is not None), pixel


def test_each_code_is_one_inline_image_mask_and_identical_contents_are_built_once(monkeypatch):
    from pypdf import PdfReader

    from smartnet_desktop.badges import qr

    built = []
    real_matrix = qr.matrix
    monkeypatch.setattr(qr, "matrix", lambda content: built.append(content) or real_matrix(content))
    same = [badge(i, qr="https://steckbriefe.example/gera") for i in range(12)]
    render_badges(same, LAYOUTS["a4-insert-90x55"])
    assert built == ["https://steckbriefe.example/gera"]
    monkeypatch.undo()  # the larger batches below go to worker processes

    different = [badge(i) for i in range(40)]
    pdf = render_badges(different, LAYOUTS["a4-insert-90x55"]).pdf
    assert b"/Subtype /Form" not in pdf and b"/Subtype /Image" not in pdf  # no raster XObjects
    content = b"".join(page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert content.count(b"/IM true /BPC 1") == 40  # one 1-bit mask per badge
    more = render_badges([badge(i) for i in range(80)], LAYOUTS["a4-insert-90x55"]).pdf
    assert len(more) - len(pdf) < 40 * 700  # a badge, its code included, in under 700 bytes


def test_large_batches_use_worker_processes_and_still_decode(monkeypatch):
    from concurrent.futures import ProcessPoolExecutor

    from smartnet_desktop.badges import qr

    pools = []

    class CountedPool(ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            pools.append(args[0] if args else kwargs.get("max_workers"))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(qr, "ProcessPoolExecutor", CountedPool)
    monkeypatch.setattr(qr.os, "cpu_count", lambda: 2)  # the pool on any machine
    badges = [
        badge(i, qr=f"https://steckbriefe.example/p/{i}") for i in range(qr.POOL_THRESHOLD + 12)
    ]
    result = render_badges(badges, LAYOUTS["a4-insert-90x55"])
    assert pools and pools[0] >= 2, "the QR codes were not built in worker processes"
    [first_page, *_] = pages_as_images(result.pdf)
    decoded = sorted(code.text for code in zxingcpp.read_barcodes(first_page))
    assert decoded == sorted(b.qr_content for b in badges[: LAYOUTS["a4-insert-90x55"].per_page])


def test_a_partly_used_sheet_starts_at_the_first_free_label():
    layout = LAYOUTS["a4-insert-90x55"]
    result = render_badges(sample(3), layout, skip=5)
    slots = [layout.slot_origin(i) for i in range(layout.per_page)]
    placed = [(round(g.badge[0] / MM, 1), round(g.badge[1] / MM, 1)) for g in result.geometry]
    assert placed == [tuple(round(v, 1) for v in slots[i]) for i in (5, 6, 7)]
    assert result.pages == 1
    assert render_badges(sample(4), layout, skip=5).pages == 2


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_nothing_is_printed_into_the_papers_unprintable_edge(layout):
    """Office printers leave the outer 4 mm of a sheet blank (label printers 1.5 mm):
    no text, no code and no photo marker may stand there."""
    preset = LAYOUTS[layout]
    edge = preset.printable_margin * MM
    page_w, page_h = preset.page[0] * MM, preset.page[1] * MM
    badges = [badge(i, *NAMES[i % len(NAMES)][:4], True) for i in range(preset.per_page)]
    result = render_badges(badges, preset)
    for geometry in result.geometry:
        boxes = [box for _, box in geometry.texts] + [geometry.qr]
        boxes += [geometry.marker] if geometry.marker else []
        for x, y, w, h in boxes:
            assert x >= edge - 0.01 and y >= edge - 0.01, (layout, x, y)
            assert x + w <= page_w - edge + 0.01 and y + h <= page_h - edge + 0.01, (layout, x, y)


@pytest.mark.parametrize("layout", ["a6-single", "a4-foldable"])
def test_names_are_readable_from_two_metres_on_big_stock(layout):
    """Cap height of at least 6 mm for given and family name (DejaVu Sans Bold's capitals
    are 0.73 of the type size)."""
    result = render_badges(sample(9), LAYOUTS[layout])
    for geometry in result.geometry:
        given, family = geometry.type_sizes["given_name"], geometry.type_sizes["family_name"]
        assert min(given, family) * 0.73 >= 6 * MM, (layout, given, family)


def test_a_double_name_breaks_after_its_hyphen_and_a_long_word_shrinks_before_it_is_cut():
    from smartnet_desktop.badges.text_fit import ELLIPSIS, fit

    fonts.register()
    double = fit("Beckmann-Probe", fonts.BOLD, 22, 8, 110)
    assert double.lines == ("Beckmann-", "Probe") and double.size > 22 * 0.75  # not 8 pt
    word = fit("Donaudampfschifffahrtsgesellschaft", fonts.BOLD, 22, 8, 250)
    assert word.lines == ("Donaudampfschifffahrtsgesellschaft",)
    assert 12 <= word.size < 22 * 0.75  # the largest size that fits, not the smallest
    assert ELLIPSIS not in "".join(word.lines)
