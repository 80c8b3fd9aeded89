"""Issue 17, round 8: the classes of misses of a Changsha advisor's speech (r8a), a Kunming
advisor's voice input (r8b; its sound-alike slips are left to the phonetic matcher) and
replies to the bot's reminders with catch-up lists (r8c), each with sentences beyond the
batches' own wording."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=SHANGHAI)


def at(day: str, hour: int = 21) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=SHANGHAI)


def kinds_and_days(text: str, now: dt.datetime = NOW) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_message(text, now))


# --- a reply that names the bot's reminder ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "提醒的家长联系：已打两个，都是上学期有挂科的同学的家长。",
            at("2026-09-16"),
            {("parent_contact", "2026-09-16"): 1},
        ),
        ("提醒的查寝：周二晚上去过了", NOW, {("dorm_visit", "2026-11-17"): 1}),
        ("提醒里的谈心：今天找了三个同学", NOW, {("student_talk", "2026-11-18"): 1}),
        ("提醒中的听课：昨天听了一节高数", NOW, {("classroom_visit", "2026-11-17"): 1}),
    ],
)
def test_a_reply_naming_the_reminder_asks_for_nothing(
    text: str, now: dt.datetime, expected: dict[tuple[str, str], int]
) -> None:
    assert kinds_and_days(text, now) == Counter(expected)


def test_a_reminder_asked_for_still_records_nothing() -> None:
    assert kinds_and_days("提醒大家明天查寝") == Counter()


# --- days listed with their counts after the deed ------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # A plan word after the list ("寒假回去要…") does not send the days ahead.
        (
            "这礼拜给四个家长打了电话 礼拜二两个 礼拜四两个 都是冇找到工作的 寒假回去要屋里多劝劝",
            at("2027-01-08"),
            {("parent_contact", "2027-01-05"): 1, ("parent_contact", "2027-01-07"): 1},
        ),
        (
            "这周谈了五个学生 礼拜一三个 礼拜二两个 下周还要再找几个",
            NOW,
            {("student_talk", "2026-11-16"): 1, ("student_talk", "2026-11-17"): 1},
        ),
        # A filler of speech before a day.
        (
            "周末给3个家长打了电话 都是挂科的 嗯周六打了两个 周日打了一个",
            NOW,
            {("parent_contact", "2026-11-14"): 1, ("parent_contact", "2026-11-15"): 1},
        ),
        # "One was on …": each day one of them.
        (
            "假期里给两位家长打过电话，一个是10月3号，一个是10月5号，都是关于实习安排的事。",
            at("2026-10-09"),
            {("parent_contact", "2026-10-03"): 1, ("parent_contact", "2026-10-05"): 1},
        ),
        (
            "这周找了两个学生谈心，一个是周一，另一个是周二",
            NOW,
            {("student_talk", "2026-11-16"): 1, ("student_talk", "2026-11-17"): 1},
        ),
    ],
)
def test_days_listed_with_counts_after_the_deed(
    text: str, now: dt.datetime, expected: dict[tuple[str, str], int]
) -> None:
    assert kinds_and_days(text, now) == Counter(expected)


# --- Changsha day words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("打算后日去宿舍走一圈，天冷哒看下被子够不够", "2026-11-20"),
        ("后日晚上开班会", "2026-11-20"),
        ("大后日去听课", "2026-11-21"),
    ],
)
def test_hou_ri_is_the_day_after_tomorrow(text: str, day: str) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.date.isoformat() == day


def test_hou_ri_inside_another_word_is_no_day() -> None:
    (activity,) = parse_message("今后日常查寝多注意安全，今天去宿舍看了看", NOW)
    assert activity.date.isoformat() == "2026-11-18"


# --- paperwork for students, named by its papers -------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "今朝帮两个伢子弄三方协议 学院盖章跑了两趟 手续太麻烦哒",
            at("2026-11-13"),
            {("other", "2026-11-13"): 1},
        ),
        (
            "收到提醒，这个月宿舍已经去过了，10号去的。另外今天下午帮两个保研的同学核对了推免材料。",
            at("2026-10-12"),
            {("dorm_visit", "2026-10-10"): 1, ("other", "2026-10-12"): 1},
        ),
        (
            "今天一天好累 早上陪小赵去办那个 那个助学贷款的材料 然后晚上又找他谈了一个小时",
            at("2027-05-19"),
            {("other", "2027-05-19"): 1, ("student_talk", "2027-05-19"): 1},
        ),
        (
            "下午给三个考研的同学审核了报名材料，晚上去听了晚自习",
            NOW,
            {("other", "2026-11-18"): 1, ("classroom_visit", "2026-11-18"): 1},
        ),
        ("上午带小陈去就业办办了就业协议", NOW, {("other", "2026-11-18"): 1}),
    ],
)
def test_paperwork_for_students_named_by_its_papers(
    text: str, now: dt.datetime, expected: dict[tuple[str, str], int]
) -> None:
    assert kinds_and_days(text, now) == Counter(expected)


# --- students taken to their job fair, interview or defence --------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        (
            "上礼拜六带了一批伢子去省人才市场那个秋季招聘会，人多得很",
            at("2026-09-14"),
            "2026-09-12",
        ),
        ("上午陪两个伢子去人才市场现场面试，一个当场拿了意向", at("2026-11-20"), "2026-11-20"),
        (
            "上周六陪那个大窗项目组的四个同学去那个 那个什么 答辩 嗯中期答辩",
            at("2027-05-10"),
            "2027-05-08",
        ),
        ("昨天带毕业班的几个孩子到体育馆参加双选会", NOW, "2026-11-17"),
        ("陪小李去学院参加保研复试", NOW, "2026-11-18"),
    ],
)
def test_students_taken_to_their_job_fair_interview_or_defence(
    text: str, now: dt.datetime, day: str
) -> None:
    assert kinds_and_days(text, now) == Counter({("student_activity", day): 1})


# --- a league day that is the outing told before it -----------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        (
            "周六带了十几个学生去省博物馆餐馆 嗯 算是团日活动 拍了好多照片",
            at("2027-03-15"),
            "2027-03-13",
        ),
        ("周日带班上同学去敬老院做志愿服务，也算我们的团日了", NOW, "2026-11-15"),
        ("组织全班去烈士陵园扫墓 就当是团日活动", NOW, "2026-11-18"),
    ],
)
def test_a_league_day_counted_as_the_outing_is_no_meeting(
    text: str, now: dt.datetime, day: str
) -> None:
    assert kinds_and_days(text, now) == Counter({("student_activity", day): 1})


def test_a_league_day_held_is_still_a_meeting() -> None:
    assert kinds_and_days("今天下午开了团日活动") == Counter({("class_meeting", "2026-11-18"): 1})


# --- the students told to call or write to their parents --------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "今晚主题班惠 感恩母亲节 然后让他们每个人当场给妈妈打个电话",
            at("2027-05-12"),
            {("theme_meeting", "2027-05-12"): 1},
        ),
        ("晚上开了班会，鼓励大家多给家长打打电话", NOW, {("class_meeting", "2026-11-18"): 1}),
        (
            "开了个班会，要求同学们周末回家跟父母好好沟通一下选科的事",
            NOW,
            {("class_meeting", "2026-11-18"): 1},
        ),
    ],
)
def test_students_told_to_reach_their_parents_is_no_parent_contact(
    text: str, now: dt.datetime, expected: dict[tuple[str, str], int]
) -> None:
    assert kinds_and_days(text, now) == Counter(expected)


def test_the_advisor_calling_a_students_parents_is_still_a_contact() -> None:
    assert kinds_and_days("让学生家长明天来学校一趟") == Counter(
        {("parent_contact", "2026-11-19"): 1}
    )


# --- a notice forwarded ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "湖导员让我把那个体检的通知转到班级群里面 我已经转了",
        "把学院的查寝通知转发到群里了",
        "下午把奖学金评定的文件转到班级群",
        "今天转发了学工办的资助通知",
    ],
)
def test_a_notice_forwarded_records_nothing(text: str) -> None:
    assert kinds_and_days(text) == Counter()


# --- "too", told as done, on a day of its own ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "期末考试周 这几天每天晚上都去宿舍转一下 就周五周六周日 然后今天也去了",
            at("2027-06-28"),
            {
                ("dorm_visit", "2027-06-25"): 1,
                ("dorm_visit", "2027-06-26"): 1,
                ("dorm_visit", "2027-06-27"): 1,
                ("dorm_visit", "2027-06-28"): 1,
            },
        ),
        (
            "周一去宿舍看了看 然后今天也去了",
            NOW,
            {("dorm_visit", "2026-11-16"): 1, ("dorm_visit", "2026-11-18"): 1},
        ),
        (
            "周一找小刘谈了谈 今天也谈了一次",
            NOW,
            {("student_talk", "2026-11-16"): 1, ("student_talk", "2026-11-18"): 1},
        ),
        (
            "周二给两个家长打了电话 今天也打了",
            NOW,
            {("parent_contact", "2026-11-17"): 1, ("parent_contact", "2026-11-18"): 1},
        ),
    ],
)
def test_too_with_a_day_of_its_own_is_the_kind_again(
    text: str, now: dt.datetime, expected: dict[tuple[str, str], int]
) -> None:
    assert kinds_and_days(text, now) == Counter(expected)


def test_the_students_too_is_theirs() -> None:
    assert kinds_and_days("周一查了寝 今天他们也去了") == Counter({("dorm_visit", "2026-11-16"): 1})


# --- a weekend, then its day -----------------------------------------------------------------

MONDAY = at("2026-11-23")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("周末学院组织的班导师培训我去了，周日上午，三个小时。", "2026-11-22"),
        ("上周末去宿舍转了转，周日晚上。", "2026-11-22"),
        ("周末开了班委会，是周日下午", "2026-11-22"),
    ],
)
def test_a_weekend_yields_to_its_day_named_alone(text: str, day: str) -> None:
    (activity,) = parse_message(text, MONDAY)
    assert activity.date.isoformat() == day


def test_a_day_of_something_else_leaves_the_weekend() -> None:
    (activity,) = parse_message("周末带着几个学生去参加了数学竞赛，周日晚上才回来", MONDAY)
    assert activity.date.isoformat() == "2026-11-21"


# --- a deed told, then the clause that dates it --------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "收到提醒，这周的听课补上了，周三上午听的实变函数。",
            at("2026-09-11"),
            {("classroom_visit", "2026-09-09"): 1},
        ),
        ("这个月的查寝补上了，12号晚上查的男生寝室", NOW, {("dorm_visit", "2026-11-12"): 1}),
        ("上周的谈心补上了，周四找小刘谈的", NOW, {("student_talk", "2026-11-12"): 1}),
        ("这周的查寝补上了，周二晚上去男生宿舍查的", NOW, {("dorm_visit", "2026-11-17"): 1}),
    ],
)
def test_a_deed_then_the_clause_that_dates_it_is_one(
    text: str, now: dt.datetime, expected: dict[tuple[str, str], int]
) -> None:
    assert kinds_and_days(text, now) == Counter(expected)


def test_two_dated_deeds_stay_two() -> None:
    assert kinds_and_days("周一听了高数，周二听了线代") == Counter(
        {("classroom_visit", "2026-11-16"): 1, ("classroom_visit", "2026-11-17"): 1}
    )


# --- what it was meant to be, or a clause of its own calling it off --------------------------


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("班委会本来今朝开的 班长去深圳面试 推到下礼拜哒", at("2026-11-18")),
        ("查寝原本是今天去的，下雨了，改天吧", NOW),
        ("五一放假前那个安全主题班会 今天晚上不开了 改成在群里发通知", at("2027-04-30")),
        ("周五的班委会 这周就不开了 大家都在备考", NOW),
    ],
)
def test_meant_or_called_off_in_a_clause_of_its_own_records_nothing(
    text: str, now: dt.datetime
) -> None:
    assert kinds_and_days(text, now) == Counter()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("班会本来就是今天开的 开得很好", {("class_meeting", "2026-11-18"): 1}),
        ("听课本来周二去的，后来还是去了", {("classroom_visit", "2026-11-17"): 1}),
    ],
)
def test_meant_and_done_still_records(text: str, expected: dict[tuple[str, str], int]) -> None:
    assert kinds_and_days(text) == Counter(expected)


# --- what was said at a meeting, item by item -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "嗯那个今天晚上那个班会开了 说了一下期末复习的事 还有那个暑假社会实践",
            at("2027-05-26"),
            {("class_meeting", "2027-05-26"): 1},
        ),
        ("晚上班会开了 讲了讲考试纪律 还有那个志愿服务", NOW, {("class_meeting", "2026-11-18"): 1}),
    ],
)
def test_what_was_said_at_a_meeting_item_by_item_is_its_topic(
    text: str, now: dt.datetime, expected: dict[tuple[str, str], int]
) -> None:
    assert kinds_and_days(text, now) == Counter(expected)


# --- the others, on a day of their own ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "嗯今天找了2个挂科的学生谈心 然后 然后明天还要找另外两个",
            at("2027-03-03"),
            {("student_talk", "2027-03-03"): 1, ("student_talk", "2027-03-04"): 1},
        ),
        (
            "今天给三个家长打了电话，周五还得打给剩下的两个",
            NOW,
            {("parent_contact", "2026-11-18"): 1, ("parent_contact", "2026-11-20"): 1},
        ),
        (
            "昨天跟两个班委聊了聊 明天还要约其他几个",
            NOW,
            {("student_talk", "2026-11-17"): 1, ("student_talk", "2026-11-19"): 1},
        ),
    ],
)
def test_the_others_on_a_day_of_their_own(
    text: str, now: dt.datetime, expected: dict[tuple[str, str], int]
) -> None:
    assert kinds_and_days(text, now) == Counter(expected)


def test_another_deed_later_is_no_repeat() -> None:
    assert kinds_and_days("今天和小王谈了谈 明天还要去开会") == Counter(
        {("student_talk", "2026-11-18"): 1}
    )


# --- the places of outings, and students taken there ------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        ("软件园去了 嗯学生反映还挺好的 下午两点到五点半", at("2027-04-28"), "2027-04-28"),
        (
            "下个星期三下午带学生去那个软件园餐馆 已经联系好了 大巴也定了",
            at("2027-04-21"),
            "2027-04-28",
        ),
        (
            "今天一天都在那个数学见模的陪训 带我们班5个学生去的 嗯就是校内的那个 搞了一整天",
            at("2027-03-26"),
            "2027-03-26",
        ),
        ("上午的创业培训 带了3个同学去的", NOW, "2026-11-18"),
        ("产业园也去过了，孩子们挺感兴趣", NOW, "2026-11-18"),
    ],
)
def test_outing_places_and_students_taken_there(text: str, now: dt.datetime, day: str) -> None:
    assert kinds_and_days(text, now) == Counter({("student_activity", day): 1})


def test_the_advisors_own_training_stays_a_seminar() -> None:
    assert kinds_and_days("上午参加了学院的班主任培训") == Counter({("seminar", "2026-11-18"): 1})


# --- a later clause's date that is the students' ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        (
            "放假前最后去查一次寝，断电关窗都讲了。一个学期就这样过去哒，六月份这批伢子就毕业，舍不得",
            at("2027-01-13"),
            "2027-01-13",
        ),
        ("查了一次寝。上个月这批孩子刚入学，不太适应", NOW, "2026-11-18"),
        ("去宿舍看了看，10月份他们搬进来的", NOW, "2026-11-18"),
    ],
)
def test_a_later_clauses_date_of_the_students_dates_nothing(
    text: str, now: dt.datetime, day: str
) -> None:
    (activity,) = parse_message(text, now)
    assert activity.date.isoformat() == day


# --- Changsha words, and a meal for a crowd of students ---------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "考完哒，昨日晚上请班上十几个伢子恰了顿饭，大家放松下，有几个哭了，四年不容易",
            at("2026-12-23"),
            {("other", "2026-12-22"): 1},
        ),
        ("期末考完请全班同学吃了火锅", NOW, {("other", "2026-11-18"): 1}),
        ("和二十多个同学一起吃了顿饭 庆祝一下", NOW, {("other", "2026-11-18"): 1}),
    ],
)
def test_a_meal_for_a_crowd_of_students_is_other_work(
    text: str, now: dt.datetime, expected: dict[tuple[str, str], int]
) -> None:
    assert kinds_and_days(text, now) == Counter(expected)


def test_a_meal_with_a_few_students_is_still_a_talk() -> None:
    assert kinds_and_days("中午跟三个伢子恰饭，聊了蛮久") == Counter(
        {("student_talk", "2026-11-18"): 1}
    )


def test_ha_ends_a_sentence_as_le() -> None:
    from bot.parsing.normalise import normalise

    assert normalise("宿舍去过哒，么么哒")[1] == "宿舍去过了,么么哒"


@pytest.mark.parametrize(
    ("text", "now", "documents"),
    [
        ("学期工作计划交咯，发给学院李老师哒", at("2026-09-10"), [("semester_plan", None)]),
        (
            "十二月份记录表交咯，顺便问下一月份的到时候交到哪个手里",
            at("2027-01-04"),
            [("monthly_form", "2026-12")],
        ),
    ],
)
def test_lo_after_a_verb_is_le(
    text: str, now: dt.datetime, documents: list[tuple[str, str | None]]
) -> None:
    from bot.parsing import parse_note

    result = parse_note(text, now)
    assert [(d.doc, d.period) for d in result.documents] == documents


# --- each listed day's own count -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "counts"),
    [
        (
            "这礼拜给四个家长打了电话 礼拜二两个 礼拜四两个 都是冇找到工作的 寒假回去要屋里多劝劝",
            at("2027-01-08"),
            {"2027-01-05": 2, "2027-01-07": 2},
        ),
        (
            "假期里给两位家长打过电话，一个是10月3号，一个是10月5号，都是关于实习安排的事。",
            at("2026-10-09"),
            {"2026-10-03": 1, "2026-10-05": 1},
        ),
        (
            "上礼拜打了几通电话给家长，礼拜二两个，礼拜四一个",
            NOW,
            {"2026-11-10": 2, "2026-11-12": 1},
        ),
    ],
)
def test_each_listed_day_has_its_own_count(
    text: str, now: dt.datetime, counts: dict[str, int]
) -> None:
    assert {a.date.isoformat(): a.count for a in parse_message(text, now)} == counts
