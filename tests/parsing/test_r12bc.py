"""Round 12, batches r12b (Nanning voice input) and r12c (Weifang speech): the classes of
misses fixed, each with the blind note, sentences of our own, and counter-examples that keep
their reading. A note is checked by its (kind, date) pairs."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note

_TZ = dt.timezone(dt.timedelta(hours=8))


def _found(text: str, now: str) -> list[tuple[str, str]]:
    at = dt.datetime.fromisoformat(now).replace(tzinfo=_TZ)
    return sorted((a.kind, a.date.isoformat()) for a in parse_note(text, at).activities)


Case = tuple[str, str, list[tuple[str, str]]]

# Shandong (Jiaoliao, Jilu): 今么 today, 明么 tomorrow, 夜来 yesterday before a part of the day
# (过晌, 头晌), a weekday (明么礼拜天: tomorrow, a Sunday) or coming back (夜来回学校).
SHANDONG_DAYS: list[Case] = [
    (
        "明么礼拜天头晌去宿舍看看，过晌再找俩挂科多的孩子拉拉",
        "2027-05-22T10:30:00",
        [("dorm_visit", "2027-05-23"), ("student_talk", "2027-05-23")],
    ),
    (
        "夜来过晌找了四个考研的孩子拉呱，问问复习到哪了",
        "2027-02-26T21:30:00",
        [("student_talk", "2027-02-25")],
    ),
    (
        "五一没咋歇着，夜来回学校去宿舍看了看，今么又给俩孩子家里打了电话",
        "2027-05-06T21:30:00",
        [("dorm_visit", "2027-05-05"), ("parent_contact", "2027-05-06")],
    ),
    (
        "学院开班主任工作交流会，俺发了个言。明么头晌再去听节课",
        "2027-06-16T17:30:00",
        [("classroom_visit", "2027-06-17"), ("seminar", "2027-06-16")],
    ),
    ("明们儿要去宿舍查寝", "2027-06-16T17:30:00", [("dorm_visit", "2027-06-17")]),
    ("夜来个去宿舍查寝了", "2027-06-16T17:30:00", [("dorm_visit", "2027-06-15")]),
    # Mandarin written alike: no day.
    ("你说明么去宿舍查寝", "2027-06-16T17:30:00", [("dorm_visit", "2027-06-16")]),
    ("日夜来回跑，去宿舍查寝了", "2027-06-16T17:30:00", [("dorm_visit", "2027-06-16")]),
]

# Shandong's 拉呱 doubled, its object left out at a clause's end: a chat.
DOUBLED_CHATS: list[Case] = [
    (
        "过晌带着咱班一伙孩子去听了个考研经验讲座，完了又跟里头仨单独拉了拉",
        "2027-03-24T18:10:00",
        [("student_activity", "2027-03-24"), ("student_talk", "2027-03-24")],
    ),
    (
        "今么过晌来了四个，问暑假复习咋安排，俺跟他们拉了拉",
        "2027-06-22T20:45:00",
        [("student_talk", "2027-06-22")],
    ),
    ("下课找小王啦啦", "2027-06-22T20:45:00", [("student_talk", "2027-06-22")]),
    (
        "班会后把班长留下拉了拉",
        "2027-06-22T20:45:00",
        [("class_meeting", "2027-06-22"), ("student_talk", "2027-06-22")],
    ),
    # Not a chat: an object after it, a cheerleader, straggling.
    ("拉了拉窗帘", "2027-06-22T20:45:00", []),
    ("运动会当了拉拉队", "2027-06-22T20:45:00", [("student_activity", "2027-06-22")]),
    ("来得稀稀拉拉", "2027-06-22T20:45:00", []),
]

# Someone else looks in for the advisor (替我看看, 替俺查查): a stand-in, nothing recorded.
STAND_INS: list[Case] = [
    ("明么礼拜天俺家里有事，查寝叫班长替俺看看吧", "2027-03-20T11:00:00", []),
    ("今晚有事，查寝让宿舍长替我查一下", "2027-03-20T11:00:00", []),
    ("听课代我看看的是王老师", "2027-03-20T11:00:00", []),
    # The advisor went: no stand-in.
    ("今晚我去宿舍看看", "2027-03-20T11:00:00", [("dorm_visit", "2027-03-20")]),
]

# Voice input under southern merges: 琴 (qin) for 寝 after 查了; 森报书 (s for sh) for 申报书, and
# a students' project's paper gone through with them is their activity.
SOUND_SLIPS: list[Case] = [
    (
        "今日打了两个家长店话 然后琴日 礼拜天晚上查了琴 忘了发",
        "2026-11-23T20:40:00",
        [("dorm_visit", "2026-11-22"), ("parent_contact", "2026-11-23")],
    ),
    ("昨天晚上查了琴", "2026-11-23T20:40:00", [("dorm_visit", "2026-11-22")]),
    (
        "上礼拜五晚上指导佢哋那个大窗项目 讨论了两个钟 今日又帮佢哋看了森报书",
        "2026-12-14T22:00:00",
        [("student_activity", "2026-12-11"), ("student_activity", "2026-12-14")],
    ),
    ("今天帮大创组改了改项目书", "2026-12-14T22:00:00", [("student_activity", "2026-12-14")]),
    # A piano is not a dorm; a tax form is not a project's.
    ("昨天晚上弹了琴", "2026-11-23T20:40:00", []),
    ("今天写了一份申报书", "2026-12-14T22:00:00", []),
]

# A coming day told with a later deed is that deed's, not carried back over it to the ones
# told before (the dorm visit of a run-on voice note stays the evening it was told).
COMING_DAY_OF_A_LATER_DEED: list[Case] = [
    (
        "晚上去三栋吕生宿舍 然后那个 宿管话有个同学几晚冇回来 就打电话给佢家长了 "
        "家长话佢去兰朋友那里 唉 明天要找佢谈一下",
        "2026-11-11T21:50:00",
        [
            ("dorm_visit", "2026-11-11"),
            ("parent_contact", "2026-11-11"),
            ("student_talk", "2026-11-12"),
        ],
    ),
    (
        "晚上去三栋女生宿舍 有个同学病了 明天要找他谈一下",
        "2026-11-11T21:50:00",
        [("dorm_visit", "2026-11-11"), ("student_talk", "2026-11-12")],
    ),
    # A coming day with no later deed of its own still dates the deed told before it.
    ("查寝 明天", "2026-11-11T21:50:00", [("dorm_visit", "2026-11-12")]),
]

# A deed that fell through (没去成, 没开成), then gone to again on a coming day: the failed
# deed's kind, not that of the errand told between.
FAILED_THEN_AGAIN: list[Case] = [
    (
        "今晚查寝冇去成 临时有个学生急信肠胃炎 陪佢去了医院 搞到十点多 听日晚上再去",
        "2026-12-23T23:05:00",
        [("dorm_visit", "2026-12-24"), ("other", "2026-12-23")],
    ),
    (
        "陪他去了医院，班会没开成，明天再开",
        "2026-12-23T23:05:00",
        [("class_meeting", "2026-12-24"), ("other", "2026-12-23")],
    ),
    # Nothing fell through: again is the last deed's.
    (
        "今天去查寝了 明天再去",
        "2026-12-23T23:05:00",
        [("dorm_visit", "2026-12-23"), ("dorm_visit", "2026-12-24")],
    ),
]

# A plan told with 本来要, then 就没去了 at the end of a run-on voice note: nothing done.
NOT_GONE_AFTER_ALL: list[Case] = [
    ("听日本来要去家慌的 就是武鸣那个同学 后来佢家长话冇在家 就冇去了", "2026-12-04T22:35:00", []),
    ("今天本来要去宿舍的 后来下雨 就没去了", "2026-12-04T22:35:00", []),
    # Gone after all.
    ("今天本来不想去宿舍的 后来还是去了", "2026-12-04T22:35:00", [("dorm_visit", "2026-12-04")]),
]

# What was told to someone (跟他们讲了 1月20几号) is not the day of the deed.
WHAT_THEY_WERE_TOLD: list[Case] = [
    (
        "主题班会开了 然后有两个家长打电话过来问放假时间 跟佢哋讲了 1月20几号",
        "2026-12-21T22:30:00",
        [("parent_contact", "2026-12-21"), ("theme_meeting", "2026-12-21")],
    ),
    (
        "下午开了班会 跟同学们讲了 下周三考试",
        "2026-12-21T22:30:00",
        [("class_meeting", "2026-12-21")],
    ),
]

# A later clause saying who the people were by a lapse of theirs on its day (都是上个礼拜旷课的)
# dates the lapse, not the deed.
WHO_THEY_WERE: list[Case] = [
    (
        "给三个家长打了电话，都是上个礼拜旷课的，家长杠配合",
        "2027-03-03T19:50:00",
        [("parent_contact", "2027-03-03")],
    ),
    ("找了两个学生谈话，都是昨天晚归的", "2027-03-03T19:50:00", [("student_talk", "2027-03-03")]),
    # The deed's own day told the same way stays.
    ("开了个班会，是上周三开的", "2027-03-03T19:50:00", [("class_meeting", "2027-02-24")]),
]

# Kinds: a lesson checked by its classifier (查个课), what was said at a meeting opening the
# clause after it (说了说 …), the dorm's people (跟宿舍的闹矛盾).
KIND_WORDS: list[Case] = [
    (
        "一会儿头晌去查个课，数值分析，看看到了几个",
        "2027-04-19T08:50:00",
        [("classroom_visit", "2027-04-19")],
    ),
    ("上午去查了节课", "2027-04-19T08:50:00", [("classroom_visit", "2027-04-19")]),
    ("查个课表", "2027-04-19T08:50:00", []),
    (
        "班会，说了说期末跟考研暑期集训，没说多大会儿就散了",
        "2027-05-19T19:40:00",
        [("class_meeting", "2027-05-19")],
    ),
    ("开了班会，讲了讲运动会的事", "2027-05-19T19:40:00", [("class_meeting", "2027-05-19")]),
    (
        "开了班会，说了一下，然后带他们去参观了博物馆",
        "2027-05-19T19:40:00",
        [("class_meeting", "2027-05-19"), ("student_activity", "2027-05-19")],
    ),
    (
        "今晚开班委费 讨论运动会报名的事 然后那个 跟生活委员单独谈了一下 佢最近状态不太好 "
        "好像跟宿舍的闹矛盾",
        "2026-10-12T21:15:00",
        [("cadre_meeting", "2026-10-12"), ("student_talk", "2026-10-12")],
    ),
    ("跟班长去宿舍看了看", "2026-10-12T21:15:00", [("dorm_visit", "2026-10-12")]),
    ("和宿舍长一起去查寝", "2026-10-12T21:15:00", [("dorm_visit", "2026-10-12")]),
]


def _counts(text: str, now: str) -> list[int]:
    at = dt.datetime.fromisoformat(now).replace(tzinfo=_TZ)
    return [a.count for a in parse_note(text, at).activities]


# Names joined by 还有 (and also) in speech: "跟小韦还有小陈谈了心" is two students.
NAMES_JOINED = [
    ("跟小韦还有小陈谈了心", [2]),
    ("和王芳还有李强聊了聊", [2]),
    # 还有 opening another matter.
    ("跟小王谈了谈，还有小李没来", [1]),
]


@pytest.mark.parametrize(("text", "counts"), NAMES_JOINED)
def test_names_joined_by_also(text: str, counts: list[int]) -> None:
    assert _counts(text, "2026-11-13T20:00:00") == counts


ALL = {
    "shandong_days": SHANDONG_DAYS,
    "doubled_chats": DOUBLED_CHATS,
    "stand_ins": STAND_INS,
    "sound_slips": SOUND_SLIPS,
    "coming_day_of_a_later_deed": COMING_DAY_OF_A_LATER_DEED,
    "failed_then_again": FAILED_THEN_AGAIN,
    "not_gone_after_all": NOT_GONE_AFTER_ALL,
    "what_they_were_told": WHAT_THEY_WERE_TOLD,
    "who_they_were": WHO_THEY_WERE,
    "kind_words": KIND_WORDS,
}


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        pytest.param(*case, id=f"{name}-{i}")
        for name, cases in ALL.items()
        for i, case in enumerate(cases)
    ],
)
def test_round12_bc(text: str, now: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, now) == sorted(expected)
