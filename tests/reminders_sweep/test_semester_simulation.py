"""A whole autumn semester, day by day at 09:30, 20:00 and 23:00, through the pure decisions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest

from bot.reminder_texts import buttons, render
from reminders.decisions import WRAP_UP_DAYS, Reminder, due_reminders
from reminders.holidays import is_rest_day
from reminders.policy import Policy, load_policy
from reminders.semester_calendar import SemesterCalendar
from tests.reminders_sweep.scenario import (
    AUTUMN,
    COUNSELOR,
    DILIGENT,
    NO_DORM,
    NO_FORM,
    Simulation,
    moment,
)

SWEEP_TIMES = (time(9, 30), time(20), time(23))
FIRST_DAY, LAST_DAY = date(2026, 8, 28), date(2027, 2, 21)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(None)


@pytest.fixture(scope="module")
def calendar(policy: Policy) -> SemesterCalendar:
    return SemesterCalendar.from_policy(policy, [AUTUMN])


def simulate(
    policy: Policy,
    calendar: SemesterCalendar,
    after_sweep: Callable[[Simulation, datetime, list[Reminder]], None] | None = None,
) -> Simulation:
    sim = Simulation(policy, calendar)
    day = FIRST_DAY
    while day <= LAST_DAY:
        for at in SWEEP_TIMES:
            now = moment(day, at)
            due = sim.sweep(now)
            if after_sweep is not None:
                after_sweep(sim, now, due)
        day += timedelta(days=1)
    return sim


@pytest.fixture(scope="module")
def semester(policy: Policy, calendar: SemesterCalendar) -> Simulation:
    return simulate(policy, calendar)


def days(entries: list[tuple[datetime, Reminder]]) -> list[tuple[str, str, date]]:
    return [(r.rule_period, r.stage, at.date()) for at, r in entries]


def test_a_diligent_advisor_gets_no_reminder(semester: Simulation) -> None:
    assert semester.to(DILIGENT) == []


def test_no_dorm_visits_due_soon_then_missed_each_month_on_working_days(
    semester: Simulation,
) -> None:
    assert days(semester.to(NO_DORM, "dorm_visit_monthly")) == [
        ("2026-09", "due_soon", date(2026, 9, 23)),  # seven days before 30 September
        ("2026-09", "missed", date(2026, 10, 8)),  # National Day holiday 1–7 October
        ("2026-10", "due_soon", date(2026, 10, 26)),  # 24–25 October are a weekend
        ("2026-10", "missed", date(2026, 11, 2)),  # 1 November is a Sunday
        ("2026-11", "due_soon", date(2026, 11, 23)),
        ("2026-11", "missed", date(2026, 12, 1)),
        ("2026-12", "due_soon", date(2026, 12, 24)),
        ("2026-12", "missed", date(2027, 1, 4)),  # New Year's Day, then a weekend
        ("2027-01", "due_soon", date(2027, 1, 11)),  # the semester ends on Sunday 17 January
        ("2027-01", "missed", date(2027, 1, 18)),  # the semester's wrap-up days
    ]
    # Every one at the morning sweep, and nothing else about this advisor's other rules.
    assert {at.time() for at, _ in semester.to(NO_DORM)} == {time(9, 30)}
    assert {r.rule for _, r in semester.to(NO_DORM)} == {"dorm_visit_monthly"}
    assert {r.lang for _, r in semester.to(NO_DORM)} == {"en"}


def test_a_forgotten_monthly_form_is_nudged_three_times_then_goes_to_the_digest(
    semester: Simulation, calendar: SemesterCalendar
) -> None:
    nudges = semester.to(NO_FORM, "monthly_form")
    assert {r.rule for _, r in semester.to(NO_FORM)} == {"monthly_form"}
    assert days(nudges)[:6] == [
        # Due 5 October, in the National Day holiday: moved to 8 October, the first working day.
        ("2026-09", "due_soon", date(2026, 10, 8)),
        ("2026-09", "missed", date(2026, 10, 12)),  # 11 October is a Sunday
        ("2026-09", "missed", date(2026, 10, 15)),
        ("2026-10", "due_soon", date(2026, 11, 2)),
        ("2026-10", "due_soon", date(2026, 11, 5)),
        ("2026-10", "missed", date(2026, 11, 9)),
    ]
    digests = semester.to(COUNSELOR)
    assert digests and {r.stage for _, r in digests} == {"digest"}
    for month in calendar.periods(AUTUMN, "month"):
        mine = [(at, r) for at, r in nudges if r.rule_period == month.key]
        assert len(mine) == 3, month.key
        assert mine[0][0].date() > month.end
        for (before, _), (after, _) in zip(mine, mine[1:], strict=False):
            assert (after.date() - before.date()).days >= 3
        third = mine[-1][0]
        listing = [
            at
            for at, r in digests
            if any(
                item[0] == "monthly_form" and item[1] == month.key
                for _, items in r.params["classes"]
                for item in items
            )
        ]
        assert listing, f"the {month.key} form never reached the counselor"
        assert min(listing) > third


def test_the_counselor_gets_at_most_one_digest_a_week_listing_misses(
    semester: Simulation,
) -> None:
    digests = semester.to(COUNSELOR)
    weeks = [at.date().isocalendar()[:2] for at, _ in digests]
    assert len(weeks) == len(set(weeks))
    first = digests[0][1]
    text = render(first)
    assert "乙班" in text and "每月深入宿舍" in text
    assert [label for label, _ in buttons(first, 7)[0]] == ["3天后再提醒", "查看情况"]
    # No digest before the semester, and the month's digest after each month closes.
    assert digests[0][0].date() >= AUTUMN.start
    assert "2026-11" in {r.period for _, r in digests}


def test_nothing_on_public_holidays_or_at_night(semester: Simulation) -> None:
    assert semester.sent
    for at, _ in semester.sent:
        assert not is_rest_day(at.date()), at
        assert time(9, 30) <= at.time() < time(21), at
        assert not date(2026, 10, 1) <= at.date() <= date(2026, 10, 7)
        # Outside the semester: only its wrap-up weeks (the plan came in before it began).
        assert AUTUMN.start <= at.date() <= AUTUMN.end + timedelta(days=WRAP_UP_DAYS)


def test_a_reminder_due_at_night_waits_for_the_next_morning(
    policy: Policy, calendar: SemesterCalendar
) -> None:
    sim = Simulation(policy, calendar, advisors=(NO_DORM,))
    night = moment(date(2026, 11, 23), time(23))
    assert due_reminders(policy, calendar, sim.classes(night), [], night, is_rest_day) == []
    early = moment(date(2026, 11, 24), time(8, 45))  # out of quiet hours, before 09:30
    assert due_reminders(policy, calendar, sim.classes(early), [], early, is_rest_day) == []
    morning = moment(date(2026, 11, 24), time(9, 30))
    due = due_reminders(policy, calendar, sim.classes(morning), [], morning, is_rest_day)
    assert [(r.rule, r.period, r.stage) for r in due if r.person_id == NO_DORM.id] == [
        ("dorm_visit_monthly", "2026-11", "due_soon")
    ]
    assert "due" in render(due[0]) and "dorm" in render(due[0]).lower()


def test_a_snoozed_reminder_comes_back_once_three_days_later(
    policy: Policy, calendar: SemesterCalendar
) -> None:
    snoozed: list[datetime] = []

    def snooze_the_november_dorm_reminder(
        sim: Simulation, now: datetime, due: list[Reminder]
    ) -> None:
        for reminder in due:
            wanted = (NO_DORM.id, "乙班", "dorm_visit_monthly", "2026-11", "due_soon")
            if reminder.key == wanted:
                pressed = now + timedelta(minutes=30)
                sim.snooze(reminder, pressed + timedelta(days=3))
                snoozed.append(pressed)

    sim = simulate(policy, calendar, snooze_the_november_dorm_reminder)
    assert snoozed == [moment(date(2026, 11, 23), time(10))]
    november = [(at, r) for at, r in sim.to(NO_DORM) if r.rule_period == "2026-11"]
    assert [(at, r.period, r.stage) for at, r in november] == [
        (moment(date(2026, 11, 23), time(9, 30)), "2026-11", "due_soon"),
        # Snoozed until 10:00 on the 26th: back at the next sweep after that, once.
        (moment(date(2026, 11, 26), time(20)), "2026-11^", "due_soon"),
        (moment(date(2026, 12, 1), time(9, 30)), "2026-11", "missed"),
    ]
