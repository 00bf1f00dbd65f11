"""the persons' search scans the stored keys: the FTS5 trigram index goes on SQLite

Measured (benchmarks/search.py, issue 24 item 2): the desk's search through the index was
not 5x faster than a plain LIKE scan of the same rows at 20,000 or at 200,000 people, since
the first hundred matches in name order need every match joined and sorted either way; the
index also cost every write of a person three trigger statements and crashed Debian's
SQLite 3.40 on some queries. PostgreSQL's trigram index (0010) is not touched.

Revision ID: 0015_search_by_scan
Revises: 0012_web_addresses_only
Create Date: 2026-12-01

Frozen history: the statements below are copies of 0002's.
"""

import sqlite3

import sqlalchemy as sa
from alembic import op

revision = "0015_search_by_scan"
down_revision = "0012_web_addresses_only"
branch_labels = None
depends_on = None

DROP = (
    "DROP TRIGGER IF EXISTS person_search_insert",
    "DROP TRIGGER IF EXISTS person_search_delete",
    "DROP TRIGGER IF EXISTS person_search_update",
    "DROP TABLE IF EXISTS person_search",
)
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


def _has_trigram(connection) -> bool:
    return connection.dialect.name == "sqlite" and sqlite3.sqlite_version_info >= (3, 34)


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for statement in DROP:
            connection.execute(sa.text(statement))


def downgrade() -> None:
    connection = op.get_bind()
    if _has_trigram(connection):
        for statement in CREATE:
            connection.execute(sa.text(statement))
