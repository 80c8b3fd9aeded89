"""Compliance: how far a class's advisor is with each rule, as a pure function of the records.

Imports neither the ORM nor Telegram. Callers turn stored rows into :class:`ActivityFact` and
:class:`SubmissionFact` and pass ``at`` in the college's time zone; "today" is ``at.date()``.

States: ``met`` (done ≥ required, whenever that happened); ``missed`` (due date passed unmet);
``behind`` (unmet and within the rule's last days before its due date, or — for semester rules —
under the pro-rated pace once more than a third of the semester is gone); else ``on_track``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Final, NamedTuple, TypeVar

from reminders.policy import Policy, Rule
from reminders.semester_calendar import Period, Semester, SemesterCalendar

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
    count: int = 1
    hours: float | None = None


@dataclass(frozen=True, slots=True)
class SubmissionFact:
    """A document handed in: ``what`` is "monthly_form" or "semester_plan"; ``period`` is the
    form's month ("2026-11") or the plan's semester name; ``submitted_at`` is aware."""

    what: str
    period: str
    submitted_at: datetime


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

    def to_json(self) -> dict[str, Any]:
        """The ``status --json`` shape of one rule (docs/contract.md)."""
        return {
            "rule": self.rule,
            "period": self.period,
            "done": _json_number(self.done),
            "required": _json_number(self.required),
            "due": self.due.isoformat(),
            "state": self.state,
        }


@dataclass(frozen=True)
class ComplianceReport:
    """Each rule's current period for one class at ``at``; no rules when no semester applies."""

    semester: Semester | None
    at: datetime
    rules: tuple[RuleStatus, ...]

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
        }


# ---------------------------------------------------------------------------------------------
# Precomputation shared by every class evaluated at the same moment


@dataclass(frozen=True, slots=True)
class _Track:
    """One rule's periods in the relevant semester, with due dates and behind window."""

    rule: Rule
    periods: tuple[Period, ...]
    dues: tuple[date, ...]
    behind_days: int
    # Maps each day to the index of the period holding it, so counting is one dict lookup.
    day_to_period: Mapping[date, int]
    # Index of the current period, or None when none has started yet.
    current: int | None


@dataclass(frozen=True, slots=True)
class _Context:
    semester: Semester | None
    today: date
    tracks: tuple[_Track, ...]
    # kind -> tracks counting it (indexes into `tracks`), for the history pass.
    tracks_by_kind: Mapping[str, tuple[int, ...]]
    # kind -> (track index, start, end) of the CURRENT period, for the fast current pass.
    current_by_kind: Mapping[str, tuple[tuple[int, date, date, str], ...]]
    # kind -> (default hours, per person)
    hours: Mapping[str, tuple[float, bool]]


def _current_index(periods: tuple[Period, ...], dues: tuple[date, ...], today: date) -> int | None:
    """The period that matters today: the earliest started one not yet past due, else the last
    started one (so in a break the most recent month stays current, and on December 3 the
    November form, due December 5, is still the current one)."""
    last_started: int | None = None
    for i, period in enumerate(periods):
        if period.start > today:
            break
        if dues[i] >= today:
            return i
        last_started = i
    return last_started


def _behind_days(policy: Policy, rule: Rule) -> int:
    if rule.behind_days is not None:
        return rule.behind_days
    return policy.behind.last_days(rule.period)


@lru_cache(maxsize=64)
def _context(policy: Policy, calendar: SemesterCalendar, today: date) -> _Context:
    hours = {k.kind: (k.hours, k.per_person) for k in policy.kind_hours}
    semester = calendar.current_or_relevant(today)
    if semester is None:
        return _Context(None, today, (), {}, {}, hours)
    tracks: list[_Track] = []
    by_kind: dict[str, list[int]] = {}
    current_by_kind: dict[str, list[tuple[int, date, date, str]]] = {}
    day_maps: dict[str, Mapping[date, int]] = {}
    for rule in policy.rules:
        periods = calendar.period_tuple(semester, rule.period)
        dues = tuple(p.due + timedelta(days=rule.grace_days) for p in periods)
        if rule.period not in day_maps:
            day_maps[rule.period] = {
                p.start + timedelta(days=offset): i
                for i, p in enumerate(periods)
                for offset in range((p.end - p.start).days + 1)
            }
        current = _current_index(periods, dues, today)
        track = _Track(
            rule, periods, dues, _behind_days(policy, rule), day_maps[rule.period], current
        )
        index = len(tracks)
        tracks.append(track)
        for kind in rule.kinds:
            by_kind.setdefault(kind, []).append(index)
            if current is not None:
                period = periods[current]
                current_by_kind.setdefault(kind, []).append(
                    (index, period.start, period.end, rule.measure)
                )
    return _Context(
        semester,
        today,
        tuple(tracks),
        {k: tuple(v) for k, v in by_kind.items()},
        {k: tuple(v) for k, v in current_by_kind.items()},
        hours,
    )


def _amount(rule: Rule, activity: ActivityFact, hours: Mapping[str, tuple[float, bool]]) -> float:
    measure = rule.measure
    if measure == "activities":
        return 1.0
    if measure == "people":
        return float(activity.count)
    # measure == "hours": a stated duration is the whole activity's, never per person.
    if activity.hours is not None:
        return float(activity.hours)
    default, per_person = hours.get(activity.kind, (0.0, False))
    return default * activity.count if per_person else default


def _state(policy: Policy, track: _Track, index: int, done: float, today: date) -> str:
    rule = track.rule
    required = rule.required
    if done >= required:
        return MET
    due = track.dues[index]
    if today > due:
        return MISSED
    if (due - today).days < track.behind_days:
        return BEHIND
    if rule.period == "semester" and rule.measure != "submission":
        period = track.periods[index]
        total_days = (period.end - period.start).days + 1
        # Whole days gone before today: today is still there to act in.
        gone = min(max((today - period.start).days, 0), total_days) / total_days
        if gone > policy.behind.semester_pace_after_fraction and done < required * gone:
            return BEHIND
    return ON_TRACK


def _status(policy: Policy, track: _Track, index: int, done: float, today: date) -> RuleStatus:
    period = track.periods[index]
    done = round(done, _DONE_DIGITS)
    return RuleStatus(
        rule=track.rule.id,
        period=period.key,
        period_start=period.start,
        period_end=period.end,
        done=done,
        required=track.rule.required,
        due=track.dues[index],
        state=_state(policy, track, index, done, today),
    )


def _today(at: datetime) -> date:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("at must be timezone-aware (pass it in the college's time zone)")
    return at.date()


def _evaluate_current(
    policy: Policy,
    ctx: _Context,
    activities: Iterable[ActivityFact],
    submissions: Iterable[SubmissionFact],
    at: datetime,
) -> ComplianceReport:
    if ctx.semester is None:
        return ComplianceReport(None, at, ())
    tracks = ctx.tracks
    done = [0.0] * len(tracks)
    current_by_kind = ctx.current_by_kind
    hours = ctx.hours
    # One pass: each activity is checked only against the current periods of rules counting
    # its kind (periods never leave the semester, so out-of-semester dates fall through).
    for activity in activities:
        entries = current_by_kind.get(activity.kind)
        if not entries:
            continue
        day = activity.date
        for index, start, end, measure in entries:
            if start <= day <= end:
                # _amount inlined for the two cheap measures: this loop runs per activity.
                if measure == "activities":
                    done[index] += 1.0
                elif measure == "people":
                    done[index] += activity.count
                else:
                    done[index] += _amount(tracks[index].rule, activity, hours)
    submitted = {(s.what, s.period) for s in submissions}
    statuses: list[RuleStatus] = []
    for i, track in enumerate(tracks):
        if track.current is None:
            continue
        if track.rule.measure == "submission":
            key = track.periods[track.current].key
            done[i] = 1.0 if (track.rule.submission, key) in submitted else 0.0
        statuses.append(_status(policy, track, track.current, done[i], ctx.today))
    return ComplianceReport(ctx.semester, at, tuple(statuses))


def evaluate(
    policy: Policy,
    calendar: SemesterCalendar,
    activities: Iterable[ActivityFact],
    submissions: Iterable[SubmissionFact],
    at: datetime,
) -> ComplianceReport:
    """Each rule's current period in the semester relevant at ``at`` (aware, college zone).

    A rule whose first period has not started yet (e.g. the monthly rules in the days before
    the first month in session) is left out.
    """
    ctx = _context(policy, calendar, _today(at))
    return _evaluate_current(policy, ctx, activities, submissions, at)


def evaluate_many(
    policy: Policy,
    calendar: SemesterCalendar,
    facts_by_class: Mapping[K, tuple[Iterable[ActivityFact], Iterable[SubmissionFact]]],
    at: datetime,
) -> dict[K, ComplianceReport]:
    """:func:`evaluate` for many classes at once, sharing the period precomputation."""
    ctx = _context(policy, calendar, _today(at))
    return {
        key: _evaluate_current(policy, ctx, activities, submissions, at)
        for key, (activities, submissions) in facts_by_class.items()
    }


def evaluate_history(
    policy: Policy,
    calendar: SemesterCalendar,
    activities: Iterable[ActivityFact],
    submissions: Iterable[SubmissionFact],
    at: datetime,
) -> list[RuleStatus]:
    """Every period of the relevant semester that has started by ``at``: rules in policy
    order, each rule's periods in date order. States are judged as of ``at``."""
    today = _today(at)
    ctx = _context(policy, calendar, today)
    if ctx.semester is None:
        return []
    tracks = ctx.tracks
    done = [[0.0] * len(track.periods) for track in tracks]
    hours = ctx.hours
    for activity in activities:
        for index in ctx.tracks_by_kind.get(activity.kind, ()):
            track = tracks[index]
            period_index = track.day_to_period.get(activity.date)
            if period_index is not None:
                # _amount inlined for the two cheap measures, as in _evaluate_current.
                measure = track.rule.measure
                if measure == "activities":
                    done[index][period_index] += 1.0
                elif measure == "people":
                    done[index][period_index] += activity.count
                else:
                    done[index][period_index] += _amount(track.rule, activity, hours)
    submitted = {(s.what, s.period) for s in submissions}
    statuses: list[RuleStatus] = []
    for i, track in enumerate(tracks):
        for j, period in enumerate(track.periods):
            if period.start > today:
                break
            amount = done[i][j]
            if track.rule.measure == "submission":
                amount = 1.0 if (track.rule.submission, period.key) in submitted else 0.0
            statuses.append(_status(policy, track, j, amount, today))
    return statuses
