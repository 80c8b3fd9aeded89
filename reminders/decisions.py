"""Which reminders are due now: a pure function of policy, calendar, compliance, ledger and now.

Imports neither the ORM nor Telegram. The caller passes every class's judged periods
(``reminders.judge.judge_many``, the same judge as ``status``) with its advisor and
counselor, the reminder ledger as plain :class:`LedgerEntry` values, a rest-day predicate and
``now`` (aware, in the college's zone). The result says who gets what; recording and sending is ``reminders.jobs.sweep``.

A reminder is identified in the ledger by (person, subject, rule, period, stage). Where one
reason may come back (weekly semester nudges, the monthly form's nudges, a snoozed reminder
coming back), the ``period`` carries a suffix so the key stays unique:

* ``2026-2027-1@2026-W47`` — a semester rule's nudge in ISO week 47;
* ``2026-11#2`` — the second nudge for the November work record form;
* ``2026-11^`` — the reminder ``2026-11`` back once after a snooze (``^^`` after a second one);
* digests: subject ``""``, rule ``digest``, period ``2026-W48`` (weekly) or ``2026-11`` (after
  the month closed).

Nothing is dropped for bad timing: a reminder not allowed now (night, a rest day) is simply
produced again by a later sweep, because the ledger does not have it yet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, Final

from reminders.compliance import BEHIND, MET, MISSED, RuleStatus
from reminders.policy import Policy, ReminderSettings, Rule
from reminders.semester_calendar import Semester, SemesterCalendar

ADVISOR: Final = "advisor"
COUNSELOR: Final = "counselor"

DUE_SOON: Final = "due_soon"
STAGE_MISSED: Final = "missed"
DIGEST: Final = "digest"
DIGEST_RULE: Final = "digest"

PENDING: Final = "pending"
SENT: Final = "sent"
UNREACHABLE: Final = "unreachable"

# A pending row younger than this may be another sweep's send in flight; older ones are
# crashes or failures, retried by whichever sweep claims them first.
RETRY_AFTER: Final = timedelta(minutes=1)
# After this many tries a reminder is left pending (with its last error) for a human to see.
MAX_ATTEMPTS: Final = 5
# `missed` is about a period that closed recently; a bot started mid-semester must not
# send one message per period it never saw. Also how far back a digest lists misses.
MISSED_LOOKBACK_DAYS: Final = 14
# After a semester's last day its closing reminders still go out for this many days: the
# last periods' `missed`, the last month's form (due five days later, then three nudges three
# days apart) and the weekly digest after those nudges ran out.
WRAP_UP_DAYS: Final = 21
SNOOZE_DAYS: Final = 3

# True on a day nothing is sent (see reminders.holidays.is_rest_day).
RestDay = Callable[[date], bool]

_WEEK_MARK: Final = "@"
_NUDGE_MARK: Final = "#"
_SNOOZE_MARK: Final = "^"


@dataclass(frozen=True, slots=True)
class Recipient:
    """A person reminders go to, as plain values."""

    id: int
    name: str
    telegram_id: int | None
    language: str | None
    unreachable: bool

    @property
    def reachable(self) -> bool:
        """False when Telegram cannot carry a message to them (no id, or they blocked us)."""
        return self.telegram_id is not None and not self.unreachable


@dataclass(frozen=True, slots=True)
class ClassHistory:
    """One class: its people and every started period's status in the relevant semester."""

    class_id: int
    name: str
    advisor: Recipient | None
    counselor: Recipient | None
    history: tuple[RuleStatus, ...]


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One ledger row as plain values (``sent_at`` is the last try's start while pending)."""

    id: int
    person_id: int
    subject: str
    rule: str
    period: str
    stage: str
    status: str
    attempts: int
    created_at: datetime
    sent_at: datetime | None = None
    snoozed_until: datetime | None = None

    @property
    def key(self) -> tuple[int, str, str, str, str]:
        return (self.person_id, self.subject, self.rule, self.period, self.stage)


@dataclass(frozen=True)
class Reminder:
    """One message due now. ``ledger_id`` is set when it retries an existing pending row."""

    person_id: int
    telegram_id: int | None
    person_name: str
    role: str
    subject: str
    rule: str
    period: str
    stage: str
    lang: str
    text_key: str
    params: Mapping[str, Any] = field(default_factory=dict)
    reachable: bool = True
    # The activity kind the "log it now" button starts; None for documents and digests.
    kind: str | None = None
    ledger_id: int | None = None
    attempts: int = 0

    @property
    def key(self) -> tuple[int, str, str, str, str]:
        return (self.person_id, self.subject, self.rule, self.period, self.stage)

    @property
    def rule_period(self) -> str:
        """The rule's own period ("2026-11") without the ledger's week/nudge/snooze marks."""
        period = self.period.rstrip(_SNOOZE_MARK)
        for mark in (_WEEK_MARK, _NUDGE_MARK):
            period = period.split(mark, 1)[0]
        return period


def sending_allowed(settings: ReminderSettings, now: datetime, is_rest_day: RestDay) -> bool:
    """Good manners: a working day, from the send time on, and outside the quiet hours."""
    local = now.timetz().replace(tzinfo=None)
    if local < settings.send_time or settings.is_quiet(local):
        return False
    return not is_rest_day(now.date())


def due_reminders(
    policy: Policy,
    calendar: SemesterCalendar,
    classes: Sequence[ClassHistory],
    ledger: Iterable[LedgerEntry],
    now: datetime,
    is_rest_day: RestDay,
) -> list[Reminder]:
    """Every reminder due at ``now``: new ones, retries of stale pending rows, snooze returns.

    Empty outside the sending hours, on rest days, and outside a semester (except the
    semester plan before it starts and the wrap-up days after it ends).
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware (pass it in the college's time zone)")
    if not sending_allowed(policy.reminders, now, is_rest_day):
        return []
    today = now.date()
    semester = calendar.current_or_relevant(today)
    if semester is None or today > semester.end + timedelta(days=WRAP_UP_DAYS):
        return []
    ctx = _Sweep(policy, calendar, semester, now, _Ledger(ledger))
    before_semester = today < semester.start
    reminders: list[Reminder] = []
    for cls in classes:
        if cls.advisor is not None:
            reminders.extend(ctx.advisor_reminders(cls, cls.advisor, before_semester))
    if not before_semester:
        reminders.extend(ctx.digests(classes))
    return reminders


# ---------------------------------------------------------------------------------------------


class _Ledger:
    """The ledger indexed by key, and by (person, subject, rule) for the repeating reminders."""

    def __init__(self, entries: Iterable[LedgerEntry]) -> None:
        self.by_key: dict[tuple[int, str, str, str, str], LedgerEntry] = {}
        self.by_topic: dict[tuple[int, str, str], list[LedgerEntry]] = defaultdict(list)
        for entry in entries:
            self.by_key[entry.key] = entry
            self.by_topic[(entry.person_id, entry.subject, entry.rule)].append(entry)

    def topic(self, person_id: int, subject: str, rule: str) -> list[LedgerEntry]:
        return self.by_topic.get((person_id, subject, rule), [])


def _log_kind(rule: Rule) -> str | None:
    """The kind "log it now" offers: the only one, or the one the rule is named after."""
    if len(rule.kinds) == 1:
        return next(iter(rule.kinds))
    for kind in sorted(rule.kinds):
        if rule.id.startswith(f"{kind}_"):
            return kind
    return None


def _lang(person: Recipient) -> str:
    return "en" if person.language and person.language.lower().startswith("en") else "zh"


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


class _Sweep:
    def __init__(
        self,
        policy: Policy,
        calendar: SemesterCalendar,
        semester: Semester,
        now: datetime,
        ledger: _Ledger,
    ) -> None:
        self.policy = policy
        self.calendar = calendar
        self.settings = policy.reminders
        self.semester = semester
        self.today = now.date()
        self.now = now
        self.ledger = ledger

    # -- shared ---------------------------------------------------------------------------

    def _local_day(self, moment: datetime) -> date:
        return moment.astimezone(self.now.tzinfo).date()

    def _stale(self, entry: LedgerEntry) -> bool:
        tried = entry.sent_at or entry.created_at
        return (
            entry.status == PENDING
            and entry.attempts < MAX_ATTEMPTS
            and tried <= self.now - RETRY_AFTER
        )

    def resolve(self, candidate: Reminder, *, comeback: bool = True) -> Reminder | None:
        """``candidate`` if the ledger lacks it; its retry if its row is stale and pending;
        its return after an expired snooze (once per snooze); else None."""
        period = candidate.period
        while True:
            entry = self.ledger.by_key.get(
                (candidate.person_id, candidate.subject, candidate.rule, period, candidate.stage)
            )
            if entry is None:
                return replace(candidate, period=period)
            if self._stale(entry):
                return replace(
                    candidate, period=period, ledger_id=entry.id, attempts=entry.attempts
                )
            if comeback and entry.snoozed_until is not None and entry.snoozed_until <= self.now:
                period += _SNOOZE_MARK
                continue
            return None

    def _reminder(
        self,
        person: Recipient,
        role: str,
        subject: str,
        rule: str,
        period: str,
        stage: str,
        text_key: str,
        params: Mapping[str, Any],
        kind: str | None = None,
    ) -> Reminder:
        return Reminder(
            person_id=person.id,
            telegram_id=person.telegram_id,
            person_name=person.name,
            role=role,
            subject=subject,
            rule=rule,
            period=period,
            stage=stage,
            lang=_lang(person),
            text_key=text_key,
            params=params,
            reachable=person.reachable,
            kind=kind,
        )

    # -- advisors -------------------------------------------------------------------------

    def advisor_reminders(
        self, cls: ClassHistory, advisor: Recipient, before_semester: bool
    ) -> Iterable[Reminder]:
        for status in cls.history:
            if status.state == MET:
                continue
            rule = self.policy.rule(status.rule)
            if before_semester and rule.period != "before_semester":
                continue
            found: Reminder | None
            if rule.measure == "submission" and rule.period == "before_semester":
                found = self._plan_nudge(cls, advisor, rule, status)
            elif rule.measure == "submission" and rule.period == "month":
                found = self._form_nudge(cls, advisor, rule, status)
            elif status.state == MISSED:
                found = self._missed(cls, advisor, rule, status)
            elif rule.period == "semester":
                found = self._semester_nudge(cls, advisor, rule, status)
            else:
                found = self._due_soon(cls, advisor, rule, status)
            if found is not None:
                yield found

    def _params(self, cls: ClassHistory, status: RuleStatus, rule: Rule) -> dict[str, Any]:
        return {
            "class_name": cls.name,
            "rule": status.rule,
            "period": status.period,
            "done": status.done,
            "required": status.required,
            "measure": rule.measure,
            "due": status.due.isoformat(),
        }

    def _due_soon(
        self, cls: ClassHistory, advisor: Recipient, rule: Rule, status: RuleStatus
    ) -> Reminder | None:
        # Fortnight and month rules: once, in the last days before the period closes.
        if (status.due - self.today).days > self.settings.due_soon_lead_days(rule.period):
            return None
        candidate = self._reminder(
            advisor,
            ADVISOR,
            cls.name,
            rule.id,
            status.period,
            DUE_SOON,
            "reminders.due_soon",
            self._params(cls, status, rule),
            _log_kind(rule),
        )
        return self.resolve(candidate)

    def _missed(
        self, cls: ClassHistory, advisor: Recipient, rule: Rule, status: RuleStatus
    ) -> Reminder | None:
        if (self.today - status.due).days > MISSED_LOOKBACK_DAYS:
            return None
        candidate = self._reminder(
            advisor,
            ADVISOR,
            cls.name,
            rule.id,
            status.period,
            STAGE_MISSED,
            "reminders.missed",
            self._params(cls, status, rule),
        )
        # A missed period cannot be helped by coming back: no return after a snooze.
        return self.resolve(candidate, comeback=False)

    def _weekly(
        self, cls: ClassHistory, advisor: Recipient, rule: Rule, status: RuleStatus, stage: str
    ) -> Reminder | None:
        """At most one nudge per ISO week, and at least the nudge interval apart."""
        this_week = f"{status.period}{_WEEK_MARK}{_iso_week(self.today)}"
        key = (advisor.id, cls.name, rule.id, this_week, stage)
        if key not in self.ledger.by_key:
            prefix = f"{status.period}{_WEEK_MARK}"
            earlier = [
                e
                for e in self.ledger.topic(advisor.id, cls.name, rule.id)
                if e.period.startswith(prefix)
            ]
            if earlier:
                last = max(earlier, key=lambda e: e.created_at)
                interval = timedelta(days=self.settings.semester_nudge_interval_days)
                if self.today < self._local_day(last.created_at) + interval:
                    return None
                if last.snoozed_until is not None and last.snoozed_until > self.now:
                    return None
        text_key = "reminders.plan" if rule.period == "before_semester" else "reminders.behind"
        if rule.period == "before_semester" and self.today > status.due:
            text_key = "reminders.plan_overdue"
        candidate = self._reminder(
            advisor,
            ADVISOR,
            cls.name,
            rule.id,
            this_week,
            stage,
            text_key,
            self._params(cls, status, rule),
            _log_kind(rule),
        )
        return self.resolve(candidate)

    def _semester_nudge(
        self, cls: ClassHistory, advisor: Recipient, rule: Rule, status: RuleStatus
    ) -> Reminder | None:
        # Under pace, or in the semester's last weeks while unmet.
        in_last_weeks = (status.due - self.today).days <= self.settings.due_soon_lead_days(
            "semester"
        )
        if status.state != BEHIND and not in_last_weeks:
            return None
        return self._weekly(cls, advisor, rule, status, DUE_SOON)

    def _plan_nudge(
        self, cls: ClassHistory, advisor: Recipient, rule: Rule, status: RuleStatus
    ) -> Reminder | None:
        # From the plan window's first day until it is handed in (weekly, like semester rules).
        stage = DUE_SOON if self.today <= status.due else STAGE_MISSED
        return self._weekly(cls, advisor, rule, status, stage)

    def _form_nudges(
        self, advisor: Recipient, cls: ClassHistory, rule: Rule, period: str
    ) -> list[LedgerEntry]:
        prefix = f"{period}{_NUDGE_MARK}"
        return sorted(
            (
                e
                for e in self.ledger.topic(advisor.id, cls.name, rule.id)
                if e.period.startswith(prefix) and not e.period.endswith(_SNOOZE_MARK)
            ),
            key=lambda e: e.created_at,
        )

    def _too_old_to_nudge(self, status: RuleStatus) -> bool:
        # A form the bot never nudged about (it started later) goes straight to the digest.
        return (self.today - status.period_end).days > MISSED_LOOKBACK_DAYS

    def _form_nudge(
        self, cls: ClassHistory, advisor: Recipient, rule: Rule, status: RuleStatus
    ) -> Reminder | None:
        # From the day after the month's last day in session, every few days, a few times.
        if self.today <= status.period_end:
            return None
        nudges = self._form_nudges(advisor, cls, rule, status.period)
        params = {**self._params(cls, status, rule), "month": status.period}
        text_key = "reminders.form" if self.today <= status.due else "reminders.form_overdue"
        if nudges and self._stale(nudges[-1]):
            last = nudges[-1]
            retry = self._reminder(
                advisor, ADVISOR, cls.name, rule.id, last.period, last.stage, text_key, params
            )
            return replace(retry, ledger_id=last.id, attempts=last.attempts)
        if len(nudges) >= self.settings.monthly_form_nudge_max:
            return None
        if not nudges and self._too_old_to_nudge(status):
            return None
        if nudges:
            last = nudges[-1]
            interval = timedelta(days=self.settings.monthly_form_nudge_interval_days)
            if self.today < self._local_day(last.created_at) + interval:
                return None
            # A snoozed nudge holds the next one back until the snooze ends (no extra return).
            if last.snoozed_until is not None and last.snoozed_until > self.now:
                return None
        stage = DUE_SOON if self.today <= status.due else STAGE_MISSED
        number = len(nudges) + 1
        params["nudge"] = number
        params["nudges"] = self.settings.monthly_form_nudge_max
        candidate = self._reminder(
            advisor,
            ADVISOR,
            cls.name,
            rule.id,
            f"{status.period}{_NUDGE_MARK}{number}",
            stage,
            text_key,
            params,
        )
        return self.resolve(candidate, comeback=False)

    # -- counselors -----------------------------------------------------------------------

    def _digest_items(self, cls: ClassHistory) -> list[tuple[str, str, str, str]]:
        """(rule, period, state, due) the counselor should hear about for one class."""
        items: list[tuple[str, str, str, str]] = []
        for status in cls.history:
            if status.state == MET:
                continue
            rule = self.policy.rule(status.rule)
            if rule.measure == "submission" and rule.period == "month":
                # The advisor is nudged first; the counselor hears once the nudges ran out.
                if self.today <= status.period_end:
                    continue
                nudged = (
                    len(self._form_nudges(cls.advisor, cls, rule, status.period))
                    if cls.advisor is not None
                    else 0
                )
                exhausted = (
                    cls.advisor is None
                    or nudged >= self.settings.monthly_form_nudge_max
                    or (nudged == 0 and self._too_old_to_nudge(status))
                )
                if not exhausted:
                    continue
            elif status.state == MISSED:
                if (
                    rule.period != "before_semester"
                    and (self.today - status.due).days > MISSED_LOOKBACK_DAYS
                ):
                    continue
            elif status.state != BEHIND or rule.period == "before_semester":
                continue
            items.append((status.rule, status.period, status.state, status.due.isoformat()))
        return items

    def digests(self, classes: Sequence[ClassHistory]) -> Iterable[Reminder]:
        by_counselor: dict[int, list[ClassHistory]] = defaultdict(list)
        people: dict[int, Recipient] = {}
        for cls in classes:
            if cls.counselor is not None:
                by_counselor[cls.counselor.id].append(cls)
                people[cls.counselor.id] = cls.counselor
        for counselor_id, own in by_counselor.items():
            found = self._digest(people[counselor_id], own)
            if found is not None:
                yield found

    def _digest(self, counselor: Recipient, classes: list[ClassHistory]) -> Reminder | None:
        rows: list[tuple[str, tuple[tuple[str, str, str, str], ...]]] = []
        unreachable: list[tuple[str, str]] = []
        for cls in sorted(classes, key=lambda c: c.name):
            items = self._digest_items(cls)
            if items:
                rows.append((cls.name, tuple(items)))
            if cls.advisor is not None and not cls.advisor.reachable:
                unreachable.append((cls.name, cls.advisor.name))
        if not rows and not unreachable:
            # Nothing to say: no message, and nothing recorded, so a later sweep this week
            # still sends one if something turns up.
            return None
        period = self._digest_period(counselor)
        if period is None:
            return None
        params = {
            "period": period,
            "classes": tuple(rows),
            "unreachable": tuple(unreachable),
        }
        candidate = self._reminder(
            counselor, COUNSELOR, "", DIGEST_RULE, period, DIGEST, "reminders.digest", params
        )
        return self.resolve(candidate)

    def _digest_period(self, counselor: Recipient) -> str | None:
        """The month just closed, if its digest is still to come; else this week's."""
        months = self.calendar.period_tuple(self.semester, "month")
        closed = [
            p
            for p in months
            if p.end < self.today and (self.today - p.end).days <= MISSED_LOOKBACK_DAYS
        ]
        if closed and self.resolve(self._stub(counselor, closed[-1].key)) is not None:
            return closed[-1].key
        if self.today.weekday() < self.settings.digest_weekday:
            return None
        week = _iso_week(self.today)
        if (counselor.id, "", DIGEST_RULE, week, DIGEST) in self.ledger.by_key:
            return week
        # In the week a month closes, the month's digest is the week's digest.
        if any(_iso_week(p.end + timedelta(days=1)) == week for p in months):
            return None
        # A month's digest that went out this week was this week's digest: one a week.
        for entry in self.ledger.topic(counselor.id, "", DIGEST_RULE):
            if _iso_week(self._local_day(entry.created_at)) == week:
                return None
        return week

    def _stub(self, counselor: Recipient, period: str) -> Reminder:
        return self._reminder(
            counselor, COUNSELOR, "", DIGEST_RULE, period, DIGEST, "reminders.digest", {}
        )
