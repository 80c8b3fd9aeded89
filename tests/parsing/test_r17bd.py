"""Issue 17, lane r17bd: an ethnic Korean lecturer's Chinese (words split by spaces, object
before the verb, 名 as a measure) and several days of phone notes pasted at once. Each class is one
way such a note lost, added or misdated a deed; the sentences are written for the class, a blind
note's form shortened, and the false friends keep their reading."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Wednesday

Expect = list[tuple[str, str, int, str | None]]  # kind, date, count, flag


def _parse(text: str) -> Expect:
    result = parse_note(text, NOW)
    return sorted((a.kind, a.date.isoformat(), a.count, a.flag) for a in result.activities)


# A note whose words are split by spaces (a Korean lecturer's Chinese): a space there is a
# word's end, not a break before a day word (`korean.join_word_spaces`); a phone note's spaces
# between items keep their breaks.
WORD_SPACED: list[tuple[str, Expect]] = [
    ("本来 今天 班会 要 开 的，考试 太 多 所以 延期。", []),
    (
        "班委会 今天 没 开成，班长 生病 了。下周一 再 开。",
        [("cadre_meeting", "2026-11-23", 1, "future")],
    ),
    ("昨天 晚上 宿舍 去 了，两 间 没 人。", [("dorm_visit", "2026-11-17", 1, None)]),
    ("今天 主题班会 没 开成。周五 再 开。", [("theme_meeting", "2026-11-20", 1, "future")]),
    (
        "周一 听课 周二 查寝",
        [("classroom_visit", "2026-11-16", 1, None), ("dorm_visit", "2026-11-17", 1, None)],
    ),
    (
        "今天班委会 定了团日活动 然后去宿舍转了一圈",
        [("cadre_meeting", "2026-11-18", 1, None), ("dorm_visit", "2026-11-18", 1, None)],
    ),
]

# The meeting's topic after 主题 是 with a space between: the dorm named as the subject is no
# visit (`topics._TOPIC_MARK_RE`).
TOPIC_SPACED: list[tuple[str, Expect]] = [
    (
        "下周二 晚上 主题班会 开，主题 是 宿舍 安全。",
        [("theme_meeting", "2026-11-24", 1, "future")],
    ),
    ("下周二晚上开主题班会，主题是宿舍安全用电。", [("theme_meeting", "2026-11-24", 1, "future")]),
    (
        "昨天开了班会，然后去了宿舍",
        [("class_meeting", "2026-11-17", 1, None), ("dorm_visit", "2026-11-17", 1, None)],
    ),
]

# The days of a count in words listed in brackets after the deed (`pipeline._LIST_BRACKET_RE`).
BRACKET_DAYS: list[tuple[str, Expect]] = [
    (
        "这周 听课 两次 (周一 数分, 周二 高代) 还没 报",
        [("classroom_visit", "2026-11-16", 1, None), ("classroom_visit", "2026-11-17", 1, None)],
    ),
    (
        "这周谈话两次（周一 小王，周二 小李）",
        [("student_talk", "2026-11-16", 1, None), ("student_talk", "2026-11-17", 1, None)],
    ),
    ("这周听课两次（数值分析、概率论）", [("classroom_visit", "2026-11-18", 1, None)]),
]

# The place before 陪 … 去了 (object first): care of a sick student (`kinds`, the care rule).
SOV_CARE: list[tuple[str, Expect]] = [
    ("张同学 发烧, 校医院 陪 去了", [("other", "2026-11-18", 1, None)]),
    ("小王胃疼，医院陪他去了", [("other", "2026-11-18", 1, None)]),
    ("在医院陪他去了食堂", []),
    ("陪他去了校医院", [("other", "2026-11-18", 1, None)]),
]

# 名 with no noun before the talk counts the people; a room's number after its building is no
# count (`details._COUNT_ZH_RE`).
MING_ALONE: list[tuple[str, Expect]] = [
    (
        "7号楼 312 同学 之间 矛盾, 4名 一起 谈了 1个半小时",
        [("student_talk", "2026-11-18", 4, None)],
    ),
    ("今天 学生 3名 一起 面谈 했어요", [("student_talk", "2026-11-18", 3, None)]),
    ("今天7号楼312同学之间矛盾，谈了1个半小时。", [("student_talk", "2026-11-18", 1, None)]),
    ("今天找了第3名谈了一下", [("student_talk", "2026-11-18", 1, None)]),
]

# Students kept behind to talk after a meeting: a talk of its own, not 留下 a thing or staff.
KEPT_BEHIND: list[tuple[str, Expect]] = [
    (
        "班会 开了. 之后 想 考研 的 学生 8名 留下 交流 半小时.",
        [("class_meeting", "2026-11-18", 1, None), ("student_talk", "2026-11-18", 8, None)],
    ),
    (
        "班会后几个同学留下来聊了聊",
        [("class_meeting", "2026-11-18", 1, None), ("student_talk", "2026-11-18", 1, None)],
    ),
    ("班会开完，同学们留下了联系方式", [("class_meeting", "2026-11-18", 1, None)]),
    ("开完班会，老师们留下来交流了一下", [("class_meeting", "2026-11-18", 1, None)]),
]

# The reason first, then 所以 and the calling off with no day: nothing recorded
# (`blocking._NOT_THERE_NEXT_RE`); put off to a named day stays what it was.
REASON_SO_CALLED_OFF: list[tuple[str, Expect]] = [
    ("今天班会要开的，考试太多所以延期。", []),
    ("周五查寝，学生都回家了所以取消", []),
    ("学期总结班会原来下周一计划的，学生都走了所以取消。", []),
    ("今天开了班会，学生反映考试太多，所以推迟到下周", [("class_meeting", "2026-11-18", 1, None)]),
]

# Not held, and the next sentence opens with the day it is to be held again on: a plan for
# that day (`find._AGAIN_NEXT_SENTENCE_RE`); 明天再说 names no deed.
AGAIN_NEXT_SENTENCE: list[tuple[str, Expect]] = [
    ("班委会今天没开成，班长生病了。下周一再开。", [("cadre_meeting", "2026-11-23", 1, "future")]),
    ("今天查寝没去成。明晚再去。", [("dorm_visit", "2026-11-19", 1, "future")]),
    ("今天查寝没去成。明天再说。", []),
]

# A notice forwarded with the group before the verb (`notdone.FORWARDED_IN_CLAUSE_RE`).
FORWARDED_SOV: list[tuple[str, Expect]] = [
    ("学院 期末 安全检查 通知 班级群 转发 했습니다.", []),
    ("心理普查 问卷 班级群 转发 했어요", []),
    ("期末 安全检查 했어요. 总结 班级群 转发 했어요.", [("other", "2026-11-18", 1, None)]),
]

# Students who have not come back, then their parents called one by one: the negation is
# theirs, and 挨个 counts them (`blocking._NEG_BEFORE_RE`, `pipeline._ONE_BY_ONE_AFTER_COUNT_RE`).
NOT_BACK: list[tuple[str, Expect]] = [
    (
        "今天去教室看了下 还有四个没回来 挨个给家长打了电话",
        [("classroom_visit", "2026-11-18", 1, None), ("parent_contact", "2026-11-18", 4, None)],
    ),
    ("两名学生没有回校 联系了家长", [("parent_contact", "2026-11-18", 2, None)]),
    ("三个学生没交作业，逐个给家长打了电话", [("parent_contact", "2026-11-18", 3, None)]),
    ("我没回来查寝", []),
    ("今天没回学校，没去查寝", []),
]

# The student first and 补习 last, alone or for a length: tutoring (`kinds`, the tutoring rule);
# the student studying alone is not.
SOV_TUTORING: list[tuple[str, Expect]] = [
    ("周二 还 刘同学 单独 常微分方程 补习 2小时.", [("other", "2026-11-17", 1, None)]),
    ("周二 刘同学 补习 2小时", [("other", "2026-11-17", 1, None)]),
    ("学生自己补习了2小时", []),
    ("学生补习班开课了", []),
]

# 又跑了一趟 on another day: the deed again (`topics.REPEAT_RE`).
RAN_AGAIN: list[tuple[str, Expect]] = [
    (
        "周六带队数模校赛，周日又跑了一趟给他们送吃的",
        [("student_activity", "2026-11-14", 1, None), ("student_activity", "2026-11-15", 1, None)],
    ),
    (
        "周一去查寝，周二又跑了一趟",
        [("dorm_visit", "2026-11-16", 1, None), ("dorm_visit", "2026-11-17", 1, None)],
    ),
    ("周一去查寝，周二又跑了步", [("dorm_visit", "2026-11-16", 1, None)]),
]

# 查早八 / 查早课: the first lesson checked, a classroom visit.
EARLY_LESSON: list[tuple[str, Expect]] = [
    ("11.16 查早八 25/31", [("classroom_visit", "2026-11-16", 1, None)]),
    ("今天查了下早课", [("classroom_visit", "2026-11-18", 1, None)]),
    ("今天早八没课", []),
]

# Other work in a sentence whose second clause opens with its day, after a clause of news:
# its own work beside a stronger kind (`find._OWN_TIME_RE`).
DAY_OPENS_SECOND_CLAUSE: list[tuple[str, Expect]] = [
    (
        "考研预报名开始了，周二晚上帮他们核对报名信息。今天去了趟宿舍。下周班会先不开了",
        [("dorm_visit", "2026-11-18", 1, None), ("other", "2026-11-17", 1, None)],
    ),
    (
        "周二帮他们核对报名信息。今天去了趟宿舍。",
        [("dorm_visit", "2026-11-18", 1, None), ("other", "2026-11-17", 1, None)],
    ),
]

# A pasted line opening with its own day ends the meeting's chat, and surnames listed with 、
# before a talk are its students (`find._DATED_LINE_RE`, `details._SURNAMES_LISTED_RE`).
DATED_LINE_AND_SURNAMES: list[tuple[str, Expect]] = [
    (
        "11.16 主题班会 就业形势\n11.17 刘、孙 论文选题谈了下",
        [("student_talk", "2026-11-17", 2, None), ("theme_meeting", "2026-11-16", 1, None)],
    ),
    (
        "11.16 班会\n11.17 王、李 谈了下考研",
        [("class_meeting", "2026-11-16", 1, None), ("student_talk", "2026-11-17", 2, None)],
    ),
    ("11.16 班会\n聊了聊返校安排", [("class_meeting", "2026-11-16", 1, None)]),
]

# 刚 alone before a deed done and come back from is today (`date_forms`, today's rule).
JUST_NOW: list[tuple[str, Expect]] = [
    (
        "昨天开了班会。刚查完寝回来",
        [("class_meeting", "2026-11-17", 1, None), ("dorm_visit", "2026-11-18", 1, None)],
    ),
    (
        "昨天开了班会，我刚跟小王谈完",
        [("class_meeting", "2026-11-17", 1, None), ("student_talk", "2026-11-18", 1, None)],
    ),
    ("刚好昨天查了寝", [("dorm_visit", "2026-11-17", 1, None)]),
    (
        "昨天开了班会。刚刚去宿舍看了看",
        [("class_meeting", "2026-11-17", 1, None), ("dorm_visit", "2026-11-18", 1, None)],
    ),
]

# An infusion sat through, a trip to a hospital: care of a student.
INFUSION_AND_TRIP: list[tuple[str, Expect]] = [
    ("周二下午跑了趟一附院，小吴急性肠胃炎 陪着挂水到晚上", [("other", "2026-11-17", 1, None)]),
    ("周一陪小吴打点滴", [("other", "2026-11-16", 1, None)]),
    ("他去挂水了，我去查寝", [("dorm_visit", "2026-11-18", 1, None)]),
]

# 开始谈 / 继续谈剩下的: talks begun or gone on with, on their day.
BEGIN_GO_ON_TALKS: list[tuple[str, Expect]] = [
    (
        "今天谈了6个（未就业的），明天继续谈剩下的",
        [("student_talk", "2026-11-18", 6, None), ("student_talk", "2026-11-19", 1, "future")],
    ),
    ("每个挂科的都要谈一次，周五开始谈", [("student_talk", "2026-11-20", 1, "future")]),
    ("跟企业开始谈合作", []),
]

# An advisors' meeting named only as where an order came from records nothing
# (`blocking.order_from_meeting`); one attended does.
ORDER_FROM_MEETING: list[tuple[str, Expect]] = [
    ("研讨会上说每个学生都要谈一次", []),
    ("例会上要求每个班主任都要查寝，周五开始查", [("dorm_visit", "2026-11-20", 1, "future")]),
    ("昨天参加了研讨会，会上说每个学生都要谈一次", [("seminar", "2026-11-17", 1, None)]),
]

# The students who stayed over a break looked in on: a dorm visit; 周一回学校 is Monday's.
STAYED_OVER_BREAK: list[tuple[str, Expect]] = [
    (
        "补一条 周一回学校看了下留校的两个，宿舍暖气不太行 帮着报修了",
        [("dorm_visit", "2026-11-16", 1, None)],
    ),
    ("周一看望了留校的同学", [("dorm_visit", "2026-11-16", 1, None)]),
    ("给留校学生打了电话", [("student_talk", "2026-11-18", 1, None)]),
]


CASES = [
    *WORD_SPACED,
    *TOPIC_SPACED,
    *BRACKET_DAYS,
    *SOV_CARE,
    *MING_ALONE,
    *KEPT_BEHIND,
    *REASON_SO_CALLED_OFF,
    *AGAIN_NEXT_SENTENCE,
    *FORWARDED_SOV,
    *NOT_BACK,
    *SOV_TUTORING,
    *RAN_AGAIN,
    *EARLY_LESSON,
    *DAY_OPENS_SECOND_CLAUSE,
    *DATED_LINE_AND_SURNAMES,
    *JUST_NOW,
    *INFUSION_AND_TRIP,
    *BEGIN_GO_ON_TALKS,
    *ORDER_FROM_MEETING,
    *STAYED_OVER_BREAK,
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:24] for text, _ in CASES])
def test_r17bd(text: str, expected: Expect) -> None:
    assert _parse(text) == expected
