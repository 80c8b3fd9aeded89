"""One more activity from a recorded note: the parser read only part of it, and the advisor
adds the rest with "补记一项" under the reply, once, as the note's own record."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.local_api import buttons_of
from bot.parsing import parse_note
from storage.models import ActivityChange
from tests.bot.harness import LI, NOW, ZHANG, BotUnderTest, make_bot, seed

# A dorm visit the parser reads, and a lunch with a student it does not (checked below).
NOTE = "11月20日去3号楼查寝，和小李一起吃了顿午饭"


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


def test_the_parser_reads_only_the_dorm_visit() -> None:
    assert [a.kind for a in parse_note(NOTE, NOW).activities] == ["dorm_visit"]


async def test_add_one_records_a_second_activity_of_the_same_note(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, NOTE)
    replies = await bot.press(ZHANG, "补记一项")
    assert "还有哪项工作没记上" in replies[0] and "11月20日" in replies[0]
    assert "已修改" not in replies[0]  # nothing is changed yet
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    # The kinds not yet recorded from the note that day, and a way back.
    assert "谈心谈话" in labels and "深入宿舍" not in labels and labels[-1] == "返回"
    assert labels[0] == "谈心谈话"  # the learned guess for a lunch with a student (guess.py)
    replies = await bot.press(ZHANG, "谈心谈话")
    assert "1. 11月20日" in replies[0] and "2. 11月20日" in replies[0] and "谈心谈话" in replies[0]
    first, added = bot.activities()
    assert (added.kind, added.local_date, added.class_id) == (
        "student_talk",
        date(2026, 11, 20),
        first.class_id,
    )
    assert (added.source_chat_id, added.source_message_id, added.source_text) == (
        first.source_chat_id,
        first.source_message_id,
        NOTE,
    )
    assert added.seq == first.seq + 1
    # The added record has its own fixing buttons, as a parsed one does.
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert labels[:2] == ["1 · 深入宿舍", "2 · 谈心谈话"]
    with Session(bot.engine) as session:
        actions = session.scalars(
            select(ActivityChange.action).where(ActivityChange.activity_id == added.id)
        ).all()
    assert list(actions) == ["created"]


async def test_a_second_press_adds_nothing_more(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, NOTE)
    await bot.press(ZHANG, "补记一项")
    kinds = bot.last_with_buttons()
    data = dict(buttons_of(kinds))["谈心谈话"]
    for _ in range(2):
        await bot.app.process_update(bot.updates.press(bot.user(ZHANG), kinds, data))
    assert [a.kind for a in bot.activities()] == ["dorm_visit", "student_talk"]


async def test_an_added_record_undone_can_be_added_again(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, NOTE)
    await bot.press(ZHANG, "补记一项")
    await bot.press(ZHANG, "谈心谈话")
    await bot.press(ZHANG, "2 · 谈心谈话")
    await bot.press(ZHANG, "撤销第2条")
    assert [a.kind for a in bot.activities()] == ["dorm_visit"]
    await bot.press(ZHANG, "补记一项")
    await bot.press(ZHANG, "谈心谈话")
    rows = bot.activities(include_deleted=True)
    assert [(a.kind, a.seq, a.deleted_at is None) for a in rows] == [
        ("dorm_visit", 0, True),
        ("student_talk", 1, False),
        ("student_talk", 2, True),
    ]


async def test_someone_elses_press_adds_nothing(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, NOTE)
    await bot.press(ZHANG, "补记一项")
    kinds = bot.last_with_buttons()
    data = dict(buttons_of(kinds))["谈心谈话"]
    await bot.app.process_update(bot.updates.press(bot.user(LI), kinds, data))
    assert [a.kind for a in bot.activities()] == ["dorm_visit"]


async def test_add_one_in_english(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, NOTE, lang="en")
    replies = await bot.press(ZHANG, "Add one", lang="en")
    assert "was not recorded" in replies[0]


# A dorm visit the rules read and a call to parents they miss (爸妈 for 家长), which the learned
# guess (bot.parsing.guess.missed_kind) suggests as one more button.
SUGGESTED = "晚上查寝，完了给两个娃的爸妈都回了电话"


def test_the_rules_miss_the_call() -> None:
    assert [a.kind for a in parse_note(SUGGESTED, NOW).activities] == ["dorm_visit"]


async def test_a_likely_missed_kind_is_one_tap_away(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, SUGGESTED)
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert labels == ["撤销", "改日期", "改类型", "＋联系家长？", "补记一项"]
    replies = await bot.press(ZHANG, "＋联系家长？")
    assert "2. " in replies[0] and "联系家长" in replies[0]
    first, added = bot.activities()
    assert (added.kind, added.local_date, added.seq) == (
        "parent_contact",
        first.local_date,
        first.seq + 1,
    )
    # The reply after a press shows the records as they stand, with no suggestion.
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert not any(label.startswith("＋") for label in labels)


async def test_a_suggestion_in_english(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, SUGGESTED, lang="en")
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert "+ parent contact?" in labels


async def test_no_suggestion_when_the_note_says_only_what_is_recorded(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "今天去3号楼查寝，大家都在")
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert labels == ["撤销", "改日期", "改类型", "补记一项"]
