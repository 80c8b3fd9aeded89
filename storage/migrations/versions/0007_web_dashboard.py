"""web dashboard: sign-in links and sessions

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-06 14:10:00
"""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0007"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _ts(name: str, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, storage.types.UTCDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "web_sign_in_links",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("person_id", _ID, nullable=False),
        _ts("created_at"),
        _ts("expires_at"),
        _ts("used_at", nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_web_sign_in_links_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_sign_in_links")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_web_sign_in_links_token_hash")),
    )
    with op.batch_alter_table("web_sign_in_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_web_sign_in_links_person_id"), ["person_id"], unique=False
        )
    op.create_table(
        "web_sessions",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("person_id", _ID, nullable=False),
        sa.Column("via", sa.String(length=16), nullable=False),
        _ts("created_at"),
        _ts("expires_at"),
        _ts("ended_at", nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_web_sessions_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_web_sessions_token_hash")),
    )
    with op.batch_alter_table("web_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_web_sessions_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("web_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_web_sessions_person_id"))
    op.drop_table("web_sessions")
    with op.batch_alter_table("web_sign_in_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_web_sign_in_links_person_id"))
    op.drop_table("web_sign_in_links")
