"""One home for PostgreSQL (issue 21, item 3): every statement that exists only on
PostgreSQL is written in db_server.py, its advisory-lock ids stand in one table, and db.py
stays the engine, pragmas and migrations (under 500 lines). Grep-style: string literals
(not docstrings or comments) of the package are searched."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from smartnet_desktop import db_server

PACKAGE = Path(__file__).resolve().parent.parent / "smartnet_desktop"
SERVER_MODULE = PACKAGE / "db_server.py"

# SQL that only PostgreSQL understands (or that only makes sense there).
_PG_ONLY = re.compile(
    r"pg_advisory|\bLISTEN\b|\bNOTIFY\b|\bUNLISTEN\b|\bset_config\s*\(|\bcurrent_setting\s*\("
    r"|\bpg_trigger\b|\bpg_indexes\b|\bpg_catalog\b|has_(?:table|sequence)_privilege"
    r"|\bhashtext\s*\(|pg_get_serial_sequence|\bsetval\s*\(|::regclass|\bgin_trgm_ops\b"
)


def _literals(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module with their line, docstrings left out (f-strings
    count with their constant parts)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def _pg_only_sql(path: Path) -> list[str]:
    return [f"{line}: {value!r}" for line, value in _literals(path) if _PG_ONLY.search(value)]


def test_db_py_is_under_500_lines():
    lines = (PACKAGE / "db.py").read_text(encoding="utf-8").count("\n")
    assert lines < 500, f"db.py has {lines} lines"


def test_postgresql_only_sql_is_written_in_db_server_only():
    offenders = {
        str(path.relative_to(PACKAGE)): found
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != SERVER_MODULE and (found := _pg_only_sql(path))
    }
    assert offenders == {}
    assert _pg_only_sql(SERVER_MODULE)  # the rule looks where that SQL really is


def test_the_rule_finds_server_sql_but_not_a_docstring(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text(
        '"""Waits for NOTIFY on the channel."""\n'
        "from sqlalchemy import text\n\n\n"
        "def lock(session, key):\n"
        '    """Takes pg_advisory_xact_lock."""\n'
        '    session.execute(text(f"SELECT pg_advisory_xact_lock({key})"))\n'
        '    session.execute(text("LISTEN smartnet_changes"))\n',
        encoding="utf-8",
    )
    assert sorted(line for line, value in _literals(sneaky) if _PG_ONLY.search(value)) == [7, 8]


def test_only_db_py_asks_whether_the_database_is_postgresql():
    """db.statements picks db_sqlite or db_server (and make_engine sets a server engine
    up); nobody else branches on the dialect's name."""
    compares = re.compile(r"""[=!]=\s*["']postgresql["']|["']postgresql["']\s*[=!]=""")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name not in ("db.py", "db_server.py")
        and compares.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_every_advisory_lock_id_stands_in_the_one_table():
    ids = [lock.value for lock in db_server.AdvisoryLock]
    assert len(ids) == len(set(ids)) >= 2
    # No lock taken with a number of its own: each pg_advisory call names the table's
    # member (or a request's hashtext key).
    source = SERVER_MODULE.read_text(encoding="utf-8")
    calls = re.findall(r"pg_advisory_xact_lock(?:_shared)?\(([^)]*)\)", source)
    assert calls and all(re.search(r"\d{3,}", call) is None for call in calls), calls
