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
