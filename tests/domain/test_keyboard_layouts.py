"""The layout tables are the X keyboard layouts' own: derived again here with xkbcomp from
xkeyboard-config (levels 1 and 2 of the main keys) and compared with the module's."""

from __future__ import annotations

import pytest

from smartnet_desktop.domain import keyboard_layouts
from tests import xkb_layouts


@pytest.mark.skipif(bool(xkb_layouts.missing()), reason=xkb_layouts.missing() or "-")
def test_the_tables_are_those_of_the_x_layouts(tmp_path):
    us_on_de = xkb_layouts.arrives_meant("us", "de", tmp_path)
    assert us_on_de == keyboard_layouts.US_SCANNER_ON_GERMAN
    de_on_us = xkb_layouts.arrives_meant("de", "us", tmp_path)
    assert de_on_us == keyboard_layouts.GERMAN_SCANNER_ON_US


def test_a_badge_address_typed_by_a_wrongly_set_scanner_reads_back():
    us_on_german = "httpsÖ--smartßnet.example-gera§K6QQPZ"
    assert keyboard_layouts.read_back(us_on_german)[0] == "https://smart-net.example/gera#K6QQPY"
    german_on_us = "https>&&smart/net.example&gera\\K6QQPZ"
    assert "https://smart-net.example/gera#K6QQPY" in keyboard_layouts.read_back(german_on_us)
    assert keyboard_layouts.read_back("K6QQPG") == []
