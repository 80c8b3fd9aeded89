"""One more activity from a recorded note: the parser read only part of it, and the advisor
adds the rest with "补记一项" under the reply, once, as the note's own record."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot import callbacks as cb
from bot.formatting import date_label
from bot.i18n import t
from bot.local_api import Call, buttons_of
from bot.parsing import KINDS, parse_note
from bot.parsing.guess import likely_first
from storage.models import Activity, ActivityChange
from tests.bot.harness import LI, NOW, ZHANG, BotUnderTest, make_bot, seed

# A dorm visit the parser reads, and a lunch with a student it does not (checked below).
NOTE = "11月20日去3号楼查寝，和小李一起吃了顿午饭"


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


async def press_data(bot: BotUnderTest, user_id: int, data: str) -> list[Call]:
    """Press a button with exactly this data under the last keyboard (forged or not)."""
    call = bot.last_with_buttons()
    before = len(bot.request.calls)
    await bot.app.process_update(bot.updates.press(bot.user(user_id), call, data))
    return bot.request.calls[before:]


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


async def test_no_suggestion_of_a_kind_the_note_plans(bot: BotUnderTest) -> None:
    # Tomorrow's meeting is a plan of its own, not one more record of today.
    await bot.say(ZHANG, "查寝，明天要开班会")
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert not any(label.startswith("＋") for label in labels)
    assert [(a.kind, a.local_date) for a in bot.activities()] == [("dorm_visit", NOW.date())]


# A note over several days: "补记一项" asks which day first ---------------------------------

# Notes whose records fall on three days (the last has two records on its last day).
SEVERAL_DAYS = [
    "上周一查寝，上周三和两个同学谈心，周五开了班会",
    "11月16日去宿舍走访，11月18日和两个同学谈心，11月20日开了班会，还给小王家长打了电话",
    "上周二去听了节课，上周四晚上查了寝，顺便陪一个生病的同学去了医务室",
]


def days_of(rows: list[Activity]) -> list[date]:
    return sorted({r.local_date for r in rows})


@pytest.mark.parametrize("note", SEVERAL_DAYS)
async def test_a_note_over_several_days_asks_the_day_then_the_kind(
    bot: BotUnderTest, note: str
) -> None:
    await bot.say(ZHANG, note)
    before = bot.activities()
    days = days_of(before)
    assert len(days) > 1
    replies = await bot.press(ZHANG, "补记一项")
    assert "哪一天" in replies[0] and "还有哪项工作" not in replies[0]
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    # Each day of the note's records, labelled as the records' lines label them, and back.
    assert labels == [date_label("zh", d) for d in days] + ["返回"]
    assert all(f"{label} " in replies[0] for label in labels[:-1])
    # The middle day: the kinds the note does not record on it, a kind it records on
    # another day included, the learned guess first; back goes to the day question.
    day = days[1]
    replies = await bot.press(ZHANG, date_label("zh", day))
    assert "还有哪项工作没记上" in replies[0] and date_label("zh", day) in replies[0]
    offered = [label for label, _ in buttons_of(bot.last_with_buttons())]
    taken = {r.kind for r in before if r.local_date == day}
    elsewhere = {r.kind for r in before} - taken
    missing = [k for k in KINDS if k not in taken]
    assert offered == [t("zh", f"rules.kind.{k}") for k in likely_first(note, missing)] + ["返回"]
    assert elsewhere and all(t("zh", f"rules.kind.{k}") in offered for k in elsewhere)
    kind = next(iter(elsewhere))
    await bot.press(ZHANG, t("zh", f"rules.kind.{kind}"))
    after = bot.activities()
    [added] = [r for r in after if r.id not in {b.id for b in before}]
    first = before[0]
    assert (added.kind, added.local_date, added.class_id) == (kind, day, first.class_id)
    assert (added.source_chat_id, added.source_message_id, added.source_text) == (
        first.source_chat_id,
        first.source_message_id,
        note,
    )
    assert added.seq == max(r.seq for r in before) + 1
    assert [(r.kind, r.local_date) for r in after if r.id != added.id] == [
        (r.kind, r.local_date) for r in before
    ]
    with Session(bot.engine) as session:
        actions = session.scalars(
            select(ActivityChange.action).where(ActivityChange.activity_id == added.id)
        ).all()
    assert list(actions) == ["created"]


async def test_back_from_the_kinds_is_the_day_question_and_back_from_it_the_records(
    bot: BotUnderTest,
) -> None:
    await bot.say(ZHANG, SEVERAL_DAYS[0])
    days = days_of(bot.activities())
    await bot.press(ZHANG, "补记一项")
    await bot.press(ZHANG, date_label("zh", days[-1]))
    replies = await bot.press(ZHANG, "返回")
    assert "哪一天" in replies[0]
    await bot.press(ZHANG, "返回")
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert "补记一项" in labels and "1 · 深入宿舍" in labels
    assert len(bot.activities()) == 3


async def test_a_single_day_note_of_several_records_asks_no_day(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "今天查寝，听了课，开了班会")
    rows = bot.activities()
    assert len(rows) == 3 and len(days_of(rows)) == 1
    replies = await bot.press(ZHANG, "补记一项")
    assert "还有哪项工作没记上" in replies[0] and "哪一天" not in replies[0]
    data = dict(buttons_of(bot.last_with_buttons()))
    # Today's buttons, unchanged: no day in the data, back goes to the records.
    assert cb.decode(data["谈心谈话"]) == cb.AddKind(rows[0].id, "student_talk")
    assert cb.decode(data["返回"]) == cb.ShowRecords(rows[0].id)
    await bot.press(ZHANG, "谈心谈话")
    assert bot.activities()[-1].local_date == rows[0].local_date


async def test_a_day_not_among_the_notes_days_is_refused(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, SEVERAL_DAYS[0])
    rows = bot.activities()
    days = days_of(rows)
    await bot.press(ZHANG, "补记一项")
    other = days[0] + timedelta(days=1)  # between the note's days, within the range a button may
    assert other not in days
    first = rows[0].id
    for data in (
        cb.encode(cb.AddOnDay(first, other)),
        cb.encode(cb.AddKind(first, "student_talk", other)),
        cb.encode(cb.AddKind(first, "student_talk", NOW.date())),
    ):
        calls = await press_data(bot, ZHANG, data)
        [answer] = [c for c in calls if c.method == "answerCallbackQuery"]
        assert "失效" in answer.params["text"], data
    assert [(r.kind, r.local_date) for r in bot.activities()] == [
        (r.kind, r.local_date) for r in rows
    ]


async def test_a_day_whose_records_were_undone_is_no_longer_offered(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, SEVERAL_DAYS[0])
    rows = bot.activities()
    await bot.press(ZHANG, "补记一项")
    stale = dict(buttons_of(bot.last_with_buttons()))[date_label("zh", rows[1].local_date)]
    await bot.press(ZHANG, "返回")
    await bot.press(ZHANG, "2 · 谈心谈话")
    await bot.press(ZHANG, "撤销第2条")
    calls = await press_data(bot, ZHANG, stale)
    [answer] = [c for c in calls if c.method == "answerCallbackQuery"]
    assert "失效" in answer.params["text"]
    await bot.press(ZHANG, "补记一项")
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert labels == [date_label("zh", r.local_date) for r in (rows[0], rows[2])] + ["返回"]


async def test_someone_elses_press_of_a_day_or_a_dated_kind_does_nothing(
    bot: BotUnderTest,
) -> None:
    await bot.say(ZHANG, SEVERAL_DAYS[0])
    rows = bot.activities()
    day = rows[1].local_date
    for data in (
        cb.encode(cb.AddOnDay(rows[0].id, day)),
        cb.encode(cb.AddKind(rows[0].id, "parent_contact", day)),
    ):
        calls = await press_data(bot, LI, data)
        assert not [c for c in calls if c.method == "editMessageText"], data
    assert len(bot.activities()) == len(rows)


async def test_a_second_press_of_a_dated_kind_adds_nothing_more(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, SEVERAL_DAYS[0])
    rows = bot.activities()
    await bot.press(ZHANG, "补记一项")
    await bot.press(ZHANG, date_label("zh", rows[1].local_date))
    kinds = bot.last_with_buttons()
    data = dict(buttons_of(kinds))["联系家长"]
    for _ in range(2):
        await bot.app.process_update(bot.updates.press(bot.user(ZHANG), kinds, data))
    added = bot.activities()[len(rows) :]
    assert [(a.kind, a.local_date) for a in added] == [("parent_contact", rows[1].local_date)]


async def test_the_day_question_in_english(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, SEVERAL_DAYS[0], lang="en")
    days = days_of(bot.activities())
    replies = await bot.press(ZHANG, "Add one", lang="en")
    assert "On which day" in replies[0]
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert labels == [date_label("en", d) for d in days] + ["Back"]
    assert "Wed 18 Nov" in labels
    replies = await bot.press(ZHANG, "Wed 18 Nov", lang="en")
    assert "was not recorded" in replies[0] and "Wed 18 Nov" in replies[0]
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert "talk with students" not in labels and labels[-1] == "Back"


async def test_the_added_kind_takes_the_notes_count_of_people(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, SUGGESTED)  # "给两个娃的爸妈都回了电话": two parents
    await bot.press(ZHANG, "＋联系家长？")
    assert [(a.kind, a.count) for a in bot.activities()] == [
        ("dorm_visit", 1),
        ("parent_contact", 2),
    ]


async def test_a_count_already_taken_is_not_counted_again(bot: BotUnderTest) -> None:
    # The three are the parents the parser recorded; the added talk is one.
    note = "11月20日给3位家长打了电话，和小李一起吃了顿午饭"
    assert [(a.kind, a.count) for a in parse_note(note, NOW).activities] == [("parent_contact", 3)]
    await bot.say(ZHANG, note)
    await bot.press(ZHANG, "补记一项")
    await bot.press(ZHANG, "谈心谈话")
    assert sorted((a.kind, a.count) for a in bot.activities()) == [
        ("parent_contact", 3),
        ("student_talk", 1),
    ]
