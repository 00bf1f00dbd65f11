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


# The session factory's names in ui/: a view holds it as `sessions`/`_sessions` (or reads
# `context.sessions`) only to pass it on to a service; calling it opens a Session in ui/.
_FACTORY_NAMES = {"sessions", "Session", "sessionmaker", "scoped_session"}


def _callee_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _opens_a_session(call: ast.Call) -> bool:
    """`sessions()`, `self._sessions()`, `context.sessions()`, `Session(...)`,
    `sessions.begin()` / `self._sessions.begin()`."""
    name = _callee_name(call.func)
    if name is not None and name.lstrip("_") in _FACTORY_NAMES:
        return True
    if isinstance(call.func, ast.Attribute) and call.func.attr == "begin":
        owner = _callee_name(call.func.value)
        return owner is not None and owner.lstrip("_") in _FACTORY_NAMES
    return False


def _session_openings(folder: str) -> list[str]:
    offenders = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _opens_a_session(node):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return offenders


def test_the_session_check_sees_each_way_of_opening_one():
    for source in (
        "sessions()",
        "self._sessions()",
        "context.sessions()",
        "self.context.sessions.begin()",
        "sessions.begin()",
        "Session(engine)",
    ):
        call = ast.parse(source).body[0].value
        assert _opens_a_session(call), source
    for source in ("service.list(self._sessions)", "self.begin()", "run(sessions)"):
        assert not _opens_a_session(ast.parse(source).body[0].value), source


def test_ui_never_opens_a_session():
    """A view passes the session factory to a service; it never calls it (rule 2/8)."""
    assert _session_openings("ui") == []
