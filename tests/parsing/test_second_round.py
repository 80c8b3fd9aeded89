"""Issue 17, second round of blind authors: the classes of misses they showed (a young
teacher's chat, a Cantonese speaker, a British English speaker, a formal report writer),
each with cases beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message, parse_note

# A Friday evening.
NOW = dt.datetime(2026, 12, 4, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds_and_days(text: str) -> list[tuple[str, str]]:
    return sorted((a.kind, a.date.isoformat()) for a in parse_message(text, NOW))


# --- questions to the bot are no records ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A question after a phone-typed space asks about the record before it.
        ("今天跟小王聊了几句考研择校 这个算不算谈心？", [("student_talk", "2026-12-04")]),
        ("下午去宿舍转了一圈 这种要记成查寝吗", [("dorm_visit", "2026-12-04")]),
        # 来着 and a choice of days ask, without a question mark.
        ("研讨会是明天还是后天来着", []),
        ("班会是周三还是周四 忘了", []),
        ("上次查寝是哪天来着", []),
        # A record already sent, named to be corrected.
        ("我上礼拜那条查寝应该是周三不是周四", []),
        ("上一条班会记错了日期", []),
    ],
)
def test_a_question_or_a_correction_to_the_bot_records_nothing(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == expected


# --- what someone else did, said or wants stays theirs -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "导员今晚自己去查的寝 说我们班3个寝室有违规电器",
        "辅导员昨天查寝 发现两个寝室有人晚归",
        "中午碰到小刘,他说想退出创新创业社团",
    ],
)
def test_what_someone_else_did_or_said_is_not_recorded(text: str) -> None:
    kinds = [kind for kind, _ in kinds_and_days(text)]
    assert "dorm_visit" not in kinds
    assert "student_activity" not in kinds


# --- a young teacher's chat ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 点名 room by room is a dorm visit.
        ("晚上挨个寝室点了名 都在", [("dorm_visit", "2026-12-04")]),
        # the calls went through
        ("两个家长都打通了 一个态度还行", [("parent_contact", "2026-12-04")]),
        # one by one, taken out to talk
        ("今天一个个叫到办公室谈了", [("student_talk", "2026-12-04")]),
        # "the ones not back yet", a noun, is no negation of the call
        ("还有没回来的 挨个打电话问了", [("student_talk", "2026-12-04")]),
        # 通知 after a meeting with a space: what the meeting told
        ("今天开了个短班会 通知期末考试安排", [("class_meeting", "2026-12-04")]),
        # a meeting's roles settled are the cadres' subject, not a meeting held
        ("班委会 今天中午开的 定了下周主题班会的分工", [("cadre_meeting", "2026-12-04")]),
    ],
)
def test_a_young_teachers_chat(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


def test_a_meetings_notice_is_still_a_document_of_it() -> None:
    assert kinds_and_days("班会通知发了吗") == []


# --- the work done for and with students ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the students visited where they work
        ("周一下午去了趟实习基地看了看我们班的几个同学", [("other", "2026-11-30")]),
        ("去勤工俭学中心看了下同学做兼职的环境", [("other", "2026-12-04")]),
        # a student's 考研 questions answered alone
        ("今天小陈来办公室问考研数一复习规划 给他捋了一个小时", [("other", "2026-12-04")]),
        # called in for paperwork is no talk
        ("下午叫他们来办公室一起报了名", [("other", "2026-12-04")]),
        ("叫小赵到办公室坐了坐", [("student_talk", "2026-12-04")]),
        # what is eaten with the students on a dorm visit is part of the visit
        (
            "中秋去了宿舍派月饼,同留校的同学一起吃了",
            [("dorm_visit", "2026-09-25")],
        ),
    ],
)
def test_work_for_and_with_students(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


# --- a formal report (公文体) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a notice received, quoted after its colon
        ("收到学院通知：各班须于12月20日前上报困难生认定材料。", []),
        ("收到学工办通知：请各班主任本周内完成查寝并上报。", []),
        # but work done once the notice came is work
        ("收到学院通知后，立即深入宿舍开展安全检查。", [("dorm_visit", "2026-12-04")]),
        # the activity as it was planned, then changed
        ("原定今天下午召开的班委会，因学院临时安排改期，时间另行通知。", []),
        ("原计划本周三晚上开展的宿舍走访，因故取消。", []),
        # 组织召开 holds a meeting, no students' activity
        ("12月2日组织召开毕业论文中期检查动员班会。", [("class_meeting", "2026-12-02")]),
        # taking a sick student to the doctor beside the call to the parents
        (
            "12月3日陪同生病学生李某前往校医院就诊，并及时与其家长电话联系。",
            [("other", "2026-12-03"), ("parent_contact", "2026-12-03")],
        ),
        # 计划 at a clause's end is a noun: the dates stay in the past
        (
            "11月25日与学生周某家长电话沟通，共同商讨后续求职计划。",
            [("parent_contact", "2026-11-25")],
        ),
    ],
)
def test_a_formal_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


def test_item_numbers_glued_to_dates_are_no_dates() -> None:
    assert kinds_and_days(
        "上周工作：1.11月23日审核助学金申请材料；2.11月24日与学生孙某谈心；3.11月26日晚深入教室查看自习情况。"
    ) == [
        ("classroom_visit", "2026-11-26"),
        ("other", "2026-11-23"),
        ("student_talk", "2026-11-24"),
    ]


def test_a_duration_like_an_item_number_stays_a_duration() -> None:
    (talk,) = parse_message("今天和小王谈心1.5小时", NOW)
    assert talk.hours == 1.5


def test_dates_listed_with_their_own_tallies_give_one_record_each() -> None:
    activities = parse_message(
        "11月工作：一、与学生个别谈话4人次（11月5日3人、11月19日1人）；"
        "二、与家长电话沟通3人次（11月2日1人、11月27日2人）。",
        NOW,
    )
    assert sorted((a.kind, a.date.isoformat(), a.count) for a in activities) == [
        ("parent_contact", "2026-11-02", 1),
        ("parent_contact", "2026-11-27", 2),
        ("student_talk", "2026-11-05", 3),
        ("student_talk", "2026-11-19", 1),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # 清明 2026 is a break of 4-6 April: the first day back is the 7th.
        ("清明假期后返校第一天，深入教室查课。", "2026-04-07"),
        ("清明假期后第一天去查课", "2026-04-07"),
        # 端午 2026 is 19-21 June.
        ("端午节后返校第一天去宿舍转了转", "2026-06-22"),
        ("端午假期结束后第二天开了班会", "2026-06-23"),
    ],
)
def test_the_first_day_back_after_a_break_counts_from_its_days_off(text: str, day: str) -> None:
    now = dt.datetime(2026, 6, 30, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    (activity,) = parse_message(text, now)
    assert activity.date.isoformat() == day


# --- British English ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Had a cup of tea with her this afternoon, she is finding it hard.", ["student_talk"]),
        ("Over a cuppa with two of the freshmen, talked about homesickness.", ["student_talk"]),
        ("Talked it through with him for an hour.", ["student_talk"]),
        ("A one-to-one with Xu Jing about her grades.", ["student_talk"]),
        (
            "Spoke to his mother on the phone, and to the boy himself later.",
            ["parent_contact", "student_talk"],
        ),
        ("Gave the first-years a talk on academic writing.", ["student_activity"]),
        ("Went round Building 7 to see the ones who stayed.", ["dorm_visit"]),
        ("Explained the credit transfer rules to Wang Fang.", ["other"]),
        ("Wrote her exchange programme reference.", ["other"]),
        ("Went through his scholarship application essay with him.", ["other"]),
        (
            "Took him to the campus clinic, then rang his father.",
            ["other", "parent_contact"],
        ),
        ("Walked Sun Lei over to A&E with a sprained ankle.", ["other"]),
    ],
)
def test_british_english(text: str, expected: list[str]) -> None:
    assert [kind for kind, _ in kinds_and_days(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The counsellor did a dorm check last night and found two of them gaming.",
        "My colleague sat in on their Analysis lecture.",
        "Just noting the midterm averages for my own records.",
    ],
)
def test_what_others_did_or_a_note_to_self_records_nothing(text: str) -> None:
    assert kinds_and_days(text) == []


def test_the_dean_visiting_our_meeting_leaves_it_ours() -> None:
    assert kinds_and_days("The dean visited our class meeting today") == [
        ("class_meeting", "2026-12-04")
    ]


def test_where_the_students_are_is_no_visit() -> None:
    assert kinds_and_days(
        "Dropped into evening self-study. Half the class there, the rest 'studying' in the dorm."
    ) == [("classroom_visit", "2026-12-04")]


def test_a_question_as_a_meetings_title_asks_nothing() -> None:
    assert kinds_and_days("Theme class meeting this evening: 'Why mathematics?' Lively.") == [
        ("theme_meeting", "2026-12-04")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "shall" and "moves to" tell of what is coming.
        ("I shall speak to them on Monday.", [("student_talk", "2026-12-07")]),
        ("The class meeting moves to Thursday evening.", [("class_meeting", "2026-12-10")]),
        # abbreviations of days in a list
        (
            "Dorm visits: Sat Bldg 5 (girls), Sun Bldg 7 (boys).",
            [("dorm_visit", "2026-11-28"), ("dorm_visit", "2026-11-29")],
        ),
        (
            "Week: sat in on Analysis Tue, dorm round Wed (late).",
            [("classroom_visit", "2026-12-01"), ("dorm_visit", "2026-12-02")],
        ),
    ],
)
def test_english_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


def test_a_surname_like_a_day_is_no_day() -> None:
    assert kinds_and_days("a week ago Tuesday I called Sun Li's mother") == [
        ("parent_contact", "2026-11-24")
    ]


def test_students_named_by_surname_and_mou_are_counted() -> None:
    (talk,) = parse_message("12月1日与学生赵某、钱某、孙某分别进行个别谈话。", NOW)
    assert talk.count == 3


def test_counts_listed_after_respectively_go_to_the_days_in_order() -> None:
    activities = parse_message("上周四、周五分别与3名、2名未就业学生进行个别谈话。", NOW)
    assert sorted((a.date.isoformat(), a.count) for a in activities) == [
        ("2026-11-26", 3),
        ("2026-11-27", 2),
    ]


@pytest.mark.parametrize(
    ("text", "doc"),
    [
        ("11月份工作记录表已于今日提交学院。", "monthly_form"),
        ("本学期工作计划已于12月2日报送学院。", "semester_plan"),
    ],
)
def test_a_document_handed_in_on_a_day_named_in_a_report(text: str, doc: str) -> None:
    result = parse_note(text, NOW)
    assert (result.activities, [d.doc for d in result.documents]) == ((), [doc])
