"""consent and audit rows cannot be rewritten by INSERT OR REPLACE or an upsert either

Revision ID: 0007_history_no_replace
Revises: 0006_search_without_email
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_history_no_replace"
down_revision = "0006_search_without_email"
branch_labels = None
depends_on = None

TABLES = ("consent_events", "audit_entries")

# Frozen history: the guard's statements as db.unprotect_history and db.protect_history
# wrote them, per dialect ({t} is the table; the function's body keeps its whitespace).
REFUSE = "BEGIN SELECT RAISE(ABORT, '{t} rows are append-only'); END"
GUARD = {
    "sqlite": (
        "DROP TRIGGER IF EXISTS {t}_no_update",
        "DROP TRIGGER IF EXISTS {t}_no_delete",
        "DROP TRIGGER IF EXISTS {t}_no_replace",
        "CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t} " + REFUSE,
        "CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t} " + REFUSE,
        "CREATE TRIGGER {t}_no_replace BEFORE INSERT ON {t} "
        "WHEN EXISTS (SELECT 1 FROM {t} WHERE id = NEW.id) " + REFUSE,
    ),
    "postgresql": (
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
    ),
}


def upgrade() -> None:
    connection = op.get_bind()
    for table in TABLES:
        for statement in GUARD.get(connection.dialect.name, ()):
            connection.execute(sa.text(statement.replace("{t}", table)))


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_replace")
