"""Stage: what the bot should ask about rather than record as read (issues 15 and 17).

After the pipeline has found and dated the activities, this stage looks at each one's
stretch of the note and says when its reading is doubtful:

- an impossible date (2月30日, 13月5日, Feb 30, 2026-02-30) gives no date at all, so the
  activity would be dated today: it is flagged `bad_date` instead;
- an event or a break the parser cannot date (运动会那天, 寒假前最后一周, 期中考试后, "the day
  before the holiday", "on sports day") leaves the activity undated: flagged `unknown_anchor`;
- more than `MAX_COUNT` people or more than `MAX_HOURS` hours is flagged `count_high` or
  `hours_high` (typed 80 for 8, or the hours of a week);
- a numeral that the count rule skipped because it ends a name (给张三家长) becomes an
  alternative reading `{"count": 3}`, and a class meeting with a topic but no 主题 word an
  alternative `{"kind": "theme_meeting"}` only when the topic is introduced as a theme
  (讲了… is a class meeting's content, 主题是… is a theme).

The events and breaks are the table `UNDATED_ANCHORS`: add a word there when advisors date
their notes by an event of the college's year.
"""

from __future__ import annotations

import calendar
import re

#: Above these, a count or a duration is asked about before it is recorded.
MAX_COUNT = 60
MAX_HOURS = 12.0

# Events and breaks of the college year that the parser cannot put a day on.
UNDATED_ANCHORS: tuple[str, ...] = (
    "运动会",
    "校运会",
    "期中考试",
    "期末考试",
    "期中",
    "期末",
    "考试周",
    "寒假",
    "暑假",
    "放假",
    "假期",
    "开学",
    "军训",
    "校庆",
    "迎新",
    "毕业典礼",
    "四六级",
    "考研",
)
UNDATED_ANCHORS_EN: tuple[str, ...] = (
    "the holidays?",
    "the break",
    "the vacation",
    "(?:the\\s+)?sports\\s+day",
    "(?:the\\s+)?sports\\s+meet",
    "(?:the\\s+)?midterms?",
    "(?:the\\s+)?finals",
    "(?:the\\s+)?exam\\s+week",
    "(?:the\\s+)?winter\\s+break",
    "(?:the\\s+)?summer\\s+break",
    "(?:the\\s+)?orientation\\s+week",
    "(?:the\\s+)?start\\s+of\\s+(?:the\\s+)?(?:term|semester)",
)
# A day told by the event: 运动会那天, 寒假前最后一周, 期中考试后第一周, 开学第一天.
_ANCHOR_ZH_RE = re.compile(
    rf"(?:{'|'.join(UNDATED_ANCHORS)})"
    r"(?:(?:结束|开始)?(?:那天|当天|当晚|那晚|前一天|前一晚|前夕|的?前一周|前最后一[周天]|后第?[一二两三四五六七八九十\d]+[天周]"
    r"|后的?第一[周天]|第[一二两三四五六七八九十\d]+[天周]|前(?=[^,.;!?。；]{0,3}?[去到开查听和跟给与])|后(?=[^,.;!?。；]{0,3}?[去到开查听和跟给与])))"
    # A teaching week (第十周, 这学期第二周): the semester's calendar, not the parser's; a month's
    # week (11月第二周) is a date.
    r"|(?<![月份\d一二三四五六七八九十])第[一二两三四五六七八九十\d]{1,3}(?:教学)?周(?![年岁])"
)
_ANCHOR_EN_RE = re.compile(
    rf"\b(?:the\s+)?(?:day|week|night|evening|morning)\s+(?:before|after)\s+(?:{'|'.join(UNDATED_ANCHORS_EN)})\b"
    rf"|\b(?:on|during)\s+(?:{'|'.join(UNDATED_ANCHORS_EN)})\b"
)

# Calendar dates whose month or day cannot be: 13月5日, 2月30日, 2026-02-30, 2/30, Feb 30.
_ZH_MONTH_DAY_RE = re.compile(r"(?<!\d)(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_ZH_MONTH_ONLY_RE = re.compile(r"(?<![\d.])(\d{2})\s*月(?!\s*\d)")
_ISO_RE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_EN_MONTH_DAY_RE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
)
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


_TWO_DIGITS_RE = re.compile(r"\d\d")


def _impossible(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return True
    if day is None:
        return False
    # Without a year, 2月29日 is possible (a leap year): only a day no year has is impossible.
    last = calendar.monthrange(year if year else 2024, month)[1]
    return not 1 <= day <= last


def bad_date_in(segment: str) -> bool:
    """Whether `segment` (lower-case) writes a calendar date that cannot be."""
    if _TWO_DIGITS_RE.search(segment) is None:
        return False  # every impossible date has a two-digit month or day
    for m in _ZH_MONTH_DAY_RE.finditer(segment):
        year = int(m.group(1)) if m.group(1) else None
        if _impossible(year, int(m.group(2)), int(m.group(3))):
            return True
    for m in _ZH_MONTH_ONLY_RE.finditer(segment):
        if int(m.group(1)) > 12:
            return True
    for m in _ISO_RE.finditer(segment):
        if _impossible(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            return True
    for m in _EN_MONTH_DAY_RE.finditer(segment):
        month = _EN_MONTHS.index(m.group(1)) + 1
        if _impossible(None, month, int(m.group(2))):
            return True
    return False


# A tally of a period's times, on days the note does not tell (class: "本月已查寝3次",
# "这学期已经家访5次了", "3 dorm checks so far this month"): no deed of today's, so the bot asks
# (flagged `unknown_anchor`, the day unknown) rather than record one today. Not an ordinal
# (这个月第一次查寝), nor with today named (本月第三次查寝，今晚7号楼), nor the days listed
# (本月共查寝3次（1日、15日、29日）: dated there).
_PERIOD_ZH = (
    r"(?:本|这个?|这一个?)(?:月|周|星期|礼拜|学期|学年)|本月份|目前为止|到目前为止|至今|迄今|今年"
    # The last days: "最近一周查了三次寝", "这两周去了两趟宿舍".
    r"|(?:最近|近|这)(?:一|两|二|几)(?:周|个?星期|个?礼拜)|这(?:几|些)天|一周来"
)
_TALLY_ZH_RE = re.compile(
    rf"(?:{_PERIOD_ZH})(?:以来|里|内|中)?(?:[^,.;!?。；]{{0,10}}?(?:已经?|共|累计|一共|总共|合计|都)"
    # People or homes tallied with the marker (本月共谈心6人次, 本学期已家访2户) likewise.
    r"[^,.;!?。；第]{0,8}?(?<!第)[一二两三四五六七八九十几\d]+\s*(?:次|回|趟|人次|户"
    # … or counted in people: "这个月已经谈了10个了", "本学期已经给12个家长打过电话".
    r"|个(?!月|星期|礼拜|学期|小时|钟头|晚上|上午|下午)|人|名)"
    # "这个月查寝3次了": the tally told by its closing 了.
    r"|[^,.;!?。；第]{0,10}?(?<!第)[一二两三四五六七八九十几\d]+\s*(?:次|回|趟)了"
    # "最近一周查了三次寝": the times after the verb's 了 (not one: "这周去了一次" is a visit).
    r"|[^,.;!?。；第]{0,6}?了(?<!第)[二两三四五六七八九十几\d]+\s*(?:次|回|趟)"
    # "本周工作：查寝2次，班会1次": a period's summary under its heading.
    r"|(?:工作|小结|总结|情况)\s*:[^.;!?。；第]{0,6}?(?<!第)[二两三四五六七八九十几\d]+\s*(?:次|回|趟))"
)
_TALLY_EN_RE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:times|(?:dorm\s+)?(?:visits|checks|rounds)"
    r"|home\s+visits|class\s+meetings|talks)\b[^.;!?]{0,20}?\b(?:so\s+far|this\s+(?:month|term|semester|week))\b"
    r"|\b(?:so\s+far|this\s+(?:month|term|semester))\b[^.;!?]{0,30}?\b(?:\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten)\s+times\b"
)
_TODAY_NAMED_RE = re.compile(
    r"今天|今晚|今日|今早|刚|\b(?:today|tonight|this\s+(?:evening|morning|afternoon))\b"
)


def tally_in(segment: str) -> bool:
    """Whether `segment` (lower-case) tallies a period's times on days it does not tell."""
    if not (
        "次" in segment
        or "回" in segment
        or "趟" in segment
        or "户" in segment
        or "个" in segment
        or "人" in segment
        or "名" in segment
        or "so far" in segment
        or "this " in segment
    ):
        return False
    return (
        _TALLY_ZH_RE.search(segment) is not None or _TALLY_EN_RE.search(segment) is not None
    ) and _TODAY_NAMED_RE.search(segment) is None


def undated_anchor_in(segment: str) -> bool:
    """Whether `segment` (lower-case) dates something by an event the parser cannot date."""
    return bool(_ANCHOR_ZH_RE.search(segment) or _ANCHOR_EN_RE.search(segment))
