from __future__ import annotations

import pytest

from smartnet_desktop.badges.layouts import get_layout, load_layouts, save_custom
from smartnet_desktop.badges.render import render_calibration
from smartnet_desktop.domain.errors import InvalidInput, NotFound

CUSTOM = {
    "page": [210, 297],
    "badge": [85, 54],
    "columns": 2,
    "rows": 5,
    "margin": [15, 10],
    "gap": [10, 3],
}


def test_presets_fit_their_pages():
    layouts = load_layouts()
    assert {"a4-insert-90x55", "durable-1456", "herma-4412", "a6-single", "a4-foldable"} <= set(
        layouts
    )
    assert layouts["a4-insert-90x55"].per_page == 8 and layouts["herma-4412"].per_page == 10


def test_custom_preset_is_validated_saved_and_loaded(tmp_path):
    path = tmp_path / "custom.json"
    layout = save_custom(CUSTOM, path)
    assert layout.per_page == 10
    assert get_layout("custom", path).badge == (85.0, 54.0)
    with pytest.raises(InvalidInput) as caught:
        save_custom({**CUSTOM, "rows": 6}, path)  # 6 × 54 mm do not fit on A4
    assert caught.value.code == "layout_off_page"
    with pytest.raises(InvalidInput):
        save_custom({**CUSTOM, "badge": [20, 10]}, path)
    assert get_layout("custom", path).per_page == 10  # the stored preset is unchanged
    with pytest.raises(NotFound):
        get_layout("nope", path)


def test_calibration_page_is_a_pdf():
    assert render_calibration(load_layouts()["herma-4412"], (1.5, -0.5)).startswith(b"%PDF")
