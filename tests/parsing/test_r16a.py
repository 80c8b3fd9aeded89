"""Round 16, lane r16a: a Changsha lecturer's run-on Xiang-flavoured notes (r16a: several deeds
in one breath, 明咯日 / 今咯日, 伢子 / 妹陀, plans and deeds mixed), class by class, with
sentences of our own beside the blind notes' and the counter-examples that must stay as they
are."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note

TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=TZ)  # a Wednesday
TODAY = NOW.date()


def _kinds(text: str, now: dt.datetime = NOW) -> list[tuple[str, dt.date]]:
    return sorted((a.kind, a.date) for a in parse_note(text, now).activities)


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(offset)


def _check(
    cases: dict[str, list[tuple[str, dt.date]]],
) -> list[tuple[str, list[tuple[str, dt.date]]]]:
    return list(cases.items())


# Class: Changsha's day words with 咯 inside (今咯日, 明咯日, 昨咯日, 后咯日).
XIANG_DAYS = {
    # The blind note's form (r16a-001).
    "今咯日新生报到 寝室都去看了下 明咯日夜里搞第一次班会": [
        ("class_meeting", _day(1)),
        ("dorm_visit", TODAY),
    ],
    "明咯日带班上十几个伢子去参观大数据公司": [("student_activity", _day(1))],
    "昨咯日夜里去7栋查了寝": [("dorm_visit", _day(-1))],
    "后咯日下午开班委会": [("cadre_meeting", _day(2))],
    # Counter-examples: 咯 after a verb or alone stays a particle.
    "查寝搞完了咯": [("dorm_visit", TODAY)],
    "今日天气蛮好咯": [],
}


@pytest.mark.parametrize(("text", "found"), _check(XIANG_DAYS))
def test_xiang_day_words(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a few students tutored in problems or a course by the advisor (给那几个伢子讲了两个
# 钟头极限, 给他们讲一次题), work of its own (`other`).
TUTORED = {
    # The blind notes' forms (r16a-017, 018, 042).
    "夜里给那几个伢子讲了两个钟头极限 都来了": [("other", TODAY)],
    "周一夜里给几个伢子讲了两个钟头微积分": [("other", _day(-2))],
    "礼拜五夜里我先给他们讲一次题": [("other", _day(2))],
    "下午给小王讲了讲错题": [("other", TODAY)],
    "昨天给三个挂科的学生讲了一个半小时高数": [("other", _day(-1))],
    # Counter-examples: what is said to them is a rule or an arrangement, not a lesson.
    "给他讲了题目要求": [],
    "给他们讲了讲作业要求": [],
    "给他们讲了考试纪律": [],
    "给班长讲了一下活动安排": [],
}


@pytest.mark.parametrize(("text", "found"), _check(TUTORED))
def test_students_tutored(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: the south's 夜里 (the evening) after a space opens a step as 晚上 does, so a coming day
# told in the clause before it is not carried to a deed done tonight.
EVENING_STEP = {
    # The blind notes' forms (r16a-034, 029).
    "主题班会改到下礼拜一了 夜里就去查了下寝": [("dorm_visit", TODAY), ("theme_meeting", _day(5))],
    "另外两个的家长明天再打 夜里顺便去寝室看了下他们几个": [("dorm_visit", TODAY)],
    "班委会下礼拜一开 夜里去教室看了晚自习": [
        ("cadre_meeting", _day(5)),
        ("classroom_visit", TODAY),
    ],
    # Counter-examples: 夜里 after its own day keeps that day; a plan stays a plan.
    "明天 夜里去查寝": [("dorm_visit", _day(1))],
    "明天开班会 夜里查寝": [("class_meeting", _day(1)), ("dorm_visit", _day(1))],
    "昨天夜里查了寝": [("dorm_visit", _day(-1))],
}


@pytest.mark.parametrize(("text", "found"), _check(EVENING_STEP))
def test_the_evening_opens_a_step(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: spoken 谈了下 / 聊了下 (一 dropped) is a talk, after students called over too.
SPOKEN_TALK = {
    # The blind notes' forms (r16a-007, 035).
    "今天中午又把其中两个喊过来谈了下": [("student_talk", TODAY)],
    "散会留了两个妹陀 一个要转专业一个想退学 都谈了下": [("student_talk", TODAY)],
    "跟几个伢子聊了下 都还好": [("student_talk", TODAY)],
    "把小王叫过来说了下": [("student_talk", TODAY)],
    # Counter-examples: 谈了下午 / 下周 is what was talked of at a meeting.
    "会上谈了下午的安排": [],
    "会上谈了下周的安排": [],
}


@pytest.mark.parametrize(("text", "found"), _check(SPOKEN_TALK))
def test_a_spoken_talk(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a call not answered at first (开始冇接, 起初没接) was still made; one not answered at
# all records nothing.
ANSWERED_LATER = {
    # The blind note's form (r16a-030).
    "昨天另外两个家长电话都打了 有一个开始冇接 夜里回过来的": [("parent_contact", _day(-1))],
    "给他妈妈打了电话 开始没接 后来回过来了": [("parent_contact", TODAY)],
    "给他妈妈打电话 起初没接 过了半小时才通": [("parent_contact", TODAY)],
    # Counter-example: not answered.
    "给他妈妈打了电话 没接": [],
}


@pytest.mark.parametrize(("text", "found"), _check(ANSWERED_LATER))
def test_a_call_answered_later(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: 查寝 naming a tool (an app, a system, a sign-in code), not a check done.
CHECK_TOOLS = {
    # The blind note's form (r16a-022).
    "交流会搞完了 其他老师讲的那个查寝打卡小程序蛮好用": [("seminar", TODAY)],
    "查寝系统又崩了": [],
    "学院推了个查寝签到二维码": [],
    # Counter-examples: the check done, the system used after it.
    "查寝后在系统里登记了": [("dorm_visit", TODAY)],
    "用小程序查了寝": [("dorm_visit", TODAY)],
}


@pytest.mark.parametrize(("text", "found"), _check(CHECK_TOOLS))
def test_a_check_as_a_tool(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a deed not done today, to be gone to on a named day with a bare 去 ending the clause
# (今咯日冇查寝 … 明咯日夜里去): a plan for that day.
GONE_TO_ON_A_DAY = {
    # The blind note's form (r16a-040).
    "今咯日冇查寝 系里开会开到七点 明咯日夜里去 顺便去看下晚自习": [
        ("classroom_visit", _day(1)),
        ("dorm_visit", _day(1)),
    ],
    "今天没查寝 明天要去": [("dorm_visit", _day(1))],
    "听课冇去成 下礼拜一过去": [("classroom_visit", _day(5))],
    "我还没去查寝，这周一定去": [],
    # Counter-examples: another errand on that day; only a wish.
    "今天没查寝 明天去开会": [],
    "今天没查寝 明天想去": [],
}


@pytest.mark.parametrize(("text", "found"), _check(GONE_TO_ON_A_DAY))
def test_gone_to_on_a_named_day(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: the dorm blocks gone round, counted after the check (查了两栋, 查了7栋).
BLOCKS_CHECKED = {
    # The blind note's form (r16a-024).
    "今晚查了两栋 7栋跟9栋都有我们班的": [("dorm_visit", TODAY)],
    "查了两栋楼 都还好": [("dorm_visit", TODAY)],
    "夜里转了三栋": [("dorm_visit", TODAY)],
    # Counter-examples: a teaching building's rooms, a house.
    "看了两栋教学楼的教室": [],
    "看了两栋房子": [],
}


@pytest.mark.parametrize(("text", "found"), _check(BLOCKS_CHECKED))
def test_blocks_checked(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: the place or the event first, then the going (教室也去了, 跨年活动去了).
FRONTED_GOING = {
    # The blind notes' forms (r16a-045, 049).
    "上周六跨年活动去了 搞到好晚": [("student_activity", dt.date(2026, 11, 14))],
    "12月的工作记录表交了啰 昨天夜里教室也去了": [("classroom_visit", _day(-1))],
    "学院的迎新活动我也去了": [("student_activity", TODAY)],
    "教室去了一趟 人都在": [("classroom_visit", TODAY)],
    # Counter-examples: the league day is a meeting; the advisors' own; leaving the room.
    "团日活动去了": [("class_meeting", TODAY)],
    "班主任活动去了": [],
    "从教室去了食堂": [],
}


@pytest.mark.parametrize(("text", "found"), _check(FRONTED_GOING))
def test_place_or_event_then_going(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a talk done, then the parent reached on a day to come in the same run-on clause: the
# talk is the student's, not the parent contact told after it.
TALK_THEN_PARENT_LATER = {
    # The blind note's form (r16a-035).
    "散会留了两个妹陀 一个要转专业一个想退学 都谈了下 退学那个明天再约她爸爸电话聊": [
        ("parent_contact", _day(1)),
        ("student_talk", TODAY),
    ],
    "都谈了下 那个明天给她爸爸打电话": [("parent_contact", _day(1)), ("student_talk", TODAY)],
    "跟小李聊了一会 后天再给他妈妈打电话": [("parent_contact", _day(2)), ("student_talk", TODAY)],
    # Counter-examples: a talk with the parent is the contact.
    "和家长谈了一下": [("parent_contact", TODAY)],
    "跟小王妈妈谈了谈": [("parent_contact", TODAY)],
}


@pytest.mark.parametrize(("text", "found"), _check(TALK_THEN_PARENT_LATER))
def test_a_talk_then_the_parent_later(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: the rest of those reached, named before their repeat on a coming day, are its object
# (另外两个的家长明天再打), with their own count; someone else doing it again stays nothing.
THE_OTHERS_AGAIN = {
    # The blind note's form (r16a-029).
    "今天给其中三个的家长打了电话 另外两个的家长明天再打": [(3, TODAY), (2, _day(1))],
    "今天给三个家长打了电话 另外两个家长后天再打": [(3, TODAY), (2, _day(2))],
    # Counter-example: the students doing it again.
    "今天查了寝 学生说明天又去网吧": [(0, TODAY)],
}


@pytest.mark.parametrize(("text", "found"), list(THE_OTHERS_AGAIN.items()))
def test_the_others_again(text: str, found: list[tuple[int, dt.date]]) -> None:
    got = sorted(
        (((a.count if a.kind != "dorm_visit" else None) or 0), a.date)
        for a in parse_note(text, NOW).activities
    )
    assert got == sorted(found)


# Class: a notice of the advisors' own event the advisor signed up for or will go to when it
# is on (我报了名的 到时候去), typed with spaces: the advisor's plan on the notice's day.
NOTICE_I_GO = {
    # The blind note's form (r16a-005); the note is sent on a Wednesday.
    "学院通知周五下午搞班主任培训 我报了名的 到时候去": [("seminar", _day(2))],
    "学院通知周五下午开班主任培训，我报了名，到时候去": [("seminar", _day(2))],
    "学院通知礼拜五开班主任经验交流会 我要去": [("seminar", _day(2))],
    # Counter-examples: a notice pasted for everyone; a past day without a plan word.
    "学院通知周五下午开班主任培训 各位班主任准时参加": [],
    "学院通知周五下午开班主任培训 大家记得报名": [],
    "学院通知下午开班主任工作会 我去不了 要上医院": [],
    "周一开了班会 到时间了就散了": [("class_meeting", _day(-2))],
}


@pytest.mark.parametrize(("text", "found"), _check(NOTICE_I_GO))
def test_a_notice_the_advisor_goes_to(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a day to come told after a deed as free (明天冇事) or as what someone said (一个说明天
# 到) dates no deed before it; and the students' event the advisor goes along to (跨年活动我要
# 去陪伢子们).
NO_DEEDS_DAY = {
    # The blind notes' forms (r16a-015, 044).
    "收假第一天 夜里查寝 有两个伢子冇按时回 打电话给他们家长了 一个在高铁上一个说明天到": [
        ("dorm_visit", TODAY),
        ("parent_contact", TODAY),
    ],
    "夜里去寝室转了一圈 明天冇事 后天学院有个跨年活动我要去陪伢子们": [
        ("dorm_visit", TODAY),
        ("student_activity", _day(2)),
    ],
    "查寝 明天没课": [("dorm_visit", TODAY)],
    "去教室看了晚自习 班长说明天交名单": [("classroom_visit", TODAY)],
    # Counter-examples: a day to come that is the deed's own.
    "明天去查寝": [("dorm_visit", _day(1))],
    "查寝明天去": [("dorm_visit", _day(1))],
    "晚会结束后陪同学们回宿舍": [],
}


@pytest.mark.parametrize(("text", "found"), _check(NO_DEEDS_DAY))
def test_no_deeds_day(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: the papers named first, then a student taken to an office to hand them in, the
# object left unsaid (休学申请的材料我今天上午陪她去教务处交): `other`, beside a call.
PAPERS_HANDED_IN_WITH = {
    # The blind note's form (r16a-036).
    "昨天跟那个妹陀爸爸通了电话 休学申请的材料我今天上午陪她去教务处交": [
        ("other", TODAY),
        ("parent_contact", _day(-1)),
    ],
    "转专业的申请表昨天带小王去教务处交了": [("other", _day(-1))],
    "缓考的证明下午陪他去学院办了": [("other", TODAY)],
    # Counter-example: no papers named, only an office gone to.
    "陪她去教务处交": [],
}


@pytest.mark.parametrize(("text", "found"), _check(PAPERS_HANDED_IN_WITH))
def test_papers_handed_in_with_a_student(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: "one …, the other …" (一个在高铁上一个说明天到) splits a group told before; it is no
# count of one, so the group's number counts the parents reached.
def test_one_and_the_other_is_no_count() -> None:
    text = "夜里查寝 有两个伢子冇按时回 打电话给他们家长了 一个在高铁上一个说明天到"
    calls = [a for a in parse_note(text, NOW).activities if a.kind == "parent_contact"]
    assert [a.count for a in calls] == [2]
    # Counter-examples: one parent, one hour.
    assert [a.count for a in parse_note("给一个家长打了电话", NOW).activities] == [1]
    assert [a.count for a in parse_note("跟一个同学谈了一个小时", NOW).activities] == [1]
