"""Sound-alike slips of voice input found by how they sound (bot.parsing.sounds, issue 17):
each accent merge, the real words and straddled words it must leave, and the data file."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.parsing import parse_message
from bot.parsing.pinyin import DATA_FILE as PINYIN_FILE
from bot.parsing.sounds import (
    DATA_FILE,
    SOUND_TARGETS,
    build,
    build_pinyin,
    fold_sound_alikes,
    fuzzy_syllable,
    source_hash,
)

DATA = Path(__file__).resolve().parents[2] / "bot" / "data" / DATA_FILE
PINYIN_DATA = DATA.with_name(PINYIN_FILE)
SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=SHANGHAI)


def kinds_and_days(text: str) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_message(text, NOW))


# --- the data file --------------------------------------------------------------------


def test_the_data_file_is_built_from_the_tables_as_they_are() -> None:
    shipped = json.loads(DATA.read_text(encoding="utf-8"))
    assert shipped["source"] == source_hash(), (
        "SOUND_TARGETS, NOT_SLIPS or a threshold changed: rebuild the data with "
        "`.venv/bin/python -m bot.parsing.sounds` (needs the `data` extra)"
    )
    assert sorted(shipped["targets"]) == sorted(SOUND_TARGETS)
    assert json.loads(PINYIN_DATA.read_text(encoding="utf-8"))["source"] == source_hash()


@pytest.mark.skipif(
    importlib.util.find_spec("pypinyin") is None or importlib.util.find_spec("jieba") is None,
    reason="pypinyin and jieba (the `data` extra) are not installed: the rebuild is not checked",
)
def test_rebuilding_gives_the_shipped_data() -> None:
    assert build() == json.loads(DATA.read_text(encoding="utf-8"))
    assert build_pinyin() == json.loads(PINYIN_DATA.read_text(encoding="utf-8"))


# --- the accent merges ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("syllable", "folded"),
    [
        ("zhang", "zang"),  # zh as z, -ang kept
        ("ming", "min"),  # -ing as -in
        ("neng", "len"),  # n as l, -eng as -en
        ("hui", "fei"),  # hu- as f-
        ("hua", "fa"),
        ("fu", "fu"),
        ("n", "n"),  # the syllable n (嗯) is not l
    ],
)
def test_fuzzy_syllable(syllable: str, folded: str) -> None:
    assert fuzzy_syllable(syllable) == folded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same sound, other characters
        ("晚上去速设转了一圈", {("dorm_visit", "2026-11-18")}),
        ("今天开了搬回，讲期中考试", {("class_meeting", "2026-11-18")}),
        ("下午跟班尾们开了个会", {("cadre_meeting", "2026-11-18")}),
        ("给两个家张打了电话", {("parent_contact", "2026-11-18")}),
        ("找了两个瓜科的学生探心", {("student_talk", "2026-11-18")}),
        ("那个诚信烤试的主题搬回开了", {("theme_meeting", "2026-11-18")}),
        ("周二去厅课了 是高树", {("classroom_visit", "2026-11-17")}),
        # -ing for -in, -eng for -en: 茶青 (查寝), 经天 (今天), 民天 (明天)
        ("经天晚上去茶青了", {("dorm_visit", "2026-11-18")}),
        ("民天晚上去茶青", {("dorm_visit", "2026-11-19")}),
        # f for hu-: 电发 (电话), 交流费 (交流会), 运动费 (运动会)
        ("给小李妈妈打了个电发", {("parent_contact", "2026-11-18")}),
        ("下午参加班主任经验交流费", {("seminar", "2026-11-18")}),
        ("民天带队去校运动费", {("student_activity", "2026-11-19")}),
        # h for f-: 湖导员 (辅导员) does not hide the meeting
        ("跟湖导员一起开了班委会", {("cadre_meeting", "2026-11-18")}),
        # n as l: 蓝生 (男生), 旅生 (女生)
        ("去了蓝生速设和旅生速设", {("dorm_visit", "2026-11-18")}),
    ],
)
def test_a_slip_is_read_by_its_sound(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


@pytest.mark.parametrize(
    ("text", "slip", "word"),
    [
        ("去了蓝生速设", "蓝生速设", "男生宿舍"),
        ("经验交流费", "交流费", "交流会"),
        ("三月份的工作记录标交了", "记录标", "记录表"),
        ("寝室张制度", "寝室张", "寝室长"),
        ("听了先行代数", "先行代数", "线性代数"),
    ],
)
def test_the_fold_writes_the_word(text: str, slip: str, word: str) -> None:
    folded = fold_sound_alikes(text)
    assert word in folded and slip not in folded


# --- what it must leave ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # words of their own that sound like a word of the work
        "今天停课了",  # not 听课
        "晚上在餐馆吃饭",  # not 参观
        "他心里不舒服",  # not 心理
        "双十一买了家纺用品",  # not 家访 (NOT_SLIPS)
        "下昼去饮茶",  # Cantonese afternoon, not 下周 (NOT_SLIPS)
        # a sound that straddles two words
        "提醒离校断电锁门",  # 提醒|离校, not 心理
        "讨论五四评优",  # 五四|评优, not 视频
        "人家放我鸽子了",  # 人家|放, not 家访
        "陪她在楼下走着聊",  # 楼下|走着, not 下周
        "查寝要拍照上传吗",  # 拍照|上传, not 早上
        # a function word inside the stretch
        "还有3个班未交",  # not 班委
    ],
)
def test_real_words_and_straddled_words_are_left(text: str) -> None:
    assert fold_sound_alikes(text) == text


def test_words_written_right_are_left() -> None:
    text = "今天晚上去宿舍查寝，明天开班会，给家长打电话"
    assert fold_sound_alikes(text) == text


@given(st.text(alphabet=st.characters(codec="gb2312"), max_size=40))
def test_the_fold_keeps_the_length_and_only_writes_targets(text: str) -> None:
    folded = fold_sound_alikes(text)
    assert len(folded) == len(text)
    changed = [i for i, (a, b) in enumerate(zip(text, folded, strict=True)) if a != b]
    if changed:
        # every changed character lies inside a target written out in full
        assert any(word in folded for word in SOUND_TARGETS)
