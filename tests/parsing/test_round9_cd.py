"""Issue 17, round 9 (batches r9c and r9d): the classes of misses of a Beijing advisor's
speech (儿化 day words, 瞅, 溜达, 侃; fortnightly catch-ups listing dates per kind) and a
Nanchang advisor's uncorrected voice-to-text (n/l, f/h, -in/-ing slips, no punctuation),
each with sentences beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message
from bot.parsing.normalise import normalise

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=SHANGHAI)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def kinds_and_days(text: str, now: dt.datetime = NOW) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_message(text, now))


# --- Beijing speech: 瞅 is to look, 溜达 to go round, 侃 and 掰扯 to talk -----------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("晚上上宿舍瞅了瞅", NOW, {("dorm_visit", "2026-11-18")}),
        ("晚上寝室挨个瞅了瞅，人都齐", NOW, {("dorm_visit", "2026-11-18")}),
        ("吃完饭宿舍楼溜达了一圈", NOW, {("dorm_visit", "2026-11-18")}),
        ("晚上寝室那边儿溜溜，都挺好", NOW, {("dorm_visit", "2026-11-18")}),
        ("跟俩孩子侃了侃学习上的事儿", NOW, {("student_talk", "2026-11-18")}),
        # the batch's
        (
            "今儿还上宿舍溜达了一圈。",
            at("2026-12-01T21:00:00+08:00"),
            {("dorm_visit", "2026-12-01")},
        ),
        (
            "今儿上午高数期末，去考场瞅了一眼，一个没缺考。",
            at("2027-01-07T12:00:00+08:00"),
            {("classroom_visit", "2027-01-07")},
        ),
    ],
)
def test_beijing_words_for_looking_going_round_and_talking(
    text: str, now: dt.datetime, expected: set[tuple[str, str]]
) -> None:
    assert set(kinds_and_days(text, now)) == expected


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("跟他掰扯了半天", "跟他聊了半天"),
        ("侃了侃", "聊了聊"),
        ("宿舍溜达溜达", "宿舍转转"),
        # not skating or a ball
        ("去滑溜溜的冰面", "去滑溜溜的冰面"),
        ("侃侃而谈", "侃侃而谈"),
    ],
)
def test_beijing_words_folded(text: str, folded: str) -> None:
    assert normalise(text)[0] == folded


# --- 后儿 (后儿个) is the day after tomorrow, 大后儿 the day after that ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("后儿个晚上开班会", {("class_meeting", "2026-11-20")}),
        ("后儿去查寝", {("dorm_visit", "2026-11-20")}),
        ("大后儿带孩子们去参观博物馆", {("student_activity", "2026-11-21")}),
        # not 然后儿
        ("开完会然后儿去宿舍转了一圈", {("dorm_visit", "2026-11-18")}),
    ],
)
def test_hou_er_is_the_day_after_tomorrow(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


def test_hou_er_in_the_batch() -> None:
    text = "后儿礼拜六带队去参加数学竞赛初赛，咱班报了六个。"
    assert set(kinds_and_days(text, at("2026-12-03T22:15:00+08:00"))) == {
        ("student_activity", "2026-12-05")
    }


# --- a negation inside what describes the people the word names is no negation -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("给两个没交表的家长打了电话", {("parent_contact", "2026-11-18")}),
        ("明天给没来上课的家长挨个打电话", {("parent_contact", "2026-11-19")}),
        # a deed of the work negated before 的 still is one not done
        ("上周没开的班会", set()),
    ],
)
def test_negation_describing_the_people(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


# --- a coming day in a later sentence is that sentence's activity's ----------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "下午挨个宿舍走一遍，提醒关电源。明天再跟班委开个会。",
            NOW,
            {("dorm_visit", "2026-11-18"), ("cadre_meeting", "2026-11-19")},
        ),
        (
            "晚上去教室看看晚自习！后天给家长打电话",
            NOW,
            {("classroom_visit", "2026-11-18"), ("parent_contact", "2026-11-20")},
        ),
        # the batch's
        (
            "最后一科考完了，下午挨个儿宿舍溜达，叮嘱离校的事儿。明儿再给几个没买上票的家长打个电话。",
            at("2027-01-12T20:00:00+08:00"),
            {("dorm_visit", "2027-01-12"), ("parent_contact", "2027-01-13")},
        ),
    ],
)
def test_a_coming_day_in_a_later_sentence_is_not_carried_back(
    text: str, now: dt.datetime, expected: set[tuple[str, str]]
) -> None:
    assert set(kinds_and_days(text, now)) == expected


# --- a real word sounding like a word of the work is a slip of it in the work's context ----


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("惊天晚上去请示看了一下", "今天晚上去寝室看了一下"),
        ("去他们请示坐了坐", "去他们寝室坐了坐"),
        ("查了五间请示", "查了五间寝室"),
        ("带她去心里咨询中心", "带她去心理咨询中心"),
        ("心里健康教育", "心理健康教育"),
        ("会后开了个小费", "会后开了个小会"),
        ("把班委牛下来", "把班委留下来"),
        # the real words where the context is not the work's
        ("去请示领导", "去请示领导"),
        ("给学院写了个请示", "给学院写了个请示"),
        ("心里很难受", "心里很难受"),
        ("惊天动地", "惊天动地"),
        ("给了服务员小费", "给了服务员小费"),
    ],
)
def test_real_words_as_slips_in_context(text: str, folded: str) -> None:
    assert normalise(text)[0] == folded


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("惊天下午去男生请示看了看", NOW, {("dorm_visit", "2026-11-18")}),
        (
            "班会完了把班委牛下来开了个小费",
            NOW,
            {("class_meeting", "2026-11-18"), ("cadre_meeting", "2026-11-18")},
        ),
        # the batch's
        (
            "惊天晚上去请示看了一下 嗯考研的几个都在宿舍学习 小陈肥来了 我去她们请示坐了一下 跟她聊了半个小时",
            at("2026-11-02T22:00:00+08:00"),
            {("dorm_visit", "2026-11-02"), ("student_talk", "2026-11-02")},
        ),
    ],
)
def test_real_words_as_slips_recorded(
    text: str, now: dt.datetime, expected: set[tuple[str, str]]
) -> None:
    assert set(kinds_and_days(text, now)) == expected


# --- a student taken to the counsellors is other work --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("下午陪小王去了心理咨询中心", {("other", "2026-11-18")}),
        ("带他去做了一次心理咨询", {("other", "2026-11-18")}),
        ("陪她去校心理健康中心做了测评", {("other", "2026-11-18")}),
        # the batch's, slip and all
        (
            "嗯今天下午又陪小陈去了心里咨询中心 那个咨询师说她情况稳定一些了 药可以不用加",
            {("other", "2026-11-18")},
        ),
    ],
)
def test_taken_to_the_counsellors(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


# --- in a run-on voice note, a space before 我没 or a student's parent ends a clause -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨天的班会是团支书主持的 我没参加 在外面开会", set()),
        ("前天的主题班会学生自己开的 我没去 在开会", set()),
        (
            "陪他去了三院看急诊 他爸那边我也打了电话",
            {("other", "2026-11-18"), ("parent_contact", "2026-11-18")},
        ),
        # the batch's
        (
            "惊天晚上小陈室友给我打电话说她情绪不对 我就赶过去了 然后了陪她去了二附院看急诊 "
            "搞到现在才肥来 她妈妈那边我也打了电话 她妈妈说明天过来",
            {("other", "2026-11-18"), ("parent_contact", "2026-11-18")},
        ),
    ],
)
def test_voice_note_space_before_a_new_statement(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


# --- "去不了", "开不成" after the activity: it is not done ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "班会今天开不了 教室被占了",
        "今晚查寝去不了，临时有会",
        "这周的听课去不成了",
    ],
)
def test_cannot_go_after_the_activity(text: str) -> None:
    assert not kinds_and_days(text)


# --- a talk told by its length: 聊了有半个多钟头, 谈了一个多小时 ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("下午小周来办公室，聊了有半个多钟头", {("student_talk", "2026-11-18")}),
        ("晚上又谈了一个多小时，总算想通了", {("student_talk", "2026-11-18")}),
        ("找了他，聊了快二十分钟", {("student_talk", "2026-11-18")}),
        ("中午聊了两个半小时", {("student_talk", "2026-11-18")}),
    ],
)
def test_a_talk_told_by_its_length(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


# --- a chat after one student was gone to or taken out is a talk with them ---------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "给她妈妈回了个电话，晚上带她去食堂吃了饭，聊了一下",
            NOW,
            {("parent_contact", "2026-11-18"), ("student_talk", "2026-11-18")},
        ),
        (
            "去宿舍看了看他，聊了一会儿",
            NOW,
            {("dorm_visit", "2026-11-18"), ("student_talk", "2026-11-18")},
        ),
        # a chat after the visit or the call alone is part of it
        ("去宿舍走访，聊了聊", NOW, {("dorm_visit", "2026-11-18")}),
        ("给她妈妈打了电话 聊了一下她的情况", NOW, {("parent_contact", "2026-11-18")}),
        # the batch's
        (
            "国庆小陈没回家 牛在学校 我今天给她妈妈打了个电话说一下 然后了中午带她出去吃了个换 聊了一下 情绪还可以",
            at("2026-10-04T21:00:00+08:00"),
            {("parent_contact", "2026-10-04"), ("student_talk", "2026-10-04")},
        ),
        (
            "有个孩子没回家，留校了，今儿上午专门上宿舍瞅了瞅他，给带了点儿水果，聊了有半个多钟头。",
            at("2026-10-05T12:00:00+08:00"),
            {("dorm_visit", "2026-10-05"), ("student_talk", "2026-10-05")},
        ),
    ],
)
def test_a_chat_with_the_one_student_gone_to(
    text: str, now: dt.datetime, expected: set[tuple[str, str]]
) -> None:
    assert set(kinds_and_days(text, now)) == expected


# --- days listed with a spoken count each, run on: 周二一次周四一次, 9号俩、12号一个 ---------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "上周听了两次课 周一一次周三一次",
            NOW,
            {("classroom_visit", "2026-11-09"), ("classroom_visit", "2026-11-11")},
        ),
        (
            "这周家访 周一两家周二一家",
            NOW,
            {("parent_contact", "2026-11-16"), ("parent_contact", "2026-11-17")},
        ),
        # the batch's, with 请 for 寝 split from 查 by the count
        (
            "上周查了两次请 周二一次周四一次 忘记记了 补一下",
            at("2026-11-09T21:45:00+08:00"),
            {("dorm_visit", "2026-11-03"), ("dorm_visit", "2026-11-05")},
        ),
        (
            "上半月补一下：宿舍12.2、12.7、12.10；查课12.7、12.11；谈心9号俩、12号一个；"
            "13号家长那边儿联系了两家。",
            at("2026-12-15T21:00:00+08:00"),
            {
                ("dorm_visit", "2026-12-02"),
                ("dorm_visit", "2026-12-07"),
                ("dorm_visit", "2026-12-10"),
                ("classroom_visit", "2026-12-07"),
                ("classroom_visit", "2026-12-11"),
                ("student_talk", "2026-12-09"),
                ("student_talk", "2026-12-12"),
                ("parent_contact", "2026-12-13"),
            },
        ),
    ],
)
def test_days_listed_with_a_spoken_count(
    text: str, now: dt.datetime, expected: set[tuple[str, str]]
) -> None:
    assert set(kinds_and_days(text, now)) == expected


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("上周谈心 周二俩、周四仨", {"2026-11-10": 2, "2026-11-12": 3}),
        ("上周谈心 周一三个、周三一个", {"2026-11-09": 3, "2026-11-11": 1}),
    ],
)
def test_the_spoken_count_of_each_listed_day(text: str, counts: dict[str, int]) -> None:
    assert {a.date.isoformat(): a.count for a in parse_message(text, NOW)} == counts


# --- one character sounding like 寝 is 寝 only where the visit is split by its count -------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("查了两次请", "查了两次寝"),
        ("昨天查了个亲", "昨天查了个寝"),
        # a word it starts, or no count before it
        ("查了一下情况", "查了一下情况"),
        ("查了个请假条", "查了个请假条"),
        ("请了两次", "请了两次"),
    ],
)
def test_a_one_character_slip_only_in_context(text: str, folded: str) -> None:
    assert normalise(text)[0] == folded


# --- going over again (再过去看看) or also on another day (周五也去了) is the kind again ---


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "今天去宿舍看了看 明天我再过去转一下",
            NOW,
            {("dorm_visit", "2026-11-18"), ("dorm_visit", "2026-11-19")},
        ),
        (
            "周一带学生去科技馆参观，周二也去了",
            NOW,
            {("student_activity", "2026-11-16"), ("student_activity", "2026-11-17")},
        ),
        (
            "比赛今天开始的 我周一晚上也去了的",
            NOW,
            {("student_activity", "2026-11-18"), ("student_activity", "2026-11-16")},
        ),
        # time passing is no repeat
        ("今天去宿舍看了看，再过去两天就放假了", NOW, {("dorm_visit", "2026-11-18")}),
        # the batch's
        (
            "数学见模今天晚上六点开始的 我在实验室那边陪他们到现在 五个队都在 嗯 "
            "明天晚上我再过去看一下给他们带点吃的",
            at("2026-09-10T23:00:00+08:00"),
            {("student_activity", "2026-09-10"), ("student_activity", "2026-09-11")},
        ),
        (
            "建模那个昨天晚上八点钟交上去了终于 我周六晚上也去了的 周日下午也在那边 陪到他们交完才走",
            at("2026-09-14T08:30:00+08:00"),
            {("student_activity", "2026-09-12"), ("student_activity", "2026-09-13")},
        ),
    ],
)
def test_going_over_again_or_also_on_another_day(
    text: str, now: dt.datetime, expected: set[tuple[str, str]]
) -> None:
    assert set(kinds_and_days(text, now)) == expected


# --- merge of the lanes: a talk told by its length, then the student's promise ------------


@pytest.mark.parametrize(
    "text",
    [
        "今天找陈同学谈了，心里不舒服，谈了一个半钟头，答应明天去上课",
        "找小李谈心，聊了一个多小时，他保证下周一开始按时上课",
        "和王浩谈了谈，谈了半个多钟头，承诺明天交作业",
    ],
)
def test_a_students_promise_does_not_date_the_talk(text: str) -> None:
    talks = [a for a in parse_message(text, NOW) if a.kind == "student_talk"]
    assert [a.date for a in talks] == [NOW.date()]
