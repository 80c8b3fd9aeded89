"""The judge: every rule, every period of a semester, at one moment.

One pure function behind every verdict the college sees: ``status`` (CLI), ``/status``,
``/me``, the sweep and the digest, the form's totals, the workbook and the assessment. Imports
neither the ORM nor Telegram.

What counts at ``at`` (aware, in the college's zone; "today" is ``at.date()``):

* an activity on the local day it happened, when that day is on or before today (a visit
  confirmed ahead for next week is not done yet);
* a document (monthly form, semester plan) by when it was submitted: at or before ``at``.
  The earliest such version decides whether it was on time; one handed in after its due date
  is ``met`` with ``late``. A version the counselor returned does not count.

Every period started by ``at`` is judged; one whose due date has passed is final (``met`` or
``missed``), also after the semester's end. A rule with ``scope = "advisor"`` (default: the
semester's 30 hours) is judged on the advisor's work in all their classes, counted once:
:func:`judge_many` pools the classes of one advisor given together.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import Final, Generic, NamedTuple, TypeVar

from reminders.compliance import (
    BEHIND,
    MET,
    MISSED,
    ON_TRACK,
    RETURNED,
    ActivityFact,
    ComplianceReport,
    DocumentFact,
    RuleStatus,
)
from reminders.holidays import is_public_holiday, next_working_day
from reminders.policy import KindHours, Policy, Rule
from reminders.semester_calendar import Period, Semester, SemesterCalendar

# The judge's result for one class (the historical name is ComplianceReport).
Judgement = ComplianceReport

# Sums of stated hours such as 0.1 drift in binary floating point; compare on rounded sums.
_DONE_DIGITS: Final = 6

ADVISOR_SCOPE: Final = "advisor"
CLASS_SCOPE: Final = "class"
# A kind the policy does not know: its stated hours count, else nothing.
_NO_DEFAULT: Final = KindHours("", 0.0, False)


K = TypeVar("K", bound=Hashable)  # what identifies a class in judge_many's result

# An activity led by the key of its class, as read in bulk: (key, kind, local date as its
# ordinal, count, stated hours). The day is `date.toordinal()` because a database computes
# that number cheaper than a driver builds a date object (SQLite keeps dates as text).
KeyedActivity = tuple[K, str, int, int, float | None]


class ClassFacts(NamedTuple, Generic[K]):
    """One class's records for :func:`judge_many`: ``key`` identifies the class in the
    result; classes with the same ``advisor`` share advisor-scoped rules."""

    key: K
    activities: Iterable[ActivityFact]
    documents: Iterable[DocumentFact]
    advisor: Hashable | None = None


class JudgeError(ValueError):
    """The moment cannot be judged (naive, or no semester applies)."""


# ---------------------------------------------------------------------------------------------
# Precomputation shared by every class judged at the same moment


@dataclass(frozen=True, slots=True)
class _Track:
    """One rule's periods in the semester judged, with due dates and behind window."""

    rule: Rule
    periods: tuple[Period, ...]
    dues: tuple[date, ...]
    behind_days: int
    # Maps each day to the index of the period holding it, so counting is one dict lookup.
    day_to_period: Mapping[date, int]
    # Index of the current period, or None when none has started yet.
    current: int | None
    # How many periods have started by today (the ones judged).
    started: int
    # Where this track's periods begin in a class's tally (one flat list for all tracks).
    offset: int


class _Slots(NamedTuple):
    """Where one activity of a given kind on a given day counts: tally indexes by measure,
    and the kind's hours rule for the ones measured in hours."""

    each: tuple[int, ...]  # "activities": one more
    people: tuple[int, ...]  # "people": its count (人次)
    hours: tuple[int, ...]  # "hours" (and any other measure): its effective hours
    effective: Callable[[int, float | None], float]


@dataclass(frozen=True, slots=True)
class _Context:
    semester: Semester | None
    today: date
    tracks: tuple[_Track, ...]
    # kind -> day (its ordinal) -> where it counts; only the days by today that fall in a
    # period of a rule counting the kind, so an activity is counted with two dict lookups.
    slots: Mapping[str, Mapping[int, _Slots]]
    # Length of a class's tally: every period of every track, one after another.
    width: int
    advisor_tracks: tuple[int, ...]


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


def due_date(policy: Policy, rule: Rule, period: Period) -> date:
    """The last day to meet ``rule`` in ``period``: the period's due date plus the rule's
    grace, moved to the next working day when it falls on a public holiday (policy
    ``calendar.move_due_off_holidays``)."""
    due = period.due + timedelta(days=rule.grace_days)
    if policy.calendar.move_due_off_holidays and is_public_holiday(due):
        due = next_working_day(due)
    return due


@lru_cache(maxsize=64)
def _context(
    policy: Policy, calendar: SemesterCalendar, semester: Semester | None, today: date
) -> _Context:
    if semester is None:
        return _Context(None, today, (), {}, 0, ())
    tracks: list[_Track] = []
    day_maps: dict[str, Mapping[date, int]] = {}
    offset = 0
    for rule in policy.rules:
        periods = calendar.period_tuple(semester, rule.period)
        dues = tuple(due_date(policy, rule, p) for p in periods)
        if rule.period not in day_maps:
            day_maps[rule.period] = {
                p.start + timedelta(days=offset): i
                for i, p in enumerate(periods)
                for offset in range((p.end - p.start).days + 1)
            }
        started = sum(1 for p in periods if p.start <= today)
        track = _Track(
            rule,
            periods,
            dues,
            _behind_days(policy, rule),
            day_maps[rule.period],
            _current_index(periods, dues, today),
            started,
            offset,
        )
        tracks.append(track)
        offset += len(periods)
    advisor_tracks = tuple(i for i, t in enumerate(tracks) if t.rule.scope == ADVISOR_SCOPE)
    return _Context(
        semester, today, tuple(tracks), _slots(policy, tracks, today), offset, advisor_tracks
    )


def _slots(policy: Policy, tracks: Sequence[_Track], today: date) -> dict[str, dict[int, _Slots]]:
    """Where each kind counts on each day by ``today``, the day as its ordinal (see
    :class:`_Slots`)."""
    hours = {k.kind: k for k in policy.kind_hours}
    found: dict[str, dict[int, _Slots]] = {}
    kinds = {kind for track in tracks for kind in track.rule.kinds}
    for kind in sorted(kinds):
        # The policy's one hours rule (KindHours.effective); an unknown kind counts its
        # stated hours only.
        effective = hours.get(kind, _NO_DEFAULT).effective
        counting = [track for track in tracks if kind in track.rule.kinds]
        days = sorted({day for track in counting for day in track.day_to_period if day <= today})
        by_day: dict[int, _Slots] = {}
        for day in days:
            each: list[int] = []
            people: list[int] = []
            amounts: list[int] = []
            for track in counting:
                index = track.day_to_period.get(day)
                if index is None:
                    continue
                measure = track.rule.measure
                into = (
                    each if measure == "activities" else people if measure == "people" else amounts
                )
                into.append(track.offset + index)
            by_day[day.toordinal()] = _Slots(tuple(each), tuple(people), tuple(amounts), effective)
        found[kind] = by_day
    return found


def _tally(ctx: _Context, rows: Iterable[KeyedActivity[K]], tallies: dict[K, list[float]]) -> None:
    """Adds each activity to its class's tally (``tallies[key]``, created on first use): the
    amount done by today in each period of each track, one flat list (see
    :attr:`_Track.offset`). The inner loop of every judgement: one pass over the rows, two
    lookups an activity, nothing built per activity."""
    width = ctx.width
    slots = ctx.slots
    for key, kind, day, count, stated in rows:
        by_day = slots.get(kind)
        if by_day is None:
            continue
        where = by_day.get(day)  # None: after today, or outside every period counting it
        if where is None:
            continue
        done = tallies.get(key)
        if done is None:
            done = tallies[key] = [0.0] * width
        each, people, hours, effective = where  # unpacked: cheaper than four attributes
        if each:  # (testing first is cheaper than looping over an empty tuple)
            for index in each:
                done[index] += 1.0
        if people:
            for index in people:
                done[index] += count
        if hours:
            amount = effective(count, stated)
            for index in hours:
                done[index] += amount


def _first_submissions(
    documents: Iterable[DocumentFact], at: datetime
) -> dict[tuple[str, str], datetime]:
    """(what, period) -> the earliest counting version submitted at or before ``at``."""
    first: dict[tuple[str, str], datetime] = {}
    for doc in documents:
        if doc.submitted_at > at or doc.state == RETURNED:
            continue
        key = (doc.what, doc.period)
        known = first.get(key)
        if known is None or doc.submitted_at < known:
            first[key] = doc.submitted_at
    return first


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


# A verdict by (amount done, late) for one period of one track: classes with the same figures
# share one RuleStatus (immutable), so judging 1,000 classes builds hundreds, not 23,000.
_Verdicts = list[dict[tuple[float, bool], RuleStatus]]


def _verdicts(
    policy: Policy,
    ctx: _Context,
    done: list[float],
    first: Mapping[tuple[str, str], datetime],
    at: datetime,
    known: _Verdicts,
) -> ComplianceReport:
    today = ctx.today
    periods: list[RuleStatus] = []
    current: list[RuleStatus] = []
    for track in ctx.tracks:
        rule = track.rule
        submission = rule.measure == "submission"
        for j in range(track.started):
            late = False
            if submission:
                handed_in = first.get((rule.submission or "", track.periods[j].key))
                amount = 0.0 if handed_in is None else 1.0
                late = (
                    handed_in is not None and handed_in.astimezone(at.tzinfo).date() > track.dues[j]
                )
            else:
                amount = round(done[track.offset + j], _DONE_DIGITS)
            same = known[track.offset + j]
            status = same.get((amount, late))
            if status is None:
                period, due = track.periods[j], track.dues[j]
                status = same[amount, late] = RuleStatus(
                    rule=rule.id,
                    period=period.key,
                    period_start=period.start,
                    period_end=period.end,
                    done=amount,
                    required=rule.required,
                    due=due,
                    state=_state(policy, track, j, amount, today),
                    late=late,
                    final=today > due,
                )
            periods.append(status)
            if j == track.current:
                current.append(status)
    return ComplianceReport(ctx.semester, at, tuple(current), tuple(periods))


def _today(at: datetime) -> date:
    if at.tzinfo is None or at.utcoffset() is None:
        raise JudgeError("at must be timezone-aware (pass it in the college's time zone)")
    return at.date()


def semester_judged(calendar: SemesterCalendar, at: datetime) -> Semester | None:
    """The semester judged at ``at``: the one in session; in the plan window the next one;
    between two semesters the one that just ended; None before the first."""
    return calendar.current_or_relevant(_today(at))


def judge(
    policy: Policy,
    calendar: SemesterCalendar,
    activities: Iterable[ActivityFact],
    documents: Iterable[DocumentFact],
    at: datetime,
    *,
    semester: Semester | None = None,
) -> Judgement:
    """Every rule of one class, every period started by ``at``, judged at ``at``.

    ``semester`` defaults to :func:`semester_judged`; the workbook and the assessment pass
    one explicitly. Advisor-scoped rules count this class's own work only; use
    :func:`judge_many` to pool an advisor's classes.
    """
    ((_, found),) = judge_many(
        policy, calendar, [ClassFacts(None, activities, documents)], at, semester=semester
    )
    return found


def judge_many(
    policy: Policy,
    calendar: SemesterCalendar,
    classes: Iterable[ClassFacts[K]],
    at: datetime,
    *,
    semester: Semester | None = None,
    activities: Iterable[KeyedActivity[K]] = (),
) -> Iterator[tuple[K, Judgement]]:
    """:func:`judge` for many classes at once, in the order given.

    Classes with the same (non-None) ``advisor`` in ``classes`` share the advisor-scoped
    rules: each class shows the advisor's total. Give all of an advisor's classes in one call
    (the glue streams chunks cut at advisor boundaries).

    ``activities`` may hold the classes' activities as one table, each row led by its class's
    key and with its day as an ordinal (:data:`KeyedActivity`, as read in one query, in any
    order): each counts as if it were in its class's ``ClassFacts.activities``, without
    grouping the rows by class first. Rows of a key not in ``classes`` are ignored.
    """
    today = _today(at)
    chosen = semester if semester is not None else calendar.current_or_relevant(today)
    ctx = _context(policy, calendar, chosen, today)
    # Advisor-scoped tracks' stretch of the tally: pooled over an advisor's classes.
    shared = [
        range(track.offset, track.offset + len(track.periods))
        for track in (ctx.tracks[i] for i in ctx.advisor_tracks)
    ]
    counted: list[tuple[ClassFacts[K], list[float], dict[tuple[str, str], datetime]]] = []
    pooled: dict[Hashable, list[float]] = {}
    tallies: dict[K, list[float]] = {}
    if ctx.semester is not None:
        _tally(ctx, activities, tallies)
    for facts in classes:
        if ctx.semester is None:
            done: list[float] = []
            first: dict[tuple[str, str], datetime] = {}
        else:
            key = facts.key
            if facts.activities:  # (a class given through `activities` brings none here)
                own = ((key, k, day.toordinal(), n, h) for k, day, n, h in facts.activities)
                _tally(ctx, own, tallies)
            done = tallies.pop(key) if key in tallies else [0.0] * ctx.width
            first = _first_submissions(facts.documents, at)
        counted.append((facts, done, first))
        if facts.advisor is not None and shared:
            total = pooled.get(facts.advisor)
            if total is None:
                pooled[facts.advisor] = [done[j] for stretch in shared for j in stretch]
            else:
                slot = 0
                for stretch in shared:
                    for j in stretch:
                        total[slot] += done[j]
                        slot += 1
    known: _Verdicts = [{} for _ in range(ctx.width)]
    for facts, done, first in counted:
        total = pooled.get(facts.advisor) if facts.advisor is not None else None
        if total is not None:
            slot = 0
            for stretch in shared:
                for j in stretch:
                    done[j] = total[slot]
                    slot += 1
        yield facts.key, _verdicts(policy, ctx, done, first, at, known)


def judge_classes(
    policy: Policy,
    calendar: SemesterCalendar,
    classes: Sequence[ClassFacts[K]],
    at: datetime,
    *,
    semester: Semester | None = None,
) -> dict[K, Judgement]:
    """:func:`judge_many` as a mapping from each class's key to its judgement."""
    return dict(judge_many(policy, calendar, classes, at, semester=semester))


def final_moment(
    policy: Policy, calendar: SemesterCalendar, semester: Semester, tz: tzinfo
) -> datetime:
    """The moment a semester is judged once and for all: the end of the later of its last day
    and its last due date (January's form, due after the semester ends), so every period is
    met or missed."""
    last = semester.end
    for rule in policy.rules:
        for period in calendar.period_tuple(semester, rule.period):
            last = max(last, due_date(policy, rule, period))
    return datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=tz)


@dataclass(frozen=True, slots=True)
class FormTotals:
    """What a month's work record form totals, from the judgement of its class.

    ``hours_semester`` and ``parent_contacts_semester`` are the semester's figures by the
    moment judged (the advisor's across their classes where the rule is advisor-scoped);
    ``verdicts`` are the month's own periods (monthly rules and the form itself).
    """

    semester: str | None
    hours_semester: float
    parent_contacts_semester: float
    verdicts: tuple[RuleStatus, ...]
    # The semester-long rules (hours, parent contacts, themed meetings) at the moment judged.
    semester_verdicts: tuple[RuleStatus, ...] = ()


def form_totals(
    report: Judgement,
    month: str,
    *,
    hours_rule: str = "hours_semester",
    parent_rule: str = "parent_contact_semester",
) -> FormTotals:
    """The totals of the form for ``month`` ("2026-11") from a class's judgement: the one
    judge's figures, so the form, ``/status`` and the workbook agree."""

    def semester_done(rule_id: str) -> float:
        statuses = report.rule_history(rule_id)
        return statuses[-1].done if statuses else 0.0

    return FormTotals(
        semester=report.semester.name if report.semester else None,
        hours_semester=semester_done(hours_rule),
        parent_contacts_semester=semester_done(parent_rule),
        verdicts=tuple(s for s in report.periods if s.period == month),
        semester_verdicts=tuple(
            s
            for s in report.periods
            if report.semester is not None
            and (s.period_start, s.period_end) == (report.semester.start, report.semester.end)
        ),
    )
