"""append-only audit log

Revision ID: 0005_audit_log
Revises: 0004_badge_fingerprint
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_audit_log"
down_revision = "0004_badge_fingerprint"
branch_labels = None
depends_on = None

# Frozen history: the guard's statements as db.protect_history wrote them, per dialect
# (the function's body keeps its whitespace: PostgreSQL stores it as given).
REFUSE = "BEGIN SELECT RAISE(ABORT, 'audit_entries rows are append-only'); END"
SQLITE_GUARD = (
    f"CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries {REFUSE}",
    f"CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries {REFUSE}",
    "CREATE TRIGGER audit_entries_no_replace BEFORE INSERT ON audit_entries "
    f"WHEN EXISTS (SELECT 1 FROM audit_entries WHERE id = NEW.id) {REFUSE}",
)
SQLITE_UNGUARD = tuple(
    f"DROP TRIGGER IF EXISTS audit_entries_no_{action}" for action in ("update", "delete", "replace")
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
    "CREATE TRIGGER audit_entries_no_rewrite BEFORE UPDATE OR DELETE ON audit_entries "
    "FOR EACH ROW EXECUTE FUNCTION smartnet_append_only()",
    "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries "
    "FOR EACH STATEMENT EXECUTE FUNCTION smartnet_append_only()",
)
SERVER_UNGUARD = (
    "DROP TRIGGER IF EXISTS audit_entries_no_rewrite ON audit_entries",
    "DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries",
)


def _run(guard: dict[str, tuple[str, ...]]) -> None:
    connection = op.get_bind()
    for statement in guard.get(connection.dialect.name, ()):
        connection.execute(sa.text(statement))


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries") as batch:
        batch.create_index(batch.f("ix_audit_entries_at"), ["at"], unique=False)
        batch.create_index("ix_audit_entries_person", ["person_id"], unique=False)
    _run({"sqlite": SQLITE_GUARD, "postgresql": SERVER_GUARD})


def downgrade() -> None:
    _run({"sqlite": SQLITE_UNGUARD, "postgresql": SERVER_UNGUARD})
    op.drop_table("audit_entries")
