"""Photos as evidence on the monthly form: each record's photo count and the photo appendix,
fetched with getFile when the form is built, through process_update and LocalRequest."""

from __future__ import annotations

import asyncio
import io
import struct
import zipfile
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from telegram import Bot
from telegram.error import NetworkError

from bot.documents.form_docx import MAX_PICTURES, FormPicture, render_month_form
from bot.form_pictures import (
    FetchedPictures,
    chosen_photos,
    fetch_pictures,
    pictures_from_a_thread,
)
from bot.local_api import LocalRequest
from storage.directory import find_class
from storage.evidence import evidence_file_ids
from storage.forms import FormEntry, draft_month_form, submitted_form
from storage.models import FormSubmission
from tests.bot.harness import LI, ZHANG, BotUnderTest, make_bot, seed


def png(red: int = 255) -> bytes:
    """A valid 1×1 RGB PNG, written by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(bytes([0, red, 0, 0]))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


async def send_photo(bot: BotUnderTest, file_id: str, caption: str) -> None:
    await bot.app.process_update(bot.updates.photo(bot.user(ZHANG), file_id, caption))
    assert "照片" in bot.request.texts()[-1]


async def download_draft(bot: BotUnderTest) -> DocxDocument:
    await bot.say(ZHANG, "/form 2026-11")
    await bot.press(ZHANG, "下载草稿")
    sent = bot.request.sent("sendDocument")[-1]
    return Document(io.BytesIO(sent.files["document"][1]))


def text_of(doc: DocxDocument) -> str:
    cells = (cell.text for table in doc.tables for row in table.rows for cell in row.cells)
    return "\n".join([*cells, *(p.text for p in doc.paragraphs)])


async def test_the_form_counts_photos_and_shows_them_in_the_appendix(bot: BotUnderTest) -> None:
    await send_photo(bot, "photo-dorm", "11月10日查寝，9号楼")
    await send_photo(bot, "photo-meeting", "11月12日开了班会，主题：期中总结")
    await bot.say(ZHANG, "11月13日给3位家长打了电话")  # a record without photos
    bot.request.stored_files.update({"photo-dorm": png(), "photo-meeting": png(0)})

    doc = await download_draft(bot)

    assert len(doc.inline_shapes) == 2
    text = text_of(doc)
    assert text.count("📷 照片1张") == 2  # the two records with a photo, not the call
    paragraphs = [p.text for p in doc.paragraphs]
    assert "附件：照片" in paragraphs
    assert "2026-11-10　深入宿舍　数学与应用数学2023-1班" in paragraphs
    assert any(p.startswith("2026-11-12") and "数学与应用数学2023-1班" in p for p in paragraphs)
    assert "本月记录共有照片2张，附上其中2张。" in paragraphs
    assert "未能取回" not in text
    fetched = {c.params["file_id"] for c in bot.request.sent("getFile")}
    assert fetched == {"photo-dorm", "photo-meeting"}


async def test_a_photo_that_cannot_be_fetched_never_blocks_the_form(bot: BotUnderTest) -> None:
    await send_photo(bot, "photo-a", "11月10日查寝，9号楼")
    await send_photo(bot, "photo-b", "11月11日查寝，10号楼")
    await send_photo(bot, "photo-c", "11月12日查寝，11号楼")
    await send_photo(bot, "photo-d", "11月13日查寝，12号楼")
    # a: getFile raises; b: fetched; c: Telegram no longer has it; d: not an image
    bot.request.stored_files.update({"photo-a": png(), "photo-b": png(), "photo-d": b"<html>"})
    bot.request.failures["getFile"] = NetworkError("connection reset")

    doc = await download_draft(bot)

    assert len(doc.inline_shapes) == 1
    paragraphs = [p.text for p in doc.paragraphs]
    assert "本月记录共有照片4张，附上其中1张。" in paragraphs
    assert "另有3张照片未能取回（可能已过期或网络不通），未附上。" in paragraphs
    assert text_of(doc).count("📷 照片1张") == 4


async def test_english_form_and_the_submitted_snapshot_keep_the_counts(
    bot: BotUnderTest,
) -> None:
    await send_photo(bot, "photo-1", "11月10日查寝，9号楼")
    await bot.app.process_update(bot.updates.photo(bot.user(ZHANG), "photo-2", "11月10日查寝"))
    await bot.say(ZHANG, "/form 2026-11")
    await bot.press(ZHANG, "提交")
    with Session(bot.engine) as session:
        [submission] = session.scalars(select(FormSubmission)).all()
        form = submitted_form(submission)
    assert [entry.photos for entry in form.entries()] == [1, 1]
    english = Document(io.BytesIO(render_month_form(form, "en")))
    assert "📷 1 photo(s)" in text_of(english)
    assert "Appendix: photos" in [p.text for p in english.paragraphs]
    # without pictures (the CLI) the appendix still says how many photos exist
    assert len(english.inline_shapes) == 0


async def test_at_most_six_pictures_one_per_record_first(bot: BotUnderTest) -> None:
    for day in range(1, 8):
        await send_photo(bot, f"photo-{day}", f"11月{day}日查寝，{day}号楼")
    await bot.app.process_update(
        bot.updates.photo(bot.user(ZHANG), "photo-1b", None, reply_to=None)
    )  # no caption, not a reply: nothing kept
    with Session(bot.engine) as session:
        form = draft_month_form(
            session, find_class(session, "数学2023-1"), "2026-11", bot.app.bot_data.tz
        )
        chosen = chosen_photos(session, form)
    assert [file_id for _, file_id in chosen] == [f"photo-{day}" for day in range(1, 7)]
    pictures = [FormPicture(entry, png()) for entry, _ in chosen] * 2
    doc = Document(io.BytesIO(render_month_form(form, "zh", pictures)))
    assert len(doc.inline_shapes) == MAX_PICTURES


async def test_the_counselor_opening_a_submitted_form_gets_the_pictures(
    bot: BotUnderTest,
) -> None:
    await send_photo(bot, "photo-open", "11月10日查寝，9号楼")
    bot.request.stored_files["photo-open"] = png()
    await bot.say(ZHANG, "/form 2026-11")
    await bot.press(ZHANG, "提交")
    await bot.say(LI, "/forms")
    await bot.press(LI, "查看 1·表")
    sent = bot.request.sent("sendDocument", chat_id=LI)[-1]
    doc = Document(io.BytesIO(sent.files["document"][1]))
    assert len(doc.inline_shapes) == 1
    assert "📷 照片1张" in text_of(doc)


@dataclass
class SlowDownloads(LocalRequest):
    """Answers getFile at once but takes far longer than the fetcher waits for a download."""

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        if "/file/bot" in url:
            await asyncio.sleep(30)
        return await super().do_request(url, method, *args, **kwargs)


async def test_a_slow_download_is_given_up_after_the_timeout() -> None:
    request = SlowDownloads(stored_files={"slow": png()})
    bot = Bot("123:test", request=request, get_updates_request=LocalRequest())
    entry = FormEntry(1, "dorm_visit", "2026-11-10", None, None, None, None, (), 1, 1.0, False)
    async with bot:
        fetched = await fetch_pictures(bot, [(entry, "slow")], per_photo=0.2)
    # Waited for, the download would have brought the picture: it was given up instead.
    assert fetched == FetchedPictures((), 1)
    assert [c.method for c in request.calls] == ["getMe", "getFile"]


async def test_a_submitted_form_shows_the_photos_it_was_filed_with(bot: BotUnderTest) -> None:
    await send_photo(bot, "photo-filed", "11月10日查寝，9号楼")
    await bot.say(ZHANG, "/form 2026-11")
    await bot.press(ZHANG, "提交")
    recorded = next(c for c in bot.request.calls if "已记录" in str(c.params.get("text")))
    later = bot.updates.photo(bot.user(ZHANG), "photo-later", None, reply_to=recorded.result)
    await bot.app.process_update(later)  # attached after the form was handed in
    with Session(bot.engine) as session:
        [submission] = session.scalars(select(FormSubmission)).all()
        form = submitted_form(submission)
        [record] = form.entries()
        assert evidence_file_ids(session, [record.activity_id]) == {
            record.activity_id: ["photo-filed", "photo-later"]
        }
        assert [file_id for _, file_id in chosen_photos(session, form)] == ["photo-filed"]


async def test_the_months_zip_has_the_forms_with_their_pictures(bot: BotUnderTest) -> None:
    await send_photo(bot, "photo-zip", "11月10日查寝，9号楼")
    bot.request.stored_files["photo-zip"] = png()
    await bot.say(ZHANG, "/form 2026-11")
    await bot.press(ZHANG, "提交")
    await bot.say(LI, "/forms")
    await bot.press(LI, "下载本月全部表（zip）")
    sent = bot.request.sent("sendDocument", chat_id=LI)[-1]
    with zipfile.ZipFile(io.BytesIO(sent.files["document"][1])) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".docx")]
        doc = Document(io.BytesIO(archive.read(name)))
    assert len(doc.inline_shapes) == 1
    assert "📷 照片1张" in text_of(doc)


async def test_once_the_zips_budget_is_spent_forms_say_their_photos_were_not_fetched(
    bot: BotUnderTest,
) -> None:
    await send_photo(bot, "photo-late", "11月10日查寝，9号楼")
    bot.request.stored_files["photo-late"] = png()
    pictures_of = pictures_from_a_thread(bot.app.bot, asyncio.get_running_loop(), budget=0)
    with Session(bot.engine) as session:
        form = draft_month_form(
            session, find_class(session, "数学2023-1"), "2026-11", bot.app.bot_data.tz
        )
        assert pictures_of(session, form) == FetchedPictures((), 1)
    assert bot.request.sent("getFile") == []
