"""Issue 22 item 9: the real window opens inside the screen it opens on, at a laptop's
1280×800 and a projector's 1024×700, in German and English, title bar and status bar
included; a geometry remembered on a larger screen is made to fit too."""

from __future__ import annotations

import time

import pytest

from tests.real_window import require_tools


def _inside(frame: tuple[int, int, int, int], width: int, height: int) -> bool:
    x, y, w, h = frame
    return x >= 0 and y >= 0 and x + w <= width and y + h <= height


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("size", ["1280x800", "1024x700"])
def test_the_window_and_its_status_bar_lie_inside_the_screen(
    real_display_of_size, tmp_path, size, language
):
    require_tools("xprop", "xwininfo")
    width, height = (int(v) for v in size.split("x"))
    display = real_display_of_size(size)
    app = display.start_app(["--demo", "--lang", language])
    time.sleep(1.0)  # the window is fitted again once the window manager framed it
    frame = app.frame_geometry()
    display.screenshot(tmp_path / f"window-{size}-{language}.png")
    assert _inside(frame, width, height), f"window {frame} outside the {size} screen"
    assert app.close() == 0


def test_a_geometry_remembered_on_a_larger_screen_is_made_to_fit(
    real_display_of_size, tmp_path
):
    """Closed at 1600×1000 on a large screen, opened on a 1024×700 one."""
    require_tools("xprop", "xwininfo")
    large = real_display_of_size("1920x1200")
    app = large.start_app(["--demo", "--lang", "de"])
    large.xdotool("windowsize", app.window_id, "1600", "1000")
    large.xdotool("windowmove", app.window_id, "200", "150")
    time.sleep(0.5)
    assert app.frame_geometry()[2] > 1024  # the remembered window is larger than the next screen
    assert app.close() == 0
    small = real_display_of_size("1024x700")
    again = small.start_app(["--demo", "--lang", "de"])
    time.sleep(1.0)
    frame = again.frame_geometry()
    small.screenshot(tmp_path / "restored-1024x700.png")
    assert _inside(frame, 1024, 700), f"window {frame} outside the 1024x700 screen"
    assert again.close() == 0
