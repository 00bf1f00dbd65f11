"""smartnet_desktop.outputs on its own: what a folder output removes, and which leftovers
of a killed run it clears (the command-line cases are in tests/cli/test_outputs.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from smartnet_desktop import outputs
from smartnet_desktop.domain.errors import OutputRefused


def test_a_page_no_longer_written_goes_but_foreign_files_beside_it_stay(tmp_path):
    site = tmp_path / "site"
    outputs.write_folder(site, {"a/index.html": b"a", "b/index.html": b"b", "c/index.html": b"c"})
    (site / "c" / "photo.jpg").write_bytes(b"mine")
    (site / "notes.txt").write_text("mine", encoding="utf-8")
    outputs.write_folder(site, {"a/index.html": b"a2"})
    assert (site / "a" / "index.html").read_bytes() == b"a2"
    assert not (site / "b").exists()  # our page, and its folder, now empty
    assert not (site / "c" / "index.html").exists() and (site / "c" / "photo.jpg").exists()
    assert (site / "notes.txt").read_text(encoding="utf-8") == "mine"
    marker = json.loads((site / outputs.MARKER).read_text(encoding="utf-8"))
    assert marker["files"] == ["a/index.html"]


def test_a_marker_listing_files_outside_its_folder_is_not_trusted(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep", encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / outputs.MARKER).write_text(json.dumps({"files": ["../outside.txt"]}), "utf-8")
    with pytest.raises(OutputRefused) as refused:
        outputs.write_folder(site, {"index.html": b"x"})
    assert refused.value.code == "output_folder_not_ours"
    assert outside.read_text(encoding="utf-8") == "keep"


def test_a_foreign_file_where_a_page_would_go_is_refused_before_anything_is_written(tmp_path):
    site = tmp_path / "site"
    outputs.write_folder(site, {"index.html": b"x"})
    (site / "gera").mkdir()
    (site / "gera" / "index.html").write_text("mine", encoding="utf-8")
    called = []
    with pytest.raises(OutputRefused) as refused:
        outputs.write_folder(
            site, {"index.html": b"y", "gera/index.html": b"y"}, before=lambda: called.append(1)
        )
    assert refused.value.code == "output_foreign_file" and called == []
    assert (site / "index.html").read_bytes() == b"x"
    assert (site / "gera" / "index.html").read_text(encoding="utf-8") == "mine"


def test_only_temporaries_of_ended_processes_are_cleared(tmp_path):
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = int(ended.stdout)
    stale = tmp_path / f".list.csv.{dead}.0123abcd.smartnet-tmp"
    stale_journal = tmp_path / f".list.csv.{dead}.0123abcd.smartnet-tmp-journal"
    running = tmp_path / f".list.csv.{1}.0123abcd.smartnet-tmp"  # init lives
    look_alike = tmp_path / ".list.csv.part"
    for path in (stale, stale_journal, running, look_alike):
        path.write_bytes(b"data")
    outputs.write_file(tmp_path / "list.csv", b"new")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([running.name, look_alike.name, "list.csv"])
