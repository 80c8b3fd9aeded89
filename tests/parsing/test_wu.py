"""Wu Chinese as a teacher types it in notes about advisor work, region by region.

Shanghai, Suzhou, Wuxi / Changzhou, Hangzhou, Ningbo, Shaoxing, Wenzhou and Jinhua: the
words for days and parts of the day, the verbs of the work, done / not done / later, people,
places, pronouns and counts (`dialects.py`'s Wu entries and `regional.WU`), each in a whole
note with a fixed `now`: what the note records. A Wu note parses as its Mandarin twin does
(`TWINS`), and every Mandarin word written like a Wu one keeps its sense (`FALSE_FRIENDS`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note
from bot.parsing.dialects import DAY_WORDS, MARKERS, PEOPLE, VERBS
from bot.parsing.normalise import normalise
from bot.parsing.regional import WU

NOW = dt.datetime(2026, 12, 9, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday

Found = tuple[str, int, str | None]  # kind, days from today, flag

# Each region's notes and what they record: (kind, days from today, flag).
REGIONS: dict[str, list[tuple[str, list[Found]]]] = {
    "Shanghai": [
        ("昨日夜到去阿拉班寝室兜了一圈", [("dorm_visit", -1, None)]),
        ("今朝中浪去寝室张张，伊拉辣辣打牌", [("dorm_visit", 0, None)]),
        ("今朝夜快寻小王谈了一歇，伊最近交关用功", [("student_talk", 0, None)]),
        ("昨日打电话拨小王姆妈，讲了伊辰光不够用", [("parent_contact", -1, None)]),
        ("昨日打拨小张爷娘，讲了伊挂科的事体", [("parent_contact", -1, None)]),
        ("今朝搭伊拉班长讲了讲", [("student_talk", 0, None)]),
        ("今朝拨小王阿爸打了只电话", [("parent_contact", 0, None)]),
        ("今朝打了只电话拨小李阿妈", [("parent_contact", 0, None)]),
        ("今朝跟两只学生子嘎讪胡", [("student_talk", 0, None)]),
        ("明朝夜快要去寝室查寝", [("dorm_visit", 1, "future")]),
        ("明朝下半天开班委会", [("cadre_meeting", 1, "future")]),
        ("班会还呒没开", []),
        ("昨日呒去寝室，覅记", []),
        ("今朝寝室覅去了，伊拉考试", []),
        ("勿要去寝室查寝了", []),
        ("我勒海寝室查寝，等歇再写", [("dorm_visit", 0, None)]),
        ("晏歇去寝室兜一圈", [("dorm_visit", 0, None)]),
        ("上个号头底去小王屋里厢家访了", [("parent_contact", -9, None)]),
        ("该个礼拜一开好班会了", [("class_meeting", -2, None)]),
        ("上个礼拜三搭几个学生子讲闲话", [("student_talk", -7, None)]),
        ("今朝去教室里向听了一节课", [("classroom_visit", 0, None)]),
        ("小王爹爹今朝来学校，搭伊讲讲", [("parent_contact", 0, None)]),
        ("侬明朝去寝室看看", [("dorm_visit", 1, "future")]),
        ("一道去寝室转了一圈，下趟再去", [("dorm_visit", 0, None)]),
    ],
    "Suzhou": [
        ("今朝下半日去俚笃寝室望望", [("dorm_visit", 0, None)]),
        ("昨日夜里向搭我伲班班长开了个会", [("cadre_meeting", -1, None)]),
        ("班会朆开，明朝再讲", []),
        ("昨日黄昏头去寝室查寝了", [("dorm_visit", -1, None)]),
        ("俚昨日朆来上课，打电话拨俚好婆", [("parent_contact", -1, None)]),
        ("倷明朝辣浪办公室伐？寻倷讲讲", []),
        ("倷笃班会开好了伐", []),
        ("昨日上半日去听课，辣海教室坐了一节课", [("classroom_visit", -1, None)]),
        ("伲班今朝开了班会", [("class_meeting", 0, None)]),
        ("勿曾去寝室，晏点再去", []),
    ],
    "Wuxi / Changzhou": [
        ("今朝早浪向去听课了", [("classroom_visit", 0, None)]),
        ("昨日下半日开好班会嘞", [("class_meeting", -1, None)]),
        ("前两日去伊拉寝室张了一张", [("dorm_visit", -2, None)]),
        ("前几日去寝室张一张，三只寝室都蛮好", [("dorm_visit", -3, None)]),
        ("昨日去小王屋里，搭伊屋里大人讲了半个钟头", [("parent_contact", -1, None)]),
        ("今朝跑过去寝室张了一眼", [("dorm_visit", 0, None)]),
        ("昨日中浪向去寝室张一眼", [("dorm_visit", -1, None)]),
        ("昨日搭小王嘎三胡", [("student_talk", -1, None)]),
    ],
    "Hangzhou": [
        ("今朝上半天去听了节课", [("classroom_visit", 0, None)]),
        ("昨天下半天去寝室张了张", [("dorm_visit", -1, None)]),
        ("明朝礼拜四要开班会", [("class_meeting", 1, "future")]),
        ("今朝跟两个小伢儿谈了谈", [("student_talk", 0, None)]),
    ],
    "Ningbo": [
        ("今末夜到去寝室查寝了", [("dorm_visit", 0, None)]),
        ("昨末下半日开了班会", [("class_meeting", -1, None)]),
        ("其拉寝室今末去过了", [("dorm_visit", 0, None)]),
        ("昨末打电话拨小王阿娘", [("parent_contact", -1, None)]),
        ("阿拉班明朝夜头开班会", [("class_meeting", 1, "future")]),
    ],
    "Shaoxing": [
        ("今朝夜快头六点开了班会", [("class_meeting", 0, None)]),
        ("昨日夜头寻班长讲闲话", [("student_talk", -1, None)]),
        ("过几日覅忘记去寝室", []),
        ("大前日去寝室查寝了", [("dorm_visit", -3, None)]),
    ],
    "Wenzhou": [
        ("今日天光八点去听课了", [("classroom_visit", 0, None)]),
        ("昨日日昼十二点开了班会", [("class_meeting", -1, None)]),
        ("渠俫寝室今日去过了", [("dorm_visit", 0, None)]),
        ("我俫班今日开了班会", [("class_meeting", 0, None)]),
        ("你俫寝室今日我去过了", [("dorm_visit", 0, None)]),
        ("渠今日冇来，打电话拨渠娘", [("parent_contact", 0, None)]),
    ],
    "Jinhua": [
        ("今日上昼去听了一节课", [("classroom_visit", 0, None)]),
        ("昨日下昼去渠寝室看看", [("dorm_visit", -1, None)]),
        ("前日黄昏去寝室查寝了", [("dorm_visit", -2, None)]),
    ],
}

# The month's days (月头, 月尾, 月半) and the ones that count weeks and months.
MONTH_NOTES: dict[str, dt.date] = {
    "上个月头去小王屋里家访了": dt.date(2026, 11, 1),
    "上个月尾去小王屋里家访了": dt.date(2026, 11, 30),
    "月头开了班会": dt.date(2026, 12, 1),
    "月半开了班会": dt.date(2026, 12, 15),
    "这个号头月半开了班会": dt.date(2026, 12, 15),
    "该个号头月头开了班会": dt.date(2026, 12, 1),
}

# Later and next months: a plan for its first day or its end.
PLANS: dict[str, tuple[str, dt.date]] = {
    "下个月头开班会": ("class_meeting", dt.date(2027, 1, 1)),
    "下个号头要去小王屋里家访": ("parent_contact", dt.date(2027, 1, 9)),
    "月尾开主题班会": ("theme_meeting", dt.date(2026, 12, 31)),
    "号头尾开主题班会": ("theme_meeting", dt.date(2026, 12, 31)),
    "该趟班会明朝开": ("class_meeting", dt.date(2026, 12, 10)),
}

# Wu notes and their Mandarin twins: the same kinds, days, flags and counts.
TWINS: list[tuple[str, str]] = [
    ("今朝跟两只学生谈了谈", "今天跟两个学生谈了谈"),
    ("过两日去小王屋里家访", "过两天去小王家家访"),
    ("昨日搭伊拉寝室几个人开了只会", "昨天跟他们寝室几个人开了个会"),
    ("伊拉班长今朝来寻我讲了一歇", "他们班长今天来找我谈了一会"),
    ("今朝去寝室，每个人侪谈过了", "今天去寝室，每个人都谈过了"),
    ("这两日去寝室看了三趟", "这两天去寝室看了三趟"),
    ("今朝跟三个学生子谈了谈", "今天跟三个学生谈了谈"),
    ("今朝跟两个小人谈了谈", "今天跟两个孩子谈了谈"),
    ("等一歇去寝室查寝", "等一会去寝室查寝"),
    ("一歇歇去寝室查寝", "一会去寝室查寝"),
    ("歇歇去寝室查寝", "等下去寝室查寝"),
    ("晏一点去寝室查寝", "晚一点去寝室查寝"),
    ("班会勿开了", "班会不开了"),
    ("班会覅开了", "班会不用开了"),
    ("勿要去寝室了", "不用去寝室了"),
    ("伊拉勒浪开会", "他们在开会"),
    ("准备明朝去寝室查寝", "准备明天去寝室查寝"),
    ("明朝要去寝室查寝", "明天要去寝室查寝"),
    ("今朝去小王屋里家访", "今天去小王家家访"),
    ("今朝打电话拨小王阿妈", "今天打电话给小王妈妈"),
    ("昨日班会开过了", "昨天班会开过了"),
    ("昨日寝室去过咯", "昨天寝室去过了"),
    ("班会昨日开好嘞", "班会昨天开好了"),
    ("今朝弄了只班会", "今天弄了个班会"),
    ("今朝搞了个班会", "今天搞了个班会"),
    ("昨日叫伊来办公室谈了谈", "昨天叫他来办公室谈了谈"),
    ("昨日跟小王谈天谈了一歇", "昨天跟小王聊天聊了一会"),
    ("今朝家里大人来过了，谈了半个钟头", "今天家长来过了，谈了半个钟头"),
]

# Mandarin written like a Wu word: the word keeps its sense (it stays in the normalised note)
# and the note records what the Mandarin note does.
FALSE_FRIENDS: list[tuple[str, str, list[Found]]] = [
    ("看了本明朝末年的书", "明朝", []),
    ("阿拉今朝去看了明朝历史展", "明朝", []),
    ("阿拉伯语角活动", "阿拉伯", []),
    ("伊朗来的交换生今天到了", "伊朗", []),
    ("伊利牛奶发下去了", "伊利", []),
    ("小王感冒好了", "好了", []),
    ("好了，明天开班会", "好了", [("class_meeting", 1, "future")]),
    ("寻找失物的通知转发了", "寻找", []),
    ("寻求学校帮助", "寻求", []),
    ("众里寻他千百度", "寻他", []),
    ("昨天找小张谈了谈", "小张", [("student_talk", -1, None)]),
    ("发了一张张试卷", "张张", []),
    ("他张了张嘴没说话", "张了张嘴", []),
    ("领了个号头排队", "号头", []),
    ("麻辣海鲜很好吃", "辣海", []),
    ("这菜辣辣的", "辣辣", []),
    ("学校拨款下来了", "拨款", []),
    ("拨打110报警", "拨打", []),
    ("小姑娘很懂事", "姑娘", []),
    ("新娘很漂亮", "新娘", []),
    ("两只猫在宿舍楼下", "两只猫", []),
    ("他开了只会说空话的头", "只会说", []),
    ("累了歇一歇", "歇一歇", []),
    ("搭车回家", "搭车", []),
    ("俚语很多", "俚语", []),
    ("水渠修好了", "水渠", []),
    ("尤其拉开了差距", "其拉", []),
    ("他做了一道题", "一道题", []),
    ("大人和小孩都来了", "大人", []),
    ("该个案要上报", "该个", [("other", 0, None)]),
    ("背后讲闲话不好", "讲闲话", []),
    ("步伐整齐", "步伐", []),
]

# Counts: 只 counts students and rooms as 个 does.
COUNTS: dict[str, int] = {
    "今朝跟两只学生子谈了谈": 2,
    "今朝搭三只学生讲了讲": 3,
}


def _found(text: str) -> list[Found]:
    return [(a.kind, (a.date - NOW.date()).days, a.flag) for a in parse_note(text, NOW).activities]


def _full(text: str) -> list[tuple[str, dt.date, str | None, int | None]]:
    return [(a.kind, a.date, a.flag, a.count) for a in parse_note(text, NOW).activities]


def _region_cases() -> list[tuple[str, str, list[Found]]]:
    return [(region, text, found) for region, notes in REGIONS.items() for text, found in notes]


@pytest.mark.parametrize(("region", "text", "found"), _region_cases())
def test_a_wu_note_records_what_it_says(region: str, text: str, found: list[Found]) -> None:
    assert _found(text) == found, region


@pytest.mark.parametrize(("text", "day"), list(MONTH_NOTES.items()))
def test_the_month_in_wu(text: str, day: dt.date) -> None:
    assert [a.date for a in parse_note(text, NOW).activities] == [day]


@pytest.mark.parametrize(("text", "plan"), list(PLANS.items()))
def test_a_plan_in_wu(text: str, plan: tuple[str, dt.date]) -> None:
    assert [(a.kind, a.date, a.flag) for a in parse_note(text, NOW).activities] == [
        (*plan, "future")
    ]


@pytest.mark.parametrize(("wu", "mandarin"), TWINS)
def test_a_wu_note_parses_as_its_mandarin_twin(wu: str, mandarin: str) -> None:
    assert _full(wu) == _full(mandarin)


@pytest.mark.parametrize(("text", "kept", "found"), FALSE_FRIENDS)
def test_mandarin_written_like_wu_keeps_its_sense(text: str, kept: str, found: list[Found]) -> None:
    assert kept in normalise(text)[0]
    assert _found(text) == found


@pytest.mark.parametrize(("text", "count"), list(COUNTS.items()))
def test_wu_counts_students_with_zhi(text: str, count: int) -> None:
    assert [a.count for a in parse_note(text, NOW).activities] == [count]


def _is_wu(region: str) -> bool:
    return any(part.startswith("Wu") for part in region.split(", "))


def checked_text() -> str:
    """Every Wu note of this file, one string (`test_dialect_tables` reads it as well)."""
    return "".join(
        [text for _, text, _ in _region_cases()]
        + list(MONTH_NOTES)
        + list(PLANS)
        + [wu for wu, _ in TWINS]
        + list(COUNTS)
    )


def test_every_wu_word_is_read_in_a_note() -> None:
    # The Wu words of the thin regions' lane (弗曾) are read in its notes.
    from tests.parsing import test_dialects2

    texts = checked_text() + "".join(text for _, text, _ in test_dialects2.TWINS)
    words = [e.word for e in DAY_WORDS if _is_wu(e.region)]
    words += [e.word for e in VERBS + MARKERS + PEOPLE if _is_wu(e.region)]
    words += [r.word for r in WU]
    assert [w for w in words if w not in texts] == []
