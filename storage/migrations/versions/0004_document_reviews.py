"""document reviews: the 审核 state of each submitted form or plan version, and the return
comment a reviewer is asked for

Revision ID: 0004
Revises: 0001
Create Date: 2026-12-06 14:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "document_reviews",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("doc", sa.String(length=16), nullable=False),
        sa.Column("document_id", sa.BigInteger(), nullable=False),
        sa.Column("class_id", _ID, nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reviewer_id", _ID, nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("reviewed_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "state IN ('approved', 'returned')", name=op.f("ck_document_reviews_review_state")
        ),
        sa.ForeignKeyConstraint(
            ["class_id"], ["classes.id"], name=op.f("fk_document_reviews_class_id_classes")
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["people.id"], name=op.f("fk_document_reviews_reviewer_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_reviews")),
        sa.UniqueConstraint("doc", "document_id", name="uq_document_review"),
    )
    with op.batch_alter_table("document_reviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_reviews_class_id"), ["class_id"], unique=False
        )
    op.create_table(
        "pending_review_comments",
        sa.Column("person_id", _ID, autoincrement=False, nullable=False),
        sa.Column("doc", sa.String(length=16), nullable=False),
        sa.Column("document_id", sa.BigInteger(), nullable=False),
        sa.Column("asked_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_pending_review_comments_person_id_people"),
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_pending_review_comments")),
    )


def downgrade() -> None:
    op.drop_table("pending_review_comments")
    with op.batch_alter_table("document_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_reviews_class_id"))
    op.drop_table("document_reviews")
