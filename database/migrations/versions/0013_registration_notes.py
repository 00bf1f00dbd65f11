"""registration notes: a short note per registration ("VIP — tell the host", "pays at the
desk"), shown in the desk's band at check-in and edited there with F2

Revision ID: 0013_registration_notes
Revises: 0012_web_addresses_only
Create Date: 2026-12-01

Frozen history: this file imports nothing from smartnet_desktop.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_registration_notes"
down_revision = "0012_web_addresses_only"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registrations") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("registrations") as batch:
        batch.drop_column("note")
