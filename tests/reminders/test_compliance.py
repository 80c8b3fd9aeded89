"""Compliance on the 2026–2027 calendar: what counts, in which period, and the verdict."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta

import pytest

from reminders.compliance import (
    ActivityFact,
    ComplianceReport,
    RuleStatus,
    SubmissionFact,
    evaluate,
    evaluate_history,
    evaluate_many,
)
from reminders.judge import ClassFacts, judge_many
from reminders.policy import Policy, policy_from_overrides
from reminders.semester_calendar import SemesterCalendar
from tests.reminders.factories import AUTUMN, SPRING, act, at, submitted


def status(
    policy: Policy,
    calendar: SemesterCalendar,
    rule: str,
    moment: datetime,
    activities: Sequence[ActivityFact] = (),
    submissions: Sequence[SubmissionFact] = (),
) -> RuleStatus:
    report = evaluate(policy, calendar, activities, submissions, moment)
    found = report.rule(rule)
    assert found is not None, f"{rule} not in report: {[s.rule for s in report.rules]}"
    return found


def history(
    policy: Policy,
    calendar: SemesterCalendar,
    rule: str,
    moment: datetime,
    activities: Sequence[ActivityFact] = (),
    submissions: Sequence[SubmissionFact] = (),
) -> dict[str, RuleStatus]:
    statuses = evaluate_history(policy, calendar, activities, submissions, moment)
    return {s.period: s for s in statuses if s.rule == rule}


class TestMonthlyRules:
    def test_month_boundary_october_31_is_not_november(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        halloween = [act("dorm_visit", 2026, 10, 31)]
        november = status(policy, calendar, "dorm_visit_monthly", at(2026, 11, 10), halloween)
        assert (november.period, november.done, november.state) == ("2026-11", 0, "on_track")
        october = history(policy, calendar, "dorm_visit_monthly", at(2026, 11, 10), halloween)
        assert october["2026-10"].state == "met"

        first = [act("dorm_visit", 2026, 11, 1)]
        november = status(policy, calendar, "dorm_visit_monthly", at(2026, 11, 10), first)
        assert (november.done, november.state) == (1, "met")
        assert history(policy, calendar, "dorm_visit_monthly", at(2026, 11, 10), first)[
            "2026-10"
        ].state == ("missed")

    def test_behind_in_the_last_seven_days_then_missed(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        rule = "dorm_visit_monthly"
        assert status(policy, calendar, rule, at(2026, 11, 23)).state == "on_track"
        assert status(policy, calendar, rule, at(2026, 11, 24)).state == "behind"
        assert status(policy, calendar, rule, at(2026, 11, 30, 23)).state == "behind"
        # On 1 December the current month is December; November is closed and missed.
        assert status(policy, calendar, rule, at(2026, 12, 1)).period == "2026-12"
        assert history(policy, calendar, rule, at(2026, 12, 1))["2026-11"].state == "missed"

    def test_january_half_in_the_break_ends_with_the_semester(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        january = status(policy, calendar, "dorm_visit_monthly", at(2027, 1, 5))
        assert (january.period, january.due, january.state) == (
            "2027-01",
            date(2027, 1, 17),
            "on_track",
        )
        # Five days before the semester's last day is inside the 7-day window.
        assert status(policy, calendar, "dorm_visit_monthly", at(2027, 1, 12)).state == "behind"

    def test_in_the_break_the_most_recent_month_stays_current(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        visits = [act("dorm_visit", 2027, 1, 16), act("class_meeting", 2027, 1, 18)]
        report = evaluate(policy, calendar, visits, [], at(2027, 2, 5))
        assert report.semester == AUTUMN
        dorm = report.rule("dorm_visit_monthly")
        meeting = report.rule("class_meeting_monthly")
        assert dorm is not None and (dorm.period, dorm.state) == ("2027-01", "met")
        # The meeting on 18 January was after the semester: it does not count.
        assert meeting is not None and (meeting.period, meeting.state) == ("2027-01", "missed")

    def test_spring_february_requires_nothing_monthly(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        visit = [act("dorm_visit", 2027, 2, 25)]
        report = evaluate(policy, calendar, visit, [], at(2027, 2, 26))
        assert report.semester == SPRING
        present = [s.rule for s in report.rules]
        assert "dorm_visit_monthly" not in present
        assert "monthly_form" not in present
        assert "classroom_visit_fortnightly" in present
        # The visit is still work: it counts toward the semester's hours ...
        hours = report.rule("hours_semester")
        assert hours is not None and hours.done == 1
        # ... but not toward March's dorm visit.
        march = status(policy, calendar, "dorm_visit_monthly", at(2027, 3, 2), visit)
        assert (march.period, march.done) == ("2027-03", 0)

    def test_early_july_is_judged_on_june(self, policy: Policy, calendar: SemesterCalendar) -> None:
        visits = [act("dorm_visit", 2027, 6, 30), act("class_meeting", 2027, 7, 2)]
        dorm = status(policy, calendar, "dorm_visit_monthly", at(2027, 7, 3), visits)
        meeting = status(policy, calendar, "class_meeting_monthly", at(2027, 7, 3), visits)
        assert (dorm.period, dorm.state) == ("2027-06", "met")
        assert (meeting.period, meeting.state) == ("2027-06", "missed")


class TestFortnightlyRule:
    def test_the_last_fortnight_of_the_semester(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        rule = "classroom_visit_fortnightly"
        last = status(policy, calendar, rule, at(2027, 1, 12))
        assert (last.period, last.period_start, last.due) == (
            "2026-2027-1:W19-20",
            date(2027, 1, 11),
            date(2027, 1, 17),
        )
        assert last.state == "on_track"
        assert status(policy, calendar, rule, at(2027, 1, 14)).state == "behind"
        # A visit on 10 January belongs to weeks 17–18, not to the last fortnight.
        previous = [act("classroom_visit", 2027, 1, 10)]
        assert status(policy, calendar, rule, at(2027, 1, 15), previous).state == "behind"
        this_one = [act("classroom_visit", 2027, 1, 11)]
        assert status(policy, calendar, rule, at(2027, 1, 15), this_one).state == "met"
        assert status(policy, calendar, rule, at(2027, 1, 18)).state == "missed"


class TestWhatCounts:
    def test_a_themed_meeting_counts_twice(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        themed = [act("theme_meeting", 2026, 11, 10, count=40)]
        report = evaluate(policy, calendar, themed, [], at(2026, 11, 12))
        theme = report.rule("theme_meeting_semester")
        meeting = report.rule("class_meeting_monthly")
        hours = report.rule("hours_semester")
        assert theme is not None and theme.done == 1  # a record, whatever its head count
        assert meeting is not None and (meeting.done, meeting.state) == (1, "met")
        assert hours is not None and hours.done == 1.5
        # A plain class meeting is not a themed one.
        plain = [act("class_meeting", 2026, 11, 10)]
        theme = status(policy, calendar, "theme_meeting_semester", at(2026, 11, 12), plain)
        assert theme.done == 0

    def test_parent_contacts_count_people(self, policy: Policy, calendar: SemesterCalendar) -> None:
        three = [act("parent_contact", 2026, 10, 9, count=3)]
        parents = status(policy, calendar, "parent_contact_semester", at(2026, 10, 10), three)
        assert (parents.done, parents.state) == (3, "on_track")
        five = [*three, act("parent_contact", 2026, 10, 10, count=2)]
        parents = status(policy, calendar, "parent_contact_semester", at(2026, 10, 10), five)
        assert (parents.done, parents.state) == (5, "met")

    def test_stated_hours_win_and_defaults_may_be_per_person(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        activities = [
            act("class_meeting", 2026, 10, 12, hours=2.0),  # stated: 2
            act("dorm_visit", 2026, 10, 13),  # default: 1
            act("parent_contact", 2026, 10, 14, count=4),  # 4 × 0.25 = 1
            act("parent_contact", 2026, 10, 15, count=4, hours=0.5),  # stated total: 0.5
            act("student_talk", 2026, 10, 16, count=3),  # 3 × 0.5 = 1.5
            act("seminar", 2026, 10, 17, hours=3),  # stated: 3
        ]
        hours = status(policy, calendar, "hours_semester", at(2026, 10, 20), activities)
        assert hours.done == pytest.approx(9.0)
        longer_dorm = policy_from_overrides({"default_hours": {"dorm_visit": {"hours": 2}}})
        hours = status(longer_dorm, calendar, "hours_semester", at(2026, 10, 20), activities)
        assert hours.done == pytest.approx(10.0)

    def test_activities_outside_every_semester_are_ignored(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        activities = [
            act("theme_meeting", 2026, 9, 6),  # the day before the first day
            act("theme_meeting", 2027, 1, 18),  # the day after the last day
            act("theme_meeting", 2027, 2, 1),  # winter break
            act("theme_meeting", 2026, 12, 8),  # inside: the only one that counts
        ]
        report = evaluate(policy, calendar, activities, [], at(2027, 1, 17))
        theme = report.rule("theme_meeting_semester")
        hours = report.rule("hours_semester")
        assert theme is not None and theme.done == 1
        assert hours is not None and hours.done == 1.5
        counted = history(policy, calendar, "hours_semester", at(2027, 1, 17), activities)
        assert counted["2026-2027-1"].done == 1.5

    def test_unknown_kinds_count_for_nothing(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        report = evaluate(policy, calendar, [act("karaoke", 2026, 10, 1)], [], at(2026, 10, 2))
        assert all(s.done == 0 for s in report.rules)


class TestSemesterPace:
    # The autumn semester has 133 days; a third is gone after 44⅓ days (on 21 October).

    def test_nothing_done_early_is_on_track(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        assert status(policy, calendar, "theme_meeting_semester", at(2026, 9, 20)).state == (
            "on_track"
        )
        # 43 of 133 days gone on 20 October: still under a third.
        assert status(policy, calendar, "theme_meeting_semester", at(2026, 10, 20)).state == (
            "on_track"
        )

    def test_under_pace_after_a_third_is_behind(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        assert status(policy, calendar, "theme_meeting_semester", at(2026, 10, 22)).state == (
            "behind"
        )
        # On 25 October 36 % is gone: 1 of 2 themed meetings is ahead of the 0.72 pace ...
        one = [act("theme_meeting", 2026, 10, 1)]
        theme = status(policy, calendar, "theme_meeting_semester", at(2026, 10, 25), one)
        assert theme.state == "on_track"
        # ... but 1 of 5 parent contacts is under the 1.8 pace, and 2 are not.
        parent = [act("parent_contact", 2026, 10, 1)]
        rule = "parent_contact_semester"
        assert status(policy, calendar, rule, at(2026, 10, 25), parent).state == "behind"
        two = [act("parent_contact", 2026, 10, 1, count=2)]
        assert status(policy, calendar, rule, at(2026, 10, 25), two).state == "on_track"

    def test_behind_in_the_last_two_weeks(self, calendar: SemesterCalendar) -> None:
        # Switch pace off to see the last-two-weeks window on its own.
        no_pace = policy_from_overrides({"behind": {"semester_pace_after_fraction": 1.0}})
        one = [act("theme_meeting", 2026, 10, 1)]
        rule = "theme_meeting_semester"
        assert status(no_pace, calendar, rule, at(2027, 1, 3), one).state == "on_track"
        assert status(no_pace, calendar, rule, at(2027, 1, 4), one).state == "behind"
        assert status(no_pace, calendar, rule, at(2027, 1, 18), one).state == "missed"

    def test_met_whenever_the_requirement_is_reached(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        two = [act("theme_meeting", 2026, 9, 10), act("theme_meeting", 2026, 9, 17)]
        early = status(policy, calendar, "theme_meeting_semester", at(2026, 9, 18), two)
        assert (early.done, early.required, early.state) == (2, 2, "met")
        after = status(policy, calendar, "theme_meeting_semester", at(2027, 2, 1), two)
        assert after.state == "met"


class TestMonthlyForm:
    def test_on_track_while_the_month_runs(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        form = status(policy, calendar, "monthly_form", at(2026, 11, 30))
        assert (form.period, form.due, form.state) == ("2026-11", date(2026, 12, 5), "on_track")

    def test_behind_in_the_grace_days_then_missed(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        # In December's first days the form still due is November's.
        dec3 = evaluate(policy, calendar, [], [], at(2026, 12, 3))
        form, dorm = dec3.rule("monthly_form"), dec3.rule("dorm_visit_monthly")
        assert form is not None and (form.period, form.state) == ("2026-11", "behind")
        assert dorm is not None and dorm.period == "2026-12"
        assert status(policy, calendar, "monthly_form", at(2026, 12, 5, 23)).state == "behind"
        # On 6 December November's form is missed and December's becomes current.
        assert status(policy, calendar, "monthly_form", at(2026, 12, 6)).period == "2026-12"
        forms = history(policy, calendar, "monthly_form", at(2026, 12, 6))
        assert forms["2026-11"].state == "missed"

    def test_met_by_a_submission_for_that_month(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        november = [submitted("monthly_form", "2026-11", at(2026, 12, 2))]
        form = status(policy, calendar, "monthly_form", at(2026, 12, 3), submissions=november)
        assert (form.period, form.done, form.state) == ("2026-11", 1, "met")
        # A form for another month, or another document, does not count.
        other = [submitted("monthly_form", "2026-10"), submitted("semester_plan", "2026-11")]
        form = status(policy, calendar, "monthly_form", at(2026, 12, 3), submissions=other)
        assert form.state == "behind"
        # Handed in late it still counts (met "at any time").
        late = [submitted("monthly_form", "2026-11", at(2026, 12, 20))]
        forms = history(policy, calendar, "monthly_form", at(2026, 12, 21), submissions=late)
        assert forms["2026-11"].state == "met"
        assert forms["2026-10"].state == "missed"

    def test_january_form_is_due_five_days_after_the_semester(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        form = status(policy, calendar, "monthly_form", at(2027, 1, 20))
        assert (form.period, form.due, form.state) == ("2027-01", date(2027, 1, 22), "behind")

    def test_grace_days_are_configurable(self, calendar: SemesterCalendar) -> None:
        short = policy_from_overrides({"rules": {"monthly_form": {"grace_days": 2}}})
        form = history(short, calendar, "monthly_form", at(2026, 12, 3))["2026-11"]
        assert (form.due, form.state) == (date(2026, 12, 2), "missed")


class TestSemesterPlan:
    def test_within_the_lead_only_the_plan_is_judged(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        report = evaluate(policy, calendar, [], [], at(2026, 9, 1))
        assert report.semester == AUTUMN
        assert [s.rule for s in report.rules] == ["semester_plan"]
        plan = report.rules[0]
        assert (plan.period, plan.due, plan.state) == ("2026-2027-1", date(2026, 9, 6), "behind")

    def test_met_when_submitted_missed_after_the_due_date(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        plan = [submitted("semester_plan", "2026-2027-1", at(2026, 9, 2))]
        assert status(policy, calendar, "semester_plan", at(2026, 9, 3), [], plan).state == "met"
        assert status(policy, calendar, "semester_plan", at(2026, 11, 3), [], plan).state == "met"
        assert status(policy, calendar, "semester_plan", at(2026, 9, 7)).state == "missed"
        # Last semester's plan does not count for this one.
        old = [submitted("semester_plan", "2025-2026-2")]
        assert status(policy, calendar, "semester_plan", at(2026, 9, 7), [], old).state == (
            "missed"
        )

    def test_spring_plan_in_the_winter_break(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        plan = status(policy, calendar, "semester_plan", at(2027, 2, 16))
        assert (plan.period, plan.due, plan.state) == ("2026-2027-2", date(2027, 2, 21), "behind")

    def test_behind_window_is_configurable(self, calendar: SemesterCalendar) -> None:
        relaxed = policy_from_overrides({"behind": {"before_semester_last_days": 3}})
        assert status(relaxed, calendar, "semester_plan", at(2026, 9, 1)).state == "on_track"
        assert status(relaxed, calendar, "semester_plan", at(2026, 9, 4)).state == "behind"


class TestPolicyChangesTheVerdict:
    def test_a_shorter_behind_window(self, calendar: SemesterCalendar) -> None:
        relaxed = policy_from_overrides({"behind": {"month_last_days": 3}})
        assert status(relaxed, calendar, "dorm_visit_monthly", at(2026, 11, 24)).state == (
            "on_track"
        )
        assert status(relaxed, calendar, "dorm_visit_monthly", at(2026, 11, 28)).state == ("behind")

    def test_a_lower_requirement(self, policy: Policy, calendar: SemesterCalendar) -> None:
        three = [act("parent_contact", 2026, 10, 9, count=3)]
        moment = at(2026, 12, 1)
        assert status(policy, calendar, "parent_contact_semester", moment, three).state == (
            "behind"
        )
        lower = policy_from_overrides({"rules": {"parent_contact_semester": {"required": 3}}})
        assert status(lower, calendar, "parent_contact_semester", moment, three).state == "met"

    def test_a_disabled_rule_is_not_reported(self, calendar: SemesterCalendar) -> None:
        without = policy_from_overrides({"rules": {"monthly_form": {"enabled": False}}})
        report = evaluate(without, calendar, [], [], at(2026, 11, 23))
        assert report.rule("monthly_form") is None
        assert report.rule("dorm_visit_monthly") is not None


class TestReportShape:
    def test_to_json_matches_the_contract(self, policy: Policy, calendar: SemesterCalendar) -> None:
        activities = [act("dorm_visit", 2026, 11, 3), act("parent_contact", 2026, 11, 4, count=1)]
        report = evaluate(policy, calendar, activities, [], at(2026, 11, 23, 20))
        assert report.to_json()["semester"] == "2026-2027-1"
        assert report.to_json()["at"] == "2026-11-23T20:00:00+08:00"
        dorm = report.rule("dorm_visit_monthly")
        hours = report.rule("hours_semester")
        assert dorm is not None and hours is not None
        assert dorm.to_json() == {
            "rule": "dorm_visit_monthly",
            "period": "2026-11",
            "done": 1,
            "required": 1,
            "due": "2026-11-30",
            "state": "met",
        }
        assert isinstance(dorm.to_json()["done"], int)
        assert hours.to_json()["done"] == 1.25
        # Every rule of the default policy, in policy order.
        assert [s.rule for s in report.rules] == [r.id for r in policy.rules]

    def test_no_relevant_semester(self, policy: Policy, calendar: SemesterCalendar) -> None:
        report = evaluate(policy, calendar, [act("dorm_visit", 2026, 6, 1)], [], at(2026, 6, 2))
        assert report == ComplianceReport(None, at(2026, 6, 2), ())
        assert evaluate_history(policy, calendar, [], [], at(2026, 6, 2)) == []

    def test_a_naive_moment_is_refused(self, policy: Policy, calendar: SemesterCalendar) -> None:
        naive = datetime.fromisoformat("2026-11-23T10:00:00")
        with pytest.raises(ValueError, match="aware"):
            evaluate(policy, calendar, [], [], naive)

    def test_history_lists_started_periods_in_order(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        statuses = evaluate_history(policy, calendar, [], [], at(2026, 10, 10))
        dorm = [s.period for s in statuses if s.rule == "dorm_visit_monthly"]
        fortnights = [s.period for s in statuses if s.rule == "classroom_visit_fortnightly"]
        assert dorm == ["2026-09", "2026-10"]
        assert fortnights == ["2026-2027-1:W01-02", "2026-2027-1:W03-04", "2026-2027-1:W05-06"]
        assert [s.rule for s in statuses][0] == "classroom_visit_fortnightly"


def random_class(rng: random.Random, n: int) -> tuple[list[ActivityFact], list[SubmissionFact]]:
    kinds = ["classroom_visit", "dorm_visit", "class_meeting", "theme_meeting", "parent_contact"]
    kinds += ["student_talk", "student_activity", "seminar", "other", "cadre_meeting"]
    activities = [
        ActivityFact(
            rng.choice(kinds),
            AUTUMN.start + timedelta(days=rng.randrange(-10, AUTUMN.days + 10)),
            rng.randint(1, 4),
            rng.choice([None, None, 1.0, 0.5]),
        )
        for _ in range(n)
    ]
    forms = [submitted("monthly_form", m) for m in ("2026-09", "2026-10") if rng.random() < 0.7]
    return activities, forms


def test_evaluate_many_agrees_with_evaluate(policy: Policy, calendar: SemesterCalendar) -> None:
    rng = random.Random(7)
    facts = {f"class-{i}": random_class(rng, 60) for i in range(20)}
    for moment in (at(2026, 9, 3), at(2026, 11, 23), at(2027, 1, 20), at(2027, 3, 15)):
        many = evaluate_many(policy, calendar, facts, moment)
        assert set(many) == set(facts)
        for key, (activities, submissions) in facts.items():
            assert many[key] == evaluate(policy, calendar, activities, submissions, moment)


def test_activities_given_as_one_table_judge_like_each_classs_own(
    policy: Policy, calendar: SemesterCalendar
) -> None:
    """judge_many's `activities` table (rows led by their class, in any order, as read in
    bulk) gives the verdicts of the same activities given class by class, advisor pooling
    included; rows of a class not asked about are ignored."""
    rng = random.Random(3)
    facts = {i: random_class(rng, 60) for i in range(12)}
    advisor = {i: i // 3 for i in facts}  # three classes an advisor: hours pooled
    one_by_one = [ClassFacts(i, acts, docs, advisor[i]) for i, (acts, docs) in facts.items()]
    table = [
        (i, kind, day.toordinal(), count, hours)
        for i, (acts, _docs) in facts.items()
        for kind, day, count, hours in acts
    ]
    table += [(99, "dorm_visit", AUTUMN.start.toordinal(), 1, None)]  # not a class judged here
    rng.shuffle(table)
    bare = [ClassFacts(i, (), docs, advisor[i]) for i, (_acts, docs) in facts.items()]
    for moment in (at(2026, 9, 3), at(2026, 11, 23), at(2027, 1, 20)):
        expected = dict(judge_many(policy, calendar, one_by_one, moment))
        found = dict(judge_many(policy, calendar, bare, moment, activities=table))
        assert found == expected
    assert any(s.done for r in found.values() for s in r.periods)  # work was counted


def test_current_evaluation_agrees_with_history(policy: Policy, calendar: SemesterCalendar) -> None:
    """The fast current-period pass and the full history pass count the same things."""
    rng = random.Random(11)
    for _ in range(20):
        activities, submissions = random_class(rng, 80)
        moment = at(2026, 9, 1) + timedelta(days=rng.randrange(0, 150))
        report = evaluate(policy, calendar, activities, submissions, moment)
        past = {
            (s.rule, s.period): s
            for s in evaluate_history(policy, calendar, activities, submissions, moment)
        }
        for current in report.rules:
            assert past[(current.rule, current.period)] == current


def test_a_thousand_classes_are_each_judged(policy: Policy, calendar: SemesterCalendar) -> None:
    # Speed is measured in bench/compliance.py, never asserted here.
    rng = random.Random(3)
    facts = {i: random_class(rng, 150) for i in range(1000)}
    reports = evaluate_many(policy, calendar, facts, at(2026, 12, 10))
    assert len(reports) == 1000
    assert all(len(r.rules) == len(policy.rules) for r in reports.values())
