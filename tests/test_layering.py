"""Layering rule 1: no Qt below ui/, no SQLAlchemy in ui/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "smartnet_desktop"
BELOW_UI = [
    "smartnet_desktop.domain.models",
    "smartnet_desktop.domain.rows",
    "smartnet_desktop.domain.search",
    "smartnet_desktop.db",
    "smartnet_desktop.cli",
    "smartnet_desktop.messages",
] + sorted(
    f"smartnet_desktop.{folder}.{p.stem}"
    for folder in ("services", "badges", "reports")
    for p in (PACKAGE / folder).glob("*.py")
    if p.stem != "__init__"
)


def test_domain_db_services_and_renderers_import_no_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {BELOW_UI!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
    assert "smartnet_desktop.services.registry" in BELOW_UI  # the list really covers services


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_ui_imports_no_sqlalchemy():
    files = list((PACKAGE / "ui").rglob("*.py"))
    assert len(files) > 10
    offenders = [
        str(f)
        for f in files
        if any(m == "sqlalchemy" or m.startswith("sqlalchemy.") for m in _imported_modules(f))
    ]
    assert offenders == []
