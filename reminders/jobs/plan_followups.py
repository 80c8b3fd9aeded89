"""Glue the sweep calls for plans: open plans from the database, the pure decision in
`reminders.followups`, each question claimed in the reminder ledger before it is sent
(so it goes out exactly once), and the plans nobody answered closed."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Final

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from telegram.error import Forbidden, TelegramError

from reminders.decisions import Reminder
from reminders.followups import ASKED, ASKED_AGAIN, PlanFact, plan_follow_ups
from reminders.policy import Policy
from storage import ledger
from storage import questions as asked
from storage.db import unit_of_work
from storage.models import Person, ReminderLedger, SchoolClass

if TYPE_CHECKING:
    from reminders.jobs.sweep import Outcome

log = logging.getLogger(__name__)

PLAN_QUESTION: Final = "plan"
RULE: Final = "plan_follow_up"
Buttons = list[list[tuple[str, str]]]
Send = Callable[[int, str, Buttons], Awaitable[None]]


def ledger_period(question_id: int, day: date) -> str:
    """The plan's ledger period: its day (what `remind --json` shows) and its question; a
    plan moved to another day is asked about again on that day."""
    return f"{day.isoformat()}#{question_id}"


def _facts(session: Session, now: datetime) -> tuple[list[PlanFact], dict[int, asked.Question]]:
    """Open plans due by now, with the follow-up stages the ledger already holds."""
    questions = {q.id: q for q in asked.due(session, PLAN_QUESTION, now)}
    days = {
        q.id: q.due_at.astimezone(now.tzinfo).date() if q.due_at else now.date()
        for q in questions.values()
    }
    periods = {ledger_period(qid, day): qid for qid, day in days.items()}
    sent: dict[int, set[str]] = {}
    if periods:
        rows = session.execute(
            select(ReminderLedger.period, ReminderLedger.stage).where(
                ReminderLedger.rule == RULE, ReminderLedger.period.in_(list(periods))
            )
        )
        for period, stage in rows:
            sent.setdefault(periods[period], set()).add(stage)
    facts = [PlanFact(qid, day, frozenset(sent.get(qid, ()))) for qid, day in days.items()]
    return facts, questions


def _reminder(
    session: Session, question: asked.Question, stage: str, day: date
) -> tuple[Reminder, str]:
    from bot.i18n import normalise_language

    person = session.get(Person, question.person_id)
    assert person is not None
    school_class = session.get(SchoolClass, question.payload.get("class_id") or 0)
    subject = school_class.name if school_class is not None else ""
    lang = normalise_language(person.language)
    reminder = Reminder(
        person_id=person.id,
        telegram_id=question.chat_id or person.telegram_id,
        person_name=person.name,
        role="advisor",
        subject=subject,
        rule=RULE,
        period=ledger_period(question.id, day),
        stage=stage,
        lang=lang,
        text_key="advisor.followup_ask",
        reachable=person.unreachable_since is None,
    )
    return reminder, lang


def _render(lang: str, question: asked.Question, stage: str, subject: str) -> tuple[str, Buttons]:
    from bot.handlers.plans import describe, follow_up_markup
    from bot.i18n import t
    from bot.pending import Pending

    pending = Pending.from_payload(question.payload)
    key = "advisor.followup_ask" if stage == ASKED else "advisor.followup_ask_again"
    text = t(lang, key, class_name=subject, lines=describe(lang, pending.parsed))
    return text, follow_up_markup(lang, question.token)


async def run_plan_follow_ups(
    sessions: sessionmaker[Session],
    policy: Policy,
    now: datetime,
    send: Send | None,
    *,
    dry_run: bool = False,
) -> Sequence[Outcome]:
    """Ask about the plans due at `now`; each stage once, through the ledger."""
    from reminders.jobs.sweep import FAILED, SENT, UNREACHABLE, WOULD_SEND, Outcome

    outcomes: list[Outcome] = []
    with unit_of_work(sessions) as session:
        facts, questions = _facts(session, now)
        decisions = plan_follow_ups(facts, now, policy.reminders)
        due: list[tuple[Reminder, str, Buttons]] = []
        for decision in decisions:
            question = questions[decision.question_id]
            if decision.stage not in (ASKED, ASKED_AGAIN):
                if not dry_run:
                    asked.close(session, question.id, now)
                continue
            reminder, lang = _reminder(session, question, decision.stage, decision.day)
            text, buttons = _render(lang, question, decision.stage, reminder.subject)
            due.append((reminder, text, buttons))
    for reminder, text, buttons in due:
        if dry_run or send is None:
            outcomes.append(Outcome(reminder, text, WOULD_SEND))
            continue
        with unit_of_work(sessions) as session:
            ledger_id = ledger.claim_new(
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
        if ledger_id is None:
            continue  # another sweep asked it already
        if not reminder.reachable or reminder.telegram_id is None:
            outcomes.append(Outcome(reminder, text, UNREACHABLE, ledger_id))
            continue
        try:
            await send(reminder.telegram_id, text, buttons)
        except Forbidden as exc:
            with unit_of_work(sessions) as session:
                ledger.mark_unreachable(session, ledger_id, reminder.person_id, now, str(exc))
            outcomes.append(Outcome(reminder, text, UNREACHABLE, ledger_id, str(exc)))
            continue
        except TelegramError as exc:
            # The row stays claimed: a plan's question is not worth a second try later.
            log.warning("plan follow-up %s not sent: %s", ledger_id, exc)
            with unit_of_work(sessions) as session:
                ledger.mark_failed(session, ledger_id, f"{type(exc).__name__}: {exc}")
            outcomes.append(Outcome(reminder, text, FAILED, ledger_id, str(exc)))
            continue
        with unit_of_work(sessions) as session:
            ledger.mark_sent(session, ledger_id, now)
        outcomes.append(Outcome(reminder, text, SENT, ledger_id))
    return outcomes
