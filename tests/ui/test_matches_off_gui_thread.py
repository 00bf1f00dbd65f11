"""The Matches view ranks a big survey off the GUI thread (56,000 matches held the window
for half a second): the window keeps answering while it ranks, the status line says the
list is being computed, and a result asked for before the filter changed never lands."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

from PySide6.QtCore import QTimer

ROOT = Path(__file__).resolve().parents[2]


def _big_survey(path: Path) -> None:
    """The benchmark's survey: 500 organisations x 40 topics, about 56,000 matches."""
    spec = importlib.util.spec_from_file_location("matches_bench", ROOT / "benchmarks/matches.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    engine, *_ = bench.build(path)
    engine.dispose()


def _matches_view(window, qtbot):
    window.show_view(window.stack.indexOf(window.matches_view))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.matches_view)
    return window.matches_view


def test_the_window_answers_while_a_big_survey_is_ranked(make_window, qtbot, tmp_path):
    _big_survey(tmp_path / "big.db")
    window = make_window("de", location=str(tmp_path / "big.db"))
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    try:
        view = _matches_view(window, qtbot)
        assert view.computing()
        assert view.status.text() == "Matches werden berechnet …"
        started = time.perf_counter()
        qtbot.waitUntil(lambda: not view.computing(), timeout=30_000)
        ended = time.perf_counter()
    finally:
        timer.stop()
    assert view.model.rowCount() > 50_000
    assert view.status.text() == f"Potenzielle Matches: {view.model.rowCount()}"
    during = [t for t in ticks if started <= t <= ended]
    # the timer fired all along the ranking: the GUI thread was never held for a second
    assert len(during) >= 3
    gaps = [b - a for a, b in zip([started, *during], [*during, ended], strict=True)]
    assert max(gaps) < 1.0, max(gaps)


def test_a_result_for_an_older_filter_is_dropped(make_window, qtbot, tmp_path):
    _big_survey(tmp_path / "big.db")
    window = make_window("en", location=str(tmp_path / "big.db"))
    view = _matches_view(window, qtbot)
    shown: list[set[str]] = []
    view.model.modelReset.connect(
        lambda: shown.append({view.model.row_at(r).topic for r in range(view.model.rowCount())})
    )
    assert view.computing()  # every topic is being ranked: the user picks one meanwhile
    view.topic.setCurrentIndex(view.topic.findData("Thema 07"))
    assert view.computing()
    qtbot.waitUntil(lambda: not view.computing(), timeout=30_000)
    assert shown == [{"Thema 07"}]  # the ranking of every topic never reached the table
    assert view.status.text() == f"{view.model.rowCount()} potential matches"
    assert 0 < view.model.rowCount() < 5_000
