"""A note the parser does not understand: the advisor picks its kind from buttons, and the
note is recorded through the same flow as a parsed one."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks as cb
from bot.local_api import buttons_of
from bot.parsing import parse_note
from bot.pending import Pending
from bot.reminder_texts import LOG_PREFIX
from storage.models import OpenQuestion
from tests.bot.harness import GROUP, LI, NOW, STRANGER, WANG, ZHANG, BotUnderTest, make_bot, seed

# Real work in words the parser does not know (checked below, so a parser that learns them
# makes these tests say so rather than pass for the wrong reason).
DATED = "11月20日 和小李一起吃了午饭"
UNDATED = "和小李一起吃了顿午饭"
KIND_LABELS = {
    "班会",
    "主题班会",
    "深入教室",
    "深入宿舍",
    "联系家长",
    "谈心谈话",
    "班委会",
    "学生活动",
    "研讨交流",
    "其他工作",
}
# Shorthand the rules do not read but the learned guess does (bot.parsing.guess). A tracker's
# one-character kinds ("宿 502 ×2 ✓", "家 ×3 ✓") are read by the rules since round 7.
SHORTHAND = {"寝 502 ✓": "深入宿舍", "家 ok x3": "联系家长", "委 ✓ 30min": "班委会"}


def offers_every_kind(bot: BotUnderTest) -> bool:
    """The last question offers each kind once, in any order, and "not a record" last."""
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    return sorted(labels[:-1]) == sorted(KIND_LABELS) and labels[-1] == "不是工作记录"


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


def test_the_notes_are_not_understood() -> None:
    for text in (DATED, UNDATED):
        assert parse_note(text, NOW) == parse_note("", NOW)


async def test_buttons_offer_every_kind_on_the_notes_own_day(bot: BotUnderTest) -> None:
    replies = await bot.say(ZHANG, DATED)
    assert len(replies) == 1
    assert "没看出" in replies[0] and "11月20日" in replies[0]
    assert offers_every_kind(bot)
    assert bot.activities() == []


@pytest.mark.parametrize(("text", "first"), SHORTHAND.items())
async def test_the_likeliest_kind_is_offered_first(
    bot: BotUnderTest, text: str, first: str
) -> None:
    assert parse_note(text, NOW) == parse_note("", NOW)  # the rules find nothing
    await bot.say(ZHANG, text)
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert labels[0] == first
    assert set(labels[:-1]) == KIND_LABELS


async def test_english_buttons_for_an_english_speaker(bot: BotUnderTest) -> None:
    replies = await bot.say(ZHANG, UNDATED, lang="en")
    assert "could not tell" in replies[0]
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert "class meeting" in labels and len(labels) == 11 and labels[-1] == "Not a record"


async def test_other_records_one_activity_on_the_notes_date(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, DATED)
    replies = await bot.press(ZHANG, "其他工作")
    assert "已记录" in replies[0] and "数学与应用数学2023-1班" in replies[0]
    [row] = bot.activities()
    assert (row.kind, row.local_date, row.source_text) == ("other", date(2026, 11, 20), DATED)
    # The usual "recorded" reply, with its undo and fix buttons.
    assert [label for label, _ in buttons_of(bot.last_with_buttons())] == [
        "撤销",
        "改日期",
        "改类型",
        "补记一项",
    ]


async def test_the_duties_the_note_names_are_recorded_with_it(bot: BotUnderTest) -> None:
    note = "11月20日 和小李一起吃了午饭 席间说起考研"
    assert parse_note(note, NOW) == parse_note("", NOW)  # not understood: the buttons' case
    await bot.say(ZHANG, note)
    await bot.press(ZHANG, "谈心谈话")
    [row] = bot.activities()
    assert (row.kind, row.duties) == ("student_talk", ["kaoyan_guidance"])


async def test_a_kind_without_a_date_is_recorded_today(bot: BotUnderTest) -> None:
    replies = await bot.say(ZHANG, UNDATED)
    assert f"{NOW.month}月{NOW.day}日" in replies[0]
    await bot.press(ZHANG, "谈心谈话")
    [row] = bot.activities()
    assert (row.kind, row.local_date) == ("student_talk", NOW.date())


async def test_pressing_twice_records_once(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, DATED)
    question = bot.last_with_buttons()
    data = dict(buttons_of(question))["其他工作"]
    await bot.app.process_update(bot.updates.press(bot.user(ZHANG), question, data))
    before = len(bot.request.calls)
    await bot.app.process_update(bot.updates.press(bot.user(ZHANG), question, data))
    assert len(bot.activities()) == 1
    assert "已经失效" in _alert(bot, before)


async def test_not_a_record_stores_nothing_and_closes_the_question(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, DATED)
    question = bot.last_with_buttons()
    replies = await bot.press(ZHANG, "不是工作记录")
    assert "不记录" in replies[0]
    assert bot.activities(include_deleted=True) == []
    with Session(bot.engine) as session:
        assert (
            session.scalars(select(OpenQuestion).where(OpenQuestion.closed_at.is_(None))).all()
            == []
        )
    # The kinds under the closed question no longer record anything.
    data = dict(buttons_of(question))["班会"]
    await bot.app.process_update(bot.updates.press(bot.user(ZHANG), question, data))
    assert bot.activities() == []


@pytest.mark.parametrize("text", ["收到", "好的，谢谢老师！", "谢谢🙏", "ok thanks 👍", "🙏"])
async def test_small_talk_gets_a_hint_not_the_kinds(bot: BotUnderTest, text: str) -> None:
    calls = len(bot.request.calls)
    replies = await bot.say(ZHANG, text)
    assert len(replies) == 1 and "直接告诉我做了什么" in replies[0]
    assert not any(buttons_of(c) for c in bot.request.calls[calls:])
    assert bot.activities(include_deleted=True) == []
    with Session(bot.engine) as session:
        assert session.scalars(select(OpenQuestion)).all() == []


async def test_small_talk_with_work_in_it_is_still_offered_the_kinds(bot: BotUnderTest) -> None:
    replies = await bot.say(ZHANG, "收到，" + UNDATED)
    assert "没看出" in replies[0]
    assert offers_every_kind(bot)


async def test_a_question_gets_where_to_look_not_the_kinds(bot: BotUnderTest) -> None:
    calls = len(bot.request.calls)
    replies = await bot.say(ZHANG, "请问这个月的记录表什么时候交？")
    assert len(replies) == 1 and "/help" in replies[0] and "辅导员" in replies[0]
    assert not any(buttons_of(c) for c in bot.request.calls[calls:])
    english = await bot.say(ZHANG, "how do I edit a record I already submitted?", lang="en")
    assert "cannot answer questions" in english[0]


async def test_a_ruled_out_kind_is_named_and_still_one_tap_away(bot: BotUnderTest) -> None:
    # The parser reads the meeting as cancelled; the advisor says it took place after all.
    text = "11月20日的班会取消了"
    assert parse_note(text, NOW).activities == ()
    replies = await bot.say(ZHANG, text)
    assert (
        "提到了班会" in replies[0] and "不是做过的工作" in replies[0] and "11月20日" in replies[0]
    )
    assert offers_every_kind(bot)
    await bot.press(ZHANG, "班会")
    [row] = bot.activities()
    assert (row.kind, row.local_date) == ("class_meeting", date(2026, 11, 20))


async def test_a_question_naming_a_kind_names_it_with_the_kinds(bot: BotUnderTest) -> None:
    replies = await bot.say(ZHANG, "Does a phone call count as a parent contact?", lang="en")
    assert "mentions parent contact" in replies[0]
    assert buttons_of(bot.last_with_buttons())


async def test_a_forged_token_is_refused(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, DATED)
    question = bot.last_with_buttons()
    forged = cb.encode(cb.RecordAs("AAAAAAAA", "other"))
    before = len(bot.request.calls)
    await bot.app.process_update(bot.updates.press(bot.user(ZHANG), question, forged))
    assert "已经失效" in _alert(bot, before)
    assert bot.activities() == []


async def test_someone_elses_press_is_refused(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "/bind 数学2023-1", chat_id=GROUP)
    replies = await bot.say(ZHANG, f"@advisor_bot {DATED}", chat_id=GROUP)
    assert "没看出" in replies[0]
    question = bot.last_with_buttons()
    data = dict(buttons_of(question))["其他工作"]
    for person, alert in ((WANG, "已经失效"), (STRANGER, "邀请码")):
        before = len(bot.request.calls)
        await bot.app.process_update(bot.updates.press(bot.user(person), question, data))
        assert alert in _alert(bot, before)
    assert bot.activities() == []
    # The advisor's own press still works.
    await bot.app.process_update(bot.updates.press(bot.user(ZHANG), question, data))
    assert len(bot.activities()) == 1


async def test_an_advisor_with_two_classes_is_asked_which(bot: BotUnderTest) -> None:
    await bot.say(WANG, DATED)
    replies = await bot.press(WANG, "班会")
    assert "哪个班" in replies[0]
    replies = await bot.press(WANG, "数学与应用数学2023-2班")
    assert "已记录" in replies[0]
    [row] = bot.activities()
    assert (row.kind, row.local_date) == ("class_meeting", date(2026, 11, 20))


async def test_a_day_ahead_is_a_plan_not_a_record(bot: BotUnderTest) -> None:
    replies = await bot.say(ZHANG, "下周三 和小李一起吃顿午饭")
    assert "12月2日" in replies[0]
    replies = await bot.press(ZHANG, "谈心谈话")
    assert "计划" in replies[0]
    assert bot.activities() == []


async def test_a_day_long_past_is_asked_about_first(bot: BotUnderTest) -> None:
    # Without a plan word, 12月30日 (over a month ahead) is read as the last one past (2025),
    # as for parsed notes; a day only a few days ahead would be the coming one (round 7).
    replies = await bot.say(ZHANG, "12月30日 和小李一起吃顿午饭")
    assert "2025-12-30" in replies[0]
    replies = await bot.press(ZHANG, "谈心谈话")
    assert "2025-12-30" in replies[0] and bot.activities() == []
    replies = await bot.press(ZHANG, "确定记录")
    [row] = bot.activities()
    assert (row.kind, row.local_date) == ("student_talk", date(2025, 12, 30))


async def test_a_counselor_gets_no_buttons(bot: BotUnderTest) -> None:
    calls = len(bot.request.calls)
    replies = await bot.say(LI, UNDATED)  # the desk's own help, as before
    assert replies and "没看出" not in replies[0]
    assert not any(buttons_of(c) for c in bot.request.calls[calls:])


async def test_unaddressed_group_notes_still_get_no_reply(bot: BotUnderTest) -> None:
    assert await bot.say(ZHANG, UNDATED, chat_id=GROUP) == []


def test_record_as_data_round_trips_and_refuses_malformed() -> None:
    for kind in ("other", "class_meeting", None):
        button = cb.RecordAs("abcd1234", kind)
        assert cb.decode(cb.encode(button)) == button
    for data in ("ra:nonsense:abcd1234", "ra:other:", "ra:other:a", "ra::abcd1234", "ra:other"):
        assert cb.decode(data) is None


def _alert(bot: BotUnderTest, since: int) -> str:
    answers = [c for c in bot.request.calls[since:] if c.method == "answerCallbackQuery"]
    return str(answers[-1].params.get("text") or "")


def test_a_chosen_kind_survives_a_further_question() -> None:
    # A chosen kind on a future day is asked about again; its answer must still know the kind
    # was the advisor's (no suggestion under the reply).
    pending = Pending(1, 2, DATED, parse_note("11月20日查寝", NOW).activities, kind_chosen=True)
    assert Pending.from_payload(pending.payload()).kind_chosen
    assert not Pending.from_payload({**pending.payload(), "kind_chosen": False}).kind_chosen


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # A count the rules do not read as work ("提醒的家长联系：已打两个" names its kind now).
        ("这周的已打两个，都是挂科的", "联系家长", 2),
        ("晚上和三个同学在食堂碰了个头", "谈心谈话", 3),
        ("晚上和三个同学在食堂碰了个头", "其他工作", 1),  # not counted in people
    ],
)
async def test_a_chosen_kind_takes_the_notes_count_of_people(
    bot: BotUnderTest, text: str, kind: str, count: int
) -> None:
    assert parse_note(text, NOW).activities == ()
    await bot.say(ZHANG, text)
    await bot.press(ZHANG, kind)
    [row] = bot.activities()
    assert row.count == count


async def _reminder(bot: BotUnderTest, kinds: list[str]) -> dict[str, Any]:
    """A reminder as the sweep sends it (its "log it now" buttons), as Telegram returns it."""
    rows = [[InlineKeyboardButton("记一下", callback_data=f"{LOG_PREFIX}{k}") for k in kinds]]
    rows.append([InlineKeyboardButton("稍后提醒", callback_data="rs:1")])
    await bot.app.bot.send_message(
        ZHANG, "本学期还差3人次家长联系", reply_markup=InlineKeyboardMarkup(rows)
    )
    result = bot.request.calls[-1].result
    assert isinstance(result, dict)
    return result


async def test_a_reply_to_a_reminder_offers_its_kind_first(bot: BotUnderTest) -> None:
    reminder = await _reminder(bot, ["parent_contact"])
    text = "已打两个，都是挂科同学的"
    assert parse_note(text, NOW).activities == ()
    replies = await bot.say(ZHANG, text, reply_to=reminder)
    assert "您回复的提醒说的是联系家长" in replies[0]
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert labels[0] == "联系家长" and offers_every_kind(bot)
    await bot.press(ZHANG, "联系家长")
    [row] = bot.activities()
    assert (row.kind, row.count) == ("parent_contact", 2)


async def test_a_reply_to_someone_elses_message_is_not_a_reminders(bot: BotUnderTest) -> None:
    other = {
        "message_id": 77,
        "date": 0,
        "chat": {"id": ZHANG, "type": "private"},
        "from": {"id": LI, "is_bot": False, "first_name": "李"},
        "text": "提醒",
        "reply_markup": {"inline_keyboard": [[{"text": "x", "callback_data": "rl:dorm_visit"}]]},
    }
    replies = await bot.say(ZHANG, "已打两个，都是挂科同学的", reply_to=other)
    assert "提醒" not in replies[0] and offers_every_kind(bot)
