"""Lane noticed2 (session 18): wrong answers the session 18 lanes noticed, each fixed as a class.

Each case is (note, when it was sent, what it records as sorted (kind, date, count, flag)); the
noticed note's form first (shortened), then sentences of the class, then the false friends that
must keep their reading. The numbers are the lane brief's.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.parsing import parse_note

MON = datetime.fromisoformat("2026-11-23T20:00:00+08:00")
TUE = datetime.fromisoformat("2026-11-24T20:00:00+08:00")
FRI = datetime.fromisoformat("2026-11-20T20:00:00+08:00")

Got = list[tuple[str, date, int, str | None]]


def _got(text: str, now: datetime) -> Got:
    return sorted((a.kind, a.date, a.count, a.flag) for a in parse_note(text, now).activities)


CASES: list[tuple[str, datetime, Got]] = [
    # 1. A meeting named, moved to a named day after its reason's clause (因为… / 由于…), or in
    # a named week (下周三 … 推迟到周五: that week's Friday): a plan for the new day.
    (
        "这周三的班会，因为学院要开会，改到周五了",
        MON,
        [("class_meeting", date.fromisoformat("2026-11-27"), 1, "future")],
    ),
    (
        "下周三的班会因为要考试，推迟到周五",
        MON,
        [("class_meeting", date.fromisoformat("2026-12-04"), 1, "future")],
    ),
    (
        "这周四的听课，由于要出差，调到下周一",
        MON,
        [("classroom_visit", date.fromisoformat("2026-11-30"), 1, "future")],
    ),
    (
        "班会，因为要考试，推迟到周五",
        MON,
        [("class_meeting", date.fromisoformat("2026-11-27"), 1, "future")],
    ),
    (
        "下周三的班会推迟到周五",
        MON,
        [("class_meeting", date.fromisoformat("2026-12-04"), 1, "future")],
    ),
    # 2. Two students named and talked with together (一起): two.
    (
        "周三跟小张和小李一起谈了",
        FRI,
        [("student_talk", date.fromisoformat("2026-11-18"), 2, None)],
    ),
    ("和王浩、李明一起聊了聊", FRI, [("student_talk", date.fromisoformat("2026-11-20"), 2, None)]),
    ("跟王浩一起谈了", FRI, [("student_talk", date.fromisoformat("2026-11-20"), 1, None)]),
    ("和小李一起去了宿舍", FRI, [("dorm_visit", date.fromisoformat("2026-11-20"), 1, None)]),
    # 3. The students' event given as the reason, the advisor going with them in the clause
    # after: the students' activity; false friends: not gone, the students away.
    (
        "因为学生要参加建模比赛，我周六陪他们去了",
        MON,
        [("student_activity", date.fromisoformat("2026-11-21"), 1, None)],
    ),
    (
        "因为同学们要参加篮球赛，我昨天带他们去了",
        MON,
        [("student_activity", date.fromisoformat("2026-11-22"), 1, None)],
    ),
    ("因为学生要参加建模比赛，我周六没陪他们去", MON, []),
    ("本来要开班委会，结果班委去参加比赛了", MON, []),
    # 4. Arrangements told to someone (说明放假安排：…) plan no days after them: the days
    # listed are past ones; a heading's 安排 still plans (下周安排：).
    (
        "给4位家长打电话，说明放假安排：周一2位、今天2位",
        TUE,
        [
            ("parent_contact", date.fromisoformat("2026-11-23"), 2, None),
            ("parent_contact", date.fromisoformat("2026-11-24"), 2, None),
        ],
    ),
    (
        "给4位家长打电话说明放假安排：周一2位、今天2位",
        TUE,
        [
            ("parent_contact", date.fromisoformat("2026-11-23"), 2, None),
            ("parent_contact", date.fromisoformat("2026-11-24"), 2, None),
        ],
    ),
    (
        "下周安排：周一开班会",
        MON,
        [("class_meeting", date.fromisoformat("2026-11-30"), 1, "future")],
    ),
    # 5. Days listed with 、, each with its calls' tally and the call's object: one record each.
    (
        "周一打了2通电话给家长、周四打了2通",
        FRI,
        [
            ("parent_contact", date.fromisoformat("2026-11-16"), 2, None),
            ("parent_contact", date.fromisoformat("2026-11-19"), 2, None),
        ],
    ),
    (
        "周一给2个家长打了电话、周四打了2个",
        FRI,
        [
            ("parent_contact", date.fromisoformat("2026-11-16"), 2, None),
            ("parent_contact", date.fromisoformat("2026-11-19"), 2, None),
        ],
    ),
    (
        "周二谈了3个学生、今天谈了2个",
        FRI,
        [
            ("student_talk", date.fromisoformat("2026-11-17"), 3, None),
            ("student_talk", date.fromisoformat("2026-11-20"), 2, None),
        ],
    ),
    # 6. 之后再 / 后续再 with no day and the deed not told done: nothing; done (了) stays.
    ("之后再跟他家长联系", FRI, []),
    ("后续再找他谈一次", FRI, []),
    ("之后再去宿舍看看", FRI, []),
    ("之后再去教室看了看", FRI, [("classroom_visit", date.fromisoformat("2026-11-20"), 1, None)]),
    (
        "之后再跟他家长联系了一下",
        FRI,
        [("parent_contact", date.fromisoformat("2026-11-20"), 1, None)],
    ),
    ("查完寝之后再跟他家长联系", FRI, [("dorm_visit", date.fromisoformat("2026-11-20"), 1, None)]),
    # 7. What was told to the students at a meeting, in the clause after it: the meeting only;
    # a talk after it (会后单独) or with someone named stays.
    (
        "开了班委会，主要跟同学讲了讲专业方向",
        MON,
        [("cadre_meeting", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    (
        "班会上，跟学生聊了聊期末复习",
        MON,
        [("class_meeting", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    (
        "开了班委会，会后单独跟同学讲了讲专业方向",
        MON,
        [
            ("cadre_meeting", date.fromisoformat("2026-11-23"), 1, None),
            ("student_talk", date.fromisoformat("2026-11-23"), 1, None),
        ],
    ),
    (
        "开了班会，跟小王聊了聊",
        MON,
        [
            ("class_meeting", date.fromisoformat("2026-11-23"), 1, None),
            ("student_talk", date.fromisoformat("2026-11-23"), 1, None),
        ],
    ),
    # 8. 课听完了 with the students after it unparted: a class sat through; 听了学生… stays.
    ("课听完了学生反映不错", MON, [("classroom_visit", date.fromisoformat("2026-11-23"), 1, None)]),
    (
        "高数课听完了学生表现挺好",
        MON,
        [("classroom_visit", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    ("课听了学生反映不错", MON, []),
    ("课上听了学生的汇报", MON, []),
    # 9. A meeting to come named after 的 as a talk's subject: the talk only; a meeting planned
    # (开班会) stays.
    (
        "又跟班长聊了聊下礼拜的班会",
        MON,
        [("student_talk", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    (
        "和团支书谈了谈这周五的班委会",
        MON,
        [("student_talk", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    (
        "跟班长聊了聊下礼拜开班会",
        MON,
        [
            ("class_meeting", date.fromisoformat("2026-11-30"), 1, "future"),
            ("student_talk", date.fromisoformat("2026-11-23"), 1, None),
        ],
    ),
    # 10. An event's first day, then 两天都去… in the clause after: both days; the advisor's own
    # days away stay one day.
    (
        "明天考研，两天都去考点门口送学生",
        MON,
        [
            ("student_activity", date.fromisoformat("2026-11-24"), 1, "future"),
            ("student_activity", date.fromisoformat("2026-11-25"), 1, "future"),
        ],
    ),
    (
        "明天运动会，两天都去陪学生",
        MON,
        [
            ("student_activity", date.fromisoformat("2026-11-24"), 1, "future"),
            ("student_activity", date.fromisoformat("2026-11-25"), 1, "future"),
        ],
    ),
    (
        "明天去参加培训，两天都在外面",
        MON,
        [("seminar", date.fromisoformat("2026-11-24"), 1, "future")],
    ),
    # 11. 我有课没去 / 有事没参加 after an event: the advisor was not there, nothing.
    ("今天学院开班主任会，我有课没去", MON, []),
    ("下午的辅导员培训，我有事没参加", MON, []),
    ("学院组织听课，我在上课没去", MON, []),
    (
        "开了班会，我有课没去宿舍",
        MON,
        [("class_meeting", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    # 12. 是不是 / 阿是 asking: nothing; what was looked at or asked about (看了看是不是) stays.
    ("阿是明个开班会", MON, []),
    ("是不是明天开班会", MON, []),
    ("班会是不是下周开", MON, []),
    (
        "去宿舍看了看是不是有人没回来",
        MON,
        [("dorm_visit", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    (
        "开班会问了问大家是不是都报名了",
        MON,
        [("class_meeting", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    ("阿姨说今天查寝了", MON, [("dorm_visit", date.fromisoformat("2026-11-23"), 1, None)]),
    # 13. The parent's call to their own child: nothing; a call to the advisor stays.
    ("家长给孩子打了电话", MON, []),
    ("他爸给他打了个电话，他才回宿舍", MON, []),
    ("家长给我打了电话", MON, [("parent_contact", date.fromisoformat("2026-11-23"), 1, None)]),
    ("给家长打了电话", MON, [("parent_contact", date.fromisoformat("2026-11-23"), 1, None)]),
    (
        "家长给孩子打了电话，我也跟家长聊了聊",
        MON,
        [("parent_contact", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    # 15. A period's tally before today's deed (今天又…): today's count, no record of the tally.
    (
        "这个月已经谈心10人次了，今天又谈了两个",
        MON,
        [("student_talk", date.fromisoformat("2026-11-23"), 2, None)],
    ),
    (
        "本月已谈心10人次，今天又谈了",
        MON,
        [("student_talk", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    (
        "这学期已经家访5户了，今天又去了一户",
        MON,
        [("parent_contact", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    (
        "本月已谈心10人次",
        MON,
        [("student_talk", date.fromisoformat("2026-11-23"), 10, "unknown_anchor")],
    ),
    # 16. A named month holds the bare days after it: this month's, one after today flagged;
    # last month's (上个月) its own; bare days alone as before.
    (
        "本月共查寝3次（1日、15日、29日）",
        FRI,
        [
            ("dorm_visit", date.fromisoformat("2026-11-01"), 1, None),
            ("dorm_visit", date.fromisoformat("2026-11-15"), 1, None),
            ("dorm_visit", date.fromisoformat("2026-11-29"), 1, "future"),
        ],
    ),
    (
        "这个月查了三次寝，1号、15号和29号",
        FRI,
        [
            ("dorm_visit", date.fromisoformat("2026-11-01"), 1, None),
            ("dorm_visit", date.fromisoformat("2026-11-15"), 1, None),
            ("dorm_visit", date.fromisoformat("2026-11-29"), 1, "future"),
        ],
    ),
    (
        "上个月共查寝3次（1日、15日、29日）",
        FRI,
        [
            ("dorm_visit", date.fromisoformat("2026-10-01"), 1, None),
            ("dorm_visit", date.fromisoformat("2026-10-15"), 1, None),
            ("dorm_visit", date.fromisoformat("2026-10-29"), 1, None),
        ],
    ),
    (
        "1日、15日、29日查寝",
        FRI,
        [
            ("dorm_visit", date.fromisoformat("2026-10-29"), 1, None),
            ("dorm_visit", date.fromisoformat("2026-11-01"), 1, None),
            ("dorm_visit", date.fromisoformat("2026-11-15"), 1, None),
        ],
    ),
    (
        "本月共查寝3次（1日、15日、18日）",
        FRI,
        [
            ("dorm_visit", date.fromisoformat("2026-11-01"), 1, None),
            ("dorm_visit", date.fromisoformat("2026-11-15"), 1, None),
            ("dorm_visit", date.fromisoformat("2026-11-18"), 1, None),
        ],
    ),
    # 17. A student's parent met after the student's name (见了刘洋他妈); met up with students.
    ("见了刘洋他妈", MON, [("parent_contact", date.fromisoformat("2026-11-23"), 1, None)]),
    ("今天见了王浩他爸", MON, [("parent_contact", date.fromisoformat("2026-11-23"), 1, None)]),
    ("见了王浩家长", MON, [("parent_contact", date.fromisoformat("2026-11-23"), 1, None)]),
    ("看见了刘洋他妈在门口", MON, []),
    (
        "met up with the students",
        MON,
        [("student_talk", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    ("met up with Li Hao", MON, [("student_talk", date.fromisoformat("2026-11-23"), 1, None)]),
    ("met up with friends for dinner", MON, []),
    ("met up with my colleagues", MON, []),
    # 18. The student talked with at the parent's visit, by name or as the child: a talk of its own.
    (
        "王浩家长来学校，和王浩一起谈了谈",
        MON,
        [
            ("parent_contact", date.fromisoformat("2026-11-23"), 1, None),
            ("student_talk", date.fromisoformat("2026-11-23"), 1, None),
        ],
    ),
    (
        "王浩家长来学校，和孩子一起聊了聊",
        MON,
        [
            ("parent_contact", date.fromisoformat("2026-11-23"), 1, None),
            ("student_talk", date.fromisoformat("2026-11-23"), 1, None),
        ],
    ),
    (
        "王浩家长来学校，和家长谈了谈",
        MON,
        [("parent_contact", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    (
        "王浩家长来学校，和王老师一起谈了谈",
        MON,
        [("parent_contact", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    (
        "王浩家长来学校，谈了谈",
        MON,
        [("parent_contact", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    # 19. The advisor's own lecture on a course records nothing; a talk to the class stays.
    ("gave a lecture to my class on groups", MON, []),
    ("gave my class a lecture on ring theory", MON, []),
    ("delivered two lectures today", MON, []),
    (
        "gave the freshmen a lecture on safety",
        MON,
        [("student_activity", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    (
        "gave a talk to my class about exam rules",
        MON,
        [("class_meeting", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    (
        "attended Prof Li's lecture",
        MON,
        [("classroom_visit", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    # 18, the student named after the parent came in the clause before (又和王浩谈了谈).
    (
        "王浩的妈妈来了，又和王浩谈了谈",
        MON,
        [
            ("parent_contact", date.fromisoformat("2026-11-23"), 1, None),
            ("student_talk", date.fromisoformat("2026-11-23"), 1, None),
        ],
    ),
    (
        "王浩的妈妈来了，又和王浩妈妈谈了谈",
        MON,
        [("parent_contact", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    # 1, with no comma: the day naming the meeting (这周三的) is its old day, the reason between.
    (
        "这周三的班会因为学院开会改到周五了",
        MON,
        [("class_meeting", date.fromisoformat("2026-11-27"), 1, "future")],
    ),
    (
        "上周三的班会改到今天开了",
        MON,
        [("class_meeting", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    # 13, with 也 between: the parent's own message to the child, no talk of the advisor's.
    ("家长也给孩子发了微信", MON, []),
    ("给孩子发了微信", MON, [("student_talk", date.fromisoformat("2026-11-23"), 1, None)]),
    # 14. The students named as the subject of a lapse just before are "the students" a talk is
    # then had with: a talk of theirs, counted; false friends: the class, lower-case words, staff.
    (
        "Li and Wang came late again; had a discussion with the students about it.",
        MON,
        [("student_talk", date.fromisoformat("2026-11-23"), 2, None)],
    ),
    (
        "Zhang, Li and Wang skipped class. Had a talk with the students afterwards.",
        MON,
        [("student_talk", date.fromisoformat("2026-11-23"), 3, None)],
    ),
    (
        "Li and Wang came late again. Had a discussion with the class about it.",
        MON,
        [("class_meeting", date.fromisoformat("2026-11-23"), 1, None)],
    ),
    (
        "The monitor and the secretary came late; had a discussion with the students about it.",
        MON,
        [("class_meeting", date.fromisoformat("2026-11-23"), 1, None)],
    ),
]


@pytest.mark.parametrize(("text", "now", "expected"), CASES)
def test_noticed2(text: str, now: datetime, expected: Got) -> None:
    assert _got(text, now) == expected
