"""open questions (kept across restarts) and photos kept as evidence of activities

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 13:52:07.782350
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "open_questions",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("token", sa.String(length=16), nullable=False),
        sa.Column(
            "person_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("topic", sa.String(length=24), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("due_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_open_questions_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_open_questions")),
        sa.UniqueConstraint("token", name=op.f("uq_open_questions_token")),
    )
    with op.batch_alter_table("open_questions", schema=None) as batch_op:
        batch_op.create_index("ix_open_questions_due", ["closed_at", "due_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_open_questions_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "activity_evidence",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "activity_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("file_id", sa.String(length=200), nullable=False),
        sa.Column("file_unique_id", sa.String(length=64), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("media_group_id", sa.String(length=40), nullable=True),
        sa.Column("added_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_evidence_activity_id_activities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_evidence")),
        sa.UniqueConstraint("activity_id", "file_unique_id", name="uq_evidence_file"),
    )
    with op.batch_alter_table("activity_evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_evidence_activity_id"), ["activity_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("activity_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_evidence_activity_id"))

    op.drop_table("activity_evidence")
    with op.batch_alter_table("open_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_open_questions_person_id"))
        batch_op.drop_index("ix_open_questions_due")

    op.drop_table("open_questions")
