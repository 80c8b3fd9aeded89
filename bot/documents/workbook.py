"""The semester assessment workbook: each advisor-class's record rule by rule, with evidence.

Sheet 1 has one row per class: for every rule of the policy the semester's figure ("4/5"
months met, "3/2" themed meetings, hours) and the records behind it. Sheet 2 lists every
activity. No grade: the college decides 优秀/称职/基本称职/不称职 itself.

Built for 1,000 classes and 150,000 activities: a constant number of queries, activities
streamed class by class and written straight into the file (see xlsx_stream for why not
openpyxl's write-only mode).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.documents.form_docx import hours_text
from bot.documents.xlsx_stream import StreamingWorkbook
from bot.i18n import t
from bot.titles import advisor_title
from reminders.compliance import ActivityFact, RuleStatus, SubmissionFact
from reminders.jobs.status import load_calendar
from reminders.judge import ClassFacts, final_moment, judge_many
from reminders.policy import Policy, Rule
from reminders.semester_calendar import Semester, SemesterCalendar
from storage.audit import edited_activity_ids
from storage.errors import NotFound
from storage.facts import ClassRow, class_rows, submission_tuples
from storage.forms import (
    ActivityRecord,
    form_months,
    iter_semester_activities,
    latest_document_reviews,
    person_names,
)

# Excel refuses cells longer than this; evidence for a very busy class is cut short.
_CELL_LIMIT: Final = 32_000
# The moment a month's figures are judged at when the semester is over: its last day, noon.
_NOON: Final = time(12, 0)


@dataclass(frozen=True, slots=True)
class WorkbookSummary:
    semester: str
    classes: int
    activities: int


def find_semester(calendar: SemesterCalendar, name: str) -> Semester:
    """The semester called `name` (stored, or listed in the policy file); NotFound otherwise."""
    for semester in calendar.semesters:
        if semester.name == name.strip():
            return semester
    raise NotFound(name)


def _judged_at(
    policy: Policy, calendar: SemesterCalendar, semester: Semester, now: datetime, tz: ZoneInfo
) -> datetime:
    """`now`, moved into the semester. Once it has ended the figures are the final ones,
    judged at the later of its end and its last due date (January's form, due after the
    end), so no period is left behind or on track."""
    local = now.astimezone(tz)
    if local.date() > semester.end:
        return final_moment(policy, calendar, semester, tz)
    if local.date() < semester.start:
        return datetime.combine(semester.start, _NOON, tz)
    return local


def write_semester_workbook(
    session: Session,
    policy: Policy,
    semester_name: str,
    out: Path,
    tz: ZoneInfo,
    *,
    now: datetime | None = None,
    lang: str = "zh",
) -> WorkbookSummary:
    """Write the semester's assessment workbook to `out`; NotFound for an unknown semester.

    `now` (aware; default: the current moment) decides which periods have begun when the
    semester is still running.
    """
    calendar = load_calendar(session, policy)
    semester = find_semester(calendar, semester_name)
    at = _judged_at(policy, calendar, semester, now or datetime.now(tz), tz)
    months = [p.key for p in calendar.periods(semester, "month")]

    rows = class_rows(session)
    names = person_names(session)
    forms = form_months(session, months)
    # Documents with the moment they were handed in: the judge decides on time or late.
    documents = submission_tuples(session)
    reviews = latest_document_reviews(session)  # the 审核 state of each latest version
    activities = iter_semester_activities(session, semester.start, semester.end)
    grouped = itertools.groupby(activities, key=lambda a: a.class_id)

    kind_labels = {kind: t(lang, f"rules.kind.{kind}") for kind in _all_kinds(policy)}
    # Per class: its facts for the judge and each rule's evidence; the summary rows are built
    # once every class is read, because an advisor's classes share advisor-scoped rules.
    facts: list[ClassFacts[int]] = []
    evidence: dict[int, list[list[str]]] = {}
    total = 0
    with StreamingWorkbook(out) as book:
        # The activities stream out as they are read, in class-id order (the index's);
        # the summary (one row per class) is kept, then written in class-name order and
        # placed first in the workbook.
        with book.sheet(t(lang, "forms.workbook.sheet_activities"), position=2) as detail:
            # issue 16: a last column marks records changed after they were recorded
            detail.append([*_detail_header(lang), t(lang, "safety.workbook_edited")], header=True)
            pending = next(grouped, None)
            for row in sorted(rows, key=lambda r: r.id):
                records: list[ActivityRecord] = []
                if pending is not None and pending[0] == row.id:
                    records = list(pending[1])
                    pending = next(grouped, None)
                total += len(records)
                hours = [policy.effective_hours(a.kind, a.count, a.hours) for a in records]
                edited = edited_activity_ids(session, [a.id for a in records])
                for record, counted in zip(records, hours, strict=True):
                    detail.append(
                        [
                            *_detail_row(record, row, names, counted, kind_labels, tz),
                            t(lang, "safety.workbook_edited_mark") if record.id in edited else "",
                        ]
                    )
                facts.append(
                    ClassFacts(
                        row.id,
                        [ActivityFact(a.kind, a.date, a.count, a.hours) for a in records],
                        [SubmissionFact(*d) for d in documents.get(row.id, ())],
                        row.advisor.id if row.advisor else None,
                    )
                )
                evidence[row.id] = [
                    _evidence(
                        rule,
                        records,
                        hours,
                        forms.get(row.id, {}),
                        kind_labels,
                        lang,
                        reviews.get(row.id, {}),
                        semester.name,
                    )
                    for rule in policy.rules
                ]
            if pending is not None:
                # Never drop records silently: every activity's class is in the roster.
                raise RuntimeError(
                    f"activities of class id {pending[0]} were not matched to a class"
                )
        judged = dict(judge_many(policy, calendar, facts, at, semester=semester))
        with book.sheet(t(lang, "forms.workbook.sheet_summary"), position=1) as summary:
            summary.append(_summary_header(policy.rules, lang), header=True)
            for row in rows:  # class_rows gives name order
                report = judged[row.id]
                title = advisor_title(lang, row.cohort, semester.start)
                summary.append(
                    _summary_row(row, policy, report.periods, evidence[row.id], lang, title)
                )
    return WorkbookSummary(semester.name, len(rows), total)


def _all_kinds(policy: Policy) -> set[str]:
    kinds = set(policy.kinds)
    for rule in policy.rules:
        kinds |= rule.kinds
    return kinds


def _summary_header(rules: Sequence[Rule], lang: str) -> list[str]:
    header = [
        t(lang, "forms.workbook.class"),
        t(lang, "forms.workbook.advisor"),
        t(lang, "forms.workbook.counselor"),
    ]
    for rule in rules:
        label = t(lang, f"rules.rule.{rule.id}")
        header += [label, t(lang, "forms.workbook.evidence", rule=label)]
    return header


def _detail_header(lang: str) -> list[str]:
    keys = (
        "activity_id",
        "class",
        "advisor",
        "kind",
        "date",
        "count",
        "hours",
        "location",
        "topic",
        "students",
        "recorded_at",
    )
    return [t(lang, f"forms.workbook.{key}") for key in keys]


def _detail_row(
    record: ActivityRecord,
    row: ClassRow,
    names: dict[int, str],
    hours: float,
    kind_labels: dict[str, str],
    tz: ZoneInfo,
) -> list[object]:
    return [
        record.id,
        row.name,
        names.get(record.advisor_id, ""),
        kind_labels.get(record.kind, record.kind),
        record.date,
        record.count,
        round(hours, 2),
        record.location,
        record.topic,
        "、".join(record.students or ()),
        # Excel has no time zones: the local wall-clock time is what a reader expects.
        record.recorded_at.astimezone(tz).isoformat(sep=" ", timespec="minutes")[:16],
    ]


def _number(value: float) -> str:
    return hours_text(value)


def _summary_row(
    row: ClassRow,
    policy: Policy,
    history: Sequence[RuleStatus],
    evidence: Sequence[list[str]],
    lang: str,
    title: str,
) -> list[object]:
    by_rule: dict[str, list[RuleStatus]] = defaultdict(list)
    for status in history:
        by_rule[status.rule].append(status)
    cells: list[object] = [
        row.name,
        # 班主任 or 班导师 by the class's year in this semester.
        t(lang, "forms.workbook.advisor_with_title", name=row.advisor.name, title=title)
        if row.advisor
        else "",
        row.counselor.name if row.counselor else "",
    ]
    for rule, parts in zip(policy.rules, evidence, strict=True):
        statuses = by_rule.get(rule.id, [])
        cells.append(_figure(rule, statuses, lang))
        cells.append(_clip(_with_verdicts(rule, statuses, parts, lang)))
    return cells


def _figure(rule: Rule, statuses: Sequence[RuleStatus], lang: str) -> str:
    if rule.measure == "submission" and rule.period != "month":
        met = any(s.state == "met" for s in statuses)
        return t(lang, "forms.yes") if met else t(lang, "forms.no")
    if len(statuses) == 1 and rule.period == "semester":
        status = statuses[0]
        return t(
            lang,
            "forms.workbook.done_of",
            done=_number(status.done),
            required=_number(status.required),
        )
    periods_met = sum(1 for s in statuses if s.state == "met")
    return t(lang, "forms.workbook.periods_met", met=periods_met, total=len(statuses))


def _evidence(
    rule: Rule,
    records: Sequence[ActivityRecord],
    hours: Sequence[float],
    forms: dict[str, int],
    kind_labels: dict[str, str],
    lang: str,
    reviews: Mapping[tuple[str, str], tuple[int, str]],
    semester_name: str,
) -> list[str]:
    """The records behind one rule's figure (the verdicts are added by _with_verdicts)."""
    if rule.measure == "submission":
        if rule.submission == "monthly_form":
            return [
                t(lang, "forms.workbook.version", month=month, version=version)
                + _review_tag(lang, reviews.get(("monthly_form", month)))
                for month, version in sorted(forms.items())
            ]
        # The plan: its latest version and review, for this semester.
        return [
            t(lang, "forms.workbook.version", month=period, version=version)
            + _review_tag(lang, (version, state))
            for (doc, period), (version, state) in sorted(reviews.items())
            if doc == rule.submission and period == semester_name
        ]
    if rule.measure == "hours":
        return _hours_breakdown(rule, records, hours, kind_labels, lang)
    return [
        _evidence_line(record, kind_labels, lang) for record in records if record.kind in rule.kinds
    ]


def _with_verdicts(rule: Rule, statuses: Sequence[RuleStatus], parts: list[str], lang: str) -> str:
    separator = t(lang, "forms.workbook.separator")
    parts = list(parts)
    # A yes/no document needs no list of what is missing; periods show without the
    # semester's name, which is the whole workbook's ("W03-04", not "2026-2027-1:W03-04").
    missed = [
        s.period.rsplit(":", 1)[-1]
        for s in statuses
        if s.state == "missed" and (rule.measure != "submission" or rule.period == "month")
    ]
    if missed:
        parts.append(t(lang, "forms.workbook.missed", periods=", ".join(missed)))
    late = [s.period.rsplit(":", 1)[-1] for s in statuses if s.late]
    if late:
        parts.append(t(lang, "judge.workbook_late", periods=", ".join(late)))
    return separator.join(parts)


def _review_tag(lang: str, review: tuple[int, str] | None) -> str:
    """ " · 已审核通过" and the like after a document's version (nothing when unknown)."""
    return t(lang, f"desk.review_tag_{review[1]}") if review is not None else ""


def _evidence_line(record: ActivityRecord, kind_labels: dict[str, str], lang: str) -> str:
    parts = [f"{record.date:%m-%d}", kind_labels.get(record.kind, record.kind)]
    parts += [text for text in (record.location, record.topic) if text]
    if record.count > 1 or record.kind == "parent_contact":
        parts.append(t(lang, "forms.field.count", count=record.count))
    return " ".join(parts)


def _hours_breakdown(
    rule: Rule,
    records: Sequence[ActivityRecord],
    hours: Sequence[float],
    kind_labels: dict[str, str],
    lang: str,
) -> list[str]:
    """Hours by kind: listing every record's hours would bury the figure in detail."""
    times: dict[str, int] = defaultdict(int)
    sums: dict[str, float] = defaultdict(float)
    for record, counted in zip(records, hours, strict=True):
        if record.kind in rule.kinds:
            times[record.kind] += 1
            sums[record.kind] += counted
    return [
        t(
            lang,
            "forms.workbook.hours_by_kind",
            kind=kind_labels.get(kind, kind),
            times=times[kind],
            hours=_number(sums[kind]),
        )
        for kind in sorted(times, key=lambda k: -sums[k])
    ]


def _clip(text: str) -> str:
    return text if len(text) <= _CELL_LIMIT else text[: _CELL_LIMIT - 1] + "…"
