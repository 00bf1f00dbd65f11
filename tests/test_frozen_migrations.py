"""Migrations are frozen history: what each one does to a database never changes, whatever
later happens to the live code (the search folding, the topic catalogue, the triggers)."""

from __future__ import annotations

import ast
import difflib
from pathlib import Path

from smartnet_desktop.db import make_engine
from tests.migration_dump import golden_file, history, newest_step

MIGRATIONS = Path(__file__).resolve().parents[1] / "database" / "migrations"


def test_each_migration_makes_exactly_what_it_made_before_it_was_frozen(empty_db_path):
    """Schema, triggers, functions and rows after every step up from an empty database
    (with rows from revision 0001's time to convert) and every step back down, compared
    with what the migrations did while they still imported live code."""
    engine = make_engine(empty_db_path)
    expected = golden_file(engine.dialect.name).read_text(encoding="utf-8")
    try:
        found = history(engine, newest_step(expected))
    finally:
        engine.dispose()
    difference = "\n".join(
        difflib.unified_diff(
            expected.splitlines(), found.splitlines(), "golden", "now", lineterm=""
        )
    )
    assert found == expected, difference[:6000]


def _imported_modules(source: str) -> list[str]:
    """Every module a Python file imports, at any depth (inside functions too)."""
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.append(str(node.args[0].value))
    return names


def _live_imports(path: Path) -> list[str]:
    return [
        name
        for name in _imported_modules(path.read_text(encoding="utf-8"))
        if name == "smartnet_desktop" or name.startswith("smartnet_desktop.")
    ]


def test_no_migration_imports_live_code():
    """A migration that imported the program's code would change what it does whenever
    that code changes; env.py gets what it needs handed in by db.py."""
    files = sorted(MIGRATIONS.rglob("*.py"))
    assert len(files) >= 12  # env.py and the revisions: the rule looks where they are
    offenders = {str(p.relative_to(MIGRATIONS)): _live_imports(p) for p in files}
    assert {name: found for name, found in offenders.items() if found} == {}
    # New revisions start from this template: it must not write such an import either.
    template = (MIGRATIONS / "script.py.mako").read_text(encoding="utf-8")
    assert "smartnet_desktop" not in template


def test_the_rule_finds_an_import_hidden_in_a_function(tmp_path):
    sneaky = tmp_path / "0099_sneaky.py"
    sneaky.write_text(
        "import sqlalchemy as sa\n\n\ndef upgrade():\n"
        "    from smartnet_desktop.domain.search import normalise\n"
        "    import smartnet_desktop.db as db\n"
        "    __import__('smartnet_desktop.domain.topics')\n",
        encoding="utf-8",
    )
    assert _live_imports(sneaky) == [
        "smartnet_desktop.domain.search",
        "smartnet_desktop.db",
        "smartnet_desktop.domain.topics",
    ]


def test_an_upgrade_keeps_every_person_linked_to_their_organisation(empty_db_path):
    """Rebuilding the organisations table (0011 on SQLite) once unlinked every person and
    deleted the offers and needs it had just converted: foreign keys fired on the drop."""
    from sqlalchemy import text

    from smartnet_desktop.db import migrate
    from tests.migration_dump import SEED_AT_0001

    engine = make_engine(empty_db_path)
    try:
        migrate(engine, "0001_initial")
        with engine.begin() as connection:
            for statement in SEED_AT_0001:
                connection.execute(text(statement))
            linked_before = connection.execute(
                text("SELECT count(*) FROM persons WHERE organization_id IS NOT NULL")
            ).scalar()
        migrate(engine)
        with engine.connect() as connection:
            linked_after = connection.execute(
                text("SELECT count(*) FROM persons WHERE organization_id IS NOT NULL")
            ).scalar()
            statements = connection.execute(text("SELECT count(*) FROM statements")).scalar()
    finally:
        engine.dispose()
    assert linked_before > 0
    assert linked_after == linked_before
    assert statements > 0  # the free-text offers and needs became statements and stayed
