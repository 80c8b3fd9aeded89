"""Date expressions in advisors' notes, Chinese and English, resolved against "today".

A rule layer handles what people actually type (昨晚, 上周三, 11月20日, 11.19, 20号, 三天前,
yesterday, last Tuesday, Nov 16, 11/16 ...). dateparser is the fallback only for English
text the rules leave without a date, because on Chinese it is silently wrong (see
docs/pitfalls.md, item 2) and because it is slow to import and to run.

Conventions: weeks start on Monday; a bare weekday ("周三", "on Monday") is the most recent
such day, today included, except a Chinese one still ahead in this week whose deed shows no
sign of being done ("周五 主题班会" said on a Wednesday is this Friday's); a month/day without a year is the most recent such date not
after today, unless the message is explicitly a plan, in which case it is the next one.
A plan word counts for its own clause, and for the note's other clauses unless they tell
of something done (了, 过, 已; went, -ed). Vague expressions get one fixed day each:
前两天 / a couple of days ago / the other day are two days back; 前几天 / 几天前 / a few
days ago three; 周末 / the weekend is its Saturday, 周初 (这周初, 上周初) its Monday and
周中 its Wednesday; 上旬 / 中旬 / 下旬 said alone are this month's; 月初 the 1st, 上旬 / early the 5th,
中旬 / mid- the 15th, 下旬 / late the 25th, 月底 / end of the month's last day (so is
N月最后一周 / 最后一天; N月第一周 is the 1st), and a part with its day after it (月初2号,
11月初3号) that day of its month; 上个月 /
last month the same day a month back; fixed-date holidays (元旦, 国庆, 愚人节, Christmas ...) their
day, and 母亲节 / 父亲节 / 感恩节 (Thanksgiving) their Sunday or Thursday; lunar holidays (春节, 除夕, 元宵, 端午, 中秋) and 清明 their day of that year, from a
table (2020-2035; outside it they give no date), in English too (Chinese New Year,
Mid-Autumn Festival, Youth Day ...), with 期间 / 假期 the same day, and 前一天 /
前夕 after a holiday the day before it ("the day before" / "the day after" one in English
likewise). Bare weekdays listed in the week's order are days of one week (周二周四 said on a
Tuesday is last week's; "Mon and Wed last week" puts both in it); 大上周 is 上上周; "周三、四" is two days of one week and "the 3rd and 17th" two of one month (the last
month when the later would be still to come). A month named
alone (11月份) is its most recent day not after today: today in the current month, the last
day of a past month. A range (11月20日到22日, 周三至周五) is its first day. Spans with no
calendar date (寒假期间, 开学第一周) give no date, so the note is dated today. A plan word
includes 集合 ("周六上午8点集合…" is the coming Saturday) and I'll / we'll. A week
named as a heading ("上周：周一听课 周三查寝", "last week:") is the week of the bare weekdays
after it; so is a past or coming week named before them ("上周听了三次课，周二周三周五").
计划 after a noun (学习计划, 工作计划) is a thing, not a plan word. A holiday as a span (元旦假期) and
a whole week or month yield likewise; "Nov 19 & 20" is two days. Chat shorthand counts (yday, tmr,
tmrw, 明儿), and 准时 / 届时 / 定在 are plan words ("班会定在周三" is the coming Wednesday). A whole week or month (这周, 本月, 11月份) yields to a day named in the same clause
("这个月查了三次寝：3号、12号、25号" gives those three days).
Dates listed together ("周三周四", "前天和昨天") give the activity once for each day, and so do
items that each open with a date after an activity and a colon ("家访：2.8 李家，2.10 赵家").
A weekday abbreviation (Mon, Wed) is a date before Chinese ("Mon 听课"), in a list of weekdays
("Tue & Thu"), at the end of a sentence, or after a week named as a heading ("last week: Mon
..., Wed ...").
A weekday right after a calendar date ("9月26日（周六）", "11.20 周五") annotates it and is no
date of its own. 准备 is a plan word only before what is prepared for ("准备开班会"), not as a
noun ("节目准备").
将 before a verb of holding or going (将召开, 将组织) is a plan word.
A holiday's N-th day (国庆第三天, 国庆假期第二天, 大年初三, 正月十五) is that many days into it; a part of a
named year (去年最后一天, 去年年底; 今年年初) its last day or its first.
再 before a verb without 了 ("周四再查一次") is a plan word for its own clause only.
A holiday's last day (国庆最后一天, 五一假期最后一天) is the last of its days off in the calendar
(reminders.holidays); a day of a break said alone (放假最后一天, 假期第二天) is counted in the
break of the holiday the note named before it ("清明节当天 …，放假最后一天 …"), and with none
named it is no date (plausibility then asks).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from bot.parsing.gates import combined, gated
from bot.parsing.numbers import CN_NUM, EN_NUM, cn_to_int, en_to_int
from reminders.holidays import is_rest_day, lunar_holiday


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in the text: where it is and which day it means."""

    start: int
    end: int
    day: date
    #: A whole week or month (这周, 本月, 11月份, this month): a day named beside it wins.
    coarse: bool = False


# Words that make a message a plan rather than a record; they turn an ambiguous
# month/day or weekday towards the future.
PLAN_ZH_RE = re.compile(
    # The lookahead lists every first character, so most positions fail on one set test.
    r"(?=[计准打将拟即届要下明后集记定安])(?:"
    r"(?<![习作业展练学研订定])(?<!学期)计划(?![书表的]|\s*$|\s*[,.;!?。；])|(?<![辩试研赛的期备])准备(?=\s*(?:[\d一二两三四五六七八九十下明后本这周星礼去开召组找约和与跟给联对在于带进参举搞家查听走谈再先把让上]))|打算|将于|将要|将(?=召开|开展|举行|举办|组织|进行|前往|参加|安排|开|去|在|带)|拟于|拟在|即将(?![^,]{0,4}?的)|届时|(?<![需只主重想还])要(?![求点素是不么紧])|下周(?!的)|下个?星期(?!的)|下个?礼拜(?!的)|下个?月(?!的)|明天|明日|明儿|后天|集合|准时|届时|记得提醒|定在|定于|安排在)"
)
# Every alternative starts a word with one of PLAN_EN_FIRST (a test checks it); the
# alternatives behind lookbehinds first look for their own letter, so at other words the
# engine tries no lookbehind.
PLAN_EN_FIRST = "wpsgunt2iyhm"
PLAN_EN_RE = re.compile(
    rf"(?=[{PLAN_EN_FIRST}])(?<![a-z0-9])(?:"  # every alternative starts a word
    r"\b(?:will|shall|(?=m)(?:moves|is\s+moving)\s+to|(?=p)(?<!work\s)(?<!semester\s)plan(?:ning|ned)?\s+to|(?=p)(?<!career\s)(?<!academic\s)(?<!study\s)(?<!course\s)(?<!life\s)planning\s+(?:a|an|the|our|my|on|for)|planned\s+for|set\s+for|going\s+to|gonna|scheduled|(?=u)(?<!about\sthe\s)(?<!for\sthe\s)(?<!on\sthe\s)upcoming|next|tomorrow|tmrw?|tmw|2moro)\b"
    r"|\b(?:i|we|you|they|he|she)'ll\b|\bplans?\s*:"
    # "Friday I'm taking the year-4s to the job fair": the present for what is arranged.
    r"|\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:taking|holding|having|bringing|leading|visiting|hosting|running|doing)\b"
    # "review plan for the final exams": a plan written, not one to carry out.
    r"|(?=p)(?<!review\s)(?<!study\s)(?<!revision\s)(?<!work\s)(?<!semester\s)(?<!action\s)\bplans?\s+for\b)"
)

_CN_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_EN_WEEKDAYS = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_EN_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEK_SHIFT = {"大上": -2, "上上": -2, "上": -1, "本": 0, "这": 0, "今": 0, "下": 1, "下下": 2}
_EN_WEEK_SHIFT = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}

_MONTH_NAMES = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_WEEKDAY_NAMES = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)"
)
_CN_DIGIT_CHARS = "0-9零〇一二两三四五六七八九十"
# What a number followed by 号 names when it is not a day: 3号楼, 5号床, 2号线 ...
_NOT_DAY_AFTER_HAO = (
    r"楼|栋|幢|馆|床|室|宿|寝|公寓|教|线|门|院|房|厅|场|车|窗|座|位|机|柜|桌|选手|队|组|同学|学生"
    r"|前|内|以|之|起|元|游|球|码|文件|码头|考场|坑"
)
# Units after "1.5" or "3/4" that make it a quantity, not a month.day date.
_NOT_DATE_UNITS = r"小时|个|h\b|hr|hour|min|分|%|倍|万|元|次|km|公里|天|周(?![一二三四五六日天末])|年(?!级)|米|m\b|kg|岁|的|节|人|位|名|学分|分钟"

# "9月份的工作记录表", "上个月的总结": the month a form or a report is for, not a date.
_NOT_FORM_AFTER = (
    r"(?!\s*的?\s*(?:班主任|班导师)?(?:工作)?(?:记录表|记录|总结|计划|考勤表|考勤|表格|报表))"
    # "开了10月份的班会": which month's meeting it was, not its day.
    r"(?!\s*的\s*(?:主题)?(?:班会|例会|班委会|团会|家长会))"
)

# Parts of a month (see _MONTH_PART_DAY): 月底, 11月中旬, 9月最后一周, 3月第一周 ...
_MONTH_PARTS = r"最后一周|最后一天|最后几天|第一周|第一天|头几天|底|末|初|中旬|上旬|下旬|中"

# "the 3rd period", "Monday 3rd period": an ordinal of something else than a day.
_NOT_A_DAY_AFTER_NTH = r"(?![- ]?(?:years?|floor|grade|semester|term|time|place|round|period|lesson|class|row|level)\b)"

# (name, pattern) in priority order: at one position the first alternative that matches
# wins, so the longer and more specific forms come first.
_RULES: list[tuple[str, str]] = [
    ("ymd", r"(?<!\d)(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)(?:\s*[日号])?"),
    ("n_ago", rf"({CN_NUM}|半|几)\s*个?\s*(半)?\s*(天|日|周|星期|礼拜|月)\s*(?:之|以)?前"),
    (
        "cn_md",
        rf"(?:(今|去|前|明)年\s*)?({CN_NUM})\s*月\s*({CN_NUM})\s*(?:[日号]|(?![{_CN_DIGIT_CHARS}]))",
    ),
    (
        "md_sep",
        # Not inside a clock time or a longer number; after a label's colon it is a date.
        r"(?<![\d./\-])(?<!\d:)(\d{1,2})\s*([./])\s*(\d{1,2})(?:[./](\d{4}|\d{2}))?"
        rf"(?!\d|\.\d|/\d|\s*(?:{_NOT_DATE_UNITS}))",
    ),
    # 11-20: month-day with a dash, but not a range of hours, lessons or people ("3-5点", "1-2节").
    (
        "md_dash",
        r"(?<![\d./\-])(?<!\d:)(1[0-2]|0?[1-9])-(3[01]|[12]\d|0?[1-9])(?![\d\-:]|\.\d|\s*(?:点|时|节|楼|栋|层|号|班|级|周|"
        rf"{_NOT_DATE_UNITS}))",
    ),
    ("rel_month_day", rf"(大上|上上|上|本|这|下)\s*个?\s*月\s*({CN_NUM})\s*[日号]"),
    (
        "cn_month_part",
        rf"(?:(今|去|前|明)年\s*)?({CN_NUM})\s*月\s*份?\s*({_MONTH_PARTS})",
    ),
    # 去年最后一天, 今年年初: a part of a named year.
    ("year_part", r"(今|去|前|明)年\s*的?\s*(?:年\s*)?(最后一天|最后一周|底|末|第一天|初|头)"),
    # 上旬 / 中旬 / 下旬 said alone: of this month.
    ("bare_month_part", r"(?<![月份\d一二三四五六七八九十])(上旬|中旬|下旬)"),
    ("rel_month_part", rf"(大上|上上|上|本|这|今|下)?\s*个?\s*月\s*份?\s*({_MONTH_PARTS})"),
    # 11月份 / 11月里: a month named alone.
    ("cn_month_only", rf"(?:(今|去|前|明)年\s*)?({CN_NUM})\s*月\s*(?:份|里|期间){_NOT_FORM_AFTER}"),
    (
        "rel_month",
        rf"(?:(大上|上上|上|本|这|下)\s*个\s*月|(大上|上上|上|本|下)\s*月(?![份底末初中])){_NOT_FORM_AFTER}",
    ),
    # 这周初, 上周初, 周初: the week's Monday.
    (
        "week_start",
        r"(大上|上上|上|本|这|下下|下)?\s*个?\s*(?:周|星期|礼拜|週)\s*(?:(初)(?![步次中级心])|中(?![午学心间]))",
    ),
    (
        "week_day",
        r"(大上|上上|上|本|这|下下|下|今)?\s*个?\s*(?:周|星期|礼拜|週)\s*([一二三四五六日天末1-7])(?![次个天遍回名位人])",
    ),
    (
        "week_only",
        r"(大上|上上|上|本|这|下下|下)\s*个?\s*(?:周|星期|礼拜|週)(?![一二三四五六日天末1-7])",
    ),
    ("rel_day_before", r"前\s*(两|[二三四五2-5]|几|些)\s*(?:天|日子)"),
    (
        "rel_day",
        r"大前天|大前晚|大后天|大前儿|前天|前晚|前日|前儿(?=个|[^\u4e00-\u9fff]|[去开和跟给带查听到在又也还])|昨天|昨日|昨晚|昨夜|昨早|昨儿|今天|今日|今早|今晨|今晚|今夜|今儿"
        r"|明天|明日|明早|明晚|明儿|后天",
    ),
    # "清明假期后返校第一天", "国庆后上课第一天": the first day back after the break, counted
    # from the calendar's days off (清明 2026 is 4-6 April, so the first day back is the 7th).
    (
        "holiday_back",
        r"(元旦|国庆节?|劳动节|五一|春节|清明节?|端午节?|中秋节?)"
        r"(?:(?:假期|小长假|长假|放假|假)(?:之后|以后|过后|结束后|结束|后)(?:返校|开学|上课|复课|回校)?"
        r"|节?(?:之后|以后|过后|后)(?:返校|开学|上课|复课|回校))"
        rf"的?\s*第\s*({CN_NUM})\s*天",
    ),
    (
        "holiday",
        r"(元旦|跨年夜|跨年|平安夜|圣诞节?|国庆节?|劳动节|五一|教师节"
        r"|春节|大年初[一二三四五六七八九十]|正月(?:初[一二三四五六七八九十]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|十[一二三四五六七八九]?|三十)|除夕|年三十|元宵节?|清明节?|端午节?|中秋节?|五四青年节|青年节|六一儿童节|儿童节|妇女节|植树节"
        r"|愚人节|情人节|万圣节|光棍节|双十一|建党节|建军节|母亲节|父亲节|感恩节|冬至|夏至)"
        # Only as a day ("元旦当天", "元旦去宿舍"), not naming a thing ("国庆安全教育", "元旦晚会").
        # Not a plan or notice about it: "讨论国庆放假安排".
        r"(?!(?:假期|放假)?(?:安排|通知|事宜|值班|去向|方案|安全|出行|返校|离校|注意事项))"
        r"(?=假期|期间|放假|小长假|长假|第|(?:节|假)?的?最后一[天晚]|(?:节|假期|放假|假|长假|小长假)?(?:之后|以后|过后|结束后|后)的?第?\s*[一两二三四五六七八九十\d]+\s*天"
        r"|(?:节|假期|放假|假)?(?:之前|以前|前)\s*[一两二三四五六七八九十\d]+\s*天"
        r"|(?:假)?(?:当天|那天|当日|那日|当晚|那晚|前一天|前一晚|前夕|准备|计划|打算|晚上|上午|下午|中午|早上|夜里|夜"
        r"|[,.;:!?()\s]|$|里|中"
        r"|去|到|我|和|跟|带|陪|在|给|又|也|还|开|组织|召开|查|听|走访|慰问|家访))",
    ),
    # "清明节当天 …，放假最后一天 …": a day of the break of the holiday named before it.
    ("break_day", rf"(?:放假|假期|长假)的?(?:(最后)一[天晚]|第\s*({CN_NUM})\s*天)"),
    ("day_only", rf"(?<![\d月./第\-])(?<!\d:)({CN_NUM})\s*[号日](?!{_NOT_DAY_AFTER_HAO})"),
    ("en_dby", r"\b(?:the\s+)?day\s+before\s+(?:yesterday|yday|yest)\b|\bthe\s+other\s+day\b"),
    # "the Monday before last", "a week ago Tuesday": that weekday a week before the last one.
    (
        "en_weekday_before_last",
        rf"\b(?:(?:a|one)\s+week\s+ago\s+(?:last\s+|this\s+past\s+|on\s+)?({_WEEKDAY_NAMES})"
        rf"|(?:the\s+)?({_WEEKDAY_NAMES})\s+before\s+last)\b",
    ),
    (
        "en_month_part",
        r"\b(mid|early|late|end\s+of|the\s+end\s+of|beginning\s+of|the\s+beginning\s+of|start\s+of"
        rf"|the\s+start\s+of|middle\s+of|the\s+middle\s+of)[- ]?\s*(?:(last|this|next)\s+month|the\s+month"
        rf"|({_MONTH_NAMES})\b)",
    ),
    (
        "en_rel",
        r"\b(?:today|tonight|yesterday|tomorrow|yday|ystd|yest|tmrw|tmr|tmw|tmrrw|2moro"
        r"|last\s+night|this\s+(?:morning|afternoon|evening)"
        r"|earlier\s+today)\b",
    ),
    (
        "en_ago",
        rf"\b({EN_NUM}|few|several)\s+(days?|weeks?|fortnights?|months?)\s+(?:ago|back|earlier"
        # Chinglish "3 days before" (三天前), not "3 days before the exam".
        r"|before(?=\s*(?:$|[,.;:!?)]|\s+(?!the\b|a\b|an\b|my\b|our\b|his\b|her\b|their\b|its\b|this\b"
        r"|that\b|these\b|those\b|next\b|last\b|each\b|every\b|exams?\b|deadline\b|\d))))\b",
    ),
    (
        "en_week_weekday",
        rf"\b(last|this|next|past)\s+week(?:'s)?\s*,?\s*(?:on\s+)?({_WEEKDAY_NAMES})\b",
    ),
    # "Mon 15th, dorm visits", "Sat. the 10th", "Thursday 20th:": a weekday with its day of
    # the month is that day (a month name after it is en_dm's: "Sat 3 July").
    (
        "en_weekday_nth",
        rf"\b(?:on\s+)?{_WEEKDAY_NAMES}\b\.?,?\s*(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)\b"
        rf"(?!\s*(?:of\s+)?{_MONTH_NAMES}\b){_NOT_A_DAY_AFTER_NTH}",
    ),
    (
        "en_weekday",
        rf"\b(?:(last|this|next|past|on|coming)\s+)?({_WEEKDAY_NAMES})\b\.?"
        r"(?:\s+(?:of\s+)?(last|this|next)\s+week)?(\s*[:,]|\s+(?:morning|afternoon|evening|night)\b)?",
    ),
    ("en_week", r"\b(last|this|next|past)\s+(week(?:end)?|month)\b"),
    ("en_weekend", r"\b(?:over|at|on|during|for)\s+the\s+weekend\b|\bweekend\b"),
    (
        "en_holiday",
        r"\b(new\s+year'?s?\s+(?:day|eve)|(?:christmas|xmas)(?:\s+(?:day|eve))?|national\s+day"
        r"|teachers'?\s+day|labou?r\s+day|may\s+day|youth\s+day|children'?s'?\s+day|women'?s'?\s+day"
        r"|(?:chinese|lunar)\s+new\s+year'?s?\s+eve|(?:chinese|lunar)\s+new\s+year|spring\s+festival"
        r"|lantern\s+festival|dragon\s+boat\s+festival|mid-?\s?autumn(?:\s+festival)?"
        r"|qingming(?:\s+festival)?|tomb[- ]sweeping\s+day|april\s+fool'?s'?(?:\s+day)?|valentine'?s'?(?:\s+day)?"
        r"|halloween|mother'?s'?\s+day|father'?s'?\s+day|thanksgiving(?:\s+day)?|boxing\s+day"
        r"|winter\s+solstice|summer\s+solstice|singles'?\s+day|double\s+eleven)\b"
        # Not naming a thing: "Christmas choir rehearsal", "New Year's party".
        # "the May Day holiday safety reminders": the holiday names what the meeting spoke of.
        r"(?!\s+(?:(?:holiday|break|vacation)\s+(?:arrangements?|plans?|schedules?|reminders?|notices?|homework"
        r"|travel|precautions|duty|rota)\b|(?:(?:holiday|break|vacation)\s+)?(?:arrangements?|safety)\b|choir|part(?:y|ies)|concerts?|shows?|gala|decorations?|trees?|cards?|carols?|markets?"
        r"|fairs?|performances?|rehearsals?|programs?|songs?|gifts?|presents?|events?|activit(?:y|ies)))",
    ),
    ("en_md", rf"\b({_MONTH_NAMES})\.?\s*(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(\d{{4}}))?"),
    (
        "en_dm",
        # "15-21 March", "3rd to 7th May": a range of days is its first.
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
        rf"\s*(?:of\s+)?({_MONTH_NAMES})\b\.?(?:,?\s*(\d{{4}}))?",
    ),
    # "on Thursday (27th)": a day of the month in brackets, spelling out the weekday before.
    ("en_bracket_nth", rf"(?<=\()(\d{{1,2}})(?:st|nd|rd|th)(?=\s*\)){_NOT_A_DAY_AFTER_NTH}"),
    (
        "en_the_day",
        rf"\b(?:on\s+)?the\s+(\d{{1,2}})(?:st|nd|rd|th)\b{_NOT_A_DAY_AFTER_NTH}",
    ),
]

_RULE_RES: dict[str, re.Pattern[str]] = {name: re.compile(p) for name, p in _RULES}
# Numeric forms (2026-11-16, 11/16, 11.19) belong to both languages.
_SHARED = frozenset({"ymd", "md_sep", "md_dash"})

# The characters a match of each rule can start with, as the inside of a character class
# (tests/parsing/test_date_scan.py checks that each covers its rule).
_CN_NUM_FIRST = "0-9零〇一二两俩三仨四五六七八九十百"
_RULE_FIRST = {
    "ymd": "0-9",
    "n_ago": _CN_NUM_FIRST + "半几",
    "cn_md": _CN_NUM_FIRST + "今去前明",
    "md_sep": "0-9",
    "md_dash": "0-9",
    "rel_month_day": "大上本这下",
    "cn_month_part": _CN_NUM_FIRST + "今去前明",
    "year_part": "今去前明",
    "bare_month_part": "上中下",
    "rel_month_part": "大上本这今下个月",
    "cn_month_only": _CN_NUM_FIRST + "今去前明",
    "rel_month": "大上本这下",
    "week_start": "大上本这下个周星礼週",
    "week_day": "大上本这下今个周星礼週",
    "week_only": "大上本这下",
    "rel_day_before": "前",
    "rel_day": "大前昨今明后",
    "holiday_back": "元国劳五春清端中",
    "holiday": "元跨平圣国劳五教春大正除年清端中六儿妇植青愚情万光双建母父感冬夏",
    "break_day": "放假长",
    "day_only": _CN_NUM_FIRST,
    "en_dby": "dt",
    "en_weekday_before_last": "aotmwfs",
    "en_month_part": "melbst",
    "en_rel": "tyle2",
    "en_ago": "0-9aotfsenbc",
    "en_week_weekday": "ltnp",
    "en_weekday_nth": "omtwfs",
    "en_weekday": "ltnpocmwfs",
    "en_week": "ltnp",
    "en_weekend": "oadfw",
    "en_holiday": "ncxtlmywdsqavhfb",
    "en_md": "jfmasond",
    "en_dm": "0-9",
    "en_bracket_nth": "0-9",
    "en_the_day": "ot",
}
# An opening group of a pattern ("(" not followed by "?"), skipping escapes and classes.
_OPEN_GROUP_RE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\((?!\?)")


def _scan_pattern(name: str, pattern: str) -> str:
    """The rule as the one-scan regex tries it: behind a lookahead of its first characters,
    so at most positions the engine leaves it after one set test, and with its groups made
    non-capturing, since each capturing group entered costs the engine a mark (the scan
    needs only which rule matched; _scan re-matches it for the groups)."""
    bare = _OPEN_GROUP_RE.sub(lambda m: "(?:" if m.group() == "(" else m.group(), pattern)
    return f"(?=[{_RULE_FIRST[name]}])(?:{bare})"


# One regex per language, so a note pays only for the rules of the language it is in.
# The leading lookahead lets the engine reject most positions with one set test instead of
# trying every alternative there; it lists every character a Chinese date can start with.
_ZH_DATE_START = "[放假长0-9个零〇一二两俩三仨四五六七八九十百半几今去前明上本这下周星礼週大昨后月元跨平圣国劳教春除年清端中妇植儿青愚情万光双建母父感正冬夏]"
_COMBINED_ZH_RE = combined(
    f"(?={_ZH_DATE_START})",
    ((n, _scan_pattern(n, p)) for n, p in _RULES if not n.startswith("en_")),
)
# English and numeric dates start a word or a number: the gate skips every other position
# at once (a test checks that every rule starts so). A number glued to a letter ("a11.20")
# is no date.
_COMBINED_EN_RE = combined(
    "(?=[a-z0-9])(?<![a-z])",
    ((n, _scan_pattern(n, p)) for n, p in _RULES if n.startswith("en_") or n in _SHARED),
)

# Cheap gate for the dateparser fallback: English words that may start a date the rules
# did not understand.
_EN_DATEISH_RE = re.compile(
    rf"\b(?:{_MONTH_NAMES}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ago)\b"
)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _shift(today: date, days: int) -> date | None:
    try:
        return today + timedelta(days)  # positional: a keyword costs a third more
    except OverflowError:
        return None


def _shift_months(today: date, months: int) -> date | None:
    index = today.year * 12 + today.month - 1 + months
    year, month = divmod(index, 12)
    for day in range(today.day, 27, -1):
        found = _safe_date(year, month + 1, day)
        if found is not None:
            return found
    return _safe_date(year, month + 1, min(today.day, 28))


def month_day(
    today: date, month: int, day: int, plan: bool, year: int | None = None
) -> date | None:
    """M月D日 / Nov 16: the most recent such date not after today (the next one for a plan)."""
    if year is not None:
        return _safe_date(year, month, day)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if plan:
        for y in (today.year, today.year + 1):
            found = _safe_date(y, month, day)
            if found is not None and found >= today:
                return found
    for y in range(today.year, today.year - 5, -1):
        found = _safe_date(y, month, day)
        if found is not None and found <= today:
            return found
    return None


def day_of_month(today: date, day: int, plan: bool, month_shift: int | None = None) -> date | None:
    """20号: this month's 20th if not after today, else the last month that has one."""
    if not 1 <= day <= 31:
        return None
    base_index = today.year * 12 + today.month - 1
    if month_shift is not None:
        year, month = divmod(base_index + month_shift, 12)
        return _safe_date(year, month + 1, day)
    steps = range(0, 13) if plan else range(0, -13, -1)
    for step in steps:
        year, month = divmod(base_index + step, 12)
        found = _safe_date(year, month + 1, day)
        if found is not None and (found >= today if plan else found <= today):
            return found
    return None


def weekday_in_week(today: date, weekday: int, week_shift: int) -> date | None:
    """上周三 / this Monday: the weekday of the week `week_shift` weeks from this one."""
    return _shift(today, 7 * week_shift + weekday - today.weekday())


def recent_weekday(
    today: date, weekday: int, plan: bool, strictly_before: bool = False
) -> date | None:
    """周三 / on Monday: the most recent such day, today included (the next one for a plan)."""
    if plan:
        return _shift(today, (weekday - today.weekday()) % 7)
    back = (today.weekday() - weekday) % 7
    if strictly_before and back == 0:
        back = 7
    return _shift(today, -back)


def _en_month(word: str) -> int:
    return _EN_MONTHS[word[:3]]


def _en_weekday(word: str) -> int:
    return _EN_WEEKDAYS[word[:3]]


def _year_from_word(word: str | None, today: date) -> int | None:
    if not word:
        return None
    if word.isdigit():
        year = int(word)
        year = year + 2000 if year < 100 else year
        # "1FEB 0100": digits after a date that cannot be its year are not one.
        return year if 1900 <= year <= today.year + 10 else None
    return {"今": today.year, "去": today.year - 1, "前": today.year - 2, "明": today.year + 1}.get(
        word
    )


_REL_DAYS = {
    "大前天": -3,
    "大前晚": -3,
    "大后天": 3,
    "前天": -2,
    "前晚": -2,
    "前日": -2,
    "昨天": -1,
    "昨日": -1,
    "昨晚": -1,
    "昨夜": -1,
    "昨早": -1,
    "昨儿": -1,
    # Northern speech: 前儿(个) is the day before yesterday.
    "前儿": -2,
    "大前儿": -3,
    "明天": 1,
    "明日": 1,
    "明早": 1,
    "明晚": 1,
    "明儿": 1,
    "后天": 2,
}
_EN_REL_DAYS = {
    "yesterday": -1,
    "yday": -1,
    "ystd": -1,
    "yest": -1,
    "last night": -1,
    "tomorrow": 1,
    "tmrw": 1,
    "tmr": 1,
    "tmw": 1,
    "tmrrw": 1,
    "2moro": 1,
}

Handler = Callable[[re.Match[str], date, bool], date | None]


def _h_ymd(m: re.Match[str], today: date, plan: bool) -> date | None:
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _h_n_ago(m: re.Match[str], today: date, plan: bool) -> date | None:
    number, half, unit = m.group(1), m.group(2), m.group(3)
    if number == "几":
        number = "3"  # "a few days ago" is taken as three, as in English
    if number == "半":
        if unit == "月":
            return _shift(today, -15)
        return _shift(today, -3) if unit in ("周", "星期", "礼拜") else None
    n = cn_to_int(number)
    if n is None or n > 3660:
        return None
    if unit in ("天", "日"):
        return _shift(today, -n)
    if unit in ("周", "星期", "礼拜"):
        return _shift(today, -7 * n - (3 if half else 0))
    if half:
        return _shift(today, -30 * n - 15)
    return _shift_months(today, -n)


def _h_cn_md(m: re.Match[str], today: date, plan: bool) -> date | None:
    month, day = cn_to_int(m.group(2)), cn_to_int(m.group(3))
    if month is None or day is None:
        return None
    return month_day(today, month, day, plan, _year_from_word(m.group(1), today))


def _h_md_sep(m: re.Match[str], today: date, plan: bool) -> date | None:
    month, day = int(m.group(1)), int(m.group(3))
    if month > 12 >= day:
        month, day = day, month  # "20/11", "20.11.": day first, as many write it
    return month_day(today, month, day, plan, _year_from_word(m.group(4), today))


# "periods 3-4", "lessons 1-2", "weeks 5-6": a numbered range of things, not a month-day.
_NUMBERED_BEFORE_RE = re.compile(
    r"\b(?:periods?|lessons?|class(?:es)?|weeks?|rooms?|chapters?|units?|pages?|pp|nos?|questions?"
    r"|problems?|exercises?|sections?|grades?|levels?|floors?|rows?|seats?|numbers?|slides?|items?)"
    r"\.?\s*[(#]?\s*$"
)


def _h_md_dash(m: re.Match[str], today: date, plan: bool) -> date | None:
    if _NUMBERED_BEFORE_RE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return month_day(today, int(m.group(1)), int(m.group(2)), plan)


def _h_rel_month_day(m: re.Match[str], today: date, plan: bool) -> date | None:
    day = cn_to_int(m.group(2))
    if day is None:
        return None
    return day_of_month(today, day, plan, month_shift=_WEEK_SHIFT[m.group(1)])


# Parts of a month as a day: 月初 the 1st, 上旬 the 5th, 中旬/月中 the 15th, 下旬 the 25th,
# 月底/月末 the last day.
_MONTH_PART_DAY = {
    "初": 1,
    "第一周": 1,
    "第一天": 1,
    "头几天": 1,
    "上旬": 5,
    "中旬": 15,
    "中": 15,
    "下旬": 25,
    "底": 31,
    "末": 31,
    "最后一周": 31,
    "最后一天": 31,
    "最后几天": 31,
}
_EN_MONTH_PART = {"mid": "中", "middle": "中", "early": "上旬", "late": "下旬", "end": "底"}


def _month_part(year: int, month: int, part: str) -> date | None:
    day = _MONTH_PART_DAY[part]
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    return _safe_date(year, month, min(day, calendar.monthrange(year, month)[1]))


def month_part_in(today: date, month: int, part: str, plan: bool, year: int | None) -> date | None:
    """11月中旬 / mid-November: that part of the most recent such month (next for a plan)."""
    if year is None:
        year = today.year
        if plan and month < today.month:
            year += 1
        elif not plan and month > today.month:
            year -= 1
    return _month_part(year, month, part)


def _month_of_shift(today: date, shift: int) -> tuple[int, int]:
    year, month = divmod(today.year * 12 + today.month - 1 + shift, 12)
    return year, month + 1


def _h_cn_month_part(m: re.Match[str], today: date, plan: bool) -> date | None:
    month = cn_to_int(m.group(2))
    if month is None:
        return None
    return month_part_in(today, month, m.group(3), plan, _year_from_word(m.group(1), today))


def _h_rel_month_part(m: re.Match[str], today: date, plan: bool) -> date | None:
    year, month = _month_of_shift(today, _WEEK_SHIFT.get(m.group(1) or "本", 0))
    return _month_part(year, month, m.group(2))


def _h_bare_month_part(m: re.Match[str], today: date, plan: bool) -> date | None:
    return _month_part(today.year, today.month, m.group(1))


def _h_rel_month(m: re.Match[str], today: date, plan: bool) -> date | None:
    shift = _WEEK_SHIFT[m.group(1) or m.group(2)]
    return today if shift == 0 else _shift_months(today, shift)


# 周三, 周7, 周末 (its Saturday): the weekday a character after 周 names.
_WEEK_DAY_CHARS = {**_CN_WEEKDAYS, "末": 5} | {str(n + 1): n for n in range(7)}


def _h_week_day(m: re.Match[str], today: date, plan: bool) -> date | None:
    prefix, char = m.group(1, 2)
    weekday = _WEEK_DAY_CHARS[char]
    if prefix:
        return weekday_in_week(today, weekday, _WEEK_SHIFT[prefix])
    return recent_weekday(today, weekday, plan)


def _h_week_start(m: re.Match[str], today: date, plan: bool) -> date | None:
    """这周初: the week's Monday; 这周中 (midweek): its Wednesday."""
    shift = _WEEK_SHIFT[m.group(1)] if m.group(1) else 0
    return weekday_in_week(today, 0 if m.group(2) else 2, shift)


def _h_week_only(m: re.Match[str], today: date, plan: bool) -> date | None:
    shift = _WEEK_SHIFT[m.group(1)]
    return today if shift == 0 else _shift(today, 7 * shift)


def _h_rel_day_before(m: re.Match[str], today: date, plan: bool) -> date | None:
    # 前两天 is two days ago; 前几天 / 前些天 / 前些日子 ("a few days ago") three.
    n = 3 if m.group(1) in ("几", "些") else cn_to_int(m.group(1))
    return None if n is None else _shift(today, -n)


def _h_rel_day(m: re.Match[str], today: date, plan: bool) -> date | None:
    return _shift(today, _REL_DAYS.get(m.group(0), 0))


_HOLIDAYS = {
    "愚人节": (4, 1),
    "情人节": (2, 14),
    "万圣节": (10, 31),
    "光棍节": (11, 11),
    "双十一": (11, 11),
    "建党节": (7, 1),
    "建军节": (8, 1),
    "元旦": (1, 1),
    "跨年夜": (12, 31),
    "跨年": (12, 31),
    "平安夜": (12, 24),
    "圣诞": (12, 25),
    "圣诞节": (12, 25),
    "国庆": (10, 1),
    "国庆节": (10, 1),
    "劳动节": (5, 1),
    "五一": (5, 1),
    "教师节": (9, 10),
    "五四青年节": (5, 4),
    "青年节": (5, 4),
    "儿童节": (6, 1),
    "六一儿童节": (6, 1),
    "妇女节": (3, 8),
    "植树节": (3, 12),
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "new year day": (1, 1),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "new year eve": (12, 31),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "xmas": (12, 25),
    "christmas eve": (12, 24),
    "xmas eve": (12, 24),
    "xmas day": (12, 25),
    "boxing day": (12, 26),
    "夏至": (6, 21),
    "national day": (10, 1),
    "teachers day": (9, 10),
    "teachers' day": (9, 10),
    "labor day": (5, 1),
    "labour day": (5, 1),
}


# Lunar-calendar holidays (春节, 端午, 中秋 …) come from the domain's table in reminders.holidays.
_lunar_holiday = lunar_holiday


_RUN_UP_AFTER_RE = re.compile(
    r"(?:节|假期|放假|假)?\s*(?:之前|以前|前)(?![一两二三四五六七八九十\d]+天|一晚|夕|的?最后一天)"
    # "五一假期后第一次查寝": some day after it.
    r"|(?:节|假期|放假|假|长假|小长假)?\s*(?:之后|以后|后|结束后)(?!第?[一两二三四五六七八九十\d]+天)"
)
_RUN_UP_BEFORE_RE = re.compile(r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+)?$")


def _h_holiday(m: re.Match[str], today: date, plan: bool) -> date | None:
    """元旦 / Christmas: fixed-date holidays, the most recent one (the next for a plan);
    春节 / 中秋 / 端午 ...: lunar ones from their table, likewise."""
    if (
        _RUN_UP_BEFORE_RE.search(m.string, max(0, m.start() - 16), m.start())
        and _EN_DAY_AROUND_RE.search(m.string, max(0, m.start() - 24), m.start()) is None
        and not _EN_ONE_DAY_AFTER_RE.match(m.string, m.end())
    ):
        return None  # "Before the National Day holiday: called …": its run-up, not a day
    name = " ".join(m.group(1).split())
    name = _EN_HOLIDAY_ALIASES.get(name.replace("-", " "), name)
    # "五一放假前一天", "国庆前夕": the day before the holiday; "国庆第三天": its third day.
    offset = -1 if _EVE_AFTER_RE.match(m.string, m.end()) else 0
    if not offset and _RUN_UP_AFTER_RE.match(m.string, m.end()):
        return None  # "国庆放假前最后一次查寝": some day before it, not the holiday

    before = _EN_DAY_AROUND_RE.search(m.string, max(0, m.start() - 24), m.start())
    if before is None and _EN_ONE_DAY_AFTER_RE.match(m.string, m.end()):
        # Chinglish "before Dragon Boat Festival one day" (端午节前一天).
        before = _EN_BEFORE_AFTER_RE.search(m.string, max(0, m.start() - 12), m.start())
    if before is not None:
        offset = -1 if before.group(1) == "before" else 1
    nth = _NTH_DAY_AFTER_RE.match(m.string, m.end())
    if nth is not None:
        offset = (cn_to_int(nth.group(1)) or 1) - 1
    last_day = _LAST_DAY_AFTER_RE.match(m.string, m.end()) is not None
    # "五一后第一天", "国庆节之后两天", "中秋前两天": counted from the holiday's day.
    around = _DAYS_AROUND_RE.match(m.string, m.end())
    if around is not None:
        days = cn_to_int(around.group("after") or around.group("before") or "1") or 1
        # After a holiday of several days off, the days count from the end of the break.
        offset = days + BREAK_DAYS.get(name, 1) - 1 if around.group("after") else -days
    if name.startswith("大年初"):
        name, offset = "春节", offset + (cn_to_int(name[3:]) or 1) - 1
    elif name.startswith("正月"):
        # 正月初五, 正月十五, 正月廿三: days of the first lunar month, counted from 春节.
        lunar_day = name[2:].removeprefix("初").replace("廿", "二十")
        name, offset = "春节", offset + (cn_to_int(lunar_day) or 1) - 1
    # A day counted back from next year's holiday may be today ("元旦前一天" said on 31 December).
    years = (today.year, today.year + 1) if plan else (today.year + 1, today.year, today.year - 1)
    for year in years:
        if name in _HOLIDAYS:
            month, day = _HOLIDAYS[name]
            holiday = _safe_date(year, month, day)
        elif name in _FLOATING_HOLIDAYS:
            month, weekday, nth_week = _FLOATING_HOLIDAYS[name]
            first = date(year, month, 1)
            holiday = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth_week - 1))
        else:
            holiday = _lunar_holiday(name, year)
        found = None if holiday is None else _shift(holiday, offset)
        if found is not None and last_day:
            found = _break_edge(found, 1)  # "国庆假期最后一天", "五一最后一天"
        if found is not None and (found >= today if plan else found <= today):
            return found
    return None


def _h_holiday_back(m: re.Match[str], today: date, plan: bool) -> date | None:
    """清明假期后返校第一天: the n-th day after the run of days off around the holiday."""
    name = m.group(1)  # 清明节, 端午节: the lunar table reads the name's start
    n = cn_to_int(m.group(2)) or 1
    years = (today.year, today.year + 1) if plan else (today.year, today.year - 1)
    for year in years:
        holiday = _safe_date(year, *_HOLIDAYS[name]) if name in _HOLIDAYS else None
        holiday = holiday or _lunar_holiday(name, year)
        if holiday is None:
            continue
        last = holiday
        for _ in range(10):  # no break is longer
            after = _shift(last, 1)
            if after is None or not is_rest_day(after):
                break
            last = after
        found = _shift(last, n)
        if found is not None and (found >= today if plan else found <= today):
            return found
    return None


# Holidays on the n-th weekday of a month: (month, weekday, n).
_FLOATING_HOLIDAYS = {"母亲节": (5, 6, 2), "父亲节": (6, 6, 3), "感恩节": (11, 3, 4)}

# English names of the holidays the Chinese table knows.
_EN_HOLIDAY_ALIASES = {
    "april fool's day": "愚人节",
    "april fools day": "愚人节",
    "april fools' day": "愚人节",
    "april fool's": "愚人节",
    "april fools": "愚人节",
    "valentine's day": "情人节",
    "valentines day": "情人节",
    "valentine's": "情人节",
    "halloween": "万圣节",
    "singles' day": "光棍节",
    "singles day": "光棍节",
    "double eleven": "光棍节",
    "mother's day": "母亲节",
    "mothers day": "母亲节",
    "father's day": "父亲节",
    "fathers day": "父亲节",
    "thanksgiving": "感恩节",
    "thanksgiving day": "感恩节",
    "winter solstice": "冬至",
    "summer solstice": "夏至",
    "may day": "劳动节",
    "youth day": "青年节",
    "children's day": "儿童节",
    "childrens day": "儿童节",
    "children's' day": "儿童节",
    "women's day": "妇女节",
    "womens day": "妇女节",
    "women's' day": "妇女节",
    "chinese new year": "春节",
    "lunar new year": "春节",
    "spring festival": "春节",
    "chinese new year's eve": "除夕",
    "chinese new years eve": "除夕",
    "chinese new year eve": "除夕",
    "lunar new year's eve": "除夕",
    "lunar new years eve": "除夕",
    "lunar new year eve": "除夕",
    "lantern festival": "元宵",
    "dragon boat festival": "端午",
    "mid autumn": "中秋",
    "mid autumn festival": "中秋",
    "midautumn": "中秋",
    "midautumn festival": "中秋",
    "qingming": "清明",
    "qingming festival": "清明",
    "tomb sweeping day": "清明",
}
_EVE_AFTER_RE = re.compile(r"(?:节|假期|放假)?\s*(?:前一天|前一晚|前夕)")
_LAST_DAY_AFTER_RE = re.compile(r"(?:节|假期|长假|小长假|放假|假)?\s*的?\s*最后一[天晚]")
# A holiday named right before a break's day ("国庆假期最后一天"): the holiday rule dates it.
_HOLIDAY_RIGHT_BEFORE_RE = re.compile(r"(?:节|小)?\s*$")


def _break_edge(day: date, step: int) -> date:
    """The last (`step` 1) or first (-1) day of the run of days off around `day`: a
    holiday's break as the calendar has it (清明 2026 is 4-6 April)."""
    for _ in range(10):  # no break is longer
        after = _shift(day, step)
        if after is None or not is_rest_day(after):
            break
        day = after
    return day


def _h_break_day(m: re.Match[str], today: date, plan: bool) -> date | None:
    """放假最后一天 / 假期第二天: a day of the break of the holiday the note named before it
    ("清明节当天 called …，放假最后一天 …"); none named, no date (plausibility asks)."""
    text, start = m.string, m.start()
    holiday = None
    for h in _RULE_RES["holiday"].finditer(text, 0, start):
        holiday = h
    if holiday is None or _HOLIDAY_RIGHT_BEFORE_RE.fullmatch(text, holiday.end(), start):
        return None
    anchor = _h_holiday(holiday, today, plan)
    if anchor is None or not is_rest_day(anchor):
        return None
    if m.group(1):  # 最后一天
        return _break_edge(anchor, 1)
    first = _break_edge(anchor, -1)
    return _shift(first, (cn_to_int(m.group(2)) or 1) - 1)


# "the day before Dragon Boat Festival", "the day after Christmas".
_EN_DAY_AROUND_RE = re.compile(r"\b(?:the\s+|one\s+|a\s+)?day\s+(before|after)\s+(?:the\s+)?$")
_EN_ONE_DAY_AFTER_RE = re.compile(r"\s+(?:one|a|1)\s+day\b(?!\s+(?:before|after))")
_EN_BEFORE_AFTER_RE = re.compile(r"\b(before|after)\s+(?:the\s+)?$")
_NTH_DAY_AFTER_RE = re.compile(rf"(?:节|假期|长假|小长假|放假)?\s*的?\s*第\s*({CN_NUM})\s*天")
# Holidays that are a break of several days: "国庆后第一天" is 8 October, the first day back.
BREAK_DAYS = {"国庆": 7, "国庆节": 7, "五一": 5, "劳动节": 5, "春节": 7}
_DAYS_AROUND_RE = re.compile(
    rf"(?:节|假期|长假|小长假|放假|假)?\s*(?:(?:之后|以后|过后|结束后|后)的?\s*第?\s*(?P<after>{CN_NUM})\s*天"
    rf"|(?:之前|以前|前)\s*(?P<before>{CN_NUM})\s*天)"
)


def _h_year_part(m: re.Match[str], today: date, plan: bool) -> date | None:
    """去年最后一天 / 去年年底: Dec 31 of that year; 今年年初 / 第一天: Jan 1."""
    year = _year_from_word(m.group(1), today)
    if year is None:
        return None
    if m.group(2) in ("初", "头", "第一天"):
        return _safe_date(year, 1, 1)
    return _safe_date(year, 12, 31)


def _h_cn_month_only(m: re.Match[str], today: date, plan: bool) -> date | None:
    """11月份: the most recent day of that month not after today (today in the current month,
    the last day of a past one); for a plan the next such day (the 1st of a future month)."""
    month = cn_to_int(m.group(2))
    if month is None or not 1 <= month <= 12:
        return None
    year = _year_from_word(m.group(1), today)
    if year is None:
        year = today.year
        if plan and month < today.month:
            year += 1
        elif not plan and month > today.month:
            year -= 1
    if (year, month) == (today.year, today.month):
        return today
    if (year, month) > (today.year, today.month):
        return _safe_date(year, month, 1)
    return _safe_date(year, month, calendar.monthrange(year, month)[1])


def _h_en_weekend(m: re.Match[str], today: date, plan: bool) -> date | None:
    """ "over the weekend": its Saturday, the most recent one (the coming one for a plan)."""
    return recent_weekday(today, 5, plan)


def _h_day_only(m: re.Match[str], today: date, plan: bool) -> date | None:
    day = cn_to_int(m.group(1))
    return None if day is None else day_of_month(today, day, plan)


def _h_en_dby(m: re.Match[str], today: date, plan: bool) -> date | None:
    return _shift(today, -2)  # the day before yesterday; "the other day" likewise


def _h_en_month_part(m: re.Match[str], today: date, plan: bool) -> date | None:
    words = m.group(1).split()
    key = words[-2] if len(words) > 1 and words[-1] == "of" else words[0]
    part = _EN_MONTH_PART.get(key, "初")
    if m.group(3):
        return month_part_in(today, _en_month(m.group(3)), part, plan, None)
    year, month = _month_of_shift(today, _EN_WEEK_SHIFT.get(m.group(2) or "this", 0))
    return _month_part(year, month, part)


def _h_en_rel(m: re.Match[str], today: date, plan: bool) -> date | None:
    word = " ".join(m.group(0).split())
    return _shift(today, _EN_REL_DAYS.get(word, 0))


def _h_en_ago(m: re.Match[str], today: date, plan: bool) -> date | None:
    number, unit = m.group(1), m.group(2)
    n = 3 if number in ("few", "several") else en_to_int(number)
    if n is None or n > 3660:
        return None
    if unit.startswith("day"):
        return _shift(today, -n)
    if unit.startswith("week"):
        return _shift(today, -7 * n)
    if unit.startswith("fortnight"):
        return _shift(today, -14 * n)
    return _shift_months(today, -n)


def _h_en_week_weekday(m: re.Match[str], today: date, plan: bool) -> date | None:
    return weekday_in_week(today, _en_weekday(m.group(2)), _EN_WEEK_SHIFT[m.group(1)])


_UNAMBIGUOUS_DAYS = frozenset({"tue", "tues", "thu", "thur", "thurs", "fri"})


def _h_en_weekday(m: re.Match[str], today: date, plan: bool) -> date | None:
    prefix, word, suffix, punct = m.group(1), m.group(2), m.group(3), m.group(4)
    # Only "mon", "wed", "sat" and "sun" are also words; "fri" or "thu" is always a day.
    full = len(word) > 4 or word.endswith("day") or word in _UNAMBIGUOUS_DAYS
    if (
        not full
        and prefix is None
        and suffix is None
        and punct is None
        and not _AFTER_WEEKDAY_RE.search(m.string, 0, m.start())
        and not _CJK_AFTER_RE.match(m.string, m.end())
        and not _BEFORE_WEEKDAY_RE.match(m.string, m.end())
        and not _EN_WEEK_BEFORE_RE.search(m.string, 0, m.start())
        and not (
            _END_AFTER_RE.match(m.string, m.end())
            and not _SUBJECT_BEFORE_RE.search(m.string, 0, m.start())
        )
        # "Wed called 1 parent", "Sat attended the training": an item opened by the day.
        and not (
            _ITEM_START_BEFORE_RE.search(m.string, 0, m.start())
            and _PAST_VERB_AFTER_RE.match(m.string, m.end())
        )
        and not _day_in_a_list(m)
    ):
        return None  # "sat in on a lecture", "wed": abbreviations need context
    if word == "sat" and prefix is None and _SAT_VERB_AFTER_RE.match(m.string, m.end()):
        return None  # "this week: Monday sat in on a class": the verb, even after a heading
    weekday = _en_weekday(word)
    if suffix is None and prefix in (None, "on"):
        # "Mon and Wed last week": the week named after a list of days is each one's week.
        listed = _LISTED_WEEK_AFTER_RE.match(m.string, m.end())
        suffix = listed.group(1) if listed is not None else None
    if suffix:
        return weekday_in_week(today, weekday, _EN_WEEK_SHIFT[suffix])
    if prefix in ("last", "past"):
        return recent_weekday(today, weekday, plan=False, strictly_before=True)
    if prefix == "this":
        return weekday_in_week(today, weekday, 0)
    if prefix in ("next", "coming"):
        # "next Monday" is the coming one, never today.
        return _shift(today, (weekday - today.weekday()) % 7 or 7)
    return recent_weekday(today, weekday, plan)


# "Mon & Tue": an abbreviation listed after another weekday is one too.
_AFTER_WEEKDAY_RE = re.compile(rf"\b{_WEEKDAY_NAMES}\.?\s*(?:&|and|,|/|\+)\s*$")
# "Mon 听课": an abbreviation before Chinese is no English verb; nor one after a week named
# as a heading ("last week: Mon 听课, Wed dorm").
_CJK_AFTER_RE = re.compile(r"\s*[\u4e00-\u9fff]")
# "Tue & Thu": an abbreviation listed before another weekday.
_BEFORE_WEEKDAY_RE = re.compile(rf"\.?\s*(?:&|and|/|\+)\s*{_WEEKDAY_NAMES}\b")
_LISTED_WEEK_AFTER_RE = re.compile(
    rf"(?:\.?\s*(?:&|and|,|/|\+)?\s*(?:and\s+)?(?:on\s+)?{_WEEKDAY_NAMES}\b\.?)+\s+(?:of\s+)?(last|this|next)\s+week\b"
)
_EN_WEEK_BEFORE_RE = re.compile(
    r"\b(?:last|this|next)\s+week\s*:|(?:大上|上上|上|本|这|下下|下)\s*个?\s*(?:周|星期|礼拜|週)\s*:"
)
# "… the science museum Sat": an abbreviation ending the note or a sentence, not after a
# subject that would make it a verb ("we sat.").
_END_AFTER_RE = re.compile(r"\s*(?:$|[.;!?)\n])")
_SAT_VERB_AFTER_RE = re.compile(r"\s+(?:in|down|with|through|on|by|next|beside|at|for|together)\b")
_ITEM_START_BEFORE_RE = re.compile(r"(?:^|[,;:.!?\n]|\band\b)\s*$")
_PAST_VERB_AFTER_RE = re.compile(
    r"\s+(?:i\s+|we\s+)?(?:\w+ed|went|did|had|met|held|spoke|took|gave|ran|saw|caught|rang|led|made|got"
    r"|brought|taught|sat\s+in)\b"
)
_SUBJECT_BEFORE_RE = re.compile(r"\b(?:i|we|he|she|they|who|students?|everyone)\s+$")
# "Dorm visits: Sat Bldg 5 (girls), Sun Bldg 7": an item opened by the day and its place.
_PLACE_AFTER_RE = re.compile(r"\s+(?:bldg|building|block|blk|hall|rooms?|rm|dorms?|classroom|#?\d)")
_UNAMBIGUOUS_DAY_RE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues?|thu(?:rs?)?|fri)\b"
)
# What may follow a day in a list: "Wed after all (late)", "Mon evening", "Sat, …".
_DAY_END_AFTER_RE = re.compile(
    r"\s*(?:$|[.,;:!?()\n]|\b(?:after|before|morning|afternoon|evening|night|am|pm|\d))"
)
_ARTICLE_OR_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:the|a|i|we|he|she|they|who|you|students?|everyone|was|were)\s+$"
)


def _day_in_a_list(m: re.Match[str]) -> bool:
    """Whether the abbreviation at `m` ("sat", "sun", "mon", "wed") is a day of a list: one
    opening an item with the place after it, or one in a note that names another weekday
    without doubt ("sat in on Analysis Tue, dorm round Wed after all")."""
    text = m.string
    if _ITEM_START_BEFORE_RE.search(text, 0, m.start()) and _PLACE_AFTER_RE.match(text, m.end()):
        return True
    if m.group(2) == "sun" or _ARTICLE_OR_SUBJECT_BEFORE_RE.search(text, 0, m.start()):
        return False  # Sun is a surname too ("called Sun Li's mother")
    return (
        _DAY_END_AFTER_RE.match(text, m.end()) is not None
        and any(d.start() != m.start() for d in _UNAMBIGUOUS_DAY_RE.finditer(text))
        and not _SAT_VERB_AFTER_RE.match(text, m.end())
    )


def _h_en_week(m: re.Match[str], today: date, plan: bool) -> date | None:
    shift = _EN_WEEK_SHIFT[m.group(1)]
    if m.group(2) == "month":
        return today if shift == 0 else _shift_months(today, shift)
    if m.group(2) == "weekend":
        return weekday_in_week(today, 5, shift)
    return today if shift == 0 else _shift(today, 7 * shift)


def _h_en_md(m: re.Match[str], today: date, plan: bool) -> date | None:
    return month_day(
        today, _en_month(m.group(1)), int(m.group(2)), plan, _year_from_word(m.group(3), today)
    )


def _h_en_dm(m: re.Match[str], today: date, plan: bool) -> date | None:
    return month_day(
        today, _en_month(m.group(2)), int(m.group(1)), plan, _year_from_word(m.group(3), today)
    )


def _h_en_weekday_before_last(m: re.Match[str], today: date, plan: bool) -> date | None:
    last = recent_weekday(today, _en_weekday(m.group(1) or m.group(2)), False, strictly_before=True)
    return None if last is None else _shift(last, -7)


def _h_en_the_day(m: re.Match[str], today: date, plan: bool) -> date | None:
    return day_of_month(today, int(m.group(1)), plan)


_HANDLERS: dict[str, Handler] = {
    "ymd": _h_ymd,
    "n_ago": _h_n_ago,
    "cn_md": _h_cn_md,
    "md_sep": _h_md_sep,
    "md_dash": _h_md_dash,
    "rel_month_day": _h_rel_month_day,
    "cn_month_part": _h_cn_month_part,
    "year_part": _h_year_part,
    "bare_month_part": _h_bare_month_part,
    "rel_month_part": _h_rel_month_part,
    "cn_month_only": _h_cn_month_only,
    "rel_month": _h_rel_month,
    "week_start": _h_week_start,
    "week_day": _h_week_day,
    "week_only": _h_week_only,
    "rel_day_before": _h_rel_day_before,
    "rel_day": _h_rel_day,
    "holiday_back": _h_holiday_back,
    "holiday": _h_holiday,
    "break_day": _h_break_day,
    "day_only": _h_day_only,
    "en_dby": _h_en_dby,
    "en_weekday_before_last": _h_en_weekday_before_last,
    "en_month_part": _h_en_month_part,
    "en_rel": _h_en_rel,
    "en_ago": _h_en_ago,
    "en_week_weekday": _h_en_week_weekday,
    "en_weekday_nth": _h_en_the_day,
    "en_weekday": _h_en_weekday,
    "en_week": _h_en_week,
    "en_weekend": _h_en_weekend,
    "en_holiday": _h_holiday,
    "en_md": _h_en_md,
    "en_dm": _h_en_dm,
    "en_bracket_nth": _h_en_the_day,
    "en_the_day": _h_en_the_day,
}
# Each rule's own pattern, or None when its handler reads no group, and its handler.
_SCAN_RULES: dict[str, tuple[re.Pattern[str] | None, Handler]] = {
    name: (regex if regex.groups else None, _HANDLERS[name]) for name, regex in _RULE_RES.items()
}


def find_dates(
    text: str, today: date, plan: bool, chinese: bool = True, latin: bool = True
) -> list[DateMention]:
    """Every date expression the rules understand in `text` (normalised, lower case).

    `chinese` and `latin` say which scripts the text contains, to skip the other rules.
    """
    found: list[DateMention] = []
    # 再 opens every clause-local plan word: without it the search cannot find one.
    local = "再" in text and _LOCAL_PLAN_RE.search(text) is not None
    if chinese:
        found = _scan(_COMBINED_ZH_RE, text, today, plan, local)
    if latin or not chinese:
        english = _scan(_COMBINED_EN_RE, text, today, plan, local)
        if found:
            taken = [(d.start, d.end) for d in found]
            english = [d for d in english if all(d.end <= s or d.start >= e for s, e in taken)]
            found = sorted(found + english, key=lambda d: d.start)
        else:
            found = english
    if not found:
        return found  # every pass below keeps an empty list empty
    if latin:
        found = _more_en_days(text, found, today)
    if chinese:
        found = _more_cn_weekdays(text, found)
        if _NEXT_DAY_GATE_RE.search(text):
            found = _next_days(text, found)
    if latin and _EN_NEXT_DAY_GATE_RE.search(text):
        found = _next_days(text, found, _EN_NEXT_DAY_RE)
    found = _apply_week_header(text, today, found)
    if len(found) > 1:  # the passes below leave a single date as it is
        found = _carry_named_week(text, today, found)
        found = _drop_days_counted_from_the_one_before(text, found)
        found = _drop_weekday_notes(text, today, found)
        found = _drop_weekdays_before_dates(text, found)
        found = _drop_spelled_out(text, found)
        found = _drop_holidays_named_by_day(text, found)
        found = _month_part_with_day(text, found)
        if not plan:
            found = _order_listed_weekdays(text, found)
    if chinese and not plan:
        found = _coming_weekday(text, today, found)
    if "前" in text:  # every deadline word has 前 (之前, 以前, 前)
        found = _drop_deadlines(text, found)
    return _drop_range_ends(text, found) if len(found) > 1 else found


# "上礼拜三送医院去的 … 第二天下午又去医院看了一趟": a day counted from the date before it.
_NEXT_DAY_RE = re.compile(r"(第二|第三|次|隔|翌)(?:天|日)(?![上下]午?班|课)")
_NEXT_DAY_GATE_RE = re.compile(r"第[二三][天日]|次日|隔天|翌日")
_NEXT_DAY_AFTER = {"第二": 1, "次": 1, "隔": 1, "翌": 1, "第三": 2}


# "on the evening of 4/12 … and again the next morning": in English too.
_EN_NEXT_DAY_RE = re.compile(
    r"\bthe\s+(next|following)\s+(?:day|morning|afternoon|evening|night)\b(?!\s+(?:of|after|before)\b)"
)
_EN_NEXT_DAY_GATE_RE = re.compile(
    r"\b(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b"
)


def _next_days(
    text: str, found: list[DateMention], next_day_re: re.Pattern[str] = _NEXT_DAY_RE
) -> list[DateMention]:
    """The dates with each "第二天" (次日, 隔天, 第三天) after a calendar date added, counted
    from the date before it ("国庆第二天", a holiday's day, is that holiday's rule)."""
    added: list[DateMention] = []
    for m in next_day_re.finditer(text):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        before = [d for d in found if d.end <= m.start() and not d.coarse]
        if not before:
            continue
        last = before[-1]
        if last.end == m.start() or _HOLIDAY_SPAN_RE.fullmatch(text, last.end, m.start()):
            continue  # "国庆第二天", "国庆假期第二天": the holiday's own day
        day = last.day + timedelta(days=_NEXT_DAY_AFTER.get(m.group(1), 1))
        added.append(DateMention(m.start(), m.end(), day))
    return sorted(found + added, key=lambda d: d.start) if added else found


# What joins weekdays listed together: "周二周四", "周一、周三", "Tue and Thu".
_WEEKDAY_JOIN_RE = re.compile(r"(?:\s|、|,|/|和|与|及|跟|&|\band\b)*")


def _order_listed_weekdays(text: str, found: list[DateMention]) -> list[DateMention]:
    """Bare weekdays listed in the week's order are days of one week: said on a Tuesday,
    "周二周四各听了一次课" is last week's Tuesday and Thursday, not today and last Thursday."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        first, then = out[i], out[i + 1]
        if (
            first.coarse
            or then.coarse
            or first.day <= then.day
            or not _WEEKDAY_JOIN_RE.fullmatch(text, first.end, then.start)
        ):
            continue
        a, b = _weekday_of_mention(text, first), _weekday_of_mention(text, then)
        if a is not None and b is not None and a < b:
            out[i] = DateMention(first.start, first.end, first.day - timedelta(days=7))
    return out


# "9月26日（周六）", "11.20 周五", "Nov 20 (Fri)": a weekday right after a calendar date
# annotates it; it is no date of its own. When a date taken as coming does not fall on that
# weekday but the same date a year back does, the past one is meant.
_NOTE_GAP_RE = re.compile(r"\s*[(\[]?\s*")
_CALENDAR_DATE_RE = re.compile(rf"\d|月|号|\b{_MONTH_NAMES}")


def _weekday_of_mention(text: str, d: DateMention) -> int | None:
    cn = _BARE_CN_WEEKDAY_RE.fullmatch(text, d.start, d.end)
    if cn:
        char = cn.group(1)
        return int(char) - 1 if char.isdigit() else _CN_WEEKDAYS[char]
    en = _BARE_EN_WEEKDAY_RE.fullmatch(text, d.start, d.end)
    return _en_weekday(en.group(1)) if en else None


# "Tuesday the 17th", "周二11月17日": a weekday right before a calendar date names its day.
_BEFORE_DATE_GAP_RE = re.compile(r"\s*[,(]?\s*(?:the\s+)?")
# "next Wednesday (Dec 9)", "下周三(12月9日)": a week's weekday the date after it spells out.
_WEEK_WEEKDAY_RE = re.compile(
    rf"(?:last|this|next|coming)\s+(?:{_WEEKDAY_NAMES})\.?|(?:上|下|本|这)个?(?:周|星期|礼拜|週)\s*[一二三四五六日天1-7]"
)


# "今天冬至", "昨天是元旦": the day word dates the note, the holiday only names that day.
_DAY_WORD_RE = re.compile(r"今天|今日|今儿|昨天|昨日|昨儿|前天|明天|\btoday\b|\byesterday\b")
_DAY_IS_GAP_RE = re.compile(r"\s*(?:是|就是|正好是|刚好是|正是|\bis\b|\bwas\b)?\s*")
_HOLIDAY_RULES = ("holiday", "en_holiday")


def _drop_holidays_named_by_day(text: str, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _DAY_WORD_RE.fullmatch(text, prev.start, prev.end)
            and _DAY_IS_GAP_RE.fullmatch(text, prev.end, d.start)
            and any(_RULE_RES[name].fullmatch(text, d.start, d.end) for name in _HOLIDAY_RULES)
        ):
            continue
        out.append(d)
    return out


# "over the weekend (Sat 24th and Sun 25th)", "yesterday (3/5)": calendar days in brackets
# right after a date spell it out; they are its days.
_OPEN_BRACKET_RE = re.compile(r"\s*[(\[]\s*")


def _drop_spelled_out(text: str, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for i, d in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and d.end <= nxt.start
            and _OPEN_BRACKET_RE.fullmatch(text, d.end, nxt.start)
            and _CALENDAR_DATE_RE.search(text, nxt.start, nxt.end)
            and not _CALENDAR_DATE_RE.search(text, d.start, d.end)
        ):
            continue
        out.append(d)
    return out


# "月初2号", "11月初3号", "月中15号": a part of a month with the day right after it is that
# day of the part's month, one date, not the part's own day and the day's.
_MONTH_PART_RULES = ("cn_month_part", "rel_month_part")
_PART_DAY_GAP_RE = re.compile(r"\s*的?\s*")


def _month_part_with_day(text: str, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _PART_DAY_GAP_RE.fullmatch(text, prev.end, d.start)
            and _RULE_RES["day_only"].fullmatch(text, d.start, d.end)
            and any(
                _RULE_RES[name].fullmatch(text, prev.start, prev.end) for name in _MONTH_PART_RULES
            )
        ):
            day = _safe_date(prev.day.year, prev.day.month, d.day.day)
            if day is not None:
                out[-1] = DateMention(prev.start, d.end, day)
                continue
        out.append(d)
    return out


def _drop_weekdays_before_dates(text: str, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for i, d in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and not nxt.coarse
            and (
                _weekday_of_mention(text, d) is not None
                or _WEEK_WEEKDAY_RE.fullmatch(text, d.start, d.end) is not None
            )
            and _BEFORE_DATE_GAP_RE.fullmatch(text, d.end, nxt.start)
            and _CALENDAR_DATE_RE.search(text, nxt.start, nxt.end)
        ):
            continue
        out.append(d)
    return out


def _drop_weekday_notes(text: str, today: date, found: list[DateMention]) -> list[DateMention]:
    if len(found) < 2:
        return found
    out = [found[0]]
    for d in found[1:]:
        last = out[-1]
        weekday = None
        if (
            not last.coarse
            and last.end <= d.start
            and _NOTE_GAP_RE.fullmatch(text, last.end, d.start)
            and _CALENDAR_DATE_RE.search(text, last.start, last.end)
        ):
            weekday = _weekday_of_mention(text, d)
        if weekday is None:
            out.append(d)
            continue
        if last.day.weekday() != weekday and last.day > today:
            other = _safe_date(last.day.year - 1, last.day.month, last.day.day)
            if other is not None and other.weekday() == weekday:
                out[-1] = DateMention(last.start, last.end, other, last.coarse)
    return out


def _more_en_days(text: str, found: list[DateMention], today: date) -> list[DateMention]:
    out: list[DateMention] = []
    for d in found:
        out.append(d)
        # No "&", "and", "," or "/" after it: no day is listed there (the usual case).
        if _MORE_JOIN_RE.match(text, d.end) is None:
            continue
        the_day = _THE_DAY_RE.match(text, d.start, d.end) is not None
        if not the_day and (
            not _MONTH_NAME_RE.match(text, d.start) or not _COMBINED_EN_RE.match(text, d.start)
        ):
            continue
        last = d
        more_re = _EN_MORE_ORDINALS_RE if the_day else _EN_MORE_DAYS_RE
        while (more := more_re.match(text, last.end)) is not None:
            day = _safe_date(last.day.year, last.day.month, int(more.group(1)))
            if day is not None and the_day and day < last.day:
                # "the 28th and 3rd" said on the 5th: the 28th of last month, the 3rd of this.
                later = _safe_date(*_month_on(day.year, day.month), day.day)
                day = later if later is not None and later <= today else day
            if day is None:
                break
            if the_day and day > today:
                # "the 3rd and 17th" said on the 5th: both of last month.
                back = _safe_date(*_month_back(day.year, day.month), day.day)
                if back is None:
                    break
                day = back
                for i in range(len(out) - 1, -1, -1):
                    if out[i].start < d.start or out[i].day <= day:
                        break
                    earlier = _safe_date(day.year, day.month, out[i].day.day)
                    if earlier is not None:
                        out[i] = DateMention(out[i].start, out[i].end, earlier, out[i].coarse)
            last = DateMention(more.start(1), more.end(), day)
            out.append(last)
    return out


# How both patterns of further days below start.
_MORE_JOIN_RE = re.compile(r"\s*(?:&|and|,|/)")
_MONTH_NAME_RE = re.compile(_MONTH_NAMES)
# "dorm visits on the 3rd and 17th": further days of the month, each with its ordinal.
_THE_DAY_RE = re.compile(r"(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\b")
_EN_MORE_ORDINALS_RE = re.compile(
    r"\s*(?:&|and|,|/)\s*(?:and\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b"
)


def _month_back(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _month_on(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


# "上周三、四听了两次课": a weekday listed by its number alone after another is of that week.
_CN_MORE_WEEKDAY_RE = re.compile(
    r"\s*[、,和与及]\s*([一二三四五六日天])(?![个次天位名节人点号月年周期小分])"
)


def _more_cn_weekdays(text: str, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for d in found:
        out.append(d)
        # Nothing listed after it (the usual case): one match settles it.
        if d.coarse or _CN_MORE_WEEKDAY_RE.match(text, d.end) is None:
            continue
        if not (cn := _BARE_CN_WEEKDAY_RE.search(text, d.start, d.end)):
            continue
        if cn.end() != d.end:
            continue
        last, weekday = d, _CN_WEEKDAYS.get(cn.group(1))
        while weekday is not None and (more := _CN_MORE_WEEKDAY_RE.match(text, last.end)):
            nxt = _CN_WEEKDAYS[more.group(1)]
            last = DateMention(more.start(1), more.end(), last.day + timedelta(days=nxt - weekday))
            weekday = nxt
            out.append(last)
    return out


# "上周：周一听课 周三查寝" / "last week: Monday ...": a week named as a heading (followed by a
# colon) is the week of the bare weekdays after it.
_WEEK_HEADER_FIRST = "大上本这下ltn"
_WEEK_HEADER_RE = gated(
    _WEEK_HEADER_FIRST,
    r"(大上|上上|上|本|这|下下|下)\s*个?\s*(?:周|星期|礼拜|週)\s*[:：]|\b(last|this|next)\s+week\s*(?::|\s-|–|—)"
    # Without a colon only a past or coming week: "上周听了三次课，周二周三周五".
    r"|(大上|上上|上|下下|下)\s*个?\s*(?:周|星期|礼拜|週)(?![一二三四五六日天末1-7])|\b(last|next)\s+week\b",
)
_BARE_CN_WEEKDAY_RE = re.compile(r"(?:周|星期|礼拜|週)\s*([一二三四五六日天1-7])")
_BARE_EN_WEEKDAY_RE = re.compile(rf"(?:on\s+)?({_WEEKDAY_NAMES})\b\.?\s*[:,]?")


# One literal search (the engine scans for the first characters) instead of five `in` tests.
_WEEK_WORD_RE = re.compile("周|星期|礼拜|週|week")


def _apply_week_header(text: str, today: date, found: list[DateMention]) -> list[DateMention]:
    if _WEEK_WORD_RE.search(text) is None:
        return found  # no week named at all: skip the search
    header = _WEEK_HEADER_RE.search(text)
    if header is None:
        return found
    cn_word = header.group(1) or header.group(3)
    shift = _WEEK_SHIFT[cn_word] if cn_word else _EN_WEEK_SHIFT[header.group(2) or header.group(4)]
    out: list[DateMention] = []
    for d in found:
        if d.start >= header.end():
            cn = _BARE_CN_WEEKDAY_RE.fullmatch(text, d.start, d.end)
            en = None if cn else _BARE_EN_WEEKDAY_RE.match(text, d.start, d.end)
            weekday = None
            if cn:
                char = cn.group(1)
                weekday = int(char) - 1 if char.isdigit() else _CN_WEEKDAYS[char]
            elif en:
                weekday = _en_weekday(en.group(1))
            if weekday is not None:
                day = weekday_in_week(today, weekday, shift)
                if day is not None:
                    d = DateMention(d.start, d.end, day)
        out.append(d)
    return out


# "上周三", "上个星期一": a weekday of a named past week.
_NAMED_WEEK_DAY_RE = re.compile(
    r"(大上|上上|上)\s*个?\s*(?:周|星期|礼拜|週)\s*([一二三四五六日天1-7])"
)


def _carry_named_week(text: str, today: date, found: list[DateMention]) -> list[DateMention]:
    """A past week carries to the bare weekdays told after it: in "上周三去宿舍了，周四晚上开了
    班委会" Thursday is last week's, not this week's. It carries while the weekdays go on
    forward in that week; a weekday not after the last one ("上周五查寝，周一开班会") has
    crossed into a later week and keeps its own reading, and any other date ends the carry."""
    if "上" not in text:
        return found
    out: list[DateMention] = []
    shift: int | None = None
    weekday = -1
    for d in found:
        named = _NAMED_WEEK_DAY_RE.fullmatch(text, d.start, d.end)
        bare = None if named else _BARE_CN_WEEKDAY_RE.fullmatch(text, d.start, d.end)
        if named is not None:
            shift, weekday = _WEEK_SHIFT[named.group(1)], _weekday_of(named.group(2))
        elif bare is not None and shift is not None and _weekday_of(bare.group(1)) > weekday:
            weekday = _weekday_of(bare.group(1))
            day = weekday_in_week(today, weekday, shift)
            if day is not None:
                d = DateMention(d.start, d.end, day)
        else:
            shift = None
        out.append(d)
    return out


# A bare weekday still ahead in this week, with no sign that its deed is done, is this week's:
# "周五 主题班会" said on a Wednesday is the meeting to come, as a Chinese speaker means it,
# while "周五开了班会" (了, 过, 完, 已, 刚, ✔, an English past) stays the Friday before. The
# coming day must be the nearer reading (said on a Monday, "周六带学生参观" is two days back,
# not five ahead) unless the note names another coming day ("这礼拜六就考研了，礼拜五去宿舍
# 看一下"). A note naming several bare weekdays is a log of the week, and one naming a past
# week carries it (see _carry_named_week): both keep the convention.
_PAST_WEEK_RE = re.compile(r"(?:大上|上上|上)\s*个?\s*(?:周|星期|礼拜|週)|\blast\s+week")
_DONE_SIGN_RE = re.compile(
    r"了|过|完|已|刚|✔|✓|☑|✅|(?<=[开查去谈办搞听做打见找约])的"
    r"|\b(?:\w+ed|went|did|had|met|was|were|took|spoke|saw|ran|led|held|gave|made|done)\b"
)
# What ends the deed a date tells of: the end of its sentence ("周五查寝，发现两个寝室用了
# 违章电器" tells of it done in its second clause).
_DEED_END_RE = re.compile(r"[;!?。；\n]")


def _coming_weekday(text: str, today: date, found: list[DateMention]) -> list[DateMention]:
    bare = [
        (i, m)
        for i, d in enumerate(found)
        if (m := _BARE_CN_WEEKDAY_RE.fullmatch(text, d.start, d.end)) is not None
    ]
    if len(bare) != 1 or _PAST_WEEK_RE.search(text):
        return found
    i, m = bare[0]
    d = found[i]
    if _CN_MORE_WEEKDAY_RE.match(text, d.end):
        return found  # "周三、四各一次": weekdays listed, a log
    ahead = _weekday_of(m.group(1)) - today.weekday()
    back = (d.day - today).days
    if ahead <= 0 or back != ahead - 7:
        return found  # not ahead in this week, or another pass has dated it
    if ahead >= -back and not any(o.day > today for o in found if o is not d):
        return found
    deed = _deed_of(text, d.start, found[i + 1].start if i + 1 < len(found) else len(text))
    if len(deed.strip()) <= d.end - d.start or _DONE_SIGN_RE.search(deed):
        return found  # a weekday said alone tells no deed
    coming = _shift(today, ahead)
    if coming is None:
        return found
    out = list(found)
    out[i] = DateMention(d.start, d.end, coming)
    return out


def _deed_of(text: str, start: int, limit: int) -> str:
    """From the clause of the date at `start` to the end of its sentence, or to the next date
    (at `limit`)."""
    cs = 0
    for b in _CLAUSE_BREAK_RE.finditer(text, 0, start):
        cs = b.end()
    stop = _DEED_END_RE.search(text, start, limit)
    return text[cs : stop.start() if stop else limit]


def _drop_days_counted_from_the_one_before(
    text: str, found: list[DateMention]
) -> list[DateMention]:
    """ "中秋前两天": the days counted from a holiday are part of its date, not "前两天" (a
    couple of days ago) of their own."""
    out = [found[0]]
    for d in found[1:]:
        around = _DAYS_AROUND_RE.match(text, out[-1].end)
        if around is not None and d.start < around.end():
            continue
        out.append(d)
    return out


def _weekday_of(char: str) -> int:
    return int(char) - 1 if char.isdigit() else _CN_WEEKDAYS[char]


# "11月20日到22日", "周三至周五", "Nov 20 - 22": a span is dated by its first day; the end of
# the range is not a date of its own.
_RANGE_JOIN_RE = re.compile(
    r"\s*(?:到|至|~|-|—|–|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*"
)


# "要求周末前整改", "周五之前交材料": a deadline set, not a day something happened.
_DEADLINE_AFTER_RE = re.compile(
    r"\s*(?:之前|以前|前)\s*(?:要|需要?|必须|务必|得)?\s*"
    r"(?:整改|改好|改正|完成|提交|上交|交|上报|报名|截止|到位|清理|搬|处理|落实|回复)"
)


def _drop_deadlines(text: str, found: list[DateMention]) -> list[DateMention]:
    return [d for d in found if not _DEADLINE_AFTER_RE.match(text, d.end)]


def _drop_range_ends(text: str, found: list[DateMention]) -> list[DateMention]:
    if len(found) < 2:
        return found
    kept = [found[0]]
    for mention in found[1:]:
        last = kept[-1]
        # "this week - mon: 听课": a whole week opens no range, the dash is a heading's.
        if (
            not last.coarse
            and last.end <= mention.start
            and _RANGE_JOIN_RE.fullmatch(text, last.end, mention.start)
        ):
            continue
        kept.append(mention)
    return kept


# Clause breaks, as the pipeline cuts a note, and words that make a clause a record of the
# past: a plan word elsewhere in the note ("…，今天下午准备开班委会") does not turn "周一晚上去了趟宿舍"
# into next Monday.
_CLAUSE_BREAK_RE = re.compile(r"[,;!?。；\n+&]|(?<!\d)\.|\.(?!\d)")
_PAST_ZH_RE = re.compile(r"了|过|完|已|刚")
_PAST_EN_RE = re.compile(
    r"\b(?:\w+ed|went|did|had|met|was|were|took|spoke|saw|ran|led|sat|caught|rang|held|gave|"
    r"made|brought|got|done|been)\b"
)


def _plan_here(text: str, start: int, end: int, plan: bool) -> bool:
    """Whether the date at [start, end) is in a plan: its own clause names one, or the note
    does and this clause does not tell of something done."""
    cs = 0
    for b in _CLAUSE_BREAK_RE.finditer(text, 0, start):
        cs = b.end()
    ce_match = _CLAUSE_BREAK_RE.search(text, end)
    ce = ce_match.start() if ce_match else len(text)
    clause = text[cs:ce]
    if PLAN_ZH_RE.search(clause) or PLAN_EN_RE.search(clause) or _LOCAL_PLAN_RE.search(clause):
        return True
    return plan and not (_PAST_ZH_RE.search(clause) or _PAST_EN_RE.search(clause))


# "周一查寝，周四再查一次": 再 before a verb (without 了) looks ahead, but only in its own clause;
# the clause it repeats tells of something done.
_LOCAL_PLAN_RE = re.compile(
    r"再(?:去|来|查|开|联系|打|走访|看|听|谈|找|约|组织|召开)(?![^,.;!?。；]*[了过])"
)


def _scan(
    combined: re.Pattern[str], text: str, today: date, plan: bool, local: bool
) -> list[DateMention]:
    """The dates `combined` finds; `local` says whether the text has a clause-local plan word."""
    found: list[DateMention] = []
    for m in combined.finditer(text):
        name = m.lastgroup
        if name is None:
            continue
        start, end = m.span()
        # Re-match with the rule's own pattern so its groups are numbered from 1; a rule
        # without groups takes the scan's match as it is.
        rule, handler = _SCAN_RULES[name]
        own = m if rule is None else rule.match(text, start)
        if own is None:  # pragma: no cover - the combined pattern just matched here
            continue
        here = _plan_here(text, start, end, plan) if plan or local else False
        day = handler(own, today, here)
        if day is not None:
            coarse = (
                name in _COARSE
                or (
                    name == "en_week"
                    and (
                        own.group(2) != "weekend"
                        # "last weekend, on Sunday evening": the day named after it wins.
                        or _WEEKEND_DAY_AFTER_RE.match(text, end) is not None
                    )
                )
                or (
                    name == "holiday"
                    and _HOLIDAY_SPAN_RE.match(text, end) is not None
                    and _NTH_DAY_AFTER_RE.match(text, end) is None
                    and _LAST_DAY_AFTER_RE.match(text, end) is None
                )
            )
            found.append(DateMention(start, end, day, coarse))
    return found


_WEEKEND_DAY_AFTER_RE = re.compile(
    r"\s*[,(-]?\s*(?:on\s+)?(?:the\s+)?(?:sat(?:urday)?|sun(?:day)?)\b"
)
_COARSE = frozenset({"rel_month", "week_only", "cn_month_only"})
# "元旦假期去了两次宿舍，1号和3号": a holiday as a span yields to the days named in it.
_HOLIDAY_SPAN_RE = re.compile(r"假期|期间|放假|小长假|长假")
# "Nov 19 & 20": a bare day listed after a month and day is another day of that month.
_EN_MORE_DAYS_RE = re.compile(
    r"\s*(?:&|and|,|/)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[.:/\-]\d|%|[a-z]*\s*(?:students?|parents?|"
    r"people|kids|families|min|mins|minutes?|hours?|hrs?|h|pm|am|times|of|more)\b))"
)

_dateparser_search: Any = None


def _load_dateparser() -> Any:
    """Import dateparser on first need: it costs tens of MB and ~0.3 s to load."""
    global _dateparser_search
    if _dateparser_search is None:
        from dateparser.search import search_dates

        _dateparser_search = search_dates
    return _dateparser_search


# How far from now a date the fallback finds may be.
_FALLBACK_YEARS = 50


def fallback_dates(text: str, now: datetime) -> list[DateMention]:
    """English dates the rules did not understand, through dateparser (restricted to English).

    Only called when the text has an English date-ish word, so most messages never load
    dateparser at all.
    """
    if not _EN_DATEISH_RE.search(text):
        return []
    search = _load_dateparser()
    base = now.replace(tzinfo=None)  # dateparser wants the local wall time as its base
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day"],
    }
    try:
        results = search(text, languages=["en"], settings=settings) or []
    except Exception:  # dateparser raises assorted errors on odd input; a note must not fail
        return []
    mentions: list[DateMention] = []
    for substring, moment in results:
        if len(substring.strip()) < 3 or substring.strip().isdigit():
            continue  # bare numbers are counts and room numbers, not dates
        if abs(moment.year - now.year) > _FALLBACK_YEARS:
            continue  # "100000d ago": a number read as days, no date of a note
        start = text.find(substring)
        mentions.append(DateMention(max(start, 0), max(start, 0) + len(substring), moment.date()))
    return mentions


def warm_up_dateparser() -> None:
    """Load dateparser and its English data now, so the first real message does not stall."""
    search = _load_dateparser()
    try:
        search("met him last fortnight on the 3rd", languages=["en"])
    except Exception:  # warming up must never fail start-up
        return


def is_plan(text: str, chinese: bool = True, latin: bool = True) -> bool:
    """Whether the message is explicitly about the future (计划, 下周, will, next ...)."""
    if chinese and PLAN_ZH_RE.search(text):
        return True
    return latin and PLAN_EN_RE.search(text) is not None
