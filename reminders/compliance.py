"""Compliance: the values the judge (``reminders.judge``) takes and returns.

Imports neither the ORM nor Telegram. Callers turn stored rows into :class:`ActivityFact` and
:class:`SubmissionFact` and pass ``at`` in the college's time zone; "today" is ``at.date()``.

States: ``met`` (done ≥ required by ``at``); ``missed`` (due date passed unmet); ``behind``
(unmet and within the rule's last days before its due date, or — for semester rules — under
the pro-rated pace once more than a third of the semester is gone); else ``on_track``. A
period whose due date has passed is final: ``met`` or ``missed``, and a document handed in
after its due date is ``met`` with ``late``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final, NamedTuple, TypeVar

from reminders.semester_calendar import Semester

if TYPE_CHECKING:
    from reminders.policy import Policy
    from reminders.semester_calendar import SemesterCalendar

K = TypeVar("K")

MET: Final = "met"
ON_TRACK: Final = "on_track"
BEHIND: Final = "behind"
MISSED: Final = "missed"

# Sums of stated hours such as 0.1 drift in binary floating point; compare on rounded sums.
_DONE_DIGITS: Final = 6


class ActivityFact(NamedTuple):
    """One recorded activity: its kind, local date, people involved (人次) and stated hours.

    A NamedTuple rather than a frozen dataclass: 150,000 of them are built per status run,
    and tuple construction is several times cheaper.
    """

    kind: str
    date: date
    count: int = 1  # type: ignore[assignment]  # the field (人次) shadows tuple.count, on purpose
    hours: float | None = None


# The desk's review states of a document; a returned one is to be handed in again.
SUBMITTED: Final = "submitted"
APPROVED: Final = "approved"
RETURNED: Final = "returned"


@dataclass(frozen=True, slots=True)
class SubmissionFact:
    """A document handed in: ``what`` is "monthly_form" or "semester_plan"; ``period`` is the
    form's month ("2026-11") or the plan's semester name; ``submitted_at`` is aware.

    ``state`` is the counselor's review (submitted / approved / returned) where the caller
    knows it; a returned version does not count, any other (or None) does.
    """

    what: str
    period: str
    submitted_at: datetime
    state: str | None = None


# The judge's name for it: forms and plans are the documents a rule can ask for.
DocumentFact = SubmissionFact


def _json_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True, slots=True)
class RuleStatus:
    """One rule in one period: how much is done, what is required, by when, and the verdict."""

    rule: str
    period: str
    period_start: date
    period_end: date
    done: float
    required: float
    due: date
    state: str
    # A document handed in after its due date (still ``met``: it is there, but late).
    late: bool = False
    # The due date has passed at the moment judged: the state is met or missed for good.
    final: bool = False

    def to_json(self) -> dict[str, Any]:
        """The ``status --json`` shape of one rule's current period (docs/contract.md)."""
        return {
            "rule": self.rule,
            "period": self.period,
            "done": _json_number(self.done),
            "required": _json_number(self.required),
            "due": self.due.isoformat(),
            "state": self.state,
        }

    def to_history_json(self) -> dict[str, Any]:
        """The ``status --json`` shape of one closed period in ``history``: with ``late``."""
        return {**self.to_json(), "late": self.late}


@dataclass(frozen=True)
class ComplianceReport:
    """The judgement of one class at ``at``: ``rules`` holds each rule's current period,
    ``periods`` every period started by ``at`` (rules in policy order, each rule's periods
    in date order); both empty when no semester applies."""

    semester: Semester | None
    at: datetime
    rules: tuple[RuleStatus, ...]
    periods: tuple[RuleStatus, ...] = ()

    @property
    def history(self) -> tuple[RuleStatus, ...]:
        """The closed periods (due date passed): each ``met`` or ``missed``."""
        return tuple(status for status in self.periods if status.final)

    def rule_history(self, rule_id: str) -> tuple[RuleStatus, ...]:
        """Every started period of ``rule_id``, in date order."""
        return tuple(status for status in self.periods if status.rule == rule_id)

    def rule(self, rule_id: str) -> RuleStatus | None:
        """The status of ``rule_id``, or None when the rule has no started period yet."""
        for status in self.rules:
            if status.rule == rule_id:
                return status
        return None

    def to_json(self) -> dict[str, Any]:
        """``at``, ``semester`` and ``rules`` of the ``status --json`` shape (the caller adds
        ``class`` and ``advisor``)."""
        return {
            "at": self.at.isoformat(),
            "semester": self.semester.name if self.semester else None,
            "rules": [status.to_json() for status in self.rules],
            "history": [status.to_history_json() for status in self.history],
        }


# ---------------------------------------------------------------------------------------------
# The earlier entry points, kept for their callers: each is the one judge (reminders.judge).


def evaluate(
    policy: Policy,
    calendar: SemesterCalendar,
    activities: Iterable[ActivityFact],
    submissions: Iterable[SubmissionFact],
    at: datetime,
) -> ComplianceReport:
    """:func:`reminders.judge.judge` (imported here: the judge imports these types)."""
    from reminders.judge import judge

    return judge(policy, calendar, activities, submissions, at)


def evaluate_many(
    policy: Policy,
    calendar: SemesterCalendar,
    facts_by_class: Mapping[K, tuple[Iterable[ActivityFact], Iterable[SubmissionFact]]],
    at: datetime,
) -> dict[K, ComplianceReport]:
    """:func:`evaluate` for many classes (each judged on its own, no advisor pooling)."""
    from reminders.judge import judge

    return {
        key: judge(policy, calendar, activities, submissions, at)
        for key, (activities, submissions) in facts_by_class.items()
    }


def evaluate_history(
    policy: Policy,
    calendar: SemesterCalendar,
    activities: Iterable[ActivityFact],
    submissions: Iterable[SubmissionFact],
    at: datetime,
) -> list[RuleStatus]:
    """Every period of the relevant semester that has started by ``at``."""
    return list(evaluate(policy, calendar, activities, submissions, at).periods)
