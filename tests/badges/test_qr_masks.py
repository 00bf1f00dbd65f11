"""The fast mask choice builds exactly the qrcode package's own matrix."""

from __future__ import annotations

import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st
from qrcode.constants import ERROR_CORRECT_M

from smartnet_desktop.badges import qr_masks


def package_matrix(content: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(content.encode("utf-8"))
    code.make(fit=True)  # the package's own search over the eight masks
    return code.get_matrix()


def test_badge_addresses_of_every_length_match_the_package():
    # versions 1 to 14, the version information block (7 and up) included
    for length in range(0, 400, 9):
        content = "https://steckbriefe.example/p/" + "x7Ü#"[length % 4] * length + "#ABCD2345"
        assert qr_masks.matrix(content) == package_matrix(content), length


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=120))
def test_any_text_matches_the_package(content):
    assert qr_masks.matrix(content) == package_matrix(content)


def test_the_eight_penalties_are_the_packages_scores():
    from qrcode import util

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(b"https://steckbriefe.example/stadt-gera#K7QPW3")
    code.make(fit=True)
    import numpy as np

    candidates = []
    expected = []
    for mask in range(8):
        code.makeImpl(True, mask)  # test mode: how the package scores a candidate
        candidates.append(code.modules)
        expected.append(util.lost_point(code.modules))
    assert qr_masks.penalties(np.array(candidates, dtype=bool)).tolist() == expected
