"""Issue 27: `kiosk pin --set` reads the PIN twice (two lines when stdin is no terminal)
and keeps only its salted hash; `--kiosk` without a PIN is refused in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from smartnet_desktop.services.kiosk_pin import pin_matches

ROOT = Path(__file__).resolve().parents[2]


def _run(args, config: Path, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), SMARTNET_CONFIG_DIR=str(config))
    return subprocess.run(
        [sys.executable, "-m", "smartnet_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_pin_is_read_twice_and_stored_as_a_hash(tmp_path):
    done = _run(["kiosk", "pin", "--set"], tmp_path, "97531\n97531\n")
    assert done.returncode == 0, done.stderr
    stored = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["kiosk_pin"]
    assert "97531" not in stored and pin_matches("97531", stored)


def test_two_different_pins_or_a_short_one_change_nothing(tmp_path):
    for typed in ("97531\n97532\n", "12\n12\n"):
        done = _run(["kiosk", "pin", "--set"], tmp_path, typed)
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "settings.json").exists()


def test_the_kiosk_without_a_pin_is_refused_in_one_line(tmp_path):
    done = _run(["--kiosk", "--demo"], tmp_path)
    assert done.returncode == 2
    assert "kiosk pin --set" in done.stderr and len(done.stderr.strip().splitlines()) == 1
