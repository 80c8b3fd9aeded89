"""Clauses: where a note breaks, and the `Clause` every later stage reasons about.

Stage 1 of the activity pipeline (clauses → find → blocking → topics → pipeline). A note is
cut once, by `_clause_bounds`, into clauses at the hard breaks of `_HARD_SEP_RE`; each
activity word is then judged by its own clause and its two neighbours, which
`Clause.at(bounds, index)` hands over as one value (start, end, the next clause's end and the
previous clause's start) instead of four loose integers.

What is a hard break: punctuation of either script (, ; ! ? 。 ； and a newline, + and &),
a dot not between digits (so 11.19 and 1.5小时 stay whole), circled item numbers (①-⑳), a
Chinese item number before 、 ("一、查寝2次 二、谈心3人", but not the weekdays 周一、周四),
and on phones a space before a word that opens a new step (今天, 然后, 周二, 下午 …; after an
emoji too; in a voice note 我没, 我周六 and a student's parent, 她妈妈), or "and" before "two more". Each alternative of the pattern has an example
comment; the lookahead at its head lists every first character so that most positions fail
on one set test (keep it in step when an alternative can start with a new character).

Soft breaks (`_SOFT_SEP_RE`: 然后, 之后, 另外, 上午 …, and `_EN_SOFT_SEP` "and then", "also",
"plus") do not end a clause; `pipeline._boundary` uses them to cut the stretch of text that
belongs to one activity when two share a clause.

`_LATIN_RE` and `_CJK_RE` say whether a stretch holds Latin or CJK letters at all: the
stages skip the patterns of a script the note does not use, which is most of the speed.

How to add to it: a new break is an alternative of `_HARD_SEP_RE` with its example (and its
first character in the lookahead); run `tests/parsing` (the corpus) since every stage after
this one sees the new clauses. Nothing here knows about kinds, dates or the advisor.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.parsing.dialects import SPOKEN_DAYS

# The northern spoken day words (dialects.SPOKEN_DAYS) that open a step after a space.
_SPOKEN_DAYS = "|".join(word for word, _ in SPOKEN_DAYS)

# Clause breaks. A dot is a break unless it sits between digits (11.19, 1.5小时).
_HARD_SEP_RE = re.compile(
    # The lookahead lists every first character: most positions fail on one set test.
    r"(?=[,;!?。；\n+&.)/a①-⑳ 一二三四五六七八九十、→])(?:"
    r"[,;!?。；\n+&①-⑳]|(?<![,;!?。；])(?<![,;!?。；]\s)→|(?<!\d)\.|\.(?!\d)|(?<=\b\d)\)|(?<=\s)/(?=\s)"
    # "学生面谈(3名)、家长电话联系(1名)": after an item's bracket, 、 lists the next item.
    r"|(?<=\))、"
    # "一、查寝2次（周一、周四）二、谈心3人": a Chinese item number opens an item (not the
    # weekdays 周一、周四 or 第一、).
    r"|(?<![周期拜第\d一二三四五六七八九十])[一二三四五六七八九十](?=、(?![一二三四五六七八九十周]))"
    # "今天班委会 定了团日活动 完了去宿舍转了一圈": typed on a phone, a space before a word that
    # opens a new step (a day, "then") ends a clause.
    # A tally's count ends its item too ("大前天 家长x2 前天 谈心1", "谈了6个 家长x3").
    r"|(?:(?<=[\u4e00-\u9fff])|(?<=[x×]\d)) (?=[\u4e00-\u9fff]{1,4}\s*[x×]\s*\d)"
    # A filler of speech may come before a day ("都是挂科的 嗯周六打了两个").
    # Not after a word that governs the day after it, in a note whose words are split by
    # spaces ("本来 今天 班会 要 开 的", "原来 下周一 计划 的", "如果 明天 下雨").
    r"|(?:(?<=[\u4e00-\u9fff])(?<!本来|原本|原来|如果|要是|假如)|(?<=[x×]\d)) (?=(?:[嗯呃]\s?(?=[今昨前上这本周星礼]))?(?:今天|昨天|前天|今早|昨晚|然后|完了|之后|接着|随后|另外|还有|上周|这周|本周"
    # … or a northern spoken day ("挨个叫来唠了唠 明儿个再给家长打电话", "今儿个跟俩孩子唠了唠").
    rf"|{_SPOKEN_DAYS}"
    # "周一 听课 周二 查寝": the day may stand alone before its item.
    r"|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天])\s?[\u4e00-\u9fff])"
    # A part of the day opens a step too, unless it follows its own day ("周一 下午"); the
    # south's 夜里 for the evening as well ("改到下周一了 夜里就去查了下寝": tonight's visit).
    r"|(?<=[\u4e00-\u9fff])(?<![一二三四五六七日天号末])(?<!今晚|昨晚) (?=(?:上午|下午|中午|晚上|早上|傍晚|夜里)[\u4e00-\u9fff])"
    # Voice notes run on with spaces for breaks: a space before the advisor saying they were
    # not there or naming a day, or before a student's parent, opens a new statement
    # ("班委会是班长主持的 我没去", "交上去了 我周六晚上也去了的", "陪她去了医院 她妈妈那边
    # 我也打了电话"), unless it follows the day or time its item is said at.
    r"|(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十日天号末午上晚早]) (?=我(?:没|不|未)|我(?:周|星期|礼拜|上周|这周|上个?礼拜)|[他她](?:爸|妈|爹|娘|家长|家里|父|母))"
    # "called 2 parents yesterday and 1 more today": what follows is the same again.
    r"|(?<=\s)and(?=\s+(?:\d+|one|two|three|four|five|another)\s+more\b)"
    # … after an emoji too ("表交了✌️ 另外…"), and before a coming day, "by the way" or a
    # question to the bot about it ("聊了几句 这个算不算谈心？"); not before 结果 ("as it turned
    # out"), which tells whether the clause before came off.
    r"|(?<=[\u4e00-\u9fff\u2600-\u27bf\ufe0f\U0001f300-\U0001faff])(?<!本来|原本|原来|如果|要是|假如) (?=(?:明天|后天|下周|顺便"
    r"|另外|然后|还有|这个|这种|这样|这算|请问|想问|问一下|算不算"
    # "给三个家长打了电话 剩下两个明天打": the rest of them open a step of their own (class:
    # the others on a day of their own, typed with a space).
    r"|剩下|剩余|其余)[\u4e00-\u9fff])"
    # "出勤还行 ✅ 另外5/3给两个同学打了视频电话": "besides" before a date opens a step, whose
    # date is its own (class: a date after a soft break typed with a space).
    r"|(?<=[\u4e00-\u9fff\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]) (?=(?:另外|还有|然后|再就是)\s?\d)"
    # A pictograph or a face and a space end a WeChat sentence (class: an emoji as its full
    # stop): "折腾了3个小时 🥲 已经跟他妈妈电话说过情况了" (the hours are the clause's before
    # it). Not the ticks ✅ ✓, which mark an item and may take its count after them.
    r"|(?<=[\U0001f300-\U0001faff]) (?=[\u4e00-\u9fff]))"
)

_EN_SOFT_SEP = r"\b(?:and\s+then|then|afterwards|later|also|and|plus)\b"

_SOFT_SEP_RE = re.compile(
    r"然后|之后|随后|接着|后来|另外|此外|并且|同时|上午|下午|中午|晚上|傍晚|早上|" + _EN_SOFT_SEP
)

_EN_SOFT_SEP_RE = re.compile(_EN_SOFT_SEP)

_LATIN_RE = re.compile(r"[a-z]")

_CJK_RE = re.compile(r"[\u3400-\u9fff]")


def _clause_bounds(low: str) -> list[int]:
    """Sorted break positions, with 0-1 and len as sentinels (clause i is [b[i]+1, b[i+1]))."""
    return [-1, *map(re.Match.start, _HARD_SEP_RE.finditer(low)), len(low)]


class Clause(NamedTuple):
    """A clause of the note and its neighbours: [start, end) is the clause, [end + 1, next_end)
    the one after it and [prev_start, start - 1) the one before (each empty at the note's ends)."""

    start: int
    end: int
    next_end: int
    prev_start: int

    @classmethod
    def at(cls, bounds: list[int], index: int) -> Clause:
        """Clause `index` of a note cut at `bounds` (see `_clause_bounds`)."""
        cs, ce = bounds[index] + 1, bounds[index + 1]
        ne = bounds[index + 2] if index + 2 < len(bounds) else ce
        ps = bounds[index - 1] + 1 if index > 0 else cs
        return cls(cs, ce, ne, ps)
