"""several desks on one server: request ids, the change sequence, and on PostgreSQL the
append-only guard, a trigram index for search and a NOTIFY per change

Revision ID: 0010_several_desks
Revises: 0009_person_sort_key
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_several_desks"
down_revision = "0009_person_sort_key"
branch_labels = None
depends_on = None

# Frozen history: the statements of db.protect_history, db_server.notify_changes and
# db_server.create_server_search_index as they were at this revision ({t} is the table;
# function bodies keep their whitespace: PostgreSQL stores them as given). The channel
# 'smartnet_changes' and the setting 'smartnet.erasing' are what the program listens to
# and sets; a later change of theirs needs a migration of its own.
SERVER_GUARD = (
    "DROP TRIGGER IF EXISTS {t}_no_rewrite ON {t}",
    "DROP TRIGGER IF EXISTS {t}_no_truncate ON {t}",
    """CREATE OR REPLACE FUNCTION smartnet_append_only() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF coalesce(current_setting('smartnet.erasing', true), '') = 'on'
                   AND TG_OP = 'UPDATE' THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME;
            END $$""",
    "CREATE TRIGGER {t}_no_rewrite BEFORE UPDATE OR DELETE ON {t} "
    "FOR EACH ROW EXECUTE FUNCTION smartnet_append_only()",
    "CREATE TRIGGER {t}_no_truncate BEFORE TRUNCATE ON {t} "
    "FOR EACH STATEMENT EXECUTE FUNCTION smartnet_append_only()",
)
SERVER_SEARCH_INDEX = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX person_search_trgm ON persons USING gin (search_key gin_trgm_ops)",
)
SERVER_NOTIFY = (
    """CREATE OR REPLACE FUNCTION smartnet_notify_change() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('smartnet_changes', NEW.id::text);
                RETURN NULL;
            END $$""",
    "CREATE TRIGGER changes_notify AFTER INSERT ON changes "
    "FOR EACH ROW EXECUTE FUNCTION smartnet_notify_change()",
)


def upgrade() -> None:
    op.create_table(
        "applied_requests",
        sa.Column("request_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_applied_requests")),
    )
    op.create_table(
        "changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
    )
    op.create_index(op.f("ix_changes_event_id"), "changes", ["event_id"], unique=False)
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        # 0003/0005/0007 guard the history on PostgreSQL only since this revision: a server
        # database migrated before has no guard yet, a new one has it already.
        for table in ("consent_events", "audit_entries"):
            for statement in SERVER_GUARD:
                connection.execute(sa.text(statement.replace("{t}", table)))
        _create_search_index(connection)
        for statement in SERVER_NOTIFY:
            connection.execute(sa.text(statement))


def _create_search_index(connection) -> None:
    """A trigram index answers `search_key LIKE '%word%'` on PostgreSQL. pg_trgm is a
    trusted extension (PostgreSQL 13+): a database owner may create it. Where it cannot be
    created, search scans the column, which is correct, only slower."""
    savepoint = connection.begin_nested()
    try:
        for statement in SERVER_SEARCH_INDEX:
            connection.execute(sa.text(statement))
        savepoint.commit()
    except Exception:  # noqa: BLE001 - no permission or no contrib package: scan instead
        savepoint.rollback()


def downgrade() -> None:
    op.drop_index(op.f("ix_changes_event_id"), table_name="changes")
    op.drop_table("changes")
    op.drop_table("applied_requests")
