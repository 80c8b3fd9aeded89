"""Round 13, lane r13ab: a Chengdu lecturer's Sichuan Mandarin (r13a) and a Singapore-trained
advisor's WeChat Chinese with English verbs (r13b). Each class of miss with the blind note's
own sentence, sentences of other authors of the same habit, and counter-examples that keep
what they read before. The dialect words themselves are in test_dialect_tables.py."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import mixed, parse_note

# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _day(offset: int) -> str:
    return (NOW.date() + dt.timedelta(offset)).isoformat()


def found(text: str, now: dt.datetime = NOW) -> list[tuple[str, str]]:
    return sorted((a.kind, a.date.isoformat()) for a in parse_note(text, now).activities)


CASES: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    # Southwest 摆 for a while, 摆一哈, 一哈 for 一下, 喊 for 叫 (dialects.py, find.py).
    "southwest chat": [
        ("晌午喊了两个国庆没回家的娃儿摆了一哈", [("student_talk", _day(0))]),
        ("下午跟小周摆了一个钟头龙门阵，他纠结考研还是直接工作", [("student_talk", _day(0))]),
        (
            "给李同学家长打了个电话，喊家长多关心一哈。晚黑又喊他出来走了一圈，摆了会儿。",
            [("parent_contact", _day(0)), ("student_talk", _day(0))],
        ),
        ("考完了喊了几个没考好的娃儿摆了哈，五个", [("student_talk", _day(0))]),
        ("昨天晚黑跟寝室长摆了半个钟头", [("student_talk", _day(-1))]),
        ("摆了半天桌子，累惨了", []),
        ("昨天去宿舍查寝了哈哈", [("dorm_visit", _day(-1))]),
    ],
    # 晚黑 anywhere, 就 before a part of the day is "only", not "regarding".
    "southwest parts of the day": [
        ("今天开了一天的会，啥子都没弄成，就晚黑去寝室转了一圈", [("dorm_visit", _day(0))]),
        ("白天在上课，就晚上去宿舍看了一下", [("dorm_visit", _day(0))]),
        ("就宿舍卫生的问题开了个班会", [("class_meeting", _day(0))]),
    ],
    # The committee called in to the office: a meeting, and the chat there is it.
    "a committee called in": [
        (
            "昨儿个晌午喊了班委几个来办公室摆了一哈，秋招信息收集分了个工。",
            [("cadre_meeting", _day(-1))],
        ),
        ("叫班干部们到会议室开了个短会", [("cadre_meeting", _day(0))]),
        ("叫班委来办公室拿材料", [("other", _day(0))]),
    ],
    # 找 as a talk: students sought out one by one or all of them.
    "students sought out": [
        ("还有三个娃儿莫得选，明天单独找他们。", [("student_talk", _day(1))]),
        ("昨天那三个娃儿都找了的，有一个电话打不通", [("student_talk", _day(-1))]),
        ("挂科的个别找了两个", [("student_talk", _day(0))]),
        ("钥匙找了半天", []),
        ("学生都找了工作", []),
    ],
    # A weekend told as its two days is each of them (one entry per activity per day).
    "a weekend's both days": [
        ("周末两天都去查寝了哈哈", [("dorm_visit", _day(-4)), ("dorm_visit", _day(-3))]),
        (
            "周末两天送考去了，娃儿些出来都说数学好难",
            [("student_activity", _day(-4)), ("student_activity", _day(-3))],
        ),
        (
            "上周末这两天都在带学生比赛",
            [("student_activity", _day(-4)), ("student_activity", _day(-3))],
        ),
        ("周末去查寝了", [("dorm_visit", _day(-4))]),
        ("周末两天后开班会", [("class_meeting", _day(-4))]),
    ],
    # A student taken to a doctor at a hospital named by its own name; 送考 in words.
    "care and exams": [
        ("今早上送了个娃儿去华西看病，发高烧，陪到十点过才回来。", [("other", _day(0))]),
        ("带她去省医挂了个急诊", [("other", _day(0))]),
        ("送他去车站了", []),
        (
            "明天后天考研，早上七点在校门口送娃儿些进考场，两天我都去。",
            [("student_activity", _day(1)), ("student_activity", _day(2))],
        ),
        ("今天陪学生进考场", [("student_activity", _day(0))]),
    ],
    # Talks told without their students (named before), by the hour they ran to, followed up.
    "talks told other ways": [
        ("302两个女生吵起来了 今晚分别谈了", [("student_talk", _day(0))]),
        ("赶过去陪她聊到一点多", [("student_talk", _day(0))]),
        ("和小李聊到很晚", [("student_talk", _day(0))]),
        ("跟领导聊到很晚", []),
        ("和家长聊到十点", [("parent_contact", _day(0))]),
        ("跟进了上次那个女生，状态好多了", [("student_talk", _day(0))]),
        ("回访了两个学生", [("student_talk", _day(0))]),
        ("跟进学生的就业情况", []),
    ],
    # English verbs in Chinese grammar (mixed.ZH_GRAMMAR_VERBS).
    "english verbs in chinese grammar": [
        ("下午跟心理中心老师一起 follow up 了上次那个女生", [("student_talk", _day(0))]),
        ("明天中午约她俩一起再 meeting 一下", [("student_talk", _day(1))]),
        (
            "然后班委留下来又 meeting 了半小时，分了下工",
            [("cadre_meeting", _day(0))],
        ),
        ("check 了一下宿舍，都挺好", [("dorm_visit", _day(0))]),
        ("call 了一下小王的家长", [("parent_contact", _day(0))]),
        ("明天 meeting 上说一下", []),
    ],
    # A remark due at a meeting to come, with no day: no meeting held.
    "a remark due at a meeting": [
        ("人比上周少了好多🤔 得在班会上说一下", []),
        ("下次班会上提一下", []),
        ("今天在班会上说了一下", [("class_meeting", _day(0))]),
        ("明天要在班会上强调一下", [("class_meeting", _day(1))]),
    ],
    # Put off by word of someone else in the clause after.
    "put off in the next clause": [
        ("学院本来喊明天下午开班主任经验交流会，结果又说推到国庆后头了，白安排了。", []),
        ("原来说周五开班会，后来通知改期了", []),
        ("今天开了班会，结果说的都没人听", [("class_meeting", _day(0))]),
    ],
    # "besides" before a date opens a step whose date is its own.
    "a date after 另外": [
        (
            "晚上查了晚自习，出勤还行 ✅ 另外11/15给两个没回家的同学打了视频电话",
            [("classroom_visit", _day(0)), ("student_talk", _day(-3))],
        ),
        (
            "晚上查了晚自习 另外11.15给两个同学打了电话",
            [("classroom_visit", _day(0)), ("student_talk", _day(-3))],
        ),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [case for cases in CASES.values() for case in cases],
    ids=[f"{name}:{i}" for name, cases in CASES.items() for i in range(len(cases))],
)
def test_round13_ab(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("follow up 了那个女生", "跟进了那个女生"),
        ("再 meeting 一下", "再 谈一下"),
        ("班委又 meeting 了半小时", "班委又 开会了半小时"),
        ("1 on 1 了两个", "单独谈了两个"),
        ("meeting 上说一下", "meeting 上说一下"),
        ("follow up 下个月", "follow up 下个月"),
    ],
)
def test_english_verbs_in_chinese_grammar_fold(text: str, folded: str) -> None:
    assert mixed.fold_zh_grammar_verbs(text) == folded


# Details: a part of today still to come is a plan; the hours before an emoji are its
# clause's; a bare count after a talk and a group opening the clause before count it.
MORNING = dt.datetime(2026, 11, 18, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("今天上午已经联系了她妈妈，下午陪她去心理中心", [None, "future"]),
        ("下午去查寝", ["future"]),
        ("下午去查寝了", [None]),
        ("昨天下午去查寝", [None]),
    ],
)
def test_later_today_is_a_plan(text: str, flags: list[str | None]) -> None:
    assert [a.flag for a in parse_note(text, MORNING).activities] == flags


@pytest.mark.parametrize(
    ("text", "details"),
    [
        (
            "小张急性肠胃炎，下午陪他去校医院挂水，折腾了3个小时 🥲 已经跟他妈妈电话说过情况了",
            [("other", 1, 3.0), ("parent_contact", 1, None)],
        ),
        ("喊了几个没考好的娃儿摆了哈，五个，有两个哭了", [("student_talk", 5, None)]),
        ("叫了几个挂科的学生聊了聊，三个", [("student_talk", 3, None)]),
        ("302两个女生吵起来了😮‍💨 今晚分别谈了", [("student_talk", 2, None)]),
        ("叫了几个学生聊了聊，五个月没见了", [("student_talk", 1, None)]),
    ],
)
def test_counts_and_hours(text: str, details: list[tuple[str, int, float | None]]) -> None:
    assert [(a.kind, a.count, a.hours) for a in parse_note(text, NOW).activities] == details


def test_a_plan_submitted_in_english_is_a_document() -> None:
    result = parse_note("本学期班主任工作计划 submit 啦 ✅", NOW)
    assert [d.doc for d in result.documents] == ["semester_plan"]
    assert result.activities == ()
