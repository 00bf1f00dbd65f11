"""Migrations are frozen history: what each one does to a database never changes, whatever
later happens to the live code (the search folding, the topic catalogue, the triggers)."""

from __future__ import annotations

import difflib

from smartnet_desktop.db import make_engine
from tests.migration_dump import golden_file, history


def test_each_migration_makes_exactly_what_it_made_before_it_was_frozen(empty_db_path):
    """Schema, triggers, functions and rows after every step up from an empty database
    (with rows from revision 0001's time to convert) and every step back down, compared
    with what the migrations did while they still imported live code."""
    engine = make_engine(empty_db_path)
    try:
        found = history(engine)
    finally:
        engine.dispose()
    expected = golden_file(engine.dialect.name).read_text(encoding="utf-8")
    difference = "\n".join(
        difflib.unified_diff(
            expected.splitlines(), found.splitlines(), "golden", "now", lineterm=""
        )
    )
    assert found == expected, difference[:6000]
