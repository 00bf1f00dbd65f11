"""Migration 0012 empties every stored address that is no web address (written at 0011,
as the import let javascript:, data: and file: in), and leaves web addresses alone."""

from __future__ import annotations

import ast
from pathlib import Path

from sqlalchemy import text

from smartnet_desktop.db import HEAD_REVISION, make_engine, migrate, open_database

MIGRATION = (
    Path(__file__).resolve().parent.parent
    / "database/migrations/versions/0012_web_addresses_only.py"
)


def _org(conn, name: str, profile_url: str, website: str) -> int:
    return conn.execute(
        text(
            "INSERT INTO organizations (name, kind, town, profile_url, slug, website, "
            "description, partners, support_wanted, support_reasons) VALUES "
            "(:n, 'city', '', :p, :s, :w, '', '', '', '') RETURNING id"
        ),
        {"n": name, "p": profile_url, "s": name.lower(), "w": website},
    ).scalar()


def test_bad_addresses_stored_at_0011_are_emptied_and_good_ones_kept(empty_db_path):
    engine = make_engine(empty_db_path)
    migrate(engine, "0011_network_profiles")
    with engine.begin() as conn:
        bad = _org(conn, "Böse", "javascript:alert(document.cookie)", "data:text/html,x")
        good = _org(conn, "Gut", "https://gut.example/gut", "http://www.gut.example")
        for org_id, link in ((bad, "file:///etc/passwd"), (good, "https://p.example/1")):
            conn.execute(
                text(
                    "INSERT INTO projects (organization_id, title, status, link) "
                    "VALUES (:o, 'P', '', :l)"
                ),
                {"o": org_id, "l": link},
            )
        conn.execute(
            text(
                "INSERT INTO network_settings (key, value) VALUES "
                "('profile_base_url', 'javascript:alert(1)//')"
            )
        )
    engine.dispose()

    engine, _ = open_database(empty_db_path)  # migrates to the newest revision
    assert HEAD_REVISION >= "0012_web_addresses_only"
    with engine.connect() as conn:
        orgs = conn.execute(
            text("SELECT id, profile_url, website FROM organizations ORDER BY id")
        ).all()
        links = dict(conn.execute(text("SELECT organization_id, link FROM projects")).all())
        base = conn.execute(
            text("SELECT value FROM network_settings WHERE key = 'profile_base_url'")
        ).scalar()
    engine.dispose()
    assert [tuple(r) for r in orgs] == [
        (bad, "", ""),
        (good, "https://gut.example/gut", "http://www.gut.example"),
    ]
    assert links == {bad: "", good: "https://p.example/1"}
    assert base == ""


def test_the_migration_imports_nothing_of_the_live_code():
    """Migrations are frozen history: a later change of the rule must not change them."""
    imported = set()
    for node in ast.walk(ast.parse(MIGRATION.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    assert not any(name.startswith("smartnet_desktop") for name in imported)
