"""Message understanding: one advisor's chat note and a moment `now` to dated activities.

Pure: no Telegram, no database. `parse_note` never raises; a note that records nothing (a
question, thanks, a greeting) gives no activity rather than a guess, and a note that only
hands in a document (the month's form, the semester plan) gives that document instead.

The stages, one module each (see `bot/parsing/README.md`): `normalise`, then `pipeline` (find
the activity words with `kinds`, date them with `dates`, fill in `details`), then `documents`,
`duties` and `plausibility` on each activity found; `vocabulary` holds a college's own words.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import threading
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.parsing.dates import PLAN_ZH_RE, fallback_dates, warm_up_dateparser
from bot.parsing.day_math import weekdays_named
from bot.parsing.documents import Document
from bot.parsing.documents import documents_in as _documents_in
from bot.parsing.duties import DUTY_CODES, duties_in
from bot.parsing.find import SENTENCE_END_RE
from bot.parsing.holiday_dates import BREAK_DAYS
from bot.parsing.kinds import KINDS, NAMED_THEME_RE, RULES
from bot.parsing.pipeline import _DONE_RE, Found, analyse
from bot.parsing.plausibility import (
    MAX_COUNT,
    MAX_HOURS,
    bad_date_in,
    tally_in,
    undated_anchor_in,
)
from bot.parsing.vocabulary import Vocabulary, VocabularyError, vocabulary_from_policy

_log = logging.getLogger(__name__)

__all__ = [
    "DUTY_CODES",
    "FLAGS",
    "KINDS",
    "Alternative",
    "Document",
    "ParseResult",
    "ParsedActivity",
    "Vocabulary",
    "VocabularyError",
    "parse_failures",
    "parse_message",
    "parse_note",
    "result_to_json",
    "vocabulary_from_policy",
    "warm_up",
]

#: Dates further back than this are returned but flagged, so the bot can ask first.
MAX_DAYS_BACK = 62

#: The flags an activity may carry, most pressing first: the bot asks before recording.
FLAGS = ("bad_date", "unknown_anchor", "future", "too_old", "count_high", "hours_high")


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another reading of one field of an activity, for the bot to offer as a button."""

    field: str  # "kind", "date" or "count"
    value: str | int | dt.date


@dataclass(frozen=True, slots=True)
class ParsedActivity:
    """One activity a note records."""

    kind: str
    date: dt.date
    time: dt.time | None = None
    location: str | None = None
    topic: str | None = None
    count: int = 1
    hours: float | None = None
    students: tuple[str, ...] = ()
    #: None or one of FLAGS: "future", "too_old" (more than 62 days back), "bad_date" (an
    #: impossible date such as 2月30日: dated today only for want of one), "unknown_anchor"
    #: (dated by an event the parser cannot date, 运动会那天, or a tally of a period's times on
    #: days not told, 本月已查寝3次), "count_high" (over 60 people),
    #: "hours_high" (over 12 hours).
    flag: str | None = None
    #: Duty codes of the regulation the activity serves (`reminders/duties.py`).
    duties: tuple[str, ...] = ()
    #: Other readings when the cues conflict (班会 or 主题班会, a day read two ways).
    alternatives: tuple[Alternative, ...] = ()


@dataclass(frozen=True, slots=True)
class ParseResult:
    """What a note records: activities, and documents it says were handed in."""

    activities: tuple[ParsedActivity, ...] = ()
    documents: tuple[Document, ...] = ()


_failures = 0
_failures_lock = threading.Lock()


def parse_failures() -> int:
    """How many notes the parser failed on (an exception caught) since the process started."""
    return _failures


def date_flag(day: dt.date, today: dt.date) -> str | None:
    """ "future" for a day after today, "too_old" for one more than MAX_DAYS_BACK before it:
    the days the bot asks about before recording; None otherwise."""
    if day > today:
        return "future"
    if (today - day).days > MAX_DAYS_BACK:
        return "too_old"
    return None


def _flag(found: Found, today: dt.date) -> str | None:
    if bad_date_in(found.segment):
        return "bad_date"
    if not found.dated and undated_anchor_in(found.segment):
        return "unknown_anchor"
    # "本月已查寝3次": a tally of times on days not told is no deed of today's; ask.
    if found.day == today and tally_in(found.segment):
        return "unknown_anchor"
    day_flag = date_flag(found.day, today)
    if day_flag is not None:
        return day_flag
    if found.count > MAX_COUNT:
        return "count_high"
    if found.hours is not None and found.hours > MAX_HOURS:
        return "hours_high"
    return None


# A class meeting given over to one kind of education (安全教育, 诚信教育, 专题) may have
# been a themed one: the cues conflict, so the bot asks "班会 or 主题班会?".
_THEME_LIKE_RE = re.compile(r"教育|专题|\b(?:education|awareness)\b")


def _alternatives(found: Found, today: dt.date) -> tuple[Alternative, ...]:
    """Other readings when the cues conflict: a class meeting that may have been a themed
    one, a day read two ways."""
    # A numeral right after a surname (给张三家长) is a name, never a count, and not worth a
    # question either: nobody writes "three parents" as 张三家长.
    alternatives: list[Alternative] = []
    if found.kind == "class_meeting" and (
        _THEME_LIKE_RE.search(found.segment) or NAMED_THEME_RE.search(found.segment.lower())
    ):
        alternatives.append(Alternative("kind", "theme_meeting"))
    other_day = _other_reading_of_the_day(found, today)
    if other_day is not None:
        alternatives.append(Alternative("date", other_day))
    return tuple(alternatives)


# "last Wednesday" said on a Friday: this week's Wednesday (the reading taken) or the week
# before's; "next Thursday" said on a Monday: this week's Thursday (taken) or the week
# after's, as many speakers mean. "五一后第一天": the first day after the break (taken) or 2 May.
_LAST_WEEKDAY_RE = re.compile(
    r"\blast\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b(?!\s+(?:week|month))"
)
_NEXT_WEEKDAY_RE = re.compile(
    r"\bnext\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b(?!\s+(?:week|month))"
)
_AFTER_A_BREAK_RE = re.compile(
    r"(国庆|五一|劳动节|春节)节?(?:假期|长假|小长假|放假)?\s*(?:之后|以后|过后|结束后|后)的?\s*第?\s*[一两二三四五六七八九十\d]+\s*天"
)


# "周五 主题班会" said on a Wednesday: the coming Friday (the reading taken, see
# dates._coming_weekday) or the one just past, for a note that only reads as a plan (not one
# that says so: "周五要开班会").
_BARE_CN_WEEKDAY_RE = re.compile(
    r"(?<![上本这下今个])(?:周|星期|礼拜|週)\s*([一二三四五六日天1-7])(?![次个天遍回名位人])"
)
_CN_WEEKDAY_INDEX = (
    {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6} | {str(n + 1): n for n in range(7)}
)


# A foreign lecturer's day (learner.py): "7.11" / "10.11" is the 7th or 10th of November where
# Europe writes the day first; "我去宿舍上星期二", the time told after the deed as English orders
# it, is "last Tuesday", this week's when that is past; 后天 and 下星期 told as done ("后天我去了
# 宿舍") are 前天 and 上星期 confused.
_DOTTED_DATE_RE = re.compile(r"(?<![\d./\-])(\d{1,2})\s*[./]\s*(\d{1,2})(?![\d./\-])")
# The time ends its clause, as the learner orders it; "班会上周一开的", "宿舍上周二去了" (the
# topic first, the deed after its time) are a native's.
_LAST_WEEKDAY_AFTER_DEED_RE = re.compile(
    r"(?:了|[去开查听谈聊看见]|会|话|课|舍|室)\s*(?:在)?\s*上个?(?:星期|周|礼拜)[一二三四五六日天]"
    r"(?:的?(?:早上|上午|中午|下午|晚上))?\s*(?:[,，。;；!！?？]|$)"
)
# A verb of the work and 了 in the day's clause (a space ends one in a chat), no plan word: not
# "下个星期三带学生去软件园 已经联系好了" (the plan prepared), "下周三有个会 …先去憋ppt了".
_NEXT_TOLD_AS_DONE_RE = re.compile(
    r"(后天|下个?(?:星期|周|礼拜))(?![^,;。；\s]*?(?:要|想|打算|准备|计划|会去|将))"
    r"[^,;。；\s]*?[去开查听谈聊打见看访][^,;。；\s]{0,8}?了"
)


def _past_day(today: dt.date, month: int, day: int) -> dt.date | None:
    """The latest `month`-`day` on or before today, or None when there is no such day."""
    for year in (today.year, today.year - 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None
        if found <= today:
            return found
    return None


def _learners_other_day(found: Found, today: dt.date) -> dt.date | None:
    segment = found.segment
    # Each pattern below needs a character that most segments lack: a substring test spares
    # the regex's scan of them.
    dotted = _DOTTED_DATE_RE.finditer(segment) if "." in segment or "/" in segment else ()
    for m in dotted:
        first, second = int(m.group(1)), int(m.group(2))
        if first == second or first > 12 or second > 12:
            continue
        readings = (_past_day(today, first, second), _past_day(today, second, first))
        if found.day not in readings:
            continue
        other = readings[1] if readings[0] == found.day else readings[0]
        if other is not None and (today - other).days < min(
            (today - found.day).days, MAX_DAYS_BACK
        ):
            return other
    if found.day < today and "上" in segment and _LAST_WEEKDAY_AFTER_DEED_RE.search(segment):
        this_week = found.day + dt.timedelta(days=7)
        if this_week < today:
            return this_week
    if found.day > today:
        told = _NEXT_TOLD_AS_DONE_RE.search(segment)
        if told is not None and told.group(1) == "后天" and found.day == today + dt.timedelta(2):
            return today - dt.timedelta(days=2)
        if told is not None and told.group(1) != "后天":
            return found.day - dt.timedelta(days=14)
    return None


def _other_reading_of_the_day(found: Found, today: dt.date) -> dt.date | None:
    if not found.dated:
        return None
    learners = _learners_other_day(found, today)
    if learners is not None:
        return learners
    if (
        today < found.day
        and found.day.isocalendar()[:2] == today.isocalendar()[:2]
        and PLAN_ZH_RE.search(found.segment) is None
        and any(
            _CN_WEEKDAY_INDEX[m.group(1)] == found.day.weekday()
            for m in _BARE_CN_WEEKDAY_RE.finditer(found.segment)
        )
    ):
        return found.day - dt.timedelta(days=7)
    this_week = found.day.isocalendar()[:2] == today.isocalendar()[:2]
    if this_week and _LAST_WEEKDAY_RE.search(found.segment):
        return found.day - dt.timedelta(days=7)
    if this_week and today < found.day and _NEXT_WEEKDAY_RE.search(found.segment):
        return found.day + dt.timedelta(days=7)
    # A break's day is counted in 天 (a substring test spares most segments the scan).
    after = _AFTER_A_BREAK_RE.search(found.segment) if "天" in found.segment else None
    if after is not None:
        return found.day - dt.timedelta(days=BREAK_DAYS[after.group(1)] - 1)
    return None


def _to_activity(found: Found, today: dt.date, vocabulary: Vocabulary | None) -> ParsedActivity:
    location = found.location
    if vocabulary is not None:
        place = vocabulary.place_in(found.segment)
        if place is not None and (location is None or location.lower() in place.lower()):
            location = place
    return ParsedActivity(
        kind=found.kind,
        date=found.day,
        time=found.time,
        location=location,
        topic=found.topic,
        count=found.count,
        hours=found.hours,
        students=found.students,
        flag=_flag(found, today),
        duties=duties_in(found.segment),
        alternatives=_alternatives(found, today),
    )


# A note sent in the small hours (before this hour) is told from the day just lived, as people
# up late count it (class: the night owl's day): a deed it gives no day for, or calls today's
# (今天, 今晚, today, tonight) and done, was the evening before ("刚查完寝回来", "今天开了班会"
# sent at 00:40, "查寝回来 22:30-23:30" at 00:15); tomorrow (明天, tomorrow) is the coming day,
# after sleep, a plan for the calendar's today. A clock time already past tonight ("00:30
# 查寝" at 01:00) or a word for the small hours (凌晨, "after midnight") keeps the calendar.
_SMALL_HOURS_END = 5
_LIVED_TODAY_RE = re.compile(r"今天|今日|今晚|今儿|\btoday\b|\btonight\b|\bthis\s+evening\b")
# Just now (刚, 刚刚, 刚才, "just back"): a deed just done, the evening's.
_JUST_NOW_RE = re.compile(r"刚|\bjust\s+(?:back|got\s+back|finished|came\s+back)\b")
_COMING_DAY_RE = re.compile(r"明天|明日|明晚|明早|明儿|\btomorrow\b")
_SMALL_HOURS_WORD_RE = re.compile(
    r"凌晨|半夜|午夜|\b(?:after|past)\s+midnight\b|\bearly\s+hours\b|\bthis\s+morning\b"
)


def _night_owls_day(found: Found, now: dt.datetime) -> bool:
    """Move `found` to the day the advisor meant in the small hours; True when it became a
    plan for the calendar's today (tomorrow said before sleep)."""
    if (
        now.hour >= _SMALL_HOURS_END
        or (found.time is not None and found.time <= now.time())
        or _SMALL_HOURS_WORD_RE.search(found.segment)
    ):
        return False
    today = now.date()
    if found.day == today and (
        (not found.dated and not _MEANT_TODAY_RE.search(found.segment))
        or (_LIVED_TODAY_RE.search(found.segment) and _DONE_RE.search(found.segment))
        or _JUST_NOW_RE.search(found.segment)
    ):
        found.day -= dt.timedelta(days=1)
        return False
    if found.day == today + dt.timedelta(days=1) and _COMING_DAY_RE.search(found.segment):
        found.day = today
        return True
    return False


# A part of today still to come when the note is sent, with no deed done in its words (class:
# later today): "今天上午已经联系了她妈妈，下午陪她去心理中心" sent at 09:30 is a plan.
_LATER_PART_HOURS = {
    "下午": 12,
    "傍晚": 17,
    "晚上": 18,
    "今晚": 18,
    # English (round 18c: "Advisor training this arvo 2-5" sent at 09:10, "NYE party with the
    # class tonight 7pm" at 14:30): a deed told in the past anywhere in it is done.
    "this afternoon": 12,
    "this evening": 18,
    "tonight": 18,
}
_LATER_PART_RE = re.compile("|".join(_LATER_PART_HOURS))
_DONE_EN_RE = re.compile(
    r"\b(?:did|went|had|held|was|were|done|met|spoke|saw|took|gave|sat|ran|rang|\w+ed)\b"
)
_DONE_IN_IT_RE = re.compile(r"了|过(?![来去])|完|已经|已|[✅✓✔√]")

# Still to be done in that part of the day, though it has begun (class: "晚上還要去宿舍看一下"
# sent at 18:40 is a plan).
_STILL_TO_DO_RE = re.compile(
    r"(?:还|也)(?:要|得)(?=[^,，。；;]{0,4}?(?:去|来|开|查|听|找|给|打|联系|走访|家访|谈))"
    r"|(?:待|等)会儿?(?:再|要|就)?去"
)


# Or meant for today, told with a word of intent and no deed done (class: today's plan is a
# plan): "今天要开班会", "打算今晚去查寝", "I'm going to sit in on their
# lecture today". It is kept as a plan and followed up in the evening, not counted yet.
_MEANT_TODAY_RE = re.compile(
    # "今天晚上可能去查寝": a maybe is a plan at most (class: a deed told as possible).
    r"(?<![需只主重想还不本原])(?:计划|准备|打算|要(?![求点素是不么紧])|拟|可能|也许|或许|说不定|兴许)"
    # The intent opens the deed ("要开", "打算今天去"): "今天的班会要大家注意安全" is its content.
    r"(?=[^,，。；;]{0,6}?(?:去|来|开|召开|组织|找|给|和|跟|与|查|听|参加|带|联系|打|走访|家访|谈))"
    # Asked of the advisor for today: "学院要求今天去查寝" is today's to-do, not done yet.
    r"|(?:学院|学校|系里|辅导员|学工办?|领导|上面)要求(?=[^,，。；;]{0,6}?(?:去|开|召开|组织|查|听|联系|打|走访|家访|谈))"
    # English, the advisor's own: "the dorm visit will wait", "the team will do" are others'.
    r"|\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+plan\s+to)\b(?!\s+be\b)"
)


# Today by its name: a weekday that is today may be an earlier day's note pasted in ("周二查寝
# 周三开班会 周五要家访" sent on Friday evening tells Friday's as done).
_TODAY_WORD_RE = re.compile(
    r"今天|今日|今晚|今儿|今早|\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b"
)


# Before this hour, today's weekday by its name is today still to come ("周五要开班会" on Friday
# morning); later it may be a week's plan pasted in the evening, told as done.
_WEEKDAY_AS_TODAY_UNTIL = 17


def _names_today(segment: str, now: dt.datetime) -> bool:
    if _TODAY_WORD_RE.search(segment):
        return True
    return now.hour < _WEEKDAY_AS_TODAY_UNTIL and weekdays_named(segment) == {now.weekday()}


def _later_today(activity: ParsedActivity, found: Found, now: dt.datetime) -> ParsedActivity:
    if activity.flag is not None or found.day != now.date():
        return activity
    if (
        _names_today(found.segment, now)
        and _MEANT_TODAY_RE.search(found.segment)
        and not _DONE_RE.search(found.segment)
    ):
        return replace(activity, flag="future")
    part = _LATER_PART_RE.search(found.segment)
    if part is None or _DONE_IN_IT_RE.search(found.segment, part.end()) is not None:
        return activity
    if part.group()[0].isascii() and _DONE_EN_RE.search(found.segment) is not None:
        return activity
    if (
        _LATER_PART_HOURS[part.group()] <= now.hour
        and _STILL_TO_DO_RE.search(found.segment, part.end()) is None
    ):
        return activity
    return replace(activity, flag="future")


def _same_plan(
    planned: ParsedActivity, planned_found: Found, activity: ParsedActivity, found: Found
) -> bool:
    """Whether `activity` is one more deed of today's plan told just before it, in its sentence
    ("今晚计划查寝和谈心" in the morning: the talk is planned too), not told done itself."""
    return (
        planned.flag == "future"
        and planned.date == activity.date == found.day
        and activity.flag is None
        and SENTENCE_END_RE.search(planned_found.segment.rstrip()) is None
        and not _DONE_RE.search(found.segment)
    )


def parse_note(text: str, now: dt.datetime, vocabulary: Vocabulary | None = None) -> ParseResult:
    """What `text` records, dated relative to `now` (aware, the college's zone).

    "Today" is `now.date()` in now's own zone: callers pass local time. `vocabulary` adds a
    college's own words (built once from the policy). Never raises: a failure is logged with
    the text's hash (never the text) and counted (`parse_failures`), and gives nothing.
    """
    try:
        today = now.date()
        if vocabulary is not None:
            text = vocabulary.rewrite(text)
        found = analyse(text, today, lambda low: fallback_dates(low, now))
        activities: list[ParsedActivity] = []
        documents: list[Document] = []
        last_found: Found | None = None
        for f in found:
            if f.rule >= 0 and RULES[f.rule].document:
                # Handed in is done: a coming day in its stretch is a deadline's ("wants the
                # plan by 1/15"), not the day it went in.
                handed = min(f.day, today)
                documents.extend(
                    d for d in _documents_in(f.segment, handed, today) if d not in documents
                )
            else:
                calendar_day = f.day
                if _night_owls_day(f, now):
                    activity = replace(_to_activity(f, today, vocabulary), flag="future")
                else:
                    activity = _later_today(_to_activity(f, today, vocabulary), f, now)
                if f.day != calendar_day and all(a.field != "date" for a in activity.alternatives):
                    # The night owl's day is a guess: the calendar's day is offered beside it.
                    activity = replace(
                        activity,
                        alternatives=(*activity.alternatives, Alternative("date", calendar_day)),
                    )
                if (
                    last_found is not None
                    and activity.date == today
                    and _same_plan(activities[-1], last_found, activity, f)
                ):
                    activity = replace(activity, flag="future")
                activities.append(activity)
                last_found = f
        return ParseResult(tuple(activities), tuple(documents))
    except Exception as exc:  # a chat note must never crash the bot; nothing recorded asks
        report_failure(text, exc)
        return ParseResult()


def report_failure(text: str, exc: BaseException) -> None:
    """Count a failure to read a note and log it by the text's hash (never the text)."""
    global _failures
    with _failures_lock:
        _failures += 1
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    # The exception's message may quote the note: only its type and where it was raised.
    where = "".join(traceback.format_tb(exc.__traceback__))
    _log.error(
        "could not parse a note (sha256 %s, %d characters): %s\n%s",
        digest,
        len(text),
        type(exc).__name__,
        where,
    )


def parse_message(
    text: str, now: dt.datetime, vocabulary: Vocabulary | None = None
) -> list[ParsedActivity]:
    """The activities `text` records (`parse_note` without the documents)."""
    return list(parse_note(text, now, vocabulary).activities)


def _activity_json(a: ParsedActivity) -> dict[str, object]:
    out: dict[str, object] = {
        "kind": a.kind,
        "date": a.date.isoformat(),
        "time": a.time.strftime("%H:%M") if a.time is not None else None,
        "location": a.location,
        "topic": a.topic,
        "count": a.count,
        "hours": a.hours,
        "students": list(a.students),
        "flag": a.flag,
        "duties": list(a.duties),
    }
    if a.alternatives:
        out["alternatives"] = [
            {alt.field: alt.value.isoformat() if isinstance(alt.value, dt.date) else alt.value}
            for alt in a.alternatives
        ]
    return out


def _document_json(d: Document) -> dict[str, object]:
    out: dict[str, object] = {"doc": d.doc}
    if d.period is not None:
        out["period"] = d.period
    if d.date is not None:
        out["date"] = d.date.isoformat()
    return out


def result_to_json(text: str, parsed: ParseResult | Sequence[ParsedActivity]) -> dict[str, object]:
    """The contract's `parse` output for one message (`documents` only when there are some)."""
    result = parsed if isinstance(parsed, ParseResult) else ParseResult(tuple(parsed))
    out: dict[str, object] = {
        "text": text,
        "activities": [_activity_json(a) for a in result.activities],
    }
    if result.documents:
        out["documents"] = [_document_json(d) for d in result.documents]
    return out


def warm_up() -> None:
    """Load everything the parser may need (dateparser's data, compiled rules) ahead of use."""
    now = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)
    parse_message("今天上午听课，下午去3号楼查寝1小时", now)
    parse_message("called two parents last Tuesday about exams", now)
    warm_up_dateparser()
