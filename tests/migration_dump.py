"""What the migrations make of a database, as text: the schema (SQLite's sqlite_master; on
PostgreSQL tables, columns, constraints, indexes, triggers, functions, sequences) and every
row, after each step up from nothing and each step back down.

The golden files under tests/golden/ were written with the migrations as they were before
they were frozen (when they still imported live code); the test compares today's
migrations with them. To write them again (only on purpose: they are history):
    PYTHONPATH=$PWD python3 -m tests.migration_dump [POSTGRESQL_URL_OF_AN_EMPTY_DATABASE]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from smartnet_desktop.db import _alembic_config, make_engine, migrate

GOLDEN = Path(__file__).parent / "golden"

# Rows as they stood at revision 0001 on desks that later upgraded: names and
# organisations that exercise the folding (0006, 0009), the slugs and the topic
# recognition (0011) of the later migrations, registrations and consent decisions.
# The golden files record today's behaviour, faults included: on SQLite, 0011 rebuilds
# `organizations` with foreign keys on, so persons lose their organisation (ON DELETE SET
# NULL) and the statements it converted are deleted again (CASCADE); stepping down from
# 0009 fails there (the rebuilt persons cascade into the guarded consent_events), and on
# PostgreSQL stepping down from 0007 fails (DROP TRIGGER without ON). A fix is a new
# revision (or a reviewed change of the golden file), never a silent edit of an old one.
SEED_AT_0001 = [
    "INSERT INTO events (id, number, title, date, venue, town, address, host, organiser, "
    "notices, retention_months, badge_layout, qr_content, photo_question, contact_question) "
    "VALUES (1, 4, '4. Netzwerktreffen', '2022-08-30', 'Gera', 'Gera', '', '', '', '', 24, "
    "'a4', 'profile', '', '')",
    "INSERT INTO organizations (id, name, kind, town, profile_url, offers, needs) VALUES "
    "(1, 'Stadt Mühlhausen', 'municipality', 'Mühlhausen', '', "
    "'Tourismus; Fördermittel;unbekannt ; EU funding', 'Mobilität;  PR;OZG'), "
    "(2, 'Łódź Region Ærø', 'public_body', '', 'https://netz.example/profile/Gera-Ost/', "
    "'Wasserstoff;Digitaler Tourismus', ''), "
    "(3, 'Stadt Muehlhausen', 'region', '', '', 'FINANZIERUNG', 'vernetzung'), "
    "(4, 'Þórshöfn ǅemal Straße', 'research', '', 'https://a.example?x=1', '', "
    "'Prozess- und Projektentwicklung;Smart-City-Strategie;  Bürgerbeteiligung '), "
    "(5, 'ßtadt', 'company', '', 'https://b.example/#frag', 'E-Government', '')",
    "INSERT INTO persons (id, title, given_name, family_name, organization_id, role, email, "
    "phone, search_key, contact_sharing, photo_objection_all_events, created_at) VALUES "
    "(1, 'Dr.', 'Jürgen', 'Weiß', 1, '', 'jw@example.org', '', 'x', 'not_asked', false, "
    "'2022-08-30 08:00:00'), "
    "(2, '', 'Zofia', 'Żółć', 2, '', '', '', 'x', 'granted', false, '2022-08-30 08:00:00'), "
    "(3, '', 'Ødegård', 'Øyvind', NULL, '', '', '', 'x', 'objected', true, "
    "'2022-08-30 08:00:00'), "
    "(4, 'Prof.', 'An\u200bna', 'Mül\u0308ler  Lüdenscheid', 3, '', '', '', 'x', "
    "'not_asked', false, '2022-08-30 08:00:00'), "
    "(5, '', 'ǅ\u00adx', 'Straße', 4, '', '', '', 'x', 'not_asked', false, "
    "'2022-08-30 08:00:00')",
    "INSERT INTO registrations (id, event_id, person_id, badge_code, walk_in, registered_at, "
    "checked_in_at, checked_in_by, badge_printed_at, photo_objection) VALUES "
    "(1, 1, 1, 'K7Q2', false, '2022-08-30 07:00:00', '2022-08-30 09:00:00', 'Desk 1', NULL, "
    "false), (2, 1, 4, 'M3X9', true, '2022-08-30 07:30:00', NULL, '', NULL, true)",
    "INSERT INTO consent_events (id, person_id, kind, event_id, scope, decision, recorded_at, "
    "recorded_by, channel, text_version, note) VALUES "
    "(1, 2, 'contact_sharing', NULL, 'network', 'grant', '2022-08-30 09:05:00', 'Desk 1', "
    "'desk', 'v1', ''), (2, 3, 'photo', 1, 'event', 'object', '2022-08-30 09:06:00', "
    "'Desk 1', 'desk', 'v1', 'no photos')",
]


def revisions(engine: Engine) -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(_alembic_config())
    return [s.revision for s in reversed(list(script.walk_revisions()))]


def upgrade_to(engine: Engine, revision: str) -> None:
    migrate(engine, revision)


def downgrade_to(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), revision)


def history(engine: Engine, head: str | None = None) -> str:
    """Schema and rows after each step up from an empty database to `head` (the newest
    revision when None) and each step down again."""
    steps = revisions(engine)
    steps = steps[: steps.index(head) + 1] if head else steps
    parts = []
    for revision in steps:
        upgrade_to(engine, revision)
        if revision == steps[0]:
            with engine.begin() as connection:
                for statement in SEED_AT_0001:
                    connection.execute(text(statement))
        parts.append(f"##### up to {revision}\n{snapshot(engine)}")
    for previous in [*reversed(steps[:-1]), "base"]:
        try:
            downgrade_to(engine, previous)
        except Exception as failure:  # noqa: BLE001 - a step that fails today must fail alike
            reason = str(getattr(failure, "orig", failure)).splitlines()[0]
            parts.append(f"##### down to {previous} fails: {type(failure).__name__}: {reason}")
            break
        parts.append(f"##### down to {previous}\n{snapshot(engine)}")
    return "\n".join(parts) + "\n"


def snapshot(engine: Engine) -> str:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            schema = _sqlite_schema(connection)
        else:
            schema = _server_schema(connection)
        return "\n".join([*schema, *_rows(connection)]) + "\n"


def _sqlite_schema(connection) -> list[str]:
    return [
        f"{kind} {name} on {table}: {_table_sql(sql) if kind == 'table' else sql}"
        for kind, name, table, sql in connection.execute(
            text("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        )
    ]


def _table_sql(sql: str | None) -> str | None:
    """A CREATE TABLE with its columns in their order and its constraints sorted: Alembic's
    batch mode writes a rebuilt table's constraints in an order that changes from run to
    run (it follows Python's string hashing), so only their set is history."""
    if not sql or not sql.startswith("CREATE TABLE") or not sql.rstrip().endswith(")"):
        return sql
    head, body = sql.rstrip()[:-1].split("(", 1)
    items, depth, current = [], 0, ""
    for ch in body:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += ch
    items.append(current.strip())
    constraint = ("CONSTRAINT ", "PRIMARY KEY", "UNIQUE", "CHECK", "FOREIGN KEY")
    columns = [item for item in items if not item.startswith(constraint)]
    constraints = sorted(item for item in items if item.startswith(constraint))
    return head.strip() + " (\n    " + ",\n    ".join(columns + constraints) + "\n)"


# Objects of extensions (pg_trgm's functions) are the extension's, not the migrations'.
_NOT_OF_AN_EXTENSION = (
    "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = {oid} AND d.deptype = 'e')"
)
_SERVER_QUERIES = {
    "extension": "SELECT extname FROM pg_extension ORDER BY 1",
    "column": "SELECT table_name, ordinal_position, column_name, data_type, "
    "character_maximum_length, is_nullable, column_default FROM information_schema.columns "
    "WHERE table_schema = 'public' ORDER BY 1, 2",
    "constraint": "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
    "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
    "WHERE n.nspname = 'public' ORDER BY 1, 2",
    "index": "SELECT tablename, indexname, indexdef FROM pg_indexes "
    "WHERE schemaname = 'public' ORDER BY 1, 2",
    "trigger": "SELECT t.tgrelid::regclass::text, t.tgname, pg_get_triggerdef(t.oid) "
    "FROM pg_trigger t WHERE NOT t.tgisinternal ORDER BY 1, 2",
    "function": "SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p "
    "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND "
    + _NOT_OF_AN_EXTENSION.format(oid="p.oid")
    + " ORDER BY 1",
    "sequence": "SELECT sequencename, last_value FROM pg_sequences "
    "WHERE schemaname = 'public' ORDER BY 1",
}


def _server_schema(connection) -> list[str]:
    return [
        f"{kind} " + " | ".join(str(value) for value in row)
        for kind, query in _SERVER_QUERIES.items()
        for row in connection.execute(text(query))
    ]


def _rows(connection) -> list[str]:
    """Every row of every table the migrations know (the search index's own tables are
    derived from persons and compared through their triggers' text)."""
    names = sorted(
        name
        for name in inspect(connection).get_table_names()
        if not name.startswith("person_search")
    )
    found = []
    for name in names:
        rows = sorted(
            repr(tuple(row)) for row in connection.execute(text(f'SELECT * FROM "{name}"'))
        )
        found += [f"row {name}: {row}" for row in rows]
    return found


def golden_file(dialect_name: str) -> Path:
    return GOLDEN / f"migrations-{dialect_name}.txt"


def newest_step(golden: str) -> str:
    """The newest revision a golden history goes up to: later revisions are not part of it
    (a new revision does not break the comparison of the old ones)."""
    return [line.split()[-1] for line in golden.splitlines() if line.startswith("##### up to ")][-1]


def main(arguments: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        locations = [Path(folder) / "golden.db", *arguments]
        for location in locations:
            engine = make_engine(location)
            golden_file(engine.dialect.name).parent.mkdir(exist_ok=True)
            golden_file(engine.dialect.name).write_text(history(engine), encoding="utf-8")
            engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1:])
