"""Issue 17, round 4 (Chinese vocabulary): talks counted by their students, the students'
shows and outings the advisor attends, paperwork done for students, and parents who are not
the students' — each class on sentences of its own, with the near-misses that stay."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message

# A Friday evening.
NOW = dt.datetime(2026, 12, 4, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds(text: str) -> list[str]:
    return sorted(a.kind for a in parse_message(text, NOW))


# --- talks counted by their students, with no talk noun ---------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("周三 缺勤的 谈了3个", 3),
        ("昨天考研的聊了两个", 2),
        ("五个挂科的同学都谈完了", 5),
        ("周一 谈话3个 补考的", 3),
        ("谈心两个 都是考研的", 2),
        ("三个新生也聊过了", 3),
        ("他来问转专业怎么办,跟他讲了半个小时", 1),
        ("和李同学讲了四十分钟", 1),
    ],
)
def test_talks_counted_by_their_students(text: str, count: int) -> None:
    (talk,) = parse_message(text, NOW)
    assert (talk.kind, talk.count) == ("student_talk", count)


@pytest.mark.parametrize(
    "text",
    [
        "今天谈了两个小时的就业问题",  # hours, not people: the talk still counts
    ],
)
def test_a_talk_of_hours_is_no_count_of_people(text: str) -> None:
    assert all(a.count != 2 for a in parse_message(text, NOW))


@pytest.mark.parametrize(
    "text",
    [
        "价格谈好了",  # a deal, no student
        "给全班讲了半个小时",  # the whole class: not a talk
        "今天讲了两个问题",  # no one talked to
    ],
)
def test_talk_words_without_a_student_record_no_talk(text: str) -> None:
    assert "student_talk" not in kinds(text)


def test_a_tally_ends_its_item() -> None:
    got = [
        (a.kind, a.date.isoformat(), a.count) for a in parse_message("挂科的 谈了5个 家长x2", NOW)
    ]
    assert sorted(got) == [("parent_contact", "2026-12-04", 2), ("student_talk", "2026-12-04", 5)]
    got = sorted(
        (a.kind, a.date.isoformat()) for a in parse_message("大前天 家长x1 昨天 谈心2", NOW)
    )
    assert got == [("parent_contact", "2026-12-01"), ("student_talk", "2026-12-03")]


# --- the students' shows and outings, attended ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "下午去操场看我们班训练",
        "晚上陪他们彩排了一遍",
        "军训会操，我在旁边看了一下午",
        "今天汇报表演,我们班拿了第一",
        "晚会我去台下当观众",
        "校史展览看完了,同学们都说有意思",
        "带了五个同学去复旦听讲座",
        "学院开就业动员会,我带班上十几个找工作的同学去听了",
        "跟留校的同学在操场一起跨年",
        "中秋跟没回家的同学约好一起去赏月",
        "周六带学生参观了统计局",
    ],
)
def test_the_students_events_attended(text: str) -> None:
    assert kinds(text) == ["student_activity"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The lecture of the advisors' own training is the seminar.
        ("晚上参加班主任培训听了两个小时讲座", ["seminar"]),
        # 看望: a visit to someone, no show watched.
        ("军训期间去训练场看望同学", ["other"]),
        # The training as the time of something else.
        ("同学们军训完在黑板上画了爱心", []),
        # A course title in 《》 is a class heard, not the contest.
        ("周四去教室听了一节《数学建模》", ["classroom_visit"]),
    ],
)
def test_near_misses_of_the_students_events(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_a_committee_deciding_with_its_members_is_a_cadre_meeting() -> None:
    assert kinds("晚会筹备会开了,跟班委和宣传委员一起定了节目单") == ["cadre_meeting"]


# --- paperwork done for students -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨天班委会开完了。今天帮两个同学弄了转专业的材料", ["cadre_meeting", "other"]),
        ("把我们班的期末成绩整理好了,下周一约谈挂科的", ["other", "student_talk"]),
        ("中午跟学委把综测名单核对完了", ["other"]),
    ],
)
def test_paperwork_for_students_is_other_work(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_help_inside_a_talk_stays_part_of_it() -> None:
    assert kinds("和小刘谈心,帮他把申请表填好了") == ["student_talk"]


# --- parents ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("打了一圈电话,给4个外省同学的家长问问国庆回不回家", ["parent_contact"]),
        ("昨天给两个没回家的小朋友家长报了平安", ["parent_contact"]),
        # The advisor's own mother, and the students writing to theirs.
        ("晚上要打个电话给我妈妈", []),
        ("班会上每个人给爸爸妈妈写了一封信", ["class_meeting"]),
    ],
)
def test_whose_parents_are_reached(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "周二跟论文指导老师碰了个头,问了几个同学的进度;周三给小王爸爸打了电话",
            ["other", "parent_contact"],
        ),
        ("和任课老师沟通了出勤的事;晚上去宿舍转了转", ["dorm_visit", "other"]),
    ],
)
def test_the_students_teachers_met_about_them(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("学校开就业动员会,我带了二十个同学去听", ["student_activity"]),
        # The advisor's own class meeting stays one.
        ("下午给全班开了考前动员会", ["class_meeting"]),
    ],
)
def test_the_colleges_meeting_the_students_were_taken_to(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected
