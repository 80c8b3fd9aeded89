"""When a plan is asked about: the pure decision (reminders/followups.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from reminders.followups import ASKED, ASKED_AGAIN, PlanFact, plan_follow_ups
from reminders.policy import ReminderSettings
from tests.conftest import local

SATURDAY = date(2026, 12, 5)  # plans are followed up on any day of the week
SETTINGS = ReminderSettings()


def stages(at: datetime, *sent: str) -> list[str]:
    plan = PlanFact(7, SATURDAY, frozenset(sent))
    return [d.stage for d in plan_follow_ups([plan], at, SETTINGS)]


@pytest.mark.parametrize(
    ("at", "sent", "expected"),
    [
        (local(2026, 12, 5, 18, 59), (), []),
        (local(2026, 12, 5, 19, 0), (), [ASKED]),
        (local(2026, 12, 5, 20, 59), (), [ASKED]),
        (local(2026, 12, 5, 21, 0), (), []),  # quiet hours: the next morning instead
        (local(2026, 12, 5, 19, 15), (ASKED,), []),
        (local(2026, 12, 6, 7, 59), (ASKED,), []),
        (local(2026, 12, 6, 9, 30), (ASKED,), [ASKED_AGAIN]),
        (local(2026, 12, 6, 9, 30), (), [ASKED_AGAIN]),  # missed the evening: asked once
        (local(2026, 12, 6, 12, 0), (ASKED, ASKED_AGAIN), []),
        (local(2026, 12, 6, 21, 0), (ASKED, ASKED_AGAIN), ["drop"]),
        (local(2026, 12, 7, 9, 30), (ASKED,), ["drop"]),
    ],
)
def test_asked_on_the_evening_once_more_next_morning_then_dropped(
    at: datetime, sent: tuple[str, ...], expected: list[str]
) -> None:
    assert stages(at, *sent) == expected


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError):
        stages(datetime(2026, 12, 5, 19, 0))  # noqa: DTZ001
