"""Date expressions in advisors' notes, Chinese and English, resolved against "today".

A rule layer handles what people actually type (昨晚, 上周三, 11月20日, 11.19, 20号, 三天前,
yesterday, last Tuesday, Nov 16, 11/16 ...). dateparser is the fallback only for English
text the rules leave without a date, because on Chinese it is silently wrong (see
docs/pitfalls.md, item 2) and because it is slow to import and to run.

Conventions: weeks start on Monday; a bare weekday ("周三", "on Monday") is the most recent
such day, today included, except a Chinese one still ahead in this week whose deed shows no
sign of being done ("周五 主题班会" said on a Wednesday is this Friday's); a month/day without a year is the most recent such date not
after today, unless the message is explicitly a plan, in which case it is the next one.
A plan word counts for its own clause (cut as the pipeline cuts it: on a phone a space before
a new step ends one), and for the note's other clauses unless they tell of something done (了,
过, 已; went, -ed); a day with only a count after it ("打了电话 礼拜二两个 礼拜四两个") takes the
tense of the deed before it. Vague expressions get one fixed day each:
前两天 / a couple of days ago / the other day are two days back; 前几天 / 几天前 / a few
days ago three; 周末 / the weekend is its Saturday (a Saturday or Sunday of it named alone
after it wins: "周末…培训我去了，周日上午"), 周初 (这周初, 上周初) its Monday and
周中 its Wednesday; 上旬 / 中旬 / 下旬 said alone are this month's; 月初 the 1st, 上旬 / early the 5th,
中旬 / mid- the 15th, 下旬 / late the 25th, 月底 / end of the month's last day (so is
N月最后一周 / 最后一天; N月第一周 is the 1st), and a part with its day after it (月初2号,
11月初3号) that day of its month; 上个月 /
last month the same day a month back; fixed-date holidays (元旦, 国庆, 愚人节, Christmas ...) their
day, and 母亲节 / 父亲节 / 感恩节 (Thanksgiving) their Sunday or Thursday; lunar holidays (春节, 除夕, 元宵, 端午, 中秋, 重阳, 腊八, 小年) and the solar terms (清明, 冬至,
立冬 …; 大雪, 霜降 … only as a day: 大雪那天) their day of that year, and a lunar date (农历十月初一,
冬月初一, 腊月二十三, 九月初九; not 九月初, early September) its most recent day, from the lunar
calendar (reminders.holidays, lunar-python), in English too (Chinese New Year,
Mid-Autumn Festival, Youth Day ...), with 期间 / 假期 the same day, and 前一天 /
前夕 after a holiday the day before it ("the day before" / "the day after" one in English
likewise). Bare weekdays listed in the week's order are days of one week (周二周四 said on a
Tuesday is last week's; "Mon and Wed last week" puts both in it); 大上周 is 上上周; "周三、四" is two days of one week and "the 3rd and 17th" two of one month (the last
month when the later would be still to come). A month named
alone (11月份) is its most recent day not after today: today in the current month, the last
day of a past month. A range (11月20日到22日, 周三至周五) is its first day. Spans with no
calendar date (寒假期间, 开学第一周) give no date; a range told with 每天 / every day
("11.2-11.4 每天查寝") is each of its days, so the note is dated today. A plan word
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
"The next morning" (the following day, next day) is the day after the date before it, in a
past story as in a plan: "next" there is no plan word, and the day is not listed with the one
it counts from. A tracker's line tagged #plan / #计划 is a plan on that line only.
A holiday's last day (国庆最后一天, 五一假期最后一天) is the last of its days off in the calendar
(reminders.holidays); a day of a break said alone (放假最后一天, 假期第二天) is counted in the
break of the holiday the note named before it ("清明节当天 …，放假最后一天 …"), and with none
named it is no date (plausibility then asks).

Layout: this module keeps `DateMention`, `find_dates` (the scan, `_HANDLERS` wiring each rule
to its handler, and the passes after it: weeks named as headings, listed days, ranges and
deadlines), the plan words (`is_plan`) and the dateparser fallback. The rule patterns and
their handlers are `date_forms`, the holidays `holiday_dates`, the day arithmetic `day_math`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from bot.parsing.clauses import _HARD_SEP_RE
from bot.parsing.date_forms import (
    _COMBINED_EN_RE,
    _RULE_RES,
    _RULES,
    _ZH_DATE_SCAN,
    Handler,
    _h_bare_month_part,
    _h_cn_md,
    _h_cn_month_only,
    _h_cn_month_part,
    _h_day_only,
    _h_en_ago,
    _h_en_dat,
    _h_en_dby,
    _h_en_dm,
    _h_en_in,
    _h_en_md,
    _h_en_month_part,
    _h_en_rel,
    _h_en_the_day,
    _h_en_week,
    _h_en_week_weekday,
    _h_en_weekday,
    _h_en_weekday_after_next,
    _h_en_weekday_before_last,
    _h_en_weekday_week,
    _h_en_weekend,
    _h_md_dash,
    _h_md_sep,
    _h_n_ago,
    _h_rel_day,
    _h_rel_day_after,
    _h_rel_day_before,
    _h_rel_month,
    _h_rel_month_day,
    _h_rel_month_part,
    _h_week_day,
    _h_week_only,
    _h_week_start,
    _h_year_part,
    _h_ymd,
)
from bot.parsing.day_math import (
    _CN_WEEKDAYS,
    _EN_WEEK_SHIFT,
    _MONTH_NAMES,
    _WEEK_SHIFT,
    _WEEKDAY_NAMES,
    FAR_BACK_DAYS,
    NEAR_AHEAD_DAYS,
    _en_weekday,
    _safe_date,
    _shift,
    day_of_month,
    weekday_in_week,
)
from bot.parsing.gates import gated
from bot.parsing.holiday_dates import (
    _DAYS_AROUND_RE,
    _LAST_DAY_AFTER_RE,
    _NTH_DAY_AFTER_RE,
    _h_break_day,
    _h_holiday,
    _h_holiday_back,
    _h_lunar_day,
    _h_lunar_md,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in the text: where it is and which day it means."""

    start: int
    end: int
    day: date
    #: A whole week or month (这周, 本月, 11月份, this month): a day named beside it wins.
    coarse: bool = False
    #: The last day of a range told day by day ("11.2-11.4 每天查寝"): the deed is on each
    #: day from `day` through this one.
    through: date | None = None


# Words that make a message a plan rather than a record; they turn an ambiguous
# month/day or weekday towards the future.
# 不要 (don't: "提醒他们…不要偷偷用大功率电器") is told, not planned.
PLAN_ZH_RE = re.compile(
    # The lookahead lists every first character, so most positions fail on one set test.
    r"(?=[计准打将拟即届要下明后集记定安到])(?:"
    # "我报了名的 到时候去": going when it is on (class, issue 17, round 16).
    r"到时候(?=[去再我会要参一过就])|到时(?=[去再我会要参过])|"
    r"(?<![习作业展练学研订定#])(?<!学期)计划(?![书表的]|\s*$|\s*[,.;!?。；])|(?<![辩试研赛的期备])准备(?=\s*(?:[\d一二两三四五六七八九十下明后本这周星礼去开召组找约和与跟给联对在于带进参举搞家查听走谈再先把让上]))|打算|将于|将要|将(?=召开|开展|举行|举办|组织|进行|前往|参加|安排|开|去|在|带)|拟于|拟在|即将(?![^,]{0,4}?的)|届时|(?<![需只主重想还不])要(?![求点素是不么紧])|下周(?!的)|下个?星期(?!的)|下个?礼拜(?!的)|下个?月(?!的)|明天|明日|明儿|后天|后儿|集合|准时|届时|记得提醒|定在|定于|安排在)"
)

# Every alternative starts a word with one of PLAN_EN_FIRST (a test checks it); the
# alternatives behind lookbehinds first look for their own letter, so at other words the
# engine tries no lookbehind.
PLAN_EN_FIRST = "wpsgunt2iyhmrdlf"

PLAN_EN_RE = re.compile(
    rf"(?=[{PLAN_EN_FIRST}])(?<![a-z0-9])(?:"  # every alternative starts a word
    r"\b(?:will|shall|(?=m)(?:moves|is\s+moving)\s+to|(?=p)(?<!work\s)(?<!semester\s)plan(?:ning|ned)?\s+to|(?=p)(?<!career\s)(?<!academic\s)(?<!study\s)(?<!course\s)(?<!life\s)planning\s+(?:a|an|the|our|my|on|for)|planned\s+(?:for|on)|set\s+for|going\s+to|gonna|scheduled|(?=u)(?<!about\sthe\s)(?<!for\sthe\s)(?<!on\sthe\s)upcoming|next(?!\s+(?:day|morning|afternoon|evening|night)\b)|tomorrow|tmrw?|tmw|2moro)\b"
    r"|\b(?:i|we|you|they|he|she)'ll\b|\bplans?\s*:"
    # "The class meeting is fixed on Friday", "the visit of the dorms is for Thursday", "reunion
    # planned Monday", "foreseen for the 20th" (a French speaker's prévu pour): arranged ahead.
    r"|(?<=\bis\s)(?:fixed|foreseen|programmed|planned|set|scheduled)\s+(?:for|on)\b"
    r"|(?<=\bis\s)for\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)"
    r"|\bplanned\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)"
    r"|\b(?:foreseen|programmed)\s+(?:for|on)\b"
    # "The class meeting is due on Friday": a meeting due is one arranged.
    r"|(?<=\bis\s)(?<!deadline\sis\s)due\s+(?:on|for|this|next)\b"
    # "Friday I'm taking the year-4s to the job fair": the present for what is arranged.
    r"|\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:taking|holding|having|bringing|leading|visiting|hosting|running|doing)\b"
    # The same without its subject, opening a sentence, in a diary's British English: "Running
    # a briefing for anyone interested Wednesday", "Doing it Monday 28th instead".
    r"|(?:(?<![\s\S])|(?<=[.!?;:\n]\s)|(?<=\n))(?=[tdhlr])(?:taking|holding|having|leading|hosting|running"
    r"|doing)\s+(?:a|an|the|it|them|our|my|their|another)\b"
    # "review plan for the final exams": a plan written, not one to carry out.
    r"|(?=p)(?<!review\s)(?<!study\s)(?<!revision\s)(?<!work\s)(?<!semester\s)(?<!action\s)\bplans?\s+for\b)"
)

# Cheap gate for the dateparser fallback: English words that may start a date the rules
# did not understand.
_EN_DATEISH_RE = re.compile(
    rf"\b(?:{_MONTH_NAMES}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ago)\b"
)


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
    "rel_day_after": _h_rel_day_after,
    "rel_day": _h_rel_day,
    "holiday_back": _h_holiday_back,
    "holiday": _h_holiday,
    "lunar_md": _h_lunar_md,
    "lunar_day": _h_lunar_day,
    "solar_term": _h_holiday,
    "break_day": _h_break_day,
    "day_only": _h_day_only,
    "en_dby": _h_en_dby,
    "en_dat": _h_en_dat,
    "en_weekday_before_last": _h_en_weekday_before_last,
    "en_weekday_after_next": _h_en_weekday_after_next,
    "en_weekday_week": _h_en_weekday_week,
    "en_month_part": _h_en_month_part,
    "en_rel": _h_en_rel,
    "en_ago": _h_en_ago,
    "en_in": _h_en_in,
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
    "en_line_nth": _h_en_the_day,
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
    # 再, 到, 改, "ed " or " off " is in every clause-local plan word: without them the search
    # cannot find one.
    local = (
        (
            ("再" in text or "到" in text or "改" in text or "ed " in text or " off " in text)
            and _LOCAL_PLAN_RE.search(text) is not None
        )
        or ("#" in text and _PLAN_TAG_RE.search(text) is not None)
        or _PLANNING_VERB_RE.search(text) is not None
        or ("for " in text and _PLANNED_FOR_RE.search(text) is not None)
    )
    zh_hits = list(_zh_hits(text)) if chinese else []
    en_hits = list(_en_hits(text)) if latin or not chinese else []
    # Where each day is named, for a plan word told in a later day's part (`_plan_of_later_part`).
    days_at = sorted(m.span() for _, m in zh_hits + en_hits) if plan else []
    if chinese:
        found = _scan(zh_hits, text, today, plan, local, days_at)
    if latin or not chinese:
        english = _scan(en_hits, text, today, plan, local, days_at)
        if found:
            taken = [(d.start, d.end) for d in found]
            english = [d for d in english if all(d.end <= s or d.start >= e for s, e in taken)]
            found = sorted(found + english, key=lambda d: d.start)
        else:
            found = english
    if not found:
        # Every pass below keeps an empty list empty, but a run told with no date
        # ("连续三晚都去查寝了") ends today.
        return _run_to_today(text, today) if _SPAN_GATE_RE.search(text) else found
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
        if chinese and _THIS_WEEK_RE.search(text):
            found = _this_week_to_do(text, today, found)
        found = _carry_named_week(text, today, found)
        if "月" in text:
            found = _carry_named_month(text, today, found)
        found = _range_end_in_its_week(text, found)
        if latin:
            found = _carry_en_week(text, found)
        found = _drop_days_counted_from_the_one_before(text, found)
        found = _drop_weekday_notes(text, today, found)
        found = _weekday_with_its_day(text, found)
        found = _drop_weekdays_before_dates(text, found)
        found = _drop_spelled_out(text, found)
        found = _drop_holidays_named_by_day(text, found)
        found = _drop_holiday_labels(text, found)
        found = _month_part_with_day(text, found)
        if "末" in text:
            found = _weekend_then_its_day(text, found)
        if not plan:
            found = _order_listed_weekdays(text, found, today)
    if chinese and not plan:
        found = _coming_weekday(text, today, found)
    # every deadline word has 前 (之前, 以前, 前), or in English "deadline" or "due"
    if "前" in text or "dead" in text or "due" in text or "closing" in text:
        found = _drop_deadlines(text, found)
    if len(found) > 1 and _CORRECTION_GATE_RE.search(text):
        found = _drop_corrected(text, found)
    if len(found) > 1 and _NOT_MEANT_GATE_RE.search(text):
        found = _drop_not_meant(text, found)
    if _EACH_DAY_RE.search(text) or _SPAN_GATE_RE.search(text) or "都" in text:
        found = _daily_ranges(text, found)
    if "末两" in text or "末这两" in text or "both days" in text:
        found = _weekend_both_days(text, found)
    if _SPAN_GATE_RE.search(text):
        found = _counted_spans(text, today, found)
    return _drop_range_ends(text, found) if len(found) > 1 else found


# A date struck out and the one meant after it: "3/14 ✗ → 3/15", "6/5 ✗→6/6 周日", "周二不对，
# 是周三", "11.20 说错了 11.21". What may stand between the two: a cross and an arrow, or a
# word taking the first back (不对, 说错了, 写错了, 哦不).
_CORRECTION_GATE_RE = re.compile(r"[✗✘→]|->|不对|[说写记]错")
_CORRECTION_BETWEEN_RE = re.compile(
    # A cross alone between two days is a tracker's list ("11/16 ✓ 11/17 ✗ 11/18 ✓").
    r"\s*(?:(?:[✗✘]\s*)?(?:→|->|=>)\s*"
    r"|[,，]?\s*(?:不对|[说写记]错了?|哦不)\s*[,，]?\s*(?:应该)?(?:是|改成)?\s*)"
)


# "明天去查寝吧 不对明天有课 那后天": taken back, a reason, then the day meant after 那 (就, 改).
_TAKEN_BACK_RE = re.compile(r"不对|[说写记]错了?")
_MEANT_BEFORE_RE = re.compile(r"(?:那就?|就|改成?|换成?|还是|应该是)\s*$")


def _drop_corrected(text: str, found: list[DateMention]) -> list[DateMention]:
    """The dates without each one struck out and corrected by the next, or by the day named
    after a word taking it back and 那."""
    dropped = {
        i
        for i, (first, then) in enumerate(zip(found, found[1:], strict=False))
        if first.end < then.start and _CORRECTION_BETWEEN_RE.fullmatch(text, first.end, then.start)
    }
    moved: dict[int, date] = {}
    for back in _TAKEN_BACK_RE.finditer(text):
        before = [i for i, d in enumerate(found) if d.end <= back.start()]
        after = [i for i, d in enumerate(found) if d.start >= back.end()]
        # The day after 那 (就, 改成) if the sentence names one, else the day right after.
        meant = next(
            (i for i in after if _MEANT_BEFORE_RE.search(text, back.end(), found[i].start)),
            next(
                (i for i in after[:1] if not text[back.end() : found[i].start].strip(",，:： 是")),
                None,
            ),
        )
        if (
            before
            and meant is not None
            and _DEED_END_RE.search(text, back.end(), found[meant].start) is None
        ):
            struck = before[-1]
            if _NO_PART_BETWEEN_RE.fullmatch(text, found[struck].end, back.start()) is None:
                # A deed told between the day and the word taking it back ("周二晚上查寝，不对，
                # 是周三晚上查的寝", pasted notes put right as they go): the day is put right,
                # not struck, so the deed does not fall to the day of the part before.
                moved[struck] = found[meant].day
                dropped.update(range(struck + 1, meant))
            else:
                dropped.update(range(struck, meant))
    if moved:
        found = [replace(d, day=moved[i]) if i in moved else d for i, d in enumerate(found)]
    return [d for i, d in enumerate(found) if i not in dropped] if dropped else found


# A correction of an earlier note names days that are not the deed's (class: the day put
# right): the day it was wrongly given ("实际是周三（3月24日）下午进行的，不是周四") and the day
# the wrong note was sent ("昨晚报的那两次谈心", "周一报的参观", "昨晚那条记错了").
NOT_MEANT_BEFORE: tuple[str, ...] = ("而不是", "并不是", "不是", "并非", "而非")
NOT_MEANT_AFTER: tuple[str, ...] = (
    "报的", "发的", "记的", "录的", "填的", "报上来的", "那条", "发的那条", "记的那条",
)  # fmt: skip
_NOT_MEANT_GATE_RE = re.compile("|".join((*NOT_MEANT_BEFORE, *NOT_MEANT_AFTER, r"\bnot\b")))
# "是不是周四" asks; "不是周四" puts right.
_NOT_MEANT_BEFORE_RE = re.compile(
    rf"(?<!是)(?:{'|'.join(NOT_MEANT_BEFORE)})\s*$|\bnot\s+(?:on\s+)?$"
)
_NOT_MEANT_AFTER_RE = re.compile(
    rf"\s*(?:上午|下午|中午|晚上|早上)?\s*(?:{'|'.join(sorted(NOT_MEANT_AFTER, key=len, reverse=True))})"
)


def _drop_not_meant(text: str, found: list[DateMention]) -> list[DateMention]:
    """The dates without the ones a correction says are not the deed's (see above); all of them
    when every one is."""
    kept = [
        d
        for d in found
        if not _NOT_MEANT_BEFORE_RE.search(text, max(0, d.start - 8), d.start)
        and not _NOT_MEANT_AFTER_RE.match(text, d.end)
    ]
    return kept or found


# "上礼拜三送医院去的 … 第二天下午又去医院看了一趟": a day counted from the date before it;
# not one counted from an event of the calendar named right before it, which restates the date
# ("2月24日，开学第二天，…": class: the term's day after the date).
COUNTED_FROM_EVENTS: tuple[str, ...] = (
    "开学",
    "返校",
    "报到",
    "军训",
    "开课",
    "上课",
    "节后",
    "假后",
    "收假",
    "复课",
    "考试",
    "开考",
)
_NEXT_DAY_RE = re.compile(
    f"(?<!{'|'.join(COUNTED_FROM_EVENTS)})" r"(第二|第三|次|隔|翌)(?:天|日)(?![上下]午?班|课)"
)

_NEXT_DAY_GATE_RE = re.compile(r"第[二三][天日]|次日|隔天|翌日")

_NEXT_DAY_AFTER = {"第二": 1, "次": 1, "隔": 1, "翌": 1, "第三": 2}


# "on the evening of 4/12 … and again the next morning": in English too, with or without
# "the" ("Friday I went to the dorms; next morning …").
_EN_NEXT_DAY_RE = re.compile(
    r"\b(?:the\s+)?(next|following)\s+(?:day|morning|afternoon|evening|night)\b(?!\s+(?:of|after|before)\b)"
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


def counted_from_before(text: str, d: DateMention) -> bool:
    """Whether `d` is a day counted from the date before it (第二天, "the next morning"): it
    follows that day, it is not listed with it ("周日晚上和第二天早上" are two deeds' days)."""
    return (
        _NEXT_DAY_RE.fullmatch(text, d.start, d.end) is not None
        or _EN_NEXT_DAY_RE.fullmatch(text, d.start, d.end) is not None
    )


# What joins weekdays listed together: "周二周四", "周一、周三", "Tue and Thu".
_WEEKDAY_JOIN_RE = re.compile(r"(?:\s|、|,|/|和|与|及|跟|&|\band\b)*")


# A deed told done: a list of days opening with today is then last week's ("周五、周六查了寝",
# "did dorm visits on Friday and Saturday" said on a Friday).
_TOLD_DONE_RE = re.compile(
    r"了|过(?!来|去)|完|\b(?:did|done|had|held|went|gone|was|were|[a-z]{2,}ed)\b"
)


def _order_listed_weekdays(text: str, found: list[DateMention], today: date) -> list[DateMention]:
    """Bare weekdays listed in the week's order are days of one week: said on a Tuesday,
    "周二周四各听了一次课" is last week's Tuesday and Thursday, not today and last Thursday.
    A list that opens with today, tells no deed done and reaches at most two days on is this
    week's: "dorm visits on Friday, Saturday" said on a Friday evening are today's and
    tomorrow's (a plan), the days of a list agreeing with each other (class: a list of days
    opening with today)."""
    out = list(found)
    opens_today: bool | None = None
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
        if a is None or b is None or a >= b:
            continue
        if first.day == today:
            if opens_today is None:
                opens_today = _TOLD_DONE_RE.search(text) is None
            coming = _coming_days_of_the_list(text, out, i, today) if opens_today else None
            if coming is not None:
                out = coming
                continue
        out[i] = DateMention(first.start, first.end, first.day - timedelta(days=7))
    return out


def _coming_days_of_the_list(
    text: str, out: list[DateMention], i: int, today: date
) -> list[DateMention] | None:
    """The list from `out[i]` (today) with the days after it a week on, to come, when they
    all fall within the next two days (the weekend after a Friday: "Friday, Saturday"); a
    list reaching further ("Monday and Saturday" said on a Monday) is a week's log sent late,
    last week's (None)."""
    moved = list(out)
    for j in range(i + 1, len(out)):
        later = out[j]
        if (
            later.coarse
            or later.day >= today
            or (j > i + 1 and not _WEEKDAY_JOIN_RE.fullmatch(text, out[j - 1].end, later.start))
        ):
            break
        day = later.day + timedelta(days=7)
        if (day - today).days > 2:
            return None
        moved[j] = DateMention(later.start, later.end, day)
    return moved


# "9月26日（周六）", "11.20 周五", "Nov 20 (Fri)": a weekday right after a calendar date
# annotates it; it is no date of its own. When a date taken as coming does not fall on that
# weekday but the same date a year back does, the past one is meant.
_NOTE_GAP_RE = re.compile(r"\s*[(\[]?\s*")
_APPOSED_GAP_RE = re.compile(r"\s*[,，、]\s*(?:i\.e\.\s*|that\s+is\s*,?\s*)?")

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


# A holiday naming the event after it (class: a label is not the event's day when its clause
# names one): "Christmas class meeting planned on 24th", "元旦晚会定在30号".
_EVENT_AFTER_HOLIDAY_RE = re.compile(
    r"\s*(?:'s\s+)?(?:class\s+|theme\s+|themed\s+)?(?:meeting|party|gala|dinner|celebration|show"
    r"|get-together|social)\b|的?(?:班会|团会|主题班会|晚会|联欢会|联欢|活动|聚餐|茶话会)"
)


def _drop_holiday_labels(text: str, found: list[DateMention]) -> list[DateMention]:
    holidays = [
        d
        for d in found
        if any(_RULE_RES[name].fullmatch(text, d.start, d.end) for name in _HOLIDAY_RULES)
        and _EVENT_AFTER_HOLIDAY_RE.match(text, d.end) is not None
    ]
    if not holidays:
        return found
    drop: list[DateMention] = []
    for h in holidays:
        cs, ce = _clause_span(text, h.start, h.end)
        if any(d is not h and d not in holidays and cs <= d.start < ce for d in found):
            drop.append(h)
    return [d for d in found if d not in drop]


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
            # "the day before yesterday (04.05.)": the day the words name says which way
            # round the bracket's day and month are.
            if d.day != nxt.day and d.day in _day_first_readings(text, nxt):
                found[i + 1] = replace(nxt, day=d.day)
            continue
        out.append(d)
    return out


def _day_first_readings(text: str, d: DateMention) -> tuple[date, ...]:
    """The other readings of `d` when it is a dotted or slashed date whose two numbers may each
    be the month ("04.05.", "7.6."): the day first, in the year before, its own and the next
    (class: a European's day and month, set right by a weekday or a day word beside it)."""
    m = _RULE_RES["md_sep"].fullmatch(text, d.start, d.end)
    if m is None or m.group(2) not in "./" or m.group(4):
        return ()
    first, second = int(m.group(1)), int(m.group(3))
    if first == second or first > 12 or second > 12:
        return ()
    # The reading taken is month first or day first; the other swaps them.
    month, day = (second, first) if (d.day.month, d.day.day) == (first, second) else (first, second)
    readings = (_safe_date(y, month, day) for y in (d.day.year - 1, d.day.year, d.day.year + 1))
    return tuple(r for r in readings if r is not None)


# "月初2号", "11月初3号", "月中15号": a part of a month with the day right after it is that
# day of the part's month, one date, not the part's own day and the day's.
_MONTH_PART_RULES = ("cn_month_part", "rel_month_part")

_PART_DAY_GAP_RE = re.compile(r"\s*的?\s*")


# "周末学院组织的班导师培训我去了，周日上午": a weekend, then the day of it named later.
_WEEKEND_ZH_RE = re.compile(r"(?:大上|上上|上|本|这|下下|下)?\s*个?\s*(?:周|星期|礼拜|週)\s*末")


# The day said alone in its clause, with a part of the day at most ("，周日上午，三个小时"; not
# "周日晚上才回来", a day of something else).
_LONE_DAY_BEFORE_RE = re.compile(r"(?:^|[,;!?。；\n])\s*(?:是|在|就是|就)?\s*$")
_LONE_DAY_AFTER_RE = re.compile(r"\s*(?:上午|下午|中午|晚上|早上|傍晚|夜里)?\s*(?:[,;!?。；\n]|$)")


def _weekend_then_its_day(text: str, found: list[DateMention]) -> list[DateMention]:
    """A Chinese weekend yields to a Saturday or Sunday of it named alone after it (as the
    English "last weekend, on Sunday evening"): it is then as coarse as a week."""
    out = list(found)
    for i, d in enumerate(found):
        if (
            not d.coarse
            and _WEEKEND_ZH_RE.fullmatch(text, d.start, d.end)
            and any(
                0 <= (o.day - d.day).days <= 1
                and not o.coarse
                and _LONE_DAY_BEFORE_RE.search(text, max(0, o.start - 4), o.start)
                and _LONE_DAY_AFTER_RE.match(text, o.end)
                for o in found[i + 1 :]
            )
        ):
            out[i] = replace(d, coarse=True)
    return out


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
            # "on Monday 7.6.": the weekday says which way round the day and month are (7
            # June 2027 is a Monday, 6 July a Tuesday).
            if nxt.day.weekday() != d.day.weekday():
                fits = [
                    r
                    for r in _day_first_readings(text, nxt)
                    if r.weekday() == d.day.weekday() and abs((r - d.day).days) <= 7
                ]
                if fits:
                    found[i + 1] = replace(nxt, day=fits[0])
            continue
        out.append(d)
    return out


# "这周五（11号）", "Fri (11th)": a weekday with its day of the month beside it.
_DAY_ONLY_RE = re.compile(r"(\d{1,2})\s*(?:号|日|st|nd|rd|th)?")
_DAY_BESIDE_GAP_RE = re.compile(r"\s*[,(（]?\s*(?:the\s+)?")


def _weekday_with_its_day(text: str, found: list[DateMention]) -> list[DateMention]:
    """A weekday told with its day of the month is the day both name, the one nearest the
    weekday's own reading (class: "这周五（11号）" read as the 11th of the month before); the
    day of the month then names nothing more."""
    out: list[DateMention] = []
    skip = -1
    for i, d in enumerate(found):
        if i == skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        day_only = None if nxt is None else _DAY_ONLY_RE.fullmatch(text, nxt.start, nxt.end)
        if (
            nxt is not None
            and day_only is not None
            and (
                _weekday_of_mention(text, d) is not None
                or _WEEK_WEEKDAY_RE.fullmatch(text, d.start, d.end) is not None
            )
            and _DAY_BESIDE_GAP_RE.fullmatch(text, d.end, nxt.start)
        ):
            wanted = int(day_only.group(1))
            both = [
                d.day + timedelta(days=7 * k)
                for k in (0, -1, 1, -2, 2, -3, 3)
                if (d.day + timedelta(days=7 * k)).day == wanted
            ]
            if both:
                out.append(replace(d, end=nxt.end, day=both[0]))
                skip = i + 1
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
        elif (
            not last.coarse
            and last.end <= d.start
            and _APPOSED_GAP_RE.fullmatch(text, last.end, d.start)
            and _weekday_of_mention(text, d) == last.day.weekday()
        ):
            # "next tomorrow, Sunday", "tomorrow, Saturday": the weekday of the day just named
            # names it again (class: a day and its weekday in apposition are one day).
            out[-1] = replace(last, end=d.end)
            continue
        if weekday is None:
            out.append(d)
            continue
        # The note is part of its date, its bracket closed: "11/16(周一)、11/18(周三)查寝" lists
        # two days, "10月12日(周一)-10月14日(周三)" is a range.
        closed = _NOTE_CLOSE_RE.match(text, d.end)
        last = replace(last, end=closed.end() if closed else d.end)
        out[-1] = last
        if last.day.weekday() != weekday and last.day > today:
            other = _safe_date(last.day.year - 1, last.day.month, last.day.day)
            if other is not None and other.weekday() == weekday:
                out[-1] = replace(last, day=other)
    return out


_NOTE_CLOSE_RE = re.compile(r"\s*[)\]]")


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

# A report's heading names the week with what the list is (class: a week's plan or record
# list, "本周工作安排：1.周四晚… 2.周五下午…" sent early in the week is this week's coming
# days, "本周补记：1.周二上午…" its past ones; the bare weekdays went to other weeks).
_WEEK_HEADING_WORDS = (
    "工作安排", "安排", "工作计划", "计划", "工作要点", "要点", "重点工作", "补记", "工作补记",
    "小结", "工作小结", "总结", "工作总结", "记录", "工作记录", "工作", "情况",
)  # fmt: skip

_WEEK_HEADER_RE = gated(
    _WEEK_HEADER_FIRST,
    r"(大上|上上|上|本|这|下下|下)\s*个?\s*(?:周|星期|礼拜|週)\s*"
    rf"(?:的\s*)?(?:{'|'.join(sorted(_WEEK_HEADING_WORDS, key=len, reverse=True))})?\s*[:：]"
    r"|\b(last|this|next)\s+week\s*(?::|\s-|–|—)"
    # Without a colon only a past or coming week: "上周听了三次课，周二周三周五".
    r"|(大上|上上|上|下下|下)\s*个?\s*(?:周|星期|礼拜|週)(?![一二三四五六日天末1-7])|\b(last|next)\s+week\b",
)

_BARE_CN_WEEKDAY_RE = re.compile(r"(?:周|星期|礼拜|週)\s*([一二三四五六日天1-7])")

# A weekday and a part of it ("周六上午"), as the coming-weekday pass reads it.
_WEEKDAY_AND_PART_RE = re.compile(
    r"(?:周|星期|礼拜|週)\s*([一二三四五六日天1-7])\s*(?:早上|上午|中午|下午|傍晚|晚上)?"
)

_BARE_EN_WEEKDAY_RE = re.compile(rf"(?:on\s+)?({_WEEKDAY_NAMES})\b\.?\s*[:,]?")


# One literal search (the engine scans for the first characters) instead of five `in` tests.
_WEEK_WORD_RE = re.compile("周|星期|礼拜|週|week")


# A week a deed was put off to heads nothing (class: several days' notes pasted at once): in
# "周二本来要开班会 推到下周了；周三查寝" or "周二：班会取消，改到下周\n周三：听课" Wednesday is
# this week's.
_PUT_OFF_TO_RE = re.compile(
    r"(?:改(?:到|在)|挪到|推到|推迟到|推后到|延到|延期到|顺延到|调到|换到|放到|postponed\s+(?:to|till|until)"
    r"|pushed\s+(?:back\s+)?to|moved\s+(?:it\s+)?to|put\s+off\s+(?:to|till|until))\s*了?\s*$"
)

# The put-off ends its sentence there ("推到下周了", "改到下周\n"); "推到下周 周三开" names the
# day in that week.
_PUT_OFF_END_RE = re.compile(r"\s*(?:了|[；;。!！?？\n])")


def _put_off_to_a_week(text: str, header: re.Match[str]) -> bool:
    """Whether the week `header` names is only where a deed was put off to."""
    return (
        _PUT_OFF_TO_RE.search(text, 0, header.start()) is not None
        and _PUT_OFF_END_RE.match(text, header.end()) is not None
    )


def _apply_week_header(text: str, today: date, found: list[DateMention]) -> list[DateMention]:
    if _WEEK_WORD_RE.search(text) is None:
        return found  # no week named at all: skip the search
    header = next(
        (h for h in _WEEK_HEADER_RE.finditer(text) if not _put_off_to_a_week(text, h)),
        None,
    )
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


# This week named, then what must still be done in it: "这礼拜还得查课，周三吧，再跟开题那几个唠
# 唠，周四", "本周要开班会，周四". Its bare weekdays after it are this week's, the coming ones too
# (class: a week's to-do with its days told after it; without the week a list of bare weekdays
# is a log and keeps the convention, `_coming_weekday`).
_THIS_WEEK_RE = re.compile(r"(?:这|本)\s*个?\s*(?:周|星期|礼拜|週)")
_STILL_TO_DO_RE = re.compile(
    r"[^,;!?。；\n]{0,6}?(?:还得|还要|得去|得开|得查|得找|要去|要开|要查|要找|准备|打算|计划|争取)"
    r"(?![^,;!?。；\n]*?[了过完])"
)


def _this_week_to_do(text: str, today: date, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    carrying = False
    for d in found:
        if _THIS_WEEK_RE.fullmatch(text, d.start, d.end):
            carrying = _STILL_TO_DO_RE.match(text, d.end) is not None
        elif carrying and (bare := _WEEKDAY_AND_PART_RE.fullmatch(text, d.start, d.end)):
            day = weekday_in_week(today, _weekday_of(bare.group(1)), 0)
            if day is not None and day > today:
                d = DateMention(d.start, d.end, day)
        else:
            carrying = False
        out.append(d)
    return out


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


# "本月共查寝3次（1日、15日、29日）": a month named before bare days of the month in its
# sentence holds them (class: the named month's days; this month's one after today is no
# past day, so the deed on it is dated there and asked about, flagged `future`), as 上个月 /
# 下个月 hold theirs ("上个月共查寝3次（1日、15日、29日）").
_NAMED_MONTH_RE = re.compile(
    r"(本月份?|这一?个?月)(?!份?[\d一二三四五六七八九十])|(上一?个?月)(?!份?[\d一二三四五六七八九十])"
    r"|(下一?个?月)(?!份?[\d一二三四五六七八九十])"
)


def _carry_named_month(text: str, today: date, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    shift: int | None = None
    month_at = -1
    for d in found:
        named = _NAMED_MONTH_RE.fullmatch(text, d.start, d.end) if d.coarse else None
        bare = _RULE_RES["day_only"].fullmatch(text, d.start, d.end)
        if named is not None:
            shift, month_at = (0 if named.group(1) else -1 if named.group(2) else 1), d.end
        elif (
            shift is not None
            and bare is not None
            and _SENTENCE_END_RE.search(text, month_at, d.start) is None
        ):
            day = day_of_month(today, d.day.day, False, shift)
            if day is not None:
                d = DateMention(d.start, d.end, day)
        elif bare is None:
            shift = None
        out.append(d)
    return out


# "下周一到周三", "这周二至周四": a week named at a range's start (any week: _NAMED_WEEK_DAY_RE
# carries past ones only) holds its bare end (class: a weekday range in a named week).
_ANY_WEEK_DAY_RE = re.compile(
    r"(?:大上|上上|上|本|这|下下|下)\s*个?\s*(?:周|星期|礼拜|週)\s*([一二三四五六日天1-7])"
)


# "下周三的班会因为要考试，推迟到周五": a day of a named week moved to a bare weekday in its
# sentence is moved within that week (class: a move in a named week, the reason between).
_MOVED_IN_ITS_WEEK_RE = re.compile(
    r"[^。;；!?\n]{0,24}?(?:改|挪|推迟|推|延|延期|延后|推后|顺延|调|换|提前)(?:到|至|在)了?\s*"
)


def _range_end_in_its_week(text: str, found: list[DateMention]) -> list[DateMention]:
    out = list(found)
    for i in range(len(out) - 1):
        first, last = out[i], out[i + 1]
        moved = _MOVED_IN_ITS_WEEK_RE.fullmatch(text, first.end, last.start) is not None
        if not moved and not _RANGE_JOIN_RE.fullmatch(text, first.end, last.start):
            continue
        named = _ANY_WEEK_DAY_RE.fullmatch(text, first.start, first.end)
        bare = _BARE_CN_WEEKDAY_RE.fullmatch(text, last.start, last.end)
        if named is None or bare is None:
            continue
        gap = _weekday_of(bare.group(1)) - _weekday_of(named.group(1))
        if gap > 0 or (moved and gap < 0):
            out[i + 1] = replace(last, day=first.day + timedelta(days=gap))
    return out


# "this Wed I go check 晚自习, Thu 查寝", "next Mon and Wed": "this" or "next" carries to the
# bare English weekdays told after it while they go on forward in that week (the Chinese
# carry is _carry_named_week); any other date ends the carry.
_EN_NAMED_WEEKDAY_RE = re.compile(rf"(?:this|next|coming)\s+({_WEEKDAY_NAMES})\b\.?")


def _carry_en_week(text: str, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    named: DateMention | None = None
    weekday = -1
    for d in found:
        head = _EN_NAMED_WEEKDAY_RE.fullmatch(text, d.start, d.end)
        bare = None if head else _BARE_EN_WEEKDAY_RE.fullmatch(text, d.start, d.end)
        if head is not None:
            named, weekday = d, _en_weekday(head.group(1))
        elif bare is not None and named is not None and _en_weekday(bare.group(1)) > weekday:
            day = named.day + timedelta(days=_en_weekday(bare.group(1)) - weekday)
            d = DateMention(d.start, d.end, day)
        else:
            named = None
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
        if (m := _WEEKDAY_AND_PART_RE.fullmatch(text, d.start, d.end)) is not None
    ]
    if len(bare) != 1 or _PAST_WEEK_RE.search(text):
        return found
    i, m = bare[0]
    d = found[i]
    if _CN_MORE_WEEKDAY_RE.match(text, d.end):
        return found  # "周三、四各一次": weekdays listed, a log
    ahead = _weekday_of(m.group(1)) - today.weekday()
    back = (d.day - today).days
    meant = _meant_not_done(text, d, found, i)
    if ahead < 0 and back == ahead and meant:
        coming = _shift(today, ahead + 7)
        if coming is not None:
            return [*found[:i], DateMention(d.start, d.end, coming), *found[i + 1 :]]
    if ahead <= 0 or back != ahead - 7:
        return found  # not ahead in this week, or another pass has dated it
    if ahead >= -back and not meant and not any(o.day > today for o in found if o is not d):
        return found
    deed = _deed_of(text, d.start, found[i + 1].start if i + 1 < len(found) else len(text))
    if len(deed.strip()) <= d.end - d.start or (not meant and _DONE_SIGN_RE.search(deed)):
        return found  # a weekday said alone tells no deed
    coming = _shift(today, ahead)
    if coming is None:
        return found
    out = list(found)
    out[i] = DateMention(d.start, d.end, coming)
    return out


# "礼拜五开个主题班会" said on a Saturday: a deed meant, one of it (开个, 搞个), not done.
_INTENT_RE = re.compile(r"(?<![了过])(?:开|搞|办|去|查|组织|召开|约)(?:个|一个|一次)(?!了)")


# A weekday with 再 after it and nothing done there: "约了他周三再聊", "周四晚上再去看看".
_AGAIN_ON_IT_RE = re.compile(r"\s*(?:早上|上午|中午|下午|晚上)?\s*再(?![^,，。；;]{0,8}?[了过])")


# A weekday then what was fixed for it: "周六上午安排了主题班会", "周四定了班委会".
_SCHEDULED_RE = re.compile(r"\s*(?:早上|上午|中午|下午|晚上)?\s*(?:安排了|定了|排了)")


# An appointment made, its day after it in the clause: "约了家长周五见面", "和王明约好周四谈".
_ARRANGED_BEFORE_RE = re.compile(r"约(?:了|好了?|定了?|在)[^,，。；;!?！？]{0,8}$")
# A weekday's deed ending its sentence in a look to be taken, nothing done (class: a plan told
# by its tentative 看一下, "礼拜一带他去心理中心看一下"); "周一去宿舍看看，都挺好" goes on to
# say how it was.
_A_LOOK_MEANT_RE = re.compile(r"去[^了过,，;；]{0,12}?(?:看一下|看看|瞧瞧|瞧一下)(?:吧|先)?\s*$")


def _meant_not_done(text: str, d: DateMention, found: list[DateMention], i: int) -> bool:
    """Whether a bare weekday opens a deed meant, not done: the coming one."""
    if _AGAIN_ON_IT_RE.match(text, d.end):
        return True  # "约了他周三再聊": arranged for that day
    if _ARRANGED_BEFORE_RE.search(text, max(0, d.start - 12), d.start):
        return True
    deed = _deed_of(text, d.start, found[i + 1].start if i + 1 < len(found) else len(text))
    scheduled = _SCHEDULED_RE.match(text, d.end)
    if scheduled is not None:
        # "周六上午安排了主题班会": fixed for that day, unless the deed says it was held.
        stop = _SENTENCE_END_RE.search(text, scheduled.end())
        rest = text[scheduled.end() : len(text) if stop is None else stop.start()]
        return _DONE_SIGN_RE.search(rest) is None
    return (
        _INTENT_RE.search(deed) is not None or _A_LOOK_MEANT_RE.search(deed) is not None
    ) and _DONE_SIGN_RE.search(deed) is None


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


# "(deadline 30.04.)", "due on Friday", "deadline: 3 May": a deadline in English names the day
# before it (class: a meeting's business with its deadline, "the 大创 applications (deadline
# 30.04.)"), no day a deed was done on.
# Not a bare "due": "the class meeting is due on Friday" is when it is held.
_DEADLINE_BEFORE_EN_RE = re.compile(
    r"(?:\b(?:deadlines?|due\s+date|closing\s+date)|\(\s*due)\s*(?:is\s+|was\s+|:\s*|of\s+|on\s+|by\s+)?"
    r"(?:the\s+)?$"
)


def _drop_deadlines(text: str, found: list[DateMention]) -> list[DateMention]:
    return [
        d
        for d in found
        if not _DEADLINE_AFTER_RE.match(text, d.end)
        and not _DEADLINE_BEFORE_EN_RE.search(text, max(0, d.start - 24), d.start)
    ]


# "11.2-11.4 每天查寝", "每天晚上 11.2-11.4 去宿舍", "every evening from Nov 2 to Nov 4": a
# range told day by day, in its sentence. A longer range than MAX_DAILY_RANGE days is dated by
# its first day, as any range ("11月1日至30日每天打卡" is no thirty records).
_EACH_DAY_RE = re.compile(
    r"每天|每日|每晚|天天|逐日|\b(?:every|each)\s+(?:day|evening|night|morning|afternoon)\b"
    r"|\bnightly\b|\bdaily\b"
)

MAX_DAILY_RANGE = 14

# "11/2-11/4": the end of a range of slashed dates, which the scan does not take for a date of
# its own after the dash.
_MD_RANGE_END_RE = re.compile(r"\s*[-~～—–]\s*(\d{1,2})\s*[./]\s*(\d{1,2})(?![\d./])")


# A deed done on each of several days, told by how many days it took (class: one deed on
# several days, counted): Mandarin 两天, 三晚, 连续三天, 一连两晚, 为期两天, 共两天, "两天的培训",
# "两天都去了"; Cantonese and the literary register's 两日 ("两日嘅培训" is folded to 的), 凡两日,
# 历时两日; English "both days", "two days running", "three evenings in a row", "for two days",
# "a two-day training". Not a count before or after which it is another thing: 两天前 (one day,
# `n_ago`), 两天后, 两天内, 每两天 (how often), 这两天 / 前两天 / 近两天 / 过两天 (lately, soon),
# 两天没 (not done), 两天假 or 旷课两天 (the student's days), 两天时间 (how long it took).
# Only a note with a count of days runs the passes (most notes name none): a numeral before a
# day's unit, or an English count of days.
_SPAN_GATE_RE = re.compile(
    r"[两二三四五六七2-7]\s*个?\s*整?[天日晚夜宿]|\b(?:days|day|evenings|nights|mornings)\b"
)
_SPAN_NUM = "(?P<n{}>两|二|三|四|五|六|七|[2-7])"
_SPAN_UNIT = r"\s*个?\s*(?:整)?(?:天|日|晚上|晚|夜|宿)"
_NOT_A_SPAN_AFTER = (
    r"(?!\s*(?:前|后|之|以|内|里|来|没|不|未|一次|一回|半|假|病假|事假|时间|工夫|功夫))"
)
# Nor a day of a date ("十一月二十三日，…", "第三天"): no numeral, 月, 第 or 初 before it.
_SPAN_NOT_BEFORE = r"(?<![这那前近过头后每最好几\d〇零一二两三四五六七八九十百月第初廿周期拜礼星])"
# The student's own days, not the deed's: "旷课两天", "请了两天假", "病了两天".
_THEIR_DAYS_BEFORE_RE = re.compile(
    r"(?:旷课|逃课|缺课|缺勤|请假|请了|病了|生病|住院|发烧|回家|没来|没回|失联|不见|迟交|晚了|迟了|推迟|延期|提前"
    r"|过了|隔了|等了|歇了|休息了|放了)"
    r"[^,;。；!?]{0,2}$"
)
# A span that is the deed's own: after a word that makes it one (连续, 为期), or as 了 N 天
# after the deed's verb, or before 的 and the deed, or before 都 and the deed.
_SPAN_ZH_RE = re.compile(
    rf"(?:(?P<lead>连续|一连|接连|连着|为期|历时|整整|凡|共|一共|总共|前后)\s*{_SPAN_NUM.format('a')}{_SPAN_UNIT}{_NOT_A_SPAN_AFTER}"
    rf"|(?<=了){_SPAN_NUM.format('b')}{_SPAN_UNIT}{_NOT_A_SPAN_AFTER}"
    rf"|{_SPAN_NOT_BEFORE}{_SPAN_NUM.format('c')}{_SPAN_UNIT}{_NOT_A_SPAN_AFTER}"
    r"(?=\s*(?:的(?!时间)(?=[\u4e00-\u9fff])|都(?:在|去|来|查|开|听|参加|到|跑|陪|带)|[,;。；!?]|$)))"
)
_SPAN_EN_RE = re.compile(
    r"\b(?:(?P<both>both)\s+(?:days|evenings|nights|mornings)"
    r"|(?P<en>two|three|four|2|3|4)\s+(?:days|evenings|nights|mornings)\s+(?:running|in\s+a\s+row|straight)"
    r"|for\s+(?P<for>two|three|2|3)\s+(?:full\s+)?days"
    r"|(?P<dash>two|three|2|3)-day)\b"
)
_EN_SPAN_NUM = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_CN_SPAN_NUM = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}


class _Span(NamedTuple):
    """A count of days told of a deed, where it is in the note."""

    days: int
    #: Told as a run (连续, 一连, "running", "in a row"): it may end on its date.
    run: bool
    #: Told as a total (凡, 共, 为期, "over two days"): it may join two dates of the sentence.
    total: bool
    start: int
    end: int


_RUN_WORDS = ("连续", "一连", "接连", "连着")
_TOTAL_WORDS = ("为期", "历时", "整整", "凡", "共", "一共", "总共", "前后")


def _a_clause_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole clause: a count of days told after the deed on its
    own ("明天去参加班主任工作坊，两天，礼拜六礼拜天"; class: the deed's length as a clause)."""
    opened = start > 0 and _CLAUSE_BREAK_RE.fullmatch(text, start - 1, start) is not None
    closed = end == len(text) or _CLAUSE_BREAK_RE.match(text, end) is not None
    return opened and closed


# "明天考研，两天都去考点门口送学生": the days of an event named with its first day, the deed on
# each told in the clause after, opening with the count and 都 (class: the event's days, then
# what was done on both).
# Not the advisor's own days away ("明天去参加培训，两天都在外面": one day, as before).
_EACH_OF_THEM_RE = re.compile(r"\s*都(?:要|会|得)?(?:去|陪|送|带)")
_AN_EVENT_CLAUSE_RE = re.compile(
    r"[^,;。；!?\n]{0,4}(?:考研|考试|比赛|竞赛|运动会|答辩|面试|招聘会|双选会|研学|社会实践)"
    r"(?:开始|了)?\s*$"
)


def _opens_the_next_clause(text: str, clause_end: int, m: re.Match[str]) -> bool:
    """Whether the count `m` opens the clause after the one ending at `clause_end`, an event's
    clause, and goes on with 都 and a verb of going (see _EACH_OF_THEM_RE)."""
    return (
        not text[clause_end + 1 : m.start()].strip()
        and _EACH_OF_THEM_RE.match(text, m.end()) is not None
        and _AN_EVENT_CLAUSE_RE.search(text, max(0, clause_end - 12), clause_end) is not None
    )


def _span_in(text: str, start: int, end: int) -> _Span | None:
    """The number of days a deed in text[start:end] is told to have taken (see _SPAN_ZH_RE and
    _SPAN_EN_RE), or None when no count of days there is the deed's. A bare count ("两天的培训",
    "参加了两天") is the deed's only in the clause at `start`; in a later one it may look back
    at days told ("周一查寝，周二听课，两天都很忙")."""
    clause_break = _CLAUSE_BREAK_RE.search(text, start, end)
    clause_end = end if clause_break is None else clause_break.start()
    for m in _SPAN_ZH_RE.finditer(text, start, end):
        lead = m.group("lead")
        if lead is None and (
            (
                m.start() >= clause_end
                and not _a_clause_of_its_own(text, m.start(), m.end())
                and not _opens_the_next_clause(text, clause_end, m)
            )
            or _THEIR_DAYS_BEFORE_RE.search(text, start, m.start())
        ):
            continue
        n = m.group("na") or m.group("nb") or m.group("nc")
        days = int(n) if n.isdigit() else _CN_SPAN_NUM[n]
        return _Span(days, lead in _RUN_WORDS, lead in _TOTAL_WORDS, m.start(), m.end())
    for m in _SPAN_EN_RE.finditer(text, start, end):
        if m.group("both"):
            return _Span(2, False, True, m.start(), m.end())
        word = m.group("en") or m.group("for") or m.group("dash")
        run = m.group("en") is not None
        return _Span(_EN_SPAN_NUM[word], run, not run, m.start(), m.end())
    return None


def _counted_spans(text: str, today: date, found: list[DateMention]) -> list[DateMention]:
    """A date whose deed is told to have taken N days is the first of N days ("周六参加了两天的
    培训" is Saturday and Sunday); a run that would reach past today ends on its date ("今晚已经
    连续三晚去查寝了"). Two dates of one sentence as far apart as a total told after the second
    ("昨日赴南京…今晚始返，凡两日") are its first and last day, the second no date of its own."""
    out: list[DateMention] = []
    skip = -1
    for i, d in enumerate(found):
        if i == skip:
            continue
        if d.coarse or d.through is not None:
            out.append(d)
            continue
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        # The clause of the date to the end of its sentence: "a two-day training on Monday".
        clause = max((b.end() for b in _CLAUSE_BREAK_RE.finditer(text, 0, d.start)), default=0)
        span = _span_in(text, clause, _sentence_end(text, d.start, limit))
        following = found[i + 1] if i + 1 < len(found) else None
        if span is None and following is not None and not following.coarse:
            after = _span_in(text, following.end, _sentence_end(text, following.end, len(text)))
            if (
                after is not None
                and after.total
                and _DEED_END_RE.search(text, d.end, following.start) is None
                and (following.day - d.day).days + 1 == after.days
            ):
                out.append(replace(d, through=following.day))
                skip = i + 1
                continue
        listed = i > 0 and not found[i - 1].coarse and found[i - 1].end > clause
        if span is not None and i > 0 and _a_clause_of_its_own(text, span.start, span.end):
            # "周一查寝，周二听课，两天": a count on its own after two days counts them.
            listed = listed or _DEED_END_RE.search(text, found[i - 1].end, d.start) is None
        if span is None or listed or not 2 <= span.days <= MAX_DAILY_RANGE:
            out.append(d)  # "周六周日两天都去了": the count counts the days listed
            continue
        last = d.day + timedelta(days=span.days - 1)
        if last > today >= d.day and not span.run:
            out.append(d)  # "周三培训两天" told on Wednesday: a plan, or its first day
        elif last > today >= d.day:  # a run up to today: "今晚已经连续三晚去查寝了"
            out.append(replace(d, day=d.day - timedelta(days=span.days - 1), through=d.day))
        else:
            out.append(replace(d, through=last))
    return out


def _run_to_today(text: str, today: date) -> list[DateMention]:
    """A run of days told with no date ("连续三晚都去查寝了", "two evenings running"): the days
    up to today, dated where the count is."""
    span = _span_in(text, 0, len(text))
    if span is None or not span.run or not 2 <= span.days <= MAX_DAILY_RANGE:
        return []
    return [DateMention(span.start, span.end, today - timedelta(days=span.days - 1), through=today)]


def _sentence_end(text: str, start: int, limit: int) -> int:
    stop = _DEED_END_RE.search(text, start, limit)
    return stop.start() if stop else limit


# "周六到周日都去了", "周一至周三晚上都在宿舍", "Sat to Sun, both days": a range whose days are
# all said to have the deed (class: one deed on several days, as a range).
_ALL_THE_RANGE_RE = re.compile(
    r"[^,;。；!?]{0,4}?都(?!是|说|要|得|会|能|可以)|[^;。；!?]{0,12}?\bboth\s+days\b"
)


def _daily_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """Each range told day by day (see _EACH_DAY_RE), or with 都 after its end, or as long as
    the days its deed is told to take ("周六到周日参加了两天培训"), with its last day as `through`;
    the range end itself is dropped after, as any range's."""
    out = list(found)
    for i, d in enumerate(out):
        if d.coarse:
            continue
        end: date | None = None
        if i + 1 < len(out) and _RANGE_JOIN_RE.fullmatch(text, d.end, out[i + 1].start):
            end = out[i + 1].day
        elif (slashed := _MD_RANGE_END_RE.match(text, d.end)) is not None:
            try:
                end = date(d.day.year, int(slashed.group(1)), int(slashed.group(2)))
            except ValueError:
                continue
        if end is None or not 0 < (end - d.day).days < MAX_DAILY_RANGE:
            continue
        deed = _deed_of(text, d.start, len(text))
        after = out[i + 1].end if i + 1 < len(out) and out[i + 1].day == end else d.end
        span = _span_in(text, after, _sentence_end(text, after, len(text)))
        if (
            _EACH_DAY_RE.search(deed)
            or _ALL_THE_RANGE_RE.match(text, after) is not None
            or (span is not None and span.days == (end - d.day).days + 1)
        ):
            out[i] = replace(d, through=end)
    return out


# "周末两天都去查寝了", "上周末这两天送考": the weekend told as its two days is each of them
# (class: a weekend's both days), not its Saturday alone.
_BOTH_WEEKEND_DAYS_RE = re.compile(
    r"的?(?:这|那)?两天(?![后前内之以里])"
    # "took the team to the contest last weekend, both days", "the weekend, all day both days"
    r"|[^.;!?\n]{0,40}?\bboth\s+days\b"
)


def _weekend_both_days(text: str, found: list[DateMention]) -> list[DateMention]:
    return [
        replace(d, through=d.day + timedelta(days=1))
        if not d.coarse
        and d.through is None
        and text.endswith(("末", "weekend"), d.start, d.end)
        and d.day.weekday() == 5
        and _BOTH_WEEKEND_DAYS_RE.match(text, d.end)
        else d
        for d in found
    ]


# "moved from Friday to tomorrow": a move's old day and its new one, no range (class: a move's
# old day is no day of the deed; `pipeline._original_day` drops the old one).
MOVED_FROM_BEFORE_RE = re.compile(
    r"\b(?:moved|pushed(?:\s+back)?|rescheduled|postponed|shifted|changed|brought\s+forward|advanced)"
    r"\s+(?:it\s+|the\s+(?:meeting|date|day)\s+)?from\s+$"
)


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
            and not (
                text.endswith("from ", 0, last.start)
                and MOVED_FROM_BEFORE_RE.search(text, max(0, last.start - 40), last.start)
            )
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


# A tracker's line tagged as a plan ("#plan 11/25 dorm visit", "11.25 查寝 #计划"): the dates
# on that line are coming ones; the tag plans nothing on the other lines.
_PLAN_TAG_RE = re.compile(r"#\s*(?:plan(?:ned|s)?(?![a-z])|计划|打算)")


def _plan_tagged(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (
        _PLAN_TAG_RE.search(text, line_start, len(text) if line_end < 0 else line_end) is not None
    )


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of [start, end), cut as the pipeline cuts it (`clauses._HARD_SEP_RE`: on a
    phone a space before a new step ends one too: in "给四个家长打了电话 礼拜二两个 … 寒假回去
    要屋里多劝劝" the plan word is not the days' own)."""
    cs, ce = _clause_span(text, start, end)
    return text[cs:ce]


def _clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where `_clause_around`'s clause starts and ends."""
    cs = 0
    for b in _HARD_SEP_RE.finditer(text, 0, start):
        cs = b.end()
    # A date read with the full stop after it ("wednesday.", as "wed." is read) ends there.
    ce_match = _HARD_SEP_RE.search(text, end - 1 if end > start and text[end - 1] == "." else end)
    return cs, ce_match.start() if ce_match else len(text)


def _plan_own(text: str, start: int, end: int, clause: str) -> bool:
    """Whether the date at [start, end) of `clause` is in a plan by its own clause or its
    line's tag."""
    if "#" in text and _plan_tagged(text, start, end):
        return True
    return bool(
        _plan_zh_outside_asides(clause)
        or PLAN_EN_RE.search(clause)
        or _LOCAL_PLAN_RE.search(clause)
    )


def _plan_zh_outside_asides(clause: str) -> bool:
    """Whether the clause has a Chinese plan word, not counting a 要 inside brackets: an aside
    on the student's state is no plan of the deed (class: "禮拜二晤談小王（上學期被當的科目要
    重修）" is last Tuesday's talk)."""
    for m in PLAN_ZH_RE.finditer(clause):
        if m.group() != "要" or "(" not in clause:
            return True
        opened = clause.rfind("(", 0, m.start())
        if opened < 0 or clause.find(")", opened, m.start()) >= 0:
            return True
    return False


# "给四个家长打了电话 礼拜二两个 礼拜四两个": a day with only a count after it is an item of
# the days of the deed told before it in its sentence.
_DAY_COUNT_AFTER_RE = re.compile(
    r"\s*(?:又|也|再)?(?:聊|谈|打|联系|找)?了?\s*[\d一二两三四五六七八九十几]{1,3}\s*(?:个|人次|人|位|名|通|次)"
    r"(?=\s|$|[,;!?。；(])"
)

_SENTENCE_END_RE = re.compile(r"[。;；!?\n]")


def _item_of_done(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) is such an item of a deed told as done: the items take
    the deed's tense, not a plan word after them ("… 寒假回去要屋里多劝劝")."""
    if _DAY_COUNT_AFTER_RE.match(text, end) is None:
        return False
    opening = 0
    for m in _SENTENCE_END_RE.finditer(text, 0, start):
        opening = m.end()
    return _PAST_ZH_RE.search(text, opening, start) is not None


# A time named as what was discussed, arranged or decided (class: the planned subject's time,
# not the deed's): "讨论五月份专业思想教育的安排", "布置了五月份的几项工作", "毕业照定6月初". It is
# a coming time (May said in April is this May, not last year's), which a deed told as done
# does not take ("班委会开完 毕业照定6月初" is today's meeting). Not 决定 / 约定 / 规定 / 一定 (a
# wish or a rule) nor 定期 (a routine).
PLANNING_VERBS: tuple[str, ...] = (
    "讨论",
    "商量",
    "商讨",
    "布置",
    "部署",
    "安排",
    "筹备",
    "策划",
    "确定",
    "敲定",
    "定",
)
# "给家长打电话说明放假安排：周一2位、今天2位": the arrangements told to someone are what was
# told, no planning of the days after them (class: 安排 as the object of a verb of telling).
_TOLD = "(?:说明|通知|告知|传达|解释|告诉|讲了|说了)"
_TOLD_ARRANGEMENT = "".join(f"(?<!{_TOLD}{'.' * n})" for n in range(4)) + "安排"
_PLANNING_VERB_RE = re.compile(
    "(?:"
    + "|".join(
        "(?<![约决规一固确敲])定(?!期)" if v == "定" else _TOLD_ARRANGEMENT if v == "安排" else v
        for v in PLANNING_VERBS
    )
    + ")"
)
_PLANNED_TIME_BEFORE_RE = re.compile(
    _PLANNING_VERB_RE.pattern + r"(?:了|在|于|好|一下)?(?:的|下|关于)?[^,.;!?。；\s\d]{0,2}$"
)


# English: what was sorted, booked or arranged for a day ("the reps have sorted the New Year's
# party for the 30th", "booked the room for the 14th", "pencilled the meeting in for Friday"):
# the day it is for is a coming one.
_PLANNED_FOR = (
    r"\b(?:sorted|arranged|organi[sz]ed|booked|fixed|pencill?ed|scheduled|planned|set\s+up"
    r"|lined\s+up)\b(?:\s+(?:out|in|up))?[^,.;:!?\n]{0,50}?\bfor\s+"
)
_PLANNED_FOR_BEFORE_RE = re.compile(_PLANNED_FOR + "$")
_PLANNED_FOR_RE = re.compile(_PLANNED_FOR)


def planned_subject(text: str, start: int, english: bool = True) -> bool:
    """Whether the date at `start` comes right after a verb of planning in its clause (with
    `english`, an English one too: "sorted the party for the 30th")."""
    if _PLANNED_TIME_BEFORE_RE.search(text, max(0, start - 8), start) is not None:
        return True
    return (
        english
        and text.endswith("for ", 0, start)
        and _PLANNED_FOR_BEFORE_RE.search(text, max(0, start - 80), start) is not None
    )


def _plan_here(
    text: str, start: int, end: int, plan: bool, days_at: Sequence[tuple[int, int]] = ()
) -> bool:
    """Whether the date at [start, end) is in a plan: its own clause names one, or its line is
    tagged as one, or the note does and this clause does not tell of something done, or it is
    what was planned (`planned_subject`)."""
    if planned_subject(text, start):
        return True
    if _item_of_done(text, start, end):
        return False
    clause_start, clause_end = _clause_span(text, start, end)
    part_end = _part_end(text, end, clause_end, days_at)
    clause = text[clause_start:part_end]
    if _plan_own(text, start, end, clause):
        return True
    if not plan or _PAST_ZH_RE.search(clause) or _PAST_EN_RE.search(clause):
        return False
    return not _plan_of_later_part(text, clause_start, part_end, days_at)


# What may stand between two days named together ("周三和周四晚上", "周二、周三都"): no deed,
# so the second day does not open a part of its own.
_NO_PART_BETWEEN_RE = re.compile(
    r"(?:[\s,，、和与及跟同到至~—-]|上午|下午|晚上|早上|中午|傍晚|[早晚]|and|to|&|\+)*"
)


def _part_end(text: str, end: int, clause_end: int, days_at: Sequence[tuple[int, int]]) -> int:
    """Where the part opened by the day ending at `end` ends: at the next day of its clause
    that opens a part of its own (a deed between them: "周三查寝周四听课周五要开班会"), else at
    the clause's end."""
    for at, _ in days_at:
        if end <= at < clause_end and _NO_PART_BETWEEN_RE.fullmatch(text, end, at) is None:
            return at
    return clause_end


def _opens_part(text: str, start: int, end: int, days_at: Sequence[tuple[int, int]]) -> bool:
    """Whether the day at [start, end) has a deed after it in its clause: a day told at the end
    ("元旦前一天开个班会 总结下这学期 明天下午") is the day of what came before, no part."""
    stop = _part_end(text, end, _clause_span(text, start, end)[1], days_at)
    return _NO_PART_BETWEEN_RE.fullmatch(text, end, stop) is None


def _plan_word_before(
    text: str, own_start: int, end: int, days_at: Sequence[tuple[int, int]]
) -> bool:
    """Whether a plan word before `end` is the note's or the date's own clause's (from
    `own_start`): one heads what follows ("下周安排：周一查寝"); one in
    a clause told as done is a day of that deed's own ("周二开班会，布置了下周一交的材料"), and
    so is one after a day opening a part of its own: "周一查寝，下周一交总结；周三听课", "周二
    本来要开班会 推到下周了；周三查寝", "周二：班会取消，改到下周\n周三：听课"."""
    for regex in (PLAN_ZH_RE, PLAN_EN_RE):
        for m in regex.finditer(text, 0, end):
            clause = _clause_around(text, m.start(), m.end())
            if _PAST_ZH_RE.search(clause) or _PAST_EN_RE.search(clause):
                continue
            # After a day opening a part of its own, the plan word is that part's; before the
            # first, it heads the note ("明天 委会；周五 听 泛函").
            if m.start() >= own_start or not any(
                to <= m.start() and _opens_own_part(text, at, to, days_at) for at, to in days_at
            ):
                return True
    return False


# A coming day heading the days after it: "下周安排：", "下周计划", "next week:".
_HEADS_DAYS_RE = re.compile(r"安排|计划|打算|工作|[:：]\s*$")


def _opens_own_part(text: str, start: int, end: int, days_at: Sequence[tuple[int, int]]) -> bool:
    """Whether the day at [start, end) opens a part with a deed of its own, not a heading."""
    stop = _part_end(text, end, _clause_span(text, start, end)[1], days_at)
    return (
        _NO_PART_BETWEEN_RE.fullmatch(text, end, stop) is None
        and _HEADS_DAYS_RE.search(text, end, stop) is None
    )


def _plan_of_later_part(
    text: str, clause_start: int, part_end: int, days_at: Sequence[tuple[int, int]]
) -> bool:
    """Whether every plan word of the note is told in a later day's part than the part of a
    date, [clause_start, part_end) (class: several days' notes pasted at once, "周二查寝 周三开班会 周五要家访",
    "周一查寝；周三听课；下周一约了家长"): each part opens with its own day, so the plan word is
    that part's, not the note's. A plan word before the date ("下周安排：周一查寝 周三听课") or
    with no day between it and the date ("周一查寝 周三听课 都要去") is still the note's."""
    if not days_at:
        return False
    if _plan_word_before(text, clause_start, part_end, days_at):
        return False
    zh = PLAN_ZH_RE.search(text, part_end)
    en = PLAN_EN_RE.search(text, part_end)
    firsts = [m.start() for m in (zh, en) if m is not None]
    if not firsts:
        # The note's only plan words are in clauses told as done.
        return True
    first_plan = min(firsts)
    return any(
        part_end <= at <= first_plan and _opens_part(text, at, to, days_at) for at, to in days_at
    )


# "周一查寝，周四再查一次": 再 before a verb (without 了) looks ahead, but only in its own clause;
# the clause it repeats tells of something done.
_LOCAL_PLAN_RE = re.compile(
    r"再(?:去|来|查|开|联系|打|走访|看|听|谈|找|约|组织|召开)(?![^,.;!?。；]*[了过])"
    # Put off to a day: the day it is put off to is to come ("挪到周四晚上了"), unless the clause
    # says it was done there ("推迟到周一查完了", "改到周四开了").
    # (提前到 brings it forward as 改到 moves it: "班会提前到周五".)
    r"|(?:改(?:到|在|为)|挪到|推到|推迟到|延到|顺延到|调到|换到|放到|提前(?:到|至))"
    # 的 after the verb is 是…的 of a deed done ("挪到了周四开的").
    r"(?![^,.;!?。；]*?(?:开|查|去|听|谈|访|办|举行|召开)(?:了|完|过|的))"
    r"|\b(?:moved|pushed\s+back|postponed|put\s+off|shifted|rescheduled|bumped)\s+(?:it\s+)?"
    # "moved from Friday to Monday": the old day before the new one.
    r"(?:from\s+[^,.;!?\n]{1,25}?\s+)?(?:to|till|until|for)\b"
    r"(?![^,.;!?]*\b(?:held|happened|did|had|went)\b)"
)


def _zh_hits(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """(rule name, match with the rule's own groups) of each Chinese date form in `text`."""
    for index, m in _ZH_DATE_SCAN.finditer(text):
        yield _RULES[index][0], m


def _en_hits(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """(rule name, match with the rule's own groups) of each English or numeric date."""
    for m in _COMBINED_EN_RE.finditer(text):
        name = m.lastgroup
        if name is None:
            continue
        # Re-match with the rule's own pattern so its groups are numbered from 1; a rule
        # without groups takes the scan's match as it is.
        rule = _SCAN_RULES[name][0]
        own = m if rule is None else rule.match(text, m.start())
        if own is not None:
            yield name, own


def _scan(
    hits: Iterable[tuple[str, re.Match[str]]],
    text: str,
    today: date,
    plan: bool,
    local: bool,
    days_at: Sequence[tuple[int, int]] = (),
) -> list[DateMention]:
    """The dates of `hits`; `local` says whether the text has a clause-local plan word,
    `days_at` where the note names each day (start, end)."""
    found: list[DateMention] = []
    for name, own in hits:
        start, end = own.span()
        handler = _SCAN_RULES[name][1]
        here = _plan_here(text, start, end, plan, days_at) if plan or local else False
        day = handler(own, today, here)
        if here and day is not None and (day - today).days >= FAR_BACK_DAYS:
            day = _nearer_than_a_year_ahead(text, start, end, own, today, handler, day)
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


def _nearer_than_a_year_ahead(
    text: str,
    start: int,
    end: int,
    own: re.Match[str],
    today: date,
    handler: Handler,
    ahead: date,
) -> date:
    """A plan word elsewhere in the note does not send a day of the last weeks almost a year
    ahead ("1月7号陪学生办了缓考手续；1月的记录表下周交" said on 15 January is the 7th just
    gone): when the date's own clause names no plan, the nearer past reading wins."""
    if _plan_own(text, start, end, _clause_around(text, start, end)):
        return ahead
    past = handler(own, today, False)
    if past is not None and 0 <= (today - past).days <= NEAR_AHEAD_DAYS:
        return past
    return ahead


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
        if start > 0 and _DEADLINE_BEFORE_EN_RE.search(text, max(0, start - 24), start):
            continue  # "(deadline: 30 April)": as the rules' deadlines, no deed's day
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
    if chinese and _plan_zh_outside_asides(text):
        return True
    return latin and PLAN_EN_RE.search(text) is not None
