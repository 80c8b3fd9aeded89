"""Each year's duties in use: what `/me` lists (covered or not yet this semester), the
message at the start of each semester, and the students' survey line of the advisor's page.

The start-of-semester message is its own daily job with a stable id; the reminder ledger
(rule `year_duties`, period the semester, stage `semester_start`) makes it go out exactly
once per advisor per semester, however often the job runs or the bot restarts.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from telegram.error import Forbidden, TelegramError

from bot import scheduling
from bot.context import BotApplication, BotContext, Services
from bot.i18n import normalise_language, t
from reminders.duties import DutyCoverage, advisor_title_key, duties_covered, year_of_study
from reminders.jobs.status import load_calendar
from reminders.policy import Policy
from reminders.semester_calendar import Semester
from storage import ledger
from storage.activities import duty_codes_by_class
from storage.db import unit_of_work
from storage.models import Person, ReminderLedger, SchoolClass
from storage.surveys import SurveySummary, survey_summary

log = logging.getLogger(__name__)
JOB_NAME = "year-duties"
LEDGER_RULE = "year_duties"
LEDGER_STAGE = "semester_start"
# The message goes out in the semester's first two weeks (not to an advisor who joins the
# bot in week 10: by then /me says the same).
START_WINDOW = timedelta(days=14)
MAX_ATTEMPTS = 3


@dataclass(frozen=True, slots=True)
class ClassDuties:
    """One class's year, its advisor's title and its duties covered this semester."""

    class_id: int
    class_name: str
    year: int
    title_key: str
    semester: str | None
    coverage: DutyCoverage


def class_duties(
    session: Session, classes: Sequence[SchoolClass], policy: Policy, today: date
) -> list[ClassDuties]:
    """The duties of each class's year, covered or not yet in the semester that matters today
    (from its first day to today; between semesters, the one that just ended)."""
    semester = load_calendar(session, policy).current_or_relevant(today)
    first, last = _span(semester, today)
    codes = duty_codes_by_class(session, [c.id for c in classes], first, last)
    result = []
    for school_class in classes:
        year = year_of_study(school_class.cohort, today)
        coverage = duties_covered([_Codes(tuple(codes[school_class.id]))], year)
        result.append(
            ClassDuties(
                school_class.id,
                school_class.name,
                year,
                advisor_title_key(year),
                semester.name if semester else None,
                coverage,
            )
        )
    return result


@dataclass(frozen=True, slots=True)
class _Codes:
    duties: tuple[str, ...]


def _span(semester: Semester | None, today: date) -> tuple[date, date]:
    if semester is None:  # no semester known: the academic year so far
        start_year = today.year if today.month >= 9 else today.year - 1
        return date(start_year, 9, 1), today
    if today < semester.start:  # the next one's plan window: nothing done in it yet
        return semester.start, semester.start - timedelta(days=1)
    return semester.start, min(today, semester.end)


def year_label(lang: str, year: int) -> str:
    key = f"year_duties.year_{year}" if 1 <= year <= 4 else "year_duties.year_n"
    return t(lang, key, year=year)


def duties_text(lang: str, item: ClassDuties) -> str:
    """/me's block: the year's duties, each marked covered or not yet this semester."""
    title = t(lang, f"duties.{item.title_key}")
    lines = [
        t(
            lang,
            "year_duties.me_title",
            class_name=item.class_name,
            year=year_label(lang, item.year),
            title=title,
            semester=item.semester or "-",
            summary=item.coverage.summary,
        )
    ]
    covered = {d.code for d in item.coverage.covered}
    for duty in (*item.coverage.covered, *item.coverage.not_yet):
        key = "year_duties.covered" if duty.code in covered else "year_duties.not_yet"
        lines.append(t(lang, key, duty=t(lang, f"duties.duty.{duty.code}")))
    return "\n".join(lines)


def survey_line(
    session: Session,
    lang: str,
    school_class: SchoolClass,
    now: datetime,
    tz: ZoneInfo,
    minimum: int,
) -> str | None:
    """The students' opinion of this academic year's closed surveys, for the advisor's page;
    None when none closed or too few answered to show."""
    today = now.astimezone(tz).date()
    start_year = today.year if today.month >= 9 else today.year - 1
    summary = survey_summary(
        session,
        school_class.id,
        f"{start_year}-{start_year + 1}",
        at=now,
        tz=tz,
        min_answers=minimum,
    )
    if not summary.shown or summary.overall is None:
        return None
    return t(
        lang,
        "year_duties.survey",
        class_name=school_class.name,
        overall=f"{summary.overall:.2f}",
        count=summary.answers,
    )


def advisor_page(
    session: Session, person: Person, policy: Policy, now: datetime, tz: ZoneInfo, lang: str
) -> list[str]:
    """/me's blocks beyond the rules: each class's duties, and its students' survey."""
    classes = list(
        session.scalars(
            select(SchoolClass)
            .where(SchoolClass.advisor_id == person.id)
            .order_by(SchoolClass.name)
        )
    )
    if not classes:
        return []
    today = now.astimezone(tz).date()
    minimum = policy.survey.min_answers if policy.survey is not None else 5
    blocks = []
    for item, school_class in zip(
        class_duties(session, classes, policy, today), classes, strict=True
    ):
        block = duties_text(lang, item)
        line = survey_line(session, lang, school_class, now, tz, minimum)
        blocks.append(f"{block}\n{line}" if line else block)
    return blocks


@dataclass(frozen=True, slots=True)
class ClassVoices:
    """What the advisor's page (chat or web dashboard) shows per class from this lane: the
    year's duties covered this semester and the students' survey of the academic year."""

    duties: ClassDuties
    survey: SurveySummary


def class_voices(
    session: Session, class_ids: Sequence[int], policy: Policy, now: datetime, tz: ZoneInfo
) -> dict[int, ClassVoices]:
    """Per class id: duties and survey summary, for the dashboard's advisor and class pages."""
    classes = list(
        session.scalars(
            select(SchoolClass).where(SchoolClass.id.in_(class_ids)).order_by(SchoolClass.name)
        )
    )
    today = now.astimezone(tz).date()
    start_year = today.year if today.month >= 9 else today.year - 1
    minimum = policy.survey.min_answers if policy.survey is not None else 5
    result = {}
    for item in class_duties(session, classes, policy, today):
        summary = survey_summary(
            session,
            item.class_id,
            f"{start_year}-{start_year + 1}",
            at=now,
            tz=tz,
            min_answers=minimum,
        )
        result[item.class_id] = ClassVoices(item, summary)
    return result


def semester_start_text(lang: str, semester: str, items: Sequence[ClassDuties]) -> str:
    """The start-of-semester message: each class's year and that year's duties."""
    lines = [t(lang, "year_duties.start_title", semester=semester)]
    for item in items:
        title = t(lang, f"duties.{item.title_key}")
        lines.append(
            t(
                lang,
                "year_duties.start_class",
                class_name=item.class_name,
                year=year_label(lang, item.year),
                title=title,
            )
        )
        lines += [
            t(lang, "year_duties.start_duty", duty=t(lang, f"duties.duty.{d.code}"))
            for d in (*item.coverage.covered, *item.coverage.not_yet)
        ]
    lines.append(t(lang, "year_duties.start_hint"))
    return "\n".join(lines)


# The start-of-semester job --------------------------------------------------------------

Send = Callable[[int, str], Awaitable[None]]


async def send_semester_duties(
    sessions: sessionmaker[Session], policy: Policy, now: datetime, send: Send
) -> int:
    """Tell every reachable advisor their classes' duties once in a semester's first two
    weeks; returns how many messages went out."""
    today = now.date()
    with unit_of_work(sessions) as session:
        semester = load_calendar(session, policy).current_or_relevant(today)
        if semester is None or not semester.start <= today < semester.start + START_WINDOW:
            return 0
        advisors = session.scalars(
            select(Person).where(Person.is_advisor.is_(True), Person.telegram_id.is_not(None))
        ).all()
        plans = []
        for advisor in advisors:
            classes = list(
                session.scalars(
                    select(SchoolClass)
                    .where(SchoolClass.advisor_id == advisor.id)
                    .order_by(SchoolClass.name)
                )
            )
            if not classes:
                continue
            lang = normalise_language(advisor.language)
            text = semester_start_text(
                lang, semester.name, class_duties(session, classes, policy, today)
            )
            claimed = ledger.claim_new(
                session,
                person_id=advisor.id,
                subject="",
                rule=LEDGER_RULE,
                period=semester.name,
                stage=LEDGER_STAGE,
                text=text,
                status=ledger.PENDING,
                now=now,
            )
            if claimed is None:
                claimed = _retry(session, advisor.id, semester.name, now)
            if claimed is not None:
                plans.append((claimed, advisor.id, advisor.telegram_id, text))
    sent = 0
    for ledger_id, person_id, telegram_id, text in plans:
        assert telegram_id is not None
        try:
            await send(telegram_id, text)
        except Forbidden as exc:
            with unit_of_work(sessions) as session:
                ledger.mark_unreachable(session, ledger_id, person_id, now, str(exc))
            continue
        except TelegramError as exc:
            log.warning("could not send the year's duties to person %s", person_id)
            with unit_of_work(sessions) as session:
                ledger.mark_failed(session, ledger_id, str(exc))
            continue
        with unit_of_work(sessions) as session:
            ledger.mark_sent(session, ledger_id, now)
        sent += 1
    return sent


def _retry(session: Session, person_id: int, semester: str, now: datetime) -> int | None:
    """The row of a message whose send failed a day or more ago, claimed for another try."""
    row = session.scalar(
        select(ReminderLedger).where(
            ReminderLedger.person_id == person_id,
            ReminderLedger.subject == "",
            ReminderLedger.rule == LEDGER_RULE,
            ReminderLedger.period == semester,
            ReminderLedger.stage == LEDGER_STAGE,
            ReminderLedger.status == ledger.PENDING,
        )
    )
    if row is None or row.attempts >= MAX_ATTEMPTS or row.sent_at is None:
        return None
    if row.sent_at > now - timedelta(days=1):
        return None  # tried today (or being tried right now)
    return row.id if ledger.claim_retry(session, row.id, row.attempts, now) else None


async def semester_duties_job(context: BotContext) -> None:
    """The daily job: its own units of work, the services' clock."""
    services: Services = context.bot_data
    assert services.sessions is not None and services.policy is not None

    async def send(chat_id: int, text: str) -> None:
        await context.bot.send_message(chat_id, text)

    sent = await send_semester_duties(services.sessions, services.policy, services.now(), send)
    if sent:
        log.info("start of semester: the year's duties sent to %d advisors", sent)


def schedule(application: BotApplication, policy: Policy, tz: ZoneInfo) -> None:
    """Daily at the policy's send time, replacing the job scheduled before (stable id)."""
    at = time(policy.reminders.send_time.hour, policy.reminders.send_time.minute, tzinfo=tz)
    scheduling.daily(application, semester_duties_job, name=JOB_NAME, at=at)
