"""safety: activity audit trail, link requests awaiting an admin, wrong-code attempts

Revision ID: 0006
Revises: 0007
Create Date: 2026-12-06 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0006"
down_revision: str | None = "0007"  # chained after what main holds (0001 at first)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "activity_changes",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("activity_id", _ID, nullable=False),
        sa.Column("changed_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("actor_id", _ID, nullable=True),
        sa.Column("actor_telegram_id", sa.BigInteger(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_changes_activity_id_activities"),
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["people.id"], name=op.f("fk_activity_changes_actor_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_changes")),
    )
    op.create_index(
        "ix_activity_changes_activity_at",
        "activity_changes",
        ["activity_id", "changed_at"],
        unique=False,
    )
    op.create_table(
        "link_requests",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("person_id", _ID, nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("telegram_username", sa.String(length=64), nullable=True),
        sa.Column("telegram_name", sa.String(length=200), nullable=False),
        sa.Column("requested_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_by", _ID, nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["people.id"], name=op.f("fk_link_requests_decided_by_people")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_link_requests_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_requests")),
    )
    op.create_index(
        op.f("ix_link_requests_person_id"), "link_requests", ["person_id"], unique=False
    )
    op.create_table(
        "link_attempts",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("attempted_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_attempts")),
    )
    op.create_index(
        op.f("ix_link_attempts_telegram_id"), "link_attempts", ["telegram_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_link_attempts_telegram_id"), table_name="link_attempts")
    op.drop_table("link_attempts")
    op.drop_index(op.f("ix_link_requests_person_id"), table_name="link_requests")
    op.drop_table("link_requests")
    op.drop_index("ix_activity_changes_activity_at", table_name="activity_changes")
    op.drop_table("activity_changes")
