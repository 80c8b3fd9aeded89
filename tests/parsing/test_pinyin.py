"""Notes typed in pinyin without a Chinese keyboard (bot.parsing.pinyin, issue 17)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message
from bot.parsing.pinyin import read_pinyin

ROOT = Path(__file__).resolve().parents[2]
SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=SHANGHAI)


def kinds_and_days(text: str) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("jintian wanshang gen banwei kai le ge hui", "今天晚上跟班委开了个会"),
        ("gei 3 ge jiazhang da le dianhua", "给3个家长打了电话"),
        ("shang zhou wu he liang ge xuesheng tan xin", "上周五和两个学生谈心"),
        ("zuo wan 8 dian qu 5 hao lou cha qin", "昨晚8点去5号楼查寝"),
        # capitals and a word split anywhere a syllable ends
        ("Mingtian Wan Shang qu su she", "明天晚上去宿舍"),
    ],
)
def test_a_run_of_pinyin_is_written_in_characters(text: str, written: str) -> None:
    assert read_pinyin(text) == written


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jintian wanshang gen banwei kai le ge hui", {("cadre_meeting", "2026-11-18")}),
        ("gei 3 ge jiazhang da le dianhua", {("parent_contact", "2026-11-18")}),
        ("zuotian qu sushe kan le kan", {("dorm_visit", "2026-11-17")}),
        ("xiawu kai le banhui, jiang qimo kaoshi", {("class_meeting", "2026-11-18")}),
        ("shang zhou wu he liang ge xuesheng tan xin", {("student_talk", "2026-11-13")}),
        ("mingtian wanshang qu cha qin", {("dorm_visit", "2026-11-19")}),
        # a note half in pinyin, half in Chinese from the phone
        ("zuotian 查寝 le, jintian gei 2 ge jiazhang da dianhua", {
            ("dorm_visit", "2026-11-17"), ("parent_contact", "2026-11-18")}),
    ],
)  # fmt: skip
def test_a_note_in_pinyin_is_understood(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # English, even with words that are also pinyin (he, long, men, change, dance)
        "talked with Zhang Wei about his grades",
        "went to the dorm with Li Ming and Wang Fang",
        "he and the other men had a long dance",
        "career guidance",  # ca-re-er, gu-i-dance: pinyin does not spell a syllable so
        "due due due soon",
        # pinyin inside a Chinese note, left to the slip tables
        "今天去查qin了",
        # two pinyin words are a name, not a note in pinyin
        "和 Zhang Wei 谈心",
    ],
)
def test_english_and_names_are_left(text: str) -> None:
    assert read_pinyin(text) == text


# The corpus lines typed in pinyin: round 10's r10d author (half of them) and its lane's own.
PINYIN_LINES = ("r10d-", "r10cd-p")


def test_no_note_of_the_corpus_is_read_as_pinyin() -> None:
    # The corpus's thousands of English and code-mixed notes: none is taken for pinyin.
    lines = (ROOT / "tests" / "data" / "parse_corpus.jsonl").read_text(encoding="utf-8")
    cases = [json.loads(line) for line in lines.splitlines() if line.strip()]
    texts = [c["text"] for c in cases if not c["id"].startswith(PINYIN_LINES)]
    assert len(texts) > 9000
    assert [t for t in texts if read_pinyin(t) != t] == []
