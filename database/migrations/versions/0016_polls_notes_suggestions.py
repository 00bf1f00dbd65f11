"""the meeting's record: opinion polls (with options and the organisations' votes), a note
per agenda item and the suggestions made at a meeting (issue 26 items 2 and 3)

Revision ID: 0016_polls_notes_suggestions
Revises: 0015_search_scan_desk_check_in
Create Date: 2026-12-01

Frozen history: this file imports nothing from smartnet_desktop.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_polls_notes_suggestions"
down_revision = "0015_search_scan_desk_check_in"
branch_labels = None
depends_on = None


def _fk(column: str, table: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def upgrade() -> None:
    with op.batch_alter_table("agenda_items") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "polls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("question", sa.String(length=500), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(trim(question)) > 0", name=op.f("ck_polls_question_not_empty")),
        sa.CheckConstraint("mode IN ('organisation', 'count')", name=op.f("ck_polls_mode_known")),
        _fk("event_id", "polls", "events", "CASCADE"),
        _fk("agenda_item_id", "polls", "agenda_items", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_polls")),
    )
    op.create_index(op.f("ix_polls_event_id"), "polls", ["event_id"])
    op.create_table(
        "poll_options",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("poll_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=False, server_default="0"),
        sa.CheckConstraint(
            "length(trim(label)) > 0", name=op.f("ck_poll_options_label_not_empty")
        ),
        sa.CheckConstraint("counted >= 0", name=op.f("ck_poll_options_counted_not_negative")),
        _fk("poll_id", "poll_options", "polls", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poll_options")),
        sa.UniqueConstraint("poll_id", "label", name="uq_poll_option_label"),
    )
    op.create_index(op.f("ix_poll_options_poll_id"), "poll_options", ["poll_id"])
    op.create_table(
        "poll_votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("poll_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("option_id", sa.Integer(), nullable=False),
        sa.Column("voted_at", sa.DateTime(), nullable=False),
        _fk("poll_id", "poll_votes", "polls", "CASCADE"),
        _fk("organization_id", "poll_votes", "organizations", "CASCADE"),
        _fk("option_id", "poll_votes", "poll_options", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poll_votes")),
        sa.UniqueConstraint("poll_id", "organization_id", name="uq_poll_vote_org"),
    )
    op.create_table(
        "suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_suggestions_text_not_empty")),
        _fk("event_id", "suggestions", "events", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestions")),
    )
    op.create_index(op.f("ix_suggestions_event_id"), "suggestions", ["event_id"])


def downgrade() -> None:
    op.drop_table("suggestions")
    op.drop_table("poll_votes")
    op.drop_table("poll_options")
    op.drop_table("polls")
    with op.batch_alter_table("agenda_items") as batch:
        batch.drop_column("note")
