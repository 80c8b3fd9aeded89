"""The academic year's assessment workbook: one row per advisor, both semesters, judged.

Sheet 1 has one row per advisor: title (班主任 for years 1–2, 班导师 from year 3, by the
class's cohort), classes, and for each semester every rule's met/judged periods with the
misses listed, hours (the advisor's, counted once across classes), parent contacts, forms on
time / late / missing, the plan on time / late / missing; then a score, a suggested grade from
the policy's rubric (marked as a suggestion: the college decides) and a students' opinions
column, filled by the caller through ``opinions`` (a later issue's survey results).
Then one evidence sheet per advisor: every judged period of every class.

Every verdict is the one judge's (`reminders.judge`), read in chunks of classes by
`reminders.jobs.status`, so memory holds the per-advisor tallies, not the activities.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.documents.xlsx_stream import StreamingWorkbook
from bot.formatting import period_label
from bot.i18n import t
from reminders.compliance import RuleStatus
from reminders.duties import advisor_title_key, duties_for_year, year_of_study
from reminders.jobs.status import ClassCompliance, iter_class_compliance, load_calendar
from reminders.policy import Policy
from reminders.semester_calendar import Semester, SemesterCalendar
from storage.errors import NotFound
from storage.facts import duties_by_class
from storage.forms import latest_document_reviews

_DOCUMENTS: Final = ("monthly_form", "semester_plan")
_HOURS_RULE: Final = "hours_semester"
_PARENT_RULE: Final = "parent_contact_semester"


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    year: str
    semesters: tuple[str, ...]
    advisors: int


@dataclass
class _RuleTally:
    met: int = 0
    judged: int = 0
    misses: list[str] = field(default_factory=list)


@dataclass
class _SemesterTally:
    rules: dict[str, _RuleTally] = field(default_factory=dict)
    hours: float = 0.0
    parent_contacts: float = 0.0
    # document -> [on time, late, missing]
    documents: dict[str, list[int]] = field(default_factory=dict)
    # The class whose advisor-scoped verdicts are counted (every class shows the same ones).
    advisor_class: str | None = None


@dataclass
class _Advisor:
    id: int
    name: str
    classes: list[str] = field(default_factory=list)
    # class id -> (name, cohort): each class's duties are its own year's
    class_ids: dict[int, tuple[str, int]] = field(default_factory=dict)
    cohort: int | None = None
    semesters: dict[str, _SemesterTally] = field(default_factory=dict)
    evidence: list[list[object]] = field(default_factory=list)
    met: float = 0.0
    judged: int = 0

    @property
    def score(self) -> float:
        """The share of the year's judged periods met, a late document weighed less."""
        return self.met / self.judged if self.judged else 0.0


def academic_year_semesters(calendar: SemesterCalendar, year: str) -> list[Semester]:
    """The semesters of academic year ``year`` ("2026-2027"): named after it, or starting
    between 1 August of its first year and 31 July of its second; NotFound when none."""
    first, _, second = year.strip().partition("-")
    if not (first.isdigit() and second.isdigit() and int(second) == int(first) + 1):
        raise NotFound(year)
    start, end = date(int(first), 8, 1), date(int(second), 7, 31)
    found = [
        s
        for s in calendar.semesters
        if s.name.startswith(f"{first}-{second}") or start <= s.start <= end
    ]
    if not found:
        raise NotFound(year)
    return found


def write_assessment_workbook(
    session: Session,
    policy: Policy,
    year: str,
    out: Path,
    tz: ZoneInfo,
    *,
    now: datetime | None = None,
    lang: str = "zh",
    opinions: Mapping[int, str] | None = None,
) -> AssessmentSummary:
    """Write the year's assessment to ``out``; NotFound for a year with no semester.

    Each semester is judged at ``now``: once past its last due date every period is final,
    and a document handed in late (even after the semester's workbook was drawn up) counts as
    met and late rather than missing. ``opinions`` maps an advisor's person id to the
    students' opinions shown in their column.
    """
    semesters, advisors = _tally_year(session, policy, year, tz, now, lang)
    ordered = sorted(advisors.values(), key=lambda a: a.name)
    served = duties_by_class(session, semesters[0].start, semesters[-1].end) if semesters else {}
    rule_ids = [rule.id for rule in policy.rules]
    with StreamingWorkbook(out) as book:
        with book.sheet(t(lang, "judge.assessment.sheet_summary")) as summary:
            summary.append(_header(semesters, rule_ids, lang), header=True)
            for advisor in ordered:
                summary.append(
                    _row(
                        advisor,
                        semesters,
                        rule_ids,
                        policy,
                        lang,
                        (opinions or {}).get(advisor.id),
                        _duties_cell(advisor, semesters[0].start, served, lang),
                    )
                )
        for number, advisor in enumerate(ordered, 1):
            with book.sheet(f"{number:04d} {advisor.name}") as sheet:
                sheet.append(_evidence_header(lang), header=True)
                for row in advisor.evidence:
                    sheet.append(row)
    return AssessmentSummary(year, tuple(s.name for s in semesters), len(ordered))


def _tally_year(
    session: Session,
    policy: Policy,
    year: str,
    tz: ZoneInfo,
    now: datetime | None,
    lang: str,
    class_ids: Sequence[int] | None = None,
) -> tuple[list[Semester], dict[int, _Advisor]]:
    """Each advisor's year (of these classes, None: all), every semester judged at ``now``."""
    calendar = load_calendar(session, policy)
    semesters = academic_year_semesters(calendar, year)
    moment = (now or datetime.now(tz)).astimezone(tz)
    advisors: dict[int, _Advisor] = {}
    reviews = latest_document_reviews(session, class_ids)  # 审核 of each latest version
    for semester in semesters:
        for result in iter_class_compliance(session, policy, moment, class_ids, semester=semester):
            if result.row.advisor is None:
                continue
            _tally(advisors, result, semester, policy, lang, reviews.get(result.row.id, {}))
    return semesters, advisors


@dataclass(frozen=True, slots=True)
class SuggestedGrade:
    """The year's score (periods met, late documents weighed) and the rubric's grade key."""

    score: float
    grade: str  # excellent, competent, basic or failing
    judged: int  # periods judged so far


def suggested_grade(
    session: Session,
    policy: Policy,
    year: str,
    tz: ZoneInfo,
    class_ids: Sequence[int],
    advisor_id: int,
    *,
    now: datetime | None = None,
) -> SuggestedGrade | None:
    """One advisor's suggested grade as the assessment workbook computes it (their classes
    ``class_ids``); None when nothing of the year is judged yet. NotFound for a year with no
    semester."""
    _semesters, advisors = _tally_year(session, policy, year, tz, now, "zh", class_ids)
    advisor = advisors.get(advisor_id)
    if advisor is None or not advisor.judged:
        return None
    return SuggestedGrade(advisor.score, policy.assessment.grade(advisor.score), advisor.judged)


def _tally(
    advisors: dict[int, _Advisor],
    result: ClassCompliance,
    semester: Semester,
    policy: Policy,
    lang: str,
    reviews: Mapping[tuple[str, str], tuple[int, str]],
) -> None:
    row = result.row
    assert row.advisor is not None
    advisor = advisors.setdefault(row.advisor.id, _Advisor(row.advisor.id, row.advisor.name))
    if row.name not in advisor.classes:
        advisor.classes.append(row.name)
    advisor.class_ids[row.id] = (row.name, row.cohort)
    # The title follows the youngest class (years 1–2 make a 班主任).
    advisor.cohort = row.cohort if advisor.cohort is None else max(advisor.cohort, row.cohort)
    tally = advisor.semesters.setdefault(semester.name, _SemesterTally())
    for status in result.report.periods:
        final = status.final or status.state == "met"
        rule = policy.rule(status.rule)
        if rule.scope == "advisor":
            if tally.advisor_class is None:
                tally.advisor_class = row.name
            elif tally.advisor_class != row.name:
                continue  # judged once for the advisor: the same verdict on each class
        rules = tally.rules.setdefault(status.rule, _RuleTally())
        if final:
            rules.judged += 1
            advisor.judged += 1
            if status.state == "met":
                rules.met += 1
                advisor.met += policy.assessment.late_weight if status.late else 1.0
            else:
                label = period_label(lang, status.period)
                rules.misses.append(f"{row.name} {label}" if rule.scope == "class" else label)
        if rule.submission in _DOCUMENTS and final:
            counts = tally.documents.setdefault(rule.submission, [0, 0, 0])
            counts[2 if status.state != "met" else 1 if status.late else 0] += 1
        review = reviews.get((rule.submission, status.period)) if rule.submission else None
        advisor.evidence.append(_evidence_row(row.name, semester, status, lang, review))
    hours = result.report.rule_history(_HOURS_RULE)
    if hours:
        # Advisor-scoped: every class shows the advisor's total; count it once.
        tally.hours = max(tally.hours, hours[-1].done)
    parents = result.report.rule_history(_PARENT_RULE)
    if parents:
        tally.parent_contacts += parents[-1].done


def _header(semesters: list[Semester], rule_ids: list[str], lang: str) -> list[str]:
    cells = [
        t(lang, "judge.assessment.advisor"),
        t(lang, "judge.assessment.title"),
        t(lang, "judge.assessment.classes"),
    ]
    for semester in semesters:
        for rule_id in rule_ids:
            cells.append(f"{semester.name} {t(lang, f'rules.rule.{rule_id}')}")
        cells += [
            f"{semester.name} {t(lang, 'judge.assessment.hours')}",
            f"{semester.name} {t(lang, 'judge.assessment.parent_contacts')}",
            f"{semester.name} {t(lang, 'judge.assessment.forms')}",
            f"{semester.name} {t(lang, 'judge.assessment.plan')}",
            f"{semester.name} {t(lang, 'judge.assessment.misses')}",
        ]
    cells += [
        t(lang, "judge.assessment.score"),
        t(lang, "judge.assessment.suggested_grade"),
        t(lang, "judge.assessment.duties"),
        t(lang, "judge.assessment.opinions"),
    ]
    return cells


def _duties_cell(
    advisor: _Advisor, year_start: date, served: Mapping[int, set[str]], lang: str
) -> str:
    """Per class: the duties of its year (二、工作职责, and 三、3) that the year's work served."""
    cells = []
    for class_id, (name, cohort) in sorted(advisor.class_ids.items(), key=lambda i: i[1][0]):
        duties = duties_for_year(year_of_study(cohort, year_start))
        done = served.get(class_id, set())
        covered = sum(1 for d in duties if d.code in done)
        cells.append(
            t(
                lang,
                "judge.assessment.duties_cell",
                class_name=name,
                covered=covered,
                total=len(duties),
            )
        )
    return "；".join(cells)


def _row(
    advisor: _Advisor,
    semesters: list[Semester],
    rule_ids: list[str],
    policy: Policy,
    lang: str,
    opinion: str | None,
    duties: str = "",
) -> list[object]:
    year = year_of_study(advisor.cohort or 0, semesters[0].start) if advisor.cohort else 1
    cells: list[object] = [
        advisor.name,
        t(lang, f"duties.{advisor_title_key(year)}"),
        "、".join(advisor.classes),
    ]
    for semester in semesters:
        tally = advisor.semesters.get(semester.name, _SemesterTally())
        misses: list[str] = []
        for rule_id in rule_ids:
            rule = tally.rules.get(rule_id, _RuleTally())
            cells.append(f"{rule.met}/{rule.judged}")
            if rule.misses:
                name = t(lang, f"rules.rule.{rule_id}")
                misses.append(f"{name}：{'、'.join(rule.misses)}")
        forms = tally.documents.get("monthly_form", [0, 0, 0])
        plan = tally.documents.get("semester_plan", [0, 0, 0])
        cells += [
            round(tally.hours, 2),
            round(tally.parent_contacts, 2),
            t(
                lang,
                "judge.assessment.documents",
                on_time=forms[0],
                late=forms[1],
                missing=forms[2],
            ),
            t(lang, "judge.assessment.documents", on_time=plan[0], late=plan[1], missing=plan[2]),
            "；".join(misses),
        ]
    score = advisor.score
    grade = t(lang, f"judge.assessment.grade.{policy.assessment.grade(score)}")
    cells += [
        round(score, 3),
        t(lang, "judge.assessment.suggestion", grade=grade),
        duties,
        opinion or "",
    ]
    return cells


def _evidence_header(lang: str) -> list[str]:
    keys = (
        "class",
        "semester",
        "rule",
        "period",
        "done",
        "required",
        "due",
        "state",
        "late",
        "review",
    )
    return [t(lang, f"judge.assessment.evidence.{key}") for key in keys]


def _evidence_row(
    class_name: str,
    semester: Semester,
    status: RuleStatus,
    lang: str,
    review: tuple[int, str] | None = None,
) -> list[object]:
    return [
        class_name,
        semester.name,
        t(lang, f"rules.rule.{status.rule}"),
        status.period,
        status.done,
        status.required,
        status.due,
        t(lang, f"rules.state.{status.state}"),
        t(lang, "forms.yes") if status.late else "",
        # A document's counselor review of its latest version (submitted / approved / returned).
        t(lang, f"desk.review_tag_{review[1]}").lstrip(" ·") if review else "",
    ]
