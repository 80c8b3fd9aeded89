"""Property: the sweep and the judge tell the same story at the same moment.

Generated histories (activities and documents) and moments: every reason the sweep would send
is a period the judge reports as not met (a ``missed`` reason for a missed period, a
``due_soon`` one for a period still open), and every missed or closing period the judge
reports is a reason the sweep sends.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from reminders.compliance import ActivityFact, SubmissionFact
from reminders.decisions import (
    ADVISOR,
    DUE_SOON,
    MISSED_LOOKBACK_DAYS,
    STAGE_MISSED,
    WRAP_UP_DAYS,
    ClassHistory,
    Recipient,
    due_reminders,
)
from reminders.judge import judge
from reminders.policy import Policy, load_policy, policy_from_overrides
from reminders.semester_calendar import SemesterCalendar
from tests.reminders.factories import AUTUMN, COLLEGE_ZONE

POLICY = load_policy(None)
CALENDAR = SemesterCalendar.from_policy(POLICY, [AUTUMN])
# The regulation's weekly hours switched on: a week-long, advisor-scoped rule in the mix.
WEEKLY = policy_from_overrides({"rules": {"hours_weekly": {"enabled": True}}})
policies = st.sampled_from([POLICY, WEEKLY])
KINDS = sorted(POLICY.kinds)
FIRST_DAY = date(2026, 8, 25)
LAST_DAY = date(2027, 2, 10)
SPAN = (LAST_DAY - FIRST_DAY).days
ADVISOR_PERSON = Recipient(1, "张老师", 1001, "zh", False)
MONTHS = [p.key for p in CALENDAR.periods(AUTUMN, "month")]


def _day(offset: int) -> date:
    return FIRST_DAY + timedelta(days=offset)


activities = st.lists(
    st.builds(
        ActivityFact,
        st.sampled_from(KINDS),
        st.integers(0, SPAN).map(_day),
        st.integers(1, 4),
        st.one_of(st.none(), st.sampled_from([0.5, 1.0, 2.0, 3.5])),
    ),
    max_size=60,
)
moments_of_day = st.integers(0, SPAN).map(
    lambda offset: datetime.combine(_day(offset), time(10), COLLEGE_ZONE)
)
documents = st.lists(
    st.builds(
        SubmissionFact,
        st.sampled_from(["monthly_form"] * 4 + ["semester_plan"]),
        st.sampled_from(MONTHS),
        moments_of_day,
    ).map(
        lambda doc: (
            doc
            if doc.what == "monthly_form"
            else SubmissionFact(doc.what, AUTUMN.name, doc.submitted_at)
        )
    ),
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(policies, activities, documents, moments_of_day)
def test_every_reason_sent_is_a_reason_the_judge_gives(
    policy: Policy, work: list[ActivityFact], docs: list[SubmissionFact], now: datetime
) -> None:
    calendar = SemesterCalendar.from_policy(policy, [AUTUMN])
    report = judge(policy, calendar, work, docs, now)
    history = ClassHistory(1, "数学2023-1", ADVISOR_PERSON, None, report.periods)
    reminders = due_reminders(policy, calendar, [history], [], now, lambda _day: False)
    judged = {(s.rule, s.period): s for s in report.periods}
    today = now.date()
    for reminder in reminders:
        if reminder.role != ADVISOR:
            continue
        status = judged[(reminder.rule, reminder.rule_period)]
        assert status.state != "met", reminder
        if reminder.stage == STAGE_MISSED:
            assert status.final and today > status.due, reminder
        else:
            assert reminder.stage == DUE_SOON
            assert not status.final and today <= status.due, reminder


@settings(max_examples=150, deadline=None)
@given(policies, activities, documents, moments_of_day)
def test_every_missed_or_closing_period_is_a_reason_sent(
    policy: Policy, work: list[ActivityFact], docs: list[SubmissionFact], now: datetime
) -> None:
    calendar = SemesterCalendar.from_policy(policy, [AUTUMN])
    report = judge(policy, calendar, work, docs, now)
    history = ClassHistory(1, "数学2023-1", ADVISOR_PERSON, None, report.periods)
    reminders = due_reminders(policy, calendar, [history], [], now, lambda _day: False)
    sent = {(r.rule, r.rule_period, r.stage) for r in reminders if r.role == ADVISOR}
    today = now.date()
    if not AUTUMN.start <= today <= AUTUMN.end + timedelta(days=WRAP_UP_DAYS):
        return
    for status in report.periods:
        rule = policy.rule(status.rule)
        if rule.measure == "submission" or rule.period == "semester":
            continue  # documents are nudged on their own schedule; semester rules weekly
        if status.state == "missed" and (today - status.due).days <= MISSED_LOOKBACK_DAYS:
            assert (status.rule, status.period, STAGE_MISSED) in sent, status
        lead = policy.reminders.due_soon_lead_days(rule.period)
        if status.state in ("on_track", "behind") and (status.due - today).days <= lead:
            assert (status.rule, status.period, DUE_SOON) in sent, status
