"""The dashboard's forms inbox over the counselor's desk (`bot/desk.py`): the same view,
the same review storage and the same nudge ledger as `/forms` in chat; only the delivery of
a message is the web's own (`Notify`, the bot's send)."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.orm import Session
from telegram.error import Forbidden, TelegramError

from bot import desk
from bot.web.common import Notify, WebServices
from reminders.holidays import is_rest_day
from storage import ledger
from storage.models import Person, ReminderLedger

log = logging.getLogger(__name__)

# What the page says after a nudge, by the desk's outcome.
NUDGE_NOTICES = {
    desk.SEND: "nudge_done",
    desk.QUEUED_NOW: "nudge_queued",
    desk.ALREADY: "nudge_already",
    desk.NOT_MISSING: "nudge_not_missing",
    desk.NO_ADVISOR: "nudge_no_advisor",
    desk.UNREACHABLE: "nudge_unreachable",
}


def person(session: Session, person_id: int) -> Person:
    found = session.get(Person, person_id)
    assert found is not None  # the session's person: a foreign key
    return found


def nudge(
    services: WebServices, person_id: int, class_id: int, doc: str, month: str, now: datetime
) -> desk.Nudge:
    """Claim a nudge in the ledger as `/forms` does (once a day per advisor and item, queued
    outside reminder hours). Runs in a worker thread."""
    with services.session() as session:
        return desk.nudge(
            session,
            person(session, person_id),
            class_id,
            doc,
            month,
            services.policy,
            now,
            is_rest_day,
        )


async def deliver(services: WebServices, result: desk.Nudge, notify: Notify) -> str:
    """Send a claimed nudge and record the outcome as the desk's chat delivery does."""
    from starlette.concurrency import run_in_threadpool

    assert result.ledger_id is not None and result.telegram_id is not None
    ledger_id = result.ledger_id
    try:
        await notify(result.telegram_id, result.text)
    except Forbidden as exc:
        error = str(exc)

        def unreachable() -> None:
            with services.session() as session:
                row = session.get(ReminderLedger, ledger_id)
                person_id = row.person_id if row is not None else 0
                ledger.mark_unreachable(session, ledger_id, person_id, services.now(), error)

        await run_in_threadpool(unreachable)
        return desk.UNREACHABLE
    except TelegramError as exc:
        log.warning("nudge %s not sent, the desk's job will retry: %s", ledger_id, exc)
        message = f"{type(exc).__name__}: {exc}"

        def failed() -> None:
            with services.session() as session:
                ledger.mark_failed(session, ledger_id, message)

        await run_in_threadpool(failed)
        return "failed"

    def sent() -> None:
        with services.session() as session:
            ledger.mark_sent(session, ledger_id, services.now())

    await run_in_threadpool(sent)
    return desk.SEND
