"""Issue 17, round 7: the parser gaps the fixing lanes of the last session reported and left,
each as a class with sentences of its own (Chinese and English where it applies)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message, parse_note
from bot.parsing.normalise import normalise

# A Wednesday evening: 11-16 is Monday, 11-19 tomorrow, 11-20 this Friday.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds_and_days(text: str) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_message(text, NOW))


def kinds(text: str) -> list[str]:
    return sorted(a.kind for a in parse_message(text, NOW))


# --- 5. a "with" character that ends a longer word is no "with" ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 合同谈好了: a contract negotiated, not a talk "with" someone.
        "合同谈好了",
        "和公司的实习合同谈妥了",
        "租房合同谈了一上午",
        # 共同, 协同, 相同: together, alike.
        "几个学院协同谈判了场地",
        "大家共同谈论了方案",
        # 参与 (take part), 寻找 (look for) end in 与 and 找.
        "他参与讨论了半天",
        "学校寻找了解决办法",
    ],
)
def test_with_char_inside_a_longer_word_is_no_talk(text: str) -> None:
    assert "student_talk" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # The "with" words themselves still open a talk.
        "同小王谈了谈考研",
        "下午和小李交流了一下",
        "合同的事办完了，晚上找小张聊了聊",
        "跟他沟通了转专业的事",
    ],
)
def test_with_words_still_open_a_talk(text: str) -> None:
    assert kinds(text) == ["student_talk"]


# --- 4. "the next morning" counts from the day before it; it is no plan --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Went to the dorms on Monday evening; the next morning I called two parents",
            [("dorm_visit", "2026-11-16"), ("parent_contact", "2026-11-17")],
        ),
        # No past verb in the first clause: "next" alone made the whole note a plan.
        (
            "Dorm visit on Monday evening; the next morning two parents called",
            [("dorm_visit", "2026-11-16"), ("parent_contact", "2026-11-17")],
        ),
        (
            "Monday evening: dorm check. The next morning: called two parents",
            [("dorm_visit", "2026-11-16"), ("parent_contact", "2026-11-17")],
        ),
        (
            "Class meeting on Nov 12; the next day talked to Li",
            [("class_meeting", "2026-11-12"), ("student_talk", "2026-11-13")],
        ),
        # Without "the".
        (
            "Last Friday I went to the dorms; next morning I talked to 2 students",
            [("dorm_visit", "2026-11-13"), ("student_talk", "2026-11-14")],
        ),
        # Joined by "and", the next day is no second day of a list.
        (
            "Went to the dorms Sunday night and the following morning called Wang's mother",
            [("dorm_visit", "2026-11-15"), ("parent_contact", "2026-11-16")],
        ),
        # Chinese: 第二天 after 和 likewise.
        (
            "周日晚上去宿舍看了看，第二天早上给小王妈妈打了电话",
            [("dorm_visit", "2026-11-15"), ("parent_contact", "2026-11-16")],
        ),
    ],
)
def test_the_next_day_is_counted_from_the_day_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plan stays a plan: "next Monday", "will".
        ("Next Monday: class meeting", [("class_meeting", "2026-11-23")]),
        (
            "Will check the dorms on Friday and the next day hold a class meeting",
            [("dorm_visit", "2026-11-20"), ("class_meeting", "2026-11-21")],
        ),
        ("Tomorrow morning I will call two parents", [("parent_contact", "2026-11-19")]),
    ],
)
def test_plans_with_next_stay_plans(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


# --- 6. a tracker's line tagged #plan / #计划 is a plan, dated by the day written on it ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#plan Friday class meeting", [("class_meeting", "2026-11-20")]),
        ("#plan 11/25 dorm visit", [("dorm_visit", "2026-11-25")]),
        ("12/1 dorm visit #plan", [("dorm_visit", "2026-12-01")]),
        ("11.25 查寝 #计划", [("dorm_visit", "2026-11-25")]),
        ("#计划 周一 听课", [("classroom_visit", "2026-11-23")]),
        # Only the tagged line: the others keep their past reading.
        (
            "11/16 dorm visit #done\n11/20 class meeting #plan",
            [("dorm_visit", "2026-11-16"), ("class_meeting", "2026-11-20")],
        ),
        (
            "11.16 查寝\n#计划 12月1日 家访小李",
            [("dorm_visit", "2026-11-16"), ("parent_contact", "2026-12-01")],
        ),
        (
            "周一 听课 ✅\n#计划 周五 主题班会",
            [("classroom_visit", "2026-11-16"), ("theme_meeting", "2026-11-20")],
        ),
    ],
)
def test_a_plan_tag_makes_its_line_a_plan(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A tag that names a kind plans nothing.
        ("11/16 dorm visit #dorm", [("dorm_visit", "2026-11-16")]),
        ("11.16 查寝 #宿舍", [("dorm_visit", "2026-11-16")]),
    ],
)
def test_other_tags_plan_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


# --- 1. a coming day in someone else's clause does not date the advisor's deed done after it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("小王说他明天回学校，晚上我去宿舍看了看", [("dorm_visit", "2026-11-18")]),
        ("明天要迎检，晚上去宿舍转了一圈", [("dorm_visit", "2026-11-18")]),
        ("明天学院检查卫生，晚上到宿舍走了一趟", [("dorm_visit", "2026-11-18")]),
        (
            "明天考六级，晚上去宿舍跟大家聊了聊",
            [("dorm_visit", "2026-11-18"), ("student_talk", "2026-11-18")],
        ),
        ("明天体检，晚上在群里提醒了，又去宿舍走了走", [("dorm_visit", "2026-11-18")]),
        # Shanghainese 明朝 (tomorrow) before a part of the day.
        ("伊拉明朝上午考试，今朝夜里去寝室看了看", [("dorm_visit", "2026-11-18")]),
        (
            "Li is leaving tomorrow, so I talked with him after class",
            [("student_talk", "2026-11-18")],
        ),
        (
            "Wang says he will be back tomorrow, and this evening I visited the dorms",
            [("dorm_visit", "2026-11-18")],
        ),
        (
            "The exam is tomorrow; I dropped by the dorms after dinner",
            [("dorm_visit", "2026-11-18")],
        ),
    ],
)
def test_a_coming_day_before_a_deed_done_is_not_its_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The coming day is the deed's own: in its clause, or nothing says it is done.
        ("明天晚上去宿舍看看", [("dorm_visit", "2026-11-19")]),
        ("明天考试，考完了去宿舍看看", [("dorm_visit", "2026-11-19")]),
        ("Tomorrow is the inspection, I will go round the dorms", [("dorm_visit", "2026-11-19")]),
        # A day of its own in the deed's clause wins as before.
        ("明天要迎检，前天晚上去宿舍转了一圈", [("dorm_visit", "2026-11-16")]),
    ],
)
def test_a_coming_day_still_dates_a_deed_to_come(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == Counter(expected)


# --- 2. a day in what a colleague or a student said is not the day of the advisor's deed ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("辅导员说周三要检查，我今天先去查了寝", [("dorm_visit", "2026-11-18")]),
        # Other words for telling: 通知, 讲, 提醒, 交代, 告知.
        ("辅导员通知周五检查宿舍，下午先去查了寝", [("dorm_visit", "2026-11-18")]),
        ("班长讲周五要交材料，下午我去听了节课", [("classroom_visit", "2026-11-18")]),
        ("学工办交代周四前排查隐患，晚上去宿舍转了一圈", [("dorm_visit", "2026-11-18")]),
        ("宿管阿姨提醒周六停电，我下午去寝室看了看", [("dorm_visit", "2026-11-18")]),
        (
            "The counselor told us Friday is the inspection, I checked the dorms first",
            [("dorm_visit", "2026-11-18")],
        ),
        (
            "Wang let me know he'd be back Monday, so I visited the dorms",
            [("dorm_visit", "2026-11-18")],
        ),
        (
            "His mother wrote that he returns on Sunday; I called her dad",
            [("parent_contact", "2026-11-18")],
        ),
        (
            "The office announced a fire drill on Friday; I went round the dorms",
            [("dorm_visit", "2026-11-18")],
        ),
    ],
)
def test_a_day_in_reported_speech_does_not_date_the_deed(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The advisor's own day before the deed still dates it.
        ("周一通知了班长，周二去查了寝", [("dorm_visit", "2026-11-17")]),
        (
            "On Monday the counselor told us about it, so I checked the dorms",
            [("dorm_visit", "2026-11-16")],
        ),
        # What the advisor notified is dated by its day as before ("班长说下周一开班会").
        ("在群里通知周五开班会", [("class_meeting", "2026-11-20")]),
    ],
)
def test_the_advisors_own_day_still_dates_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


# --- 3. a notice about a kind's topic (宿舍安全提醒, "dorm safety advice") is no visit --------


@pytest.mark.parametrize(
    "text",
    [
        "群里发了宿舍安全提醒",
        "班级群里转发了宿舍防火通知",
        "给家长群发了寝室用电安全须知",
        "晚上在群里发宿舍卫生检查通知",
        "Advice on dorm safety was posted in the group",
        "Shared the dorm hygiene rules in the WeChat group",
        "Posted the dorm fire safety notice to the class chat",
        "Sent tips on dormitory safety to the class group",
    ],
)
def test_a_notice_about_dorms_is_no_visit(text: str) -> None:
    assert "dorm_visit" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # Going there to hand the notice out, or a safety check there, is a visit.
        "去宿舍发了安全提醒",
        "到寝室通知大家周五检查",
        "晚上宿舍安全检查，查了3栋",
        "Went to the dorms to hand out the safety notice",
        "Checked the dorms for fire safety",
    ],
)
def test_a_visit_to_give_a_notice_is_still_a_visit(text: str) -> None:
    assert "dorm_visit" in kinds(text)


# --- 8. 有 before a verb of the work is a deed done, in any Mandarin note ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Said on a Wednesday, a bare Friday with a deed done is the Friday before.
        ("周五有去查寝", [("dorm_visit", "2026-11-13")]),
        ("周五有打电话给小李家长", [("parent_contact", "2026-11-13")]),
        ("周六有带学生去科技馆参观", [("student_activity", "2026-11-14")]),
        ("周五有找小王谈心", [("student_talk", "2026-11-13")]),
        ("周五有开班会，讲了期中考试", [("class_meeting", "2026-11-13")]),
        # A coming day in the clause before does not date it (class 1).
        ("明天考研，晚上有去宿舍送巧克力", [("dorm_visit", "2026-11-18")]),
    ],
)
def test_have_before_a_verb_is_a_deed_done(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


def test_have_handed_in_is_a_document() -> None:
    result = parse_note("上个月的工作记录表有补交", NOW)
    assert result.activities == ()
    assert [d.doc for d in result.documents] == ["monthly_form"]


@pytest.mark.parametrize(
    "text",
    ["所有去参观的同学", "还有去实习的同学没回来", "有去实习的同学", "没有去查寝", "有去无回"],
)
def test_have_inside_another_word_or_before_a_relative_is_kept(text: str) -> None:
    assert "有" in normalise(text)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 有 and a noun: there were, there is.
        ("周五有3个同学没回宿舍", []),
        ("周五有班会", [("class_meeting", "2026-11-20")]),
        # 有 ending another word, or a question.
        ("有没有去查寝", []),
        ("周五没有去查寝", []),
        ("有空去查寝", []),
    ],
)
def test_have_before_a_noun_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


# --- 7. a range of days read "every day" is an activity on each day of it ------------------


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("11/2-11/4 每天查寝", "dorm_visit", ["2026-11-02", "2026-11-03", "2026-11-04"]),
        ("每天晚上 11.2-11.4 去宿舍", "dorm_visit", ["2026-11-02", "2026-11-03", "2026-11-04"]),
        ("11月2日至11月4日，每晚查寝", "dorm_visit", ["2026-11-02", "2026-11-03", "2026-11-04"]),
        ("周一到周三每天都去听课", "classroom_visit", ["2026-11-16", "2026-11-17", "2026-11-18"]),
        (
            "Checked the dorms every evening from Nov 2 to Nov 4",
            "dorm_visit",
            ["2026-11-02", "2026-11-03", "2026-11-04"],
        ),
        ("11.9-11.10 每天和一个学生谈心", "student_talk", ["2026-11-09", "2026-11-10"]),
    ],
)
def test_a_range_every_day_is_one_activity_a_day(text: str, kind: str, days: list[str]) -> None:
    assert kinds_and_days(text) == Counter((kind, day) for day in days)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Without "every day" a range is one activity, dated by its first day.
        ("11.2-11.4 去宿舍", [("dorm_visit", "2026-11-02")]),
        ("11月10日至12日参加培训", [("seminar", "2026-11-10")]),
        # "every day" in another sentence does not spread the range.
        ("11.2-11.4 参加培训。每天都很充实", [("seminar", "2026-11-02")]),
    ],
)
def test_a_range_without_every_day_is_one_activity(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # Hours said as a total are shared among the days; hours a day stay each day's.
        ("11月2日到4日每天查寝，共3小时", [1.0, 1.0, 1.0]),
        ("11.9-11.10 每天听课，一共3小时", [1.5, 1.5]),
        ("Checked the dorms every evening from Nov 2 to Nov 4, 3 hours in total", [1.0, 1.0, 1.0]),
        ("11月2日到4日每天查寝1小时", [1.0, 1.0, 1.0]),
    ],
)
def test_total_hours_of_a_daily_range_are_shared(text: str, hours: list[float]) -> None:
    assert [a.hours for a in parse_message(text, NOW)] == hours


# --- a negation inside what is said of the students, before their parents ------------------


@pytest.mark.parametrize(
    "text",
    [
        "给没签约学生的家长打了电话",
        "前天给五个没签约学生的家长打电话",
        "给没交作业学生的家长打了电话",
        "没来上课学生的家长都联系了",
        "给还没找到工作伢子的家长打了电话",
    ],
)
def test_a_negation_about_the_students_does_not_undo_the_call(text: str) -> None:
    assert kinds(text) == ["parent_contact"]


@pytest.mark.parametrize(
    "text",
    [
        "没有去学生的宿舍",
        "没去学生的宿舍",
        "没开的班会",
        "没给学生的家长打电话",
        "没跟学生的家长联系",
    ],
)
def test_a_negation_of_the_deed_still_undoes_it(text: str) -> None:
    assert kinds(text) == []
