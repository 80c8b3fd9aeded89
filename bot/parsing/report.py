"""Work reports: the headings and numbered items of a report pasted into the chat.

A teacher reporting their advisor work writes the official register of a work report (周报,
月报, 工作总结): a title with the period (本周工作总结（11月30日—12月6日）, 第14周工作小结,
11月工作总结, 时间：…), headings (一、本周工作 / 二、存在问题 / 三、下周计划) and items numbered
under them (一、 （一） 1. （1） ① 一是; a style met first is the outer level, as the register
nests them). Read by `pipeline.analyse` for what the clauses alone do not say:

- an item's day is its own (`Report.carries`): a day named in item 1 is not carried to
  item 2, nor into another section, unless item 2 says so (同一天, 当日); a day in a heading
  or the title is carried to the items under it (the title's into the report's record, not
  into its plans or problems);
- what a section is (`HEADINGS`, `Report.undated_days`): a plan section's undated items are
  plans on its heading's day (下周计划 → next week's day, as "下周" is read; 下月工作计划 → a
  month ahead) and, when the heading names no time (下一步打算, 今后工作), record nothing, as a
  plan with no day does; a problems section's undated items (存在问题, 不足之处) are not
  activities at all; a month's report sent after the month (11月工作总结) dates its undated
  items to the month's last day, as "11月份" is read;
- a range in a heading that holds today is today for the items it dates
  (`Report.dated_ranges`: 本周（11月30日-12月6日） sent on 12月4日); a range already over is read
  as any range, by its first day.

Words of the register for the work itself (组织开展…主题教育, 走访慰问, 摸排 …) are the kind
rules' (`kinds.py`), its "not done" markers (暂未开展, 本人因…未参加) the blocking stage's. The
normaliser has already written a circled number and an item's number run on to its date
("1.3月16日") as ";", which opens an item here where a day follows it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from bot.parsing.dates import DateMention
from bot.parsing.day_math import _shift, _shift_months
from bot.parsing.numbers import cn_to_int


class Heading(NamedTuple):
    """A heading word of a work report and the role of the section it opens."""

    word: str
    #: "done" (the work done), "plan" (the work to come, when its period says: 下周计划),
    #: "later" (the work to come, no time: 下一步打算), "problems" (what went wrong: no
    #: activity), "aside" (备注: read as any note) or "period" (时间：…, the title's field
    #: naming the week, whose whole line is the heading).
    role: str
    gloss: str


# The heading words, without the period they may be prefixed with (本周, 下周, 11月, 第14周:
# `_PERIOD`). A plan heading's period says when its items are (下周计划); one that names no
# time (下一步打算) leaves them without a day.
HEADINGS: tuple[Heading, ...] = (
    Heading("工作总结", "done", "summary of the work"),
    Heading("工作小结", "done", "short summary"),
    Heading("工作汇报", "done", "report of the work"),
    Heading("工作周报", "done", "weekly report"),
    Heading("工作月报", "done", "monthly report"),
    Heading("工作开展情况", "done", "how the work went"),
    Heading("工作完成情况", "done", "what was completed"),
    Heading("工作落实情况", "done", "what was carried out"),
    Heading("工作情况", "done", "the work"),
    Heading("主要工作", "done", "main work"),
    Heading("重点工作", "done", "key work"),
    Heading("工作内容", "done", "what was done"),
    Heading("工作记录", "done", "record of the work"),
    Heading("已完成工作", "done", "work completed"),
    Heading("完成情况", "done", "what was completed"),
    Heading("开展情况", "done", "how it went"),
    Heading("工作", "done", "the work (本周工作, 本月工作)"),
    Heading("总结", "done", "summary"),
    Heading("小结", "done", "short summary"),
    Heading("汇报", "done", "report"),
    Heading("周报", "done", "weekly report"),
    Heading("月报", "done", "monthly report"),
    Heading("下一步打算", "later", "next steps (no time)"),
    Heading("下一步工作计划", "later", "next steps (no time)"),
    Heading("下一步工作安排", "later", "next steps (no time)"),
    Heading("下一步工作", "later", "next steps (no time)"),
    Heading("下一步计划", "later", "next steps (no time)"),
    Heading("下步打算", "later", "next steps (no time)"),
    Heading("下阶段工作", "later", "the next stage's work (no time)"),
    Heading("下阶段计划", "later", "the next stage's plan (no time)"),
    Heading("今后工作", "later", "work from now on (no time)"),
    Heading("今后打算", "later", "plans from now on (no time)"),
    Heading("后续工作", "later", "follow-up work (no time)"),
    Heading("后续安排", "later", "follow-up (no time)"),
    Heading("改进措施", "later", "how to do better (no time)"),
    Heading("整改措施", "later", "what will be put right (no time)"),
    Heading("工作计划", "plan", "plan (下周工作计划)"),
    Heading("工作安排", "plan", "arrangements (下周工作安排)"),
    Heading("工作打算", "plan", "plans (下月工作打算)"),
    Heading("工作重点", "plan", "key work to come (下周工作重点)"),
    Heading("计划", "plan", "plan (下周计划)"),
    Heading("安排", "plan", "arrangements (下周安排)"),
    Heading("打算", "plan", "plans (下周打算)"),
    Heading("存在的问题", "problems", "problems"),
    Heading("存在问题", "problems", "problems"),
    Heading("存在的不足", "problems", "shortcomings"),
    Heading("存在不足", "problems", "shortcomings"),
    Heading("问题与不足", "problems", "problems and shortcomings"),
    Heading("问题和不足", "problems", "problems and shortcomings"),
    Heading("问题及不足", "problems", "problems and shortcomings"),
    Heading("不足与改进", "problems", "shortcomings and improvement"),
    Heading("困难与问题", "problems", "difficulties and problems"),
    Heading("问题与困难", "problems", "problems and difficulties"),
    Heading("遇到的问题", "problems", "problems met"),
    Heading("遇到的困难", "problems", "difficulties met"),
    Heading("不足之处", "problems", "shortcomings"),
    Heading("工作反思", "problems", "reflection"),
    Heading("反思", "problems", "reflection"),
    Heading("不足", "problems", "shortcomings"),
    Heading("意见建议", "problems", "suggestions"),
    Heading("意见和建议", "problems", "suggestions"),
    Heading("备注", "aside", "remarks"),
    # The title's field of the week ("时间：2027年3月15日—3月21日"): its line is the heading.
    Heading("时间", "period", "the period reported"),
    Heading("日期", "period", "the period reported"),
    Heading("时段", "period", "the period reported"),
    Heading("其他", "aside", "other matters"),
    Heading("其它", "aside", "other matters"),
)

_ROLE = {h.word: h.role for h in HEADINGS}

# The period a heading may name before its word: a week (本周, 下周, 第14周), a month (本月,
# 11月份), a day range in brackets, or the advisor's title (班主任, 本人).
_PERIOD = (
    r"(?P<when>本|这|上|下)\s*(?:个)?\s*(?P<unit>周|星期|礼拜|月)|本学期|第\s*[\d一二三四五六七八九十]{1,3}\s*周"
    r"|(?P<month>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份?"
)
_RANGE = r"\(\s*[^()\n]{3,24}?\)"
_WHO = r"(?:班主任|班导师|辅导员|本人|个人)"
_WORDS = "|".join(sorted(_ROLE, key=len, reverse=True))

# An item's number, by its style (一、 （一） 1. （1） ①; the style met first is the outer level);
# 一是 (first, …) is a style of its own.
_OPENER = (
    r"(?P<cn>[一二三四五六七八九十]{1,3}(?:、|是(?=[^,;:]{2})))"
    r"|(?P<cn_paren>\([一二三四五六七八九十]{1,3}\))"
    # "1.3月16日晚…": an item's number run on to its date's month.
    r"|(?P<digit>\d{1,2}\s*(?:、|\.(?!\d)|\.(?=\d{1,2}\s*月)))"
    r"|(?P<digit_paren>\(\d{1,2}\)|\d{1,2}\)(?!\d))"
    r"|(?P<circled>[①-⑳])"
    # The normaliser writes a circled number (①) and an item's number run on to its date
    # ("1.3月16日") as ";": one opens an item where a day follows it, or a line.
    r"|(?P<semi>;(?=\s*(?:\d{1,2}\s*月|\d{1,2}[./]\d|周[一二三四五六日天]|星期[一二三四五六日天])))"
)

# Where an item or a heading may start: the note's start, a line's, after a colon, a full stop
# or a semicolon (an inline list, "本周主要工作：1、…；2、…"); a circled number anywhere.
_START = r"(?:^|(?<=[\n:;。]))[ \t]*"

_HEADING_RE = re.compile(
    _START
    + rf"(?P<num>(?:{_OPENER})\s*)?"
    + rf"(?:{_PERIOD})?\s*(?:的)?\s*(?:{_RANGE})?\s*{_WHO}?\s*(?:的)?\s*"
    + rf"(?P<word>{_WORDS})\s*(?:{_RANGE})?\s*(?::|(?=\n)|$)",
    re.MULTILINE,
)

_ITEM_RE = re.compile(
    rf"{_START}(?:{_OPENER})|(?P<anywhere>[①-⑳])|(?P<semi_anywhere>;)(?=\s*\d{{1,2}}\s*月\d)",
    re.MULTILINE,
)

# The tests before any of the above: a heading needs a colon or a line's end after it, and an
# item a break before it (most notes have none of these characters, and a note of one item
# has no item to keep apart from another); then one search for an item's number after a
# break or a heading word before its colon, behind the words' first characters.
_BREAKS = ("\n", ":", ";", "。")
_ITEM_GATE_RE = re.compile(
    r"(?:^|[\n:;。])[ \t]*(?:[一二三四五六七八九十]{1,3}[、是]|\(|\d{1,2}\s*[.、)]|;)", re.MULTILINE
)
_HEADING_GATE_RE = re.compile(
    "(?=[" + "".join(sorted({word[0] for word in _ROLE})) + "])"
    rf"(?:{_WORDS})\s*(?:\([^()\n]{{0,24}}\))?\s*(?::|\n)"
)


def _may_be_a_report(low: str) -> bool:
    if not any(mark in low for mark in _BREAKS):
        return False
    if _ITEM_GATE_RE.search(low) is not None:
        return True
    return (":" in low or "\n" in low) and _HEADING_GATE_RE.search(low) is not None


# A range's second day after its first ("11月30日—12月6日", "11.30-12.6", "11月30日至6日").
_RANGE_END_RE = re.compile(
    r"\s*(?:到|至|~|-|—|–)\s*(?:(\d{1,2})\s*[月./])?\s*(\d{1,2})\s*[日号]?\s*(?:\)|$|\n)"
)


# An item that says it was on the day of the one before.
_SAME_DAY_RE = re.compile(r"同一天|同一日|同日|同天|当天|当日|当晚|是日|同时|随后|会后|之后")


_SAME_STYLE = {"anywhere": "circled", "semi": "digit", "semi_anywhere": "digit"}


class _Node(NamedTuple):
    start: int
    parent: int  # index of the parent node, -1 for the note itself
    role: str | None  # a heading's role; None for an item that is no heading
    heading_end: int  # where a heading's words end (start for a plain item)
    #: A plan heading's coming week or month (下周计划: 7 days, 下月计划: a month), which the
    #: date forms do not read before a plan's word (下月计划 names a plan, not a day).
    weeks: int = 0
    months: int = 0
    #: The month a report's heading names (11月工作总结: 11), which the date forms do not
    #: read before a report's word (11月份的总结 names a report, not a day).
    month: int = 0


class Report:
    """The headings and items of one note, as nodes in the order they start."""

    def __init__(self, low: str, nodes: list[_Node]) -> None:
        self._low = low
        self._nodes = nodes
        self._starts = [n.start for n in nodes]

    def _node_at(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos) - 1

    def _chain(self, index: int) -> list[int]:
        chain = []
        while index >= 0:
            chain.append(index)
            index = self._nodes[index].parent
        return chain

    def _section(self, chain: list[int]) -> int:
        """The innermost heading of a chain of nodes (-1: none)."""
        return next((i for i in chain if self._nodes[i].role is not None), -1)

    def carries(self, at: int, anchor: int) -> bool:
        """Whether a date at `at` may date the activity at `anchor`: the date is in the
        activity's own item, in one the item is under, or in the report's title (not for a
        plan or a problems section, whose days are their own)."""
        here = self._node_at(anchor)
        chain = self._chain(here)
        node = self._node_at(at)
        if node >= 0 and node not in chain:
            # "2. 同一天给他爸爸打了电话", "二是当日与…家长电话确认": the day of the item before.
            start = self._nodes[here].start if here >= 0 else 0
            return node < here and _SAME_DAY_RE.search(self._low, start, anchor) is not None
        section = self._section(chain)
        if section < 0 or self._nodes[section].role not in ("plan", "later", "problems"):
            return True
        return node >= 0 and (node == section or section in self._chain(node))

    def undated_days(
        self, anchor: int, dates: Sequence[DateMention], today: date
    ) -> list[date] | None:
        """The days of an activity at `anchor` that no date of its own dates: None where the
        report says nothing (today, as any note), [] where it records nothing (a problem, a
        plan with no time), or the plan heading's day."""
        chain = self._chain(self._node_at(anchor))
        section = self._section(chain)
        if section < 0:
            return None
        heading = self._nodes[section]
        if heading.role in ("problems", "later"):
            return []
        if heading.role != "plan":
            return _month_told(
                next((n.month for n in map(self._nodes.__getitem__, chain) if n.month), 0), today
            )
        own = [d for d in dates if heading.start <= d.start < heading.heading_end]
        if not own:
            coming = (
                _shift(today, 7 * heading.weeks)
                if heading.weeks
                else _shift_months(today, heading.months)
                if heading.months
                else None
            )
            return [coming] if coming is not None else None
        if own[0].day >= today:
            return [own[0].day]
        # "12月份计划：" sent in December: the month under way, its plans are today's (as any
        # undated plan of this month is read).
        return [today] if own[0].coarse else []

    def dated_ranges(self, low: str, dates: list[DateMention], today: date) -> list[DateMention]:
        """`dates` with a heading's range that holds today read as today."""
        out = list(dates)
        for node in self._nodes:
            if node.role is None:
                continue
            for i, d in enumerate(out):
                if not node.start <= d.start < node.heading_end or d.coarse:
                    continue
                end = _RANGE_END_RE.match(low, d.end)
                if end is None:
                    continue
                month = int(end.group(1)) if end.group(1) else d.day.month
                try:
                    last = date(d.day.year, month, int(end.group(2)))
                except ValueError:
                    continue
                if last < d.day:
                    last = last.replace(year=last.year + 1)
                if d.day <= today <= last:
                    out[i] = replace(d, day=today)
        return out


def _month_told(month: int, today: date) -> list[date] | None:
    """The day of an undated item under a heading naming `month` (0: none): today in that
    month, else its last day (as "11月份开了两次班会" is read once November is over)."""
    if not 1 <= month <= 12 or month == today.month:
        return None
    year = today.year if month < today.month else today.year - 1
    return [(date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))]


def _heading_node(heading: re.Match[str], start: int, parent: int) -> _Node:
    role = _ROLE[heading.group("word")]
    weeks = months = 0
    if role == "plan" and heading.group("when") == "下":
        if heading.group("unit") == "月":
            months = 1
        else:
            weeks = 1
    month = cn_to_int(heading.group("month")) if heading.group("month") else None
    end = heading.end()
    if role == "period":
        line_end = heading.string.find("\n", end)
        end = len(heading.string) if line_end < 0 else line_end
    return _Node(start, parent, role, end, weeks, months, month or 0)


def _opened_at(m: re.Match[str]) -> int:
    """Where an item or a heading starts, past the spaces the match began with."""
    return m.end() - len(m.group().lstrip())


def _style(m: re.Match[str]) -> str:
    name = next(name for name, value in m.groupdict().items() if value is not None)
    # A ";" stands for a number the normaliser took out: the digits' style.
    return _SAME_STYLE.get(name, name)


def report_in(low: str) -> Report | None:
    """The report structure of a normalised note, or None when it has neither a heading nor
    a numbered item (most notes: one search)."""
    if not _may_be_a_report(low):
        return None
    headings = {_opened_at(m): m for m in _HEADING_RE.finditer(low)}
    items = {_opened_at(m): _style(m) for m in _ITEM_RE.finditer(low)}
    nodes: list[_Node] = []
    # The styles of number open, outermost first, with the node each last opened.
    styles: list[tuple[str, int]] = []
    section = -1  # the last heading without a number: the items after it are under it
    for start in sorted(headings.keys() | items.keys()):
        heading = headings.get(start)
        if heading is not None and heading.group("num") is None:
            nodes.append(_heading_node(heading, start, -1))
            section = len(nodes) - 1
            styles = []
            continue
        style = items.get(start)
        if style is None:
            continue
        names = [name for name, _ in styles]
        if style in names:
            del styles[names.index(style) :]  # a sibling of an item open: close it and below
        parent = styles[-1][1] if styles else section
        nodes.append(
            _heading_node(heading, start, parent)
            if heading is not None
            else _Node(start, parent, None, start)
        )
        styles.append((style, len(nodes) - 1))
    return Report(low, nodes) if nodes else None
