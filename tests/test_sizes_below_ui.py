"""Issue 21 item 7 for the layers below the window (reports/, badges/, services/, domain/,
cli/): no function over 60 lines, no module over 500, so that each piece does one thing.
Lines of a function: from its `def` to its last line (decorators not counted)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "smartnet_desktop"
FOLDERS = ("reports", "badges", "services", "domain", "cli")


def _files() -> list[Path]:
    return sorted(f for folder in FOLDERS for f in (PACKAGE / folder).rglob("*.py"))


def test_no_function_is_longer_than_60_lines():
    long = [
        f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name} "
        f"({node.end_lineno - node.lineno + 1} lines)"
        for path in _files()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno - node.lineno + 1 > 60
    ]
    assert long == []


def test_no_module_is_longer_than_500_lines():
    long = [
        f"{path.relative_to(PACKAGE)} ({count} lines)"
        for path in _files()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > 500
    ]
    assert long == []
