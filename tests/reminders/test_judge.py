"""The one judge: the whole semester at a moment, documents by when they were handed in,
final verdicts after the end, advisor-scoped rules, holidays and rules written as data."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from reminders.compliance import ActivityFact, SubmissionFact
from reminders.judge import ClassFacts, JudgeError, final_moment, judge, judge_classes
from reminders.policy import Policy, PolicyError, policy_from_overrides
from reminders.semester_calendar import Semester, SemesterCalendar
from tests.reminders.factories import AUTUMN, COLLEGE_ZONE, act, at, submitted

ALL_KINDS = [
    "classroom_visit",
    "dorm_visit",
    "class_meeting",
    "theme_meeting",
    "cadre_meeting",
    "parent_contact",
    "student_talk",
    "student_activity",
    "seminar",
    "other",
]


def periods_of(report_periods: tuple, rule: str) -> dict:  # type: ignore[type-arg]
    return {s.period: s for s in report_periods if s.rule == rule}


class TestTimeTravel:
    def test_a_plan_handed_in_in_december_does_not_count_in_september(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        plan = [submitted("semester_plan", "2026-2027-1", at(2026, 12, 6))]
        september = judge(policy, calendar, [], plan, at(2026, 9, 6))
        assert september.rule("semester_plan").state != "met"  # type: ignore[union-attr]
        december = judge(policy, calendar, [], plan, at(2026, 12, 7))
        (plan_verdict,) = [s for s in december.history if s.rule == "semester_plan"]
        assert (plan_verdict.state, plan_verdict.late) == ("met", True)

    def test_a_form_handed_in_in_december_does_not_count_in_october(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        form = [submitted("monthly_form", "2026-09", at(2026, 12, 6))]
        october = judge(policy, calendar, [], form, at(2026, 10, 12))
        september = periods_of(october.periods, "monthly_form")["2026-09"]
        assert (september.state, september.final) == ("missed", True)
        later = judge(policy, calendar, [], form, at(2026, 12, 7))
        september = periods_of(later.periods, "monthly_form")["2026-09"]
        assert (september.state, september.late) == ("met", True)

    def test_work_dated_after_the_moment_is_not_done_yet(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        ahead = [act("dorm_visit", 2026, 12, 30)]
        report = judge(policy, calendar, ahead, [], at(2026, 12, 28))
        assert report.rule("dorm_visit_monthly").done == 0  # type: ignore[union-attr]
        report = judge(policy, calendar, ahead, [], at(2026, 12, 30))
        assert report.rule("dorm_visit_monthly").state == "met"  # type: ignore[union-attr]

    def test_an_on_time_form_is_not_late_and_a_returned_one_does_not_count(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        on_time = [submitted("monthly_form", "2026-11", at(2026, 12, 2))]
        report = judge(policy, calendar, [], on_time, at(2026, 12, 20))
        november = periods_of(report.history, "monthly_form")["2026-11"]
        assert (november.state, november.late) == ("met", False)
        returned = [SubmissionFact("monthly_form", "2026-11", at(2026, 12, 2), "returned")]
        report = judge(policy, calendar, [], returned, at(2026, 12, 20))
        assert periods_of(report.history, "monthly_form")["2026-11"].state == "missed"


class TestWholeSemester:
    def test_a_missed_month_stays_missed_in_the_history(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        report = judge(policy, calendar, [act("dorm_visit", 2026, 10, 9)], [], at(2026, 12, 1))
        dorm = periods_of(report.history, "dorm_visit_monthly")
        assert {k: v.state for k, v in dorm.items()} == {
            "2026-09": "missed",
            "2026-10": "met",
            "2026-11": "missed",
        }
        assert all(s.final and s.state in ("met", "missed") for s in report.history)
        # The current period is not in the history: it is still open.
        assert report.rule("dorm_visit_monthly").period == "2026-12"  # type: ignore[union-attr]
        assert "2026-12" not in dorm

    def test_history_json_has_the_contract_keys(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        report = judge(policy, calendar, [], [], at(2026, 10, 20))
        payload = report.to_json()
        assert payload["history"]
        for entry in payload["history"]:
            assert set(entry) == {
                "rule",
                "period",
                "done",
                "required",
                "due",
                "state",
                "late",
            }
            assert entry["state"] in ("met", "missed")

    def test_after_the_end_every_period_is_final_and_january_form_is_judged(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        moment = final_moment(policy, calendar, AUTUMN, COLLEGE_ZONE)
        assert moment.date() == date(2027, 1, 23)  # January's form is due on 22 January
        report = judge(policy, calendar, [], [], moment, semester=AUTUMN)
        assert report.periods and all(s.final for s in report.periods)
        january = periods_of(report.periods, "monthly_form")["2027-01"]
        assert january.state == "missed"
        assert not [s for s in report.periods if s.state in ("behind", "on_track")]

    def test_between_semesters_the_one_just_ended_is_judged(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        report = judge(policy, calendar, [], [], at(2027, 2, 1))
        assert report.semester == AUTUMN
        assert {s.state for s in report.history} == {"missed"}

    def test_a_naive_moment_is_refused(self, policy: Policy, calendar: SemesterCalendar) -> None:
        with pytest.raises(JudgeError):
            judge(policy, calendar, [], [], datetime(2026, 11, 1))  # noqa: DTZ001


class TestAdvisorScope:
    def test_two_classes_hours_count_once_toward_thirty(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        fifteen = [ActivityFact("seminar", date(2026, 10, d), 1, 2.5) for d in range(1, 7)]
        classes = [
            ClassFacts("a", fifteen, [], advisor=7),
            ClassFacts("b", fifteen, [], advisor=7),
            ClassFacts("c", fifteen, [], advisor=8),
        ]
        judged = judge_classes(policy, calendar, classes, at(2026, 12, 1))
        hours = {key: r.rule("hours_semester") for key, r in judged.items()}
        assert hours["a"].done == hours["b"].done == 30  # type: ignore[union-attr]
        assert hours["a"].state == "met"  # type: ignore[union-attr]
        assert hours["c"].done == 15  # type: ignore[union-attr]
        # Per-class rules stay per class: no dorm visit is borrowed from the other class.
        visit = [act("dorm_visit", 2026, 11, 3)]
        judged = judge_classes(
            policy,
            calendar,
            [ClassFacts("a", visit, [], 7), ClassFacts("b", [], [], 7)],
            at(2026, 11, 20),
        )
        assert judged["a"].rule("dorm_visit_monthly").state == "met"  # type: ignore[union-attr]
        assert judged["b"].rule("dorm_visit_monthly").done == 0  # type: ignore[union-attr]


class TestHolidays:
    def test_national_day_2026_moves_the_due_dates_to_8_october(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        report = judge(policy, calendar, [], [], at(2026, 10, 6))
        form = periods_of(report.periods, "monthly_form")["2026-09"]
        # Due 5 October (September 30 + 5 days), in the holiday: 8 October.
        assert form.due == date(2026, 10, 8)
        assert form.state == "behind" and not form.final
        visits = periods_of(report.periods, "classroom_visit_fortnightly")
        # Weeks 3–4 end on Sunday 4 October, inside the holiday.
        assert visits["2026-2027-1:W03-04"].due == date(2026, 10, 8)
        holiday_visit = [act("classroom_visit", 2026, 10, 4)]
        after = judge(policy, calendar, holiday_visit, [], at(2026, 10, 9))
        window = periods_of(after.history, "classroom_visit_fortnightly")["2026-2027-1:W03-04"]
        assert (window.state, window.final) == ("met", True)

    def test_the_form_is_not_missed_during_the_holiday(
        self, policy: Policy, calendar: SemesterCalendar
    ) -> None:
        handed_in = [submitted("monthly_form", "2026-09", at(2026, 10, 8, 18))]
        report = judge(policy, calendar, [], handed_in, at(2026, 10, 9))
        form = periods_of(report.history, "monthly_form")["2026-09"]
        assert (form.state, form.late) == ("met", False)

    def test_spring_festival_2027_due_date_and_a_merged_week(self) -> None:
        # A college whose spring term starts in late January (2027 has no chinese-calendar
        # data: the `holidays` package answers).
        winter = Semester("2026-2027-2", date(2027, 1, 25), date(2027, 6, 27))
        policy = policy_from_overrides({"rules": {"hours_weekly": {"enabled": True}}})
        calendar = SemesterCalendar.from_policy(policy, [winter])
        report = judge(policy, calendar, [], [], at(2027, 2, 20), semester=winter)
        visits = periods_of(report.periods, "classroom_visit_fortnightly")
        # Weeks 1–2 end on Sunday 7 February, the Spring Festival's second day: due 11 Feb.
        assert visits["2026-2027-2:W01-02"].due == date(2027, 2, 11)
        weeks = periods_of(report.periods, "hours_weekly")
        # Week 3 (8–14 February) is three weekdays of the festival: it merges into week 4.
        assert "2026-2027-2:W03" not in weeks
        merged = weeks["2026-2027-2:W03-04"]
        assert (merged.period_start, merged.period_end) == (date(2027, 2, 8), date(2027, 2, 21))

    def test_the_moves_can_be_switched_off(self, calendar: SemesterCalendar) -> None:
        plain = policy_from_overrides(
            {"calendar": {"move_due_off_holidays": False, "holiday_merge_fraction": 1}}
        )
        plain_calendar = SemesterCalendar.from_policy(plain, [AUTUMN])
        report = judge(plain, plain_calendar, [], [], at(2026, 10, 6))
        assert periods_of(report.periods, "monthly_form")["2026-09"].due == date(2026, 10, 5)


class TestRulesAsData:
    def test_a_college_adds_a_rule_of_its_own(self) -> None:
        policy = policy_from_overrides(
            {
                "rules": {
                    "cadre_meeting_monthly": {
                        "kinds": ["cadre_meeting"],
                        "measure": "occurrences",
                        "required": 1,
                        "period": "month",
                        "scope": "class",
                    }
                }
            }
        )
        rule = policy.rule("cadre_meeting_monthly")
        assert (rule.measure, rule.period, rule.scope) == ("activities", "month", "class")
        calendar = SemesterCalendar.from_policy(policy, [AUTUMN])
        report = judge(policy, calendar, [act("cadre_meeting", 2026, 10, 12)], [], at(2026, 11, 2))
        october = periods_of(report.history, "cadre_meeting_monthly")["2026-10"]
        assert october.state == "met"
        assert periods_of(report.history, "cadre_meeting_monthly")["2026-09"].state == "missed"

    def test_the_weekly_hours_rule_is_off_by_default_and_can_be_switched_on(
        self, policy: Policy
    ) -> None:
        assert "hours_weekly" not in [r.id for r in policy.rules]
        weekly = policy_from_overrides({"rules": {"hours_weekly": {"enabled": True}}})
        rule = weekly.rule("hours_weekly")
        assert (rule.period, rule.required, rule.scope) == ("week", 2, "advisor")
        calendar = SemesterCalendar.from_policy(weekly, [AUTUMN])
        work = [ActivityFact("student_talk", date(2026, 9, 15), 4, None)]  # 4 × 0.5 h
        report = judge(weekly, calendar, work, [], at(2026, 9, 28))
        weeks = periods_of(report.history, "hours_weekly")
        assert weeks["2026-2027-1:W02"].state == "met"
        assert weeks["2026-2027-1:W01"].state == "missed"

    def test_defaults_say_whose_rule(self, policy: Policy) -> None:
        scopes = {r.id: r.scope for r in policy.rules}
        assert scopes.pop("hours_semester") == "advisor"
        assert set(scopes.values()) == {"class"}

    @pytest.mark.parametrize(
        ("table", "named"),
        [
            ({"kinds": ["karaoke"], "measure": "activities", "required": 1, "period": "month"}, "karaoke"),
            ({"kinds": ["seminar"], "measure": "activities", "required": 1, "period": "daily"}, "daily"),
            ({"kinds": ["seminar"], "measure": "vibes", "required": 1, "period": "month"}, "vibes"),
            ({"kinds": ["seminar"], "measure": "hours", "required": 1, "period": "month", "scope": "dept"}, "dept"),
            ({"kinds": ["seminar"], "measure": "hours", "required": 1, "period": "month", "colour": 1}, "colour"),
        ],
    )  # fmt: skip
    def test_a_bad_rule_is_refused_naming_what_is_wrong(self, table: dict, named: str) -> None:  # type: ignore[type-arg]
        with pytest.raises(PolicyError, match=named):
            policy_from_overrides({"rules": {"my_rule": table}})

    def test_a_typo_in_a_rule_id_is_still_refused(self) -> None:
        with pytest.raises(PolicyError, match="dorm_visit_montly"):
            policy_from_overrides({"rules": {"dorm_visit_montly": {"required": 2}}})


def test_verdicts_do_not_change_once_final(policy: Policy, calendar: SemesterCalendar) -> None:
    """Judged later, a closed period keeps its verdict (unless a late document arrives)."""
    work = [act("dorm_visit", 2026, 9, 20), act("classroom_visit", 2026, 10, 13)]
    first = judge(policy, calendar, work, [], at(2026, 11, 1))
    later = judge(policy, calendar, work, [], at(2026, 12, 20))
    later_by_key = {(s.rule, s.period): s.state for s in later.history}
    for status in first.history:
        assert later_by_key[(status.rule, status.period)] == status.state
    assert timedelta(0) <= later.at - first.at
