"""How young teachers type on their phones (`bot/parsing/netslang.py`, the pinyin initials of
`regional.PINYIN_INITIALS`, the chat's small talk): each such note parses as the plain note
would. Every entry of the tables is read in a note here (`test_every_entry_is_checked`), and
each word with an ordinary sense elsewhere keeps it (`FALSE_FRIENDS`).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.parsing import parse_note
from bot.parsing.netslang import MARKERS, MARKERS_GATE, MARKS, TONE, WEEKDAY_PREFIXES
from bot.parsing.regional import PINYIN_INITIALS
from bot.parsing.small_talk import is_small_talk

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday
TODAY = NOW.date()

Parse = list[tuple[str, str, int | None]]


def parse(text: str, now: dt.datetime = NOW) -> Parse:
    return [(a.kind, a.date.isoformat(), a.count) for a in parse_note(text, now).activities]


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


# --- pinyin initials: (note, the plain note, its kinds and days) ---------------------------

INITIALS: list[tuple[str, str, list[tuple[str, int]]]] = [
    ("xz三开ztbh", "下周三开主题班会", [("theme_meeting", 7)]),
    ("zt开了bwh", "昨天开了班委会", [("cadre_meeting", -1)]),
    ("今天bh开完了✅", "今天班会开完了✅", [("class_meeting", 0)]),
    ("bzr开会", "班主任开会", [("seminar", 0)]),
    ("找fdy聊了聊", "找辅导员聊了聊", []),  # the counsellor is no student
    ("找dy谈了一下", "找导员谈了一下", [("student_talk", 0)]),
    ("jt去qs转了一圈", "今天去寝室转了一圈", [("dorm_visit", 0)]),
    ("ws去cq", "晚上去查寝", [("dorm_visit", 0)]),
    ("开了jzh", "开了家长会", [("parent_contact", 0)]),
    ("zt跟jz打了电话", "昨天跟家长打了电话", [("parent_contact", -1)]),
    ("mt去jf", "明天去家访", [("parent_contact", 1)]),
    ("给ky的同学开了个会 讲择校", "给考研的同学开了个会 讲择校", []),
    ("开了dc会", "开了大创会", [("student_activity", 0)]),
    ("开了bw会", "开了班委会", [("cadre_meeting", 0)]),
    ("找bz聊了聊班里的情况", "找班长聊了聊班里的情况", [("student_talk", 0)]),
    ("ss转了一圈", "宿舍转了一圈", [("dorm_visit", 0)]),
    ("tx们都在自习", "同学们都在自习", []),
    ("找gk的tx谈话", "找挂科的同学谈话", [("student_talk", 0)]),
    ("和小王tx", "和小王谈心", [("student_talk", 0)]),
    ("去wzx看了看", "去晚自习看了看", [("classroom_visit", 0)]),
    ("去zxs看了看", "去自习室看了看", [("classroom_visit", 0)]),
    ("kq查了一遍", "考勤查了一遍", []),
    ("周五cq dk", "周五查寝打卡", [("dorm_visit", -5)]),
    ("组织了班级hd", "组织了班级活动", [("student_activity", 0)]),
    ("带学生去yy看病", "带学生去医院看病", [("other", 0)]),
    ("zt bh开了", "主题班会开了", [("theme_meeting", 0)]),
    ("xz三开bh zt：防诈骗", "下周三开班会 主题：防诈骗", [("theme_meeting", 7)]),
    ("ht开bh", "后天开班会", [("class_meeting", 2)]),
    ("这zm去jf", "这周末去家访", [("parent_contact", 3)]),
    ("jf定在zm", "家访定在周末", [("parent_contact", 3)]),
    ("xq五开了bh", "星期五开了班会", [("class_meeting", -5)]),
    ("xw去听课", "下午去听课", [("classroom_visit", 0)]),
    ("qs ws检查 了", "寝室卫生检查了", [("dorm_visit", 0)]),
    ("ws检查了三个qs", "卫生检查了三个寝室", [("dorm_visit", 0)]),
    ("zs去听课", "早上去听课", [("classroom_visit", 0)]),
    ("zw找班长谈话", "中午找班长谈话", [("student_talk", 0)]),
    ("sw去听课", "上午去听课", [("classroom_visit", 0)]),
    ("cq✅ jf❌", "查寝✅ 家访❌", [("dorm_visit", 0)]),
]


@pytest.mark.parametrize(("text", "plain", "expected"), INITIALS)
def test_initials_read_as_the_plain_note(
    text: str, plain: str, expected: list[tuple[str, int]]
) -> None:
    assert sorted((k, d) for k, d, _ in parse(text)) == sorted((k, day(o)) for k, o in expected)
    assert parse(text) == parse(plain)


# --- weekdays typed as pinyin and a digit --------------------------------------------------

WEEKDAYS = [
    ("zhou3开了bh", -7),  # Wednesday is today: 周三开了 is today's, as the plain note reads it
    ("xingqi5开了bh", -5),
    ("xq5开了bh", -5),
    ("libai1开了bh", -2),
    ("lb1开了bh", -2),
    ("w1开了bh", -2),
]


@pytest.mark.parametrize(("text", "offset"), WEEKDAYS)
def test_weekday_digits(text: str, offset: int) -> None:
    plain = "周" + "一二三四五六日"[int(next(c for c in text if c.isdigit())) - 1] + "开了班会"
    assert parse(text) == parse(plain)
    assert parse(text)[0][0] == "class_meeting"


# --- list marks and emoji ------------------------------------------------------------------

MARK_NOTES: list[tuple[str, str]] = [
    ("👌查寝 ❌家访", "✅查寝 ❌家访"),
    ("查寝💯 谈心✅", "查寝✅ 谈心✅"),
    ("周五班会🆗", "周五班会✅"),
    ("周五班会✔️", "周五班会✔"),
    ("周五班会☑️", "周五班会☑"),
    ("查寝✅️ 家访❌️", "查寝✅ 家访❌"),
    ("查寝✅ 家访❎", "查寝✅ 家访❌"),
    ("查寝✖️2", "查寝×2"),
    ("✅查寝 ✖️家访", "✅查寝 ✖家访"),
    ("🙅家访 ✅查寝", "❌家访 ✅查寝"),
    ("查寝🙅‍♀️", "查寝❌"),
    ("查寝✅ 家访🚫", "查寝✅ 家访❌"),
    ("查寝✅ 家访⛔", "查寝✅ 家访❌"),
    ("1️⃣查寝✅\n2️⃣谈心✅\n3️⃣家访🈚", "1.查寝✅\n2.谈心✅\n3.家访❌"),
    ("查寝➕谈心", "查寝+谈心"),
]


@pytest.mark.parametrize(("text", "plain"), MARK_NOTES)
def test_marks_read_as_the_plain_marks(text: str, plain: str) -> None:
    assert parse(text) == parse(plain)


def test_marks_of_a_list() -> None:
    assert parse("查寝✅ 家访🈚 谈心👌") == [("dorm_visit", day(0), 1), ("student_talk", day(0), 1)]
    # A cross after another item's tick is the next item's, in a note not opened by a mark.
    assert parse("查寝✅ ❌家访") == [("dorm_visit", day(0), 1)]
    # A tick closes its item: a negation after it is the next item's.
    assert parse("周四的班会开了✅ 周五的家访取消了") == [("class_meeting", day(-6), 1)]
    assert parse("查寝✅\n❌家访\n✅谈心") == [
        ("dorm_visit", day(0), 1),
        ("student_talk", day(0), 1),
    ]
    # Numbered with keycaps and dated "11.16｜" or "📅11/16".
    assert parse("11.16｜1️⃣查寝✅ 2️⃣谈心✅") == [
        ("dorm_visit", "2026-11-16", 1),
        ("student_talk", "2026-11-16", 1),
    ]
    assert parse("📅11/16 查寝✅") == [("dorm_visit", "2026-11-16", 1)]
    # A reminder's alarm clock before a plan: the plan's day, as without it.
    assert parse("⏰明晚查寝") == parse("明晚查寝")
    # Joined with & or /, as with +.
    assert parse("查寝&谈心") == parse("查寝+谈心") == parse("查寝/谈心")


# --- slang markers: (note, the plain note, its kinds and days) ----------------------------

MARKER_NOTES: list[tuple[str, str, list[tuple[str, int]]]] = [
    ("周五班会搞定", "周五班会搞完", [("class_meeting", -5)]),
    ("周五查寝拿下", "周五查寝搞完", [("dorm_visit", -5)]),
    ("周五查寝打卡", "周五查寝完成", [("dorm_visit", -5)]),
    ("今天的查寝鸽了", "今天的查寝取消了", []),
    ("家访被鸽了", "家访被放鸽子了", []),
    ("约了家访 被鸽", "约了家访 被放鸽子", []),
    ("家访咕咕咕了", "家访放鸽子了", []),
    ("班会咕了", "班会放鸽子了", []),
    ("查寝摆烂了", "查寝没做", []),
    ("查寝开摆", "查寝没做", []),
    ("查寝躺平了", "查寝没做", []),
    ("家访寄了", "家访泡汤了", []),
    ("查寝下次一定", "查寝下次再说", []),
    ("又是被学生鸽的一天 约好的谈心没人来", "又是被学生放鸽子的一天 约好的谈心没人来", []),
]


@pytest.mark.parametrize(("text", "plain", "expected"), MARKER_NOTES)
def test_markers_read_as_the_plain_note(
    text: str, plain: str, expected: list[tuple[str, int]]
) -> None:
    assert sorted((k, d) for k, d, _ in parse(text)) == sorted((k, day(o)) for k, o in expected)
    assert parse(text) == parse(plain)


# --- tone: (note with it, the same note without it) ----------------------------------------

TONE_NOTES: list[tuple[str, str]] = [
    ("今晚查寝 冲了", "今晚查寝"),
    ("今晚查寝 冲鸭", "今晚查寝"),
    ("和学生谈心 已阅", "和学生谈心"),
    ("今天摸鱼了 没去查寝", "今天没去查寝"),
    ("破防了 今晚查寝三个寝室没人", "今晚查寝三个寝室没人"),
    ("今天的班会绝绝子", "今天的班会"),
    ("家长一直夸 栓Q 今天家访", "家长一直夸 今天家访"),
    ("蚌埠住了 今天查寝有人在煮火锅", "今天查寝有人在煮火锅"),
    ("麻了 查了三个寝室", "查了三个寝室"),
    ("查完寝就润了", "查完寝就走了"),
    ("班会整活 大家很开心", "班会 大家很开心"),
    ("明天的我会去查寝", "明天我会去查寝"),
    ("yyds 今天查完寝了", "今天查完寝了"),
    ("u1s1 今天谈心效果不错", "今天谈心效果不错"),
    ("dddd 今天开了班会", "今天开了班会"),
    ("今天查寝 xswl 有人在宿舍煮火锅", "今天查寝 有人在宿舍煮火锅"),
    ("nsdd 家访很有必要 今天去了一户", "家访很有必要 今天去了一户"),
    ("awsl 今天和新生谈心", "今天和新生谈心"),
    ("今天开了班会hhh", "今天开了班会"),
    ("查寝完毕 886", "查寝完毕"),
    ("555 今天家访被放鸽子", "今天家访被放鸽子"),
    ("orz 今天忘记查寝了", "今天忘记查寝了"),
    ("emo了 今天谈心谈崩了", "今天谈心谈崩了"),
    ("裂开 查寝发现违规电器", "查寝发现违规电器"),
    ("芜湖 班会开完了", "班会开完了"),
    ("啊这 查寝有人没回", "查寝有人没回"),
    ("累趴了 今天听了三节课", "今天听了三节课"),
]


@pytest.mark.parametrize(("text", "plain"), TONE_NOTES)
def test_tone_changes_nothing(text: str, plain: str) -> None:
    assert parse(text) == parse(plain)


@pytest.mark.parametrize(
    "text",
    ["886", "1", "收到 栓Q", "好的 yyds", "已阅🫡", "555", "orz", "蟹蟹老师", "彳亍", "ojbk"],
)
def test_chat_acknowledgements_are_small_talk(text: str) -> None:
    assert is_small_talk(text)


@pytest.mark.parametrize("text", ["查寝 1", "zt cq", "886 明天家访"])
def test_work_with_chat_is_not_small_talk(text: str) -> None:
    assert not is_small_talk(text)


# --- a plan, then its result in a later note -----------------------------------------------


def test_plan_then_result() -> None:
    morning = NOW.replace(hour=9)
    assert parse("⏰今晚cq", morning) == parse("今晚查寝", morning)
    assert parse("cq✅", NOW) == parse("查寝✅", NOW) == [("dorm_visit", day(0), 1)]
    assert parse("明天jf 冲", NOW) == parse("明天家访", NOW)
    tomorrow = NOW + dt.timedelta(days=1)
    assert parse("jf寄了 没见到人", tomorrow) == []
    assert parse("jf 搞定✅ 聊了俩小时", tomorrow) == [("parent_contact", day(1), 1)]


# --- false friends: the ordinary sense kept ------------------------------------------------

FALSE_FRIENDS: list[tuple[str, Parse]] = [
    ("今天跟班长团购了奶茶", []),  # 团 of a group purchase is no league meeting
    ("班里开团了 买考研资料", []),
    ("这几天寝食难安", []),  # 寝 of "can neither sleep nor eat"
    ("和室友冲突了 来找我", []),  # 冲 of a conflict
    ("周末打卡了一家火锅店", []),  # 打卡 of a restaurant: a visit
    ("提醒学生每天学习打卡", []),  # the students' check-in
    ("加班到十点", []),  # 班 of overtime
    ("家长群里转发的通知：明天家长会", []),  # a notice forwarded from the parents' group
    ("学院在开会 我没去", []),  # someone else's meeting
    ("喂鸽子了", []),  # a pigeon
    ("肚子咕咕叫 去查寝了", [("dorm_visit", day(0), 1)]),  # a stomach, not a stand-up
    ("把海报拿下来", []),
    ("快递寄了", []),  # 寄 of a parcel
    ("发个jt给我", []),  # a screenshot, not today
    ("点了mt外卖", []),  # 美团
    ("gk成绩出来了", []),  # 高考
    ("看了个hd视频", []),
    ("在yy上开会", []),  # a voice chat, not a hospital
    ("bz：记得交表", []),  # 备注, a remark
    ("去w3教室听课", [("classroom_visit", day(0), 1)]),  # a building, not Wednesday
    ("zm办 查寝还去不去", []),  # 怎么办, not the weekend
    ("tx一下大家交表", []),  # 提醒
    ("看xw联播", []),
    ("HD video ✅", []),
    ("周末去广场喂和平鸽了", []),
    ("bz：明天交班费", []),  # the class fund, not a class meeting (a voice slip when held:)
    ("下午开了个班费", [("class_meeting", day(0), 1)]),
]


@pytest.mark.parametrize(("text", "expected"), FALSE_FRIENDS)
def test_false_friends_keep_their_sense(text: str, expected: Parse) -> None:
    assert parse(text) == expected


def test_every_entry_is_checked() -> None:
    notes = " ".join(
        [t for t, _, _ in INITIALS]
        + [t for t, _ in WEEKDAYS]
        + [t for t, _ in MARK_NOTES]
        + [t for t, _, _ in MARKER_NOTES]
        + [t for t, _ in TONE_NOTES]
    ).lower()
    assert [r.word for r in PINYIN_INITIALS if r.word not in notes] == []
    assert [p for p in WEEKDAY_PREFIXES if p not in notes] == []
    assert [s.word for s in MARKS + MARKERS if re.search(s.word, notes) is None] == []
    assert [w for w in TONE if w.lower() not in notes] == []


def test_the_markers_gate_covers_every_entry() -> None:
    assert [s.word for s in MARKERS if not set(s.word) & set(MARKERS_GATE)] == []
