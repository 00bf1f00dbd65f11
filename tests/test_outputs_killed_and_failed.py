"""smartnet_desktop.outputs.write_folder when a run is killed while staging (a real
process, ended by os._exit) or fails while its files take their names: the folder stays
ours, and nothing staged is left behind."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from smartnet_desktop import outputs
from smartnet_desktop.domain.errors import OutputRefused

_KILLED_WHILE_STAGING = textwrap.dedent(
    """
    import os, sys
    from smartnet_desktop import outputs
    outputs.write_folder(
        sys.argv[1],
        {"index.html": b"home", "gera/index.html": b"gera", "a/b/index.html": b"deep"},
        before=lambda: os._exit(9),
    )
    """
)


def _kill_while_staging(site) -> None:
    ended = subprocess.run([sys.executable, "-c", _KILLED_WHILE_STAGING, str(site)])
    assert ended.returncode == 9


def _temporaries(folder) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.smartnet-tmp*"))


@pytest.mark.skipif(sys.platform == "win32", reason="stale temporaries are kept on Windows")
def test_a_run_killed_while_staging_a_new_site_leaves_a_folder_still_ours(tmp_path):
    site = tmp_path / "site"
    _kill_while_staging(site)
    outputs.write_folder(site, {"index.html": b"new", "gera/index.html": b"new"})
    assert (site / "gera" / "index.html").read_bytes() == b"new"
    assert _temporaries(site) == []
    assert not (site / "a").exists()  # held only the killed run's temporaries


@pytest.mark.skipif(sys.platform == "win32", reason="stale temporaries are kept on Windows")
def test_a_run_killed_while_staging_over_a_site_keeps_the_users_files(tmp_path):
    site = tmp_path / "site"
    outputs.write_folder(site, {"index.html": b"old"})
    (site / "mine").mkdir()
    (site / "mine" / "notes.txt").write_text("mine", encoding="utf-8")
    (site / "empty").mkdir()  # the user's own empty folder
    _kill_while_staging(site)
    outputs.write_folder(site, {"index.html": b"new"})
    assert (site / "index.html").read_bytes() == b"new"
    assert (site / "mine" / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (site / "empty").is_dir()
    assert _temporaries(site) == []


def test_a_failure_while_files_take_their_names_discards_what_is_left_staged(tmp_path, monkeypatch):
    site = tmp_path / "site"
    real = outputs.put_in_place
    calls = []

    def fails_on_the_third(temporary, target):
        calls.append(target)
        if len(calls) == 3:
            raise OSError(5, "Input/output error")
        return real(temporary, target)

    monkeypatch.setattr(outputs, "put_in_place", fails_on_the_third)
    files = {"index.html": b"1", "gera/index.html": b"2", "jena/index.html": b"3"}
    with pytest.raises(OSError):
        outputs.write_folder(site, files)
    assert _temporaries(site) == []
    monkeypatch.setattr(outputs, "put_in_place", real)
    outputs.write_folder(site, files)  # still ours
    assert (site / "jena" / "index.html").read_bytes() == b"3"


def test_a_folder_holding_only_empty_folders_is_no_strangers(tmp_path):
    # What a run killed right after making its subfolders, before any file, leaves.
    site = tmp_path / "site"
    (site / "gera").mkdir(parents=True)
    (site / "a" / "b").mkdir(parents=True)
    outputs.write_folder(site, {"index.html": b"new", "gera/index.html": b"new"})
    assert (site / "gera" / "index.html").read_bytes() == b"new"
    assert (site / "a" / "b").is_dir()  # not ours to remove


def test_a_folder_holding_a_link_and_no_marker_is_still_refused(tmp_path):
    site = tmp_path / "site"
    (site / "sub").mkdir(parents=True)
    (site / "sub" / "link").symlink_to(tmp_path)
    with pytest.raises(OutputRefused) as refused:
        outputs.write_folder(site, {"index.html": b"x"})
    assert refused.value.code == "output_folder_not_ours"
