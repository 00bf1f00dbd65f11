"""Issue 22 item 11: started where no window can open, the program ends with one line that
names what is missing and how to install it (exit 1), not with Qt's abort text (exit 134)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")


def _start(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
    }
    environment.update(
        PYTHONPATH=str(REPOSITORY),
        SMARTNET_CONFIG_DIR=str(tmp_path / "config"),
        SMARTNET_DATA_DIR=str(tmp_path / "data"),
        SMARTNET_QUIT_AFTER_START="500",  # should a window open after all, it closes
        **env,
    )
    return subprocess.run(
        [sys.executable, "-m", "smartnet_desktop", "--demo"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )


def _one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode in (1, 2), (result.returncode, result.stderr)
    assert "Aborted" not in result.stderr and "Reinstalling" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    return lines[0]


def test_without_a_display_one_line_says_so(tmp_path):
    line = _one_line(_start(tmp_path))
    assert line.startswith("smartnet-desktop: no display")
    assert "DISPLAY" in line


def test_a_display_that_does_not_answer_is_named(tmp_path):
    line = _one_line(_start(tmp_path, DISPLAY=":3999", QT_QPA_PLATFORM="xcb"))
    assert "no display" in line and ":3999" in line


def test_a_missing_x11_library_is_named_with_its_package(tmp_path):
    """The dynamic loader finds an unusable libxcb-cursor.so.0 first (LD_LIBRARY_PATH), as
    if the package were missing: Qt's xcb plugin cannot load."""
    broken = tmp_path / "lib"
    broken.mkdir()
    (broken / "libxcb-cursor.so.0").write_bytes(b"")
    line = _one_line(
        _start(tmp_path, DISPLAY=":3999", QT_QPA_PLATFORM="xcb", LD_LIBRARY_PATH=str(broken))
    )
    assert "libxcb-cursor.so.0" in line
    assert "sudo apt install libxcb-cursor0" in line
    assert "README" in line


def test_platforms_without_a_screen_are_not_checked(tmp_path):
    result = _start(tmp_path, QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
