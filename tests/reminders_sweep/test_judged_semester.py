"""A whole autumn semester on a real database (SQLite and PostgreSQL), judged by the one judge:
a diligent advisor with two classes, a lazy one, one who hands documents in late."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from reminders.jobs.status import (
    ClassCompliance,
    class_compliance,
    class_form_totals,
    load_calendar,
)
from reminders.judge import final_moment
from reminders.policy import Policy, load_policy
from storage.activities import Source, record
from storage.directory import add_semester, find_class
from storage.forms import save_plan, submit_month_form
from storage.models import Person, SchoolClass
from storage.roster import import_roster, parse_roster
from tests.documents.helpers import Parsed

TZ = ZoneInfo("Asia/Shanghai")
ROSTER = """class,cohort,major,advisor,advisor_telegram,counselor,counselor_telegram
勤奋2023-1班,2023,数学,勤老师,2001,李辅导员,
勤奋2023-2班,2023,数学,勤老师,2001,李辅导员,
懒散2024-1班,2024,数学,懒老师,2002,李辅导员,
迟交2025-1班,2025,数学,迟老师,2003,李辅导员,
"""
MONTHS = ("2026-09", "2026-10", "2026-11", "2026-12", "2027-01")


def local(y: int, m: int, d: int, h: int = 10) -> datetime:
    return datetime(y, m, d, h, tzinfo=TZ)


class Semester:
    def __init__(self, session: Session, policy: Policy) -> None:
        self.session = session
        self.policy = policy
        import_roster(session, parse_roster(ROSTER), local(2026, 9, 1))
        self.autumn = add_semester(session, "2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))
        session.commit()
        self.people = {p.name: p for p in session.scalars(select(Person))}
        self.message = 0

    def cls(self, name: str) -> SchoolClass:
        return find_class(self.session, name)

    def log(self, advisor: str, class_name: str, *items: Parsed) -> None:
        self.message += 1
        record(
            self.session.connection(),
            self.people[advisor],
            self.cls(class_name),
            Source(None, self.message, "sim", "cli"),
            items,
            local(2026, 9, 1),
        )
        self.session.commit()

    def diligent_work(self, advisor: str, class_name: str) -> None:
        day = date(2026, 9, 8)
        while day <= date(2027, 1, 15):  # a classroom visit every week
            self.log(advisor, class_name, Parsed("classroom_visit", day))
            day += timedelta(days=7)
        for month in (9, 10, 11, 12, 1):
            year = 2027 if month == 1 else 2026
            self.log(advisor, class_name, Parsed("dorm_visit", date(year, month, 10)))
            self.log(advisor, class_name, Parsed("class_meeting", date(year, month, 12)))
        self.log(advisor, class_name, Parsed("theme_meeting", date(2026, 10, 20)))
        self.log(advisor, class_name, Parsed("theme_meeting", date(2026, 12, 15)))
        self.log(advisor, class_name, Parsed("parent_contact", date(2026, 11, 5), count=5))

    def documents(self, advisor: str, class_name: str, *, late: bool) -> None:
        klass, person = self.cls(class_name), self.people[advisor]
        plan_at = local(2026, 9, 20) if late else local(2026, 9, 4)
        save_plan(self.session, klass, person, self.autumn, "本学期计划", plan_at)
        for month in MONTHS:
            year, number = int(month[:4]), int(month[5:])
            following = date(year + (number == 12), number % 12 + 1, 1)
            day = following + timedelta(days=8 if late else 1)
            if month == "2027-01" and not late:
                day = date(2027, 1, 18)  # the semester ended on the 17th; due on the 22nd
            moment = local(day.year, day.month, day.day)
            submit_month_form(
                self.session, klass, person, month, None, moment, TZ, policy=self.policy
            )
        self.session.commit()


@pytest.fixture
def judged(session: Session) -> tuple[Semester, dict[str, ClassCompliance]]:
    policy = load_policy(None)
    sim = Semester(session, policy)
    sim.diligent_work("勤老师", "勤奋2023-1班")
    sim.documents("勤老师", "勤奋2023-1班", late=False)
    # The second class has only seminars: 8 hours of its own, far from 30 alone.
    for day in (5, 12, 19, 26):
        sim.log("勤老师", "勤奋2023-2班", Parsed("seminar", date(2026, 10, day), hours=2))
    sim.diligent_work("迟老师", "迟交2025-1班")
    sim.documents("迟老师", "迟交2025-1班", late=True)
    calendar = load_calendar(session, policy)
    [autumn] = calendar.semesters
    # Later than the final moment (23 January), so the late January form is in too.
    assert final_moment(policy, calendar, autumn, TZ) < local(2027, 2, 10)
    results = class_compliance(session, policy, local(2027, 2, 10))
    return sim, {r.row.name: r for r in results}


def test_after_the_end_nothing_is_left_open(
    judged: tuple[Semester, dict[str, ClassCompliance]],
) -> None:
    _, results = judged
    assert len(results) == 4
    for result in results.values():
        states = {s.state for s in result.report.periods}
        assert states <= {"met", "missed"}, result.row.name
        assert all(s.final for s in result.report.periods)
        assert result.report.history == result.report.periods
        months = [s.period for s in result.report.history if s.rule == "monthly_form"]
        assert months == list(MONTHS)  # January's form is judged too


def test_the_diligent_class_met_everything_on_time(
    judged: tuple[Semester, dict[str, ClassCompliance]],
) -> None:
    _, results = judged
    diligent = results["勤奋2023-1班"].report
    assert {s.state for s in diligent.history} == {"met"}
    assert not any(s.late for s in diligent.history)


def test_the_lazy_class_missed_every_period(
    judged: tuple[Semester, dict[str, ClassCompliance]],
) -> None:
    _, results = judged
    lazy = results["懒散2024-1班"].report
    assert {s.state for s in lazy.history} == {"missed"}
    json_history = results["懒散2024-1班"].to_json()["history"]
    assert len(json_history) == len(lazy.history) > 20  # type: ignore[arg-type]


def test_late_documents_are_met_and_marked_late(
    judged: tuple[Semester, dict[str, ClassCompliance]],
) -> None:
    _, results = judged
    late = results["迟交2025-1班"].report
    documents = [s for s in late.history if s.rule in ("monthly_form", "semester_plan")]
    assert len(documents) == 6
    assert all(s.state == "met" and s.late for s in documents), documents
    work = [s for s in late.history if s.rule not in ("monthly_form", "semester_plan")]
    assert all(s.state == "met" and not s.late for s in work)


def test_an_advisors_two_classes_count_hours_once(
    judged: tuple[Semester, dict[str, ClassCompliance]],
) -> None:
    _, results = judged
    first = results["勤奋2023-1班"].report.rule("hours_semester")
    second = results["勤奋2023-2班"].report.rule("hours_semester")
    assert first is not None and second is not None
    assert first.done == second.done >= 30
    assert second.state == "met"
    # Its own per-class rules are still its own: no dorm visit borrowed from the first class.
    second_dorm = [
        s for s in results["勤奋2023-2班"].report.history if s.rule == "dorm_visit_monthly"
    ]
    assert {s.state for s in second_dorm} == {"missed"}


def test_judged_in_september_the_late_plan_does_not_count_yet(
    session: Session, judged: tuple[Semester, dict[str, ClassCompliance]]
) -> None:
    sim, _ = judged
    ids = [sim.cls("迟交2025-1班").id]
    [early] = class_compliance(session, sim.policy, local(2026, 9, 10), ids)
    plan = early.report.rule("semester_plan")
    assert plan is not None and plan.state == "missed"
    [later] = class_compliance(session, sim.policy, local(2026, 9, 21), ids)
    [plan_verdict] = [s for s in later.report.history if s.rule == "semester_plan"]
    assert (plan_verdict.state, plan_verdict.late) == ("met", True)


def test_one_class_asked_for_is_judged_with_its_advisors_other_class(
    session: Session, judged: tuple[Semester, dict[str, ClassCompliance]]
) -> None:
    sim, results = judged
    pooled = results["勤奋2023-1班"].report.rule("hours_semester")
    [alone] = class_compliance(
        session, sim.policy, local(2027, 2, 10), [sim.cls("勤奋2023-2班").id]
    )
    assert alone.row.name == "勤奋2023-2班"
    hours = alone.report.rule("hours_semester")
    assert pooled is not None and hours is not None and hours.done == pooled.done
    totals = class_form_totals(
        session, sim.policy, sim.cls("勤奋2023-1班").id, "2026-11", local(2026, 12, 3)
    )
    assert totals.semester == "2026-2027-1"
    assert totals.parent_contacts_semester == 5  # five parents on 5 November
    assert 0 < totals.hours_semester < pooled.done  # by 3 December, not the whole semester
    assert {s.rule for s in totals.verdicts} >= {"dorm_visit_monthly", "monthly_form"}
    assert all(s.period == "2026-11" for s in totals.verdicts)
