"""How young teachers type on their phones, as tables: list marks, emoji and net slang.

A teacher born after 1995 keeps a note the way a chat is typed: a list with ticks and
crosses ("查寝✅ 家访❌", "🙅家访", "🈚"), slang for a deed done or not ("班会搞定", "家访被鸽了",
"查寝下次一定", "查寝摆烂了"), pinyin for a weekday ("zhou3开了bh", "w5") and a lot of tone
(yyds, xswl, 破防, 麻了, 555) that says nothing about the work. The rules read the standard
marks and words; the tables below spell the chat's as those, so such a note parses as the
plain note would. Pinyin initials of the work's words (bh, qs, jz, zt …) are
`regional.PINYIN_INITIALS`, acknowledgements in slang (886, 栓Q) `small_talk.SMALL_TALK_WORDS`.

- `MARKS`: the emoji a list marks an item with, spelled as the marks the rules read (✅ done,
  ❌ not done, + joining two deeds), before NFKC (which would spell 🈚 as the character 無).
- `MARKERS`: slang for done (搞定, 拿下, 打卡 after a deed), not done (鸽了, 咕咕咕, 摆烂,
  寄了) and later (下次一定), spelled as the standard words the blocking and date stages read.
- `WEEKDAY_PREFIXES`: pinyin and letters before a weekday's digit (zhou3, xq5, w2) for 周.
- `TONE`: slang that changes nothing recorded, listed so the tests keep it so.

Each entry is a `Slang(word, standard, sense, before, after)`: `word` is a regex starting with
a literal character, and `before` / `after` keep the word where it has an ordinary sense (鸽子
a pigeon, 肚子咕咕叫, 拿下来, 学习打卡 the students' check-in). `tests/parsing/test_netslang.py`
reads every entry in a note, and every ordinary sense kept.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.parsing.gates import auto_gated


class Slang(NamedTuple):
    """A mark or word of the chat register and the standard one the rules read."""

    word: str  # a regex starting with a literal character
    standard: str
    sense: str  # "done", "not done", "later", "join", "count"
    before: str = ""
    after: str = ""


# The variation selectors and gender signs an emoji carries on a phone ("✖️", "🙅‍♀️").
_EMOJI_TAIL = "(?:\u200d[\u2640\u2642])?\ufe0f?"

MARKS: tuple[Slang, ...] = (
    # Done: the OK hand, a hundred points, the OK button, and the ticks with their variation
    # selector (the rules read ✔ and ☑ bare).
    Slang("👌", "✅", "done", after=_EMOJI_TAIL),
    Slang("💯", "✅", "done", after=_EMOJI_TAIL),
    Slang("🆗", "✅", "done", after=_EMOJI_TAIL),
    Slang("✔\ufe0f", "✔", "done"),
    Slang("☑\ufe0f", "☑", "done"),
    Slang("✅\ufe0f", "✅", "done"),
    # Not done: the crossed box, the heavy cross (a count before a digit: "查寝✖️2" is twice),
    # the no-gesture, prohibited and no-entry signs, and 🈚 ("none", which NFKC makes 無).
    Slang("❎", "❌", "not done", after=_EMOJI_TAIL),
    Slang("❌\ufe0f", "❌", "not done"),
    Slang("✖\ufe0f", "×", "count", after=r"(?=\s*\d)"),
    Slang("✖\ufe0f", "✖", "not done"),
    Slang("🙅", "❌", "not done", after=_EMOJI_TAIL),
    Slang("🚫", "❌", "not done", after=_EMOJI_TAIL),
    Slang("⛔", "❌", "not done", after=_EMOJI_TAIL),
    Slang("🈚", "❌", "not done", after=_EMOJI_TAIL),
    # Two deeds joined: "查寝➕谈心".
    Slang("➕", "+", "join", after=_EMOJI_TAIL),
)

# After a deed of the work, as a list item ends it: 查寝, 家访, 谈心, 班会, 听课, 电话, 讲座,
# 培训 (a space may stand between: "查寝 鸽了").
_AFTER_A_DEED = "(?:(?<=[寝访心会课话座训聊])|(?<=[寝访心会课话座训聊]\\s))"

MARKERS: tuple[Slang, ...] = (
    # Done: 搞定 (sorted), 拿下 (taken, "查寝拿下"; not 拿下来, 拿下一等奖), 打卡 after a deed
    # ("查寝打卡", checked in; not 学习打卡 or 健康打卡, the students' daily check-in, nor a
    # restaurant 打卡 of a visit), spelled with 完 so a weekday before it is the one gone by.
    Slang("搞定", "搞完", "done"),
    Slang("拿下", "搞完", "done", before=_AFTER_A_DEED, after=r"(?=了?\s*(?:[^\u4e00-\u9fff]|$))"),
    Slang("打卡", "完成", "done", before=_AFTER_A_DEED, after="(?![群表时点小记])"),
    # Not done, someone stood up: 鸽了 and 咕咕咕 (from 鸽子, a pigeon: 放鸽子), 被鸽 (stood up);
    # not 鸽子, 和平鸽, 信鸽, nor a stomach's 咕咕叫.
    Slang("鸽[了啦咯辣]", "放鸽子了", "not done", before="(?<![信白灰野和平肉乳])"),
    Slang("被鸽(?![子了啦咯辣])", "被放鸽子", "not done"),
    # Stood up by someone named: "被学生鸽的一天" (被学生鸽了 is 鸽了 above).
    Slang(
        "鸽(?=的)",
        "放鸽子",
        "not done",
        before="(?:(?<=被[他她])|(?<=被学生|被家长|被同学|被孩子|被他们|被她们))",
    ),
    Slang("咕咕咕?[了啦咯]?", "放鸽子了", "not done", before="(?<!咕)", after="(?![咕叫噜])"),
    Slang("咕[了啦咯]", "放鸽子了", "not done", before="(?<![咕嘀叽])"),
    # Not done, given up on: 摆烂, 开摆, 躺平 right after a deed ("查寝摆烂了"); elsewhere they
    # are tone ("今天摆烂了 没去查寝" says it with 没去). 寄了 (it failed; 寄 is to post a parcel:
    # "材料寄了") only after a deed.
    Slang("摆烂了?", "没做了", "not done", before=_AFTER_A_DEED),
    Slang("开摆了?", "没做了", "not done", before=_AFTER_A_DEED),
    Slang("躺平了?", "没做了", "not done", before=_AFTER_A_DEED),
    Slang("寄了", "泡汤了", "not done", before=_AFTER_A_DEED),
    # Later, that is not done: "查寝下次一定" (next time, surely).
    Slang("下次一定", "下次再说", "later"),
)

#: A weekday typed as pinyin or a letter and its digit ("zhou3", "xq5", "libai2", "w3"): 周.
#: "w3" is also a building or a room ("W3栋", "w3教室"), kept by `_NOT_A_BUILDING`.
WEEKDAY_PREFIXES: tuple[str, ...] = ("zhou", "xingqi", "xq", "libai", "lb", "w")
_NOT_A_BUILDING = "(?!\\s*(?:栋|幢|楼|号|区|层|教|室|-|#))"

#: Slang that changes nothing recorded: the note parses as it would without it (the tests
#: check each in a note). Some are small talk on their own (`small_talk.SMALL_TALK_WORDS`).
TONE: tuple[str, ...] = (
    "冲了", "冲鸭", "已阅", "摸鱼", "破防了", "绝绝子", "栓Q", "蚌埠住了", "麻了", "润了", "整活",
    "明天的我", "yyds", "u1s1", "dddd", "xswl", "nsdd", "awsl", "hhh", "886", "555", "orz",
    "emo了", "裂开", "芜湖", "啊这", "累趴了",
)  # fmt: skip


def _table_re(table: tuple[Slang, ...]) -> re.Pattern[str]:
    # Each entry ends in an empty group named by its index, so a match says its entry.
    return auto_gated(
        "|".join(f"(?:{s.before}{s.word}{s.after})(?P<e{i}>)" for i, s in enumerate(table))
    )


def _standard(table: tuple[Slang, ...], m: re.Match[str]) -> str:
    return table[int((m.lastgroup or "e0")[1:])].standard


_MARKS_RE = _table_re(MARKS)
_MARKERS_RE = _table_re(MARKERS)
_MARKS_GATE_RE = re.compile("[" + "".join(sorted({s.word[0] for s in MARKS})) + "]")
# A character of every entry of `MARKERS` (a test checks it): most notes have none of them,
# and one set test spares them the scan.
MARKERS_GATE = "定拿卡鸽咕烂摆躺寄"
_MARKERS_GATE_RE = re.compile(f"[{MARKERS_GATE}]")
_WEEKDAY_RE = re.compile(
    rf"(?=[lwxz])(?<![a-z0-9])(?:{'|'.join(WEEKDAY_PREFIXES)})\s?([1-7])(?![0-9a-z]){_NOT_A_BUILDING}",
    re.IGNORECASE,
)
_WEEKDAY_NAME = dict(zip("1234567", "一二三四五六日", strict=True))


def fold_marks(text: str) -> str:
    """`text` with the emoji of `MARKS` spelled as the marks the rules read (before NFKC)."""
    if _MARKS_GATE_RE.search(text) is None:
        return text
    return _MARKS_RE.sub(lambda m: _standard(MARKS, m), text)


def fold_slang(norm: str) -> str:
    """`norm` with the slang of `MARKERS` spelled in standard words; a note with none is
    returned as it is."""
    if _MARKERS_GATE_RE.search(norm) is not None:
        norm = _MARKERS_RE.sub(lambda m: _standard(MARKERS, m), norm)
    return norm


def fold_weekdays(norm: str) -> str:
    """`norm` with a weekday typed as pinyin and its digit ("zhou3", "w5") spelled 周三, 周五
    (only called on a note with Latin letters and Chinese characters)."""
    return _WEEKDAY_RE.sub(lambda m: "周" + _WEEKDAY_NAME[m.group(1)], norm)
