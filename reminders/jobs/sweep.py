"""One reminder sweep: load everything in a fixed number of queries, decide, then for each
reminder claim its ledger row (committed) before sending it, so each goes out exactly once.

Sending is sequential; Telegram's limits are the sender's business (the bot's AIORateLimiter).
A 403 marks the person unreachable and the sweep goes on; other Telegram errors leave the
row pending for a later sweep; any other exception is a bug and stops the sweep, leaving the
claimed row pending, which the next sweep retries.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Protocol, cast

from sqlalchemy.orm import Session, sessionmaker
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import Forbidden, TelegramError

from bot import metrics
from bot.reminder_texts import Buttons, buttons, render
from reminders.compliance import ActivityFact, SubmissionFact
from reminders.decisions import (
    ClassHistory,
    LedgerEntry,
    Recipient,
    Reminder,
    RestDay,
    due_reminders,
)
from reminders.holidays import is_rest_day
from reminders.jobs.status import load_calendar
from reminders.judge import ClassFacts, judge_many
from reminders.policy import Policy
from storage import ledger
from storage.db import unit_of_work
from storage.facts import PersonRef, activity_tuples, class_rows, gc_paused, submission_tuples

if TYPE_CHECKING:
    from telegram import Bot

log = logging.getLogger(__name__)

SENT: Final = "sent"
UNREACHABLE: Final = "unreachable"
FAILED: Final = "failed"
WOULD_SEND: Final = "would_send"


class Sender(Protocol):
    """Delivers one message; raises telegram.error.TelegramError (Forbidden on 403)."""

    def __call__(self, chat_id: int, text: str, buttons: Buttons) -> Awaitable[None]: ...


def telegram_sender(bot: Bot) -> Sender:
    """A sender over a python-telegram-bot Bot (the application's, with its rate limiter)."""

    async def send(chat_id: int, text: str, keyboard: Buttons) -> None:
        markup = (
            InlineKeyboardMarkup(
                [
                    [InlineKeyboardButton(label, callback_data=data) for label, data in row]
                    for row in keyboard
                ]
            )
            if keyboard
            else None
        )
        await bot.send_message(chat_id, text, reply_markup=markup)

    return send


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one reminder in this sweep."""

    reminder: Reminder
    text: str
    status: str
    ledger_id: int | None = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The contract's ``remind --json`` object."""
        r = self.reminder
        return {
            "to": r.telegram_id,
            "person": r.person_name,
            "role": r.role,
            "rule": r.rule,
            "period": r.rule_period,
            "stage": r.stage,
            "text": self.text,
        }


@dataclass
class SweepReport:
    at: datetime
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


# ---------------------------------------------------------------------------------------------
# Loading


class _Activity(NamedTuple):
    """Reads like ActivityFact; built several times faster (hundreds of thousands a sweep)."""

    kind: str
    date: date
    count: int
    hours: float | None


def _recipient(ref: PersonRef | None) -> Recipient | None:
    if ref is None:
        return None
    return Recipient(ref.id, ref.name, ref.telegram_id, ref.language, ref.unreachable)


def decide(
    session: Session, policy: Policy, now: datetime, is_holiday: RestDay = is_rest_day
) -> list[Reminder]:
    """The reminders due at ``now``, from six queries whatever the number of classes."""
    with gc_paused():
        return _decide(session, policy, now, is_holiday)


def _decide(session: Session, policy: Policy, now: datetime, is_holiday: RestDay) -> list[Reminder]:
    calendar = load_calendar(session, policy)  # semesters
    semester = calendar.current_or_relevant(now.date())
    if semester is None:
        return []
    rows = class_rows(session)  # classes with advisor and counselor
    activities = activity_tuples(session, semester.start, semester.end)
    submissions = submission_tuples(session)  # forms, plans: two queries
    # Everything about this semester was recorded from its plan window on.
    since = datetime.combine(
        semester.start - timedelta(days=calendar.plan_lead_days + 1),
        datetime.min.time(),
        tzinfo=now.tzinfo,
    )
    entries = [LedgerEntry(*row) for row in ledger.ledger_rows(session, since)]
    facts = [
        ClassFacts(
            row.id,
            cast("list[ActivityFact]", [_Activity._make(t) for t in activities.get(row.id, ())]),
            [SubmissionFact(*s) for s in submissions.get(row.id, ())],
            row.advisor.id if row.advisor else None,
        )
        for row in rows
    ]
    # The one judge, at the same moment and on the same semester as status.
    judged = dict(judge_many(policy, calendar, facts, now, semester=semester))
    classes = [
        ClassHistory(
            row.id,
            row.name,
            _recipient(row.advisor),
            _recipient(row.counselor),
            judged[row.id].periods,
        )
        for row in rows
    ]
    return due_reminders(policy, calendar, classes, entries, now, is_holiday)


# ---------------------------------------------------------------------------------------------
# Sending


async def run_sweep(
    sessions: sessionmaker[Session],
    policy: Policy,
    now: datetime,
    sender: Sender | None,
    *,
    dry_run: bool = False,
    is_holiday: RestDay = is_rest_day,
    clock: Callable[[], datetime] | None = None,
) -> SweepReport:
    """One sweep at ``now``. With ``dry_run`` nothing is written or sent.

    ``clock`` gives the moment a send finished (defaults to ``now``).
    """
    with unit_of_work(sessions) as session:
        due = decide(session, policy, now, is_holiday)
    report = SweepReport(now)
    if dry_run:
        report.outcomes = [Outcome(r, render(r), WOULD_SEND) for r in due]
        report.outcomes.extend(await _plan_follow_ups(sessions, policy, now, None, dry_run=True))
        return report
    if sender is None:
        raise ValueError("a sender is needed unless dry_run is set")
    blocked: set[int] = set()
    for reminder in due:
        if reminder.person_id in blocked:
            # Telegram refused them a moment ago: record the rest without asking again.
            reminder = replace(reminder, reachable=False)
        outcome = await _deliver(sessions, reminder, now, sender, clock or (lambda: now))
        if outcome is None:
            continue
        report.outcomes.append(outcome)
        if outcome.status == UNREACHABLE:
            blocked.add(reminder.person_id)
    report.outcomes.extend(await _plan_follow_ups(sessions, policy, now, sender))
    return report


async def _plan_follow_ups(
    sessions: sessionmaker[Session],
    policy: Policy,
    now: datetime,
    sender: Sender | None,
    *,
    dry_run: bool = False,
) -> Sequence[Outcome]:
    """Plans advisors wrote down: "did it happen?" on their day (the chat's glue, kept in
    reminders/jobs/plan_followups.py; stage "planned" in the ledger and in remind --json)."""
    from reminders.jobs.plan_followups import run_plan_follow_ups

    return await run_plan_follow_ups(sessions, policy, now, sender, dry_run=dry_run)


def _claim(session: Session, reminder: Reminder, text: str, now: datetime) -> int | None:
    if reminder.ledger_id is not None:
        if not ledger.claim_retry(session, reminder.ledger_id, reminder.attempts, now):
            return None
        ledger.set_text(session, reminder.ledger_id, text)
        return reminder.ledger_id
    return ledger.claim_new(
        session,
        person_id=reminder.person_id,
        subject=reminder.subject,
        rule=reminder.rule,
        period=reminder.period,
        stage=reminder.stage,
        text=text,
        status=ledger.PENDING if reminder.reachable else ledger.UNREACHABLE,
        now=now,
    )


async def _deliver(
    sessions: sessionmaker[Session],
    reminder: Reminder,
    now: datetime,
    sender: Sender,
    clock: Callable[[], datetime],
) -> Outcome | None:
    text = render(reminder)
    # Recorded and committed before sending: a crash after this line leaves a pending row.
    with unit_of_work(sessions) as session:
        ledger_id = _claim(session, reminder, text, now)
    if ledger_id is None:
        return None  # another sweep has it
    if not reminder.reachable or reminder.telegram_id is None:
        # No Telegram account to write to (or they blocked the bot): the counselor's digest
        # lists them instead.
        return Outcome(reminder, text, UNREACHABLE, ledger_id)
    try:
        await sender(reminder.telegram_id, text, buttons(reminder, ledger_id))
    except Forbidden as exc:
        log.info("person %s cannot be reached: %s", reminder.person_id, exc)
        with unit_of_work(sessions) as session:
            ledger.mark_unreachable(session, ledger_id, reminder.person_id, clock(), str(exc))
        metrics.REMINDERS.labels("unreachable").inc()
        return Outcome(reminder, text, UNREACHABLE, ledger_id, str(exc))
    except TelegramError as exc:
        log.warning("reminder %s not sent, will retry: %s", ledger_id, exc)
        with unit_of_work(sessions) as session:
            ledger.mark_failed(session, ledger_id, f"{type(exc).__name__}: {exc}")
        metrics.REMINDERS.labels("failed").inc()
        return Outcome(reminder, text, FAILED, ledger_id, str(exc))
    with unit_of_work(sessions) as session:
        ledger.mark_sent(session, ledger_id, clock())
    metrics.REMINDERS.labels("sent").inc()
    return Outcome(reminder, text, SENT, ledger_id)


def outcomes_json(outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    return [o.to_json() for o in outcomes]
