"""The policy: defaults from the regulation, and a college's TOML file merged over them."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from reminders.policy import Policy, PolicyError, load_policy, policy_from_overrides
from reminders.semester_calendar import Semester, SemesterCalendar


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, "utf-8")
    return path


class TestDefaults:
    def test_rules_follow_the_regulation(self, policy: Policy) -> None:
        summary = {r.id: (sorted(r.kinds), r.measure, r.required, r.period) for r in policy.rules}
        assert summary == {
            "classroom_visit_fortnightly": (["classroom_visit"], "activities", 1, "fortnight"),
            "dorm_visit_monthly": (["dorm_visit"], "activities", 1, "month"),
            "class_meeting_monthly": (
                ["class_meeting", "theme_meeting"],
                "activities",
                1,
                "month",
            ),
            "theme_meeting_semester": (["theme_meeting"], "activities", 2, "semester"),
            "parent_contact_semester": (["parent_contact"], "people", 5, "semester"),
            "hours_semester": (sorted(policy.kinds), "hours", 30, "semester"),
            "semester_plan": ([], "submission", 1, "before_semester"),
            "monthly_form": ([], "submission", 1, "month"),
        }
        assert policy.rule("monthly_form").grace_days == 5
        assert policy.rule("monthly_form").submission == "monthly_form"
        assert policy.rule("semester_plan").submission == "semester_plan"

    def test_default_hours_and_which_are_per_person(self, policy: Policy) -> None:
        hours = {k.kind: k.hours for k in policy.kind_hours}
        assert hours == {
            "classroom_visit": 1.0,
            "dorm_visit": 1.0,
            "class_meeting": 1.0,
            "theme_meeting": 1.5,
            "cadre_meeting": 1.0,
            "parent_contact": 0.25,
            "student_talk": 0.5,
            "student_activity": 2.0,
            "seminar": 2.0,
            "other": 1.0,
        }
        assert {k.kind for k in policy.kind_hours if k.per_person} == {
            "parent_contact",
            "student_talk",
        }

    def test_windows_calendar_and_reminders(self, policy: Policy) -> None:
        assert policy.calendar.in_session_min_fraction == 0.5
        assert policy.calendar.fortnight_weeks == 2
        assert policy.calendar.plan_lead_days == 7
        behind = policy.behind
        assert (behind.month_last_days, behind.fortnight_last_days) == (7, 4)
        assert behind.semester_last_days == 14
        assert behind.semester_pace_after_fraction == pytest.approx(1 / 3)
        r = policy.reminders
        assert r.send_time == time(9, 30)
        assert (r.quiet_until, r.quiet_after) == (time(8, 0), time(21, 0))
        assert r.due_soon_lead_days("month") == 7
        assert r.due_soon_lead_days("fortnight") == 4
        assert r.due_soon_lead_days("semester") == 21
        assert r.semester_nudge_interval_days == 7
        assert (r.monthly_form_nudge_interval_days, r.monthly_form_nudge_max) == (3, 3)
        assert r.digest_weekday == 0  # Monday
        assert r.is_quiet(time(22, 0)) and r.is_quiet(time(7, 59))
        assert not r.is_quiet(time(9, 30))
        assert policy.semesters == ()

    def test_policy_is_hashable_for_caching(self, policy: Policy) -> None:
        assert hash(policy) == hash(load_policy(None))


class TestOverrides:
    def test_file_overrides_only_what_it_names(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            """
            [rules.parent_contact_semester]
            required = 8

            [default_hours.dorm_visit]
            hours = 1.5

            [behind]
            month_last_days = 3

            [reminders]
            send_time = "10:15"
            digest_weekday = "Friday"
            """,
        )
        policy = load_policy(path)
        parent = policy.rule("parent_contact_semester")
        assert parent.required == 8
        # Deep merge: the rule's other fields keep their defaults.
        assert (parent.kinds, parent.measure, parent.period) == (
            frozenset({"parent_contact"}),
            "people",
            "semester",
        )
        assert policy.hours_for("dorm_visit").hours == 1.5
        assert policy.hours_for("dorm_visit").per_person is False
        assert policy.hours_for("parent_contact").hours == 0.25
        assert policy.behind.month_last_days == 3
        assert policy.behind.fortnight_last_days == 4
        assert policy.reminders.send_time == time(10, 15)
        assert policy.reminders.digest_weekday == 4
        assert policy.reminders.quiet_after == time(21, 0)

    def test_kinds_list_replaces_the_default(self) -> None:
        policy = policy_from_overrides(
            {"rules": {"hours_semester": {"kinds": ["seminar", "other"]}}}
        )
        assert policy.rule("hours_semester").kinds == frozenset({"seminar", "other"})

    def test_a_rule_can_be_disabled(self) -> None:
        policy = policy_from_overrides({"rules": {"monthly_form": {"enabled": False}}})
        assert "monthly_form" not in [r.id for r in policy.rules]
        with pytest.raises(KeyError):
            policy.rule("monthly_form")

    def test_semesters_from_the_file(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            """
            [[semesters]]
            name = "2026-2027-2"
            start = 2027-02-22
            end = 2027-07-04

            [[semesters]]
            name = "2026-2027-1"
            start = 2026-09-07
            end = "2027-01-17"
            """,
        )
        policy = load_policy(path)
        assert [s.name for s in policy.semesters] == ["2026-2027-1", "2026-2027-2"]
        assert policy.semesters[0].end == date(2027, 1, 17)
        # Semesters given by the caller (the database) win over the file's of the same name.
        moved = Semester("2026-2027-2", date(2027, 3, 1), date(2027, 7, 4))
        calendar = SemesterCalendar.from_policy(policy, [moved])
        assert calendar.semester_at(date(2027, 2, 25)) is None
        assert calendar.semester_at(date(2027, 3, 1)) == moved
        assert calendar.semester_at(date(2026, 10, 1)) == policy.semesters[0]

    def test_calendar_settings_reach_the_calendar(self) -> None:
        policy = policy_from_overrides(
            {"calendar": {"in_session_min_fraction": 0.2, "fortnight_weeks": 1}}
        )
        spring = Semester("2026-2027-2", date(2027, 2, 22), date(2027, 7, 4))
        calendar = SemesterCalendar.from_policy(policy, [spring])
        assert calendar.periods(spring, "month")[0].key == "2027-02"
        assert calendar.periods(spring, "fortnight")[0].key == "2026-2027-2:W01"


class TestErrors:
    @pytest.mark.parametrize(
        ("text", "named"),
        [
            ("[rules.dorm_visit_weekly]\nrequired = 1\n", "rules.dorm_visit_weekly"),
            ("[rules.dorm_visit_monthly]\nrequird = 2\n", "rules.dorm_visit_monthly.requird"),
            ("[reminder]\nsend_time = 09:00:00\n", "reminder"),
            ("[calendar]\nfortnight_days = 14\n", "calendar.fortnight_days"),
            ("[default_hours.meeting]\nhours = 1\n", "default_hours.meeting"),
            ("[default_hours.dorm_visit]\nminutes = 60\n", "default_hours.dorm_visit.minutes"),
            ("[[semesters]]\nname = 'x'\nstart = 2026-09-01\nfinish = 2027-01-01\n", "finish"),
        ],
    )
    def test_unknown_keys_are_named(self, tmp_path: Path, text: str, named: str) -> None:
        path = write(tmp_path, text)
        with pytest.raises(PolicyError, match=named) as caught:
            load_policy(path)
        assert str(path) in str(caught.value)

    @pytest.mark.parametrize(
        ("overrides", "named"),
        [
            ({"rules": {"dorm_visit_monthly": {"required": "one"}}}, "required"),
            ({"rules": {"dorm_visit_monthly": {"required": 0}}}, "required"),
            ({"rules": {"dorm_visit_monthly": {"period": "weekly"}}}, "period"),
            ({"rules": {"dorm_visit_monthly": {"measure": "visits"}}}, "measure"),
            ({"rules": {"dorm_visit_monthly": {"kinds": ["dorm_vist"]}}}, "dorm_vist"),
            ({"rules": {"dorm_visit_monthly": {"kinds": []}}}, "kinds"),
            ({"rules": {"monthly_form": {"grace_days": -1}}}, "grace_days"),
            ({"rules": {"monthly_form": {"required": 2}}}, "required"),
            ({"behind": {"month_last_days": 2.5}}, "month_last_days"),
            ({"behind": {"semester_pace_after_fraction": 1.5}}, "semester_pace_after_fraction"),
            ({"calendar": {"fortnight_weeks": 0}}, "fortnight_weeks"),
            ({"calendar": {"in_session_min_fraction": 0}}, "in_session_min_fraction"),
            ({"default_hours": {"seminar": {"hours": -2}}}, "seminar.hours"),
            ({"default_hours": {"seminar": {"per_person": "yes"}}}, "per_person"),
            ({"reminders": {"send_time": "half past nine"}}, "send_time"),
            ({"reminders": {"send_time": "22:00"}}, "quiet hours"),
            ({"reminders": {"digest_weekday": "someday"}}, "digest_weekday"),
            ({"rules": "none"}, "rules"),
            (
                {
                    "semesters": [
                        {"name": "a", "start": date(2026, 9, 1), "end": date(2027, 1, 10)},
                        {"name": "b", "start": date(2027, 1, 1), "end": date(2027, 6, 1)},
                    ]
                },
                "overlap",
            ),
            (
                {"semesters": [{"name": "a", "start": date(2027, 1, 1), "end": date(2026, 9, 1)}]},
                "before start",
            ),
        ],
    )
    def test_bad_values(self, overrides: dict[str, object], named: str) -> None:
        with pytest.raises(PolicyError, match=named):
            policy_from_overrides(overrides)

    def test_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(PolicyError, match="not found"):
            load_policy(tmp_path / "nope.toml")

    def test_invalid_toml(self, tmp_path: Path) -> None:
        with pytest.raises(PolicyError, match="not valid TOML"):
            load_policy(write(tmp_path, "[rules\n"))
