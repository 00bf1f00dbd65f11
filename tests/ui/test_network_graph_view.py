"""Matches › Netzwerk shows the network as a picture (issue 25 item 3)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.skipif(shutil.which("neato") is None, reason="needs Graphviz")


def test_the_network_tab_shows_the_picture(make_window, qtbot, monkeypatch):
    window = make_window("de")
    window.show_view(window.stack.indexOf(window.matches_view))
    tabs = window.matches_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Liste", "Netzwerk"]
    tabs.setCurrentWidget(window.network_graph_view)
    view = window.network_graph_view
    qtbot.waitUntil(lambda: view.picture.renderer().isValid(), timeout=10000)
    root = ET.fromstring(view.svg)
    orgs = [
        g for g in root.iter("{http://www.w3.org/2000/svg}g") if "org" in (g.get("class") or "")
    ]
    assert len(orgs) == 12
    assert "12 Organisationen" in view.status.text()
    shot = view.grab()
    assert shot.width() > 300
    # one topic: only its matches
    view.topic.setCurrentIndex(view.topic.findData("Mobilität"))
    assert "Tourismus" not in view.svg.decode()
    # without Graphviz: one sentence in the page, no picture, no box
    monkeypatch.setenv("PATH", "/nonexistent")
    view.refresh()
    assert "Graphviz" in view.status.text() and view.svg == b""
