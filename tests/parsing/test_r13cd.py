"""Round 13, lane r13cd: a Tianjin professor's handwriting pad (r13c) and a Xi'an advisor's
voice input (r13d), class by class, with sentences of our own beside the blind notes' and the
counter-examples that must stay as they are."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note
from bot.parsing.normalise import normalise

TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 12, 12, 21, 0, tzinfo=TZ)  # a Saturday
TODAY = NOW.date()


def _kinds(text: str, now: dt.datetime = NOW) -> list[tuple[str, dt.date]]:
    return sorted((a.kind, a.date) for a in parse_note(text, now).activities)


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(offset)


# Class: traditional characters an older hand writes from habit (宿捨, 査寝, 晚歸, 補課).
TRADITIONAL = {
    "9.14 宿捨 三楼 四间": [("dorm_visit", dt.date(2026, 9, 14))],
    "院里通知转群里了 晚上又去宿捨转了一圈": [("dorm_visit", TODAY)],
    "12.9 査寝": [("dorm_visit", dt.date(2026, 12, 9))],
    "今天給小王補課 兩個鐘頭": [("other", TODAY)],
    "昨天査了一下晚歸": [("dorm_visit", _day(-1))],
}


@pytest.mark.parametrize(("text", "found"), list(TRADITIONAL.items()))
def test_traditional_characters_from_habit(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a terse log's line that is a day and the dorm, with the floors and rooms gone round,
# the check as a word after it, or a remark; and rooms counted after a check.
TERSE_DORM = {
    "10.27 宿舍 査 有人用电锅 没收了": [("dorm_visit", dt.date(2026, 10, 27))],
    "12.3 宿舍 5栋 三间": [("dorm_visit", dt.date(2026, 12, 3))],
    "宿舍 三楼": [("dorm_visit", TODAY)],
    "11.24 宿捨\n11.25 宿捨 介回人齐了": [
        ("dorm_visit", dt.date(2026, 11, 24)),
        ("dorm_visit", dt.date(2026, 11, 25)),
    ],
    "10.8 寝室 卫生差": [("dorm_visit", dt.date(2026, 10, 8))],
    "查了 六间 都还行": [("dorm_visit", TODAY)],
    "晚上看了五间 两间没人": [("dorm_visit", TODAY)],
    # Counter-examples: the dorm as a subject, a classroom's rooms, a dorm building.
    "宿舍三楼停水了": [],
    "查了六间教室": [],
    "1.5 宿舍楼": [],
}


@pytest.mark.parametrize(("text", "found"), list(TERSE_DORM.items()))
def test_terse_dorm_lines(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a course tutored (补实变, 辅导…实变函数, dictated as 十遍函数), with 一对一 telling how.
TUTORING = {
    "12.11 给小孙补实变 一对一 两小时": [("other", dt.date(2026, 12, 11))],
    "今儿个后晌给李晨单独辅导了一个钟头的十遍函数": [("other", TODAY)],
    "给小王补了两个钟头复变": [("other", TODAY)],
    "下午给两个挂科的辅导了一下泛函分析": [("other", TODAY)],
    # 一对一 alone is still a talk.
    "12.11 一对一 两小时": [("student_talk", dt.date(2026, 12, 11))],
    "今天跟小王一对一聊了一个小时": [("student_talk", TODAY)],
}


@pytest.mark.parametrize(("text", "found"), list(TUTORING.items()))
def test_a_course_tutored(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a lesson heard with the verb and its object split by a while (听了一下课).
SPLIT_LESSON = {
    "早上一二节数学分析额去听了一下课，来了二十八个差三个": [("classroom_visit", TODAY)],
    "上午去听了一会儿课": [("classroom_visit", TODAY)],
    # 一下课 is "as soon as the class was over".
    "听了一会，一下课就走了": [],
}


@pytest.mark.parametrize(("text", "found"), list(SPLIT_LESSON.items()))
def test_a_lesson_heard_for_a_while(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: Guanzhong 谝 dictated as 片, and a talk held in a room named by its number.
VOICE_CHAT = {
    "夜儿个黑咧额在212跟张浩他们宿舍四个人片了好一阵，主要是说作息的事": [
        ("dorm_visit", _day(-1)),
        ("student_talk", _day(-1)),
    ],
    "后晌跟小王片了会闲传": [("student_talk", TODAY)],
    "跟小王聊了好一阵": [("student_talk", TODAY)],
    # Counter-examples: a photo, a slice, a room for a meeting.
    "看了一下照片了一会儿": [],
    "切片了一会儿": [],
}


@pytest.mark.parametrize(("text", "found"), list(VOICE_CHAT.items()))
def test_a_dictated_chat(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


def test_a_room_booked_for_a_meeting_is_not_a_dorm() -> None:
    # The committee talked with about its work is its meeting (lane r16b), not a talk.
    assert _kinds("在302开班会，跟班委谈了分工") == [
        ("cadre_meeting", TODAY),
        ("class_meeting", TODAY),
    ]


def test_where_a_student_lives_is_not_a_visit() -> None:
    assert _kinds("他住在305，昨天跟他聊了聊") == [("student_talk", _day(-1))]


@pytest.mark.parametrize(
    ("text", "norm"),
    [("片闲传", "聊天"), ("宿捨", "宿舍"), ("査寝", "查寝"), ("照片", "照片"), ("一片", "一片")],
)
def test_normalised(text: str, norm: str) -> None:
    assert normalise(text)[0] == norm


XIAN = dt.datetime(2027, 4, 16, 21, 30, tzinfo=TZ)  # a Friday
XIAN_TODAY = XIAN.date()


# Class: a league day spent seeing a city's sights is the students' activity, as 春游 is; a
# memorial ground stays the league's meeting.
LEAGUE_DAY = {
    "团日活动定咧，本周六去碑林，然后额也跟着去，顺便看着点娃们的安全。": [
        ("student_activity", dt.date(2027, 4, 17))
    ],
    "今儿个团日活动搞完咧，去的碑林，娃们都说美得很": [("student_activity", XIAN_TODAY)],
    "今天团日活动，带大家去了植物园": [("student_activity", XIAN_TODAY)],
    "周末组织团日活动，去了烈士陵园": [("class_meeting", dt.date(2027, 4, 10))],
    "今天开了团日活动，学习团章": [("class_meeting", XIAN_TODAY)],
}


@pytest.mark.parametrize(("text", "found"), list(LEAGUE_DAY.items()))
def test_a_league_day_outing(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text, XIAN) == found


# Class: 本来说 … (northern speech's plan) before a deed the note then calls off.
PLAN_CALLED_OFF = {
    "额本来说今儿个黑咧去看一下晚自习，然后屋里娃发烧咧，额克里马擦回屋咧，没去成。": [],
    "本来说今天下午去家访，家长临时有事": [],
    # Not a plan: changed one's mind, then went.
    "本来说不去了，后来还是去宿舍看了一眼": [("dorm_visit", XIAN_TODAY)],
}


@pytest.mark.parametrize(("text", "found"), list(PLAN_CALLED_OFF.items()))
def test_a_plan_told_with_benlai_shuo(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text, XIAN) == found


# Class: the day of what was said (说是 …, over a break) or only thought of at a meeting (初步想着
# …) is not the day of the deed told before it.
DAY_OF_ANOTHER = {
    "黑咧又到宿舍转了一圈，有两个娃还没返校，说是票没买上，明儿个就到。": [
        ("dorm_visit", XIAN_TODAY)
    ],
    "班委会开了一下，商量团日活动的事，初步想着四月下旬去大雁塔那边搞一个，还没定": [
        ("cadre_meeting", XIAN_TODAY)
    ],
    "开完班会，打算下周三再去宿舍看看": [
        ("class_meeting", XIAN_TODAY),
        ("dorm_visit", dt.date(2027, 4, 21)),
    ],
}


@pytest.mark.parametrize(("text", "found"), list(DAY_OF_ANOTHER.items()))
def test_a_day_that_is_anothers(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text, XIAN) == found


# Class: talks with the students the rules missed or took for another's: a doubled 说了说 to
# them, 十几分钟, one of them called out by name during a dorm round; the cadres kept back after
# a class meeting are the cadres' meeting, not a talk beside it.
TALKS = {
    "会后有两个女娃留下来问额该先考四级还是直接报六级，额给她俩说了说。": [
        ("student_talk", XIAN_TODAY)
    ],
    "把全班的宿舍都走了一遍，顺便把张浩叫出来谝了十几分钟": [
        ("dorm_visit", XIAN_TODAY),
        ("student_talk", XIAN_TODAY),
    ],
    "班会开完咧，然后会后把班委留下来又谝了半个钟头，新学期的分工重新捋了一下。": [
        ("cadre_meeting", XIAN_TODAY),
        ("class_meeting", XIAN_TODAY),
    ],
    # A chat with no one named after a dorm visit stays part of it.
    "去宿舍走访，聊了聊工作去向": [("dorm_visit", XIAN_TODAY)],
}


@pytest.mark.parametrize(("text", "found"), list(TALKS.items()))
def test_talks(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text, XIAN) == found


# Class: the students kept company at a festival's doing (陪 … 包了粽子), not at a doctor's.
KEPT_COMPANY = {
    "夜儿个在学校陪留校的几个娃包了粽子": [("student_activity", XIAN_TODAY - dt.timedelta(1))],
    "今天陪没回家的同学吃了月饼": [("student_activity", XIAN_TODAY)],
    "陪学生看病": [("other", XIAN_TODAY)],
}


@pytest.mark.parametrize(("text", "found"), list(KEPT_COMPANY.items()))
def test_kept_company(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text, XIAN) == found


# Class: the students' project named as a meeting's last agenda item (…，然后…，还有大创的事情)
# or as its teams' own plan is no activity; the project guided is.
PROJECT_NAMED = {
    "明儿个后晌开班会，主要说一下这学期的安排，然后四六级报名，还有大创的事情。": [
        ("class_meeting", XIAN_TODAY + dt.timedelta(1))
    ],
    "后晌开了个班会，把暑假安全说了一下，然后大创的两个队暑假也要接着弄": [
        ("class_meeting", XIAN_TODAY)
    ],
    "今儿个中午有几个娃来找额问大创的事，额给他们说了一下选题咋弄": [
        ("student_activity", XIAN_TODAY)
    ],
}


@pytest.mark.parametrize(("text", "found"), list(PROJECT_NAMED.items()))
def test_the_project_named(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text, XIAN) == found


# Class: a terse log's group counted before the talk that calls them in ("后排睡觉的三个 课后叫来
# 谈话"): the talk counts them; one named instead is one.
COUNTED_BEFORE = {
    "11.3 聽课 复变 后排睡觉的三个 课后叫来谈话": 3,
    "迟到的两个 叫来谈了谈": 2,
    "玩手机的三个学生，下课叫来谈话": 3,
    "听课 复变 迟到的2个 课后找小王谈了谈": 1,
}


@pytest.mark.parametrize(("text", "count"), list(COUNTED_BEFORE.items()))
def test_a_group_counted_before_a_talk(text: str, count: int) -> None:
    talks = [a for a in parse_note(text, NOW).activities if a.kind == "student_talk"]
    assert [a.count for a in talks] == [count]
