"""Issue 17, lane r18b: the classes behind round 18b's wrong notes (a Taiwan-educated lecturer's
traditional characters and Taiwan usage: 導師, 約談, 晤談, 這禮拜, 打了3通, 延後, 被當), each with
the blind note's form shortened, sentences of its own and the false friends that must keep
their reading."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note
from bot.parsing.normalise import normalise

TZ = ZoneInfo("Asia/Shanghai")
# A Tuesday evening and a Friday evening.
TUESDAY = dt.datetime(2026, 12, 8, 21, 0, tzinfo=TZ)
FRIDAY = dt.datetime(2026, 10, 23, 22, 40, tzinfo=TZ)

Record = tuple[str, str, int | None, str | None]


def _records(text: str, now: dt.datetime = TUESDAY) -> list[Record]:
    """(kind, date, count, flag) of each activity, sorted."""
    return sorted(
        (a.kind, a.date.isoformat(), a.count, a.flag) for a in parse_note(text, now).activities
    )


def _kinds(text: str, now: dt.datetime = TUESDAY) -> list[tuple[str, str]]:
    return sorted((a.kind, a.date.isoformat()) for a in parse_note(text, now).activities)


# --- 1. Traditional characters the table lacked (normalise._TRADITIONAL) ---------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("頒獎典禮回來了", "颁奖典礼回来了"),
        ("去宿舍繞了一圈", "去宿舍绕了一圈"),
        ("人還蠻多的", "人还蛮多的"),
        ("撥電話給家長", "拨电话给家长"),
        ("颱風停課", "台风停课"),
        ("學費減免", "学费减免"),
    ],
)
def test_traditional_characters_are_folded(text: str, folded: str) -> None:
    assert normalise(text)[0] == folded


def test_the_award_ceremony_come_back_from() -> None:
    now = dt.datetime(2026, 12, 5, 19, 50, tzinfo=TZ)
    assert _kinds("頒獎典禮回來了，我們班有一組拿了省二等獎", now) == [
        ("student_activity", "2026-12-05")
    ]


def test_simplified_and_jin_words_keep_their_reading() -> None:
    # 瞭 of 瞭望 is no traditional 了.
    assert normalise("瞭望塔")[0] == "瞭望塔"
    assert _kinds("颁奖典礼回来了") == [("student_activity", "2026-12-08")]


# --- 2. Calls counted by 通 (pipeline._TALLY_JOIN_RE / _TALLY_AFTER_RE, details) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r18b-038, shortened: the days of last week, each with its calls.
        (
            "上禮拜有跟4位同學的家長聯絡過，禮拜一打了2通、禮拜四打了2通，補記一下。",
            [
                ("parent_contact", "2026-11-30", 2, None),
                ("parent_contact", "2026-12-03", 2, None),
            ],
        ),
        (
            "上周给家长打了电话，周二打了3通、周三打了1通",
            [
                ("parent_contact", "2026-12-01", 3, None),
                ("parent_contact", "2026-12-02", 1, None),
            ],
        ),
        # r18b-013, shortened: each day in a clause of its own.
        (
            "這禮拜做了家長聯繫，禮拜一打了3通，今天又打了2通",
            [
                ("parent_contact", "2026-12-07", 3, None),
                ("parent_contact", "2026-12-08", 2, None),
            ],
        ),
        ("今天给家长打了两通电话", [("parent_contact", "2026-12-08", 2, None)]),
        # False friends: calls to one person are one.
        ("今天给小王打了两通电话，聊了一会儿", [("student_talk", "2026-12-08", 1, None)]),
        ("今天给他妈妈打了两通电话", [("parent_contact", "2026-12-08", 1, None)]),
        (
            "今天给小王打了3通电话都没接，后来跟他家长谈了",
            [("parent_contact", "2026-12-08", 1, None)],
        ),
    ],
)
def test_calls_counted_by_tong(text: str, expected: list[Record]) -> None:
    assert _records(text) == expected


# --- 3. The days' tallies after what the calls were about (pipeline._tallied_item) -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r18b-048, shortened.
        (
            "這兩天打電話給5位家長，說明寒假返鄉的安全注意事項：禮拜一3位、今天2位。",
            [
                ("parent_contact", "2026-12-07", 3, None),
                ("parent_contact", "2026-12-08", 2, None),
            ],
        ),
        (
            "给4位家长打了电话，说明注意事项：周一2位、今天2位",
            [
                ("parent_contact", "2026-12-07", 2, None),
                ("parent_contact", "2026-12-08", 2, None),
            ],
        ),
        # False friends: what was told, a day with no tally, stays the content.
        ("给家长打了电话，告知放假安排：下周一返校", [("parent_contact", "2026-12-08", 1, None)]),
        ("给家长打电话，说明下周一返校", [("parent_contact", "2026-12-08", 1, None)]),
    ],
)
def test_tallied_days_after_a_colon(text: str, expected: list[Record]) -> None:
    assert _records(text) == expected


# --- 4. Called off a clause after its reason (blocking._called_off_after_their_reason) ---------


@pytest.mark.parametrize(
    "text",
    [
        # r18b-014 and r18b-034, shortened.
        "原本預定這禮拜三的班會，因為學院臨時要開會，先取消了，時間再另外通知同學。",
        "下禮拜三（12/16）的班會因為很多同學要參加建模比賽的集訓，先延後，時間還沒確定喔。",
        "周四的查寝，因为下大雨，先取消了",
        "下周的班会因为要考试，先推迟了",
        "下周五的家访，由于家长出差，暂时取消",
        "班会先延后，时间还没确定",
    ],
)
def test_called_off_after_a_reason_records_nothing(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # False friends: a reason, then a deed done.
        ("因为要期末考试，今天开了个班会，先讲了纪律", [("class_meeting", "2026-12-08")]),
        ("因为下雨，今天改在教室开了班会", [("class_meeting", "2026-12-08")]),
        (
            "查寝了，因为明天要开班会，先去了一趟",
            [("class_meeting", "2026-12-09"), ("dorm_visit", "2026-12-08")],
        ),
    ],
)
def test_a_reason_before_a_deed_done_keeps_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


# --- 5. 要 inside brackets is no plan (dates._plan_zh_outside_asides) --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r18b-019's first item, shortened: last Tuesday's talk.
        ("禮拜二晤談小王（上學期被當的科目要重修）", [("student_talk", "2026-10-20", 1, None)]),
        ("周二和小王谈了谈（挂科的科目要重修）", [("student_talk", "2026-10-20", 1, None)]),
        ("周一找小李谈（他要转专业）", [("student_talk", "2026-10-19", 1, None)]),
        # False friends: the intent outside the brackets is the deed's.
        ("周二要找小王谈（重修的事）", [("student_talk", "2026-10-27", 1, "future")]),
        ("周二要找小王谈", [("student_talk", "2026-10-27", 1, "future")]),
    ],
)
def test_an_aside_in_brackets_is_no_plan(text: str, expected: list[Record]) -> None:
    assert _records(text, FRIDAY) == expected


# --- 6. Each listed day's own count (pipeline._listed_item_count, details) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r18b-019, shortened.
        (
            "這禮拜約談了幾位同學：禮拜二晤談小王（上學期被當的科目要重修）、禮拜三跟小張、小李兩位"
            "一起談四級的準備，今天又跟班代聊了一下班上的情況。",
            [
                ("student_talk", "2026-10-20", 1, None),
                ("student_talk", "2026-10-21", 2, None),
                ("student_talk", "2026-10-23", 1, None),
            ],
        ),
        (
            "這禮拜約談了幾位同學：禮拜一晤談小林、禮拜三跟小黃、小陳兩位一起談選方向",
            [("student_talk", "2026-10-19", 1, None), ("student_talk", "2026-10-21", 2, None)],
        ),
        (
            "这周谈了几个同学：周二2个，周三3个",
            [("student_talk", "2026-10-20", 2, None), ("student_talk", "2026-10-21", 3, None)],
        ),
        ("周三跟小张、小李两位一起谈了", [("student_talk", "2026-10-21", 2, None)]),
        ("周三和王明、李华两个分别谈了", [("student_talk", "2026-10-21", 2, None)]),
        # False friend: one by one is no count.
        ("一个一个谈的，三个同学", [("student_talk", "2026-10-23", 3, None)]),
    ],
)
def test_each_listed_day_has_its_own_count(text: str, expected: list[Record]) -> None:
    assert _records(text, FRIDAY) == expected


# --- 7. The course first, sat through (kinds: classroom rule) ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r18b-025, shortened.
        ("概率論隨堂聽完了，今天全勤耶", [("classroom_visit", "2026-12-08")]),
        ("实变课听完了", [("classroom_visit", "2026-12-08")]),
        ("實變函數隨堂聽完了，出席狀況還不錯", [("classroom_visit", "2026-12-08")]),
        ("高数随堂听了", [("classroom_visit", "2026-12-08")]),
        ("王老师的课听完了", [("classroom_visit", "2026-12-08")]),
        # False friends: someone's words heard, a talk heard.
        ("他的分析听完了觉得有道理", []),
        ("讲座听完了", [("student_activity", "2026-12-08")]),
    ],
)
def test_the_course_sat_through(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


# --- 8. Later, with no day (blocking._NEG_BEFORE_RE) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r18b-027, shortened: the talk only.
        (
            "昨天晚上又跟小陳約談了一次，他的狀況有比較好了，之後我會再跟他家長聯絡一下。",
            [("student_talk", "2026-12-07")],
        ),
        ("之后我们会再开一次班会", []),
        ("后面还会再去宿舍看看", []),
        # False friends: a step told done after 之后.
        (
            "先查寝，之后再去教室看了看",
            [("classroom_visit", "2026-12-08"), ("dorm_visit", "2026-12-08")],
        ),
        ("查完寝，之后去了教室", [("classroom_visit", "2026-12-08"), ("dorm_visit", "2026-12-08")]),
    ],
)
def test_later_with_no_day_records_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


# --- 9. A talk heard in the advisor's own training (find._part_of_the_training) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r18b-032, shortened.
        (
            "昨天參加了學校辦的導師培訓，一整天，上午聽講座，下午分組交流。",
            [("seminar", "2026-12-07")],
        ),
        ("参加了班主任培训，上午听了两场报告", [("seminar", "2026-12-08")]),
        # False friends: the students there, or a sentence of its own.
        (
            "上午参加了班主任培训，下午带学生听讲座",
            [("seminar", "2026-12-08"), ("student_activity", "2026-12-08")],
        ),
        (
            "上午参加了班主任培训。下午去听了讲座",
            [("seminar", "2026-12-08"), ("student_activity", "2026-12-08")],
        ),
    ],
)
def test_the_trainings_talk_is_part_of_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


# --- 10. The list told at a meeting (topics._on_the_list_told) ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r18b-039, shortened.
        (
            "今天晚上7點開了班會，宣布幾件事情：期末考的時間、寒假離校登記，還有建模得獎的好消息。",
            [("class_meeting", "2026-12-08")],
        ),
        (
            "开了班会，讲了三件事：考试安排，元旦晚会，还有数模比赛报名",
            [("class_meeting", "2026-12-08")],
        ),
        # False friend: a deed of its own in the next sentence.
        (
            "开了班会，宣布了几件事：考试安排。之后带同学去参加了数模比赛",
            [("class_meeting", "2026-12-08"), ("student_activity", "2026-12-08")],
        ),
    ],
)
def test_the_list_told_at_a_meeting(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


# --- 11. What a meeting was mainly about (find._meetings_business) ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r18b-001, shortened.
        (
            "今天晚上7點在教一302開了開學第一次班會，主要跟同學說明這學期專業方向分流的時程",
            [("class_meeting", "2026-12-08")],
        ),
        ("开了班委会，主要跟同学说明了分工", [("cadre_meeting", "2026-12-08")]),
        # False friends: a step of its own after the meeting, or alone.
        (
            "开了班会，然后给小王讲了讲专业方向",
            [("class_meeting", "2026-12-08"), ("other", "2026-12-08")],
        ),
        ("今天给小王讲了讲专业方向", [("other", "2026-12-08")]),
    ],
)
def test_what_a_meeting_was_mainly_about(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


# --- 12. A clock range's minutes in words (details._CLOCK_RANGE_RE) ------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # r18b-010, shortened.
        ("主題班會中午開完了，12點半到1點15分，全班到齊", 0.75),
        ("班会7点到8点15分", 1.25),
        ("班会7点15到8点", 0.75),
        # False friends: a count after the range, a half hour.
        ("班会7点到8点 15人参加", 1.0),
        ("班会7点到8点半", 1.5),
    ],
)
def test_a_ranges_minutes_in_words(text: str, hours: float) -> None:
    assert [a.hours for a in parse_note(text, TUESDAY).activities] == [hours]


# --- 13. Still to do this evening (__init__._STILL_TO_DO_RE) ------------------------------------


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # r18b-045, shortened, sent at 18:40.
        ("晚上還要去宿舍看一下，聖誕節大家有沒有亂用電器喔。", "future"),
        ("晚上还得去教室看看晚自习", "future"),
        ("晚上等会儿去宿舍转转", "future"),
        # False friends: done, or told in the evening with no word of still.
        ("晚上去宿舍看了一下", None),
        ("晚上去宿舍看一下", None),
    ],
)
def test_still_to_do_this_evening(text: str, flag: str | None) -> None:
    now = dt.datetime(2026, 12, 25, 18, 40, tzinfo=TZ)
    assert [a.flag for a in parse_note(text, now).activities] == [flag]


# --- 14. Taiwan words (dialects.py): 被当 / 当掉 (failed a course), 延后 (put off) ----------------

DIALECT_NOTES = {
    "被当": "周二找了上学期被当的两个同学谈话",
    "当掉": "今天找了微积分当掉的三个同学谈话",
    "延后": "周五的班会延后，时间还没确定",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("周二找了上学期被当的两个同学谈话", [("student_talk", "2026-10-20", 2, None)]),
        ("今天找了微积分当掉的三个同学谈话", [("student_talk", "2026-10-23", 3, None)]),
        ("周五的班会延后，时间还没确定", []),
        # False friends: taken for, elected.
        ("他被当成班长，今天找他谈了", [("student_talk", "2026-10-23", 1, None)]),
        ("小王被当选为班长，今天开了班会", [("class_meeting", "2026-10-23", 1, None)]),
    ],
)
def test_taiwan_words(text: str, expected: list[Record]) -> None:
    assert _records(text, FRIDAY) == expected


def checked_text() -> str:
    """This file's Taiwan notes, one string (`test_dialect_tables` reads it as well)."""
    return "".join(DIALECT_NOTES.values())
