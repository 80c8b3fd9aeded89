"""Turning records and compliance into chat text (through the message catalogue)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Protocol

from bot.i18n import t
from bot.titles import advisor_title
from reminders.compliance import ComplianceReport, RuleStatus
from reminders.jobs.status import ClassCompliance

STATE_MARKS = {"met": "✅", "on_track": "🟢", "behind": "🟠", "missed": "❌"}
TELEGRAM_TEXT_LIMIT = 4096


class Recordable(Protocol):
    """What one activity line shows (read-only, so NamedTuples and ORM rows both fit)."""

    @property
    def kind(self) -> str: ...
    @property
    def count(self) -> int: ...
    @property
    def hours(self) -> float | None: ...
    @property
    def location(self) -> str | None: ...
    @property
    def topic(self) -> str | None: ...
    @property
    def students(self) -> Sequence[str]: ...


def date_label(lang: str, day: date) -> str:
    weekdays = t(lang, "chat.weekdays").split(",")
    months = t(lang, "chat.months").split(",")
    return t(
        lang,
        "chat.date_label",
        month=months[day.month - 1],
        day=day.day,
        weekday=weekdays[day.weekday()],
    )


def activity_line(lang: str, day: date, item: Recordable) -> str:
    """ "11月18日(周三) 深入宿舍 · 9号楼 · 1.5小时"."""
    parts = [f"{date_label(lang, day)} {t(lang, f'rules.kind.{item.kind}')}"]
    if item.location:
        parts.append(item.location)
    if item.topic:
        parts.append(item.topic)
    if item.kind == "parent_contact":
        # "1 parent contact", not "1 parent contacts".
        key = "chat.detail_parent_one" if item.count == 1 else "chat.detail_parents"
        parts.append(t(lang, key, count=item.count))
    elif item.count > 1:
        parts.append(t(lang, "chat.detail_people", count=item.count))
    if item.hours:
        parts.append(t(lang, "chat.detail_hours", hours=f"{item.hours:g}"))
    if item.students:
        parts.append(t(lang, "chat.detail_students", names="、".join(item.students)))
    return " · ".join(parts)


def number(value: float) -> str:
    return f"{value:g}"


def status_text(
    lang: str, result: ClassCompliance, reviews: Mapping[tuple[str, str], str] | None = None
) -> str:
    """One class's rules, one line each; `reviews` ((rule, period) -> "submitted",
    "approved", "returned") marks a document's line with its review (审核) state."""
    row, report = result.row, result.report
    if report.semester is None:
        return t(lang, "chat.status_no_semester", class_name=row.name)
    lines = [
        t(
            lang,
            "chat.status_title",
            class_name=row.name,
            title=advisor_title(lang, row.cohort, report.at.date()),
            advisor=row.advisor.name if row.advisor else "-",
            semester=report.semester.name,
        )
    ]
    for rule in report.rules:
        due = (
            ""
            if rule.state == "met"
            else t(lang, "chat.status_due", due=date_label(lang, rule.due))
        )
        lines.append(
            t(
                lang,
                "chat.status_line",
                mark=STATE_MARKS.get(rule.state, "•"),
                rule=t(lang, f"rules.rule.{rule.rule}"),
                period=rule.period,
                done=number(rule.done),
                required=number(rule.required),
                state=t(lang, f"rules.state.{rule.state}"),
                due=due,
            )
        )
        review = (reviews or {}).get((rule.rule, rule.period))
        if review is not None:
            lines[-1] += t(lang, f"desk.review_tag_{review}")
    lines.extend(semester_lines(lang, report))
    return "\n".join(lines)


def status_summary(lang: str, results: Sequence[ClassCompliance]) -> str:
    """One line per class with the count of rules in each state."""
    lines = [t(lang, "chat.status_summary_title", count=len(results))]
    for result in results:
        counts = {state: 0 for state in STATE_MARKS}
        for rule in result.report.rules:
            counts[rule.state] = counts.get(rule.state, 0) + 1
        closed = result.report.history
        line = t(lang, "chat.status_summary_line", class_name=result.row.name, **counts)
        # The current periods alone hide every month already lost: count the closed ones too.
        line += t(
            lang,
            "judge.summary_semester",
            missed=sum(1 for s in closed if s.state == "missed"),
            late=sum(1 for s in closed if s.late),
        )
        lines.append(line)
    return "\n".join(lines)


def split_message(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split at line breaks so each part fits in one Telegram message."""
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit and current:
            parts.append(current)
            current = line[:limit]
        else:
            current = candidate[:limit]
    if current:
        parts.append(current)
    return parts


def join_lines(lines: Iterable[str]) -> str:
    return "\n".join(lines)


def period_label(lang: str, key: str) -> str:
    """A period as a person says it: "11月" / "Nov" for a month, "W05-06" for teaching weeks,
    the semester's name for a semester."""
    if ":" in key:
        return key.split(":", 1)[1]
    year, _, month = key.partition("-")
    if year.isdigit() and month.isdigit() and len(key) == 7:
        months = t(lang, "chat.months").split(",")
        return t(lang, "judge.month", month=months[int(month) - 1])
    return key


def semester_lines(lang: str, report: ComplianceReport) -> list[str]:
    """One compact line per rule with more than one period: the semester so far, e.g.
    "深入宿舍 本学期 2/3，❌11月" (met of the periods judged: closed ones and the current one
    once met), misses and late documents named."""
    lines: list[str] = []
    by_rule: dict[str, list[RuleStatus]] = {}
    for status in report.periods:
        by_rule.setdefault(status.rule, []).append(status)
    for rule_id, statuses in by_rule.items():
        judged = [s for s in statuses if s.final or s.state == "met"]
        if len(statuses) < 2 or not judged:
            continue
        misses = [period_label(lang, s.period) for s in judged if s.state == "missed"]
        lates = [period_label(lang, s.period) for s in judged if s.late]
        sep = "、" if lang != "en" else " "
        lines.append(
            t(
                lang,
                "judge.semester_line",
                rule=t(lang, f"rules.rule.{rule_id}"),
                met=sum(1 for s in judged if s.state == "met"),
                judged=len(judged),
                misses=t(lang, "judge.semester_misses", periods=sep.join(misses)) if misses else "",
                lates=t(lang, "judge.semester_lates", periods=sep.join(lates)) if lates else "",
            )
        )
    if lines:
        lines.insert(0, t(lang, "judge.semester_title"))
    return lines
