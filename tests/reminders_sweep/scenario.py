"""A small college for the reminder tests: three advisors (diligent, no dorm visits, no
monthly forms) and one counselor, with the records each would keep over the autumn semester."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from itertools import count
from zoneinfo import ZoneInfo

from reminders.compliance import ActivityFact, SubmissionFact, evaluate_history
from reminders.decisions import (
    ClassHistory,
    LedgerEntry,
    Recipient,
    Reminder,
    due_reminders,
)
from reminders.holidays import is_rest_day
from reminders.policy import Policy
from reminders.semester_calendar import Semester, SemesterCalendar

TZ = ZoneInfo("Asia/Shanghai")
AUTUMN = Semester("2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))

COUNSELOR = Recipient(10, "李辅导员", 2010, "zh", False)
DILIGENT = Recipient(1, "张老师", 2001, "zh", False)
NO_DORM = Recipient(2, "王老师", 2002, "en", False)
NO_FORM = Recipient(3, "陈老师", 2003, "zh", False)
CLASS_OF = {DILIGENT.id: "甲班", NO_DORM.id: "乙班", NO_FORM.id: "丙班"}


def moment(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=TZ)


def records(
    calendar: SemesterCalendar, *, dorm: bool = True, forms: bool = True
) -> tuple[list[ActivityFact], list[SubmissionFact]]:
    """What a diligent advisor records; ``dorm``/``forms`` False leaves those out."""
    activities = [
        ActivityFact("theme_meeting", date(2026, 9, 8)),
        ActivityFact("theme_meeting", date(2026, 9, 15)),
        ActivityFact("parent_contact", date(2026, 9, 8), count=5),
        ActivityFact("student_activity", date(2026, 9, 8), hours=30),
    ]
    for period in calendar.periods(AUTUMN, "fortnight"):
        activities.append(ActivityFact("classroom_visit", period.start))
    submissions = [SubmissionFact("semester_plan", AUTUMN.name, moment(date(2026, 8, 30), time(9)))]
    for period in calendar.periods(AUTUMN, "month"):
        activities.append(ActivityFact("class_meeting", period.start))
        if dorm:
            activities.append(ActivityFact("dorm_visit", period.start))
        if forms:
            # Handed in first thing on the day after the month's last day in session.
            submitted = moment(period.end + timedelta(days=1), time(8))
            submissions.append(SubmissionFact("monthly_form", period.key, submitted))
    return activities, submissions


@dataclass
class Simulation:
    """Sweeps over an in-memory ledger: every reminder decided is recorded as sent."""

    policy: Policy
    calendar: SemesterCalendar
    advisors: tuple[Recipient, ...] = (DILIGENT, NO_DORM, NO_FORM)
    ledger: list[LedgerEntry] = field(default_factory=list)
    sent: list[tuple[datetime, Reminder]] = field(default_factory=list)
    _ids: count[int] = field(default_factory=lambda: count(1))

    def __post_init__(self) -> None:
        self.facts = {
            DILIGENT.id: records(self.calendar),
            NO_DORM.id: records(self.calendar, dorm=False),
            NO_FORM.id: records(self.calendar, forms=False),
        }

    def classes(self, now: datetime) -> list[ClassHistory]:
        today = now.date()
        result = []
        for advisor in self.advisors:
            activities, submissions = self.facts[advisor.id]
            history = evaluate_history(
                self.policy,
                self.calendar,
                [a for a in activities if a.date <= today],
                [s for s in submissions if s.submitted_at <= now],
                now,
            )
            result.append(
                ClassHistory(advisor.id, CLASS_OF[advisor.id], advisor, COUNSELOR, tuple(history))
            )
        return result

    def sweep(self, now: datetime) -> list[Reminder]:
        due = due_reminders(
            self.policy, self.calendar, self.classes(now), self.ledger, now, is_rest_day
        )
        for reminder in due:
            assert reminder.ledger_id is None, "nothing fails here, so nothing is retried"
            self.ledger.append(
                LedgerEntry(
                    id=next(self._ids),
                    person_id=reminder.person_id,
                    subject=reminder.subject,
                    rule=reminder.rule,
                    period=reminder.period,
                    stage=reminder.stage,
                    status="sent",
                    attempts=1,
                    created_at=now,
                    sent_at=now,
                )
            )
            self.sent.append((now, reminder))
        return due

    def snooze(self, reminder: Reminder, until: datetime) -> None:
        for i, entry in enumerate(self.ledger):
            if entry.key == reminder.key:
                self.ledger[i] = replace(entry, snoozed_until=until)
                return
        raise AssertionError(f"no ledger row for {reminder.key}")

    def to(self, person: Recipient, rule: str | None = None) -> list[tuple[datetime, Reminder]]:
        return [
            (at, r)
            for at, r in self.sent
            if r.person_id == person.id and (rule is None or r.rule == rule)
        ]
