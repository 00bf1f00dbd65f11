"""the minutes of a meeting (issue 26 item 4): the organiser's own text of the draft
(introduction and closing), its state (draft or final) and, once final, the PDF exactly as
it was written, so that the invitation attaches what was frozen.

Revision ID: 0017_minutes
Revises: 0016_polls_notes_suggestions
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_minutes"
down_revision = "0016_polls_notes_suggestions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "minutes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("introduction", sa.Text(), nullable=False),
        sa.Column("closing", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("finalised_by", sa.String(length=100), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.CheckConstraint("status IN ('draft', 'final')", name=op.f("ck_minutes_status_known")),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_minutes_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes")),
        sa.UniqueConstraint("event_id", name=op.f("uq_minutes_event_id")),
    )


def downgrade() -> None:
    op.drop_table("minutes")
