"""Chinese written as a second language (`bot/parsing/learner.py`): a foreign lecturer's note
reads as the native note would.

Each table entry is read in a note below (`test_every_entry_is_read`), and each learner-like
string that is ordinary Chinese with another sense keeps it (`FALSE_FRIENDS`). The dates of
learners (a European day-first "7.11", 上星期二 told after the deed, 后天 told as done) are
read or offered as a button (`test_learners_dates`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import learner, parse_note
from bot.parsing import normalise as normalise_module

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday
TODAY = NOW.date()

# A note, and what it records: kind, days before today, count (a count of 0: not checked).
READ: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...] = (
    # ORDER: the verb before its 和 phrase, 是 for a deed.
    ("我开会和全班同学昨天", (("class_meeting", 1, 0),)),
    ("昨天是开会和全班", (("class_meeting", 1, 0),)),
    ("今天开会了全班", (("class_meeting", 0, 0),)),
    ("星期一我和班开会了", (("class_meeting", 2, 0),)),
    ("我开了班的会在星期二", (("class_meeting", 1, 0),)),
    ("昨天是和全班同学开班会", (("class_meeting", 1, 0),)),
    # MEASURES: 个 before a verbal measure.
    ("我和王明谈话两个次", (("student_talk", 0, 1),)),
    ("我和5 students谈话了", (("student_talk", 0, 5),)),
    ("昨天和3students聊天", (("student_talk", 1, 3),)),
    ("我去了宿舍一次在星期一和一次在星期三", (("dorm_visit", 2, 0), ("dorm_visit", 0, 0))),
    # VERBS: talks.
    ("我和学生说话在办公室昨天", (("student_talk", 1, 1),)),
    ("昨天我讲话了和两个学生", (("student_talk", 1, 2),)),
    ("我跟王明的妈妈说了话", (("parent_contact", 0, 0),)),
    ("我和学生见面了在办公室", (("student_talk", 0, 0),)),
    ("今天我见面了王明", (("student_talk", 0, 0),)),
    ("我见面三个学生在办公室", (("student_talk", 0, 3),)),
    ("我昨天见学生了", (("student_talk", 1, 0),)),
    ("我见了两位学生们", (("student_talk", 0, 2),)),
    ("我和班委们见面了，讨论了元旦晚会", (("cadre_meeting", 0, 0),)),
    ("我和班长们见面了", (("cadre_meeting", 0, 0),)),
    ("我和全班有会议在星期一", (("class_meeting", 2, 0),)),
    ("我和班委有一个会议", (("cadre_meeting", 0, 0),)),
    ("我们班开了一个会议关于安全", (("class_meeting", 0, 0),)),
    # The object before 给 and 和 (Korean, Japanese).
    ("我家长给打电话了", (("parent_contact", 0, 0),)),
    ("我王明和见面了昨天", (("student_talk", 1, 0),)),
    ("我有一个会议和全班", (("class_meeting", 0, 0),)),
    ("我有会和班委在星期一", (("cadre_meeting", 2, 0),)),
    ("学生们和说话了", (("student_talk", 0, 0),)),
    # The whole class: 所有的学生, 全部学生, 我的班, 我的学生们 before a meeting.
    ("我和所有的学生开会了", (("class_meeting", 0, 0),)),
    ("我和全部学生开会了昨天", (("class_meeting", 1, 0),)),
    ("我和我的班开会了", (("class_meeting", 0, 0),)),
    ("我和我的学生们开会了", (("class_meeting", 0, 0),)),
    # DATES: an English month and day glued to the Chinese.
    ("Nov 7我去了宿舍", (("dorm_visit", 11, 0),)),
    ("我在Nov 9去了宿舍", (("dorm_visit", 9, 0),)),
    ("oct 30我和全班开会了", (("class_meeting", 19, 0),)),
    # Parents.
    ("我叫了他的爸爸妈妈昨天", (("parent_contact", 1, 0),)),
    ("我叫王明的父母了", (("parent_contact", 0, 0),)),
    ("我见了学生的父母", (("parent_contact", 0, 0),)),
    ("我遇见了王明的妈妈，说了他的学习", (("parent_contact", 0, 0),)),
    ("我给王明家人打电话", (("parent_contact", 0, 0),)),
    ("我给他的家人打电话了", (("parent_contact", 0, 0),)),
    ("我访问了学生的家", (("parent_contact", 0, 0),)),
    # Dorms and classes.
    ("我参观宿舍昨天晚上", (("dorm_visit", 1, 0),)),
    ("我参观了学生的宿舍", (("dorm_visit", 0, 0),)),
    ("我坐在王老师的课了", (("classroom_visit", 0, 0),)),
    ("我坐在课了星期二", (("classroom_visit", 1, 0),)),
    ("我参观了一个课", (("classroom_visit", 0, 0),)),
    ("我访问了李老师的课", (("classroom_visit", 0, 0),)),
    ("我参加了王老师的高数课", (("classroom_visit", 0, 0),)),
    # PLACES: a student's room is the dorm.
    ("我检查了学生的房间", (("dorm_visit", 0, 0),)),
    ("我去了学生住的地方昨天晚上", (("dorm_visit", 1, 0),)),
    # PEOPLE: the class officers.
    ("和班领导开会了", (("cadre_meeting", 0, 0),)),
    ("我和班的干部们开会了", (("cadre_meeting", 0, 0),)),
    ("我和班级领导开会了昨天", (("cadre_meeting", 1, 0),)),
    ("我和学生领导开会了", (("cadre_meeting", 0, 0),)),
    ("我和班干部们开会", (("cadre_meeting", 0, 0),)),
    # LOANWORDS: English inside Chinese.
    ("我和class monitors开会了", (("cadre_meeting", 0, 0),)),
    ("我和Class Committee开会了", (("cadre_meeting", 0, 0),)),
    ("我和class monitor开会了", (("cadre_meeting", 0, 0),)),
    ("我和monitors开会了", (("cadre_meeting", 0, 0),)),
    ("我和王明的father说话了", (("parent_contact", 0, 0),)),
    ("我和my students说话了", (("student_talk", 0, 0),)),
    ("我和班的monitor开会了", (("cadre_meeting", 0, 0),)),
    # Pinyin words typed alone (normalise._IME_SLIPS).
    ("昨天给jiazhang打电话", (("parent_contact", 1, 0),)),
    ("今天给王明的fumu打电话", (("parent_contact", 0, 0),)),
    ("昨天和banwei开会", (("cadre_meeting", 1, 0),)),
    ("昨天和banzhang见面了", (("cadre_meeting", 1, 0),)),
    ("昨天和学生tanhua了", (("student_talk", 1, 0),)),
    ("我和学生liaotian了昨天", (("student_talk", 1, 0),)),
    ("昨天和banweihui的同学开会", (("cadre_meeting", 1, 0),)),
    ("昨天去了su she", (("dorm_visit", 1, 0),)),
    ("昨天给jia zhang打电话", (("parent_contact", 1, 0),)),
    ("昨天和学生tan hua", (("student_talk", 1, 0),)),
    # Read already: the time at the end, 了 and 在 misplaced or doubled, measure words.
    ("我去宿舍昨天", (("dorm_visit", 1, 0),)),
    ("我了去宿舍昨天", (("dorm_visit", 1, 0),)),
    ("昨天我去宿舍了了", (("dorm_visit", 1, 0),)),
    ("和学生谈话了两个", (("student_talk", 0, 2),)),
    ("我和两学生谈话昨天", (("student_talk", 1, 2),)),
    ("7.11和9.11去宿舍", (("dorm_visit", 11, 0), ("dorm_visit", 9, 0))),
    ("我跟三个学生们聊天", (("student_talk", 0, 3),)),
    ("我跟二个学生聊天昨天", (("student_talk", 1, 2),)),
    ("我打电话给家长昨天", (("parent_contact", 1, 0),)),
    ("我电话了他的妈妈", (("parent_contact", 0, 0),)),
    ("我有一个谈话和张伟", (("student_talk", 0, 0),)),
    ("昨天去sushe", (("dorm_visit", 1, 0),)),
    ("昨天开了banhui", (("class_meeting", 1, 0),)),
    ("昨天开了class meeting", (("class_meeting", 1, 0),)),
    # Can't (不能, 不可以): nothing done.
    ("今天我不能去宿舍，因为我生病了。", ()),
    ("我不可以参加班会，因为我出差", ()),
)

# Learner-like strings that are ordinary Chinese with another sense: nothing, or what the
# note says otherwise.
FALSE_FRIENDS: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...] = (
    ("他说话很快", ()),
    ("今天不想说话", ()),
    ("学生说话声音太大", ()),
    ("在班会上讲话", (("class_meeting", 0, 0),)),
    ("我们见面了", ()),
    ("今晚开新生见面会", (("class_meeting", 0, 0),)),
    ("昨天晚上跟新生开了第一次见面班会", (("class_meeting", 1, 0),)),
    ("我看见了两个学生在打游戏", ()),
    ("再见学生们", ()),
    ("学生叫我妈妈", ()),
    ("叫学生给妈妈打电话", ()),
    ("他叫王明", ()),
    ("我的家人来了", ()),
    ("给我的家人打电话", ()),
    ("家人们，今天好累", ()),
    ("我们一家人去吃饭", ()),
    ("我的房间很冷", ()),
    ("所有的学生都来了", ()),
    ("我和我的学生们聊天了", (("student_talk", 0, 0),)),
    ("酒店房间很贵", ()),
    ("学生房间号是302", ()),
    ("家长给我打电话了", (("parent_contact", 0, 0),)),
    ("今晚我和新生开见面会", (("class_meeting", 0, 0),)),
    ("带新生参观宿舍", (("student_activity", 0, 0),)),
    ("带学生参观了科技馆", (("student_activity", 0, 0),)),
    ("学生坐在课桌上", ()),
    ("我访问了学校网站", ()),
    ("学院领导来听课了", ()),
    ("昨天是开学第一天", ()),
    ("今天是星期三", ()),
    ("我没有会议", ()),
    ("学生会议室在三楼", ()),
    ("the monitor in my office is broken", ()),
    ("talked with a student about his tan", (("student_talk", 0, 0),)),
)


# A learner's hours and a half (MEASURES), and the native forms read as they are.
HOURS: tuple[tuple[str, float], ...] = (
    ("我和学生谈话了一个小时半", 1.5),
    ("我和学生谈话了两个小时半", 2.5),
    ("我和学生谈话了一小时半", 1.5),
    ("我和学生谈话一个半个小时", 1.5),
    ("我和学生说话了一点半小时", 1.5),
    ("我和学生谈了半个小时", 0.5),
    ("我和学生谈话了一个半小时", 1.5),
)


# Every month of DATES, glued to the Chinese ("Sept 5我去了宿舍"): its Chinese month and day.
MONTH_NOTES: tuple[tuple[str, str], ...] = tuple(
    (f"{name} 5我去了宿舍", f"{number}月5日我去了宿舍")
    for number, name in enumerate(
        (
            "Jan",
            "Feb.",
            "March",
            "April",
            "May",
            "June",
            "Jul",
            "August",
            "Sept",
            "Oct",
            "Nov",
            "Dec",
        ),
        1,
    )
)


def _got(text: str) -> list[tuple[str, int, int]]:
    return sorted(
        (a.kind, (TODAY - a.date).days, a.count) for a in parse_note(text, NOW).activities
    )


def _check(text: str, expect: tuple[tuple[str, int, int], ...]) -> None:
    got = _got(text)
    assert [(k, d) for k, d, _ in got] == sorted((k, d) for k, d, _ in expect), (text, got)
    for (_, _, want), (_, _, count) in zip(sorted(expect), got, strict=True):
        if want:
            assert count == want, (text, got)


@pytest.mark.parametrize(("text", "expect"), READ)
def test_learners_note_reads_as_a_natives(
    text: str, expect: tuple[tuple[str, int, int], ...]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), FALSE_FRIENDS)
def test_ordinary_sense_kept(text: str, expect: tuple[tuple[str, int, int], ...]) -> None:
    _check(text, expect)


def _before_the_fold(text: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The note as `normalise` hands it to `fold_learner`."""
    with monkeypatch.context() as patched:
        patched.setattr(normalise_module, "fold_learner", lambda norm: norm)
        return normalise_module.normalise(text)[0]


def _entries_folded(norm: str) -> set[int]:
    """The entries that change the note, each behind its scan's gate."""
    low = norm.lower()
    hits = learner._ZH_SCAN.finditer(low) if learner._ZH_GATE_RE.search(low) else []
    if (
        learner._LATIN_RE.search(low)
        and learner._LATIN_GATE_RE.search(low)
        and learner._MIXED_RE.search(low)
    ):
        hits += learner._LATIN_SCAN.finditer(low)
    return {i for i, m in hits if learner._fold(i, m) != m.group()}


def test_every_entry_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    notes = [text for text, _ in READ + HOURS + MONTH_NOTES]
    folded = set().union(*(_entries_folded(_before_the_fold(t, monkeypatch)) for t in notes))
    missing = [learner._ENTRIES[i].word for i in range(len(learner._ENTRIES)) if i not in folded]
    assert not missing


def test_no_false_friend_is_folded(monkeypatch: pytest.MonkeyPatch) -> None:
    for text, _ in FALSE_FRIENDS:
        norm = _before_the_fold(text, monkeypatch)
        assert learner.fold_learner(norm) == norm, text


def _day(month: int, day: int) -> dt.date:
    return dt.date(2026, month, day)


@pytest.mark.parametrize(
    ("text", "day", "other"),
    [
        # Day first where month first is months away (7 July) and day first is near.
        ("7.11去宿舍", _day(11, 7), None),
        ("9.11查寝", _day(11, 9), None),
        # Both near: the Chinese reading taken, the European one offered.
        ("10.11去宿舍", _day(10, 11), _day(11, 10)),
        ("11.10去宿舍", _day(11, 10), None),
        ("25.10开了班会", _day(10, 25), None),
        ("7-11去宿舍", _day(11, 7), None),
        ("7.11.2026去宿舍", _day(11, 7), None),
        ("12.11.26我和全班开会了", _day(11, 12), None),
        ("2026.11.7去宿舍", _day(11, 7), None),
        ("11-7去宿舍", _day(11, 7), None),
        # "Last Tuesday" told after the deed: this week's Tuesday offered.
        ("我去宿舍上星期二", _day(11, 10), _day(11, 17)),
        ("我开了班会上周一", _day(11, 9), _day(11, 16)),
        ("上星期二我去了宿舍", _day(11, 10), None),
        ("我去宿舍上星期二晚上，学生们都在", _day(11, 10), _day(11, 17)),
        # A native's topic first, the deed after its time: last week's.
        ("班会上周一开的", _day(11, 9), None),
        ("宿舍上周二去了", _day(11, 10), None),
        # 后天 / 下星期 told as done: 前天, the week before offered.
        ("后天我去了宿舍", _day(11, 20), _day(11, 16)),
        ("下星期二我去了宿舍", _day(11, 24), _day(11, 10)),
        ("下星期二我要去宿舍", _day(11, 24), None),
        # A plan prepared, not done: nothing offered.
        ("下个星期三下午带学生去软件园 已经联系好了", _day(11, 25), None),
        ("下周三学院有个班主任经验交流会 我被点名发言 先去憋ppt了", _day(11, 25), None),
        # Dates read already.
        ("11月7号去宿舍", _day(11, 7), None),
        ("7号11月去宿舍", _day(11, 7), None),
    ],
)
def test_learners_dates(text: str, day: dt.date, other: dt.date | None) -> None:
    (found,) = parse_note(text, NOW).activities
    assert found.date == day
    offered = [a.value for a in found.alternatives if a.field == "date"]
    assert offered == ([other] if other else [])


@pytest.mark.parametrize(("text", "hours"), HOURS)
def test_learners_hours(text: str, hours: float) -> None:
    (found,) = parse_note(text, NOW).activities
    assert found.hours == hours


@pytest.mark.parametrize(("text", "spelled"), MONTH_NOTES)
def test_english_month_glued_to_chinese(text: str, spelled: str) -> None:
    assert normalise_module.normalise(text)[0] == spelled
