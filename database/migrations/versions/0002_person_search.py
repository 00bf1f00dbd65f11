"""substring search index over the persons' folded search keys

Revision ID: 0002_person_search
Revises: 0001_initial
Create Date: 2026-11-26
"""

import sqlite3

import sqlalchemy as sa
from alembic import op

revision = "0002_person_search"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

# Frozen history: the statements as db.create_search_index wrote them at this revision,
# whitespace included (SQLite keeps a trigger's text as it was given). Only SQLite 3.34+
# has the trigram tokenizer; elsewhere search scans the column.
CREATE = (
    "CREATE VIRTUAL TABLE person_search USING fts5(search_key, content='persons', "
    "content_rowid='id', tokenize='trigram')",
    """CREATE TRIGGER person_search_insert AFTER INSERT ON persons BEGIN
            INSERT INTO person_search(rowid, search_key) VALUES (new.id, new.search_key); END""",
    """CREATE TRIGGER person_search_delete AFTER DELETE ON persons BEGIN
            INSERT INTO person_search(person_search, rowid, search_key)
            VALUES ('delete', old.id, old.search_key); END""",
    """CREATE TRIGGER person_search_update AFTER UPDATE OF search_key ON persons BEGIN
            INSERT INTO person_search(person_search, rowid, search_key)
            VALUES ('delete', old.id, old.search_key);
            INSERT INTO person_search(rowid, search_key) VALUES (new.id, new.search_key); END""",
    "INSERT INTO person_search(person_search) VALUES ('rebuild')",
)
DROP = (
    "DROP TRIGGER IF EXISTS person_search_insert",
    "DROP TRIGGER IF EXISTS person_search_delete",
    "DROP TRIGGER IF EXISTS person_search_update",
    "DROP TABLE IF EXISTS person_search",
)


def _has_trigram(connection) -> bool:
    return connection.dialect.name == "sqlite" and sqlite3.sqlite_version_info >= (3, 34)


def upgrade() -> None:
    connection = op.get_bind()
    if _has_trigram(connection):
        for statement in CREATE:
            connection.execute(sa.text(statement))


def downgrade() -> None:
    connection = op.get_bind()
    if _has_trigram(connection):
        for statement in DROP:
            connection.execute(sa.text(statement))
