"""append-only consent history; badge printed with the photo marker

Revision ID: 0003_consent_guard
Revises: 0002_person_search
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_consent_guard"
down_revision = "0002_person_search"
branch_labels = None
depends_on = None

# Frozen history: the guard's statements as db.protect_history wrote them, per dialect
# (the function's body keeps its whitespace: PostgreSQL stores it as given).
REFUSE = "BEGIN SELECT RAISE(ABORT, 'consent_events rows are append-only'); END"
SQLITE_GUARD = (
    f"CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events {REFUSE}",
    f"CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events {REFUSE}",
    "CREATE TRIGGER consent_events_no_replace BEFORE INSERT ON consent_events "
    f"WHEN EXISTS (SELECT 1 FROM consent_events WHERE id = NEW.id) {REFUSE}",
)
SQLITE_UNGUARD = tuple(
    f"DROP TRIGGER IF EXISTS consent_events_no_{action}"
    for action in ("update", "delete", "replace")
)
SERVER_GUARD = (
    """CREATE OR REPLACE FUNCTION smartnet_append_only() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF coalesce(current_setting('smartnet.erasing', true), '') = 'on'
                   AND TG_OP = 'UPDATE' THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME;
            END $$""",
    "CREATE TRIGGER consent_events_no_rewrite BEFORE UPDATE OR DELETE ON consent_events "
    "FOR EACH ROW EXECUTE FUNCTION smartnet_append_only()",
    "CREATE TRIGGER consent_events_no_truncate BEFORE TRUNCATE ON consent_events "
    "FOR EACH STATEMENT EXECUTE FUNCTION smartnet_append_only()",
)
SERVER_UNGUARD = (
    "DROP TRIGGER IF EXISTS consent_events_no_rewrite ON consent_events",
    "DROP TRIGGER IF EXISTS consent_events_no_truncate ON consent_events",
)


def _run(guard: dict[str, tuple[str, ...]]) -> None:
    connection = op.get_bind()
    for statement in guard.get(connection.dialect.name, ()):
        connection.execute(sa.text(statement))


def upgrade() -> None:
    with op.batch_alter_table("registrations") as batch:
        batch.add_column(
            sa.Column("badge_printed_with_marker", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    _run({"sqlite": SQLITE_GUARD, "postgresql": SERVER_GUARD})


def downgrade() -> None:
    _run({"sqlite": SQLITE_UNGUARD, "postgresql": SERVER_UNGUARD})
    with op.batch_alter_table("registrations") as batch:
        batch.drop_column("badge_printed_with_marker")
