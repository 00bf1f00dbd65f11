"""Issue 23 (badges item, carried to the site): straight quotes in pairs read as German
quotes on the published pages as on the badges: Zweckverband Allianz „Thüringer Becken“."""

from __future__ import annotations

from smartnet_desktop.domain.text_rules import german_quotes
from smartnet_desktop.services.publishing import write_site

BECKEN = "Zweckverband Allianz „Thüringer Becken“"


def test_straight_quote_pairs_become_german_quotes():
    assert german_quotes('Verein "Digitales Dorf"') == "Verein „Digitales Dorf“"
    assert german_quotes('"a" und "b"') == "„a“ und „b“"
    assert german_quotes('ein "offenes Ende') == 'ein "offenes Ende'  # no pair: left alone


def test_the_site_shows_german_quotes(demo, tmp_path):
    sessions, _, _ = demo
    pages = {p["organization"]: p["file"] for p in write_site(sessions, tmp_path / "site")}
    (own,) = [f for name, f in pages.items() if "Thüringer Becken" in name]
    own_page = (tmp_path / "site" / own).read_text("utf-8")
    assert f"<h1>{BECKEN}</h1>" in own_page
    assert f"<title>{BECKEN} – " in own_page
    index = (tmp_path / "site" / "index.html").read_text("utf-8")
    weida = (tmp_path / "site" / "weida" / "index.html").read_text("utf-8")
    for html in (index, own_page, weida):  # listed on the index, linked from "Passt zu"
        assert "&quot;" not in html
    assert BECKEN in index and BECKEN in weida
