"""The dialects of Chinese as tables (`bot/parsing/dialects.py`), region by region.

For each dialect region, the words a teacher from there types for days and parts of the day,
the week and the month, the verbs of the work (chatting, going, looking, doing, phoning) and
done / not done / later, each in a short note with a fixed `now`: what the note records. The
lists hold the words the parser read before the tables (夜儿个, 今儿, 后晌, 唠嗑, 咗, 冇 …) as
well as the ones the tables add, so both stay read. Every entry of the tables is in a note
here (`test_every_table_word_is_checked`), and every Mandarin word written like one stays
itself (`test_real_words_written_alike_stay`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note
from bot.parsing.dialects import (
    DAY_WORDS,
    DURATIONS,
    GATE,
    MARKERS,
    PEOPLE,
    PRONOUNS,
    VERBS,
    fold_dialects,
)
from tests.parsing import (
    test_dialects2,
    test_jin,
    test_r18ad,
    test_r18b,
    test_seamandarin,
    test_wu,
)

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday
TODAY = NOW.date()

# Regions: NE Northeast, BJ Beijing, JL Jilu / Tianjin, JM Jiaoliao, ZY Central Plains (Henan,
# Guanzhong, Xuzhou), JIN Jin, LY Lanyin, SW Southwest (Sichuan … Wuhan), JH Jianghuai, WU Wu
# and Hui, GAN Gan, XIANG Xiang, MIN Min (Fuzhou, Minnan, Taiwan, Chaoshan), HAKKA, YUE.

# A day word and its offset from today.
DAYS = """
NE 昨儿个 -1|NE 今儿个 0|NE 明儿个 1|NE 前儿个 -2|NE 后儿个 2|NE 大前儿个 -3|NE 昨个 -1|NE 昨儿晚上 -1
NE 昨晚儿 -1|NE 明儿早上 1
BJ 今儿 0|BJ 昨儿 -1|BJ 明儿 1|BJ 前儿 -2|BJ 后儿 2|BJ 大后儿 3|BJ 大前儿 -3|BJ 昨儿黑间 -1|BJ 赶明儿 1
JL 夜儿个 -1|JL 夜来 -1|JL 夜儿 -1|JL 今儿黑价 0|JL 夜儿后晌 -1
JM 夜来 -1|JM 夜来黑夜 -1|JM 前日 -2|JM 后日 2|JM 大后日 3|JM 夜来后晌 -1|JM 夜来下晚 -1
JM 今么 0|JM 明么 1|JM 今门儿 0|JM 今们儿 0|JM 明门儿 1|JM 明们儿 1|JM 夜来过晌 -1|JM 明么头晌 1
JM 夜来头晌 -1|JM 明么过晌 1|JM 今么过晌 0|JL 夜来个 -1|JL 明么下晌 1|JM 过明儿 2|JM 夜来早晨 -1
JM 夜来傍晚 -1|JL 夜来半夜 -1|JL 夜来夜里 -1|ZY 夜来黑喽 -1
ZY 夜儿个 -1|ZY 夜个 -1|ZY 夜儿黑 -1|ZY 夜儿后晌 -1|ZY 今儿黑 0|ZY 明儿清早 1|ZY 大后儿个 3
ZY 夜个黑咧 -1|ZY 昨黑 -1|ZY 今个 0|ZY 明个 1|ZY 后个 2|ZY 前个 -2|ZY 大前个 -3
ZY 外后天 3|JL 外后儿 3|JL 外后儿个 3|JIN 外后日 3
JIN 夜来 -1|JIN 今儿 0|JIN 明儿 1|JIN 前日 -2|JIN 后日 2|JIN 大前日 -3|JIN 夜来黑夜 -1|JIN 今儿黑夜 0
JIN 明儿前晌 1|JIN 夜来后晌 -1|JIN 今日 0|JIN 明日 1
LY 昨个 -1|LY 夜个 -1|LY 昨个晚夕 -1|LY 今个晚夕 0|LY 昨个后晌 -1
SW 昨天晚上 -1|SW 昨晚上 -1|SW 今晚黑 0|SW 昨晚黑 -1|SW 明晚黑 1|SW 今早上 0|SW 明早 1|SW 昨日 -1
SW 今日 0|SW 后日 2|SW 大后天 3
JH 昨个 -1|JH 今个 0|JH 明个 1|JH 前个 -2|JH 后个 2|JH 大后个 3|JH 昨个晚上 -1
WU 今朝 0|WU 明朝 1|WU 昨日 -1|WU 前日 -2|WU 后日 2|WU 大后日 3|WU 大前日 -3|WU 昨日夜里 -1|WU 今朝夜里 0
WU 明朝早上 1|WU 昨日夜到 -1|WU 今末 0|WU 昨夜 -1|WU 昨日下半天 -1|WU 今朝下半日 0
GAN 今日 0|GAN 明日 1|GAN 昨日 -1|GAN 昨日下昼 -1|GAN 今日上昼 0
XIANG 昨日 -1|XIANG 前日 -2|XIANG 昨日晚上 -1|XIANG 今日下昼 0
XIANG 今咯日 0|XIANG 明咯日 1|XIANG 昨咯日 -1|XIANG 后咯日 2|XIANG 明咯日夜里 1
MIN 今仔日 0|MIN 明仔载 1|MIN 明仔再 1|MIN 昨昏 -1|MIN 下昏 0|MIN 昨暝 -1|MIN 今暗 0|MIN 今旦 0
MIN 明旦 1|MIN 今夜 0|MIN 昨日下晡 -1
HAKKA 今晡日 0|HAKKA 天光日 1|HAKKA 昨晡日 -1|HAKKA 前晡日 -2|HAKKA 今晡夜 0|HAKKA 昨晡夜 -1
HAKKA 暗晡夜 0|HAKKA 今晡 0|HAKKA 昨晡 -1|HAKKA 后晡日 2
WU 昨朝 -1|GAN 昨朝 -1|JH 昨朝 -1|MIN 昨晡 -1
YUE 今日 0|YUE 寻日 -1|YUE 琴日 -1|YUE 听日 1|YUE 前日 -2|YUE 后日 2|YUE 大前日 -3|YUE 大后日 3
YUE 今朝 0|YUE 听朝 1|YUE 寻朝 -1|YUE 琴晚 -1|YUE 寻晚 -1|YUE 听晚 1|YUE 今晚黑 0|YUE 听日朝早 1
YUE 寻日下昼 -1|YUE 琴日晏昼 -1
"""

# Parts of the day: after 昨天 the day is yesterday, alone it is today.
PARTS = """
NE 头晌|NE 晌午|NE 过晌|NE 下晌|NE 傍黑|NE 擦黑|NE 黑天|NE 早起|NE 头午|NE 下半晌|NE 一早|NE 下晚
BJ 后半晌|BJ 擦黑儿|BJ 晚半晌|BJ 早半晌|BJ 上半晌|BJ 晌午头
JL 黑价|JL 黑下|JL 后晌|JL 晌火
JM 过午|JM 傍黑
ZY 清早|ZY 清起|ZY 前晌|ZY 黑了|ZY 黑地|ZY 黑咧
JIN 黑夜|JIN 黑间|JIN 前晌
LY 晚夕
SW 下半天|SW 晚黑|SW 半夜|SW 晚些时候
WU 早浪|WU 早浪向|WU 上半天|WU 上半日|WU 中浪|WU 中浪向|WU 下半天|WU 下半日|WU 夜快|WU 夜快头
WU 夜到|WU 夜头|WU 夜里向|WU 夜里
GAN 上昼|GAN 下昼|GAN 当昼|GAN 夜晡
XIANG 中时|XIANG 断黑|XIANG 挨夜
MIN 透早|MIN 中昼|MIN 下晡|MIN 暗时|MIN 暝时|MIN 日昼|MIN 暝昏|MIN 夜昏
HAKKA 朝晨|HAKKA 朝晨头|HAKKA 当昼|HAKKA 晏昼|HAKKA 暗晡|HAKKA 挨暗
YUE 朝早|YUE 晏昼|YUE 下昼|YUE 挨晚|YUE 夜晚|YUE 晚黑|YUE 夜晚黑
"""


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(offset)


# The week and the month: the day a deed told with the word was done on.
WEEK = {
    "礼拜一": _day(-2),
    "礼拜二": _day(-1),
    "礼拜天": _day(-3),
    "礼拜日": _day(-3),
    "星期天": _day(-3),
    "拜一": _day(-2),
    "拜日": _day(-3),
    "拜四": _day(-6),
    "拜五": _day(-5),
    "上个礼拜三": _day(-7),
    "上礼拜三": _day(-7),
    "这个礼拜一": _day(-2),
    "呢个礼拜一": _day(-2),
    "上周末": _day(-4),
    "上个周末": _day(-4),
    "礼拜六": _day(-4),
    "上个礼拜六": _day(-4),
    "月初": dt.date(2026, 11, 1),
    "月头": dt.date(2026, 11, 1),
    "上个月头": dt.date(2026, 10, 1),
    "上个月尾": dt.date(2026, 10, 31),
    "上个月底": dt.date(2026, 10, 31),
    "月半": dt.date(2026, 11, 15),
    "月中": dt.date(2026, 11, 15),
    # A few days back: 日 for 天 (not the 2nd of the month).
    "前两日": _day(-2),
    "前几日": _day(-3),
}

# Chat verbs: "昨天和小王<verb>了一会", or the note given.
CHAT = """
NE 唠嗑|NE 唠|NE 扯闲篇|NE 唠唠
BJ 侃|BJ 掰扯|BJ 神聊|BJ 聊
JM 拉呱|JM 啦呱|JL 叨叨|JL 白唬|JL 白呼|JM 拉拉|JM 拉了拉|JM 啦啦|JM 啦了啦|JM 拉拉呱
ZY 喷|ZY 喷空|ZY 白话|ZY 谝|ZY 谝闲传
JIN 拉话|JIN 拉话话|JIN 啦话
LY 喧|LY 喧谎|LY 喧荒
SW 摆龙门阵|SW 冲壳子|SW 港|SW 扯|SW 吹牛|NE 吹了会牛|SW 摆|SW 摆条|SW 吹垮垮|SW 摆一哈
JH 谈
WU 讲闲话|WU 嘎讪胡|WU 嘎三胡|WU 谈谈
XIANG 扯白
MIN 哈啦|MIN 讲
HAKKA 打嘴鼓
MIN 开讲|MIN 话仙|MIN 画仙|JH 韶|SW 摆古
YUE 倾偈|YUE 倾|YUE 倾计|YUE 吹水
"""
CHAT_NOTES = {
    "摆龙门阵": "昨天和小王摆了一会龙门阵",
    "唠嗑": "昨天和小王唠了会嗑",
    "拉话话": "昨天跟小王拉了会话",
    "讲闲话": "昨天和小王讲了一会闲话",
    "打嘴鼓": "昨天同小王打了一阵嘴鼓",
    "吹水": "昨天同小王吹咗阵水",
    "扯闲篇": "昨天和小王扯了会闲篇",
    # Min 讲 for 谈 (kinds: a student spoken to), with its subject rather than a while.
    "讲": "昨天有跟小王讲了一下补考的事",
    # Hakka 话事 / 讲事: talking things over.
    "话事": "昨天同三个学生仔话事",
    "讲事": "昨天同小王讲事",
    "谝闲传": "昨天和小王谝了一会闲传",
    "冲壳子": "昨天和小王冲了一会壳子",
    "拉呱": "昨天和小王拉了一会呱",
    "啦呱": "昨天和小王啦了一会呱",
    "喷空": "昨天和小王喷了一会空",
    "吹了会牛": "昨天和小王吹了会牛",
    # Shandong's 拉呱 doubled, its object left out at the clause's end.
    "拉拉": "昨天过晌找小王拉拉，问了问复习",
    "拉了拉": "昨天开完班会跟小王单独拉了拉",
    "啦啦": "昨天找了小王啦啦吧",
    "啦了啦": "昨天俺跟他们啦了啦。",
    "拉拉呱": "昨天和小王拉拉呱",
    # Southwest: 摆 for a while, 摆一哈 (一哈 is 一下), 摆条 and 吹垮垮.
    "摆": "昨天和小王摆了好久",
    "摆一哈": "昨天喊小王来办公室摆了一哈",
    "摆条": "昨天和小王摆了会儿条",
}

# Going, looking, doing and phoning: the note and the kind it records, yesterday.
WORK = {
    ("SW", "克"): ("昨天克宿舍看了一下", "dorm_visit"),
    ("YUE", "行"): ("昨天行咗一圈宿舍", "dorm_visit"),
    ("NE", "上"): ("昨天上宿舍看了看", "dorm_visit"),
    ("ZY", "蹽"): ("昨天蹽宿舍看了看", "dorm_visit"),
    ("BJ", "溜达"): ("昨天去宿舍溜达了一圈", "dorm_visit"),
    ("ZY", "跑"): ("昨天跑了一趟宿舍", "dorm_visit"),
    ("YUE", "去咗"): ("昨天去咗宿舍睇下", "dorm_visit"),
    ("NE", "瞅"): ("昨天到宿舍瞅了一下", "dorm_visit"),
    ("BJ", "瞧"): ("昨天到宿舍瞧了一下", "dorm_visit"),
    ("YUE", "睇"): ("昨天到宿舍睇了一下", "dorm_visit"),
    ("WU", "瞄"): ("昨天到宿舍瞄了一下", "dorm_visit"),
    ("JIN", "眊"): ("昨天到宿舍眊了一下", "dorm_visit"),
    ("XIANG", "望"): ("昨天到宿舍望了一下", "dorm_visit"),
    ("SW", "看一哈"): ("昨天到宿舍看一哈", "dorm_visit"),
    ("SW", "转了哈"): ("昨天去寝室转了哈", "dorm_visit"),
    ("SW", "切"): ("昨天切寝室看了一下", "dorm_visit"),
    ("SW", "屋头"): ("昨天去了趟小张屋头，跟他妈妈聊了好久", "parent_contact"),
    ("WU", "张一张"): ("昨天到宿舍张一张", "dorm_visit"),
    ("NE", "整"): ("昨天整了个班会", "class_meeting"),
    ("ZY", "弄"): ("昨天弄了个班会", "class_meeting"),
    ("SW", "搞"): ("昨天搞了个班会", "class_meeting"),
    ("YUE", "做"): ("昨天做了个班会", "class_meeting"),
    ("BJ", "鼓捣"): ("昨天鼓捣了个班会", "class_meeting"),
    ("BJ", "打电话"): ("昨天给小王家长打了电话", "parent_contact"),
    ("NE", "挂电话"): ("昨天给小王家长挂了个电话", "parent_contact"),
    ("YUE", "打俾"): ("寻日打咗俾小王屋企人", "parent_contact"),
    ("MIN", "讲电话"): ("昨天跟小王家长讲电话讲了半小时", "parent_contact"),
    ("BJ", "通电话"): ("昨天跟小王家长通了电话", "parent_contact"),
    ("BJ", "拨电话"): ("昨天给小王家长拨了个电话", "parent_contact"),
    ("SW", "打手机"): ("昨天给小王家长打手机说了情况", "parent_contact"),
    ("YUE", "倾电话"): ("寻日同小王屋企人倾咗阵电话", "parent_contact"),
    ("YUE", "煲电话粥"): ("寻日同小王屋企人煲咗个电话粥", "parent_contact"),
    ("XIANG", "克哒"): ("昨天克哒宿舍看了一下", "dorm_visit"),
    ("MIN", "讲了电话"): ("昨天跟小黄讲了电话，他说要请假", "student_talk"),
    ("MIN", "巡堂"): ("昨天去巡堂", "classroom_visit"),
    ("MIN", "视讯"): ("昨天跟小王家长视讯了半小时", "parent_contact"),
    ("MIN", "简讯"): ("昨天传简讯给小王家长", "parent_contact"),
    ("MIN", "讯息"): ("昨天传讯息给小王家长", "parent_contact"),
    ("MIN", "家庭访问"): ("昨天去小王家做家庭访问", "parent_contact"),
    ("MIN", "亲师"): ("昨天开了亲师座谈会", "parent_contact"),
    ("MIN", "研习"): ("昨天参加了学校办的导师研习", "seminar"),
    ("MIN", "班亲会"): ("昨天开班亲会，来了二十几位家长", "parent_contact"),
    ("MIN", "校外教学"): ("昨天带学生去校外教学", "student_activity"),
    ("MIN", "班游"): ("昨天班游，带全班去爬山", "student_activity"),
    ("HAKKA", "食饭"): ("昨天同几个学生食饭", "student_talk"),
    ("MIN", "电访"): ("昨天电访三位家长", "parent_contact"),
}

# Done: "昨天去宿舍查寝<marker>" or the note given, recorded as done yesterday.
DONE = """
ZY 嘞|BJ 喽|ZY 咧|XIANG 哒|GAN 哩|XIANG 咯|YUE 咗|WU 勒|WU 仔|BJ 来着|SW 了噻|MIN 有|ZY 罢|SW 了哈|SW 归一
ZY 嘞|BJ 喽|ZY 咧|XIANG 哒|GAN 哩|XIANG 咯|YUE 咗|WU 勒|WU 仔|BJ 来着|SW 了噻|MIN 有|ZY 罢|SW 了哈|ZY 毕
"""
DONE_NOTES = {
    "咗": "昨天去咗宿舍查寝",
    "仔": "昨日去仔宿舍查寝",
    "有": "昨天有去宿舍查寝",
    "罢": "昨天开罢班会",
    "归一": "昨天查寝的事情弄归一了，去了三个寝室",
    "毕": "昨天班会开毕咧",
}

# Not done: "昨天<negation>去宿舍查寝" records nothing.
NEG = """
SW 冇|SW 冇得|SW 莫得|SW 没得|NE 木有|YUE 唔|YUE 未|MIN 无|WU 勿|WU 呒没|WU 呒|BJ 甭|WU 覅|ZY 嫑
WU 勿曾|YUE 未曾|HAKKA 唔曾|YUE 唔得闲|BJ 没|XIANG 冇|BJ 没顾上|SW 莫|ZY 不得空
XIANG 冒|XIANG 冒得空|GAN 不曾|WU 弗曾|HAKKA 毋曾|HAKKA 吂|HAKKA 毋|MIN 伓|MIN 袂|MIN 无闲
"""

# Later and wishes: "<word>去宿舍查寝" reads as its Mandarin twin does.
LATER = """
YUE 阵间 等下|WU 等歇 等下|SW 一哈儿 一会儿|WU 晏歇 等下|SW 等哈 等下|YUE 迟啲 以后|YUE 过两日 过两天|YUE 过几日 过几天|YUE 呢两日 这两天|MIN 这两日 这两天
JM 一霎 一会儿|JM 一霎儿 一会儿|BJ 回头 回头|YUE 谂住 想|YUE 想住 想|NE 寻思 想|NE 琢磨 想
YUE 阵间 等下|WU 等歇 等下|WU 晏歇 等下|SW 等哈 等下|YUE 迟啲 以后|YUE 过两日 过两天|YUE 过几日 过几天|YUE 呢两日 这两天|MIN 这两日 这两天
JM 一霎 一会儿|JM 一霎儿 一会儿|ZY 等一哈哈 等一会儿|BJ 回头 回头|YUE 谂住 想|YUE 想住 想|NE 寻思 想|NE 琢磨 想
"""


def _rows(block: str) -> list[list[str]]:
    return [item.split() for item in block.replace("\n", "|").split("|") if item.strip()]


def _found(text: str) -> list[tuple[str, dt.date, str | None]]:
    return [(a.kind, a.date, a.flag) for a in parse_note(text, NOW).activities]


def _day_cases() -> list[tuple[str, str, int]]:
    return [(region, word, int(offset)) for region, word, offset in _rows(DAYS)]


@pytest.mark.parametrize(("region", "word", "offset"), _day_cases())
def test_a_day_word_is_its_day(region: str, word: str, offset: int) -> None:
    text = f"{word}去宿舍查寝了" if offset <= 0 else f"{word}要去宿舍查寝"
    assert any(k == "dorm_visit" and d == _day(offset) for k, d, _ in _found(text)), region


@pytest.mark.parametrize(("region", "word"), _rows(PARTS))
def test_a_part_of_the_day_keeps_its_day(region: str, word: str) -> None:
    assert ("dorm_visit", _day(-1), None) in _found(f"昨天{word}去宿舍查寝了"), region
    assert ("dorm_visit", _day(0), None) in _found(f"{word}去宿舍查寝了"), region


def _parts_of_the_day() -> list[tuple[str, str, str]]:
    return [
        (e.word, e.part, e.region)
        for e in DAY_WORDS
        if e.offset is None and not e.part.startswith("weekday")
    ]


_STANDARD_PART = {
    "morning": "早上",
    "forenoon": "上午",
    "noon": "中午",
    "afternoon": "下午",
    "dusk": "傍晚",
    "evening": "晚上",
}


@pytest.mark.parametrize(("word", "part", "region"), _parts_of_the_day())
def test_a_clock_time_after_a_part_of_the_day(word: str, part: str, region: str) -> None:
    """后晌三点 is three in the afternoon, as 下午三点 is."""
    found = parse_note(f"昨天{word}三点开了班会", NOW).activities
    twin = parse_note(f"昨天{_STANDARD_PART[part]}三点开了班会", NOW).activities
    assert [(a.kind, a.date, a.time) for a in found] == [(a.kind, a.date, a.time) for a in twin]
    if part in ("afternoon", "dusk", "evening"):
        assert [a.time for a in found] == [dt.time(15, 0)], region


@pytest.mark.parametrize(("word", "day"), list(WEEK.items()))
def test_the_week_and_the_month(word: str, day: dt.date) -> None:
    assert ("dorm_visit", day, None) in _found(f"{word}去宿舍查寝了")


def test_next_months_first_days_are_a_plan() -> None:
    assert _found("下个月头要去宿舍查寝") == [("dorm_visit", dt.date(2026, 12, 1), "future")]


@pytest.mark.parametrize(("region", "word"), _rows(CHAT))
def test_a_chat_verb_is_a_talk(region: str, word: str) -> None:
    text = CHAT_NOTES.get(word, f"昨天和小王{word}了一会")
    assert ("student_talk", _day(-1), None) in _found(text), region


@pytest.mark.parametrize(("region", "word"), list(WORK))
def test_going_looking_doing_and_phoning(region: str, word: str) -> None:
    text, kind = WORK[region, word]
    assert any(k == kind and d == _day(-1) for k, d, _ in _found(text))


@pytest.mark.parametrize(("region", "word"), _rows(DONE))
def test_a_past_marker_is_done(region: str, word: str) -> None:
    text = DONE_NOTES.get(word, f"昨天去宿舍查寝{word}")
    assert any(d == _day(-1) and flag is None for _, d, flag in _found(text)), region


@pytest.mark.parametrize(("region", "word"), _rows(NEG))
def test_a_negation_records_nothing(region: str, word: str) -> None:
    assert _found(f"昨天{word}去宿舍查寝") == [], region


@pytest.mark.parametrize(("region", "word", "mandarin"), _rows(LATER))
def test_later_and_wishes_read_as_mandarin(region: str, word: str, mandarin: str) -> None:
    assert _found(f"{word}去宿舍查寝") == _found(f"{mandarin}去宿舍查寝"), region


# Pronouns: 俺 is 我, so what reads the advisor as 我 reads 俺 too.
PRONOUN_NOTES = {
    "夜来俺去宿舍查寝了": [("dorm_visit", _day(-1), None)],
    "俺们昨天开了班会": [("class_meeting", _day(-1), None)],
    "明么礼拜天俺家里有事，查寝叫班长替俺看看吧": [],
    "昨天俺没去宿舍查寝": [],
    # Tianjin 介 (这) and 嘛 (什么).
    "介礼拜一去宿舍查寝了": [("dorm_visit", _day(-2), None)],
    "昨天宿舍查寝 介回人齐了": [("dorm_visit", _day(-1), None)],
    "十月的记录表嘛时候交": [],
    # Southern Min 伫 (at) and 佮 (with).
    "昨天伫宿舍佮几个学生开讲": [("student_talk", _day(-1), None)],
}


@pytest.mark.parametrize(("text", "found"), list(PRONOUN_NOTES.items()))
def test_a_pronoun_is_the_advisor(text: str, found: list[tuple[str, dt.date, str | None]]) -> None:
    assert _found(text) == found


# Hours: 钟 for 钟头 in the south, with a half or more (一个钟 alone is also a clock).
HOURS_NOTES = {
    "昨天跟小王谈了一个半钟": 1.5,
    "昨天参加了学院的培训，坐了两个半钟": 2.5,
    # Hakka 点钟 after the deed is hours.
    "昨天同细妹讲事，讲了一点钟": 1.0,
    "昨天同阿妹话事半点钟": 0.5,
    "昨天同小王谈了两点钟": 2.0,
    "昨天同小王聊了三点钟": 3.0,
    "昨天同小王谈了1点钟": 1.0,
    "昨天同小王谈了2点钟": 2.0,
    "昨天同小王谈了3点钟": 3.0,
}


@pytest.mark.parametrize(("text", "hours"), list(HOURS_NOTES.items()))
def test_hours_in_southern_speech(text: str, hours: float) -> None:
    assert [a.hours for a in parse_note(text, NOW).activities] == [hours]


def test_more_than_an_hour_reads_as_mandarin() -> None:
    assert fold_dialects("昨天跟小王谈了两个多钟") == "昨天跟小王谈了两个多小时"


def _checked_text() -> str:
    return "".join(
        [DAYS, PARTS, CHAT, DONE, NEG, LATER, "下个月头", *WEEK, *CHAT_NOTES.values()]
        + list(PRONOUN_NOTES)
        + list(HOURS_NOTES)
        + list(AFTER_NOTES)
        + ["两个多钟"]
        + list(DONE_NOTES.values())
        + [text for text, _ in WORK.values()]
        + [test_wu.checked_text()]  # Wu, region by region
        + [text for _, text, _ in test_dialects2.TWINS]  # the thin regions (session 14)
        + test_seamandarin.notes()  # Southeast Asian Mandarin (session 14)
        + [test_jin.checked_text()]  # Jin and Hebei (session 17)
        + [test_r18b.checked_text()]  # Taiwan Mandarin (session 18)
        + [test_r18ad.checked_text()]  # Jianghuai 港 doubled and said (session 18)
    )


def test_every_table_word_is_checked() -> None:
    checked = _checked_text()
    words = [e.word for e in DAY_WORDS] + [
        e.word for e in VERBS + MARKERS + PRONOUNS + PEOPLE + DURATIONS
    ]
    assert [w for w in words if w not in checked] == []


def test_every_table_word_passes_the_gate() -> None:
    # A split chat's verb (拉 in 拉了一会呱) is folded only before its object, which holds
    # the gate's character.
    words = [e.word for e in DAY_WORDS] + [
        e.word for e in VERBS + MARKERS + PEOPLE if e.region != "split chat" or len(e.word) > 1
    ]
    assert [w for w in words if not set(w) & set(GATE)] == []


# Mandarin written like a table word: the fold leaves it, and the sentence records nothing.
REAL_WORDS = (
    "夜来风雨声，花落知多少",
    "半夜来了个电话",
    "昨夜来了场雨",
    "夜来香开了",
    "夜儿个",  # a date form of its own, not 夜儿 + 个
    "去香港了",
    "船到港了",
    "港口很忙",
    "三个月头一回见",
    "七月半",
    "请勿吸烟",
    "无法联系",
    "无人值守",
    "拉扯孩子",
    "罢课",
    "罢了罢了",
    "巧克力",
    "克服困难",
    "听朝鲜语广播",
    "拜一拜佛",
    "礼拜一",
    "喧哗",
    "白话文",
    "拉话筒",
    "哈哈哈啦",
    "吹水机",
    "拉了一会车",
    "扯了一块布",
    "打水",
    "明朝开国皇帝",
    "明朝去世的人",
    "吹牛皮",
    "天黑了8点多才回来",
    "白天黑天连轴转",
    "拜一下菩萨",
    "介绍了一下情况",
    "中介来了",
    "他毕业了",
    "好嘛",
    "白唬人",
    "他笑得一哈哈的",
    "团拜一下",
    "膜拜一番",
    "我们走罢",
    "前两日期",
    # Shandong's day words and doubled chat, written alike in Mandarin.
    "你说明么",
    "这样聪明么",
    "如今么，大家都用手机",
    "日夜来回跑",
    "拉了拉绳子",
    "稀稀拉拉的",
    "拖拖拉拉",
    "拉拉队",
    "啦啦队加油",
    "一霎间",
    "一霎时",
    "唠叨了一会",
    "她又念叨了半天",
    "墙上挂了一个钟",
    # Jin's 甚, 兀, 娃娃, 大人, 瞭, 多会儿 and 搭, written alike in Mandarin (test_jin.py has more).
    "欺人太甚",
    "这个问题很突兀",
    "布娃娃",
    "大人物",
    "瞭望塔",
    "没多会儿",
    "这搭配",
    "买了一个半钟表",
    # Southwest words written alike in Mandarin.
    "摆了半天桌子",
    "摆了一下手",
    "一切都好",
    "哈哈哈哈",
    "切了一会儿菜",
    "屋头上落了只鸟",
    "合而为一",
    # The regions' words of session 14 (lane dialects2) written alike in Mandarin.
    "他感冒了",
    "冒雨去了",
    "开讲啦节目",
    "韶关",
    "毋庸置疑",
    "联袂出演",
    "再克服一下",
    "摆古董",
    # Wu words written alike in Mandarin.
    "寻找失物",
    "众里寻他千百度",
    "发了一张张试卷",
    "他张了张嘴",
    "领了个号头",
    "麻辣海鲜",
    "这菜辣辣的",
    "学校拨款下来了",
    "电话拨号",
    "小姑娘",
    "两只猫",
    "累了歇一歇",
    "背后讲闲话",
    "应该个别辅导",
)


# Southwest after a day or a holiday: 后头 is 后, read as its Mandarin twin (and 元旦后头一天
# stays the first day after it).
AFTER_NOTES = {
    "学院本来说明天开班会，结果又说推到国庆后头了": "学院本来说明天开班会，结果又说推到国庆后了",
    "月底后头要去宿舍查寝": "月底后要去宿舍查寝",
    "期末后头开个班会": "期末后开个班会",
}


@pytest.mark.parametrize(("text", "mandarin"), list(AFTER_NOTES.items()))
def test_after_a_day_in_southwest_speech(text: str, mandarin: str) -> None:
    assert _found(text) == _found(mandarin)
    assert fold_dialects("元旦后头一天") == "元旦后头一天"


@pytest.mark.parametrize("text", REAL_WORDS)
def test_real_words_written_alike_stay(text: str) -> None:
    assert fold_dialects(text) == text
    assert _found(text) == []
