"""The German translation is complete: every tr() string in the code has a finished entry."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "smartnet_de.ts"
QM = TS.with_suffix(".qm")


def _qt_tool(name: str) -> str:
    """Qt's translation tools as the installed PySide6 ships them (not looked up on PATH,
    which lacks them in a virtual environment that is not activated)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    raise FileNotFoundError(f"{name} is not in the installed PySide6 ({folder})")


def _sources() -> list[str]:
    """The window (ui/), the error wording, the key table's words (Qt-free keys.py), and
    the printed outputs' words (context "Reports": reports/ and the badges' calibration
    page, read without Qt by reports/wording.py)."""
    package = ROOT / "smartnet_desktop"
    files = sorted(
        f for folder in ("ui", "reports", "badges") for f in (package / folder).rglob("*.py")
    )
    return [str(f) for f in files] + [str(package / "messages.py"), str(package / "keys.py")]


def _unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    return [
        f"{ctx.findtext('name')}: {msg.findtext('source')}"
        for ctx in tree.getroot().iter("context")
        for msg in ctx.iter("message")
        if msg.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not ("".join(msg.find("translation").itertext()).strip())
    ]


def test_committed_translation_has_no_unfinished_entry():
    assert _unfinished(TS) == []


def test_every_string_in_the_code_is_translated(tmp_path):
    """lupdate over today's code marks any new or changed string as unfinished."""
    copy = tmp_path / "check_de.ts"
    shutil.copy(TS, copy)
    subprocess.run(
        [
            _qt_tool("lupdate"),
            *_sources(),
            "-ts",
            str(copy),
            "-no-obsolete",
        ],
        check=True,
        capture_output=True,
    )
    assert _unfinished(copy) == []


def test_compiled_translation_is_current(tmp_path):
    compiled = tmp_path / "check_de.qm"
    subprocess.run(
        [_qt_tool("lrelease"), str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease and commit the .qm"
