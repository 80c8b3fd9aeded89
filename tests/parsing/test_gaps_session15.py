"""Issue 17: classes found on rounds 14 and 15 once they were read (session 15), each with
sentences of its own (none taken from a blind batch) and the false friends kept."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note

TZ = ZoneInfo("Asia/Shanghai")
MONDAY = dt.datetime(2026, 11, 30, 20, 0, tzinfo=TZ)
JAN_4 = dt.datetime(2027, 1, 4, 20, 0, tzinfo=TZ)
TODAY = MONDAY.date()
YESTERDAY = TODAY - dt.timedelta(days=1)


def _kinds(text: str, now: dt.datetime = MONDAY) -> list[tuple[str, dt.date]]:
    return sorted((a.kind, a.date) for a in parse_note(text, now).activities)


def _documents(text: str, now: dt.datetime = MONDAY) -> list[tuple[str, str | None, dt.date]]:
    return [(d.doc, d.period, d.date) for d in parse_note(text, now).documents if d.date]


# --- 1. A document handed in does not swallow the work told after it ------------------------
# Weak "other" work (tutoring, a student's papers) beside the form was read as the form's own
# part. Told apart from it (a sentence end, "+", 另外, a space between two Chinese phrases)
# it is a record of its own; "家长联系记录也补进去了" still fills the form in.


@pytest.mark.parametrize(
    "text",
    [
        "11月记录表交了 + 下午在图书馆给一个学生补了会儿高数",
        "11月的表交了。下午给两个同学补了补线代",
        "11月的表交了 今天还帮两个同学弄贫困生认定材料",
        "十一月工作记录表已交。另外帮小王填了助学金申请",
    ],
)
def test_other_work_apart_from_the_form_is_recorded(text: str) -> None:
    assert _kinds(text) == [("other", TODAY)]
    assert [d[0] for d in _documents(text)] == ["monthly_form"]


@pytest.mark.parametrize(
    "text",
    [
        "11月的工作记录表交了，家长联系记录也补进去了",
        "11月的表交了。家访记录也填进去了",
        "十一月工作记录表交了。另外把谈心记录附上了",
    ],
)
def test_records_filled_into_the_form_are_its_part(text: str) -> None:
    assert _kinds(text) == []
    assert [d[0] for d in _documents(text)] == ["monthly_form"]


# --- 2. A day heading the next sentence is that sentence's deed's ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("查寝了。昨天去教室听了课。", [("classroom_visit", YESTERDAY), ("dorm_visit", TODAY)]),
        (
            "Checked the dorms. Yesterday I sat in on the lecture.",
            [("classroom_visit", YESTERDAY), ("dorm_visit", TODAY)],
        ),
    ],
)
def test_next_sentences_day_is_not_carried_back(
    text: str, expected: list[tuple[str, dt.date]]
) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize("text", ["查寝了。昨天的", "Checked the dorms. Yesterday."])
def test_an_afterthought_day_with_no_deed_still_dates_the_deed(text: str) -> None:
    assert _kinds(text) == [("dorm_visit", YESTERDAY)]


def test_the_form_is_handed_in_today_not_on_the_next_sentences_day() -> None:
    text = "十一月工作记录表已交。昨天去了宿舍。"
    assert _kinds(text) == [("dorm_visit", YESTERDAY)]
    assert _documents(text) == [("monthly_form", "2026-11", TODAY)]


# --- 3. A document asked for is not handed in ------------------------------------------------


def test_a_deadline_is_not_the_day_a_document_went_in() -> None:
    text = "Dec 工作记录表 handed in. 辅导员 wants the spring semester plan by 1/15, ugh."
    assert _documents(text, JAN_4) == [("monthly_form", "2026-12", JAN_4.date())]


def test_a_deadline_sentence_in_chinese() -> None:
    text = "12月工作记录表交了。辅导员要求1月15日前交学期计划"
    assert _documents(text, JAN_4) == [("monthly_form", "2026-12", JAN_4.date())]


@pytest.mark.parametrize("text", ["12月工作记录表和学期计划都交了", "12月的表交了，学期计划也交了"])
def test_both_documents_handed_in(text: str) -> None:
    assert [d[0] for d in _documents(text, JAN_4)] == ["monthly_form", "semester_plan"]


def test_to_plan_for_something_is_no_plan_handed_in() -> None:
    text = "Dec form handed in. Talked with 2 kids about how to plan for 考研."
    assert [d[0] for d in _documents(text, JAN_4)] == ["monthly_form"]


# --- 4. 元月 is January ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [("元月二日去宿舍看了看", dt.date(2027, 1, 2)), ("元月3号查寝", dt.date(2027, 1, 3))],
)
def test_yuanyue_is_january(text: str, day: dt.date) -> None:
    assert _kinds(text, JAN_4) == [("dorm_visit", day)]


def test_yuanyue_inside_other_words_is_no_month() -> None:
    assert _kinds("单元月考后开了班会", JAN_4) == [("class_meeting", JAN_4.date())]
    assert _documents("元月份的表交了", JAN_4) == [("monthly_form", "2027-01", JAN_4.date())]


# --- 5. Southern accents' merges in words that are real words too ---------------------------
FRIDAY = dt.datetime(2026, 11, 27, 20, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("拍电话给家藏，2个", "parent_contact", 2),
        ("给家藏打了电话", "parent_contact", 1),
        ("今天下晡有早小陈谈", "student_talk", 1),
        ("昨天有早3个同学弹性", "student_talk", 3),
        ("礼拜五开个组题班会", "theme_meeting", None),
    ],
)
def test_southern_merges_read_as_the_works_words(text: str, kind: str, count: int | None) -> None:
    (activity,) = parse_note(text, FRIDAY).activities
    assert activity.kind == kind
    if count is not None:
        assert activity.count == count


@pytest.mark.parametrize(
    "text",
    ["今天有早上的课", "他家藏书很多", "学校实行弹性学制", "今天组题出卷子", "三个同学弹性很好"],
)
def test_the_real_words_stay(text: str) -> None:
    assert parse_note(text, FRIDAY).activities == ()


# --- 6. A weekday told with its day of the month --------------------------------------------
FRI_DEC_4 = dt.datetime(2026, 12, 4, 20, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("这周五（11号）毕业晚会我会出席", dt.date(2026, 12, 11)),
        ("周五（11号）开班会", dt.date(2026, 12, 11)),
        ("Fri (11th) class meeting", dt.date(2026, 12, 11)),
        ("上周三（2号）查寝了", dt.date(2026, 12, 2)),
    ],
)
def test_weekday_and_its_day_name_one_day(text: str, day: dt.date) -> None:
    (activity,) = parse_note(text, FRI_DEC_4).activities
    assert activity.date == day


def test_a_day_of_the_month_for_something_else_stays_apart() -> None:
    (activity,) = parse_note("周五开班会 11号交材料", FRI_DEC_4).activities
    assert activity.date == FRI_DEC_4.date()


# --- 7. Small words of the work ----------------------------------------------------------


def test_the_one_put_off_before_now_held() -> None:
    (activity,) = parse_note("今晚开了班会（上次改期的那个）", FRI_DEC_4).activities
    assert activity.kind == "class_meeting"
    assert parse_note("班会（改期）", FRI_DEC_4).activities == ()


def test_checking_late_returns_is_a_dorm_visit() -> None:
    (activity,) = parse_note("刚查完晚归 抓到3个快12点才回来的", FRI_DEC_4).activities
    assert activity.kind == "dorm_visit"


def test_a_word_with_students_after_the_class() -> None:
    text = "上午听了课，后排有4个同学玩手机，课后单独说了说"
    assert sorted(a.kind for a in parse_note(text, FRI_DEC_4).activities) == [
        "classroom_visit",
        "student_talk",
    ]
    # Explaining exercises one by one is tutoring, not a talk.
    tutoring = "考前答疑 帮小陈还有另外两个单独讲了一下线代的题"
    assert [a.kind for a in parse_note(tutoring, FRI_DEC_4).activities] == ["other"]


# --- 8. Other work in a sentence of its own day, beside stronger work -------------------------
SUNDAY = dt.datetime(2027, 1, 17, 20, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "text",
    [
        "周四帮学院统计学生寒假去向和返乡车票信息。周五中午开班委会",
        "这周：\n1）周四帮学院统计学生寒假去向；\n2）周五中午开班委会。",
        "周五中午开班委会；周四下午帮小赵弄助学金材料",
    ],
)
def test_other_work_on_its_own_day_is_recorded(text: str) -> None:
    kinds = sorted(a.kind for a in parse_note(text, SUNDAY).activities)
    assert kinds == ["cadre_meeting", "other"]


@pytest.mark.parametrize(
    "text",
    [
        "带同学去博物馆参观。晚上写了总结",
        "上周（1月4日-1月10日）工作总结：\n1. 听课1次；\n2. 1月6日召开班委会。",
    ],
)
def test_other_work_that_is_part_of_the_day_or_a_heading_is_not(text: str) -> None:
    assert "other" not in [a.kind for a in parse_note(text, SUNDAY).activities]


# --- 9. Topics, defences and work done along the way ---------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("周五下午开全班班会，通报晚自习出勤情况", ["class_meeting"]),
        ("给两位家长打了电话，都是晚自习老缺勤的", ["parent_contact"]),
        ("晚上看了晚自习", ["classroom_visit"]),
        ("今天陪他们做答辩预演，听了一上午", ["student_activity"]),
        ("下午去听了他们的论文答辩", ["student_activity"]),
        ("今日陪佢哋做答辯預演", ["student_activity"]),
        ("听说答辩在下周", []),
        ("帮小王改答辩ppt", ["other"]),
        ("安全主题班会开了 讲了防诈骗 顺便统计了下离校去向", ["theme_meeting"]),
        ("开完班会，顺便统计了一下寒假去向", ["class_meeting"]),
    ],
)
def test_topics_defences_and_along_the_way(text: str, kinds: list[str]) -> None:
    assert sorted(a.kind for a in parse_note(text, FRI_DEC_4).activities) == kinds


# --- 10. The one before named as a time; the day first fixed, then moved ----------------------
MON_NOV_16 = dt.datetime(2026, 11, 16, 20, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("上次班会之后，今天找了两个同学谈心", "student_talk"),
        ("那次查寝以后又给两个家长打了电话", "parent_contact"),
    ],
)
def test_the_one_before_is_only_the_time(text: str, kind: str) -> None:
    assert [a.kind for a in parse_note(text, MON_NOV_16).activities] == [kind]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("班会本来在明天，改到下周一", dt.date(2026, 11, 23)),
        ("班会 本来 在 明天，改到 下周一 因为 我要出差", dt.date(2026, 11, 23)),
        ("本来明天查寝，改到后天", dt.date(2026, 11, 18)),
        ("班会本来在明天", dt.date(2026, 11, 17)),
    ],
)
def test_the_day_moved_to_wins_over_the_day_first_fixed(text: str, day: dt.date) -> None:
    (activity,) = parse_note(text, MON_NOV_16).activities
    assert (activity.date, activity.flag) == (day, "future")


# --- 11. A bare weekday before a deed meant (开个, 查个) is the coming one ---------------------
SAT_NOV_14 = dt.datetime(2026, 11, 14, 20, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        ("礼拜五开个主题班会", SAT_NOV_14, dt.date(2026, 11, 20)),
        ("期中考完了，礼拜五开个主题班会，讲期末复习方法", MON_NOV_16, dt.date(2026, 11, 20)),
        ("周三查个寝", SAT_NOV_14, dt.date(2026, 11, 18)),
    ],
)
def test_one_meant_on_a_bare_weekday_is_coming(text: str, now: dt.datetime, day: dt.date) -> None:
    (activity,) = parse_note(text, now).activities
    assert (activity.date, activity.flag) == (day, "future")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("礼拜五开了个主题班会", dt.date(2026, 11, 13)),
        ("周三去个宿舍看了看", dt.date(2026, 11, 11)),
    ],
)
def test_one_done_stays_past(text: str, day: dt.date) -> None:
    (activity,) = parse_note(text, SAT_NOV_14).activities
    assert activity.date == day


# --- 12. What was told at a meeting (讲了, 通报了) is its topic --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "下午开了班会，讲了评优和暑期社会实践",
        "开班会讲了暑期社会实践的事",
        "开了班会，通报了心理健康讲座的安排",
    ],
)
def test_told_at_the_meeting_is_its_topic(text: str) -> None:
    assert [a.kind for a in parse_note(text, FRI_DEC_4).activities] == ["class_meeting"]


def test_told_to_a_student_after_the_meeting_is_a_talk() -> None:
    kinds = sorted(a.kind for a in parse_note("开完班会跟小王讲了半小时", FRI_DEC_4).activities)
    assert kinds == ["class_meeting", "student_talk"]


MON_MAR_8 = dt.datetime(2027, 3, 8, 20, 0, tzinfo=TZ)


@pytest.mark.parametrize("text", ["约了他周三再聊", "有个同学想放弃考公，约了他周三再聊。"])
def test_arranged_for_a_weekday_with_zai_is_coming(text: str) -> None:
    (activity,) = parse_note(text, MON_MAR_8).activities
    assert (activity.kind, activity.date, activity.flag) == (
        "student_talk",
        dt.date(2027, 3, 10),
        "future",
    )


def test_done_again_on_a_weekday_stays_past() -> None:
    (activity,) = parse_note("周三再去了一次宿舍", MON_MAR_8).activities
    assert activity.date == dt.date(2027, 3, 3)


# --- 13. A group told before, then talked with one by one -----------------------------------
FRI_OCT_9 = dt.datetime(2026, 10, 9, 20, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("补考名单上有五个同学，会后一个一个讲了一歇", 5),
        ("后排有4个同学玩手机，课后单独说了说", 4),
        ("早上8点的课 有4个人迟到了。我和他们谈了 一个一个。", 4),
        ("找了一个同学谈心", 1),
    ],
)
def test_the_group_before_is_the_talks_count(text: str, count: int) -> None:
    talks = [a for a in parse_note(text, FRI_OCT_9).activities if a.kind == "student_talk"]
    assert [a.count for a in talks] == [count]


TUE_SEP_15 = dt.datetime(2026, 9, 15, 20, 0, tzinfo=TZ)


def test_fixed_for_a_coming_weekday() -> None:
    (activity,) = parse_note("周六上午安排了主题班会", TUE_SEP_15).activities
    assert (activity.date, activity.flag) == (dt.date(2026, 9, 19), "future")


def test_fixed_and_held_stays_past() -> None:
    (activity,) = parse_note("周一安排了主题班会，讲了学业规划", TUE_SEP_15).activities
    assert activity.date == dt.date(2026, 9, 14)


# --- 14. A call or a talk not made yet records nothing ---------------------------------------


@pytest.mark.parametrize(
    "text", ["家长电话没打", "给家长的电话没打", "家长电话还没打", "谈心还没谈", "家长电话没打通"]
)
def test_not_made_yet_records_nothing(text: str) -> None:
    assert parse_note(text, FRI_DEC_4).activities == ()


@pytest.mark.parametrize(
    ("text", "kinds"),
    [("家长电话打了", ["parent_contact"]), ("班会开完了没去查寝", ["class_meeting"])],
)
def test_done_or_another_deed_not_done(text: str, kinds: list[str]) -> None:
    assert [a.kind for a in parse_note(text, FRI_DEC_4).activities] == kinds
