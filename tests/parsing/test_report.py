"""Work reports pasted into the chat (`bot/parsing/report.py`): the official register of a
weekly or monthly summary (周报, 月报, 工作总结) as advisors write it.

Each heading word of `report.HEADINGS` is read in a note (`test_every_heading_is_checked`),
with what its section makes of the items under it; then the register's verbs and their kinds,
its dates and counts, what it reports that the advisor did not do, and the structure: a day is
the item's own, a plan section's items are plans, a problems section's are no activities. The
false friends keep the ordinary sense of a heading word (计划12月5日开班会, 讨论了存在的问题).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note
from bot.parsing.report import HEADINGS, Heading, report_in

_TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 12, 4, 17, 30, tzinfo=_TZ)  # a Friday; the week is 11-30 … 12-06
TODAY = "2026-12-04"
NEXT_WEEK = "2026-12-11"
NEXT_MONTH = "2027-01-04"

Got = list[tuple[str, str, int]]


def _got(text: str, now: dt.datetime = NOW) -> Got:
    return sorted((a.kind, a.date.isoformat(), a.count) for a in parse_note(text, now).activities)


def _flags(text: str, now: dt.datetime = NOW) -> set[str | None]:
    return {a.flag for a in parse_note(text, now).activities}


# What a section of each role makes of the items under its heading (the heading word is put
# in for {w}). The done and aside sections read their items as any note, each with its own
# day (item 2 is today, not item 1's 12月1日); a plan section's items are plans on the
# heading's week; a "later" one (下一步打算) records only an item with its own day; a problems
# section records nothing; a period field's range (本周 sent within it) is today.
_DONE = (
    "{w}：\n1. 12月1日晚深入宿舍走访\n2. 与2名学生谈心谈话",
    [
        ("dorm_visit", "2026-12-01", 1),
        ("student_talk", TODAY, 2),
    ],
)
_PLAN = (
    "本周工作：\n1. 12月1日召开班委会\n下周{w}：\n1. 随堂听课\n2. 与3名学生家长电话沟通",
    [
        ("cadre_meeting", "2026-12-01", 1),
        ("classroom_visit", NEXT_WEEK, 1),
        ("parent_contact", NEXT_WEEK, 3),
    ],
)
_LATER = (
    "一、本周工作\n1. 12月2日随堂听课\n二、{w}\n1. 召开主题班会\n2. 拟于12月10日走访宿舍",
    [
        ("classroom_visit", "2026-12-02", 1),
        ("dorm_visit", "2026-12-10", 1),
    ],
)
_PROBLEMS = (
    "本周工作：\n1. 12月1日晚查寝\n{w}：\n深入课堂听课偏少，与学生家长联系不够及时。",
    [
        ("dorm_visit", "2026-12-01", 1),
    ],
)
_ASIDE = (
    "本周工作：\n1. 12月1日晚查寝\n{w}：与1名学生家长电话沟通",
    [
        ("dorm_visit", "2026-12-01", 1),
        ("parent_contact", TODAY, 1),
    ],
)
_PERIOD = (
    "班主任工作周报\n{w}：2026年11月30日—12月6日\n1. 深入宿舍走访\n2. 谈心谈话3人次",
    [
        ("dorm_visit", TODAY, 1),
        ("student_talk", TODAY, 3),
    ],
)
_BY_ROLE = {
    "done": _DONE,
    "plan": _PLAN,
    "later": _LATER,
    "problems": _PROBLEMS,
    "aside": _ASIDE,
    "period": _PERIOD,
}


@pytest.mark.parametrize("heading", HEADINGS, ids=[h.word for h in HEADINGS])
def test_every_heading_is_checked(heading: Heading) -> None:
    template, expected = _BY_ROLE[heading.role]
    text = template.format(w=heading.word)
    assert _got(text) == sorted(expected), text


def test_plan_sections_are_plans() -> None:
    assert _flags(_PLAN[0].format(w="计划")) == {None, "future"}
    # 下月工作计划: a month ahead, as 下个月 is read.
    text = "本月工作总结\n1. 12月1日召开班会\n下月工作计划\n1. 召开期末复习动员班会"
    assert _got(text) == [
        ("class_meeting", "2026-12-01", 1),
        ("class_meeting", NEXT_MONTH, 1),
    ]
    # A plan heading with its own week's range: the range's first day.
    text = "下周工作安排（12月7日—12月13日）：\n1. 召开班委会\n2. 周三晚查寝"
    assert _got(text) == [("cadre_meeting", "2026-12-07", 1), ("dorm_visit", "2026-12-09", 1)]
    # This month's plan (12月份计划) sent in the month: today, as any undated plan of it.
    assert _got("12月份计划：主题班会1次，查寝4次") == [
        ("dorm_visit", TODAY, 1),
        ("theme_meeting", TODAY, 1),
    ]


# The register's numerals, each a level: 一、 (一) 1. (1) ① and 一是; a day named in one item is
# not the next item's, nor another section's.
ITEMS = [
    (
        "本周工作：\n1. 周一查寝\n2. 周三听课\n3. 与2名学生谈心",
        [
            ("classroom_visit", "2026-12-02", 1),
            ("dorm_visit", "2026-11-30", 1),
            ("student_talk", TODAY, 2),
        ],
    ),
    (
        "本周工作：1、12月1日晚查寝；2、随堂听课；3、与2名学生谈心谈话。",
        [
            ("classroom_visit", TODAY, 1),
            ("dorm_visit", "2026-12-01", 1),
            ("student_talk", TODAY, 2),
        ],
    ),
    (
        "（一）12月1日深入宿舍走访。\n（二）与2名学生家长电话沟通。",
        [("dorm_visit", "2026-12-01", 1), ("parent_contact", TODAY, 2)],
    ),
    (
        "（1）周二随堂听课；\n（2）召开班委会。",
        [("cadre_meeting", TODAY, 1), ("classroom_visit", "2026-12-01", 1)],
    ),
    (
        "一是周一深入宿舍；二是与3名学生谈心谈话。",
        [("dorm_visit", "2026-11-30", 1), ("student_talk", TODAY, 3)],
    ),
    # "1.3月…": the item's number run on to its date is no date (nor "1. 12月" 1 December).
    (
        "本周工作：1.12月1日召开班委会；2.12月2日走访宿舍；3.与2名学生家长电话沟通。",
        [
            ("cadre_meeting", "2026-12-01", 1),
            ("dorm_visit", "2026-12-02", 1),
            ("parent_contact", TODAY, 2),
        ],
    ),
    (
        "1. 12月1日晚深入学生宿舍\n2. 12月3日召开班委会",
        [("cadre_meeting", "2026-12-03", 1), ("dorm_visit", "2026-12-01", 1)],
    ),
    # A day told in the heading or a lead line is every item's under it.
    (
        "周二：\n1. 查寝\n2. 听课",
        [("classroom_visit", "2026-12-01", 1), ("dorm_visit", "2026-12-01", 1)],
    ),
    (
        "一、12月2日工作\n1. 随堂听课\n2. 查看晚自习\n二、12月3日工作\n1. 召开班委会",
        [("cadre_meeting", "2026-12-03", 1), ("classroom_visit", "2026-12-02", 1)],
    ),
    # "同一天", "当日": the day of the item before.
    (
        "1. 周一找小王谈心\n2. 同一天给他家长打了电话",
        [("parent_contact", "2026-11-30", 1), ("student_talk", "2026-11-30", 1)],
    ),
    (
        "一是12月2日协助学生办理缓考手续；二是当日与其家长电话沟通。",
        [("other", "2026-12-02", 1), ("parent_contact", "2026-12-02", 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITEMS)
def test_an_items_day_is_its_own(text: str, expected: Got) -> None:
    assert _got(text) == sorted(expected)


# A heading's range: today when it holds today, else its first day.
RANGES = [
    (
        "本周（11月30日—12月6日）工作：\n①深入宿舍走访2次；②组织召开班委会1次；③谈心谈话共计5人次。",
        NOW,
        [("cadre_meeting", TODAY, 1), ("dorm_visit", TODAY, 1), ("student_talk", TODAY, 5)],
    ),
    (
        "本周（11.30-12.6）工作：\n1. 随堂听课1次；\n2. 召开班委会。",
        NOW,
        [("cadre_meeting", TODAY, 1), ("classroom_visit", TODAY, 1)],
    ),
    (
        "上周（11.30-12.6）工作小结：\n1.深入宿舍走访1次；\n2.谈心谈话3人次。",
        dt.datetime(2026, 12, 7, 9, 0, tzinfo=_TZ),
        [("dorm_visit", "2026-11-30", 1), ("student_talk", "2026-11-30", 3)],
    ),
    (
        "本周工作总结（11月30日至12月6日）\n一、本周工作\n1. 12月1日晚深入学生宿舍。\n2. 与3名学生谈心谈话。",
        NOW,
        [("dorm_visit", "2026-12-01", 1), ("student_talk", TODAY, 3)],
    ),
    # A month's report sent after it: its undated items on its last day, as "11月份…" is read.
    (
        "11月工作总结\n一、主要工作\n1. 11月2日召开主题班会。\n2. 与5名学生谈心谈话。",
        NOW,
        [("student_talk", "2026-11-30", 5), ("theme_meeting", "2026-11-02", 1)],
    ),
    (
        "十一月份工作小结：召开班会2次，联系家长3人",
        NOW,
        [("class_meeting", "2026-11-30", 1), ("parent_contact", "2026-11-30", 3)],
    ),
    # … and in the month: today.
    ("12月工作小结：召开班会2次", NOW, [("class_meeting", TODAY, 1)]),
    # 第14周: the semester's week, which the parser cannot date: its weekdays are this week's.
    (
        "第14周工作小结\n1.周二查看晚自习\n2.周四列席班委会\n3.参加学院组织的辅导员培训",
        NOW,
        [
            ("cadre_meeting", "2026-12-03", 1),
            ("classroom_visit", "2026-12-01", 1),
            ("seminar", TODAY, 1),
        ],
    ),
]


@pytest.mark.parametrize(("text", "now", "expected"), RANGES)
def test_a_headings_range(text: str, now: dt.datetime, expected: Got) -> None:
    assert _got(text, now) == sorted(expected)


# The register's verbs and their objects, each as the kind it names.
VERBS = [
    ("12月2日深入学生宿舍，了解学生生活情况。", [("dorm_visit", "2026-12-02", 1)]),
    ("本周走访学生宿舍8间。", [("dorm_visit", TODAY, 1)]),
    ("12月1日组织召开班委会，部署期末复习工作。", [("cadre_meeting", "2026-12-01", 1)]),
    ("组织召开全班学生大会。", [("class_meeting", TODAY, 1)]),
    ("本周召开班级全体学生会议，传达学院文件精神。", [("class_meeting", TODAY, 1)]),
    ("召开班团会议。", [("class_meeting", TODAY, 1)]),
    ("12月3日组织开展诚信考试主题教育活动。", [("theme_meeting", "2026-12-03", 1)]),
    ("12月3日开展“诚信考试”主题教育。", [("theme_meeting", "2026-12-03", 1)]),
    ("组织开展“珍爱生命”主题教育班会。", [("theme_meeting", TODAY, 1)]),
    ("12月1日开展消防安全主题教育班会。", [("theme_meeting", "2026-12-01", 1)]),
    ("本周落实宿舍安全检查工作。", [("dorm_visit", TODAY, 1)]),
    ("开展宿舍安全检查。", [("dorm_visit", TODAY, 1)]),
    ("开展宿舍卫生检查。", [("dorm_visit", TODAY, 1)]),
    ("对宿舍进行安全隐患排查。", [("dorm_visit", TODAY, 1)]),
    ("本周对班级学生进行心理问题排查。", [("other", TODAY, 1)]),
    ("摸排班级家庭经济困难学生情况。", [("other", TODAY, 1)]),
    ("督促学生按时完成奖学金申报材料。", [("other", TODAY, 1)]),
    ("与学生开展谈心谈话5人次。", [("student_talk", TODAY, 5)]),
    ("对学业预警学生开展一对一谈心谈话。", [("student_talk", TODAY, 1)]),
    ("本周约谈旷课学生2名，督促其按时上课。", [("student_talk", TODAY, 2)]),
    ("本周开展家校联系，共联系家长4人。", [("parent_contact", TODAY, 4)]),
    ("家校沟通：与3名家长电话沟通。", [("parent_contact", TODAY, 3)]),
    ("本周电话回访家长2名。", [("parent_contact", TODAY, 2)]),
    ("12月3日与学生家长视频沟通。", [("parent_contact", "2026-12-03", 1)]),
    ("深入课堂，随堂听课2节。", [("classroom_visit", TODAY, 1)]),
    ("深入教室查看学生上课情况。", [("classroom_visit", TODAY, 1)]),
    ("12月2日晚查看晚自习情况。", [("classroom_visit", "2026-12-02", 1)]),
    ("列席班委会，指导班委工作。", [("cadre_meeting", TODAY, 1)]),
    ("列席团支部大会。", [("class_meeting", TODAY, 1)]),
    ("参加学院组织的班主任工作培训。", [("seminar", TODAY, 1)]),
    ("参加学校班主任经验交流会。", [("seminar", TODAY, 1)]),
    ("参与学院迎新工作。", [("other", TODAY, 1)]),
    ("指导学生参加数学建模竞赛。", [("student_activity", TODAY, 1)]),
    ("带领学生参观科技馆。", [("student_activity", TODAY, 1)]),
    ("组织班级学生参加“一二九”合唱比赛。", [("student_activity", TODAY, 1)]),
    ("陪同生病学生前往校医院就诊。", [("other", TODAY, 1)]),
    ("走访慰问家庭经济困难学生3名。", [("other", TODAY, 1)]),
    ("12月2日走访慰问生病住院学生1名。", [("other", "2026-12-02", 1)]),
    ("本周陪同学院领导深入宿舍检查，指导学生整改。", [("dorm_visit", TODAY, 1)]),
]


@pytest.mark.parametrize(("text", "expected"), VERBS)
def test_register_verbs(text: str, expected: Got) -> None:
    assert _got(text) == sorted(expected)


# Dates and counts as the register writes them.
DATES_AND_COUNTS = [
    (
        "分别于11月30日、12月3日深入课堂随堂听课。",
        [("classroom_visit", "2026-11-30", 1), ("classroom_visit", "2026-12-03", 1)],
    ),
    ("于本周三组织召开主题班会。", [("theme_meeting", "2026-12-02", 1)]),
    ("12月1日（周二）晚深入宿舍走访。", [("dorm_visit", "2026-12-01", 1)]),
    ("本月坚持每周一次深入宿舍。", [("dorm_visit", TODAY, 1)]),
    ("本周共计走访宿舍3次。", [("dorm_visit", TODAY, 1)]),
    ("本周与3名学生开展谈心谈话。", [("student_talk", TODAY, 3)]),
    ("本周与2名学生家长电话沟通。", [("parent_contact", TODAY, 2)]),
    ("12月2日召开班委会（共5人），部署期末工作。", [("cadre_meeting", "2026-12-02", 1)]),
    ("本周开展宿舍安全检查，涉及学生12人。", [("dorm_visit", TODAY, 1)]),
    ("本周谈心谈话累计8人次。", [("student_talk", TODAY, 8)]),
    ("本周联系家长合计4人。", [("parent_contact", TODAY, 4)]),
    (
        "11月30日、12月2日分别与2名、3名学生谈心谈话。",
        [("student_talk", "2026-11-30", 2), ("student_talk", "2026-12-02", 3)],
    ),
    (
        "本周随堂听课2次（周二、周四）。",
        [("classroom_visit", "2026-12-01", 1), ("classroom_visit", "2026-12-03", 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATES_AND_COUNTS)
def test_dates_and_counts(text: str, expected: Got) -> None:
    assert _got(text) == sorted(expected)


# Reported, but not the advisor's deed, or not done.
NOT_DONE = [
    "学院组织召开全院学生大会。",
    "辅导员召开年级会议，布置期末考试相关工作。",
    "在班级群转发学院关于冬季防火的通知。",
    "本周家访工作暂未开展，主题班会未开展，下周补上。",
    "家访工作本周未开展。",
    "本周暂未开展宿舍走访。",
    "本周未召开班会。",
    "宿舍走访尚未进行。",
    "备注：本周五学院组织辅导员培训，本人因上课未参加。",
    "周三学院组织班主任培训，我由于出差未能出席。",
    "存在问题：部分学生晚归，宿舍卫生较差，家长联系不够及时。",
    "存在不足：\n1. 深入课堂次数偏少；\n2. 与家长沟通不够及时。\n改进措施：\n1. 每周至少随堂听课一次；\n2. 加强家校联系。",
    "下一步打算：落实宿舍安全检查，召开安全主题班会。",
    "各位老师：本周班主任工作记录请于周五前提交。",
    "本周工作已完成，无其他情况。",
]


@pytest.mark.parametrize("text", NOT_DONE)
def test_not_done_records_nothing(text: str) -> None:
    assert _got(text) == []


# Planned, in the register's words: 拟于, 计划, and a new day after 尚未.
PLANS = [
    ("拟于12月10日召开期末考试动员班会。", [("class_meeting", "2026-12-10", 1)]),
    ("计划下周二召开班委会。", [("cadre_meeting", "2026-12-08", 1)]),
    ("本周班委会尚未召开，拟于下周一召开。", [("cadre_meeting", "2026-12-07", 1)]),
    ("宿舍走访本周未开展，改于12月8日进行。", [("dorm_visit", "2026-12-08", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), PLANS)
def test_plans(text: str, expected: Got) -> None:
    assert _got(text) == sorted(expected)
    assert _flags(text) == {"future"}


# A heading word in its ordinary sense: no section, the note read as before.
FALSE_FRIENDS = [
    ("今天班会上讨论了宿舍存在的问题", [("class_meeting", TODAY, 1)]),
    ("计划12月10日开班会", [("class_meeting", "2026-12-10", 1)]),
    ("计划：周五晚上去查寝", [("dorm_visit", TODAY, 1)]),
    ("问题：学生反映宿舍漏水，今天去宿舍看了一下", [("dorm_visit", TODAY, 1)]),
    ("写完了本周工作总结", [("other", TODAY, 1)]),
    ("小结：今天查寝两次", [("dorm_visit", TODAY, 1)]),
    ("备注一下：昨天去宿舍了", [("dorm_visit", "2026-12-03", 1)]),
    (
        "班委会上同学们提了不少建议，下周计划开展一次主题班会",
        [("cadre_meeting", TODAY, 1), ("theme_meeting", NEXT_WEEK, 1)],
    ),
    # A problem told with its own day stays the deed it reports.
    ("存在问题：12月3日查寝时发现2间宿舍使用违规电器。", [("dorm_visit", "2026-12-03", 1)]),
    # 落实 as an instruction, not a deed carried out.
    ("要落实好宿舍安全检查", []),
    # 一是 … 二是 after a meeting: its agenda, not items of their own.
    (
        "今天开了班委会，主要讨论了两个问题：一是春游安排；二是学风建设。",
        [("cadre_meeting", TODAY, 1)],
    ),
    (
        "周二召开班委会，一是明确分工；二是会后带班委去敬老院做了志愿服务",
        [("cadre_meeting", "2026-12-01", 1), ("student_activity", "2026-12-01", 1)],
    ),
    # Slashed and dotted dates and decimals are no item numbers.
    ("12.1 查寝 1.5小时", [("dorm_visit", "2026-12-01", 1)]),
    (
        "12/1晚查寝，12/3听课",
        [("classroom_visit", "2026-12-03", 1), ("dorm_visit", "2026-12-01", 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FALSE_FRIENDS)
def test_false_friends(text: str, expected: Got) -> None:
    assert _got(text) == sorted(expected)


def test_a_plain_note_is_no_report() -> None:
    """Most notes have neither a heading nor a numbered item: the stage is one search."""
    assert report_in("今天晚上去5号楼查寝，整体情况不错") is None
    assert report_in("周一、周三查寝") is None
    assert report_in("本周工作：\n1. 查寝") is not None
