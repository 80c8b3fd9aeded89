"""Revision 0003 (duties on activities, the survey tables) goes up and down on both databases."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, inspect

from storage.db import alembic_config, upgrade


def test_0003_adds_duties_and_survey_tables_and_removes_them(engine: Engine) -> None:
    config = alembic_config(engine)
    command.downgrade(config, "0001")
    inspector = inspect(engine)
    assert "surveys" not in inspector.get_table_names()
    assert "duties" not in {c["name"] for c in inspector.get_columns("activities")}
    upgrade(engine)
    inspector = inspect(engine)
    assert {"surveys", "survey_answers"} <= set(inspector.get_table_names())
    assert "duties" in {c["name"] for c in inspector.get_columns("activities")}
    answer_columns = {c["name"] for c in inspector.get_columns("survey_answers")}
    # Nothing that could hold who answered or when: only the keyed hash.
    assert answer_columns == {
        "id",
        "survey_id",
        "respondent",
        "scores",
        "comment",
        "comment_pending",
    }
