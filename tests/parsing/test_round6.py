"""Issue 17, round 6: the classes of misses of a Xiamen advisor's Southern Min habits, a
tracker style of notes (hashtags, pipes, several lines), and a former counselor's
student-affairs words, each with cases beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message

# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds_and_days(text: str) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_message(text, NOW))


def kinds(text: str) -> list[str]:
    return sorted(a.kind for a in parse_message(text, NOW))


# --- a former counselor's student-affairs words ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Checking the morning exercise is duty work of its own.
        ("今早查了早操，缺勤两人", ["other"]),
        ("早操点名，全班到齐；中午找缺勤的同学谈了谈", ["other", "student_talk"]),
        # The class's attendance at a lesson, and a lesson sat through, are classroom visits.
        ("下午课堂点名，线代课到课率90%", ["classroom_visit"]),
        ("周二跟了两节高代，课堂纪律还行", ["classroom_visit"]),
        # A league day spent on an outing or a service is the students' activity.
        ("团日活动：团支部组织去纪念馆参观，我全程带队", ["student_activity"]),
        ("周六团日活动，去敬老院做志愿服务", ["student_activity"]),
        # A survey done and reported up is a record of its own beside the talk.
        ("心理排查做完了，和重点关注的小吴谈了一次", ["other", "student_talk"]),
        ("贫困生名单汇总完并上报学院", ["other"]),
        # The girls' and boys' dorm rooms.
        ("晚上查了5号楼男寝", ["dorm_visit"]),
    ],
)
def test_student_affairs_words(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A league day held as a meeting stays a class meeting.
        ("今天下午开了团日活动，学习团章", ["class_meeting"]),
        # A survey only named is where the talk came from.
        ("心理普查筛出的两位同学，今天分别约谈了", ["student_talk"]),
        # 女寝 told about is no visit.
        ("宿管说女寝熄灯后还很吵", []),
        # A drill called off is not checked.
        ("今天早操取消了", []),
    ],
)
def test_student_affairs_near_misses(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


# --- a Southern Min advisor: 伊, 拢, 有 before a verb --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 有 before a verb is a deed done; 伊 / 伊们 he, she, they; 拢 all.
        ("昨天晚上有去7号楼看伊们，拢在宿舍", [("dorm_visit", "2026-11-17")]),
        ("今天有跟伊妈妈联系，讲了期中的成绩", [("parent_contact", "2026-11-18")]),
        ("下午有载伊去第一医院看急诊", [("other", "2026-11-18")]),
        ("礼拜一有去听伊们的复变，拢有到", [("classroom_visit", "2026-11-16")]),
        ("中午有把伊叫来办公室，聊了半个钟头", [("student_talk", "2026-11-18")]),
        # A student called aside and spoken to.
        (
            "晚自习把迟到的两个叫到走廊讲了几句",
            [("classroom_visit", "2026-11-18"), ("student_talk", "2026-11-18")],
        ),
        # A lesson gone to and watched, without 了.
        ("今天上午去看他们的数值分析课，来了三十个", [("classroom_visit", "2026-11-18")]),
        # 博饼, the Mid-Autumn dice game, with the students.
        ("昨晚跟留校的同学在活动室博饼，很热闹", [("student_activity", "2026-11-17")]),
        # A company's manager met on the students' visit is no talk with a student.
        (
            "今天有带伊们去软件园的公司参观，跟伊们经理座谈了一个钟头",
            [("student_activity", "2026-11-18")],
        ),
        # A block and a room in it.
        (
            "昨晚去了5号楼，302那间又吵起来，跟他们聊了一下",
            [("dorm_visit", "2026-11-17"), ("student_talk", "2026-11-17")],
        ),
    ],
)
def test_southern_min_deeds(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 有 before a noun is a possession, 没有去 a negation, 有把握 a word of its own.
        ("今年伊们班有两组要申报项目", []),
        ("伊说没有去宿舍", []),
        ("伊们拢有把握考过四级", []),
        # 伊 in a name, 拢 in a word: no Southern Min note, nothing folded.
        ("伊犁来的同学适应得不错", []),
        ("把几个小组靠拢了一下", []),
        # 有去 outside a Southern Min note is left as it is.
        ("有去向登记表要交", []),
    ],
)
def test_southern_min_near_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


# --- a tracker's tags, fields and called-off lines -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A tag alone names its kind.
        ("#家长 人次: 3 | 周二晚上打的 | 期末提醒", [("parent_contact", "2026-11-17")]),
        ("昨天 帮2个同学改简历 | 1h #other", [("other", "2026-11-17")]),
        ("周一 给挂科的同学答疑 #其他", [("other", "2026-11-16")]),
        # A tag repeating the note's word is the same activity.
        ("班会 开完了 | 40min #班会 #done", [("class_meeting", "2026-11-18")]),
        ("今天谈心 2人 #谈心", [("student_talk", "2026-11-18")]),
        # A title field asks nothing.
        ("主题班会 开完了 题目: 期末怎么复习 | 1h", [("theme_meeting", "2026-11-18")]),
        ("班会 done, topic: how to prepare for CET-4?", [("class_meeting", "2026-11-18")]),
    ],
)
def test_tracker_tags(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        # A line tagged as called off, and a meeting called off with its tag after it.
        "周五的班会 挪到下周了 #postponed",
        "学院班主任培训 #cancelled",
        "今晚班会取消了，撞了考试 #班会",
        "dorm check tonight called off #cancelled",
    ],
)
def test_tracker_called_off(text: str) -> None:
    assert kinds_and_days(text) == Counter()


def test_tracker_called_off_line_leaves_the_others() -> None:
    text = "周一 查寝 8号楼 #done\n周三 班委会 #cancelled"
    assert kinds_and_days(text) == Counter([("dorm_visit", "2026-11-16")])


# --- days listed inside a note, and a to-do line's day ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The week's days and counts: one activity a day.
        (
            "这周给家长打了几个电话，周一两个，周二一个",
            [("parent_contact", "2026-11-16"), ("parent_contact", "2026-11-17")],
        ),
        (
            "#谈心 本周\n周一 3人\n周三 1人（考研择校）",
            [("student_talk", "2026-11-16"), ("student_talk", "2026-11-18")],
        ),
        (
            "这礼拜有找挂科的同学一个一个聊，礼拜一聊了3个，今天聊了2个",
            [("student_talk", "2026-11-16"), ("student_talk", "2026-11-18")],
        ),
        # A day of its own on the activity's clause keeps it; each listed day is added.
        (
            "昨天谈心2人，今天3人，周一1人",
            [
                ("student_talk", "2026-11-17"),
                ("student_talk", "2026-11-18"),
                ("student_talk", "2026-11-16"),
            ],
        ),
        # A to-do line's day dates nothing on the lines after it.
        ("#todo 周五前交总结\n下午 #谈心 1人 聊考研", [("student_talk", "2026-11-18")]),
    ],
)
def test_day_items(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One day and its count is no list.
        ("上周给家长打了电话，周二两个", [("parent_contact", "2026-11-10")]),
        # Days with other words after them are other steps, not counts.
        (
            "周一找小王谈了谈，周二开了班会",
            [("student_talk", "2026-11-16"), ("class_meeting", "2026-11-17")],
        ),
    ],
)
def test_day_items_near_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("#谈心 今天 人数: 3 | 挂科预警的 | 各20min", 3),
        ("#家长 本周 人次：5 | 周二晚上打的", 5),
        ("谈心 人数=2 今天", 2),
    ],
)
def test_tracker_count_field(text: str, count: int) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.count == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A field after a meeting with no day and no deed is its agenda.
        ("#班委会 11/16 | 30min | 元旦晚会节目 + 期末复习分组", [("cadre_meeting", "2026-11-16")]),
        ("班会 | 今天 | 45min | 运动会报名", [("class_meeting", "2026-11-18")]),
        # A deed in the field is an activity of its own.
        (
            "班会 | 1h | 带学生参观了校史馆",
            [("class_meeting", "2026-11-18"), ("student_activity", "2026-11-18")],
        ),
        # A new line is a new item.
        (
            "#班会 周一 | 30min\n#活动 周二 运动会 陪了一下午",
            [("class_meeting", "2026-11-16"), ("student_activity", "2026-11-17")],
        ),
    ],
)
def test_tracker_agenda_field(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A coming day before is the event's, not the day of a deed done.
        ("明天期中考了，晚上有去宿舍给伊们打打气", [("dorm_visit", "2026-11-18")]),
        ("后天期末考试了，今晚去宿舍看了看复习的同学", [("dorm_visit", "2026-11-18")]),
        # A coming day with a deed not yet done is the deed's.
        ("明天期中考，晚上去宿舍提醒一下", [("dorm_visit", "2026-11-19")]),
    ],
)
def test_coming_event_before_a_done_deed(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The parents told is a contact.
        (
            "小王发烧，下午陪去医院 | 2h | 已通知家长",
            [("other", "2026-11-18"), ("parent_contact", "2026-11-18")],
        ),
        ("晚归的两个同学，已经通知其父母", [("parent_contact", "2026-11-18")]),
        # The parents' group told, or not told yet, is no contact.
        ("已通知家长群下周放假安排", []),
        ("还没通知家长", []),
    ],
)
def test_parents_told(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)
