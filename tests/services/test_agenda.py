from __future__ import annotations

from datetime import time

from smartnet_desktop.services.agenda import list_agenda, schedule


def test_times_follow_from_start_and_durations():
    slots = schedule([(None, 30), (None, 90), (None, 15)], time(10), time(16))
    assert [(s.start, s.end) for s in slots] == [
        (time(10), time(10, 30)),
        (time(10, 30), time(12)),
        (time(12), time(12, 15)),
    ]
    assert not any(s.overlaps or s.past_end for s in slots)


def test_fixed_start_overlap_and_running_past_the_end_are_flagged():
    slots = schedule([(None, 60), (time(10, 30), 30), (None, 400)], time(10), time(15))
    assert slots[1].overlaps and not slots[0].overlaps
    assert slots[2].past_end


def test_demo_agenda_times_are_consecutive(demo):
    sessions, gera, _ = demo
    items = list_agenda(sessions, gera)
    assert items[0].start == time(10)
    for before, after in zip(items, items[1:], strict=False):
        assert before.end == after.start
