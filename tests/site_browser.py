"""The published site in a real browser: Debian's Chromium driven by Playwright (no browser
download), the site served over HTTP from its folder as a web server would serve it.

Where Chromium or Playwright is missing on a developer's machine the browser tests skip
and say why; on CI (CI=true) that is a failure, since .ci/run installs both.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")


def chromium_or_skip():
    """Playwright's sync API, or a skip (a failure on CI) naming what is missing."""
    missing = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = "Playwright is not installed (pip install playwright)"
    if missing is None and not CHROMIUM.exists():
        missing = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    if missing:
        if os.environ.get("CI"):  # as tests/real_window.py: CI fails, a laptop skips
            pytest.fail(f"{missing}; CI must run the site tests in a real browser")
        pytest.skip(missing)
    return sync_playwright


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # the test output stays readable
        pass


@contextlib.contextmanager
def served(folder: Path):
    """The folder on http://127.0.0.1:PORT/ (a directory answers with its index.html)."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG relative luminance of an sRGB colour (0-255 channels)."""

    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg, bg) -> float:
    lighter, darker = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# Every element that shows text of its own, with its computed colour and the colour of
# the first ancestor (or itself) that paints a background.
TEXT_COLOURS = """() => {
  const parse = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    let bg = null;
    for (let a = el; a; a = a.parentElement) {
      const c = parse(getComputedStyle(a).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) { bg = c.slice(0, 3); break; }
    }
    out.push({tag: el.tagName, text: el.textContent.trim().slice(0, 40),
              fg: parse(getComputedStyle(el).color).slice(0, 3), bg: bg || [255, 255, 255]});
  }
  return out;
}"""
