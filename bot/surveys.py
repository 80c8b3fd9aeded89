"""Use cases behind `/survey` and a student's answers (no telegram here; the handlers in
`bot/handlers/survey.py` turn the results into replies).

Each returns a value whose `refusal` is a catalogue key of `survey.toml` when the request
is refused; a refusal stores nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.i18n import t
from reminders.duties import advisor_title_key, year_of_study
from reminders.surveys import Question, SurveySettings
from storage import directory, surveys
from storage.errors import Ambiguous, InputError, NotFound
from storage.models import Person, SchoolClass, Survey

_DATE = re.compile(r"^(?:(\d{4})[-/.])?(\d{1,2})[-/.](\d{1,2})$")
_YEARLESS_AHEAD_DAYS = 183
UNTIL_WORDS = frozenset({"until", "till", "to", "至", "截至", "截止", "到"})


def parse_until(text: str, today: date) -> date | None:
    """ "2026-12-20", "12-20" or "12/20" (the next such day): the survey's last day."""
    match = _DATE.match(text.strip())
    if match is None:
        return None
    year = int(match.group(1)) if match.group(1) else today.year
    try:
        day = date(year, int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    if match.group(1) is None and day < today:
        # "01-10" in December is next January; "12-05" on 6 December is a slip, refused as
        # past rather than opening a survey for a year.
        following = _next_year(day)
        if following is not None and (following - today).days <= _YEARLESS_AHEAD_DAYS:
            day = following
    return day


def _next_year(day: date) -> date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return None


@dataclass(frozen=True, slots=True)
class SurveyCommand:
    """What `/survey …` asked: open or show a class's survey, or its results."""

    class_name: str
    results_only: bool = False
    until: date | None = None
    close: bool = False  # close the open survey now (its results then count)


def parse_command(args: list[str], today: date) -> SurveyCommand | None:
    """`CLASS [until DATE]`, `results CLASS` or `close CLASS`; None when it is none of them."""
    if not args:
        return None
    if args[0].lower() in ("results", "result", "结果"):
        return SurveyCommand(" ".join(args[1:]), results_only=True) if len(args) >= 2 else None
    if args[0].lower() in ("close", "结束"):
        return SurveyCommand(" ".join(args[1:]), close=True) if len(args) >= 2 else None
    if len(args) == 1:
        return SurveyCommand(args[0])
    if len(args) == 3 and args[1].lower() in UNTIL_WORDS:
        until = parse_until(args[2], today)
        return SurveyCommand(args[0], until=until) if until is not None else None
    if len(args) == 2:  # "数学2023-1 12-20": the word "until" left out
        until = parse_until(args[1], today)
        return SurveyCommand(args[0], until=until) if until is not None else None
    return None


@dataclass(frozen=True, slots=True)
class SurveyView:
    """A survey with what counselors see about it."""

    class_name: str
    token: str
    closes_at: datetime
    is_open: bool
    created: bool
    results: surveys.SurveyResults
    questions: tuple[Question, ...]
    title_key: str


@dataclass(frozen=True, slots=True)
class SurveyAnswer:
    view: SurveyView | None = None
    refusal: str | None = None
    detail: str = ""


def run_command(
    session: Session,
    person: Person,
    command: SurveyCommand,
    settings: SurveySettings,
    now: datetime,
    tz: ZoneInfo,
) -> SurveyAnswer:
    """Open a survey for the class (or show the open one), or show the latest's results."""
    try:
        school_class = directory.find_class(session, command.class_name)
    except NotFound:
        return SurveyAnswer(refusal="unknown_class", detail=command.class_name)
    except Ambiguous as exc:
        return SurveyAnswer(refusal="ambiguous_class", detail=str(exc))
    if not surveys.can_run_survey(person, school_class):
        return SurveyAnswer(refusal="not_allowed", detail=school_class.name)
    latest = surveys.latest_survey(session, school_class.id)
    created = False
    if command.close:
        if latest is None or not surveys.is_open(latest, now):
            return SurveyAnswer(refusal="none_open", detail=school_class.name)
        surveys.close_survey(latest, now)
    elif command.results_only:
        if latest is None:
            return SurveyAnswer(refusal="none_yet", detail=school_class.name)
    elif latest is None or not surveys.is_open(latest, now):
        today = now.astimezone(tz).date()
        until = command.until or today + timedelta(days=settings.open_days - 1)
        if until < today:
            return SurveyAnswer(refusal="until_past", detail=until.isoformat())
        latest = surveys.open_survey(
            session,
            school_class,
            person,
            settings.questions,
            surveys.closing_moment(until, tz),
            now,
        )
        created = True
    return SurveyAnswer(view=_view(session, school_class, latest, settings, now, tz, created))


def _view(
    session: Session,
    school_class: SchoolClass,
    survey: Survey,
    settings: SurveySettings,
    now: datetime,
    tz: ZoneInfo,
    created: bool,
) -> SurveyView:
    return SurveyView(
        class_name=school_class.name,
        token=survey.token,
        closes_at=survey.closes_at.astimezone(tz),
        is_open=surveys.is_open(survey, now),
        created=created,
        results=surveys.survey_results(session, survey, settings.min_answers),
        questions=surveys.questions_of(survey),
        title_key=class_title_key(school_class, now.astimezone(tz).date()),
    )


def class_title_key(school_class: SchoolClass, on: date) -> str:
    """班主任 or 班导师 for the class on a day (its year of study)."""
    return advisor_title_key(year_of_study(school_class.cohort, on))


# A student answering ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Questionnaire:
    """An open survey as a student sees it."""

    survey_id: int
    class_name: str
    title_key: str
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class StudentStep:
    questionnaire: Questionnaire | None = None
    refusal: str | None = None
    replaced: bool = False


def start_answering(
    session: Session, token: str, registered: bool, now: datetime, tz: ZoneInfo
) -> StudentStep:
    """A student opened the link: the questions, or why not."""
    if registered:
        return StudentStep(refusal="staff_cannot_answer")
    survey = surveys.survey_by_token(session, token)
    if survey is None:
        return StudentStep(refusal="unknown_link")
    if not surveys.is_open(survey, now):
        return StudentStep(refusal="closed")
    return StudentStep(questionnaire=_questionnaire(session, survey, now, tz))


def _questionnaire(session: Session, survey: Survey, now: datetime, tz: ZoneInfo) -> Questionnaire:
    school_class = session.get(SchoolClass, survey.class_id)
    assert school_class is not None  # a survey's class is a foreign key
    return Questionnaire(
        survey_id=survey.id,
        class_name=school_class.name,
        title_key=class_title_key(school_class, now.astimezone(tz).date()),
        questions=surveys.questions_of(survey),
    )


def press(
    session: Session,
    survey_id: int,
    scores: list[int],
    key: bytes,
    telegram_id: int,
    now: datetime,
    tz: ZoneInfo,
) -> StudentStep:
    """A score button: the next question, or (after the last) the answer stored."""
    survey = session.get(Survey, survey_id)
    if survey is None:
        return StudentStep(refusal="unknown_link")
    if not surveys.is_open(survey, now):
        return StudentStep(refusal="closed")
    questionnaire = _questionnaire(session, survey, now, tz)
    if len(scores) > len(questionnaire.questions) or any(s not in range(1, 6) for s in scores):
        return StudentStep(refusal="out_of_range")
    if len(scores) < len(questionnaire.questions):
        return StudentStep(questionnaire=questionnaire)
    respondent = surveys.respondent_key(key, survey.id, telegram_id)
    try:
        replaced = surveys.save_answer(session, survey, respondent, scores, now)
    except InputError as exc:
        return StudentStep(refusal="closed" if str(exc) == "survey_closed" else "out_of_range")
    return StudentStep(questionnaire=questionnaire, replaced=replaced)


def comment(
    session: Session, key: bytes, telegram_id: int, text: str | None, now: datetime
) -> bool:
    """The student's comment (None: skipped) for their answer waiting for one; False if none."""
    answer = surveys.pending_comment(session, key, telegram_id, now)
    if answer is None:
        return False
    surveys.finish_comment(answer, text)
    return True


# The assessment's students' column -------------------------------------------------------


def assessment_opinions(
    session: Session, year: str, at: datetime, tz: ZoneInfo, lang: str, min_answers: int
) -> dict[int, str]:
    """Advisor person id → the students' opinions cell of the year's assessment: per class,
    its closed surveys' overall average and count ("数学2023-1班 4.20（12 人）"), or that too
    few answered; advisors with no closed survey are left out. For the judge's
    `write_assessment_workbook(..., opinions=...)`; InputError for a year like "2026".
    """
    surveys.academic_year_bounds(year)  # refuse a bad year before reading anything
    cells: dict[int, list[str]] = {}
    classes = session.scalars(
        select(SchoolClass)
        .where(SchoolClass.advisor_id.is_not(None))
        # Only classes that ever had a survey: one summary query per such class, not per class.
        .where(SchoolClass.id.in_(select(Survey.class_id)))
        .order_by(SchoolClass.name)
    )
    for school_class in classes:
        summary = surveys.survey_summary(
            session, school_class.id, year, at=at, tz=tz, min_answers=min_answers
        )
        if summary.surveys == 0:
            continue
        if summary.shown and summary.overall is not None:
            text = t(
                lang,
                "survey.assessment_cell",
                class_name=school_class.name,
                overall=f"{summary.overall:.2f}",
                count=summary.answers,
            )
        else:
            text = t(
                lang,
                "survey.assessment_too_few",
                class_name=school_class.name,
                count=summary.answers,
                min=min_answers,
            )
        assert school_class.advisor_id is not None
        cells.setdefault(school_class.advisor_id, []).append(text)
    return {advisor: t(lang, "survey.assessment_separator").join(v) for advisor, v in cells.items()}
