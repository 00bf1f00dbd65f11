"""What `pip install .` delivers: every package, and the data files the program reads."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CACHES = shutil.ignore_patterns("__pycache__")


def _declared_packages() -> list[str]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return pyproject["tool"]["setuptools"]["packages"]


def test_pyproject_names_every_package_of_the_source_tree():
    in_tree = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "smartnet_desktop").rglob("__init__.py")
    }
    declared = set(_declared_packages())
    assert in_tree - declared == set(), "add the new package to pyproject.toml"
    assert declared - in_tree == {"smartnet_desktop.resources", "smartnet_desktop.database"}


def test_the_wheel_carries_translations_fonts_layouts_migrations_and_demo(tmp_path):
    # Built from a copy: setuptools writes build/ and *.egg-info beside the sources.
    source = tmp_path / "source"
    for folder in ("smartnet_desktop", "resources", "database"):
        shutil.copytree(ROOT / folder, source / folder, ignore=_CACHES)
    for file in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / file, source / file)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for source in [
        *(ROOT / "resources").rglob("*"),
        *(ROOT / "database").rglob("*"),
    ]:
        if source.is_file() and "__pycache__" not in source.parts:
            inside = "smartnet_desktop/" + source.relative_to(ROOT).as_posix()
            assert inside in names, f"{inside} is missing from the wheel"


def test_demo_window_removes_its_throw_away_copy_when_it_closes(tmp_path):
    env = {
        **os.environ,
        "TMPDIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "SMARTNET_QUIT_AFTER_START": "500",
        "SMARTNET_CONFIG_DIR": str(tmp_path / "config"),
        "SMARTNET_DATA_DIR": str(tmp_path / "data"),
    }
    subprocess.run(
        [sys.executable, "-m", "smartnet_desktop", "--demo"],
        check=True,
        env=env,
        capture_output=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert list(tmp_path.glob("smartnet-demo-*")) == []
