"""When to ask an advisor whether a planned activity happened: a pure decision.

A plan ("下周二准备开班会") is asked about once on its day in the evening (default 19:00
local, any day of the week, never in the quiet hours), once more the next morning if it
was not answered, and then dropped. Imports nothing from `bot/` or `storage/`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

from reminders.policy import ReminderSettings

FOLLOW_UP_AT: Final = time(19, 0)
ASKED: Final = "planned"
ASKED_AGAIN: Final = "planned_again"


@dataclass(frozen=True, slots=True)
class PlanFact:
    """An open plan: its question's id, the day it was planned for, the stages sent."""

    question_id: int
    day: date
    stages_sent: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class FollowUpDecision:
    question_id: int
    stage: str  # ASKED or ASKED_AGAIN; "drop" closes the plan without a message
    day: date


def plan_follow_ups(
    plans: Iterable[PlanFact],
    now: datetime,
    settings: ReminderSettings,
    ask_at: time = FOLLOW_UP_AT,
) -> list[FollowUpDecision]:
    """What to do about each plan at `now` (aware, in the college's zone)."""
    if now.tzinfo is None:
        raise ValueError("now must be aware")
    today, clock = now.date(), now.timetz().replace(tzinfo=None)
    quiet = settings.is_quiet(clock)
    decisions: list[FollowUpDecision] = []
    for plan in plans:
        evening_due = today == plan.day and clock >= ask_at and not quiet
        morning_due = today == plan.day + timedelta(days=1) and clock >= settings.send_time
        if ASKED not in plan.stages_sent and evening_due:
            decisions.append(FollowUpDecision(plan.question_id, ASKED, plan.day))
        elif ASKED_AGAIN not in plan.stages_sent and morning_due and not quiet:
            decisions.append(FollowUpDecision(plan.question_id, ASKED_AGAIN, plan.day))
        elif today > plan.day + timedelta(days=1) or (
            ASKED_AGAIN in plan.stages_sent and today > plan.day and clock >= settings.quiet_after
        ):
            decisions.append(FollowUpDecision(plan.question_id, "drop", plan.day))
    return decisions


def follow_up_due_at(day: date, zone_of: datetime, ask_at: time = FOLLOW_UP_AT) -> datetime:
    """The moment the first question about a plan for `day` is due (in `zone_of`'s zone)."""
    return datetime.combine(day, ask_at, tzinfo=zone_of.tzinfo)
