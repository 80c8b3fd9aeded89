"""The photo appendix of the monthly form: which photos, fetched from Telegram when the form
is built.

Up to `MAX_PICTURES` photos are chosen, the first photo of each record in the form's order
before any record's second; each is fetched with getFile and downloaded within
`FETCH_TIMEOUT` seconds, all at once. A photo Telegram no longer has, a timeout, a network
error or bytes that are not an image only leave that picture out: the caller still builds
the form, and the form says how many could not be fetched.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Final

from sqlalchemy.orm import Session
from telegram import Bot
from telegram.error import TelegramError

from bot.documents.form_docx import MAX_PICTURES, FormPicture, is_picture, render_month_form
from storage.evidence import evidence_file_ids
from storage.forms import FormEntry, MonthlyForm

log = logging.getLogger(__name__)

# Seconds for one photo's getFile and download together.
FETCH_TIMEOUT: Final = 8.0
# Seconds for all the pictures of a month's zip of forms together; later forms go without.
ZIP_BUDGET: Final = 60.0


@dataclass(frozen=True, slots=True)
class FetchedPictures:
    """What the appendix gets: the pictures fetched, and how many could not be."""

    pictures: tuple[FormPicture, ...] = ()
    missing: int = 0


# Fetches chosen photos: what the dashboard is given by the bot it runs beside.
PictureFetcher = Callable[[Sequence[tuple[FormEntry, str]]], Awaitable[FetchedPictures]]


def bot_pictures(bot: Bot) -> PictureFetcher:
    """`fetch_pictures` with this bot, for code that has no bot of its own (the dashboard)."""

    async def fetch(photos: Sequence[tuple[FormEntry, str]]) -> FetchedPictures:
        return await fetch_pictures(bot, photos)

    return fetch


def chosen_photos(
    session: Session, form: MonthlyForm, limit: int = MAX_PICTURES
) -> list[tuple[FormEntry, str]]:
    """(record, file id) of the photos the appendix shows: round by round over the records,
    so six records with photos show one each before any shows two.

    A record gives at most the photos it counts on the form (the first ones, in the order
    they came): a submitted form shows the evidence it was filed with, not photos attached
    after it was handed in."""
    entries = list(form.entries())
    file_ids = evidence_file_ids(session, (entry.activity_id for entry in entries))
    queues = [(entry, file_ids.get(entry.activity_id, [])[: entry.photos]) for entry in entries]
    chosen: list[tuple[FormEntry, str]] = []
    depth = 0
    while len(chosen) < limit and any(depth < len(ids) for _, ids in queues):
        for entry, ids in queues:
            if depth < len(ids) and len(chosen) < limit:
                chosen.append((entry, ids[depth]))
        depth += 1
    return chosen


async def fetch_pictures(
    bot: Bot, photos: Sequence[tuple[FormEntry, str]], per_photo: float = FETCH_TIMEOUT
) -> FetchedPictures:
    """Fetch the photos concurrently; each failure is counted, none is raised."""
    fetched = await asyncio.gather(*(_fetch(bot, file_id, per_photo) for _, file_id in photos))
    pictures = tuple(
        FormPicture(entry, data)
        for (entry, _), data in zip(photos, fetched, strict=True)
        if data is not None
    )
    return FetchedPictures(pictures, len(photos) - len(pictures))


async def _fetch(bot: Bot, file_id: str, per_photo: float) -> bytes | None:
    try:
        async with asyncio.timeout(per_photo):
            file = await bot.get_file(file_id)
            data = bytes(await file.download_as_bytearray())
    except (TelegramError, TimeoutError, RuntimeError) as error:
        # RuntimeError: Telegram answered without a file path (the file is too big to fetch).
        log.info("an evidence photo for the form was not fetched: %s", type(error).__name__)
        return None
    if not is_picture(data):
        log.info("an evidence photo for the form is not an image Word can show")
        return None
    return data


async def render_with_pictures(
    bot: Bot,
    session: Callable[[], AbstractContextManager[Session]],
    form: MonthlyForm,
    lang: str,
) -> bytes:
    """The form's .docx with its photo appendix (`session` opens a unit of work, as
    `Services.session` does); the pictures are fetched outside any database session."""
    with session() as db:
        photos = chosen_photos(db, form)
    fetched = await fetch_pictures(bot, photos)
    return render_month_form(form, lang, fetched.pictures, missing=fetched.missing)


def pictures_from_a_thread(
    bot: Bot, loop: asyncio.AbstractEventLoop, budget: float = ZIP_BUDGET
) -> Callable[[Session, MonthlyForm], FetchedPictures]:
    """For code building many forms in a worker thread (the month's zip): each form's
    pictures fetched on the bot's `loop`, within one `budget` of seconds for them all; once
    it is spent, the forms left say their photos could not be fetched."""
    deadline = time.monotonic() + budget

    def pictures_of(session: Session, form: MonthlyForm) -> FetchedPictures:
        photos = chosen_photos(session, form)
        left = deadline - time.monotonic()
        if not photos or left <= 0:
            return FetchedPictures((), len(photos))
        coroutine = fetch_pictures(bot, photos, per_photo=min(FETCH_TIMEOUT, left))
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result()

    return pictures_of
