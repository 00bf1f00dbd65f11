"""The shape rules of issue 21: small functions and modules, every Change made by the
service that wrote (never built in ui/), so that the next change stays cheap."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "smartnet_desktop"
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 500


def _modules():
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 100  # the walk really sees the package
    return files


def _functions(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def test_no_function_is_longer_than_60_lines():
    long = [
        f"{path.relative_to(PACKAGE)}:{node.name} {node.end_lineno - node.lineno + 1}"
        for path in _modules()
        for node in _functions(ast.parse(path.read_text(encoding="utf-8")))
        if node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []


def test_no_module_is_longer_than_500_lines():
    long = [
        f"{path.relative_to(PACKAGE)} {count}"
        for path in _modules()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert long == []


def test_the_window_never_builds_a_change_itself():
    """Services report what they changed (Done.change); a Change built in ui/ is a guess."""
    built = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = getattr(node, "func", None)
            name = getattr(called, "id", None) or getattr(called, "attr", None)
            if isinstance(node, ast.Call) and name in ("Change", "touched"):
                built.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert built == []


def test_the_rules_see_a_long_function(tmp_path):
    """The measuring itself: a 61-line function is caught."""
    body = "\n".join("    x = 1" for _ in range(60))
    tree = ast.parse(f"def f():\n{body}\n")
    node = next(_functions(tree))
    assert node.end_lineno - node.lineno + 1 == 61
