"""Regional and chat words (bot/parsing/regional.py): written Cantonese and pinyin initials
read as the standard words they stand for, without touching the Mandarin or English words
written the same."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message
from bot.parsing.normalise import normalise
from bot.parsing.regional import fold_regional

# A Friday evening.
NOW = dt.datetime(2026, 12, 4, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds_and_days(text: str) -> list[tuple[str, str]]:
    return sorted((a.kind, a.date.isoformat()) for a in parse_message(text, NOW))


# --- written Cantonese -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 咗 了, 睇 看, 寻日 昨天
        ("寻日去咗8栋宿舍睇咗下", [("dorm_visit", "2026-12-03")]),
        # 佢哋 他们, 倾 聊, 个钟 小时
        ("今朝同佢哋两个倾咗半个钟", [("student_talk", "2026-12-04")]),
        # 俾 给, 阿妈 妈妈, 琴晚 昨晚
        ("琴晚打电话俾陈同学阿妈,倾咗好耐", [("parent_contact", "2026-12-03")]),
        # 聽日 明天, 下昼 下午
        ("聽日下昼开班会", [("class_meeting", "2026-12-05")]),
        ("聽晚去10栋查寝", [("dorm_visit", "2026-12-05")]),
        # 屋企人 the family
        ("尋日同佢屋企人视频咗", [("parent_contact", "2026-12-03")]),
        # 搵 找, 嚟 来, 倾偈 聊天
        ("呢个礼拜搵咗3个同学嚟办公室倾偈", [("student_talk", "2026-12-04")]),
        # 喺 在, 班房 教室, 上堂 上课
        ("今日喺班房睇佢哋上堂", [("classroom_visit", "2026-12-04")]),
        # 冇 没: not done
        ("今日冇去查寝,第日先", []),
        # 本人: the student in person after the parents
        (
            "周三同陈同学屋企人通咗电话;今日又同佢本人谈咗一次",
            [("parent_contact", "2026-12-02"), ("student_talk", "2026-12-04")],
        ),
    ],
)
def test_written_cantonese_is_read_as_mandarin(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


def test_a_count_after_a_pronoun_is_the_people() -> None:
    (talk,) = parse_message("今早和他们两个聊了半个小时", NOW)
    assert (talk.count, talk.hours) == (2, 0.5)


@pytest.mark.parametrize(
    "text",
    [
        "他倾向于考研，今天和他谈了谈",  # 倾向: a Mandarin word
        "下午去听日语课",  # 听日语, not 听日
        "今天去听晚自习",  # 听晚自习, not 听晚
        "行了，今天查寝",  # no Cantonese in the note: 行 stays
    ],
)
def test_mandarin_words_written_like_cantonese_are_kept(text: str) -> None:
    assert fold_regional(text) == text


# --- pinyin initials -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今晚开了bwh 定了元旦晚会分工", [("cadre_meeting", "2026-12-04")]),
        ("下午去qs看了看", [("dorm_visit", "2026-12-04")]),
        ("给2个jz打了电话", [("parent_contact", "2026-12-04")]),
        ("和3个ky的同学聊了聊", [("student_talk", "2026-12-04")]),
        ("昨天去了3个QS 都挺干净", [("dorm_visit", "2026-12-03")]),
        ("bwh改到下周了", []),
    ],
)
def test_pinyin_initials_are_the_words_of_the_work(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == expected


@pytest.mark.parametrize("text", ["Read the FAQs on the dorm rules", "看了一下faqs", "QS ranking"])
def test_pinyin_initials_inside_a_word_or_an_english_note_are_kept(text: str) -> None:
    assert fold_regional(text) == text


def test_a_phone_typed_space_before_a_coming_day_ends_a_clause() -> None:
    # The call tomorrow is its own clause: the talk tonight is not a talk with the parents.
    assert kinds_and_days("今晚去qs 一个个拎出来谈 明天还得给其中两个jz打电话") == [
        ("dorm_visit", "2026-12-04"),
        ("parent_contact", "2026-12-05"),
        ("student_talk", "2026-12-04"),
    ]


def test_the_fold_keeps_the_note_lower_case_twin_in_step() -> None:
    norm, low = normalise("尋晚去咗QS睇下")
    assert len(norm) == len(low)
    assert low == "昨晚去了寝室看下"


# --- written Shanghainese (Wu) and Hubei words ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 今朝 今天, 阿拉 我们, 伊拉 他们
        ("今朝夜里去阿拉班寝室兜了一圈", [("dorm_visit", "2026-12-04")]),
        # 明朝 明天 before a part of the day (a plan, dated tomorrow)
        ("明朝下半天跟伊拉班委开个会", [("cadre_meeting", "2026-12-05")]),
        # 姆妈 妈妈: a student's mum reached
        ("今朝打电话给小张姆妈,讲了伊最近的情况", [("parent_contact", "2026-12-04")]),
        # 屋里厢 home, 交关 very: nothing else in the note changes
        ("昨日夜里到小王屋里厢家访,伊拉屋里交关客气", [("parent_contact", "2026-12-03")]),
        # Hubei: 伢 a student, 蛮久 很久
        ("今天跟两个伢聊了蛮久", [("student_talk", "2026-12-04")]),
        ("昨天找考研的伢们挨个谈了谈", [("student_talk", "2026-12-03")]),
    ],
)
def test_shanghainese_and_hubei_words_are_read_as_mandarin(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "明朝末年的历史讲座",  # the Ming dynasty, in a note with no Wu in it
        "阿拉伯语角活动",  # 阿拉伯, Arabia
        "伊拉克留学生来访",  # 伊拉克, Iraq
        "他做了一道题",  # 一道题: a question, not "together"
    ],
)
def test_mandarin_words_written_like_shanghainese_are_kept(text: str) -> None:
    assert fold_regional(text) == text


def test_wu_folds_only_in_a_wu_note() -> None:
    # In a Wu note 明朝 before a verb is tomorrow; 伊朗 stays a country.
    assert (
        fold_regional("阿拉班明朝开班会,伊朗来的交换生也来")
        == "我们班明天开班会,伊朗来的交换生也来"
    )
    # 明朝 before a part of the day is tomorrow in any note.
    assert fold_regional("明朝下午开班会") == "明天下午开班会"
    # The Ming dynasty in a Wu note.
    assert fold_regional("阿拉去看明朝的展览") == "我们去看明朝的展览"
