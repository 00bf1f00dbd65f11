"""consent and audit rows cannot be rewritten by INSERT OR REPLACE or an upsert either

Revision ID: 0007_history_no_replace
Revises: 0006_search_without_email
Create Date: 2026-11-26
"""

from alembic import op

from smartnet_desktop.db import protect_history, unprotect_history

revision = "0007_history_no_replace"
down_revision = "0006_search_without_email"
branch_labels = None
depends_on = None

TABLES = ("consent_events", "audit_entries")


def upgrade() -> None:
    for table in TABLES:
        unprotect_history(op.get_bind(), table)
        protect_history(op.get_bind(), table)


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_replace")
