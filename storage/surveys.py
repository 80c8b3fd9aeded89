"""Students' surveys of their advisor: opening one, answers kept only under a keyed hash,
results once enough students answered, and the summary the assessment reads.

A student is never stored: an answer's `respondent` is HMAC-SHA256(key, survey id and
Telegram id), so the same account answering again replaces its answer, while nobody holding
the database (without the key) can tell who answered, or link one student's answers across
surveys. No answer carries a time.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reminders.surveys import Question, averages, questions_from_json, valid_scores
from storage.errors import InputError
from storage.models import Person, SchoolClass, Survey, SurveyAnswer

# 16 URL-safe characters: a deep link's start parameter allows [A-Za-z0-9_-], up to 64.
_TOKEN_BYTES = 12
_ACADEMIC_YEAR_START_MONTH = 9


def respondent_key(key: bytes, survey_id: int, telegram_id: int) -> str:
    """The keyed hash that stands for one Telegram account in one survey (64 hex digits)."""
    message = f"survey:{survey_id}:user:{telegram_id}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def can_run_survey(person: Person, school_class: SchoolClass) -> bool:
    """An admin, or the class's own counselor."""
    return person.is_admin or (
        person.is_counselor
        and school_class.counselor_id is not None
        and school_class.counselor_id == person.id
    )


def is_open(survey: Survey, now: datetime) -> bool:
    return now < survey.closes_at


def closing_moment(until: date, tz: ZoneInfo) -> datetime:
    """A survey "until 12-20" takes answers through the end of that local day."""
    return datetime.combine(until + timedelta(days=1), time(0), tzinfo=tz)


def open_survey(
    session: Session,
    school_class: SchoolClass,
    opened_by: Person,
    questions: Sequence[Question],
    closes_at: datetime,
    now: datetime,
) -> Survey:
    """A new survey of the class, with the policy's questions as they are now."""
    if closes_at <= now:
        raise InputError("the survey would close before it opens")
    survey = Survey(
        token=secrets.token_urlsafe(_TOKEN_BYTES),
        class_id=school_class.id,
        opened_by=opened_by.id,
        opened_at=now,
        closes_at=closes_at,
        questions=[q.to_json() for q in questions],
    )
    session.add(survey)
    session.flush()
    return survey


def close_survey(survey: Survey, now: datetime) -> None:
    """Close an open survey now: no more answers; its results count from now on."""
    if is_open(survey, now):
        survey.closes_at = now


def latest_survey(session: Session, class_id: int) -> Survey | None:
    """The class's most recently opened survey, open or closed."""
    return session.scalar(
        select(Survey)
        .where(Survey.class_id == class_id)
        .order_by(Survey.opened_at.desc(), Survey.id.desc())
        .limit(1)
    )


def survey_by_token(session: Session, token: str) -> Survey | None:
    return session.scalar(select(Survey).where(Survey.token == token))


def questions_of(survey: Survey) -> tuple[Question, ...]:
    return questions_from_json(survey.questions)


def save_answer(
    session: Session, survey: Survey, respondent: str, scores: Sequence[int], now: datetime
) -> bool:
    """Store the scores (replacing this respondent's earlier answer); True when replaced.

    InputError, and nothing stored, for a closed survey or scores off the scale. The comment
    of a replaced answer goes too: the student is asked for one again.
    """
    if not is_open(survey, now):
        raise InputError("survey_closed")
    if not valid_scores(scores, len(survey.questions)):
        raise InputError("out_of_range")
    for _attempt in range(2):
        existing = session.scalar(
            select(SurveyAnswer).where(
                SurveyAnswer.survey_id == survey.id, SurveyAnswer.respondent == respondent
            )
        )
        if existing is not None:
            existing.scores = list(scores)
            existing.comment = None
            existing.comment_pending = True
            session.flush()
            return True
        try:
            with session.begin_nested():
                session.add(
                    SurveyAnswer(
                        survey_id=survey.id,
                        respondent=respondent,
                        scores=list(scores),
                        comment=None,
                        comment_pending=True,
                    )
                )
        except IntegrityError:
            continue  # the same student's other press won the race: replace that one
        return False
    raise InputError("busy")


def pending_comment(
    session: Session, key: bytes, telegram_id: int, now: datetime
) -> SurveyAnswer | None:
    """The answer of this account that waits for its comment, on a survey still open."""
    survey_ids = list(
        session.scalars(
            select(SurveyAnswer.survey_id)
            .join(Survey, Survey.id == SurveyAnswer.survey_id)
            .where(SurveyAnswer.comment_pending.is_(True), Survey.closes_at > now)
            .distinct()
        )
    )
    if not survey_ids:
        return None
    # One hash per open survey with a comment awaited; the (survey, respondent) key finds it.
    hashes = [respondent_key(key, survey_id, telegram_id) for survey_id in survey_ids]
    return session.scalar(
        select(SurveyAnswer)
        .where(
            SurveyAnswer.survey_id.in_(survey_ids),
            SurveyAnswer.respondent.in_(hashes),
            SurveyAnswer.comment_pending.is_(True),
        )
        .limit(1)
    )


def finish_comment(answer: SurveyAnswer, comment: str | None) -> None:
    """The comment (or None when skipped); the next message is no longer taken for one."""
    answer.comment = (comment or "").strip() or None
    answer.comment_pending = False


@dataclass(frozen=True, slots=True)
class SurveyResults:
    """What counselors and admins see: averages and comments only from `min_answers` on."""

    survey: Survey
    answers: int
    min_answers: int
    averages: tuple[float, ...] | None  # None below the minimum
    comments: tuple[str, ...]  # shuffled; empty below the minimum

    @property
    def shown(self) -> bool:
        return self.averages is not None


def survey_results(session: Session, survey: Survey, min_answers: int) -> SurveyResults:
    rows = session.execute(
        select(SurveyAnswer.scores, SurveyAnswer.comment).where(SurveyAnswer.survey_id == survey.id)
    ).all()
    if len(rows) < min_answers:
        return SurveyResults(survey, len(rows), min_answers, None, ())
    comments = [comment for _, comment in rows if comment]
    # Shuffled so that their order tells nothing about who answered when.
    random.SystemRandom().shuffle(comments)
    return SurveyResults(
        survey, len(rows), min_answers, averages([s for s, _ in rows]), tuple(comments)
    )


@dataclass(frozen=True, slots=True)
class SurveySummary:
    """A class's closed surveys of one academic year, for the assessment and the advisor."""

    class_id: int
    year: str  # "2026-2027"
    surveys: int
    answers: int
    averages: tuple[float, ...] | None  # per question; None below the minimum of answers
    overall: float | None  # the mean of the question averages

    @property
    def shown(self) -> bool:
        return self.averages is not None


def academic_year_bounds(year: str) -> tuple[date, date]:
    """ "2026-2027" → 1 September 2026 (inclusive) to 1 September 2027 (exclusive)."""
    parts = year.split("-")
    if len(parts) != 2 or not all(p.isdigit() and len(p) == 4 for p in parts):
        raise InputError(f"year {year!r} is not an academic year like 2026-2027")
    first, second = int(parts[0]), int(parts[1])
    if second != first + 1:
        raise InputError(f"year {year!r} is not an academic year like 2026-2027")
    return date(first, _ACADEMIC_YEAR_START_MONTH, 1), date(second, _ACADEMIC_YEAR_START_MONTH, 1)


def survey_summary(
    session: Session,
    class_id: int,
    year: str,
    *,
    at: datetime,
    tz: ZoneInfo,
    min_answers: int = 5,
) -> SurveySummary:
    """The averages and count of the class's surveys that closed in the academic year by `at`.

    Surveys still open do not count yet (their answers may change). Answers of several
    surveys in one year are pooled; averages are withheld below `min_answers` answers, as
    in chat.
    """
    first, end = academic_year_bounds(year)
    start_at = datetime.combine(first, time(0), tzinfo=tz)
    end_at = min(datetime.combine(end, time(0), tzinfo=tz), at)
    rows = session.execute(
        select(SurveyAnswer.survey_id, SurveyAnswer.scores)
        .join(Survey, Survey.id == SurveyAnswer.survey_id)
        .where(
            Survey.class_id == class_id,
            Survey.closes_at > start_at,
            Survey.closes_at <= end_at,
        )
    ).all()
    scores = [list(s) for _, s in rows]
    surveys = len({survey_id for survey_id, _ in rows})
    if len(scores) < min_answers or len({len(s) for s in scores}) > 1:
        # Too few answers to show, or surveys with different question lists that cannot
        # be averaged question by question: only the count.
        return SurveySummary(class_id, year, surveys, len(scores), None, None)
    means = averages(scores)
    overall = round(sum(means) / len(means), 2) if means else None
    return SurveySummary(class_id, year, surveys, len(scores), means, overall)
