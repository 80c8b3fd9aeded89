"""The domain core of `reminders` imports nothing from the bot, storage, Telegram or the ORM."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = (
    "reminders.policy",
    "reminders.semester_calendar",
    "reminders.holidays",
    "reminders.compliance",
    "reminders.judge",
    "reminders.decisions",
    "reminders.duties",
    "reminders.followups",
)
FORBIDDEN = ("bot", "storage", "telegram", "sqlalchemy")


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_no_glue(module: str) -> None:
    # A fresh interpreter: in this one the test session has imported everything already.
    code = (
        f"import sys, {module};"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({FORBIDDEN!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", f"{module} pulls in {out.stdout.strip()}"


def test_parser_takes_the_lunar_table_from_the_domain() -> None:
    from bot.parsing import holiday_dates
    from reminders import holidays

    assert holiday_dates.lunar_holiday is holidays.lunar_holiday
