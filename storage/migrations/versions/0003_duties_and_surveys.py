"""duties on activities; students' surveys

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-06 14:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("duties", sa.JSON(), server_default="[]", nullable=False))

    op.create_table(
        "surveys",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("class_id", _ID, nullable=False),
        sa.Column("opened_by", _ID, nullable=False),
        sa.Column("opened_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closes_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["classes.id"], name=op.f("fk_surveys_class_id_classes")
        ),
        sa.ForeignKeyConstraint(
            ["opened_by"], ["people.id"], name=op.f("fk_surveys_opened_by_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_surveys")),
        sa.UniqueConstraint("token", name=op.f("uq_surveys_token")),
    )
    with op.batch_alter_table("surveys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_surveys_class_id"), ["class_id"], unique=False)

    op.create_table(
        "survey_answers",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("survey_id", _ID, nullable=False),
        sa.Column("respondent", sa.String(length=64), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("comment_pending", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["survey_id"], ["surveys.id"], name=op.f("fk_survey_answers_survey_id_surveys")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answers")),
        sa.UniqueConstraint("survey_id", "respondent", name="uq_survey_answer_once"),
    )
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_answers_survey_id"), ["survey_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_answers_survey_id"))
    op.drop_table("survey_answers")
    with op.batch_alter_table("surveys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_surveys_class_id"))
    op.drop_table("surveys")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_column("duties")
