"""The advisor's day through Application.process_update: typed buttons and forged data,
fixing one record of many, the class named in the note, plans, plausibility, photos."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from bot import callbacks as cb
from bot.handlers.recording import date_choices
from bot.local_api import Call, buttons_of
from storage.evidence import evidence_counts, evidence_file_ids
from storage.models import Activity, OpenQuestion
from tests.bot.harness import NOW, WANG, ZHANG, BotUnderTest, make_bot, seed

FIRST_ID = 123_456  # records get six-digit ids


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


def six_digit_ids(engine: Engine) -> None:
    """An undone record with id FIRST_ID - 1 so the next ones get six-digit ids."""
    with Session(engine) as session:
        session.execute(
            text(
                "INSERT INTO activities (id, advisor_id, class_id, kind, local_date, count,"
                " students, seq, source, recorded_at, deleted_at) VALUES (:id, 1, 1,"
                " 'dorm_visit', '2026-11-01', 1, '[]', 0, 'cli', :at, :at)"
            ),
            {"id": FIRST_ID - 1, "at": NOW.replace(tzinfo=None)},
        )
        if engine.dialect.name == "postgresql":
            session.execute(
                text("SELECT setval(pg_get_serial_sequence('activities', 'id'), :id)"),
                {"id": FIRST_ID - 1},
            )
        session.commit()


async def press_data(bot: BotUnderTest, user_id: int, data: str) -> list[Call]:
    """Press a button with exactly this data under the last keyboard (forged or not)."""
    call = bot.last_with_buttons()
    before = len(bot.request.calls)
    await bot.app.process_update(bot.updates.press(bot.user(user_id), call, data))
    return bot.request.calls[before:]


def alert_of(calls: list[Call]) -> dict[str, Any]:
    [answer] = [c for c in calls if c.method == "answerCallbackQuery"]
    return answer.params


# The codec ------------------------------------------------------------------------------

EVERY_BUTTON: list[cb.Button] = [
    cb.ChooseClass("AbCd_-12", 2**63 - 1),
    cb.Confirm("AbCd_-12", True),
    cb.Confirm("AbCd_-12", False),
    cb.Undo(2**63 - 1),
    cb.Undo(2**63 - 1, whole_message=True),
    cb.RecordMenu(2**63 - 1),
    cb.ShowRecords(2**63 - 1),
    cb.AskDate(2**63 - 1),
    cb.SetDate(2**63 - 1, date(2026, 11, 22)),
    cb.AskKind(2**63 - 1),
    cb.SetKind(2**63 - 1, "parent_contact"),
    cb.AskAdd(2**63 - 1),
    cb.AddOnDay(2**63 - 1, date(2026, 11, 18)),
    cb.AddKind(2**63 - 1, "student_activity"),
    cb.AddKind(2**63 - 1, "student_activity", date(2026, 11, 18)),
    cb.SwitchClass(2**63 - 1, 2**63 - 1),
    cb.PlanAnswer("AbCd_-12", "cancel"),
    cb.FollowUp("AbCd_-12", "missed"),
    cb.MovePlan("AbCd_-12", date(2026, 12, 1)),
    cb.Alternative("AbCd_-12", 3),
    cb.MarkDocument("AbCd_-12"),
]


@pytest.mark.parametrize("button", EVERY_BUTTON, ids=lambda b: type(b).__name__)
def test_every_button_round_trips_within_64_bytes_at_the_largest_ids(button: cb.Button) -> None:
    data = cb.encode(button)
    assert len(data.encode()) <= cb.MAX_BYTES
    assert cb.decode(data) == button


def test_form_buttons_round_trip() -> None:
    for button in (cb.FormButton("fs", 2**63 - 1, "2026-11"), cb.PlanClass("tok_en12", 7)):
        data = cb.encode_form(button)
        assert len(data.encode()) <= cb.MAX_BYTES and cb.decode_form(data) == button


def test_an_add_without_a_day_keeps_the_data_of_buttons_already_sent() -> None:
    assert cb.encode(cb.AddKind(5, "dorm_visit")) == "ak:dorm_visit:5"
    assert cb.decode("ak:dorm_visit:5") == cb.AddKind(5, "dorm_visit", None)
    assert cb.decode("ak:dorm_visit:2026-11-18:5") == cb.AddKind(
        5, "dorm_visit", date(2026, 11, 18)
    )
    for bad in ("ak:dorm_visit:20261131:5", "ak:dorm_visit::5", "ay:2026111:5", "ay:20261118"):
        assert cb.decode(bad) is None, bad


def test_a_kind_is_named_by_its_code_not_its_position() -> None:
    assert cb.encode(cb.SetKind(5, "dorm_visit")) == "sk:dorm_visit:5"
    assert cb.decode("sk:0:5") is None  # the old index form is no longer accepted


def test_dates_offered_for_a_record_are_around_it_and_never_ahead_or_too_old() -> None:
    today = date(2026, 11, 23)
    assert date_choices(date(2026, 11, 10), today) == [
        date(2026, 11, 7),
        date(2026, 11, 8),
        date(2026, 11, 9),
        date(2026, 11, 11),
        date(2026, 11, 12),
        date(2026, 11, 13),
        date(2026, 11, 22),
        date(2026, 11, 23),
    ]
    assert max(date_choices(today, today)) == today - timedelta(days=1)
    assert min(date_choices(date(2026, 9, 22), today)) >= today - timedelta(days=62)


# Forged buttons ---------------------------------------------------------------------------


def forged(activity_id: int) -> list[str]:
    junk = ["", "abc", "0", "-1", "99999999999999999999", "1,2,3", "x" * 70, "1:2:3:4"]
    data = [f"{prefix}:{j}" for prefix in cb.PREFIXES for j in junk]
    data += [f"{prefix}:{j}" for prefix in cb.FORM_ACTIONS + ("pl", "zz") for j in junk]
    return data + [
        f"sd:0001-01-01:{activity_id}",
        f"sd:2026-02-30:{activity_id}",
        f"sd:20261301:{activity_id}",
        f"sd:2099-01-01:{activity_id}",
        f"sd:{(NOW.date() - timedelta(days=63)).isoformat()}:{activity_id}",
        f"sk:0:{activity_id}",
        f"sk:not_a_kind:{activity_id}",
        f"ay:20261131:{activity_id}",
        f"ay:20261121:{activity_id}",  # a day that is not the note's
        f"ak:student_talk:20261121:{activity_id}",
        f"ak:not_a_kind:20261123:{activity_id}",
        f"u:{activity_id},{activity_id}",
        f"u:{activity_id + 1}",
        f"cs:{activity_id}:999",
        "c:unknownTok:1",
        "y:unknownTok",
        "p:ok:unknownTok",
        "f:record:unknownTok",
        "fm:20261201:unknownTok",
        "fp:1:202613",
        "fs:1:190001",
        "pl:unknownTok:1",
        "rs:abc",
        "rl:../../x",
        "ro:1",
        "dn:x:1:202611",
        "da:f:99999999999999999999",
        "dp:202613:-1",
        "sv:abc:9",
        "sx:",
        "\x00",
        "💥",
    ]


OTHER_FLOWS = ("rs:", "rl:", "ro:", "dn:", "da:", "dp:", "sv:", "sx:")


async def test_forged_data_of_every_prefix_is_no_longer_valid_and_changes_nothing(
    bot: BotUnderTest,
) -> None:
    await bot.say(ZHANG, "昨天查寝")
    [before] = bot.activities()
    for data in forged(before.id):
        calls = await press_data(bot, ZHANG, data)
        texts = [str(c.params.get("text", "")) for c in calls]
        assert not any("出错" in t for t in texts), (data, texts)
        answers = [c for c in calls if c.method == "answerCallbackQuery"]
        assert len(answers) == 1, data
        if data[:3] not in OTHER_FLOWS:  # their own polite answers, tested with them
            assert "失效" in answers[0].params["text"], data
            assert answers[0].params["show_alert"] is True
    [after] = bot.activities()
    assert (after.local_date, after.kind, after.deleted_at) == (
        before.local_date,
        before.kind,
        None,
    )


async def test_someone_elses_record_buttons_are_not_valid_for_me(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "今天查寝")
    [record] = bot.activities()
    for data in (f"u:{record.id}", f"U:{record.id}", f"sd:20261122:{record.id}", f"r:{record.id}"):
        assert "失效" in alert_of(await press_data(bot, WANG, data))["text"]
    assert bot.activities()[0].deleted_at is None


# Fixing one record of many ----------------------------------------------------------------

NINE = "上周一查寝；上周二听课；上周三开了班会；上周四给家长打电话；上周五和学生谈心；上周六查寝；上周日听课；昨天开了班会；今天和同学谈心"


@pytest.mark.parametrize(
    ("note", "count"), [("今天查寝，听了课，开了班会，给家长打了电话，和学生谈心", 5), (NINE, 9)]
)
async def test_each_record_of_a_long_note_is_fixed_on_its_own(
    bot: BotUnderTest, note: str, count: int
) -> None:
    six_digit_ids(bot.engine)
    await bot.say(ZHANG, note)
    rows = bot.activities()
    assert len(rows) == count and all(r.id >= 100_000 for r in rows)
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert labels[:2] == ["1 · 深入宿舍", "2 · 深入教室"]
    assert f"{count} · " in labels[count - 1] and "全部撤销" in labels
    # the last record: change its kind, then its date relative to its own date
    last = rows[-1]
    await bot.press(ZHANG, f"{count} · 谈心谈话")
    await bot.press(ZHANG, "改类型")
    await bot.press(ZHANG, "深入宿舍")
    await bot.press(ZHANG, f"{count} · 深入宿舍")
    await bot.press(ZHANG, "改日期")
    offered = [d for _, d in buttons_of(bot.last_with_buttons())]
    assert all(cb.decode(d) is not None for d in offered)
    day_before = last.local_date - timedelta(days=1)
    await bot.press(ZHANG, f"sd:{day_before:%Y%m%d}:{last.id}")
    after = {r.id: r for r in bot.activities()}
    assert (after[last.id].kind, after[last.id].local_date) == ("dorm_visit", day_before)
    assert all(
        (after[r.id].kind, after[r.id].local_date) == (r.kind, r.local_date) for r in rows[:-1]
    )
    # undo only the second record, then all the rest
    await bot.press(ZHANG, "2 · 深入教室")
    replies = await bot.press(ZHANG, "撤销第2条")
    assert replies[0].startswith("已撤销")
    assert [r.id for r in bot.activities()] == [r.id for r in rows if r.id != rows[1].id]
    await bot.press(ZHANG, "全部撤销")
    assert bot.activities() == []


# The class named in the note ---------------------------------------------------------------


async def test_the_class_named_in_the_note_decides_and_is_not_kept_as_a_place(
    bot: BotUnderTest,
) -> None:
    replies = await bot.say(WANG, "今天在信计2024-1班开了班会")
    assert "已记录（信息与计算科学2024-1班）" in replies[0]
    [meeting] = bot.activities()
    assert meeting.location is None and meeting.topic is None
    # the last class used in this chat is the default; one tap switches
    replies = await bot.say(WANG, "昨天查寝")
    assert "已记录（信息与计算科学2024-1班）" in replies[0]
    replies = await bot.press(WANG, "改记到 数学与应用数学2023-2班")
    assert "数学与应用数学2023-2班" in replies[0]
    with Session(bot.engine) as session:
        names = [
            a.school_class.name for a in session.scalars(select(Activity).order_by(Activity.id))
        ]
    assert names == ["信息与计算科学2024-1班", "数学与应用数学2023-2班"]
    replies = await bot.say(WANG, "2023-2班 和两位同学谈心")
    assert "已记录（数学与应用数学2023-2班）" in replies[0]


# Plans ---------------------------------------------------------------------------------------


async def test_a_future_note_is_a_plan_not_a_record(bot: BotUnderTest) -> None:
    replies = await bot.say(ZHANG, "下周二准备开班会")
    assert "计划" in replies[0] and "12月1日(周二)" in replies[0] and "19:00" in replies[0]
    assert "确定要记录吗" not in replies[0]
    assert bot.activities() == []
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert labels == ["好", "已经做了", "取消"]
    assert "已记下计划" in (await bot.press(ZHANG, "好"))[0]
    with Session(bot.engine) as session:
        [plan] = session.scalars(select(OpenQuestion).where(OpenQuestion.topic == "plan"))
        assert plan.closed_at is None and plan.due_at is not None
        assert plan.due_at.astimezone(NOW.tzinfo).isoformat() == "2026-12-01T19:00:00+08:00"


async def test_already_done_records_it_today_and_cancel_drops_it(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "will do the first dorm check this Wednesday", lang="en")
    replies = await bot.press(ZHANG, "Already done", lang="en")
    assert replies[0].startswith("Recorded")
    assert [(a.kind, a.local_date) for a in bot.activities()] == [("dorm_visit", NOW.date())]
    await bot.say(ZHANG, "下周二准备开班会")
    assert "取消" in (await bot.press(ZHANG, "取消"))[0]
    assert len(bot.activities()) == 1


# Plausibility ------------------------------------------------------------------------------


@pytest.mark.parametrize("note", ["2月30日开了班会", "13月5日查寝"])
async def test_an_impossible_date_is_asked_about_never_recorded_today(
    bot: BotUnderTest, note: str
) -> None:
    replies = await bot.say(ZHANG, note)
    assert "没有" in replies[0] and "这一天" in replies[0]
    assert bot.activities() == []


async def test_large_numbers_are_asked_about_and_negative_ones_refused(bot: BotUnderTest) -> None:
    replies = await bot.say(ZHANG, "和80位同学谈心")
    assert "数字有点大" in replies[0]
    assert bot.activities() == []
    await bot.press(ZHANG, "确定记录")
    assert [a.count for a in bot.activities()] == [80]
    await bot.say(ZHANG, "查寝15小时")
    await bot.press(ZHANG, "不记录")
    assert len(bot.activities()) == 1
    assert "负数" in (await bot.say(ZHANG, "给-3位家长打电话"))[0]
    assert len(bot.activities()) == 1


# Photos ------------------------------------------------------------------------------------


def photo_update(
    bot: BotUnderTest, user_id: int, caption: str | None, unique: str, **extra: Any
) -> Any:
    from telegram import Update

    message: dict[str, Any] = {
        "message_id": 7000 + len(bot.request.calls),
        "date": int(NOW.timestamp()),
        "chat": {"id": user_id, "type": "private"},
        "from": bot.user(user_id),
        "photo": [
            {
                "file_id": f"small-{unique}",
                "file_unique_id": f"s{unique}",
                "width": 90,
                "height": 90,
            },
            {"file_id": f"big-{unique}", "file_unique_id": unique, "width": 1280, "height": 960},
        ],
        **extra,
    }
    if caption is not None:
        message["caption"] = caption
    return Update.de_json(
        {"update_id": 90000 + len(bot.request.calls), "message": message}, bot.app.bot
    )


async def test_a_photo_with_a_caption_is_a_note_with_evidence(bot: BotUnderTest) -> None:
    await bot.app.process_update(photo_update(bot, ZHANG, "今天查寝，9号楼", "u1"))
    assert "已保存 1 张照片" in bot.request.texts()[-1]
    [record] = bot.activities()
    assert record.kind == "dorm_visit"
    with Session(bot.engine) as session:
        assert evidence_counts(session, [record.id]) == {record.id: 1}
        assert evidence_file_ids(session, [record.id]) == {record.id: ["big-u1"]}


async def test_a_photo_replying_to_a_recorded_message_attaches_to_its_records(
    bot: BotUnderTest,
) -> None:
    await bot.say(ZHANG, "今天查寝，开了班会")
    recorded = bot.last_with_buttons()
    reply_to = json.loads(json.dumps(recorded.result))
    await bot.app.process_update(photo_update(bot, ZHANG, None, "u2", reply_to_message=reply_to))
    assert "2 条记录" in bot.request.texts()[-1]
    ids = [a.id for a in bot.activities()]
    with Session(bot.engine) as session:
        assert evidence_counts(session, ids) == {ids[0]: 1, ids[1]: 1}
    # without a caption and not a reply: asked for a caption, nothing stored
    await bot.app.process_update(photo_update(bot, ZHANG, None, "u3"))
    assert "说明" in bot.request.texts()[-1]
    assert len(bot.activities()) == 2


# Plan follow-ups through the sweep ----------------------------------------------------------


async def sweep_at(bot: BotUnderTest, moment: Any) -> list[Any]:
    """One reminder sweep at `moment` (the bot's clock moves there too); the plan outcomes."""
    from reminders.jobs.sweep import run_sweep, telegram_sender

    bot.clock[0] = moment
    services = bot.app.bot_data
    report = await run_sweep(
        services.sessions, services.policy, moment, telegram_sender(bot.app.bot)
    )
    return [o for o in report.outcomes if o.reminder.rule == "plan_follow_up"]


async def test_the_evening_question_is_asked_once_and_record_dates_it_that_day(
    bot: BotUnderTest,
) -> None:
    from tests.conftest import local

    await bot.say(ZHANG, "下周二准备开班会")
    await bot.press(ZHANG, "好")
    assert await sweep_at(bot, local(2026, 12, 1, 18, 45)) == []
    [asked] = await sweep_at(bot, local(2026, 12, 1, 19, 0))
    assert asked.to_json()["stage"] == "planned" and asked.status == "sent"
    assert "完成了吗" in asked.text and "班会" in asked.text
    assert await sweep_at(bot, local(2026, 12, 1, 19, 15)) == []  # exactly once
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert labels == ["记录", "改到…", "没开成"]
    replies = await bot.press(ZHANG, "记录")
    assert replies[0].startswith("已记录")
    assert [(a.kind, a.local_date) for a in bot.activities()] == [
        ("class_meeting", date(2026, 12, 1))
    ]
    assert await sweep_at(bot, local(2026, 12, 2, 9, 30)) == []  # answered: not asked again


async def test_missed_and_moved_plans(bot: BotUnderTest) -> None:
    from tests.conftest import local

    await bot.say(ZHANG, "下周二准备开班会")
    await sweep_at(bot, local(2026, 12, 1, 19, 0))
    assert "没有记录" in (await bot.press(ZHANG, "没开成"))[0]
    assert bot.activities() == []
    bot.clock[0] = NOW
    await bot.say(ZHANG, "下周二准备查寝")
    await sweep_at(bot, local(2026, 12, 1, 19, 30))
    await bot.press(ZHANG, "改到…")
    replies = await bot.press(ZHANG, "12月3日(周四)")
    assert "改到" in replies[0] and "12月3日(周四)" in replies[0]
    assert await sweep_at(bot, local(2026, 12, 2, 19, 30)) == []
    [asked] = await sweep_at(bot, local(2026, 12, 3, 19, 0))
    assert asked.reminder.stage == "planned"
    assert bot.activities() == []


async def test_an_unanswered_plan_is_asked_once_more_next_morning_then_dropped(
    bot: BotUnderTest,
) -> None:
    from tests.conftest import local

    await bot.say(ZHANG, "下周二准备开班会")
    assert [o.reminder.stage for o in await sweep_at(bot, local(2026, 12, 1, 19, 0))] == ["planned"]
    assert await sweep_at(bot, local(2026, 12, 1, 21, 30)) == []  # quiet hours
    assert await sweep_at(bot, local(2026, 12, 2, 7, 0)) == []
    [again] = await sweep_at(bot, local(2026, 12, 2, 9, 30))
    assert again.reminder.stage == "planned_again" and "昨天" in again.text
    assert await sweep_at(bot, local(2026, 12, 3, 19, 0)) == []
    with Session(bot.engine) as session:
        [plan] = session.scalars(select(OpenQuestion).where(OpenQuestion.topic == "plan"))
        assert plan.closed_at is not None  # dropped


# The parser's alternatives and documents, through the real parser ------------------------------


async def test_alternatives_are_offered_as_buttons(bot: BotUnderTest) -> None:
    # The real parser: a class meeting on an education theme may be a themed one.
    replies = await bot.say(ZHANG, "今天开了安全教育班会")
    assert "是哪一种" in replies[0]
    assert [label for label, _ in buttons_of(bot.last_with_buttons())] == ["班会", "主题班会"]
    assert bot.activities() == []
    assert "已记录" in (await bot.press(ZHANG, "主题班会"))[0]
    assert [a.kind for a in bot.activities()] == ["theme_meeting"]


async def test_a_plan_read_two_ways_asks_which_day_before_it_is_kept(bot: BotUnderTest) -> None:
    # Said on Monday 23 November, "next Thursday" is the 26th or the 3rd.
    replies = await bot.say(ZHANG, "will hold the class meeting next Thursday")
    assert "是哪一天" in replies[0] and "计划" not in replies[0]
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert len(labels) == 2 and "11月26日" in labels[0] and "12月3日" in labels[1]
    replies = await bot.press(ZHANG, labels[1])
    assert any("计划" in r and "12月3日(周四)" in r for r in replies)
    assert bot.activities() == []  # a plan, not work done


async def test_a_weekday_read_as_the_one_past_is_recorded_as_done(bot: BotUnderTest) -> None:
    # "周四 主题班会" said on Monday: the coming Thursday, or last week's, already held.
    await bot.say(ZHANG, "周四 主题班会")
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert "11月19日" in labels[1]
    replies = await bot.press(ZHANG, labels[1])
    assert any(r.startswith("已记录") for r in replies)
    assert [(a.kind, a.local_date) for a in bot.activities()] == [
        ("theme_meeting", date(2026, 11, 19))
    ]


async def test_a_document_handed_in_is_offered_through_the_form_flow(bot: BotUnderTest) -> None:
    # The real parser: a form handed in is a document, not an activity.
    replies = await bot.say(ZHANG, "10月的工作记录表交了")
    assert "2026-10 月度工作记录表" in replies[0]
    assert bot.activities() == []
    replies = await bot.press(ZHANG, "标记为已交")
    assert "2026-10" in replies[-1] and "提交" in str(buttons_of(bot.last_with_buttons()))


async def test_an_album_keeps_every_photo_for_the_captioned_note(bot: BotUnderTest) -> None:
    await bot.app.process_update(
        photo_update(bot, ZHANG, "今天查寝，5号楼", "a1", media_group_id="album-1")
    )
    await bot.app.process_update(photo_update(bot, ZHANG, None, "a2", media_group_id="album-1"))
    await bot.app.process_update(photo_update(bot, ZHANG, None, "a3", media_group_id="album-1"))
    [record] = bot.activities()
    with Session(bot.engine) as session:
        assert evidence_file_ids(session, [record.id]) == {
            record.id: ["big-a1", "big-a2", "big-a3"]
        }


async def test_a_question_answered_twice_acts_once(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "8月1日查寝")
    question = bot.last_with_buttons()
    [yes] = [d for label, d in buttons_of(question) if label == "确定记录"]
    for _ in range(2):
        await bot.app.process_update(bot.updates.press(bot.user(ZHANG), question, yes))
    assert len(bot.activities()) == 1
    answers = [c for c in bot.request.calls if c.method == "answerCallbackQuery"]
    assert "失效" in answers[-1].params["text"]


async def test_a_note_with_work_done_and_a_plan_records_the_one_and_plans_the_other(
    bot: BotUnderTest,
) -> None:
    replies = await bot.say(ZHANG, "昨天查寝，下周二开班会")
    assert any("计划" in r and "12月1日(周二)" in r for r in replies)
    assert any(r.startswith("已记录") and "深入宿舍" in r for r in replies)
    assert [(a.kind, a.local_date) for a in bot.activities()] == [
        ("dorm_visit", date(2026, 11, 22))
    ]
    plan_message = next(c for c in bot.request.calls if "计划" in str(c.params.get("text")))
    [done] = [d for label, d in buttons_of(plan_message) if label == "已经做了"]
    await bot.app.process_update(bot.updates.press(bot.user(ZHANG), plan_message, done))
    assert sorted((a.kind, a.local_date) for a in bot.activities()) == [
        ("class_meeting", NOW.date()),
        ("dorm_visit", date(2026, 11, 22)),
    ]


async def test_the_policy_files_vocabulary_is_how_the_bot_reads_notes(
    engine: Engine, tmp_path: Path
) -> None:
    from pydantic import SecretStr

    from bot.settings import Settings
    from tests.bot.harness import ADMIN_ID

    policy = tmp_path / "college.toml"
    policy.write_text(
        '[vocabulary]\nplaces = ["翡翠湖校区"]\n\n[vocabulary.kinds]\ndorm_visit = ["走楼"]\n',
        encoding="utf-8",
    )
    settings = Settings(
        telegram_bot_token=SecretStr("123:test"),
        database_url=str(engine.url),
        admins=frozenset({ADMIN_ID}),
        config_path=policy,
    )
    seed(engine)
    college = make_bot(engine, settings)
    async with college.app:
        replies = await college.say(ZHANG, "今天在翡翠湖校区走楼")
    assert "已记录" in replies[0]
    [visit] = college.activities()
    assert (visit.kind, visit.location) == ("dorm_visit", "翡翠湖校区")
