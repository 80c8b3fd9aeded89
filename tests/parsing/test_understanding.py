"""Issue 17: the classes of misses a new author showed, each as a rule with its cases."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message
from bot.parsing.kinds import RULES

# A Friday evening.
NOW = dt.datetime(2026, 12, 4, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
TODAY = NOW.date()


def kinds_and_days(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.date.isoformat()) for a in parse_message(text, NOW)]


# --- a name is not a number ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("给张三家长发了微信", 1),
        ("和李四同学谈心", 1),
        ("两个小时和学生谈心", 1),
        ("谈心两个半小时，和学生", 1),
        ("和张三/李四/王五谈心", 3),
        ("给三位家长打了电话", 3),
        ("联系三家长", 3),
        ("今天和小王、小李分别谈了话，他们两人这学期挂科比较多", 2),
    ],
)
def test_a_name_or_a_duration_is_not_a_count(text: str, count: int) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.count == count


def test_names_split_by_slashes_are_the_students() -> None:
    (talk,) = parse_message("和张三/李四/王五谈心", NOW)
    assert talk.students == ("张三", "李四", "王五")


def test_a_negative_number_of_people_is_refused() -> None:
    (call,) = parse_message("给-3位家长打电话", NOW)
    assert call.count == 1


# --- run-together clauses lose no record ----------------------------------------------


def test_a_talk_after_a_call_in_its_own_dated_clause_is_its_own_record() -> None:
    assert kinds_and_days("周四给2位家长打电话，周五和张伟谈心") == [
        ("parent_contact", "2026-12-03"),
        ("student_talk", "2026-12-04"),
    ]
    call, talk = parse_message("周四给2位家长打电话，周五和张伟谈心", NOW)
    assert (call.count, call.students) == (2, ())
    assert talk.students == ("张伟",)


def test_a_talk_with_the_parents_just_called_stays_that_contact() -> None:
    assert kinds_and_days("jiafang 今天去了小刘家 跟他爸妈聊了挺久") == [
        ("parent_contact", "2026-12-04")
    ]


# --- a named past week carries --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("上周三去宿舍了，周四晚上开了班委会", ["2026-11-25", "2026-11-26"]),
        ("上周一开班委会，周三又去宿舍转了一圈", ["2026-11-23", "2026-11-25"]),
        # Going back in the week crosses into this one.
        ("上周五查寝，周一开班会", ["2026-11-27", "2026-11-30"]),
        # Another date ends the carry.
        ("上周二听课，昨天查寝，周四开班会", ["2026-11-24", "2026-12-03", "2026-12-03"]),
    ],
)
def test_last_week_carries_to_later_weekdays(text: str, days: list[str]) -> None:
    assert [a.date.isoformat() for a in parse_message(text, NOW)] == days


# --- a failed or cancelled activity is not one ----------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("约了家长视频，对方临时取消了", []),
        ("set up a video call with a parent, but the parent cancelled", []),
        ("约了赵磊谈话，他没来", []),
        (
            "meant to sit in on the lecture but the teacher was ill, so I went round the dorms instead",
            ["dorm_visit"],
        ),
        ("今天本来要去听课，老师调课了，就去宿舍看了看", ["dorm_visit"]),
    ],
)
def test_what_fell_through_is_not_recorded(text: str, kinds: list[str]) -> None:
    assert [a.kind for a in parse_message(text, NOW)] == kinds


# --- a topic is not an activity --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("开班会讲了怎么和家长沟通", ["class_meeting"]),
        ("开班会讲新生如何适应大学生活", ["class_meeting"]),
        ("theme meeting about classroom manners", ["theme_meeting"]),
    ],
)
def test_a_topic_is_not_an_activity(text: str, kinds: list[str]) -> None:
    assert [a.kind for a in parse_message(text, NOW)] == kinds


# --- slips of the input method -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [("主提班会，诚信教育", "theme_meeting"), ("开了主体班会", "theme_meeting"),
     ("茶寝", "dorm_visit"), ("查侵两次", "dorm_visit")],
)  # fmt: skip
def test_slips_of_the_kinds_words_are_read(text: str, kind: str) -> None:
    assert [a.kind for a in parse_message(text, NOW)] == [kind]


def test_a_real_word_like_a_slip_is_not_swallowed() -> None:
    # 主体 is a word of its own: only before a meeting word is it a slip for 主题.
    assert [a.kind for a in parse_message("主体责任落实，今天开班会", NOW)] == ["class_meeting"]


# --- the vocabulary of the work ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("陪生病的学生去医院", "other"),
        ("Took a sick student to the hospital last night", "other"),
        ("给挂科的学生辅导功课", "other"),
        ("Tutored three students who failed calculus", "other"),
        ("带班里同学去做志愿者", "student_activity"),
        ("Volunteered with the class at the food bank on Saturday", "student_activity"),
        ("查看假期后未返校学生情况", "other"),
        ("Checked on students who hadn't come back after the holiday", "other"),
    ],
)
def test_the_work_advisors_do_is_recorded(text: str, kind: str) -> None:
    assert [a.kind for a in parse_message(text, NOW)] == [kind]


# --- English details ----------------------------------------------------------------------


def test_an_english_topic_stops_before_its_date() -> None:
    (meeting,) = parse_message("themed class meeting on mental health on Nov 13", NOW)
    assert (meeting.kind, meeting.date, meeting.topic) == (
        "theme_meeting",
        dt.date(2026, 11, 13),
        "mental health",
    )


def test_english_names_are_captured_and_hours_shown_once() -> None:
    (talk,) = parse_message("talked with Tom and Jerry about their grades for 2 hours", NOW)
    assert (talk.students, talk.count, talk.hours, talk.topic) == (
        ("Tom", "Jerry"),
        2,
        2.0,
        "their grades",
    )
    (one,) = parse_message("Chatted with Zhang Wei about his thesis", NOW)
    assert one.students == ("Zhang Wei",)


def test_every_rules_checks_are_compiled_patterns() -> None:
    # A pattern string slipped into a rule's `need` would fail every note at run time.
    for rule in RULES:
        assert isinstance(rule.pattern, str)
        assert rule.need is None or isinstance(rule.need, re.Pattern), rule.pattern[:40]
        assert rule.forbid_before is None or isinstance(rule.forbid_before, re.Pattern)


# --- notes spoken or typed without punctuation -----------------------------------------------

VOICE_NOW = dt.datetime(2026, 10, 15, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "这周一晚上去查了一下寝室然后周三又去了一次",
            [("dorm_visit", "2026-10-12"), ("dorm_visit", "2026-10-14")],
        ),
        # The verb after "then" is the next activity's, not a repeat.
        (
            "昨天开了个班委会然后今天又开了个全班的班会",
            [("cadre_meeting", "2026-10-14"), ("class_meeting", "2026-10-15")],
        ),
        (
            "我今天去宿舍的时候发现有个同学发烧了就陪他去了校医院",
            [("dorm_visit", "2026-10-15"), ("other", "2026-10-15")],
        ),
    ],
)
def test_run_on_notes_lose_no_record(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.kind, a.date.isoformat()) for a in parse_message(text, VOICE_NOW)] == expected


SPRING_NOW = dt.datetime(2027, 3, 12, 20, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_a_numeral_after_a_name_in_a_list_counts_only_its_own_part() -> None:
    # 钱七 is a name and 两位 the count, not 七两 (72).
    (call,) = parse_message("给赵六、钱七两位同学的家长打了电话", SPRING_NOW)
    assert (call.kind, call.count) == ("parent_contact", 2)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("同学反映宿舍有人夜不归宿，今晚去查了", ["dorm_visit"]),
        ("同学反映宿舍有人夜不归宿，还没去看", []),
        ("学生会组织的讲座，我带班里同学去听了", ["student_activity"]),
        ("组织班里同学进行了入党积极分子推荐", ["other"]),
    ],
)
def test_what_students_report_is_the_reason_and_the_next_clause_the_deed(
    text: str, kinds: list[str]
) -> None:
    assert [a.kind for a in parse_message(text, SPRING_NOW)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Was supposed to observe a lecture today but it clashed with a faculty meeting", []),
        ("Organised a mock kaoyan exam for the juniors on Sunday", ["student_activity"]),
        ("Talked to the monitor and the league secretary about the class trip", ["cadre_meeting"]),
        ("Parents' WeChat group: sent the exam schedule", ["other"]),
        ("the parents' WeChat group was noisy today lol", []),
    ],
)
def test_english_work_words(text: str, kinds: list[str]) -> None:
    assert [a.kind for a in parse_message(text, NOW)] == kinds


NEW_YEARS_EVE = dt.datetime(2026, 12, 31, 18, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_the_day_before_next_years_holiday_may_be_today() -> None:
    (meeting,) = parse_message("元旦前一天开了迎新年班会", NEW_YEARS_EVE)
    assert meeting.date == dt.date(2026, 12, 31)


def test_the_colleges_staff_meeting_is_a_seminar() -> None:
    (meeting,) = parse_message("今天下午学院开会布置寒假安全工作", NEW_YEARS_EVE)
    assert (meeting.kind, meeting.date) == ("seminar", dt.date(2026, 12, 31))


# --- what is not done: put off, wished, conditional, a notice, denied ----------------------

THURSDAY = dt.datetime(2026, 11, 26, 19, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    "text",
    [
        "本周的班会因为运动会推迟到下周了",
        "我想下周找时间跟家长聊聊",
        "今天太忙了，查寝的事明天再说",
        "如果周末不下雨就带学生去爬山",
        "学院通知周五开班主任会议",
        "不是查寝，是去宿舍送东西",
        "家长群里有人问放假时间",
    ],
)
def test_nothing_done_is_nothing_recorded(text: str) -> None:
    assert parse_message(text, THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("原定周二的家访改到今天了，已经去过了", [("parent_contact", "2026-11-26")]),
        ("今天查寝了吗？查了，3栋", [("dorm_visit", "2026-11-26")]),
        ("家长群里有人问放假时间，我回复了", [("other", "2026-11-26")]),
        ("不是查寝，是去宿舍找小王谈心", [("student_talk", "2026-11-26")]),
    ],
)
def test_what_was_done_after_all_is_recorded(text: str, kinds: list[tuple[str, str]]) -> None:
    assert [(a.kind, a.date.isoformat()) for a in parse_message(text, THURSDAY)] == kinds


@pytest.mark.parametrize(
    ("text", "count", "students"),
    [
        ("和王一、李二、张三分别谈了话", 3, ("王一", "李二", "张三")),
        ("下午和小周、小吴谈心", 2, ("小周", "小吴")),
        ("Called the parents of Li Si and Wang Wu", 2, ()),
        ("给20个家长群发了一条消息", 20, ()),
    ],
)
def test_people_named_are_counted_one_each(
    text: str, count: int, students: tuple[str, ...]
) -> None:
    first = parse_message(text, NOW)[0]
    assert (first.count, first.students) == (count, students)


SATURDAY = dt.datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("11.19 组织四级模拟考试", [("student_activity", "2026-11-19")]),
        ("这周三下午的班会取消了，学生要去参加四级模考", []),
        ("本周三开了主题班会 如何备考四六级", [("theme_meeting", "2026-11-18")]),
        ("给英语竞赛获奖的同学开了个表彰会", [("class_meeting", "2026-11-21")]),
        ("周三辅导了几个同学的高数", [("other", "2026-11-18")]),
    ],
)
def test_year_two_work(text: str, kinds: list[tuple[str, str]]) -> None:
    assert [(a.kind, a.date.isoformat()) for a in parse_message(text, SATURDAY)] == kinds


MAY = dt.datetime(2027, 5, 20, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Mock thesis defence for 6 seniors this afternoon", ["student_activity"]),
        ("2 students came to my office about their internships", ["student_talk"]),
        ("Attended the college's graduate employment meeting", ["seminar"]),
        ("Reviewed the class's graduation audit list with the counsellor", ["other"]),
        ("audited a lecture on topology", ["classroom_visit"]),
    ],
)
def test_year_four_work_in_english(text: str, kinds: list[str]) -> None:
    assert [a.kind for a in parse_message(text, MAY)] == kinds


WEDNESDAY = dt.datetime(2026, 10, 28, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("跟俩小子唠了会儿嗑", [("student_talk", "2026-10-28", 2)]),
        ("晌午跟学生搁食堂吃的饭，唠了唠", [("student_talk", "2026-10-28", 1)]),
        ("跟小赵掰扯了半天他逃课的事", [("student_talk", "2026-10-28", 1)]),
        ("前儿个带学生去看了场球赛", [("student_activity", "2026-10-26", 1)]),
        ("班会撂到下礼拜了", []),
    ],
)
def test_northern_speech(text: str, expected: list[tuple[str, str, int]]) -> None:
    got = [(a.kind, a.date.isoformat(), a.count) for a in parse_message(text, WEDNESDAY)]
    assert got == expected


NOV_12 = dt.datetime(2026, 11, 12, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Monday before last: class meeting", [("class_meeting", "2026-11-02")]),
        ("a week ago Tuesday I called Sun Li's mother", [("parent_contact", "2026-11-03")]),
        (
            "Singles' Day, had a chat with 3 students about spending",
            [("student_talk", "2026-11-11")],
        ),
        ("dorm check got rained out", []),
    ],
)
def test_english_dates_and_washouts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.kind, a.date.isoformat()) for a in parse_message(text, NOV_12)] == expected


NOV_30 = dt.datetime(2026, 11, 30, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在操场陪同学们跑步", [("student_activity", 1)]),
        ("宿舍楼下和几个男生聊天", [("student_talk", 1)]),
        ("班会后单独留了3个同学谈话", [("class_meeting", 1), ("student_talk", 3)]),
    ],
)
def test_places_and_people_of_a_run_on_clause(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(a.kind, a.count) for a in parse_message(text, NOV_30)] == expected


DEC_17 = dt.datetime(2026, 12, 17, 22, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("哈哈哈今天和学生打了场篮球", ["student_activity"]),
        ("听课√ 宿舍√ 班会×", ["classroom_visit", "dorm_visit"]),
        ("查寝❌ 下雨了", []),
    ],
)
def test_ticks_crosses_and_games(text: str, kinds: list[str]) -> None:
    assert [a.kind for a in parse_message(text, DEC_17)] == kinds


NOV_19 = dt.datetime(2026, 11, 19, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My colleague sat in on the class for me", []),
        ("Could you log a dorm visit for me on Monday?", [("dorm_visit", 1)]),
        ("Tried calling two parents, only one picked up", [("parent_contact", 1)]),
        (
            "After the dorm check I talked to two roommates",
            [("dorm_visit", 1), ("student_talk", 2)],
        ),
        ("attended my student's thesis proposal defence", [("student_activity", 1)]),
        ("Checked in on the two sick students by phone", [("student_talk", 2)]),
    ],
)
def test_who_did_it_and_how_many(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(a.kind, a.count) for a in parse_message(text, NOV_19)] == expected


APRIL_15 = dt.datetime(2027, 4, 15, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 研学 inside 考研学生 is no study tour.
        ("对三名考研学生进行了备考指导", [("other", 1)]),
        ("与新任班委进行了座谈", [("cadre_meeting", 1)]),
        ("今日与学生家长电话沟通三次，分别通报了学生的学习情况", [("parent_contact", 3)]),
        ("本学期以来共开展家访两次", [("parent_contact", 2)]),
        ("家访一次，了解学生家庭情况", [("parent_contact", 1)]),
    ],
)
def test_formal_reports(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(a.kind, a.count) for a in parse_message(text, APRIL_15)] == expected


DEC_11 = dt.datetime(2026, 12, 11, 17, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("✔ 查寝 ✔ 谈心 ✘ 家访", [("dorm_visit", "2026-12-11"), ("student_talk", "2026-12-11")]),
        (
            "this week - mon: 听课, tue: 查寝, thu: 班会",
            [
                ("classroom_visit", "2026-12-07"),
                ("dorm_visit", "2026-12-08"),
                ("class_meeting", "2026-12-10"),
            ],
        ),
        ("查寝 ✅ 听课 ❌", [("dorm_visit", "2026-12-11")]),
    ],
)
def test_lists_with_marks_and_headings(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.kind, a.date.isoformat()) for a in parse_message(text, DEC_11)] == expected


def test_a_chinese_item_number_opens_an_item_but_not_a_weekday_list() -> None:
    got = parse_message("一、查寝2次（周一、周四）二、谈心3人", DEC_11)
    assert [(a.kind, a.date.isoformat(), a.count) for a in got][:2] == [
        ("dorm_visit", "2026-12-07", 1),
        ("dorm_visit", "2026-12-10", 1),
    ]
    assert [(a.kind, a.count) for a in got][2:] == [("student_talk", 3)]


DEC_2 = dt.datetime(2026, 12, 2, 22, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cls mtg 30min", [("class_meeting", 1)]),
        ("eve study chk rm 204", [("classroom_visit", 1)]),
        ("cmte mtg yday", [("cadre_meeting", 1)]),
        ("tlk w/ 3 stds abt kaoyan", [("student_talk", 3)]),
        ("dorms + 1:1s (x2) tonight", [("dorm_visit", 1), ("student_talk", 2)]),
        ("msg'd 4 parents abt exam week", [("parent_contact", 4)]),
        ("visited sick std in hospital", [("other", 1)]),
    ],
)
def test_english_shorthand(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(a.kind, a.count) for a in parse_message(text, DEC_2)] == expected


MARCH_25 = dt.datetime(2027, 3, 25, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("给大三同学做实习动员，讲了实习单位的选择", [("other", 1)]),
        ("和准备考研的五位同学开了个小会", [("student_talk", 5)]),
        ("跟学生干部开了个短会", [("cadre_meeting", 1)]),
        ("和实习单位的HR电话沟通学生实习情况", [("other", 1)]),
        ("跟班委商量清明节安全教育的事", [("cadre_meeting", 1)]),
        ("班会：考研还是就业？", [("class_meeting", 1)]),
        ("去企业走访，了解毕业生就业情况", [("other", 1)]),
    ],
)
def test_year_three_work(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(a.kind, a.count) for a in parse_message(text, MARCH_25)] == expected


def test_a_holiday_with_the_students_who_stayed() -> None:
    now = dt.datetime(2026, 9, 24, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    (alone,) = parse_message("中秋节那天和留校新生一起吃月饼", now)
    assert (alone.kind, alone.date) == ("student_activity", dt.date(2025, 10, 6))
    # Part of a visit when the clause names one.
    kinds = [a.kind for a in parse_message("中秋节当晚到宿舍和留校同学一起吃月饼", now)]
    assert kinds == ["dorm_visit"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("考试周去考场外面看了看学生", "classroom_visit"),
        ("期末考试第一天，早上查了考勤", "classroom_visit"),
        ("今天上午陪学生考了四级", "student_activity"),
    ],
)
def test_exam_season(text: str, kind: str) -> None:
    now = dt.datetime(2027, 1, 7, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert [a.kind for a in parse_message(text, now)] == [kind]
