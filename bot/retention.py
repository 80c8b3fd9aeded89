"""The daily retention job: the raw words of old notes, and of the chat's old open questions,
are blanked (个人信息保护法).

A stable job name, removed before it is added again, so a restart never runs two. Several
instances running it at once is harmless: blanking what is already blank changes nothing.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Final

from bot import scheduling
from bot.context import BotApplication, BotContext, Services
from storage.privacy import blank_old_texts, forget_old_questions

log = logging.getLogger(__name__)

JOB_NAME: Final = "retention"
INTERVAL: Final = timedelta(days=1)
FIRST_AFTER: Final = timedelta(minutes=2)


def run_retention(services: Services) -> int:
    """Blank the raw text of notes older than the policy allows; returns how many.

    The chat's open questions that old lose their words too (closed ones are deleted)."""
    assert services.policy is not None
    cutoff = services.now() - timedelta(days=services.policy.retention.source_text_days)
    with services.session() as session:
        blanked = blank_old_texts(session, cutoff)
        questions = forget_old_questions(session, cutoff)
    if questions:
        log.info("retention: cleared %d old open question(s)", questions)
    return blanked


async def retention_job(context: BotContext) -> None:
    """The daily job (see `schedule`)."""
    blanked = run_retention(context.bot_data)
    if blanked:
        log.info("retention: blanked the raw text of %d old note(s)", blanked)


def schedule(application: BotApplication) -> None:
    scheduling.every(
        application, retention_job, name=JOB_NAME, interval=INTERVAL, first=FIRST_AFTER
    )
