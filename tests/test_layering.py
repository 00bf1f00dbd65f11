"""Layering: no Qt below ui/; ui/ talks to services, never to SQLAlchemy or db.py; the
command line does not use SQLAlchemy itself."""

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
    "smartnet_desktop.db_server",
    "smartnet_desktop.db_file_hold",
    "smartnet_desktop.file_scan",
    "smartnet_desktop.cli",
    "smartnet_desktop.messages",
    "smartnet_desktop.outputs",
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


def _importing(folder: str, forbidden) -> list[str]:
    """Files under smartnet_desktop/<folder> that import a module `forbidden` accepts
    (ImportFrom "from smartnet_desktop import db" counts as smartnet_desktop.db)."""
    files = list((PACKAGE / folder).rglob("*.py"))
    assert len(files) > 5
    offenders = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = set(_imported_modules(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        if any(forbidden(name) for name in names):
            offenders.append(str(path.relative_to(PACKAGE)))
    return offenders


def _within(package: str):
    return lambda name: name == package or name.startswith(package + ".")


def test_ui_imports_no_sqlalchemy():
    assert _importing("ui", _within("sqlalchemy")) == []


def test_ui_reaches_the_database_through_services_only():
    assert _importing("ui", _within("smartnet_desktop.db")) == []
    assert _importing("ui", _within("smartnet_desktop.db_server")) == []
    assert _importing("ui", _within("smartnet_desktop.db_file_hold")) == []


def test_cli_imports_no_sqlalchemy():
    assert _importing("cli", _within("sqlalchemy")) == []


def test_audit_and_exporting_do_not_import_each_other():
    assert "smartnet_desktop.services.exporting" not in _imported_modules(
        PACKAGE / "services" / "audit.py"
    )
