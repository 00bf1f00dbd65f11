"""The folded A4 badge with the personal sheet inside (a4-folded-sheet): three panels of
99 mm. The front in the middle, the back above it turned 180 degrees (folded back along
the front's upper edge, as the two-panel folded badge), and the sheet below the front,
folded back along the front's lower edge first, so that it lies inside, under the back:
turned 180 degrees like the back, it reads upright when the back is lifted."""

from __future__ import annotations

from datetime import date

import pytest
import zxingcpp

from smartnet_desktop.badges.layouts import _checked, load_layouts
from smartnet_desktop.badges.render import MM, render_badges
from smartnet_desktop.cli import main
from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.sheet_rows import PersonalSheet, SheetPartner, SheetTopic
from tests.badges.test_render import badge, pages_as_images
from tests.reports.pdf_reading import find, page_texts
from tests.sheet_fixtures import by_family_name

LAYOUT = load_layouts()["a4-folded-sheet"]
PARTNERS = tuple(
    SheetPartner(
        f"Partnerstadt {n}",
        "municipality",
        "Erfurt",
        f"https://steckbriefe.example/partner-{n}",
        (SheetTopic("Tourismus", True, "Portal"),),
        ("Anna Schmidt",),
    )
    for n in (1, 2)
)


def _with_sheet(index: int):
    holder = badge(index, "Łucja", "Żółćińska", "", "Stadt Gera")
    sheet = PersonalSheet(
        index, index, "Łucja Żółćińska", "Stadt Gera", "4. Netzwerktreffen", date(2022, 8, 30),
        True, PARTNERS,
    )  # fmt: skip
    return holder.__class__(**{**_fields(holder), "inside": sheet})


def _fields(data) -> dict:
    return {name: getattr(data, name) for name in data.__slots__}


def test_three_panels_front_in_the_middle_back_above_and_the_sheet_below_all_turned():
    holder = _with_sheet(1)
    result = render_badges([holder], LAYOUT)
    assert result.pages == 1
    front, back = result.geometry
    third = 99 * MM
    assert front.badge[1] == pytest.approx(third) and not front.rotated
    assert back.badge[1] == pytest.approx(2 * third) and back.rotated
    assert result.insides == [(1, 1, pytest.approx((0, 0, 210 * MM, third)))]

    [page] = pages_as_images(result.pdf)
    height = page.height
    codes = {
        (c.text, round(c.orientation) % 360, int(3 * c.position.top_left.y // height))
        for c in zxingcpp.read_barcodes(page)
    }
    assert codes == {
        (holder.qr_content, 0, 1),  # the front, upright, the middle third
        (holder.qr_content, 180, 0),  # the back, upside down, the top third
        (PARTNERS[0].url, 180, 2),  # the sheet, upside down, the bottom third
        (PARTNERS[1].url, 180, 2),
    }
    (title,) = find(result.pdf, "Heute für Sie interessant")
    (name,) = find(result.pdf, "Partnerstadt 1")
    page_h = 297 * MM
    assert title.top > page_h * 2 / 3 and name.top > page_h * 2 / 3  # in the lowest panel
    assert title.top > name.top  # turned: the heading stands below the entries on the page


def test_a_badge_without_a_sheet_leaves_the_inside_blank():
    plain = badge(2, "Jürgen", "Weißbach", "", "Stadt Gera")
    result = render_badges([plain], LAYOUT)
    assert result.insides == []
    assert "Heute für Sie interessant" not in page_texts(result.pdf)[0]


def test_an_inside_panel_needs_a_fold_and_room_below_the_front():
    data = LAYOUT.to_json()
    with pytest.raises(InvalidInput):
        _checked({**data, "foldable": False})
    with pytest.raises(InvalidInput):
        _checked({**data, "margin": [0, 150]})  # the front too low: no third panel below
    with pytest.raises(InvalidInput):
        _checked({**data, "inside": "poster"})


def test_the_badges_command_puts_the_holders_sheet_inside(demo, db_path, tmp_path, capsys):
    sessions, gera, _ = demo
    holder = by_family_name(sessions, gera, "Ackerbauer")
    out = tmp_path / "gefaltet.pdf"
    args = ["--db", str(db_path), "badges", "--event", str(gera), "--out", str(out)]
    assert main([*args, "--layout", "a4-folded-sheet", "--person", str(holder.person_id)]) == 0
    text = page_texts(out.read_bytes())[0]
    assert "Heute für Sie interessant" in text and "Angemeldet:" in text  # before the day
    assert f"für {holder.name}" in text
