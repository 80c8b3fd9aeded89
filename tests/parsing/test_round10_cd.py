"""Issue 17, round 10 (batches r10c and r10d): the classes of misses of a careful, formal
advisor (corrections of earlier notes, the committee meeting held without her, forms handed
over formally) and of one abroad typing toneless pinyin on a laptop (meetings by video, time
differences), each with sentences beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note
from bot.parsing.pinyin import read_pinyin

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=SHANGHAI)
TODAY = "2026-11-18"
YESTERDAY = "2026-11-17"
TOMORROW = "2026-11-19"


def kinds_and_days(text: str, now: dt.datetime = NOW) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_note(text, now).activities)


def only(kind: str, day: str = TODAY) -> Counter[tuple[str, str]]:
    return Counter({(kind, day): 1})


# --- a form or plan written out and handed over, as a formal note says it -------------------
# (kinds.FORM_FINISHED, kinds.FORM_HANDED_OVER)


@pytest.mark.parametrize(
    ("text", "doc"),
    [
        ("十一月份工作记录表已填写完成，今晚提交，请查收。", "monthly_form"),
        ("本月工作记录表已填写完毕。", "monthly_form"),
        ("十月份工作记录表，请查收", "monthly_form"),
        ("您好，本学期班主任工作计划已填写完毕，现提交，请查收。", "semester_plan"),
        ("2026—2027学年第一学期班主任工作计划现提交，请审阅。", "semester_plan"),
    ],
)
def test_a_form_written_and_handed_over_formally_is_a_document(text: str, doc: str) -> None:
    result = parse_note(text, NOW)
    assert result.activities == ()
    assert [d.doc for d in result.documents] == [doc]


def test_a_student_s_form_filled_in_is_still_paperwork() -> None:
    assert kinds_and_days("帮学生填写完助学金申请表") == only("other")


# --- a correction's days that are not the deed's (dates.NOT_MEANT_BEFORE / _AFTER) ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day it was wrongly given, and the day the wrong note was sent.
        ("更正：昨晚报的那次查寝，实际是周一晚上，不是周二。", {("dorm_visit", "2026-11-16")}),
        ("周一报的家访，其实是上周六去的，不是周日。", {("parent_contact", "2026-11-14")}),
        ("昨天那条记错了：班会是11月16日开的，而不是17日。", {("class_meeting", "2026-11-16")}),
        ("听课是周二，并非周三", {("classroom_visit", "2026-11-17")}),
        ("the dorm check was on Monday, not Tuesday", {("dorm_visit", "2026-11-16")}),
    ],
)
def test_a_correction_dates_the_deed_by_the_day_it_puts_right(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert set(kinds_and_days(text)) == expected


def test_a_question_whether_it_was_that_day_keeps_the_day() -> None:
    # "是不是周一" asks, it does not put a day right; the visit of 周二 stays.
    assert kinds_and_days("周二查寝了，是不是周一也该去一次？") == only("dorm_visit", YESTERDAY)


# --- the advisor away, told at the start of the next sentence (blocking._NOT_THERE_LATER_RE) --


@pytest.mark.parametrize(
    "text",
    [
        "今晚班长组织开了班会，讨论运动会报名。我因出差未能到场。",
        "下午团支书召集班委开会，商量团日活动。本人因监考没能参加。",
        "今天组织委员带班委开了个会，定了元旦晚会节目。我有课，没有到场。",
    ],
)
def test_a_meeting_the_advisor_was_away_from_records_nothing(text: str) -> None:
    assert kinds_and_days(text) == Counter()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今晚开了班委会。我没能参加下午的讲座。", {("cadre_meeting", TODAY)}),
        ("今晚班长组织开了班会，讨论运动会报名。我也参加了。", {("class_meeting", TODAY)}),
    ],
)
def test_away_from_something_else_or_there_after_all(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= set(kinds_and_days(text))


# --- "as usual": the routine named once, its other days after it (topics.REPEAT_RE) ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "昨晚去看了晚自习，到场38人。今晚和明晚照常。",
            {
                ("classroom_visit", YESTERDAY),
                ("classroom_visit", TODAY),
                ("classroom_visit", TOMORROW),
            },
        ),
        ("周一查了寝，周二照旧", {("dorm_visit", "2026-11-16"), ("dorm_visit", YESTERDAY)}),
        # Called off one day, done as usual on another (find._MOVED_DONE_RE).
        ("周一的班会因为下雨取消了，今天照常开了", {("class_meeting", TODAY)}),
        (
            "前天晚上的晚自习临时取消了（学院在B103有讲座），昨晚照常去看了，到场40人。",
            {("classroom_visit", YESTERDAY)},
        ),
    ],
)
def test_as_usual_repeats_the_routine(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


# --- an event that was on, told as the reason something fell through (find._EVENT_AS_REASON_RE)


@pytest.mark.parametrize(
    "text",
    [
        "因为学院有个讲座，班会没开",
        "晚自习取消了（图书馆有一场讲座）",
        "由于系里有比赛，查寝推迟了",
    ],
)
def test_an_event_told_as_a_reason_is_not_attended(text: str) -> None:
    assert kinds_and_days(text) == Counter()


def test_an_event_gone_to_is_still_recorded() -> None:
    assert kinds_and_days("今天下午学院有讲座，我带学生去听了") == only("student_activity")


# --- a coming day in a later sentence is not a done deed's (pipeline._coming_after_done) ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天下午走访了本班宿舍。王浩明天到校。", {("dorm_visit", TODAY)}),
        ("上午听了一节线代。有两个同学请假，后天回来。", {("classroom_visit", TODAY)}),
    ],
)
def test_a_later_sentence_s_coming_day_is_its_own(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert set(kinds_and_days(text)) == expected


def test_a_repeat_planned_in_a_later_sentence_keeps_its_day() -> None:
    assert set(kinds_and_days("查寝了。明天再去一次")) == {
        ("dorm_visit", TODAY),
        ("dorm_visit", TOMORROW),
    }


# --- what a visit found is no second visit (pipeline.FINDING_WORDS) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今天下午我到7号楼逐间走访了本班宿舍。除王浩明天到校外，其余同学均已报到，宿舍卫生和用电安全情况良好。",
        "晚上去宿舍转了一圈，宿舍卫生整洁",
    ],
)
def test_what_the_visit_found_is_the_same_visit(text: str) -> None:
    assert kinds_and_days(text) == only("dorm_visit")


def test_a_second_visit_on_its_own_day_stays() -> None:
    assert set(kinds_and_days("周一查寝了，周三又去宿舍看了卫生，情况良好")) == {
        ("dorm_visit", "2026-11-16"),
        ("dorm_visit", TODAY),
    }


# --- a meeting's business after the clause saying it was held; done there by the way ---------
# (topics._held_between, _TOPIC_MARK_RE 安排了, _MEETING_DID_RE 顺便)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("考研前最后一次班委会，今晚开的，安排了考试那两天的联络和送考", "cadre_meeting"),
        ("期末前的班委会，下午开的，安排了考场志愿者和送考", "cadre_meeting"),
        ("晚上腾讯会议开了考研动员主题班会，顺便统计了一下预报名情况", "theme_meeting"),
        ("开了班会，顺便摸底了一下实习意向", "class_meeting"),
    ],
)
def test_the_meeting_s_business_is_not_an_activity_of_its_own(text: str, kind: str) -> None:
    assert kinds_and_days(text) == only(kind)


# --- just now is today (date_forms rel_day: 刚才, 刚刚) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("刚才跟班委开了个短会。这边周末夏令时结束了", {("cadre_meeting", TODAY)}),
        ("刚刚开完班会，上周六的事也说了", {("class_meeting", TODAY)}),
        # The moment the note is written is no date: the deed keeps its own.
        ("昨天的查寝刚才补记一下", {("dorm_visit", YESTERDAY)}),
    ],
)
def test_just_now_is_today(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


# --- today said after midnight of a deed done that evening (bot.parsing._night_owls_day) ---------

SMALL_HOURS = dt.datetime(2026, 11, 19, 2, 30, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天晚上8点开了班会", {("class_meeting", TODAY)}),
        ("jintian wanshang 9 dian gen 2 ge tongxue tan le xin", {("student_talk", TODAY)}),
        # A plan for this evening stays on its day.
        ("今天晚上8点开班会", {("class_meeting", TOMORROW)}),
    ],
)
def test_today_said_after_midnight_of_an_evening_deed_is_yesterday(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert set(kinds_and_days(text, SMALL_HOURS)) == expected


# --- the pinyin reader: the words of a note it did not put first (pinyin.NOTE_WORDS) ----------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("xiang zhoumo gen jiazhang men kai ge hui", ("想",)),
        (
            "xiawu bang yi ge tongxue ban le zaidu zhengming he chengjidan",
            ("帮", "在读证明", "成绩单"),
        ),
        ("chuqin hai keyi, jiu que le 2 ge", ("出勤", "缺了")),
        ("wo rang shiyou pei ta qu le xiaoyiyuan, ta fashao le", ("室友", "校医院", "发烧")),
        ("qu ting le ban li de xuanxiuke", ("班里", "选修课")),
        ("jintian suan cuo shicha le", ("算错", "时差")),
        # An apostrophe keeps its syllables: xi'an is 西安, xian alone 先 or 现.
        ("zuotian qu xi'an kai le ge hui", ("西安",)),
    ],
)
def test_pinyin_words_of_the_note(text: str, words: tuple[str, ...]) -> None:
    read = read_pinyin(text)
    assert all(w in read for w in words), read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("xiang zhoumo gen jiazhang men kai ge xianshang jiazhang hui, hai mei ding", set()),
        (
            "shangwu qu ting le ban li shuxue jianmo xuanxiuke, chuqin hai keyi. "
            "xiawu bang yi ge tongxue ban le zaidu zhengming he chengjidan",
            {("classroom_visit", TODAY), ("other", TODAY)},
        ),
        (
            "zuotian yeli yi ge tongxue fashao, wo pei ta qu le xiaoyiyuan, hai gei ta mama da le dianhua",
            {("other", YESTERDAY), ("parent_contact", YESTERDAY)},
        ),
    ],
)
def test_pinyin_notes_recorded(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


# --- a course named after the contest (kinds: 数学建模选修课) -----------------------------------


def test_a_modelling_elective_is_a_course() -> None:
    assert kinds_and_days("上午去听了班里数学建模选修课，出勤还可以") == only("classroom_visit")


# --- a document sent by email (kinds.FORM_MAILED) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "doc"),
    [
        ("新学期班主任工作计划已经发邮件给学院办公室了。我这学期在国外访学", "semester_plan"),
        ("十月份工作记录表发邮件给辅导员了", "monthly_form"),
        ("本学期工作计划已经发到邮箱", "semester_plan"),
    ],
)
def test_a_document_sent_by_email_is_handed_in(text: str, doc: str) -> None:
    result = parse_note(text, NOW)
    assert result.activities == ()
    assert [d.doc for d in result.documents] == [doc]


# --- a number's measure word in pinyin (pinyin.MEASURE_WORDS) ---------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("he 2 ge xiang baoyan de tongxue tan le tan", "和2个想保研的同学谈了谈"),
        ("gei 4 ge jiazhang da le dianhua", "给4个家长打了电话"),
        ("qu le 2 ci sushe", "去了2次宿舍"),
        ("tan le 1 ge xiaoshi", "谈了1个小时"),
    ],
)
def test_a_number_s_measure_word_in_pinyin(text: str, read: str) -> None:
    assert read_pinyin(text) == read


def test_a_count_read_through_its_measure_word() -> None:
    (talk,) = parse_note("he 2 ge xiang baoyan de tongxue shipin tan le tan", NOW).activities
    assert (talk.kind, talk.count) == ("student_talk", 2)


# --- of those called, the ones who did not answer (details._NOT_REACHED_RE) -------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("给4个家长打了电话通报开题进度，有1个没接", 3),
        ("gei 4 ge jiazhang da le dianhua, you 1 ge mei jie", 3),
        ("给3位家长打了电话，其中1位没接通", 2),
        # Two more besides, or more unanswered than called: the calls made.
        ("给5个家长打了电话，还有2个没打通", 5),
        ("给2个家长打电话，有3个没接", 2),
    ],
)
def test_the_count_is_of_those_reached(text: str, count: int) -> None:
    (call,) = parse_note(text, NOW).activities
    assert (call.kind, call.count) == ("parent_contact", count)


# --- names before "的两次谈话": the talks had with them (details._NAMES_RE) ----------------------


@pytest.mark.parametrize(
    "text", ["昨天上午与杨帆、马俊的两次谈话也已完成。", "和小王、小赵的谈话都很顺利"]
)
def test_names_before_the_talks_count_them(text: str) -> None:
    (talk,) = parse_note(text, NOW).activities
    assert (talk.kind, talk.count) == ("student_talk", 2)
