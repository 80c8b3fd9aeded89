"""The parsing pipeline: find activities and dates in the normalised note, split it, fill in details.

A note is scanned once for activity words and once for date expressions. Each activity
gets the stretch of text up to the next one (cut at the last clause break between them),
and its date and details come from that stretch, so "班会1小时，宿舍走访1小时" gives two
activities of one hour each and "上周一听课，周三查寝" gives two dates.

An activity word records nothing when its clause asks, requests or negates it (没去查寝, 班会
取消了, "was cancelled"), says what it was not (不是查寝), wishes it (想带学生去…), puts it off
to an undated later (等考完试再…, 找个时间…) or hands it to someone else (拜托王老师); when
the clause before only sets a condition (如果天气好的话，…); or when the clause after says the
advisor was not there or the call did not go through (…，我没参加; …，没打通). An activity
named as a meeting's subject ("班委会，商量团日活动", "meeting about the sports meet") is
the meeting's topic, not an activity of its own. Nor does one that someone else did
(辅导员今天去查寝了, 王老师替我听了一节课) or that is only a reason ("because of a faculty meeting").

Some of these come back: a question the next clause answers with the deed ("听课？上周三听过了"),
an activity that fell through and was then done on another day ("班会周一没开成，改到周三开了",
"so we held it Wednesday", dated by that clause), one done after all ("本来想去查寝，后来还是去了")
and a call that failed before a message reached the parent ("没人接，后来发了短信").

Layout: this module keeps `Found`, `analyse` (the order of the stages), dating each activity
from its stretch of text (`_boundary`, `_pick_date`, `_coordinated`, `_listed_days`; a later
clause's day is not the deed's when it is another's, `_their_day`, or when something fell
through on it, `_fell_through_day`) and
assembling the details (`_details`, `_tally_count`, `_one_each`, `_merge`); a mention that the
same kind's mention in the next clause dates ("这周的听课补上了，周三上午听的实变函数") is dropped
(`_told_then_dated`), and days listed after a talk or a call each get their own count
(`_with_day_items`: "礼拜二两个 礼拜四两个", "一个是10月3号"). The stages before
it are modules of their own: `clauses` (clause breaks, `Clause`), `find` (scanning the kind
words and the filters that drop or relabel mentions), `blocking` (the reasons above, as
`_is_blocked`) and `topics` (meeting topics and repeats).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from bot.parsing import details
from bot.parsing.clauses import _CJK_RE, _EN_SOFT_SEP_RE, _LATIN_RE, _SOFT_SEP_RE, _clause_bounds
from bot.parsing.dates import (
    MOVED_FROM_BEFORE_RE,
    DateMention,
    counted_from_before,
    find_dates,
    is_plan,
    planned_subject,
)
from bot.parsing.find import (
    COUNTED_KINDS,
    _find_activities,
    _Match,
    _scan_kinds,
    reported_quotes,
)
from bot.parsing.kinds import RULES
from bot.parsing.normalise import normalise
from bot.parsing.notdone import EARLIER_DAY_AFTER_RE, EARLIER_DAY_BEFORE_RE, EARLIER_GATE_RE
from bot.parsing.numbers import CN_NUM, EN_NUM, cn_to_int, en_to_int
from bot.parsing.plausibility import tally_in
from bot.parsing.report import report_in
from bot.parsing.topics import REPEAT_RE, _drop_meeting_topics, _with_repeats

# A tracker's line tagged as called off ("经验交流会 推到下学期了 #postponed") records nothing.
_CALLED_OFF_TAG_RE = re.compile(r"#(?:postponed|cancell?ed|取消|推迟|延期|改期)")

_TAG_RE = re.compile(r"#([\u4e00-\u9fff]{2,4}|[a-z]{3,12})")


def _untag(low: str) -> str:
    """`low` as a tracker's note is read (same length, so offsets stay): a line tagged as
    called off blanked out, and a tag that repeats a word of the note ("班会取消了 #班会",
    "主题班会 开完了 #班会") blanked, so the tag is no second activity. A tag alone names its
    kind ("#家长 人次: 4", see the rules)."""
    if "#" not in low:
        return low
    if _CALLED_OFF_TAG_RE.search(low):
        lines = low.split("\n")
        low = "\n".join(
            " " * len(line) if _CALLED_OFF_TAG_RE.search(line) else line for line in lines
        )
    untagged = _TAG_RE.sub(lambda m: " " * len(m.group()), low)
    return _TAG_RE.sub(lambda m: " " * len(m.group()) if m.group(1) in untagged else m.group(), low)


# What may stand between two dates that are listed together (class: several days named
# together for one deed): "周三、周四", "前天晚上和昨天晚上", "Monday and Wednesday", and the
# joining words of the regions: Cantonese 同 ("上个礼拜五同寻日", 同埋 is folded to 和), Wu 搭
# ("礼拜一搭礼拜二"), 跟 of the north, 并 / 加 of a list typed fast, "plus", "as well as"; a weekday named before the next
# date ("Sat 11/21 and Sun 11/22": the scan dates the slashed date, not its weekday). A range
# ("20号到22号") or a comma is not a list of days.
_DATE_JOIN_RE = re.compile(
    r"(?:\s|、|/|和|与|及|以及|跟|同|搭|并|加|还有|或|&|\+|\band\b|\bor\b|\bplus\b|\bas\s+well\s+as\b"
    r"|晚上|上午|下午|中午|早上|傍晚|晚|早|夜里|\b(?:morning|afternoon|evening|night)\b"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b\.?"
    r"|\b(?:tues|wednes|thurs|satur)day\b)*"
)

# A date of day and month with a dot, which a German writes with a dot after it too ("am
# 10.06."): that dot is part of the date, not a sentence's end.
_DOTTED_DATE_END_RE = re.compile(r"\d\.\d{1,2}$")

# An English list goes on after a comma: "on the 1st, 3rd and 17th".
_EN_LIST_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?")


# Days listed with commas, the deed after the last with 都 ("这个星期一，星期三，还有今天晚上
# 都去宿舍看了"): a comma alone between two days, and 都 before a verb later in the sentence.
_COMMA_JOIN_RE = re.compile(r"\s*,\s*(?:还有|和|以及)?\s*")
_ALL_OF_THEM_RE = re.compile(r"[^。;!?\n]{0,24}?都(?=去|来|查|开|听|找|谈|聊|到|打|联系|进行)")


def _joined(low: str, first: DateMention, then: DateMention) -> bool:
    """Whether two dates are listed together (see _DATE_JOIN_RE and _EN_LIST_GAP_RE); a day
    counted from the one before ("Sunday night and the following morning") is not."""
    if counted_from_before(low, then):
        return False
    gap = first.end
    if low.startswith(".", gap) and _DOTTED_DATE_END_RE.search(low, first.start, gap):
        gap += 1  # "10.06. and 11.06.", "(10.06., 11.06.)": a German date's own dot
    if _DATE_JOIN_RE.fullmatch(low, gap, then.start):
        return True
    if (
        _COMMA_JOIN_RE.fullmatch(low, first.end, then.start)
        and _ALL_OF_THEM_RE.match(low, then.end) is not None
    ):
        return True
    if _TALLY_JOIN_RE.fullmatch(low, first.end, then.start):
        return True
    if not (low[then.start].isascii() and low[first.end - 1].isascii()):
        return False
    if _EN_LIST_GAP_RE.fullmatch(low, gap, then.start) is not None:
        return True
    return _items_listed(low, first, then)


# Days listed in English each with what was done on it, a name or a course and no verb
# (class: dated items): the item after its day, the next day headed by its weekday ("Tue
# 9/15 Liu Yang, Thu 9/17 Zhao Min and Chen Xi"), or the item before its day ("the 数分
# 习题课 Thu 12/24 and 高代 this morning").
_ITEM_AFTER_DAY_RE = re.compile(
    r"\s+(?P<item>[a-z]+(?:\s+[a-z]+){0,3})\s*,\s*(?:and\s+)?"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?\s+"
)
_WEEKDAY_EN = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?"
_ITEM_BEFORE_DAY_RE = re.compile(
    r"\s*(?:,\s*)?(?:and|&|plus)\s+(?P<item>[a-z]+(?:\s+[a-z]+){0,2}?|[\u4e00-\u9fff]{1,6})\s+"
    rf"(?:{_WEEKDAY_EN}\s+)?"
)
# What follows the next day of a list of items: its own item, not a clause ("Wed 9/16 I had a
# meeting").
_ITEM_AFTER_RE = re.compile(r"[^,.;:!?()\n]{0,40}")
_WEEKDAY_BEFORE_RE = re.compile(
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?\s+$"
)
# An item with a verb is a clause of its own ("Tue 9/15 his mum came, Thu 9/17 …"); not any
# word ending in -ing, which many romanised names do (Li Ming, Wang Ting, Zhou Ying).
_ITEM_VERB_RE = re.compile(
    r"\b(?:\w{3,}ed|going|doing|having|getting|coming|talking|visiting|checking|calling|went|did|had|met|was|were|is|are|am|be|took|spoke|saw|came|comes|come|"
    r"told|said|left|got|gave|will|would|can|could|i|we|he|she|they|it|then|again)\b"
    r"|[去来查开听找谈打到看聊约见送带陪叫说问]"
)


def _items_listed(low: str, first: DateMention, then: DateMention) -> bool:
    after = _ITEM_AFTER_DAY_RE.fullmatch(low, first.end, then.start)
    if after is not None and _WEEKDAY_BEFORE_RE.search(low, max(0, first.start - 10), first.start):
        item = after.group("item")
    else:
        before = _ITEM_BEFORE_DAY_RE.fullmatch(low, first.end, then.start)
        if before is None:
            return False
        item = before.group("item")
    rest = _ITEM_AFTER_RE.match(low, then.end)
    return _ITEM_VERB_RE.search(item) is None and (
        rest is None or _ITEM_VERB_RE.search(rest.group()) is None
    )


# "个别谈话4人次（5月7日3人、5月19日1人）": each date listed with its own tally.
# "谈心9号俩、12号一个": a Chinese count, 俩 and 仨 without a measure word.
_TALLY_AFTER_RE = re.compile(
    # "周六打了两个": the deed's verb may come between the day and its tally.
    r"\s*(?:又|还)?(?:(?:打|谈|聊|找|约|见|联系|通知)了?)?\s*"
    # "周四两个周五两个": 个 before the next day's name is no "two weeks".
    # 通 counts the calls, one a parent (class: a Taiwan advisor's tally of calls, "禮拜四打了3通").
    r"(?:(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:人次|人|户|位|名|个(?![月星礼周小钟半多]|周[一二三四五六日天])|个(?=周[一二三四五六日天])|家|通(?=电话|[^\u4e00-\u9fff]|$))|([俩仨]))"
)

# "一天俩", "每天两个", "各两个": the same number of people on each of the days.
_PER_DAY_RE = re.compile(
    r"(?:一天|每天|每日|各)\s*(?:(\d{1,2}|[一二两三四五六七八九十])\s*(?:个|位|名|人)|([俩仨]))"
)

_RESPECTIVE_COUNTS_RE = re.compile(
    r"分别[^,;。；]{0,4}?(\d{1,3}\s*(?:名|位|个|人)(?:\s*[、,和]\s*\d{1,3}\s*(?:名|位|个|人))+)"
)

_COUNT_IN_LIST_RE = re.compile(r"(\d{1,3})\s*(?:名|位|个|人)")

# "周二一次周四一次", "9号俩、12号一个": run on in speech with no mark between the items.
_TALLY_JOIN_RE = re.compile(
    # 回 and 趟 as 次: "周二一回今儿一回", "周一一趟、周三一趟".
    r"\s*(?:(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:人次|人|户|位|名|次|回|趟|个|家|通)|[俩仨])"
    r"\s*[、,/和及]?\s*"
    # … with the deed's verb before each tally, listed with 、 (class: a Taiwan advisor's calls,
    # "禮拜一打了2通、禮拜四打了2通"; not "周六谈了5个，周日歇了", a day of its own after a comma).
    r"|\s*(?:打|谈|聊|找|约|见|联系)了?\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:人次|人|位|名|次|个|通(?:电话)?)"
    # "周一打了2通电话给家长、周四打了2通": the call's object after the tally.
    r"(?:给(?:家长|学生|同学|孩子)们?)?"
    r"\s*[、和及]\s*"
    # "周一给2个家长打了电话、周四打了2个": the people counted before the call's verb.
    r"|\s*给\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|位|名)\s*(?:家长|学生|同学|孩子)"
    r"\s*打了?\s*(?:个|通)?\s*电话\s*[、和及]\s*"
)


def _tally_count(found: Found, low: str, dates: list[DateMention], start: int, end: int) -> None:
    """The count a date listed with its own tally gives its activity ("5月7日3人"), or the
    counts listed after 分别 in the order of the days ("周四、周五分别与3名、2名学生谈话")."""
    if found.kind not in COUNTED_KINDS:
        return
    listed = _RESPECTIVE_COUNTS_RE.search(low, start, end)
    if listed is not None:
        counts = _COUNT_IN_LIST_RE.findall(listed.group(1))
        days = [d.day for d in dates if start <= d.start < end and not d.coarse]
        if len(counts) == len(days) and found.day in days:
            found.count, found.explicit_count = int(counts[days.index(found.day)]), True
            return
    each = _PER_DAY_RE.search(low, start, end)
    if each is not None:
        count = cn_to_int(each.group(1) or each.group(2))
        if count is not None:
            found.count, found.explicit_count = count, True
            return
    for d in dates:
        if start <= d.start < end and d.day == found.day:
            tally = _TALLY_AFTER_RE.match(low, d.end)
            count = cn_to_int(tally.group(1) or tally.group(2)) if tally is not None else None
            if count is not None:
                found.count, found.explicit_count = count, True
                return
    if ":" in low[start:end]:
        item = _listed_item_count(low, dates, start, end, found.day)
        if item is not None:
            found.count, found.explicit_count = item, True
            return
    if found.explicit_count and _LATIN_RE.search(low, start, end):
        named = _named_each_day(low, [d for d in dates if start <= d.start < end and not d.coarse])
        if named is not None and sum(named.values()) == found.count and found.day in named:
            found.count = named[found.day]


# One person named in a listed day's item ("禮拜二晤談小王…", "今天又跟班代聊了一下").
_ONE_NAMED_ITEM_RE = re.compile(
    r"(?:跟|和|与|找|约谈|谈话|谈|面谈)了?(?:小[\u4e00-\u9fff](?![\u4e00-\u9fff]?(?:、|和|与|及|们))"
    r"|班长|团支书|学委|学习委员|生活委员|[他她](?!们|家|妈|爸|父|母))"
)

# … but not one of several joined ("找了小李和小赵"): the count is left to the names.
_NAMES_JOINED_RE = re.compile(r"[、和与及]小[\u4e00-\u9fff]")


def _listed_item_count(
    low: str, dates: list[DateMention], start: int, end: int, day: date
) -> int | None:
    """The count of `day`'s own item in a list of days after a colon, each with its talk
    (class: "這禮拜約談了幾位同學：禮拜二晤談小王…、禮拜三跟小張、小李兩位一起談…，今天又跟班代
    聊了一下": 1, 2 and 1, not the note's): a count its item says, or one person named."""
    listed = [d for d in dates if start <= d.start < end and not d.coarse]
    if len(listed) < 2 or low.rfind(":", start, listed[0].start) < 0:
        return None
    for i, d in enumerate(listed):
        if d.day != day:
            continue
        # The mark that parts the items is no name's join ("晤談小林、禮拜三…").
        item = low[d.end : listed[i + 1].start if i + 1 < len(listed) else end].rstrip("、,; ")
        count = details.extract_count(item)
        if count is None and _ONE_NAMED_ITEM_RE.search(item) is not None:
            count = 1 if _NAMES_JOINED_RE.search(item) is None else None
        return count
    return None


# "Tue 9/15 Liu Yang, Thu 9/17 Zhao Min and Chen Xi": the people named after each day of an
# English list, up to the next mark; names joined by "and" or "&".
_EN_ITEM_RE = re.compile(r"\s+([a-z][a-z ]*?(?:\s+(?:and|&)\s+[a-z][a-z ]*?)*)\s*(?=[,.;:()\n]|$)")
_EN_NAMES_JOIN_RE = re.compile(r"\s+(?:and|&)\s+")


def _named_each_day(low: str, listed: list[DateMention]) -> dict[date, int] | None:
    """How many people each day of an English list of dated items names (class: a total told
    before the days, "talks w/ 3 kids … Tue 9/15 Liu Yang, Thu 9/17 Zhao Min and Chen Xi"), or
    None when a day has no item of names."""
    named: dict[date, int] = {}
    for d in listed:
        item = _EN_ITEM_RE.match(low, d.end)
        if item is None or _ITEM_VERB_RE.search(item.group(1)):
            return None
        names = _EN_NAMES_JOIN_RE.split(item.group(1))
        if any(not 1 <= len(name.split()) <= 3 for name in names):
            return None
        named[d.day] = named.get(d.day, 0) + len(names)
    return named if len(named) > 1 else None


# Not a theme denied (class: an ordinary meeting said to have none): "a normal Class Meeting
# (no special theme)", "not themed", "without a theme", "普通班会（无主题）", "没有主题".
_NO_THEME_BEFORE = (
    r"(?<!\bno\s)(?<!\bno\sspecial\s)(?<!\bno\sparticular\s)(?<!\bno\sspecific\s)"
    r"(?<!\bnot\s)(?<!\bwithout\s)(?<!\bwithout\sa\s)(?<!\bwithout\sany\s)"
)
_THEME_HINT_RE = re.compile(
    r"(?<!无)(?<!没有)(?<!非)主题|专题|以[^,]{1,20}?为题|《|"
    + _NO_THEME_BEFORE
    + r"\bthem(?:e|ed|atic)\b"
)


@dataclass(slots=True)
class Found:
    """An activity as the pipeline builds it (mutable while mentions are merged)."""

    kind: str
    day: date
    start: int
    time: time | None = None
    location: str | None = None
    topic: str | None = None
    count: int = 1
    explicit_count: bool = False
    hours: float | None = None
    students: tuple[str, ...] = ()
    #: The index in `RULES` of the words that named it, and its stretch of the (normalised,
    #: lower-case) note: the later stages (documents, duties, plausibility) read them.
    rule: int = -1
    segment: str = ""
    #: False when no date expression dated it (it is then today).
    dated: bool = True


# Words that say an activity is done, not coming.
_DONE_RE = re.compile(
    r"已经?|了|过|完|\b(?:done|held|did|had|went|visited|called|met|talked|rang|phoned|spoke"
    r"|chatted|texted|emailed|messaged)\b"
)


def _drop_mentions_again(
    low: str, matches: list[_Match], dates: list[DateMention], bounds: list[int]
) -> list[_Match]:
    """A second word for the activity just named, in its clause and with no date between,
    or inside the dated list it opens ("home visits: May 1 Wang's family, May 3 ..."), or
    in what the visit found (`_found_as`), is the same activity, not a new one."""
    kept: list[_Match] = []
    for m in matches:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.kind == m.kind
            and RULES[last.rule_index].document == RULES[m.rule_index].document
            and (
                (":" in low and _LIST_COLON_RE.match(low, last.end) is not None)
                or (
                    last.clause == m.clause
                    and not any(last.end <= d.start < m.start for d in dates)
                    # "…去查寝了 救命 女生寝室明晚再去": a day of its own right after it.
                    and not any(d.start == m.end for d in dates)
                )
                or _found_as(low, m, bounds, dates)
            )
        ):
            continue
        kept.append(m)
    return kept


# What the visit found, said of the place in a clause of its own (class: the finding, not a
# second visit): "走访了本班宿舍。…，宿舍卫生和用电安全情况良好".
FINDING_WORDS: tuple[str, ...] = (
    "良好", "不错", "正常", "干净", "整洁", "合格", "达标", "较差", "欠佳", "堪忧",
)  # fmt: skip
_FINDING_RE = re.compile("|".join(FINDING_WORDS))
# A deed or a day in the clause makes it a visit of its own.
_OWN_DEED_RE = re.compile(r"了|过|去|到|查|看|走访|检查")


def _found_as(low: str, m: _Match, bounds: list[int], dates: list[DateMention]) -> bool:
    cs, ce = bounds[m.clause] + 1, bounds[m.clause + 1]
    return (
        _FINDING_RE.search(low, m.end, ce) is not None
        and _OWN_DEED_RE.search(low, cs, ce) is None
        and not any(cs <= d.start < ce for d in dates)
    )


# A note that makes up for a record forgotten: "…忘了记", "当时忘记记了，现在补上", "补一个".
_FORGOT_RE = re.compile(
    r"忘(?:了|记)(?:记|说|发|写|报|登)|忘记了?(?:记|说|发|写)|补一个|补一条|现在补上"
)
# After an activity, the deed done next: "班会完了 又叫班委…", "开完班会以后又…", "…晚黑又去…".
_THEN_AGAIN_RE = re.compile(
    r"\s*(?:完了?|(?:以|之)?后|结束了?(?:以后|后)?)?\s*[^,.;!?。；]{0,4}?(?:又|顺便|顺带)"
)


def _drop_told_as_the_time(low: str, matches: list[_Match]) -> list[_Match]:
    """In a note making up for a forgotten record, an activity told as what came before the
    forgotten one ("上周五开完班会晚黑又去寝室转了哈，忘了记，补一个") is its time: that one was
    recorded already; only the deed after it is new (class: the forgotten one's time)."""
    dropped = {
        i
        for i, (m, nxt) in enumerate(zip(matches, matches[1:], strict=False))
        if nxt.kind != m.kind
        # 开完班会, 查完自习, 班会完了, 班会后: the activity over before the next one.
        and (
            "完" in low[max(0, m.start - 1) : m.end]
            or low.startswith(("完", "后", "以后", "之后", "结束"), m.end)
        )
        and (then := _THEN_AGAIN_RE.match(low, m.end, nxt.start)) is not None
        and then.end() <= nxt.start
    }
    return [m for i, m in enumerate(matches) if i not in dropped] if dropped else matches


# "上次班会之后": the one before, named as the time of what came after it.
_THE_ONE_BEFORE_RE = re.compile(r"(?:那次|上次|上回|那回|头回)的?$")
_AFTER_IT_RE = re.compile(r"\s*(?:之后|以后|后|过后)")


def _drop_the_one_before(low: str, matches: list[_Match]) -> list[_Match]:
    """An activity named as the one before ("上次班会之后，今天找了两个同学谈心") with another
    activity told after it is that one's time, recorded when it was done (class: nothing
    counted twice)."""
    return [
        m
        for i, m in enumerate(matches)
        if not (
            i + 1 < len(matches)
            and _THE_ONE_BEFORE_RE.search(low, max(0, m.start - 4), m.start)
            and _AFTER_IT_RE.match(low, m.end)
        )
    ]


# "这周的听课补上了，周三上午听的实变函数": the second mention says which day (and what) the
# first was, unless it says again or the first counts several (听了三次课).
_AGAIN_OR_TIMES_RE = re.compile(
    r"又|再|也|还|[两二三四五六七八九十几\d]\s*(?:次|节|回|趟|个|位|名|人)"
)


def _told_then_dated(
    low: str, bounds: list[int], matches: list[_Match], dates: list[DateMention], today: date
) -> list[_Match]:
    """Without a mention that the same kind's mention in the next clause dates: the first's
    clause names no day (a week or a month at most), the next names one in that span. Not
    when the first is told done and the next's day is still to come (class: a deed done, the
    same kind planned: "Rang Li's dad. Video call with Wang's mum set for Tuesday week")."""
    dropped: set[int] = set()
    for i, (m, nxt) in enumerate(zip(matches, matches[1:], strict=False)):
        if nxt.kind != m.kind or nxt.clause != m.clause + 1:
            continue
        cs, ce, ne = bounds[m.clause] + 1, bounds[m.clause + 1], bounds[nxt.clause + 1]
        own = [d for d in dates if cs <= d.start < ce]
        day = next((d for d in dates if ce < d.start < ne and not d.coarse), None)
        if (
            day is not None
            and all(d.coarse and abs((d.day - day.day).days) < 31 for d in own)
            and not _AGAIN_OR_TIMES_RE.search(low, cs, ne)
            and not (day.day > today and _DONE_RE.search(low, cs, ce))
        ):
            dropped.add(i)
    return [m for i, m in enumerate(matches) if i not in dropped] if dropped else matches


def _in_book_title(low: str, m: _Match) -> bool:
    opening = low.rfind("《", 0, m.start)
    return opening >= 0 and low.find("》", opening, m.start) == -1 and low.find("》", m.end) != -1


def _drop_titles_of_others(low: str, matches: list[_Match]) -> list[_Match]:
    """A word inside a 《…》 title names the activity beside it in its clause ("听了一节《数学建模》"
    is a lesson, not a modelling contest); alone in its clause ("参加了《挑战杯》") it stays."""
    inside = [_in_book_title(low, m) for m in matches]
    return [
        m
        for m, titled in zip(matches, inside, strict=True)
        if not titled
        or not any(o.clause == m.clause and not t for o, t in zip(matches, inside, strict=True))
    ]


# What follows a day in a list of the days' counts: "礼拜二两个", "周四 1人（转专业咨询）",
# "今天聊了2个" (used with .match from the day's end to the clause's end).
# On a phone the item may run on after a space ("礼拜四两个 都是冇找到工作的").
_DAY_ITEM_RE = re.compile(
    r"\s*(?:又|也|再)?(?:聊|谈|打|联系|找)?(?:了)?\s*(?P<n>[\d一二两三四五六七八九十几]{1,3})\s*(?:个|人次|人|位|名|通|次)"
    r"\s*(?:[(（][^)）]{0,20}[)）])?(?:\s*$|\s+(?=[\u4e00-\u9fff]))"
)

# What may open such an item before its day: a filler of speech ("嗯周六打了两个"), or "one
# (of them) was" before the day alone ("给两位家长打过电话，一个是10月3号，一个是10月5号").
_ITEM_FILLER_RE = re.compile(r"\s*(?:(?:嗯|呃|啊|然后|其中)\s*)*")
_ONE_WAS_RE = re.compile(r"\s*(?:另|还有)?一(?:个|位|名|次)(?:是|在)\s*")


# "two on Monday, two today", "one on Tuesday and two on Thursday": an English tally told
# before each day (the Chinese tally follows its day, `_DAY_ITEM_RE`).
_EN_TALLY_BEFORE_RE = re.compile(
    rf"(?:^|[\s,;:(–-]|\band\s)(?P<n>{EN_NUM})\s+(?:(?:more|other)\s+)?"
    r"(?:(?:parents?|students?|famil(?:y|ies)|mums?|moms?|dads?|of\s+them|calls?)\s+)?(?:on\s+|were\s+on\s+)?$"
)


def _english_day_tallies(
    low: str, m: _Match, dates: list[DateMention], end: int
) -> list[tuple[int, int]]:
    """(date start, count) of the days after an English talk or call, each told with its
    tally ("rang four families this week - two on monday, two today"), in order."""
    tallies: list[tuple[int, int]] = []
    # The first tally may come before the activity's word ("called two parents on monday").
    since = max(0, m.start - 12)
    for d in dates:
        if not m.end <= d.start < end or d.coarse:
            continue
        before = _EN_TALLY_BEFORE_RE.search(low, max(since, d.start - 40), d.start)
        since = d.end
        n = None if before is None else en_to_int(before.group("n"))
        if n is None or n < 1:
            return tallies if len(tallies) > 1 else []
        tallies.append((d.start, n))
    return tallies


def _with_day_items(
    low: str,
    bounds: list[int],
    matches: list[_Match],
    dates: list[DateMention],
    counts: dict[int, int],
) -> list[_Match]:
    """Talks and calls told as a list of days and counts, each in a clause or on a line of its
    own after the activity ("上礼拜打了几通电话给家长，礼拜二两个，礼拜四一个"; "#谈心 本周\n周二
    2人\n周四 1人"): one activity a day. The first day dates the activity itself when its own
    clause names no day (only a week, or nothing), the others are added. `counts` gets each
    day's own count, by the start of the mention it dates ("礼拜二两个" is 2, "一个是…" 1)."""
    if len(dates) < 2:
        return matches
    taken = {m.clause for m in matches}
    added: list[_Match] = []
    for i, m in enumerate(matches):
        if m.kind not in COUNTED_KINDS:
            continue
        if low[m.start].isascii():
            end = matches[i + 1].start if i + 1 < len(matches) else len(low)
            tallies = _english_day_tallies(low, m, dates, end)
            if len(tallies) > 1:
                counts[m.start] = tallies[0][1]
                added += [_Match(s, s, m.rule_index, m.clause, m.kind) for s, _ in tallies[1:]]
                counts.update(tallies[1:])
            continue
        nxt = matches[i + 1].clause if i + 1 < len(matches) else len(bounds) - 1
        items: list[tuple[int, int, int | None]] = []
        for clause in range(m.clause + 1, nxt):
            cs, ce = bounds[clause] + 1, bounds[clause + 1]
            day = next((d for d in dates if cs <= d.start < ce and not d.coarse), None)
            item = None if day is None else _DAY_ITEM_RE.match(low, day.end, ce)
            if day is None or clause in taken:
                count = None
            elif item is not None and _ITEM_FILLER_RE.fullmatch(low, cs, day.start):
                count = cn_to_int(item.group("n")) or 0
            elif _ONE_WAS_RE.fullmatch(low, cs, day.start) and not low[day.end : ce].strip():
                count = 1
            else:
                count = None
            if day is None or count is None:
                if items:
                    break  # the list has ended
                continue
            items.append((clause, day.start, count or None))
        if len(items) < 2:
            continue
        ms, me = bounds[m.clause] + 1, bounds[m.clause + 1]
        if not any(ms <= d.start < me and not d.coarse for d in dates):
            if items[0][2]:
                counts[m.start] = items[0][2]
            items = items[1:]
        added += [_Match(start, start, m.rule_index, clause, m.kind) for clause, start, _ in items]
        counts.update((start, n) for _, start, n in items if n)
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)


def _boundary(low: str, a: _Match, b: _Match, bounds: list[int], dates: list[DateMention]) -> int:
    """Where the text of activity `a` ends and that of the next activity `b` begins."""
    lo = bisect.bisect_left(bounds, a.end)
    hi = bisect.bisect_left(bounds, b.start)
    if hi > lo:
        cut = bounds[hi - 1]  # the last clause break between them
        if hi - 2 >= lo and (
            _opens_item(low, bounds[hi - 2], cut, dates)
            # "1. 周一找小王谈心\n2. 同一天…": the next item's number is not this one's count.
            or (low[cut] == "." and _ITEM_NUMBER_RE.fullmatch(low, bounds[hi - 2] + 1, cut))
        ):
            return bounds[hi - 2]
        return cut
    between = [d for d in dates if a.end <= d.start < b.start]
    if between:
        # "held a class meeting on Monday and talked with 3 students today": in English a
        # date follows its activity, so an "and" after it (and before any other date) ends it.
        joint = _EN_SOFT_SEP_RE.search(low, between[0].end, b.start)
        if joint is not None and all(d.start < joint.start() for d in between):
            return joint.start()
        return between[0].start
    last_soft = None
    for m in _SOFT_SEP_RE.finditer(low, a.end, b.start):
        last_soft = m.start()
    if last_soft is not None:
        return last_soft
    if b.kind in COUNTED_KINDS:
        # "班会后单独留了3个同学谈话": the people talked to come before the talk's word.
        opener = _TALK_OPENER_RE.search(low, a.end, b.start)
        if opener is not None:
            return opener.start()
    return b.start


# "Mon 15th, dorm visits; Wed 17th, one parent was called": a date alone between an item's
# end (";", ".") and a comma or a colon opens the next item ("class meeting, Monday; dorm
# visit, Wednesday" keeps each date with the item before it: there the comma comes first).
_ITEM_END_CHARS = frozenset(";.\n")

_ITEM_HEAD_CHARS = frozenset(",:")

_LONE_DATE_GAP_RE = re.compile(r"\s*(?:on\s+)?")


def _opens_item(low: str, before: int, cut: int, dates: list[DateMention]) -> bool:
    if low[before] not in _ITEM_END_CHARS or low[cut] not in _ITEM_HEAD_CHARS:
        return False
    lone = next((d for d in dates if before < d.start and d.end <= cut), None)
    return (
        lone is not None
        and _LONE_DATE_GAP_RE.fullmatch(low, before + 1, lone.start) is not None
        and (lone.end == cut or low[lone.end : cut].isspace())
    )


# A list item's number alone between two breaks ("\n2." of "…谈心\n2. 同一天…").
_ITEM_NUMBER_RE = re.compile(r"\s*\d{1,2}\s*")

# Words that open the part of a clause saying whom a talk or a call was with.
_TALK_OPENER_RE = re.compile(r"单独|分别|逐一|挨个|和|跟|与|找|约|给|留了?")


def _pick_date(
    dates: list[DateMention],
    seg_start: int,
    seg_end: int,
    anchor: int,
    bounds: list[int],
    today: date,
    low: str,
    later_deeds: Sequence[tuple[int, int, bool]] = (),
    carries: Callable[[int, int], bool] | None = None,
    openers: Sequence[tuple[int, int]] = (),
) -> int | None:
    """The index in `dates` of the date of the activity at `anchor` (None: no date, today).

    A coming date after the activity's text is not the date of one its text says is done
    ("班会已开，查寝明天去": the meeting was held today), nor of one whose next activity it
    comes before in that activity's clause ("查寝，明天要开班会": tomorrow is the meeting's).
    In a work report only a date that `carries` to the anchor dates it (`report.Report`).
    `openers` are the gaps (from the end of the deed before, to the word) of the later deeds
    of this clause that are of another kind or told again: a coming day in one is that
    deed's, told with no break before it ("晚上查寝明天还要找学生谈话", "上午听课然后找了两个
    学生谈话明天还要给家长打电话", "晚上查寝明天夜里再去看看"; "查寝明天去" is one visit)."""
    clause = bisect.bisect_left(bounds, anchor) - 1
    kept: Sequence[int] = range(len(dates))
    if carries is not None:
        kept = [i for i, d in enumerate(dates) if carries(d.start, anchor)]
    if " who " in low or " that " in low or "since " in low:
        kept = [i for i in kept if not _their_lapse_day(low, dates[i], anchor)]
    if EARLIER_GATE_RE.search(low) and any(_earlier_ones_day(low, d, anchor) for d in dates):
        kept = [i for i in kept if not _earlier_ones_day(low, dates[i], anchor)]
    inside = [
        i
        for i in kept
        if seg_start <= (d := dates[i]).start < seg_end
        and not (_reported(low, anchor, d.start, bounds) and not _tallied_item(low, d))
        and not _on_todo_line(low, d.start, anchor)
        and not _their_day(low, anchor, d.start, bounds, d.end)
        and not _fell_through_day(low, anchor, d.start, d.end, bounds)
        # "通了电话，约好下个月再沟通一次": a coming week or month in another clause is a
        # follow-up's, not this activity's.
        and not (d.coarse and d.day > today and bisect.bisect_left(bounds, d.start) - 1 != clause)
        and not _coming_before_done(low, d, clause, bounds, today)
        and not _coming_after_done(low, d, anchor, clause, bounds, today)
        and not _told_coming_day(low, d, anchor, today)
        and not _planned_at_done(low, d, anchor, clause, bounds, today)
        and not _opens_a_later_item(low, d, anchor)
        and not (d.start > anchor and _heads_the_next_sentence(low, anchor + 1, d, later_deeds))
        and not _original_day(low, d, seg_end)
        and not _anothers_new_day(low, d, anchor, clause, bounds)
        and not _later_deeds_old_day(low, d, anchor, clause, bounds)
        and not _talked_of_days_day(low, d, anchor)
        and not _no_deeds_day(low, d, anchor, today)
    ]
    if inside and all(_across_a_sentence_end(low, dates[i], anchor) for i in inside):
        # A diary's entries, each day heading its sentence ("21日，开班委会。22日，找王同学谈话"):
        # the day before the deed in its own sentence, not the next sentence's.
        own = [
            i
            for i in _dates_before(dates, kept, seg_start, anchor, clause, bounds, today, low)
            if not _across_a_sentence_end(low, dates[i], anchor)
        ]
        if own:
            return own[-1]
    if inside:
        same = [i for i in inside if bisect.bisect_left(bounds, dates[i].start) - 1 == clause]
        if any(not dates[i].coarse for i in same):
            same = [i for i in same if not dates[i].coarse]  # "这个月查了三次寝：3号、12号"
        elif same:
            # "上周听了三次课，周二周三周五": days named after a whole week, in a clause of their
            # own, say which days of it.
            later = [i for i in inside if not dates[i].coarse and dates[i].start > anchor]
            if later:
                return later[0]
        if same:
            return min(same, key=lambda i: abs(dates[i].start - anchor))
        if any(not dates[i].coarse for i in inside):
            inside = [i for i in inside if not dates[i].coarse]
        return min(
            inside, key=lambda i: min(abs(dates[i].start - anchor), abs(dates[i].end - anchor))
        )
    before = _dates_before(dates, kept, seg_start, anchor, clause, bounds, today, low)
    if before:
        return before[-1]
    if _ASIDE_RE.match(low, seg_end):
        return None  # "11月的工作记录表交了。另外上周五开了班会": the later date is the aside's
    for i in kept:
        d = dates[i]
        if (
            _no_deeds_day(low, d, anchor, today)
            or _anothers_new_day(low, d, anchor, clause, bounds)
            or _talked_of_days_day(low, d, anchor)
            or _later_deeds_old_day(low, d, anchor, clause, bounds)
        ):
            continue
        if d.start >= seg_end and not _their_day(low, anchor, d.start, bounds, d.end):
            # "下午挨个儿宿舍溜达。明儿再给家长打个电话": a coming day after the sentence's
            # end is the next sentence's, not carried back to a deed told before it.
            if d.day > today and _SENTENCE_END_RE.search(low, seg_end - 1, d.start):
                return None
            # A day heading the next sentence, with a deed of its own there, is that deed's
            # ("查寝了。昨天去教室听了课": the visit is today's).
            if _heads_the_next_sentence(low, seg_end, d, later_deeds):
                return None
            # A day past opens only a repeat ("刚查完寝，上周五也去了一次": last Friday's is the
            # second visit; "大创那几个孩子，礼拜三晚上帮着改申报书" is Wednesday's work).
            opened = later_deeds if d.day > today else _repeats(low, later_deeds)
            if _opens_later(d, opened, bounds, openers if d.day > today else ()):
                return None
            done = d.day > today and _DONE_RE.search(low, seg_start, seg_end) is not None
            return None if done else i
    return None


_SENTENCE_END_RE = re.compile(r"[。！？!?;；\n]")

# A day to come told after a deed as free, or as what someone said (class, issue 17, round 16:
# "…跨年活动 … 明天冇事 后天礼拜六…", "一个在高铁上一个说明天到"): no deed's day.
_NO_DEEDS_DAY_RE = re.compile(
    r"\s*(?:都|也|就|还)?(?:没|冇|无)(?:什么|啥|么子)?(?:事|课|安排)|\s*有空"
)
_SAID_BEFORE_RE = re.compile(r"(?:[他她个]|家长|同学)说$")


def _no_deeds_day(low: str, d: DateMention, anchor: int, today: date) -> bool:
    """Whether `d`, a day to come after the deed at `anchor`, is told as free ("明天冇事") or
    is what someone said ("一个说明天到"), so it dates no deed before it."""
    return (
        d.start > anchor
        and d.day > today
        and (
            _NO_DEEDS_DAY_RE.match(low, d.end) is not None
            or _SAID_BEFORE_RE.search(low, max(0, d.start - 3), d.start) is not None
        )
    )


# "班会本来在明天，改到下周一": the day first fixed, then the one it was moved to; the day it
# was moved from ("班委会从周五提前到明天", "moved from Friday to tomorrow", class: a move's
# old day is no day of the deed).
_ORIGINAL_BEFORE_RE = re.compile(
    r"(?:本来|原来|原本|原定|本应|本该|原计划)\s*(?:是|在|定在|定于|定的)?\s*$"
)
_MOVED_TO_RE = re.compile(
    r"(?:改|挪|推|调|延|移|换)(?:迟|期)?(?:到|在|成)|提前(?:到|至)"
    r"|\b(?:moved|pushed|rescheduled|postponed|shifted)\s+to\b"
)
# A day named right after a move's verb: "改到周五", "推到下礼拜二", "改到12号".
_A_DAY_NEXT_RE = re.compile(
    r"\s*了?\s*(?:(?:下个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天1-7]|今|明|后天|大后天"
    r"|\d{1,2}\s*(?:[号日]|[月./]\s*\d)|[一二三四五六七八九十]{1,3}\s*[号日])"
)
# "… from Friday to tomorrow": the new day right after the old one.
_FROM_DAY_TO_RE = re.compile(r"[^.;!?。；\n]{0,12}?\s(?:to|till|until)\s")


def _original_day(low: str, d: DateMention, seg_end: int) -> bool:
    """Whether `d` is the day first fixed, with the day it was moved to told after it."""
    # (a cheap look at the words just before first: most dates have neither "from" nor 从)
    if low.find("from", max(0, d.start - 6), d.start) >= 0 and MOVED_FROM_BEFORE_RE.search(
        low, max(0, d.start - 40), d.start
    ):
        return _FROM_DAY_TO_RE.match(low, d.end) is not None
    if low.startswith("的", d.end):
        # "这周三的班会因为学院开会改到周五了": the day naming the meeting, moved to another
        # day later in its stretch (class: the old day as the meeting's name, a reason between).
        moved = _MOVED_TO_RE.search(low, d.end, seg_end)
        return moved is not None and _A_DAY_NEXT_RE.match(low, moved.end()) is not None
    return (
        low.find("从", max(0, d.start - 2), d.start) >= 0
        or _ORIGINAL_BEFORE_RE.search(low, max(0, d.start - 8), d.start) is not None
    ) and _MOVED_TO_RE.search(low, d.end, seg_end) is not None


# A talk's verb with the day of what it was about right after: "跟班长聊了聊昨天的班会",
# "和团支书谈了谈周五的班委会", "讨论了上周的事".
_TALK_OF_DAY_BEFORE_RE = re.compile(
    r"(?:聊了?聊|谈了?谈|说了?说|聊了|谈了|讨论了|商量了|沟通了|复盘了)(?:一下|下)?\s*$"
)

# "昨天的班会", "昨天查寝的情况": the day's matter named, a 的 within a word or two.
_TOPIC_AFTER_DAY_RE = re.compile(r"[^\s,.;!?。；！？了]{0,4}?的")


def _talked_of_days_day(low: str, d: DateMention, anchor: int) -> bool:
    """Whether `d` is the day of what a talk told before it was about ("跟班长聊了聊昨天的班会":
    class: a day with 的 as the talk's object, its topic's day), not the talk's own."""
    return (
        d.start > anchor
        and _TOPIC_AFTER_DAY_RE.match(low, d.end) is not None
        and _TALK_OF_DAY_BEFORE_RE.search(low, max(0, d.start - 6), d.start) is not None
    )


# The verb a moved day comes right after: "班会改到周五", "提前到下周一了".
_MOVED_TO_END_RE = re.compile(
    r"(?:(?:改|挪|推|调|延|移|换)(?:迟|期)?(?:到|在|成)|提前(?:到|至))了?\s*$"
)


def _sentence_end(low: str, at: int) -> int:
    """Where the sentence holding `at` ends."""
    stop = _SENTENCE_END_RE.search(low, at)
    return len(low) if stop is None else stop.start()


def _later_deeds_old_day(
    low: str, d: DateMention, anchor: int, clause: int, bounds: list[int]
) -> bool:
    """Whether `d` names a later deed of another clause by the day it was moved from: "查寝，
    这周三的班会，因为学院要开会，改到周五了" (class: a move's old day dates no deed before it)."""
    return (
        d.start > anchor
        and low.startswith("的", d.end)
        and bisect.bisect_left(bounds, d.start) - 1 != clause
        and _original_day(low, d, _sentence_end(low, d.end))
    )


# A clause of the reason before a move: "结果课室被学院借走了", "因为学院要开会".
_BECAUSE_OPENS_RE = re.compile(r"\s*(?:因为|由于|因|结果|但是?|可是|不过|所以)")


def _anothers_new_day(
    low: str, d: DateMention, anchor: int, clause: int, bounds: list[int]
) -> bool:
    """Whether `d` is the day another deed, named in a later clause, was moved to: "查寝，班会改到
    周五" (class: a move's new day is its own deed's, not the one told before it), the dorm
    visit today's; not "查寝，改到周五" (the visit moved, told with no deed of its own)."""
    if d.start <= anchor:
        return False
    its_clause = bisect.bisect_left(bounds, d.start) - 1
    if its_clause == clause:
        return False
    moved = _MOVED_TO_END_RE.search(low, max(bounds[its_clause] + 1, d.start - 8), d.start)
    # The deed moved is in the move's clause ("班会改到周五") or in a clause between
    # ("查寝，这周三的班会，改到周五了吗").
    return moved is not None and (
        bool(low[bounds[its_clause] + 1 : moved.start()].strip())
        or any(
            _BECAUSE_OPENS_RE.match(low, bounds[k] + 1) is None
            for k in range(clause + 1, its_clause)
        )
    )


def _heads_the_next_sentence(
    low: str, seg_end: int, d: DateMention, later: Sequence[tuple[int, int, bool]]
) -> bool:
    """Whether the day `d`, after a sentence end past the activity's text, comes before a later
    deed of its own sentence."""
    if (
        _SENTENCE_END_RE.search(low, seg_end - 1, d.start) is None
        # (endpos past the day's first letter: the English end looks ahead at it)
        and _EN_SENTENCE_END_RE.search(low, seg_end - 1, d.start + 1) is None
    ):
        return False
    ends = (_SENTENCE_END_RE.search(low, d.end), _EN_SENTENCE_END_RE.search(low, d.end))
    end = min((s.start() for s in ends if s is not None), default=len(low))
    return any(d.end <= start < end for start, _, _ in later)


# "Today called the guardians of 3 students who were absent for the quiz on Wednesday. For
# the Russian boy I spoke to the mother": the day closing a relative clause of the students'
# lapse is not carried into the next sentence (class: a day of what the students did wrong);
# in its own sentence it dates the deed ("called a student who skipped class on Monday").
_WHO_LAPSED_BEFORE_RE = re.compile(
    r"\b(?:who|that)\s+(?:were\s+|was\s+|had\s+been\s+|had\s+|have\s+|all\s+)?"
    r"(?:absent|late|missing|missed|skipped|failed|bunked|cut|came\s+late|turned\s+up\s+late"
    r"|(?:didn'?t|did\s+not)\s+(?:come|attend|turn\s+up|show\s+up|return|sit))\b[^.;!?\n]*$"
)


# "he has had high fever since the day before yesterday": the day a state began (class: a day
# after "since" dates no deed of a later sentence: "… I have informed his father" is today's).
_SINCE_BEFORE_RE = re.compile(r"\bsince\s+(?:last\s+)?$")


def _their_lapse_day(low: str, d: DateMention, anchor: int) -> bool:
    return (
        anchor > d.end
        # (from its start: an English date may hold the full stop after it)
        and _EN_SENTENCE_END_RE.search(low, d.start, anchor) is not None
        and (
            _WHO_LAPSED_BEFORE_RE.search(low, max(0, d.start - 60), d.start) is not None
            or _SINCE_BEFORE_RE.search(low, max(0, d.start - 11), d.start) is not None
        )
    )


def _earlier_ones_day(low: str, d: DateMention, anchor: int) -> bool:
    """Whether the date `d`, after the deed at `anchor`, is the day of an earlier one the deed
    makes up (class: put off and made up, `notdone.MADE_UP`): "did the 查寝 i skipped fri",
    "开了班会，补上礼拜那个" are today's deeds, and so is a deed told after them; not "周三那次班会"
    (the day of the deed named)."""
    del anchor  # the earlier one's day is no deed's, before or after it
    return (
        EARLIER_DAY_BEFORE_RE.search(low, max(0, d.start - 40), d.start) is not None
        or EARLIER_DAY_AFTER_RE.match(low, d.end) is not None
    )


# "again" at or just before a repeat's word ("再去看看"): a visit of its own.
_AGAIN_AT_RE = re.compile(r"[再又]")


def _openers(low: str, matches: list[_Match], i: int) -> list[tuple[int, int]]:
    """The gaps (end of the deed before, start of the word) of the deeds after `matches[i]` in
    its clause that are another step: another kind, or the same told again ("再去看看"; not
    the bare "去" of "查寝明天去", one visit), told in Chinese."""
    m = matches[i]
    gaps: list[tuple[int, int]] = []
    for j in range(i + 1, len(matches)):
        before, n = matches[j - 1], matches[j]
        if n.clause != m.clause:
            break
        if (
            n.kind != m.kind or _AGAIN_AT_RE.search(low, max(0, n.start - 1), n.start + 1)
        ) and _LATIN_RE.search(low, before.end, n.start) is None:
            # In English a day follows its deed: "check the dorms on Friday and … hold …".
            gaps.append((before.end, n.start))
    return gaps


def _dates_before(
    dates: list[DateMention],
    kept: Sequence[int],
    seg_start: int,
    anchor: int,
    clause: int,
    bounds: list[int],
    today: date,
    low: str,
) -> list[int]:
    """The indexes (of those `kept`) of the dates before the activity's text that may be its
    date."""
    return [
        i
        for i in kept
        # "on Tuesday," ends after the break it carries: it still comes before. A coming week
        # or month there ("定了下个月的团日活动，完了去宿舍转了一圈") is what was planned.
        if (d := dates[i]).start < seg_start
        and not _reported(low, anchor, d.start, bounds)
        and not _their_day(low, anchor, d.start, bounds)
        and not (d.coarse and d.day > today)
        and not _on_todo_line(low, d.start, anchor)
        and not _coming_before_done(low, d, clause, bounds, today)
    ]


def _across_a_sentence_end(low: str, d: DateMention, anchor: int) -> bool:
    """Whether a full stop stands between the date `d` and the deed at `anchor`."""
    if d.start > anchor:
        return _SENTENCE_END_RE.search(low, anchor, d.start) is not None
    return _SENTENCE_END_RE.search(low, d.end, anchor) is not None


def _repeats(low: str, later: Sequence[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The later activities told as a repeat of one before (又去了一次, 也去了一趟)."""
    return [deed for deed in later if REPEAT_RE.match(low, deed[0]) is not None]


def _opens_later(
    d: DateMention,
    later: Sequence[tuple[int, int, bool]],
    bounds: list[int],
    openers: Sequence[tuple[int, int]] = (),
) -> bool:
    """Whether `d` is a later activity's day: it comes before that activity's word in the
    word's clause (class: a coming day told before a later deed, "打电话给他爸爸，明天我找他
    谈谈"; not only the next deed's: "去宿舍看了 … 就打电话给他家长了 … 明天要找他谈一下"),
    or inside the words of one ("有个同学病了 明天要找他谈一下"). `later` holds the later
    activities' (start, end, in a clause of their own); one in this activity's clause is
    this deed's repeat, whose day is taken only from inside its words, unless the day lies
    in the gap before one of `openers` (class: a run-on note typed with no break, where a
    plan's day told after a bare deed leaked back to it: "晚上查寝明天还要找学生谈话")."""
    if any(gap <= d.start < start for gap, start in openers):
        return True
    clause = bisect.bisect_left(bounds, d.start)
    return any(
        (own_clause and d.start < start and clause == bisect.bisect_left(bounds, start))
        or start < d.start < end
        for start, end, own_clause in later
    )


# A numbered list's item label right before a date: "… 培训了6个小时 3. 11.28 周六给小王…".
_ITEM_LABEL_BEFORE_RE = re.compile(r"(?:^|[\s:,;])\d{1,2}\s*[.、)]\s*$")


def _opens_a_later_item(low: str, d: DateMention, anchor: int) -> bool:
    """Whether `d` opens a list item after the one of the activity at `anchor` (class: the weekly
    list, "2. 11.27 学校班主任培训，培训了6个小时 3. 11.28 …"): that item's day, not this one's."""
    return (
        d.start > anchor
        and _ITEM_LABEL_BEFORE_RE.search(low, max(anchor, d.start - 6), d.start) is not None
    )


# A deed said to be done in its clause: "已去宿舍", "去宿舍送了巧克力", "转了一圈", "聊了聊";
# "talked", "went", "dropped by". Not 了 before what comes next ("考完了去宿舍看看", "了再").
_DONE_DEED_RE = re.compile(
    r"已经?(?=[去到找跟和把打开查听看陪送带叫])|(?<=[去到查听看陪送带找开谈聊])过"
    r"|(?<=[\u4e00-\u9fff])了(?![去再就后以之来])"
    r"|\b(?:(?!need|feed|seed|speed|scheduled|planned)[a-z]{2,}ed|went|did|had|met|took|spoke"
    r"|saw|sat|rang|held|gave|made|brought|caught|led|ran)\b"
)


# An item's number and its mark ("2) ", "2. ", "2、"), and the next one's at a stretch's end.
_MARKED_ITEM_NUMBER_RE = re.compile(r"(?:^|(?<=[\s,;。；]))\(?(\d{1,2})\s*[).、]\s*")


def _last_item_number(low: str, start: int, end: int) -> re.Match[str] | None:
    """The last item number with its mark in [start, end)."""
    found = None
    for found in _MARKED_ITEM_NUMBER_RE.finditer(low, start, end):  # noqa: B007
        continue
    return found


def _before_next_item_number(low: str, m: _Match, seg_end: int) -> int:
    """Where the stretch of `m` ends without the next item's number, which the clause break
    at its mark leaves at its end (class: a numbered list's next number is no count: "1) 查寝
    2) 谈心 3) 开班会" is one talk, not three)."""
    if seg_end >= len(low):
        return seg_end
    last = _last_item_number(low, max(m.end, seg_end - 5), seg_end + 1)
    if last is None or last.start() >= seg_end or last.end() < seg_end:
        return seg_end
    own = _last_item_number(low, max(0, m.start - 30), m.start)
    if own is None or int(own.group(1)) + 1 != int(last.group(1)):
        return seg_end
    return last.start()


def _later_deeds_day(d: DateMention, m: _Match, later: list[_Match], bounds: list[int]) -> bool:
    """Whether `d`, told in a clause after the document handed in at `m`, is the day of a
    deed of that clause (class: a form handed in takes no day of a deed told after it)."""
    if not RULES[m.rule_index].document or d.start < bounds[m.clause + 1]:
        return False
    clause = bisect.bisect_left(bounds, d.start) - 1
    return any(n.clause == clause and not RULES[n.rule_index].document for n in later)


def _coming_before_done(
    low: str, d: DateMention, clause: int, bounds: list[int], today: date
) -> bool:
    """Whether `d` is a coming day in a clause before the activity's `clause`, which says its
    deed is done: the day is the event's or the other person's ("明天要迎检，晚上去宿舍转了
    一圈", "Li is leaving tomorrow, so I talked with him"), not the deed's."""
    return (
        d.day > today
        and d.start < bounds[clause]
        and _DONE_DEED_RE.search(low, bounds[clause] + 1, bounds[clause + 1]) is not None
    )


def _planned_at_done(
    low: str, d: DateMention, anchor: int, clause: int, bounds: list[int], today: date
) -> bool:
    """Whether `d` is a coming time named after the activity at `anchor` as what was discussed
    or arranged there (`planned_subject`), in a clause that tells the deed as done:
    "班会上布置了五月份的几项工作" was today's meeting ("确定了周五开班会" is Friday's)."""
    return (
        d.day > today
        and d.start > anchor
        and (
            # English names the deed planned itself ("the party sorted for the 30th", "halls
            # check pencilled in for tomorrow"), not what a meeting planned.
            planned_subject(low, d.start, english=False)
            # "班委会开了一下，商量团日活动的事，初步想着四月中旬去大雁塔": an idea put forward
            # there, in a later clause (class: the day of what was only thought of).
            or (
                bisect.bisect_left(bounds, d.start) - 1 != clause
                and _IDEA_BEFORE_RE.search(low, max(0, d.start - 8), d.start) is not None
            )
            # "班委会上谈了下周的安排": a coming time qualifying what was talked of there
            # (class: a topic's day is not the meeting's).
            or (
                _TALKED_OF_BEFORE_RE.search(low, max(0, d.start - 8), d.start) is not None
                and _OF_A_THING_RE.match(low, d.end) is not None
            )
        )
        and _DONE_OR_OVER_RE.search(low, bounds[clause] + 1, bounds[clause + 1]) is not None
    )


# An idea or a leaning before a day (`_planned_at_done`): 想着, 打算, 初步定, 考虑.
_IDEA_BEFORE_RE = re.compile(
    r"(?:想着|打算|考虑|倾向于|初步(?:定|想|计划)?|暂定|计划)[^,.;!?。；\d]{0,2}$"
)

# A verb of telling before a day that qualifies a thing (`_planned_at_done`): "谈了下周的安排",
# "说了说明天的考试", "强调了周末的安全".
_TALKED_OF_BEFORE_RE = re.compile(
    r"(?:谈|说|讲|聊|提|强调|通报|传达|交代|交待|总结|提醒)(?:了|过)?(?:说|讲|谈|聊)?(?:一下|下)?"
    r"(?:关于)?$"
)
_OF_A_THING_RE = re.compile(r"的(?![周星礼上下早晚\d一二三四五六七八九十])")

# Done, or over: "班委会开完 毕业照定6月初".
_DONE_OR_OVER_RE = re.compile(_DONE_DEED_RE.pattern + r"|(?<=[开查听谈聊看办])完|结束")


# A thing handed back or in on a later clause's day (`_coming_after_done`).
# Not 还要 / 还有 (still, also): "聊了聊，周五还要再聊".
_HANDED_BACK_THEN_RE = re.compile(
    r"\s*(?:再|才|就)?(?:还(?![要有会得在是没想能可再也])给?|退还|交还|归还)"
)

# Something left till a later clause's day (`_coming_after_done`): "开了班会，改到周五再说",
# "周五再议" (class: 再说 leaves a matter till then, no deed on that day).
_LEFT_TILL_THEN_RE = re.compile(r"\s*(?:早上|上午|中午|下午|晚上)?\s*再(?:说|议|定|商量)")


def _coming_after_done(
    low: str, d: DateMention, anchor: int, clause: int, bounds: list[int], today: date
) -> bool:
    """Whether `d` is a coming day in a sentence after the one of the activity at `anchor`,
    whose clause says its deed is done (class: a later sentence's own day): "我到7号楼逐间走访
    了本班宿舍。除王浩因车次改签明天到校外，其余同学均已报到" was today's visit."""
    return (
        d.day > today
        and d.start > anchor
        and (
            _SENTENCE_END_RE.search(low, anchor, d.start) is not None
            # English: "Rang the dad. ... The other one's mum is in Lagos, so video call set
            # for Tuesday week" (a full stop, not a decimal's or a title's).
            or _EN_SENTENCE_END_RE.search(low, anchor, d.start) is not None
            # "陪他去校医院打了针，明天还要考试", "去宿舍瞅了一圈 明儿个四六级": the students'
            # own coming event in a later clause dates nothing of the advisor's.
            or (d.start > bounds[clause + 1] and _THEIR_EVENT_RE.match(low, d.end) is not None)
            # "挨个聊了聊 手机先搁我这儿 礼拜五再还": a later clause's day for something handed
            # back then, not the deed's.
            or (d.start > bounds[clause + 1] and _HANDED_BACK_THEN_RE.match(low, d.end) is not None)
            or (d.start > bounds[clause + 1] and _LEFT_TILL_THEN_RE.match(low, d.end) is not None)
        )
        and _DONE_DEED_RE.search(low, bounds[clause] + 1, bounds[clause + 1]) is not None
    )


# A coming day told at the deed, as what was said there (class: what a meeting or a call told):
# "班会上讲了下周一开运动会", "给家长说了下周三开家长会" were held today.
_TOLD_THEN_RE = re.compile(
    r"[^,，。；;!?！？\n]{0,8}?(?:讲了|说了|通知了|强调了|宣布了|提醒了|布置了|讨论了|传达了|通报了"
    r"|讲过|说过)[^,，。；;!?！？\n]{0,4}?$"
)


def _told_coming_day(low: str, d: DateMention, anchor: int, today: date) -> bool:
    """Whether `d`, a coming day after the deed at `anchor`, is what was told there."""
    return (
        d.day > today and d.start > anchor and _TOLD_THEN_RE.match(low, anchor, d.start) is not None
    )


# An English sentence's full stop (`_coming_after_done`): not a title's ("Dr. Li"), a
# clock's ("7 p.m. tomorrow") or a decimal's ("11.20").
_EN_SENTENCE_END_RE = re.compile(
    r"(?<![a-z]\.[a-z])(?<!\bdr)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bprof)(?<!\bvs)(?<!\bno)(?<!\bst)"
    r"\.\s+(?=[a-z])"
)


# The students' own events a coming day may name (`_coming_after_done`).
THEIR_EVENTS = (
    "考试",
    "考",
    "四六级",
    "四级",
    "六级",
    "放假",
    "返校",
    "离校",
    "开学",
    "体测",
    "体检",
)
_THEIR_EVENT_RE = re.compile(
    # 个 ends a spoken day the date forms read without it (明儿个).
    r"个?\s*(?:还要|还得|就要|要|就|又|得|也)?(?:" + "|".join(THEIR_EVENTS) + ")"
)


# A tracker's to-do line: "#todo 周二前改完作业 / 订蛋糕".
_TODO_LINE_RE = re.compile(r"\s*(?:#\s*todo\b|todo\s*:|待办\s*:?)")


def _on_todo_line(low: str, at: int, anchor: int) -> bool:
    """Whether `at` is on a to-do line before the line of `anchor`: the to-do's deadline
    dates nothing on the lines after it ("#todo 周二前改完作业\n下午 #谈心 1人")."""
    line_start = low.rfind("\n", 0, at) + 1
    return "\n" in low[at:anchor] and _TODO_LINE_RE.match(low, line_start) is not None


_ASIDE_RE = re.compile(
    r"[\s.,;:!?。；]*(?:另外|此外|\b(?:also|besides|in\s+addition|separately)\b)"
)


# "家长来电说孩子周末没回家": a date in what someone said dates what they said happened; so
# does one in what a colleague told or asked ("辅导员通知周五检查宿舍", "学工办交代周四前…",
# "the counselor told us Friday is the inspection", "Wang let me know he'd be back Monday").
_REPORTED_RE = re.compile(
    r"说|反映|称|表示|提到|告诉|通知|提醒|告知|交代|叮嘱|强调|要求|(?<![听开])讲(?![座课解题了过])"
    # "家长打电话过来问放假时间 跟他们讲了 1月20几号": told to someone, what they were told.
    r"|(?:跟|和|给|对|向)(?:他|她|家长|学生|同学|大家)们?讲了"
    r"|\b(?:said|says|told\s+(?:me|us|them|him|her|the\s+\w+)|mentioned|let\s+(?:me|us)\s+know"
    r"|wrote|writes|texted|messaged|announced|informed|reminded|warned)\b"
)


# "打電話給5位家長，說明寒假返鄉的注意事項：禮拜二3位、今天2位": a day listed after a colon or
# 、 with its own tally is an item of the deed told before, not of what was explained (class:
# the days' tallies after what the calls were about).
_LIST_ITEM_BEFORE_RE = re.compile(r"[:、]\s*$")


def _tallied_item(low: str, d: DateMention) -> bool:
    return (
        _LIST_ITEM_BEFORE_RE.search(low, max(0, d.start - 2), d.start) is not None
        and _TALLY_AFTER_RE.match(low, d.end) is not None
    )


def _reported(low: str, anchor: int, at: int, bounds: list[int]) -> bool:
    """Whether the date at `at` is inside reported speech the activity at `anchor` is not part
    of: after a reporting verb in its clause that comes after the activity, or in another
    clause ("班长说下周一开班会" keeps its date: the meeting is what was said)."""
    clause_start = bounds[bisect.bisect_left(bounds, at) - 1] + 1
    if at > anchor:
        start = max(anchor, clause_start)
    elif anchor < bounds[bisect.bisect_left(bounds, at)]:
        return False  # the date before the activity in its own clause
    else:
        start = clause_start
    said = _REPORTED_RE.search(low, start, at)
    if said is not None and said.start() == anchor:
        # The activity's own verb is no speech reported ("texted two students yesterday",
        # "messaged his mum on Monday"): a date after it is still its own.
        said = _REPORTED_RE.search(low, said.end(), at)
    if said is not None:
        return True
    # "有两个娃还没返校，说是票没买上，明儿个就到": what was said, opened in a clause of its own
    # after the deed, runs on into the next clause (class: reported speech over a break).
    clause = bisect.bisect_left(bounds, at) - 1
    return (
        at > anchor
        and clause >= 1
        and bounds[clause - 1] + 1 > anchor
        and _SAID_CLAUSE_RE.match(low, bounds[clause - 1] + 1) is not None
    )


_SAID_CLAUSE_RE = re.compile(
    r"\s*(?:(?:他|她|学生|同学|家长|对方|孩子)们?|他俩|她俩)?(?:说是|听说|据说|说(?=他|她|自己|家里))"
)


# "帮他改了简历，他礼拜五去面试": a later clause that opens with another person, the date right
# after them, tells of their day, not of the advisor's deed in another clause.
# ... or a promise the student made ("谈了一个半钟头，答应明天去上课").
# ... or what one of them was told to do ("去宿舍看了看，…，叫她明天去超市买一床厚的").
_THEIR_CLAUSE_RE = re.compile(
    r"\s*(?:(?:他|她)们?(?:自己)?[^,我]{0,4}|(?:答应|保证|承诺)(?:了|说|我)?(?:他|她)?"
    r"|(?:叫|让|嘱咐|提醒|告诉|交代)(?:他|她)们?"
    # English: a later sentence of theirs in the present or future ("Spent the day with the
    # modelling team. They submit Mon", "He goes home Fri", "they're off Sat"): their day.
    r"|(?:they|he|she)(?:'re|'ll|'s|\s+(?:will|are|is|have|has|submit|submits|go|goes|leave|leaves"
    r"|sit|sits|hand|hands|start|starts|fly|flies|head|heads|present|presents)\b)[^.;!?\n]{0,30}?"
    r"(?:\b(?:on|by|till|until|next|this)\s+)?)$"
)


# "黑了开了个班会，…，上周没开成的也补上了": a later clause whose day is when something did
# not happen dates that, not the deed before it.
_FELL_THROUGH_AFTER_RE = re.compile(r"[^,]{0,4}?没(?:能)?(?:开|去|查|听|办|搞|进行|举行)成")


def _fell_through_day(low: str, anchor: int, at: int, end: int, bounds: list[int]) -> bool:
    clause = bisect.bisect_left(bounds, at) - 1
    if at < anchor or clause == bisect.bisect_left(bounds, anchor) - 1:
        return False
    return _FELL_THROUGH_AFTER_RE.match(low, end, bounds[clause + 1]) is not None


# "…去查一次寝。一个学期就这样过去哒，六月份这批伢子就毕业": the people right after the date
# in such a later clause.
_THEM_AFTER_RE = re.compile(
    # "去宿舍瞭了一眼，明儿娃娃们就都走了": the northern 娃娃们 too.
    r"\s*(?:这批|那批|这些|那些|他们|她们|学生们|同学们|孩子们|娃娃们|娃们|这届|我们班)"
)


# "端午前最后一次查寝 明天开始陆续有人离校了", "查了寝，明天开始放假": a later clause's day on
# which something starts (a holiday, the students leaving) is the start's, not the deed's;
# not the advisor's own round starting then ("明天开始每天去查寝").
_STARTS_AFTER_RE = re.compile(
    r"\s*(?:开始|起)(?![^,]{0,4}?(?:去|查|开(?!始)|听|走访|看|联系|打电话|谈|聊))"
)


# "给三个家长打了电话，都是上个礼拜旷课的": a later clause saying who the people were, by
# what they did (a lapse of theirs) on its day, dates their lapse, not the deed.
_WHO_THEY_WERE_RE = re.compile(r"\s*(?:都|全|也|就)?是$")
_THEIR_LAPSE_RE = re.compile(
    r"[^,]{0,6}?(?:旷课|逃课|挂科|缺勤|缺课|迟到|早退|请假|夜不归宿|晚归|违纪|没来上课|没去上课|没交)"
    r"[^,]{0,4}?的"
)


# "去寝室看看，男生都回来了。女生还有两个明天到": a later clause whose students arrive on its
# day (到, 回来, 返校) dates their arrival, not the deed (class: the students' coming back).
# Their parents coming too: "给他爸打了电话，家长明儿一早到" was today's call.
_STUDENTS_BEFORE_RE = re.compile(
    r"[^,我]{0,8}?(?:男生|女生|学生|同学|孩子|娃娃?|室友|家长|父母|爸爸?|妈妈?|父亲|母亲)[^,我]{0,6}$"
)
_THEY_ARRIVE_RE = re.compile(
    r"(?:早上|上午|中午|下午|晚上|一早)?(?:才|就|会|能|要)?(?:到校|到|回来|回校|返校|报到|过来|赶过来)"
    r"(?=[,.;!?。；！？\s]|了|$)"
)


# "Talked with Li Hao and they submit Mon": a clause of theirs joined by "and", its verb in
# the present or the future (class: their day after "and they"), not a past deed of theirs.
_AND_THEY_RE = re.compile(
    r"\band\s+(?:they|he|she)\s+(?:will\s+|'ll\s+|are\s+|is\s+|(?:has|have)\s+to\s+)?"
    r"(?!(?:was|were|did|had|came|went|said|told|left|got|took|made)\b)(?![a-z]+ed\b)[a-z]+\b"
    r"[^.;!?\n]*$"
)


def _their_day(low: str, anchor: int, at: int, bounds: list[int], end: int = -1) -> bool:
    if at > anchor and " and " in low and _AND_THEY_RE.search(low, anchor, at) is not None:
        return True
    clause = bisect.bisect_left(bounds, at) - 1
    if at < anchor or clause == bisect.bisect_left(bounds, anchor) - 1:
        return False  # before the deed it may set its scene: "他周五来办公室，跟他谈了谈"
    if (
        end >= 0
        and _THEY_ARRIVE_RE.match(low, end) is not None
        and _STUDENTS_BEFORE_RE.match(low, bounds[clause] + 1, at) is not None
    ):
        return True
    if end >= 0 and (
        _THEM_AFTER_RE.match(low, end) is not None or _STARTS_AFTER_RE.match(low, end) is not None
    ):
        return True
    if (
        end >= 0
        and _WHO_THEY_WERE_RE.match(low, bounds[clause] + 1, at) is not None
        and _THEIR_LAPSE_RE.match(low, end) is not None
    ):
        return True
    return _THEIR_CLAUSE_RE.match(low, bounds[clause] + 1, at) is not None


def _coordinated(
    low: str,
    dates: list[DateMention],
    index: int,
    seg_start: int,
    seg_end: int,
    others: Callable[[DateMention], bool],
) -> list[date]:
    """The days of the date at `index` and of the dates listed with it ("周三周四", "前天和昨天"),
    in order and without repeats: an activity done on each of them. A date before it that
    `others` says is someone else's ("Wang will be back tomorrow, and this evening I visited
    the dorms") is not in the list."""
    if dates[index].coarse:
        return [dates[index].day]
    through = dates[index].through
    if through is not None:  # "11.2-11.4 每天查寝": each day of the range
        first = dates[index].day
        return [first + timedelta(days=n) for n in range((through - first).days + 1)]
    lo = hi = index
    while (
        lo > 0
        and not dates[lo - 1].coarse
        and dates[lo - 1].start >= seg_start
        and _joined(low, dates[lo - 1], dates[lo])
        and not others(dates[lo - 1])
    ):
        lo -= 1
    while (
        hi + 1 < len(dates)
        and not dates[hi + 1].coarse
        and dates[hi + 1].start < seg_end
        and _joined(low, dates[hi], dates[hi + 1])
    ):
        hi += 1
    return list(dict.fromkeys(d.day for d in dates[lo : hi + 1]))


# "家访：2.8 李同学家，2.10 赵同学家": an activity followed by a colon and items that each
# open with a date happened on each of those days.
# The colon may follow a few more words of the activity ("dorm visits:", "家访情况：").
_LIST_COLON_RE = re.compile(r"[^,;:.!?。；\n]{0,12}?:\s*")

_ITEM_START_RE = re.compile(r"[:,;、/\n]\s*$|^\s*$")


# "听2（周二 常微、周四 抽代）": the days of a count in brackets right after the activity; the
# count in words too ("听课 两次 (周二 数值分析, 周四 概率论)").
_LIST_BRACKET_RE = re.compile(
    r"\s*(?:[x×]?\s*(?:\d{1,2}|[两二三四五六七八九十])\s*(?:次|回|趟|间|人)?\s*)?\(\s*"
)


# "晚自习 6/14 ✓ 6/15 ✓ 6/16 ✗": days listed after the activity, each with its tick or cross.
_TICK_RE = re.compile(r"\s*[✓✔√✅]")
_MARK_RE = re.compile(r"\s*[✓✔√✅✗✘❌]")
_MARK_GATE_RE = re.compile(r"[✓✔√✅✗✘❌]")


def _ticked_days(low: str, m: _Match, dates: list[DateMention]) -> list[date]:
    days: list[date] = []
    listed = 0
    last = m.end
    for d in dates:
        if d.start < m.end:
            continue
        mark = _MARK_RE.match(low, d.end)
        if d.coarse or low[last : d.start].strip() or mark is None:
            break
        listed += 1
        if _TICK_RE.match(low, d.end):
            days.append(d.day)
        last = mark.end()
    return list(dict.fromkeys(days)) if listed >= 2 else []


def _listed_days(low: str, m: _Match, dates: list[DateMention], seg_end: int) -> list[date]:
    if _MARK_GATE_RE.search(low, m.end, seg_end):
        ticked = _ticked_days(low, m, dates)
        if ticked:
            return ticked
    colon = _LIST_COLON_RE.match(low, m.end) if ":" in low else None
    if colon is None and "(" in low:
        colon = _LIST_BRACKET_RE.match(low, m.end)
        if colon is not None:
            close = low.find(")", colon.end())
            seg_end = min(seg_end, close) if close >= 0 else seg_end
    if colon is None:
        return []
    days: list[date] = []
    last = colon.end()
    for d in dates:
        if d.start < colon.end() or d.start >= seg_end:
            continue
        if d.coarse or not _ITEM_START_RE.search(low[last : d.start]):
            return []
        days.append(d.day)
        last = d.end
    return list(dict.fromkeys(days)) if len(days) >= 2 else []


def _blank_dates(segment: str, dates: list[DateMention], start: int, end: int) -> str:
    """The segment, [start, end) of the note, with its date expressions replaced by breaks, so
    a topic stops before them."""
    for d in dates:
        # Slices keep the length, so each date's offsets stay valid for the next one.
        lo = (d.start if d.start > start else start) - start
        hi = (d.end if d.end < end else end) - start
        if lo < hi:
            segment = segment[:lo] + "," * (hi - lo) + segment[hi:]
    return segment


def _details(
    found: Found, norm: str, low: str, start: int, end: int, dates: list[DateMention]
) -> None:
    seg_low = low[start:end]
    segment = norm[start:end]
    found.hours = details.extract_hours(seg_low)
    found.time = details.extract_time(seg_low)
    place = details.extract_location_span(seg_low)
    if place is not None:
        found.location = details.finish_location(segment, place)
    if details.may_state_topic(segment):  # cheaper than blanking the dates for nothing
        found.topic = details.extract_topic(_blank_dates(segment, dates, start, end))
    if found.kind in COUNTED_KINDS:
        found.students = details.extract_students(segment)
        count = _count_said(found, low, start, end)
        if count is not None:
            count += _named_before_others(found, low, start, end, count) or 0
        elif found.students:
            count = len(found.students)
        elif found.kind == "parent_contact" and details.both_parents(seg_low):
            count = 2
        else:
            count = _group_told_before(low, found.start, end)
        if count is not None:
            found.count, found.explicit_count = count, True


def _count_said(found: Found, low: str, start: int, end: int) -> int | None:
    """The number of people of the counted activity at `found.start`, its stretch [start, end),
    when the note says it: in the activity's own sentence (a number told in an earlier one is
    not the deed's: "二十八个人十九个想考。今儿又找了俩没想好的拉了拉话" is two talks), counted
    before a talk one by one, or standing alone right after the deed."""
    sentence = _sentence_start(low, start, found.start)
    said = low[sentence:end]
    if "一个" in said:  # "一个一个谈的": one by one, not one person
        said = _ONE_BY_ONE_RE.sub(lambda m: " " * len(m.group()), said)
    count = details.extract_count(said)
    if count is not None and found.students:
        # "班里有30个人，找了小王谈心": a number told in another clause than the deed's, with
        # the people of the deed named in it, is not the deed's count.
        clause = max(low.rfind(c, start, found.start) for c in ",;；")
        if clause > sentence and details.extract_count(low[clause + 1 : end]) is None:
            count = None
    if count is None and found.kind in ("student_talk", "parent_contact"):
        count = _counted_before_one_by_one(low, start, end, found.start)
    if count is None and (comma := low.find(",", found.start, end)) >= 0:
        bare = _BARE_COUNT_AFTER_RE.match(low, comma)
        count = None if bare is None else cn_to_int(bare.group(1))
    return count


# … and "one …, the other …" of a group told before ("打电话给他们家长了 一个在高铁上一个说明天
# 到", class, issue 17, round 16): no count of one.
_ONE_BY_ONE_RE = re.compile(r"一个一个|一个个|一个接一个|一个挨一个|一个[^,;。\s]{1,10}?一个")


def _sentence_start(low: str, lo: int, anchor: int) -> int:
    """Where the sentence of the word at `anchor` begins, not before `lo`."""
    return max(lo, max(low.rfind(c, lo, anchor) for c in "。！？!?\n") + 1)


# "给小陈妈妈打了电话，另外两个家长发了微信", "找小王谈心，又找了两个", "Li Ming's mum and two
# more parents": the number counts the others, after the ones named (class: a count added to).
_OTHERS_RE = re.compile(
    r"(?:另外|另|其他|其余|还有|又)(?:还有|又|还)?(?:找了?|给|打了?|联系了?|约了?|叫了?)?\s*"
    rf"(?P<zh>{CN_NUM})\s*(?:个|位|名)(?P<noun>家长|学生|同学|人|娃)?"
    rf"|\b(?P<en>{EN_NUM})\s+(?:other|more)\b"
)
# The others not reached: "另外两个没接", "另一个死活不接", "另外两个都没打通".
_OTHERS_NOT_REACHED_RE = re.compile(r"[^,;；。!！?？\n]*?(?:没|未|不)")
# Not counted ones: "两个家长", "另外两个的家长" (the 的 after a count).
_PARENT_NAMED_RE = re.compile(
    r"(?<![\d一二两三四五六七八九十几个位名俩仨])(?<![个位名]的)(?:他|她|的)?(?:妈妈|爸爸|母亲|父亲|家长|妈|爸)"
    r"|'s\s+(?:mum|mom|dad|father|mother|parents?)\b"
)

_REACHED_RE = re.compile(
    r"电话|联系|微信|短信|聊|谈|打给|\b(?:called|rang|phoned|messaged|texted)\b"
)


def _named_before_others(found: Found, low: str, start: int, end: int, count: int) -> int | None:
    """How many people the activity named before a number of others it counts, when the
    number said is that of the others (the named ones are added to it)."""
    for m in _OTHERS_RE.finditer(low, start, end):
        n = cn_to_int(m.group("zh")) if m.group("zh") else en_to_int(m.group("en"))
        if n != count or _OTHERS_NOT_REACHED_RE.match(low, m.end()):
            continue
        if found.kind == "parent_contact":
            # The parent named may be in the clause before, reached too ("给小陈妈妈打了电话，
            # 另外两个家长发了微信" is one activity told from its second clause).
            sentence = _sentence_start(low, 0, start)
            if _REACHED_RE.search(low, sentence, start) is None:
                sentence = start
            named = len(_PARENT_NAMED_RE.findall(low, sentence, m.start()))
        elif m.group("noun") != "家长":
            named = len(found.students)
        else:
            named = 0
        return named or None
    return None


# "喊了几个没考好的娃儿摆了哈，五个，有两个哭了": a count standing alone as the clause right
# after the deed is its count (class: the number added as an afterthought).
_BARE_COUNT_AFTER_RE = re.compile(
    r"\s*,\s*(\d{1,2}|[两二三四五六七八九十]{1,2}|[俩仨])\s*(?:个|位|名)(?:人|学生|同学)?\s*(?=[,;；。!！?？\n]|$)"
)

# "有三个学生没来", "后排有两个娃睡觉": a group of students told in the sentence before the deed;
# "302两个女生吵起来了 今晚分别谈了": or opening its clause, after a room's number.
_GROUP_RE = re.compile(
    r"(?:有|(?<![\u4e00-\u9fff]))\s*(\d{1,2}|[两二三四五六七八九十]|[俩仨])\s*(?:个|位|名)?\s*(?:学生|同学|人|娃娃?|孩子|男生|女生)"
    # A terse log's "后排睡觉的三个 课后叫来谈话": the ones who did something, counted, a phrase
    # of its own before the deed.
    r"|的\s*(\d{1,2}|[两二三四五六七八九十]|[俩仨])\s*(?:个|位|名)\s*(?:学生|同学|人|娃娃?|孩子)?(?=[\s,;；])"
)
# The deed done with all of them: "给他们家长都打了电话", "下课叫住说了几句", "叫过来讲了几句".
_BACK_TO_THEM_RE = re.compile(
    r"他们|她们|叫住|叫过来|叫来|叫到|挨个|逐个|一一|分别|一个一个|一个个|单独"
)
# A pronoun pointing back past a full stop ("有4个人迟到了。我和他们谈了"): the sentence before.
_THEM_RE = re.compile(r"他们|她们")


def _group_told_before(low: str, anchor: int, end: int) -> int | None:
    """The number of a group of students told earlier in the activity's sentence, when the
    deed's clause points back at them (class: a count by reference, "有三个学生没来，下午给他们
    家长都打了电话" is three parents)."""
    if "有" not in low and "个" not in low and "的" not in low:
        return None
    sentence = _sentence_start(low, 0, anchor)
    # A space typed between Chinese words is a break too ("…吵起来了😮‍💨 今晚分别谈了"), and a
    # terse log's words stand apart by spaces, as clauses.
    clause = max(max(low.rfind(c, sentence, anchor) for c in ",;； ") + 1, sentence)
    if _BACK_TO_THEM_RE.search(low, clause, end) is None:
        return None
    groups = list(_GROUP_RE.finditer(low, sentence, clause)) if clause > sentence else []
    if not groups and sentence > 0 and _THEM_RE.search(low, clause, end):
        groups = list(_GROUP_RE.finditer(low, _sentence_start(low, 0, sentence - 1), sentence))
    if not groups:
        return None
    n = cn_to_int(groups[-1].group(1) or groups[-1].group(2))
    return n if n is not None and 1 < n <= 20 else None


# The people counted in the clause before, then talked with or their parents called one by one
# (class: a report's "迟到3人，课后逐一个别谈话", "有5名同学挂科，逐个谈了话", "还有四个没回来
# 挨个给家长打了电话", a space typed for the break).
_ONE_BY_ONE_AFTER_COUNT_RE = re.compile(
    r"(\d{1,3}|[一两二三四五六七八九十]{1,3})\s*(?:人|名|个|位)(?:学生|同学)?(?:[^,。;；\d]{0,2},|[^,。;；\d\s]{0,4}\s)"
    r"[^,。;；]{0,6}?(?:逐一|逐个|挨个|一一|分别)"
)


def _counted_before_one_by_one(low: str, start: int, end: int, anchor: int) -> int | None:
    """The count of the clause before a talk's or call's stretch [start, end), its word at
    `anchor`, that goes on one by one."""
    if "逐" not in low and "挨" not in low and "一一" not in low and "分别" not in low:
        return None
    m = _ONE_BY_ONE_AFTER_COUNT_RE.search(low, max(0, start - 24), end)
    return None if m is None or m.end() > anchor else cn_to_int(m.group(1))


# "分别", "respectively": the people listed are one on each day listed.
_EACH_ONE_RE = re.compile(r"分别|\brespectively\b")
# "家访两次（周一 小陈家，周二 小周家）": a count of times, its days listed in brackets after
# it, is one on each (class: a count spread over the days listed is not each day's).
_TIMES_BRACKET_RE = re.compile(
    r"[^,.;!?。；()\d]{0,6}?[x×]?\s*(?:\d{1,2}|[两二三四五六七八九十])\s*(?:次|回|趟|户|人|位|个)\s*"
    # … or after a colon, or a comma before days listed: "本月家访两次：3日、25日".
    r"(?:\(|:|,(?=\s*\d{1,2}\s*[日号]\s*[、,]))"
)


# "11月2日到4日每天查寝，共3小时", "周三周四查寝一共2小时", "3 hours in total": the hours of all
# the days, shared among them.
_TOTAL_HOURS_RE = re.compile(
    r"(?:共|一共|总共|合计|共计)(?:用时|计)?\s*[\d.一二两三四五六七八九十半]+\s*个?半?(?:小时|钟头)"
    r"|\b(?:in\s+total|altogether|total(?:\s+of)?)\b"
)


def _one_each(found: Found, days: list[date]) -> None:
    """ "上周四 周五分别和邓佳 马骁谈心": as many people as days, one on each day."""
    if found.kind in COUNTED_KINDS and found.count == len(days):
        found.count = 1
        if len(found.students) == len(days):
            found.students = (found.students[days.index(found.day)],)


# Today's deed after a period's tally, its people counted with no noun: "又打了3个", "又谈了两个".
_AGAIN_COUNTED_RE = re.compile(
    rf"[又再][^,.;!?。；]{{0,4}}?了\s*({CN_NUM})\s*(?:个|位|名|人)(?![次月])"
)


def _merge(into: Found, other: Found) -> None:
    """Two mentions of one activity on one day ("查寝，宿舍卫生良好") are one record."""
    into.time = into.time or other.time
    into.location = into.location or other.location
    into.topic = into.topic or other.topic
    into.hours = into.hours if into.hours is not None else other.hours
    if tally_in(into.segment.lower()) and not tally_in(other.segment.lower()):
        # "这个月已经谈心10人次了，今天又谈了两个": a period's tally followed by today's deed is
        # no record of its own; the deed's count is today's (class: the tally, then 又).
        into.count, into.explicit_count = other.count, other.explicit_count
        again = None if other.explicit_count else _AGAIN_COUNTED_RE.search(other.segment)
        if again is not None and (n := cn_to_int(again.group(1))):
            # "…，今天又打了3个": today's people counted with no noun after 又.
            into.count, into.explicit_count = n, True
    elif other.explicit_count and into.explicit_count and other.students and into.students:
        into.students = tuple(dict.fromkeys(into.students + other.students))
        into.count = max(into.count, len(into.students))
    elif other.explicit_count and (not into.explicit_count or other.count > into.count):
        into.count, into.explicit_count = other.count, True
    if not into.students:
        into.students = other.students
    into.segment = f"{into.segment} {other.segment}"
    into.dated = into.dated or other.dated


def note_dates(
    low: str, today: date, fallback: Callable[[str], list[DateMention]] | None = None
) -> list[DateMention]:
    """The date expressions of a normalised note (`low`), dated against `today`; `fallback`
    finds dates the rules miss in English."""
    chinese = _CJK_RE.search(low) is not None
    latin = _LATIN_RE.search(low) is not None
    dates = find_dates(low, today, is_plan(low, chinese, latin), chinese, latin)
    if not dates and fallback is not None and latin:
        dates = fallback(low)
    return dates


def analyse(
    text: str, today: date, fallback: Callable[[str], list[DateMention]] | None = None
) -> list[Found]:
    """The activities in `text`, dated against `today`; `fallback` finds dates the rules miss."""
    norm, low = normalise(text)
    if not low.strip():
        return []
    chinese = _CJK_RE.search(low) is not None
    latin = _LATIN_RE.search(low) is not None
    bounds = _clause_bounds(low)
    quoted = reported_quotes(low)
    matches = _find_activities(_untag(low), bounds, chinese, latin, quoted)
    if not matches:
        return []
    if "《" in low and len(matches) > 1:
        matches = _drop_titles_of_others(low, matches)
    dates = note_dates(low, today, fallback)
    if dates and quoted:
        # "家长留言：孩子周末没回家 → 晚上去宿舍看了": a day in their words dates no deed of hers.
        dates = [d for d in dates if not any(qs <= d.start < qe for qs, qe in quoted)]
    report = report_in(low) if chinese else None
    if report is not None and dates:
        dates = report.dated_ranges(low, dates, today)
    matches = _drop_mentions_again(low, matches, dates, bounds)
    if len(matches) > 1 and dates:
        matches = _told_then_dated(low, bounds, matches, dates, today)
    if len(matches) > 1:
        matches = _drop_meeting_topics(low, bounds, matches, dates, today)
    if len(matches) > 1 and ("那" in low or "上" in low or "头回" in low):
        matches = _drop_the_one_before(low, matches)
    if len(matches) > 1 and ("忘" in low or "补" in low) and _FORGOT_RE.search(low):
        matches = _drop_told_as_the_time(low, matches)
    item_counts: dict[int, int] = {}
    if dates:
        matches = _with_repeats(low, bounds, matches, dates, today)
        matches = _with_day_items(low, bounds, matches, dates, item_counts)
    result: list[Found] = []
    coming = any(d.day > today for d in dates)  # a plan's day a deed before it may not take
    seg_start = 0
    for i, m in enumerate(matches):
        seg_end = (
            len(low) if i + 1 == len(matches) else _boundary(low, m, matches[i + 1], bounds, dates)
        )
        seg_end = _before_next_item_number(low, m, max(seg_end, m.end))
        kind = m.kind
        if kind == "class_meeting" and _THEME_HINT_RE.search(low, seg_start, seg_end):
            kind = "theme_meeting"
        days = _listed_days(low, m, dates, seg_end)
        if not days:
            index = _pick_date(
                dates,
                seg_start,
                seg_end,
                m.start,
                bounds,
                today,
                low,
                # The later activities (one in this clause is a repeat of this deed).
                [(n.start, n.end, n.clause != m.clause) for n in matches[i + 1 :]],
                report.carries if report is not None else None,
                _openers(low, matches, i) if coming and i + 1 < len(matches) else (),
            )
            if index is not None and _later_deeds_day(dates[index], m, matches[i + 1 :], bounds):
                index = None  # "10月的表交了，昨天查了寝": the form went in today
            clause = bisect.bisect_left(bounds, m.start) - 1

            def others(d: DateMention, anchor: int = m.start, clause: int = clause) -> bool:
                return _reported(low, anchor, d.start, bounds) or _coming_before_done(
                    low, d, clause, bounds, today
                )

            undated = (
                report.undated_days(m.start, dates, today)
                if index is None and report is not None
                else None
            )
            days = (
                (undated if undated is not None else [today])
                if index is None
                else _coordinated(low, dates, index, seg_start, seg_end, others)
            )
            dated = index is not None or bool(undated)
        else:
            dated = True
        for day in days:
            found = Found(
                kind=kind,
                day=day,
                start=m.start,
                rule=m.rule_index,
                segment=low[seg_start:seg_end],
                dated=dated,
            )
            _details(found, norm, low, seg_start, seg_end, dates)
            if m.start in item_counts and len(days) == 1:
                found.count, found.explicit_count = item_counts[m.start], True
            if len(days) > 1 and (
                _EACH_ONE_RE.search(low, seg_start, seg_end) or _TIMES_BRACKET_RE.match(low, m.end)
            ):
                _one_each(found, days)
            if len(days) > 1:
                _tally_count(found, low, dates, seg_start, seg_end)
                if found.hours is not None and _TOTAL_HOURS_RE.search(low, seg_start, seg_end):
                    found.hours = round(found.hours / len(days), 2)
            for earlier in result:
                if (
                    earlier.kind == found.kind
                    and earlier.day == found.day
                    # A document handed in and other work the same day stay apart.
                    and RULES[earlier.rule].document == RULES[found.rule].document
                ):
                    _merge(earlier, found)
                    break
            else:
                result.append(found)
        seg_start = seg_end
    return result


def kinds_named(text: str) -> tuple[str, ...]:
    """The kinds whose words the note names, in order, before any is ruled out (asked about,
    negated, put off, done by someone else): what the bot says it saw when it records nothing.
    `other` is left out: its words name no kind an advisor would recognise."""
    _norm, low = normalise(text)
    chinese = _CJK_RE.search(low) is not None
    latin = _LATIN_RE.search(low) is not None
    bounds = _clause_bounds(low)
    kinds: dict[str, None] = {}
    for index, hit in _scan_kinds(low, chinese, latin):
        rule = RULES[index]
        clause = bisect.bisect_left(bounds, hit.start()) - 1
        # A word that needs a verb in its clause to be a deed (宿舍 needs 去, 查…) names none.
        if rule.need is not None and not rule.need.search(
            low, bounds[clause] + 1, bounds[clause + 1]
        ):
            continue
        if rule.kind != "other":
            kinds[rule.kind] = None
    return tuple(kinds)
