"""Issue 17, round 7: the classes of misses of a Shaanxi (Guanzhong) advisor's speech, a
mathematician's tracker notes (symbols and one-character kinds), Malaysian English and a
young advisor's chat style, each with sentences beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message, parse_note
from bot.parsing.normalise import normalise

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=SHANGHAI)


def kinds_and_days(text: str, now: dt.datetime = NOW) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_message(text, now))


def kinds(text: str, now: dt.datetime = NOW) -> list[str]:
    return sorted(a.kind for a in parse_message(text, now))


# --- dates: a calendar day a little ahead is the near future -----------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        # Said a day or two before, without a plan word: the coming day, not last year's.
        ("11.20号晚上开主题班会 诚信考试", NOW, "2026-11-20"),
        ("家长会 → 12/2 周三晚", NOW, "2026-12-02"),
        ("12月10日开班委会", NOW, "2026-12-10"),
        # Across the new year: "1月3日" said on 30 December is next month's.
        ("1月3日查寝", dt.datetime(2026, 12, 30, 20, 0, tzinfo=SHANGHAI), "2027-01-03"),
    ],
)
def test_a_day_a_little_ahead_is_the_near_future(text: str, now: dt.datetime, day: str) -> None:
    (activity,) = parse_message(text, now)
    assert activity.date.isoformat() == day
    assert activity.flag == "future"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Told as done: the past one, however far back.
        ("11月25日开了班会", "2025-11-25"),
        # Two months ahead is too far to be meant: the past one.
        ("1月25日查寝", "2026-01-25"),
        # A day just past is the past one, as before.
        ("11月16日查寝", "2026-11-16"),
    ],
)
def test_a_day_far_ahead_or_done_stays_past(text: str, day: str) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.date.isoformat() == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Month first would be months away, day first a few days back: day first.
        ("14/11 called 2 parents", "2026-11-14"),
        ("15/11 got call 1 parent", "2026-11-15"),
        # Month first is near: it stays month first.
        ("11/15 called 2 parents", "2026-11-15"),
    ],
)
def test_a_slashed_date_reads_day_first_when_month_first_is_far(text: str, day: str) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.date.isoformat() == day


# --- dates: a day struck out and corrected ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("班会 11/16 ✗ → 11/17", {("class_meeting", "2026-11-17")}),
        ("家访 11/12 ✗→11/13 周五", {("parent_contact", "2026-11-13")}),
        ("周一不对是周二去查寝了", {("dorm_visit", "2026-11-17")}),
        ("11.10说错了11.11 开了班会", {("class_meeting", "2026-11-11")}),
        # Taken back, a reason, then the day meant.
        ("明天去听课吧 不对明天有会 那后天", {("classroom_visit", "2026-11-20")}),
        ("昨天查寝了，不对，是前天", {("dorm_visit", "2026-11-16")}),
    ],
)
def test_the_corrected_day_wins(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


def test_an_arrow_between_things_is_no_correction() -> None:
    # Two days with different deeds: each keeps its own.
    assert kinds_and_days("周一查寝 → 周二开班会") == Counter(
        {("dorm_visit", "2026-11-16"): 1, ("class_meeting", "2026-11-17"): 1}
    )


# --- dates: dialect day words and the week carried ---------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("夜个晚上去宿舍转了转", "2026-11-17"),
        ("夜儿个跟班长谈了谈", "2026-11-17"),
        ("前个下午跟小李谈心", "2026-11-16"),
        ("今个查了寝", "2026-11-18"),
        ("明个晚上去查寝", "2026-11-19"),
        ("后个开班会", "2026-11-20"),
    ],
)
def test_guanzhong_day_words(text: str, day: str) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.date.isoformat() == day


@pytest.mark.parametrize(
    "text",
    ["最后个宿舍查完了", "半夜个把人叫起来查寝了", "前个月的表交了，今天查寝了"],
)
def test_words_ending_like_dialect_days_are_not_days(text: str) -> None:
    assert all(a.date.isoformat() == "2026-11-18" for a in parse_message(text, NOW))


def test_this_week_carries_to_the_english_weekday_after_it() -> None:
    monday = dt.datetime(2026, 12, 28, 20, 0, tzinfo=SHANGHAI)
    assert kinds_and_days("this Wed I go check 晚自习, Thursday 查寝", monday) == Counter(
        {("classroom_visit", "2026-12-30"): 1, ("dorm_visit", "2026-12-31"): 1}
    )
    assert kinds_and_days("this Fri class meeting, Tue I visited the dorms", monday) == Counter(
        {("class_meeting", "2027-01-01"): 1, ("dorm_visit", "2026-12-22"): 1}
    )


def test_an_abbreviated_day_opening_an_item_with_a_part_of_the_day() -> None:
    monday = dt.datetime(2026, 12, 14, 20, 0, tzinfo=SHANGHAI)
    assert kinds_and_days("Sun lunch with 3 students, chat abt exams", monday) == Counter(
        {("student_talk", "2026-12-13"): 1}
    )
    # Not the surname: "Sun Li's mother" has no part of the day after it.
    (activity,) = parse_message("called Sun Li's mother", monday)
    assert activity.date.isoformat() == "2026-12-14"


# --- Guanzhong speech ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("下午跟班长谝了一个钟头", ["student_talk"]),
        ("晚上跟宿舍几个娃谝了谝", ["student_talk"]),
        ("额今天去查了一回寝", ["dorm_visit"]),
        ("这礼拜额查了两回寝", ["dorm_visit"]),
        # A student called aside and spoken to.
        ("下课把迟到的两个叫到走廊批评了几句", ["student_talk"]),
        ("把他三个叫起来好好说了一顿", ["student_talk"]),
        # What was asked or chatted about is no visit.
        ("食堂碰见两个娃 聊了聊 问了问宿舍咋样", ["student_talk"]),
        # A student tutored in person, beside another kind.
        ("周五开了班会，周六给小王辅导了两小时线代", ["class_meeting", "other"]),
    ],
)
def test_guanzhong_words(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", ["名额都报满了", "额外加了一节课", "金额对不上"])
def test_words_with_e_are_left_alone(text: str) -> None:
    assert "我" not in normalise(text)[0]


def test_checking_for_something_is_no_question() -> None:
    assert kinds("上周查了三回寝 周一 周三 周五 看有没有违规电器") == [
        "dorm_visit",
        "dorm_visit",
        "dorm_visit",
    ]
    # A real question still blocks.
    assert kinds("这周有没有查寝？") == []


# --- tracker notes: one-character kinds, ×N, 委会 --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宿×4间 ✓", ["dorm_visit"]),
        ("谈 2（选课）✓", ["student_talk"]),
        ("家 +1（缺勤）", ["parent_contact"]),
        ("①委会 ②听 实变函数 ③晚上宿×2", ["cadre_meeting", "classroom_visit", "dorm_visit"]),
        ("本周 Σ：听1（周一），谈3（周二）", ["classroom_visit", "student_talk"]),
        ("委会 ✓ ≈40min", ["cadre_meeting"]),
        ("下周一先开委会", ["cadre_meeting"]),
        # ×N after a kind's word is a count, not a cross.
        ("查寝×3", ["dorm_visit"]),
        ("家长电话 ×2", ["parent_contact"]),
    ],
)
def test_tracker_notes(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Ordinary prose: no tracker sign, so the characters stay words of their own.
        "听 说下周要开会",
        "今天回家 明天再说",
        # A tracker sign, but the characters inside words.
        "居委会来人 ✓",
        "回家了 ✓",
    ],
)
def test_prose_is_not_read_as_tracker_kinds(text: str) -> None:
    assert kinds(text) == []


def test_a_cross_still_strikes_an_item_out() -> None:
    assert kinds("查寝 ✗") == []
    assert kinds("查寝 ×") == []


def test_students_talked_with_named_by_their_project() -> None:
    saturday = dt.datetime(2027, 3, 12, 20, 0, tzinfo=SHANGHAI)
    assert kinds("周六上午谈两位大创组长", saturday) == ["student_talk"]
    assert kinds("谈 数模一队×3 ≈1h", saturday) == ["student_talk"]
    # The contest itself is still an activity.
    assert kinds("带数模队去参加校赛", saturday) == ["student_activity"]


def test_the_committee_kept_back_after_a_meeting() -> None:
    assert kinds("主题班会开完 班委留下来又商量了元旦晚会怎么办") == [
        "cadre_meeting",
        "theme_meeting",
    ]


# --- Malaysian English ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("morning went check class, 3 kids late", ["classroom_visit"]),
        ("one boy come my office cry abt his grades, talked 30 min", ["student_talk"]),
        ("accompany the kids at 校运会 whole afternoon", ["student_activity"]),
        ("went with them to the club fair lor", ["student_activity"]),
        ("ran with them a bit at the 长跑", ["student_activity"]),
        ("brought some of them go visit the museum", ["student_activity"]),
        ("dinner makan with 2 of my boys, chat abt homesick", ["student_talk"]),
        # Not with students: no talk.
        ("lunch with other advisors today", []),
        # Put off to a day not named.
        ("will go 查寝 another day lah", []),
        # Forgot to say it, not to do it.
        ("forgot to tell you: yesterday 班委会", ["cadre_meeting"]),
    ],
)
def test_malaysian_english(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_taking_a_student_to_the_doctor_is_care_not_an_outing() -> None:
    assert kinds("brought them to the clinic lor") != ["student_activity"]


# --- care and the advisor's own Q&A beside other kinds -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("陪他挂的急诊 明天给他家长打个电话", ["other", "parent_contact"]),
        ("陪学生去派出所报案，回来又开了班委会", ["cadre_meeting", "other"]),
        ("答疑 2 hrs, then walk over 查寝", ["dorm_visit", "other"]),
        ("昨天的答疑还是搞起来了 来了十几个人", ["other"]),
        # A Q&A lesson gone to is a classroom visit.
        ("下午去听了考前答疑课", ["classroom_visit"]),
        # Booking counselling is no visit to the centre.
        ("帮他预约了心理中心的咨询", []),
    ],
)
def test_care_and_qa(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_students_festivals_and_sports_meet() -> None:
    assert kinds("下午带他们去了学院文化节") == ["student_activity"]
    assert kinds("校运会 我们班拿了第三") == ["student_activity"]


# --- what a meeting was about, what students did on their own, people who are not parents --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title's parts joined by "+".
        ("下午主题班会 考试诚信+志愿服务", ["theme_meeting"]),
        ("evening short 班会 to settle the 运动会 registration", ["class_meeting"]),
        ("班委会 to arrange the 元旦晚会", ["cadre_meeting"]),
        # A contest's results out: no contest that day.
        ("数模结果出了，本班一个二等奖", []),
        ("今天带队参加数模校赛", ["student_activity"]),
        # What absent students were doing on their own.
        ("晚自习到32人，缺3 其中2人在实验室做大创", ["classroom_visit"]),
        # Staff called uncle or aunty, as Malaysians do.
        ("invited the 保卫处 uncle to talk at 班会", ["class_meeting"]),
        ("called her uncle about the fees", ["parent_contact"]),
        # Where a student was is no visit; students checked on where they live is.
        ("one boy crying in dorm, talked to him 1 hr", ["student_talk"]),
        ("checked on the students who stayed in the dorms", ["dorm_visit"]),
    ],
)
def test_what_is_not_an_activity_of_its_own(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "talked to her for an hour then called her mum",
        "跟他聊了半小时 然后给他爸爸打了电话",
        "今晚跟她聊到十一点 又跟她妈妈打电话沟通了下",
    ],
)
def test_a_talk_then_the_parent_is_two_deeds(text: str) -> None:
    assert kinds(text) == ["parent_contact", "student_talk"]


def test_the_talk_with_a_parent_is_the_parent_contact() -> None:
    assert kinds("和小刘妈妈微信聊了聊") == ["parent_contact"]


def test_a_second_dorm_word_with_its_own_day_is_another_visit() -> None:
    assert kinds_and_days("晚上去查寝了 救命 女生寝室明晚再去") == Counter(
        {("dorm_visit", "2026-11-18"): 1, ("dorm_visit", "2026-11-19"): 1}
    )
    # Without a day of its own it is the same visit.
    assert kinds_and_days("晚上去查寝了 女生寝室很干净") == Counter(
        {("dorm_visit", "2026-11-18"): 1}
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The days of a count in brackets right after the activity.
        (
            "听课×2（周一 高数、周二 线代）",
            {("classroom_visit", "2026-11-16"), ("classroom_visit", "2026-11-17")},
        ),
        ("查寝（周一、周二）", {("dorm_visit", "2026-11-16"), ("dorm_visit", "2026-11-17")}),
        # A bracket closes the list: the next item keeps its own day.
        (
            "上周 Σ：听2（周二、周四），宿1（周三）",
            {
                ("classroom_visit", "2026-11-10"),
                ("classroom_visit", "2026-11-12"),
                ("dorm_visit", "2026-11-11"),
            },
        ),
    ],
)
def test_days_in_brackets_after_a_count(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


# --- documents handed in, in these styles ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doc"),
    [
        ("额把学期工作计划交咧", "semester_plan"),
        ("十月的工作记录表交啦✅", "monthly_form"),
        ("10月记录表补交 ✓", "monthly_form"),
        ("10月记录表 交 ✓（迟了）", "monthly_form"),
        ("Oct 工作记录表 submitted to 辅导员", "monthly_form"),
        ("学期工作计划 also submitted already", "semester_plan"),
        ("also handed in Oct form", "monthly_form"),
    ],
)
def test_documents_handed_in(text: str, doc: str) -> None:
    result = parse_note(text, NOW)
    assert [d.doc for d in result.documents] == [doc]
    assert result.activities == ()


def test_a_document_still_due_is_not_handed_in() -> None:
    assert parse_note("记得月底前交 10月记录表 ✓", NOW).documents == ()


@pytest.mark.parametrize(
    ("text", "count"),
    [("家 +2（学业预警）", 2), ("周六上午谈两位大创组长", 2), ("谈了三名同学", 3)],
)
def test_counts_in_these_styles(text: str, count: int) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.count == count


def test_guanzhong_lie_is_le() -> None:
    assert normalise("学习小组定下来咧")[0] == "学习小组定下来了"
    assert normalise("他咧嘴笑了")[0] == "他咧嘴笑了"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("midterm out, talked to all 3 this afternoon one by one", 3),
        ("今天下午约了三个 轮流聊 一人半小时", 3),
        ("课后把她两个叫出来谈了谈", 2),
    ],
)
def test_counts_named_before_the_talk(text: str, count: int) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.count == count


def test_all_of_a_time_is_no_count() -> None:
    (activity,) = parse_message("talked with all 2 hours", NOW)
    assert activity.count == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Days listed after the activity, each ticked or crossed: the ticked ones.
        (
            "查寝 11/16 ✓ 11/17 ✗ 11/18 ✓",
            {("dorm_visit", "2026-11-16"), ("dorm_visit", "2026-11-18")},
        ),
        (
            "晚自习 11/16 ✓ 11/17 ✗（开会）。今天补 ✓",
            {("classroom_visit", "2026-11-16"), ("classroom_visit", "2026-11-18")},
        ),
        # One day with its tick is that day.
        ("听课 11/16 ✓", {("classroom_visit", "2026-11-16")}),
    ],
)
def test_ticked_days(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


def test_parents_reached_are_counted() -> None:
    found = kinds_and_days("talked to all 3, then called their parents, got through 2")
    assert found == Counter(
        {("student_talk", "2026-11-18"): 1, ("parent_contact", "2026-11-18"): 1}
    )
    counts = {a.kind: a.count for a in parse_message("called their parents, got through 2", NOW)}
    assert counts == {"parent_contact": 2}
