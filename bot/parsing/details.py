"""Details of one activity taken from its part of the note: people, duration, place, topic, names, time."""

from __future__ import annotations

import re
from datetime import time

from bot.parsing.gates import gated
from bot.parsing.numbers import CN_NUM, EN_NUM, cn_to_int, en_to_int

_STOP = r"[^,.;!?。；\n]"
# The commonest surnames (the student-name rules below list the same).
_SURNAMES_FOR_COUNTS = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
#: The same, for the other stages (a student named in Chinese in an English note).
SURNAMES = _SURNAMES_FOR_COUNTS

# --- counts of people contacted or talked to -------------------------------------------
# Every character a count can start with.
COUNT_ZH_FIRST = (
    "0123456789ps〇一七三两九二五他仨俩八六共十合同四她学家宿总百这那零谈电人聊组把约联"
)
_COUNT_ZH_RE = gated(
    COUNT_ZH_FIRST,
    # Not a date's day: "11.22 家长电话 x2"; nor a room's number after its building ("7号楼 312
    # 同学 之间 矛盾": the room's students, not 312 of them).
    rf"(?<![\d级届大第周期拜週./\-])(?!(?:(?<=楼)|(?<=楼\s))\d{{3,4}})({CN_NUM})\s*(?:(?:位|名|个(?!半?(?:小时|钟头|钟)|多小时|月|星期|礼拜|周|晚上|上午|下午|学期)|户|对)(?:[\u4e00-\u9fff]{{0,6}}?|[\u4e00-\u9fff]{{3,12}}?的))?\s*"
    r"(?:家长|同学|学生|人次|人|户|家庭|男生|女生|新生|室友|舍友|宿舍长|寝室长|舍长|班干部|父母|孩子"
    # The regions' boys and girls (Jianghuai and the north: 四个小伙, 三个丫头; Wuhan 伢).
    r"|毕业生|学困生|困难生|贫困生|班委|团员|党员|小子|小伙|丫头|娃|伢)"
    # 联系家长6位, 家长电话两个: the number after the people.
    rf"|(?:家长|同学|学生|\bparents?\b|\bstudents?\b)[^,.;!?。；\d]{{0,6}}?({CN_NUM})\s*(?:位|名|人次|人|户"
    # Not a while: "这学生开学两个礼拜没来上课" (class: a span of time is no one counted).
    r"|个(?!半?(?:小时|钟头|钟)|多(?:小时|月|星期|礼拜)|月|星期|礼拜|周|晚上|上午|下午|学期|学年))"
    # …，共6位 / 一共12人次: a total said on its own.
    rf"|(?:共|一共|总共|合计|共计)\s*({CN_NUM})\s*(?:位|名|人次|人|户|个|封)"
    # "跟宿舍那仨聊了聊", "他们俩": people counted by 仨 / 俩 after a pointing word.
    r"|(?:那|这|他们|她们|他|她|宿舍)(仨|俩)(?![月天年小个钟])"
    # "下课逮着俩唠了唠", "找了仨过来聊": 俩 / 仨 the ones caught or called, the talk next.
    r"|(?<=[着了找叫喊把拉])(仨|俩)(?=(?:过来|来|一起|单独)?(?:聊|谈|说|讲|唠))"
    # "找俩挂科风险大的孩子唠了唠": 俩 / 仨 hold their measure word, so a description follows
    # them straight away.
    # "找了俩没想好的拉了拉话", "碰到俩我们班的 就…": or with no noun after 的, the talk next.
    r"|(?<![他她们那这])(仨|俩)[\u4e00-\u9fff]{2,12}?的(?:家长|同学|学生|孩子|新生|男生|女生|娃|人"
    r"|(?=\s|[,.;!?。；]|$|聊|谈|说|讲|拉|单独|个别|一起))"
    # A tally: "家长x2", "谈心x2", "打电话x3".
    # "家 +2" in a tracker (spelled out "联系家长 +2"): one more each.
    r"|(?:家长|谈心|谈话|电话|家访|学生|同学|组长)\s*[x×*+]\s*(\d{1,3})(?!\d)"
    # Talks counted with no noun: "挂科的 谈了4个", "谈话5个", "谈心1", chat's "1v1了三个", and
    # in brackets, as Japanese and Korean lecturers count them: "面谈（2名）".
    rf"|(?:谈|聊|1\s*v\s*1)(?:了|话|心)?\s*[(（]?\s*({CN_NUM})\s*(?:个|位|名)(?!半?(?:小时|钟头)|月|星期|礼拜|周|学期)|谈心\s*(\d{{1,2}})(?![\d.:/月号日])"
    # "和他们两个聊了聊", "她们三个": people counted after a pronoun.
    rf"|(?:他们|她们|把他|把她)\s*({CN_NUM})\s*(?:个|位)(?!半?(?:小时|钟头|钟)|月|星期|礼拜|周|学期)"
    # "4月15日又联系了两位，都是补考没有通过的同学": the people reached, their noun said before
    # or after the clause (class: a count after the contact verb, no noun).
    rf"|联系了\s*({CN_NUM})\s*(?:位|个|名)(?=\s*(?:[,.;!?。；]|$))"
    # "今天下午约了三个 轮流聊": the students asked to come, counted.
    rf"|约了\s*({CN_NUM})\s*(?:个|位)(?![^,.;!?。；]{{0,2}}?(?:小时|钟头|家长|老师|单位|企业|公司))"
    # A tracker's field: "人数: 3", "人次: 4".
    r"|(?:人数|人次)\s*[:=]\s*(\d{1,3})(?![\d./])"
    # After a room's number a Chinese numeral counts the room's people ("313四个孩子家长").
    r"|(?<=\d{3})([一二两三四五六七八九十])\s*(?:个|位|名)[\u4e00-\u9fff]{0,6}?(?:家长|同学|学生|孩子|人)"
    # "找了3个考研的聊复试": people named by what they do, with no noun after 的.
    # Not "一个一个谈的", one by one.
    rf"|(?<![\d级届大第周期拜週./\-个])({CN_NUM})\s*(?:个|位|名)(?!一个|个|半?(?:小时|钟头|钟)|月|星期|礼拜|周|学期|班|宿舍|寝室)"
    r"(?=[\u4e00-\u9fff]{1,8}?的(?:\s|[,.;!?。；]|$|聊|谈|说|讲|单独|个别|一起))"
    # 名 with no noun before the talk (a Korean lecturer's 명: "4名 一起 谈了", "8名 留下 交流"):
    # 名 counts only people; not a rank (第3名, 前10名).
    rf"|(?<![\d级届大第周期拜週./\-前])({CN_NUM})\s*名"
    r"(?=\s?(?:一起|都|分别|单独|同时|各自)?\s?(?:谈|聊|交流|沟通|留下|面谈))"
    # Students named, then counted by 位 or 个 before talking together (class: a Taiwan
    # advisor's "跟小張、小李兩位一起談"); not one by one (一个一个谈).
    rf"|(?<![\d级届大第周期拜週./\-前个])({CN_NUM})\s*(?:位|个)(?=\s?(?:一起|分别|单独|同时|各自)\s?(?:谈|聊|交流|沟通|面谈))",
)
# Parents named one by one: "Wang's mom and Li's dad", "小王妈妈和李同学的父亲".
_NAMED_PARENT_RE = re.compile(
    r"\b(\w+)'s\s+(?:mom|mum|mother|dad|father|parents?|guardian)\b"
    r"|(小[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}同学)的?(?:妈妈|爸爸|母亲|父亲|家长)"
)
_NAMED_PARENT_GATE_RE = re.compile(r"'s\s|妈|爸|母|父|家长")
_COUNT_EN_RE = re.compile(
    # "talked to all 4 this afternoon": everyone of a number named before.
    rf"\b(?:to|with)\s+all\s+({EN_NUM})\b(?!\s*(?:hours?|hrs?|h|mins?|minutes?|days?|weeks?|times?)\b)"
    rf"|\b({EN_NUM})\s+(?:of\s+(?:my|our|the|his|her|their)\s+)?(?:\w+\s+)?(?:parents|students|families|mothers|fathers|classmates|"
    r"freshmen|kids|people|boys|girls|guys|lads|guardians|dads|moms|mums|undergrads|seniors|juniors|roommates|roommate|"
    r"sophomores|parent|student|family|mother|father|classmate|freshman|guardian"
    # The varieties' counts of people: Singapore and Malaysian "pax", a report's "persons",
    # the mentees of an Indian mentor-mentee meeting.
    r"|pax|persons|mentees|tutees|advisees"
    # Students named by what they did (round 18c): "had words with the two absentees".
    r"|absentees|latecomers|stragglers)\b"
    # Chats counted, one student each: "a couple of natters this afternoon - Priya about ...,
    # Wang Lei about ...", "three quick chats today" (not "one-on-one chats with 5 freshers").
    # "a couple of one-on-ones in the break - Lily and Zhao Min": one student each too.
    rf"|(?<!-)\b({EN_NUM})\s+(?:quick\s+|short\s+|long\s+|brief\s+)?(?:chats|one-on-ones|one-to-ones)\b"
)

# "had one to one talk with two of them", "spoke to both of them": a part of the people named
# before, reached (class: a count as "N of them").
_OF_THEM_EN_RE = re.compile(
    rf"\b(?:to|with|met|called|phoned|rang|saw|counselled|counseled)\s+(?:(both)|({EN_NUM}))\s+of\s+them\b"
)

# "Two students were absent; both were spoken to": "both" as the passive's subject.
_BOTH_DONE_RE = re.compile(r"\bboth\s+(?:of\s+them\s+)?(?:were|have\s+been|had\s+been|got)\s")

_ANONYMISED_NAME_RE = re.compile(rf"[{_SURNAMES_FOR_COUNTS}]某")
# Both parents of one student: two people contacted.
_BOTH_PARENTS_RE = re.compile(
    r"\bboth\s+(?:of\s+)?(?:his\s+|her\s+|their\s+|the\s+)?parents\b|\bparents\s*\(?\s*both\b"
    r"|\b(?:mom|mum|mother)\s+and\s+(?:dad|father)\b|\b(?:dad|father)\s+and\s+(?:mom|mum|mother)\b"
)

# The same in Chinese, said of one student's parents: "给陈浩爸爸妈妈都打了电话" is two 人次
# (a parent contact only: "聊了聊他爸爸妈妈的事" is a talk with one student).
_BOTH_PARENTS_ZH_RE = re.compile(
    r"(?:爸爸|父亲)(?:和|跟|与|及|、)?(?:妈妈|母亲)|(?:妈妈|母亲)(?:和|跟|与|及|、)?(?:爸爸|父亲)"
    r"|[他她]爸[、和]?[他她]妈|[他她]妈[、和]?[他她]爸|父母双方"
    # "给他父母都打了电话", not "爸妈都很朴实" (the household of a home visit).
    r"|(?:父母|爸妈)(?:亲)?(?:两个|俩)?都(?=[^,，。]{0,3}(?:打|联系|通|聊|谈|见|沟通|发))"
)


def both_parents(text: str) -> bool:
    """Whether a parent contact's text names one student's father and mother both ("video
    家访 w/ 刘洋's parents (both)", "called his mum and dad", "给陈浩爸爸妈妈都打了电话")."""
    return bool(_BOTH_PARENTS_ZH_RE.search(text) or _BOTH_PARENTS_RE.search(text))


# --- durations -------------------------------------------------------------------------
# Every character a duration can start with.
HOURS_FIRST = "0123456789〇一七三两九二五仨俩八六十半四百零"
_HOURS_ZH_RE = gated(
    HOURS_FIRST,
    rf"({CN_NUM}(?:\.\d+)?|半)\s*个?\s*(半)?\s*(?:小时|钟头|学时)(?:\s*({CN_NUM})\s*分钟?)?"
    # "1,5 hours", "2 Stunden": a European's decimal comma (one digit after it: not 1,500) and
    # the German hours ("2 Std." is chat's "2 students" by then).
    r"|(\d+(?:\.\d+|,\d(?!\d))?)\s*-?\s*(?:h|hr|hrs|hours?|[sS]tunden?)\b(?:\s*(\d{1,2})\s*(?:m|min|mins|minutes?)?\b)?",
)
_MINUTES_ZH_RE = re.compile(rf"({CN_NUM})\s*-?\s*(?:分钟|mins?\b|minutes?\b)")
_QUARTERS_RE = re.compile(r"([一两三1-3])\s*刻钟")
_HOURS_EN_RE = re.compile(
    r"\b(?:(an?|one)\s+hour\s+and\s+a\s+half|half\s+an?\s+hour|(\d+(?:\.\d+|,\d(?!\d))?|"
    r"an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(and\s+a\s+half)\s+)?hours?"
    r"(?:\s+(?:and\s+)?(\d{1,2})\s+min(?:ute)?s?)?)\b"
)
# The minutes after 点 ("12點半到1點15分", class: a range's minutes in words): with 分, or a
# number ending there ("8点15到9点"), not a count after it ("8点 15人").
_CLOCK_POINT = r"点(?:(半)|(\d{1,2})(?:分|(?=[^\d\u4e00-\u9fff]|$|到|至)))?"
_CLOCK_RANGE_RE = re.compile(
    r"(上午|下午|晚上|早上|中午|傍晚|晚)?\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:[:：](\d{2})|"
    + _CLOCK_POINT
    + r")\s*(?:-|~|—|–|到|至|to)\s*(?:上午|下午|晚上|中午)?"
    r"(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:[:：](\d{2})|" + _CLOCK_POINT + ")"
)
# An English range of bare clock hours (class: a length told by its clock, round 18c): "this
# afternoon 2-5", "9 til 4", "from 2 to 5", "2-5pm", "9-9:30"; read only after a part of the
# day or "from", with am / pm or a colon, or with "til" (not "3-5 students", "rooms 3-5", "2 to
# 3 times").
_EN_CLOCK_RANGE_RE = re.compile(
    r"(\b(?:afternoon|morning|evening|tonight|lunchtime|from)\s+)?"
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*(-|–|to|till|til|until)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\b"
    r"(?!\s*(?:students?|people|parents?|hours?|hrs?|h\b|mins?|minutes?|days?|weeks?|times?|of\b|[/\d]|[.-]\d))"
)
_EN_CLOCK_RANGE_GATE_RE = re.compile(r"\d\s*(?:am|pm)?\s*(?:-|–|to\b|til)")


def _may_state_en_clock_range(text: str) -> bool:
    """Whether the text has a digit before a dash, "to" or "til": an English clock range may be there."""
    return ("-" in text or "–" in text or "til" in text or " to " in text) and (
        _EN_CLOCK_RANGE_GATE_RE.search(text) is not None
    )


def _en_clock_range_hours(text: str) -> float | None:
    """The hours of an English range of bare clock hours ("this afternoon 2-5": 3), or None."""
    for m in _EN_CLOCK_RANGE_RE.finditer(text):
        if m.group(1) is None and m.group(4) is None and m.group(8) is None:
            # "9-9:30": one end a clock with its minutes.
            if m.group(5) not in ("till", "til", "until") and ":" not in m.group(0):
                continue
        start = int(m.group(2)) + (int(m.group(3)) / 60 if m.group(3) else 0)
        end = int(m.group(6)) + (int(m.group(7)) / 60 if m.group(7) else 0)
        if m.group(4) == "pm" and start < 12:
            start += 12
        if m.group(8) == "pm" and end < 12:
            end += 12
            if m.group(4) is None and start + 12 < end:
                start += 12  # "2-5pm": both in the afternoon
        if end < start and end + 12 > start:
            end += 12  # "9 til 4": into the afternoon
        if start < end <= 24 and end - start <= 12:
            return _round_hours(end - start)
    return None


# --- clock time ------------------------------------------------------------------------
_TIME_RE = re.compile(
    r"(上午|下午|晚上|早上|中午|傍晚|晚|早)?\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*点\s*(半|\d{1,2}\s*分?)?"
    r"|(?<![\d.])(\d{1,2})[:：](\d{2})(?!\d)\s*(am|pm)?"
    r"|\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)"
)
_PM_WORDS = ("下午", "晚上", "傍晚", "晚")
# A continental European's clock (session 15, lane euen): German "19 Uhr", "19.30 Uhr", "19 Uhr
# 30", French "19h30", "8h15", "19h", and "at 19.30" as British and European writers put it.
# Only what no duration or date is written as: "NNhMM" from 7 o'clock ("1h30" is an hour and a
# half), a bare "NNh" from 13 ("2h" is two hours), "NN.MM" only after "at" ("on 14.10." is a
# date).
_EU_CLOCK_RE = re.compile(
    r"\b(\d{1,2})(?:[.:](\d{2}))?\s*uhr\b(?:\s*(\d{2})\b)?"
    r"|\b(\d{1,2})h(\d{2})\b"
    r"|\b(1[3-9]|2[0-3])h(?![a-z0-9])"
    r"|\bat\s+(\d{1,2})\.(\d{2})\b(?!\.\d)",
    re.IGNORECASE,
)
# A European clock range ("14h30-16h", "14-16h", "19-21 Uhr", "8h-10h"): a time of day and its
# hours, not a duration of 16 hours.
_EU_CLOCK_RANGE_RE = re.compile(
    r"\b(\d{1,2})(?:h(\d{2})?|[.:](\d{2}))?\s*(?:-|–|to|bis)\s*(\d{1,2})(?:h(\d{2})?\b|[.:](\d{2})?\s*uhr\b|\s*uhr\b)",
    re.IGNORECASE,
)
# … and with dots ("14.00-16.00", "12.30-13.00", "14.30 to 17.00"), only where its end is no
# date (minutes 00, or hour and minutes both past 12: `_dot_clock_end`), as
# `date_forms._DOT_CLOCK` reads it; "11.20-11.25" is a range of days.
_DOT_CLOCK_RANGE_RE = re.compile(
    r"\b(\d{1,2})\.(\d{2})\s*(?:-|–|to|bis)\s*(\d{1,2})\.(\d{2})\b(?!\.\d)", re.IGNORECASE
)


def _dot_clock_range(text: str) -> re.Match[str] | None:
    """The first dotted clock range whose end can be no date, or None."""
    for m in _DOT_CLOCK_RANGE_RE.finditer(text):
        hour, minute = int(m.group(3)), int(m.group(4))
        if minute == 0 or (hour >= 13 and minute >= 13):
            return m
    return None


_EVENING_RE = re.compile(r"\b(?:tonight|evening|night|abends?|soir)\b", re.IGNORECASE)


def _eu_clock(text: str) -> time | None:
    """A European clock time (19 Uhr, 19h30, at 19.30, the start of 19-21 Uhr), or None."""
    dotted = _dot_clock_range(text)
    if dotted is not None and _eu_clock_range_hours(text) is not None:
        return time(int(dotted.group(1)), int(dotted.group(2)))
    r = _EU_CLOCK_RANGE_RE.search(text)
    if r is not None and _eu_clock_range_hours(text) is not None:
        return time(int(r.group(1)), int(r.group(2) or r.group(3) or 0))
    m = _EU_CLOCK_RE.search(text)
    if m is None:
        return None
    if m.group(1) is not None:
        hour, minute = int(m.group(1)), int(m.group(2) or m.group(3) or 0)
    elif m.group(4) is not None:
        hour, minute = int(m.group(4)), int(m.group(5))
        if hour < 7:
            return None  # "1h30": an hour and a half
    elif m.group(6) is not None:
        hour, minute = int(m.group(6)), 0
    else:
        hour, minute = int(m.group(7)), int(m.group(8))
        if 1 <= hour <= 11 and _EVENING_RE.search(text) is not None:
            hour += 12  # "at 9.10 tonight"
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def _eu_clock_range_hours(text: str) -> float | None:
    """The hours of a European clock range (14h30-16h, 14-16h, 19-21 Uhr, 14.00-16.00), or
    None."""
    dotted = _dot_clock_range(text)
    if dotted is not None:
        start_hour, end_hour = int(dotted.group(1)), int(dotted.group(3))
        begin = start_hour + int(dotted.group(2)) / 60
        finish = end_hour + int(dotted.group(4)) / 60
        if start_hour <= 23 and end_hour <= 23 and finish > begin:
            return _round_hours(finish - begin)
    m = _EU_CLOCK_RANGE_RE.search(text)
    if m is None:
        return None
    start_hour, end_hour = int(m.group(1)), int(m.group(4))
    if end_hour < 13 and start_hour < 7:
        return None  # "2-3h": two or three hours
    start = start_hour + int(m.group(2) or m.group(3) or 0) / 60
    end = end_hour + int(m.group(5) or m.group(6) or 0) / 60
    if not (0 <= start_hour <= 23 and 0 <= end_hour <= 23) or end <= start:
        return None
    return _round_hours(end - start)


# Cheap gates: most notes state no time, duration or place, and these tests are far
# cheaper than the full patterns. The clock and duration gates are substring tests, and a
# regex that opens with a digit class (the engine then skips to the digits) only when the
# characters it needs are there.
_TIME_DIGITS_GATE_RE = re.compile(r"\d(?:[:：]\d|\s*[ap]\.?m)")
_HOURS_DIGITS_GATE_RE = re.compile(r"\d(?:\s*-?\s*(?:h|min|stunde)|[:：]\d)", re.IGNORECASE)


def _may_state_time(text: str) -> bool:
    """Whether the text has 点, 14:30 or 3pm: a clock time may be there."""
    return "点" in text or (
        (":" in text or "：" in text or "m" in text)
        and _TIME_DIGITS_GATE_RE.search(text) is not None
    )


_EU_CLOCK_GATE_RE = re.compile(
    r"\d\s*(?:uhr|h\d|h\b)|\bat\s+\d{1,2}\.\d|\d\.\d\d\s*(?:-|–|to\b)\s*\d", re.IGNORECASE
)


def _may_state_eu_clock(text: str) -> bool:
    """Whether the text has 19 Uhr, 19h30, 19h or at 19.30: a European clock may be there."""
    return ("h" in text or "H" in text or "." in text) and _EU_CLOCK_GATE_RE.search(
        text
    ) is not None


def _may_state_hours(text: str) -> bool:
    """Whether the text has 小时, 分钟, 点, hour, 2h, 30min or 14:00: a duration may be there."""
    return (
        "点" in text
        or "小时" in text
        or "钟头" in text
        or "学时" in text
        or "分钟" in text
        or "刻钟" in text
        or (
            ("h" in text or "m" in text or ":" in text or "：" in text or "tunde" in text)
            and ("hour" in text or _HOURS_DIGITS_GATE_RE.search(text) is not None)
        )
    )


_PLACE_CHAR_RE = re.compile(r"[\d号栋幢馆厅室场堂在县区苑园教院习观研察#]")
_COMPASS_GATE_RE = re.compile(r"(?:east|west|south|north)(?:ern)?\s")


def _may_name_place(low: str) -> bool:
    """Whether the text has a digit, 号, 栋, 室 and the like, library, gym, hall or east: a
    place may be there (a set and a few words are scanned faster than one regex of both)."""
    return (
        _PLACE_CHAR_RE.search(low) is not None
        or "library" in low
        or "gym" in low
        or "hall" in low
        or (
            ("east" in low or "west" in low or "south" in low or "north" in low)
            and _COMPASS_GATE_RE.search(low) is not None
        )
    )


# --- places ----------------------------------------------------------------------------
_BLOCK = (
    r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:号楼|号宿舍楼|号公寓|号学生公寓|栋|幢|号教学楼|教学楼|舍)"
    r"(?:\s*\d{3,4}\s*(?:室|寝室|宿舍|教室)?)?"
)
# Places that start with a digit or a Chinese character, every one in LOCATION_FIRST. A
# place is sought with two patterns, these and the English ones below, each with a cheap
# gate: at any one position only one of them can match, so the earlier match is the place.
LOCATION_FIRST = "0123456789一七三九二五八六十四东中兰北南图大学实宿敬本李杏松枫柳桂桃梅理福综老自菊西荷食操报会体校博科竹新文教礼"
LOCATION_ZH_PATTERN = (
    # No space can open a match here: the gate wants a character of LOCATION_FIRST.
    rf"(?:[东西南北中]区|[东西南北]苑|[东西南北]院|[东西南北]校区|新校区|老校区|本部)\s*{_BLOCK}|{_BLOCK}"
    r"|(?:[东西南北中]区|[东西南北]苑|[东西南北]校区)\s*\d{1,3}(?:\s*号)?"
    r"|(?:教|理|文|综|实验楼|图书馆|学)\s*\d{3,4}|教\s*\d-\d{3,4}"
    # 三教, 教二: teaching buildings by number; 梅园, 菊园: dorm areas named by a flower.
    r"|[一二三四五六七八九十\d]教(?:\s*\d{3,4})?|教[一二三四五六七八九十](?:\s*\d{3,4})?"
    r"|[梅兰竹菊松桃李杏桂荷枫柳]园|大?礼堂|自习室|敬老院|福利院"
    r"|\d{1,2}\s*#(?!\d)"
    r"|\d{3,4}\s*(?:室|教室|寝室|宿舍|房间)"
    r"|图书馆|体育馆|报告厅|学术报告厅|会议室|实验室|食堂|操场|校史馆|博物馆|科技馆"
    r"|(?:教学楼|实验楼|宿舍楼)[a-z]\s*(?:栋|座|区)\s*\d{3,4}(?:\s*(?:室|教室|寝室|宿舍))?"
    r"|\b\d{1,4}[a-z]?\s+(?:building|hall)\b"
    # "南区宿舍", "宿舍区东苑": a named part of the campus.
    r"|[东西南北中]区(?=宿舍|寝室|公寓|食堂)|[东西南北]苑"
)
# Places that start with a letter where a word starts. Those after one letter share it and
# those after \b share that: a word start is tried twice instead of six times.
LOCATION_EN_PATTERN = (
    r"[a-z](?:\d{3,4}(?:教室)?|\s*(?:栋|座|区)\s*\d{3,4}(?:\s*(?:室|教室|寝室|宿舍))?)"
    r"|\b(?:(?:buildings?|bldg\.?|blg\.?|block|dorm|hall|room|rm\.?|classroom|lab)\s*#?\s*[a-z]?\d{1,4}(?:-\d{1,4})?[a-z]?\b"
    r"|(?:east|west|south|north)(?:ern)?\s+(?:area|campus|district|zone|dorms?|block)\b"
    r"|[a-z]\d{1,4}[a-z]?\s+(?:building|hall)\b"
    r"|(?:library|gym|lecture\s+hall\s*\w*)\b)"
)
_LOCATION_ZH_RE = gated(LOCATION_FIRST, LOCATION_ZH_PATTERN)
# Every place of the Chinese pattern has one of these: 号, 栋, 室, 楼..., 学 before a number, the
# sign "#", building or hall. Text with none (most notes) is not searched.
_LOCATION_ZH_ANCHOR_RE = re.compile(
    r"号|栋|幢|教|舍|区|苑|理|文|综|园|室|院|#|馆|厅|堂|场|楼|房|学\s*\d|building|hall"
)
_LOCATION_EN_RE = re.compile(f"(?<![a-z0-9])(?=[a-z])(?:{LOCATION_EN_PATTERN})")
_LATIN_RE = re.compile(r"[a-z]")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# Places named by any character before 园 / 楼 or after 在 / 去 / 到: searched only when the
# note has one of the words each needs (园, 楼, 家在, 县, 区, 参观, 馆, 中心...).
_NAMED_PLACE_RE = re.compile(
    rf"[\u4e00-\u9fff]园\s*{_BLOCK}|[\u4e00-\u9fff]{{1,2}}楼\s*\d{{3,4}}|(?<=家在)[\u4e00-\u9fff]{{2}}[县区市镇村]?"
    # "去肥西县", "家访（蜀山区）": a county or district a home visit went to.
    r"|(?<=[去在到(])(?!了)[\u4e00-\u9fff]{2,3}?(?:县|区)(?![\d\s])(?![\u4e00-\u9fff]{0,1}(?:宿舍|寝室))"
    # "带学生去科大讯飞参观": the place visited.
    r"|(?<=[去到])(?!了)[\u4e00-\u9fff]{2,10}?(?=参观|调研|考察)"
    # "在逸夫楼103", "去物理楼", "在办公室": a named building or room gone to or been in.
    r"|(?<=[在去到])(?!了)(?:[\u4e00-\u9fff]{1,4}?(?:楼|馆|厅|中心)(?:[a-z]区)?|[\u4e00-\u9fff]{0,3}?办公室)"
    r"(?:\s*[a-z]?\d{2,4}(?:室|教室)?)?"
)
_NAMED_PLACE_ANCHOR_RE = re.compile(r"园|楼|家在|县|区|参观|调研|考察|馆|厅|中心|办公室")
_ROOM_SUFFIX_RE = re.compile(r"\s*,?\s*(?:room|rm\.?|#)?\s*(\d{3,4})\b")

# --- topics ----------------------------------------------------------------------------
# Every character a topic's mark can start with.
TOPIC_FIRST = '"aclmorstw“《主交会关团围培就班讲谈针'
_TOPIC_RE = gated(
    TOPIC_FIRST,
    r"《([^》]{1,60})》"
    r"|主题(?:是|为)?\s*[:：]\s*(" + _STOP + r"{1,40})"
    r"|主题(?:是|为)\s*(" + _STOP + r"{1,40})"
    r"|(?:主题班会|班会|团会|讲座|培训|会议|谈心|交流)\s*[:：]\s*(" + _STOP + r"{1,40})"
    r"|(?:关于|围绕|针对|就)(" + _STOP + r"{1,30}?)(?:的|问题|情况|进行|开展|召开|展开)"
    r'|["“]([^"”]{1,60})["”]'
    r"|\b(?:about|regarding|re:|topic:?|on\s+the\s+topic\s+of)\s+(" + _STOP + r"{2,60})"
    r"|\b(?:meeting|talk|lecture|session|seminar|workshop|training|chat|conversation)\s+on\s+"
    r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))("
    + _STOP
    + r"{2,60})",
)
# Words one of which every topic contains (the 《, 主题, colon, 关于, quote, about or on of its
# mark): most notes have none, and this scan costs less than blanking their dates and _TOPIC_RE.
_TOPIC_WORD_RE = re.compile(r'《|主题|:|：|关于|围绕|针对|就|"|“|about|regarding|topic|on\s')

# --- student names ---------------------------------------------------------------------
_SURNAMES = _SURNAMES_FOR_COUNTS
# A numeral may end a name (王一, 李二, 张三) but not open a word (一起, 一下, 一次).
_NAME_CHAR = (
    r"(?:(?!一(?:起|下|会|次|位|个|点|些|直|样|定|共|边|同|并|对|名|趟))(?!过来|[来到](?:办|我|这))"
    r"(?![交谈沟聊通讲说和与及的了同学们家长等打电进行面约见起分别老师就关于、,，。\s])[\u4e00-\u9fff])"
)
# 王芳, 李二, or 小周 (a surname after 小; 老王 is more often a colleague).
_NAME = rf"(?:[{_SURNAMES}]{_NAME_CHAR}{{1,2}}|小[{_SURNAMES}](?![\u4e00-\u9fff]{{0,1}}(?:妈|爸|家长|父|母)))"
_NAMES_RE = re.compile(
    # Handwritten and spoken notes part names by a space: "和孙浩然 吴凡谈心".
    rf"(?:与|和|跟|同|找|约|给|叫|喊)\s*(?:了)?\s*((?:{_NAME})(?:\s*(?:同学)?\s*(?:、|,|和|及|与|/|还有|\s)\s*(?:{_NAME}))*)\s*(?:同学|等)?"
    r"(?:\d+人|[一二两三四五六七八九十]+(?:位|名|人|个)?)?\s*(?:同学)?\s*"
    # "找王晓和陈浩来办公室谈了谈", "叫李明过来一个一个聊": called in first.
    r"(?:(?:来|到|过来)(?:我的?)?(?:办公室|这儿|这里|这)?\s*(?:一个一个|挨个|逐个|单独|分别)?\s*)?"
    # "与杨帆、马俊的两次谈话": the talks had with them, counted or not.
    r"(?:的\s*(?:[一二两三四五六七八九十\d]+\s*次)?)?\s*"
    # "跟小张和小李一起谈了": the two talked with together are still two.
    r"(?:一起|一块儿?)?\s*(?:进行|分别)?\s*(?:了)?\s*(?:交流|谈心|谈话|沟通|聊|谈|面谈|见面|个别)"
)
# "谈心 王某 张某" / "谈话：李明、赵强": names listed after the talk, up to the clause's end.
_NAMES_AFTER_RE = re.compile(
    rf"(?:谈心|谈话|面谈|约谈|个别交流|交流|谈了)\s*[:：]?\s*"
    rf"((?:{_NAME})(?:\s*(?:同学)?\s*(?:、|,|和|及|与|还有|\s)\s*(?:{_NAME}))*)\s*(?:同学|等)?(?=[\s,.;!?。；]|$)"
)
_PART_OF_THEM_RE = re.compile(
    # "把迟到的三个叫来", "找挂科的那两个聊了聊": the people told by what they did, no noun.
    # The rest (剩下, 另外) are not those done when the clause leaves them undone or to someone
    # else: "剩下两个他们自己打", "另外两个还没谈".
    rf"(?:其中的?|(?:剩下|剩余|另外|其余|还有(?!一))的?(?![^,.;!?。；]{{0,8}}?(?:[没未不]|自己|让|由))|(?<=的)那?|(?<=[找把叫喊])那)\s*({CN_NUM})\s*(?:个|位|名|人)(?!次|小时|钟头|多小时|半小时)"
    # Those the talk was with, not a part described ("其中1个是因为恋爱问题").
    r"(?=[^,.;!?。；]{0,8}?(?:谈|聊|交流|沟通|找|见|打|讲|叫|喊|批评|教育|联系))"
)
# The number said after the deed's own verb, closing its clause, counts the deed, whatever
# group was named before it (class: the group is not the count): "挂科的五个学生谈了三个",
# "给八个家长打电话，打通了六个", "班里六个贫困生，联系了四个家长".
_DEED_NUMBER_RE = re.compile(
    rf"(?:谈|聊|联系|打通|接通|联系上|找|见|叫)了\s*({CN_NUM})\s*(?:个|位|名)"
    r"(?:家长|学生|同学|孩子|人)?(?=\s*(?:[,.;!?。；、]|$))"
    # "挨个给考研的孩子打电话鼓鼓劲，打了十一个": the calls' own tally, after the call told in
    # its sentence (not "上周五打了两个，这周一又打了一个", two days' calls).
    rf"|电话[^,.;!?。；\n]{{0,10}}[,，]\s*(?:一共|共|总共)?打了\s*({CN_NUM})\s*(?:个|位|名)"
    r"(?:家长|学生|同学|孩子|人)?(?=\s*(?:[,.;!?。；、]|$))"
)
_REACHED_VERB_RE = re.compile(r"打通|接通|联系上")
# "给王婷、李浩家长各打了电话", "给王婷 李浩家长": the parents of each student named.
_PARENTS_OF_NAMES_ZH_RE = re.compile(
    rf"(?:与|和|跟|同|给|联系了?)\s*((?:{_NAME})(?:\s*(?:同学)?\s*(?:、|,|和|及|与|/|还有|\s)\s*(?:{_NAME}))+)\s*(?:同学)?的?(?:家长|父母|爸妈)"
)
_NAME_SPLIT_RE = re.compile(r"\s*(?:同学)?\s*(?:、|,|和|及|与|/|还有|\s)\s*")
# "会后又跟班长、团支书谈了下": students named by their posts, one person each.
_POST = (
    r"(?:副班长|班长|团支书|支书|学委|学习委员|生活委员|宣传委员|组织委员|体育委员|文艺委员"
    r"|心理委员|纪律委员|劳动委员|寝室长|宿舍长|舍长|课代表)"
)
_POSTS_RE = re.compile(
    # "班长和团支书来办公室聊了下": or the posts come to the advisor, opening the clause.
    rf"(?:(?:与|和|跟|同|找|约|给)了?|^|(?<=[,.;!?。；\s]))\s*({_POST}(?:\s*(?:、|,|和|及|与|还有)\s*{_POST})+)"
    r"\s*(?:两个|三个|几个|俩|仨)?\s*(?:单独|分别|一起)?(?:(?:来|到)[^,.;!?。；]{0,6}?)?(?:谈|聊|交流|沟通|说)"
)
_POST_RE = re.compile(_POST)

# "张浩他妈、李佳欣她爸": each student's parent named by the student's full name.
_NAME_HIS_PARENT_RE = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|(?<=[和与及跟给、]))([{_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)(?:他|她|的)(?:妈妈?|爸爸?|母亲|父亲|家长)"
)


def _round_hours(value: float) -> float | None:
    if not 0 < value <= 24:
        return None  # a duration over a day is a typo or not a duration at all
    return round(value, 2)


# A dated log line's bare number after the kind, set off by spaces: "01-08 联系家长 3（离校时间
# 未确认）", "12-08 谈心 2" (class: a log's count column without its header).
_LOG_BARE_COUNT_RE = re.compile(
    r"^[ \t]*\d{1,2}[-/.]\d{1,2}[ \t]+(?:联系家长|家长电话|电话家长|家访|谈心|个别谈话|谈话)[ \t]+(\d{1,2})"
    r"(?=[ \t]*(?:$|[(\n,;。；]))",
    re.M,
)


def extract_count(text: str) -> int | None:
    """The number of people contacted or talked to, when the text says it."""
    # Every Chinese count has a Chinese character and every English one a letter.
    if _CJK_RE.search(text) is not None:
        bare = _LOG_BARE_COUNT_RE.search(text)
        if bare is not None and 0 < int(bare.group(1)) <= 50:
            return int(bare.group(1))
        deed = _DEED_NUMBER_RE.search(text)
        if deed is not None:
            n = cn_to_int(deed.group(1) or deed.group(2))
            if n is not None and 0 < n <= 500:
                return n if _REACHED_VERB_RE.search(deed.group()) else n - _not_reached(text, n)
        # "7人挂科。先找了其中3个谈话": the part of the people named before.
        part = _PART_OF_THEM_RE.search(text)
        if part is not None:
            n = cn_to_int(part.group(1))
            if n is not None and 0 < n <= 500:
                return n
        for zh in _COUNT_ZH_RE.finditer(text):
            if _numeral_of_a_name(text, zh):
                continue
            word = next((g for g in zh.groups() if g), "")
            if zh.group(1) and len(word) > 1 and not word.isdigit():
                if text[zh.start(1) - 1 : zh.start(1)] in _NAME_BEFORE_A_NUMERAL:
                    word = word[1:]  # "赵六、钱七两位同学": 钱七 is a name, 两位 the count
            n = cn_to_int(word)
            if n is not None and 0 < n <= 500 and not _negative(text, zh):
                reached = _ONLY_REACHED_RE.search(text)
                if reached is not None and (reached.group(3) or reached.group(4)):
                    got = cn_to_int(reached.group(3) or reached.group(4))
                    if got is not None and 0 < got < n:
                        return got  # "给那俩家长打电话 就打通一个"
                return n - _not_reached(text, n)
            break
    # "与家长电话沟通三次", "共开展家访两次": contacts with parents are counted in 人次.
    if "家" in text or "通" in text:
        times = _PARENT_TIMES_RE.search(text)
        if times is not None and not (
            times.group(4) and _ONE_CALLED_RE.search(text, 0, times.start()) is not None
        ):
            n = cn_to_int(times.group(1) or times.group(2) or times.group(3) or times.group(4))
            if n is not None and 0 < n <= 100:
                return n
    latin = _LATIN_RE.search(text) is not None
    # "tried calling two parents, only one picked up", "打了三个电话，只有一个接了": those reached.
    reached = _ONLY_REACHED_RE.search(text)
    if reached is not None:
        word = reached.group(1) or reached.group(2) or reached.group(3) or reached.group(4)
        n = en_to_int(word) if word.isascii() else cn_to_int(word)
        if n is not None and n > 0:
            return n
    tally = _EN_TALLY_RE.search(text) if latin else None
    if tally is not None:
        return int(tally.group(1))
    of_them = _OF_THEM_EN_RE.search(text) if latin else None
    if of_them is not None:
        n = 2 if of_them.group(1) else en_to_int(of_them.group(2))
        if n is not None and 0 < n <= 500:
            return n
    m = _COUNT_EN_RE.search(text) if latin else None
    if m:
        n = en_to_int(m.group(1) or m.group(2) or m.group(3))
        if n is not None and 0 < n <= 500:
            return n
    if latin and _BOTH_DONE_RE.search(text):
        return 2  # "both were spoken to individually": the two named before
    if "某" in text:
        # "与学生赵某、钱某分别进行个别谈话": a report names each student by surname and 某.
        anonymised = set(_ANONYMISED_NAME_RE.findall(text))
        if len(anonymised) > 1:
            return len(anonymised)
    if _NAMED_PARENT_GATE_RE.search(text):
        owners = {a or b for a, b in _NAMED_PARENT_RE.findall(text)}
        if len(owners) > 1:
            return len(owners)
        students = set(_NAME_HIS_PARENT_RE.findall(text))
        if len(students) > 1:
            return len(students)
        of_named = _PARENTS_OF_NAMES_ZH_RE.search(text)
        if of_named is not None:
            return len({n for n in _NAME_SPLIT_RE.split(of_named.group(1)) if n})
    if "长" in text or "委" in text or "书" in text or "代表" in text:
        posts = _POSTS_RE.search(text)
        if posts is not None:
            return len(set(_POST_RE.findall(posts.group(1))))
    # "called the parents of li si and wang wu": one contact per student named.
    of_names = _PARENTS_OF_RE.search(text) if latin else None
    if of_names is not None:
        return len(_EN_LIST_SPLIT_RE.split(of_names.group(1)))
    listed = _EN_NAME_LIST_RE.search(text) if latin else None
    if listed is not None:
        names = _EN_LIST_SPLIT_RE.split(listed.group(1))
        if all(name not in _NOT_NAMES for name in names):
            return len(names)
    return None


# A name is not a number: in 给张三家长发了微信 or 和李四同学谈心 the numeral closes a name
# (张三, 李四, 王五 are the Chinese "Tom, Dick and Harry"). A Chinese numeral without a
# measure word right after a surname (or 小, 老) is read as that name; elsewhere (谈心三人,
# 他们两人, 联系三家长) it counts people.
_NAME_BEFORE_A_NUMERAL = frozenset(_SURNAMES_FOR_COUNTS + "小老阿")
_MEASURES = frozenset("位名个户对")


def _numeral_of_a_name(text: str, m: re.Match[str]) -> bool:
    start, end = m.span(1)
    if start < 0 or text[start:end].isdigit() or start == 0:
        return False
    after = text[end:].lstrip()
    if after[:1] in _MEASURES:
        return False
    return text[start - 1] in _NAME_BEFORE_A_NUMERAL


def _negative(text: str, m: re.Match[str]) -> bool:
    """A negative number of people ("-3位家长", "负2人") is refused, not read as positive."""
    start = next((m.start(g) for g in range(1, 6) if m.start(g) >= 0), m.start())
    return text[max(0, start - 1) : start] in ("-", "负", "−")


_PARENT_TIMES_RE = re.compile(
    rf"(?:家长|家访)[^,.;!?。；\d]{{0,8}}?(?:电话|通话|沟通|联系|家访)[^,.;!?。；\d]{{0,2}}?({CN_NUM})\s*次"
    rf"|家访\s*({CN_NUM})\s*次"
    # "家长联系：上周五打了两个": calls counted with no noun, in a note about parents.
    rf"|(?:打|通)了\s*({CN_NUM})\s*个(?=\s*(?:[,.;!?。；]|$|电话))"
    # Calls counted by 通, a parent each (class: a Taiwan advisor's tally, "禮拜四打了3通，今天又
    # 打了2通"), 家 told a clause before).
    # Not calls to one who did not answer ("给他打了3通电话都没接").
    rf"|(?:打|拨)了\s*({CN_NUM})\s*通(?=\s*(?:[,.;!?。；、]|$|电话(?![^,.;!?。；]{{0,3}}?(?:没|未|不))))"
)
# Calls counted by 通 to one person named ("给小王打了两通电话") are one.
_ONE_CALLED_RE = re.compile(r"给(?:小[\u4e00-\u9fff]|他|她)(?!们)[^,.;!?。；]{0,4}$")
# "1:1s (x2)", "parent calls x3": a tally after the people or the talks.
_EN_TALLY_RE = re.compile(
    r"\b(?:one-on-ones?|talks?|calls?|chats?|parents?|students?|home\s+visits?)\s*\(?\s*[x×*]\s*(\d{1,2})\b"
)
_ONLY_REACHED_RE = re.compile(
    r"\bonly\s+(one|two|three|four|five|\d+)\s+(?:of\s+them\s+)?(?:picked\s+up|answered|replied|got\s+back)"
    # "called their parents, got through 3, the other one never pick up".
    r"|\bgot\s+through\s+(?:to\s+)?(one|two|three|four|five|\d+)\b"
    rf"|只有\s*({CN_NUM})\s*(?:个|位|名)?(?:家长|人)?(?:接了|接通了|回了|回复了)"
    # "给那俩家长打电话 就打通一个": the verb of reaching before the number.
    rf"|(?:就|只)(?:打通|接通|联系上|找到)了?\s*({CN_NUM})\s*(?:个|位|名)"
)
# Of those called, some did not answer (class: the count is those reached): "给4个家长打了电话，
# 有1个没接" is 3; "还有2个没打通" (two more, besides) takes nothing away.
_NOT_REACHED_RE = re.compile(
    rf"(?<![还另])(?:其中|有)\s*({CN_NUM})\s*(?:个|位|名)?(?:家长|人)?(?:没接|没打通|没接通|未接通?|没联系上|不接|没回)"
)


def _not_reached(text: str, called: int) -> int:
    """How many of the `called` the text says did not answer (0 when it says none or more)."""
    if "没" not in text and "未" not in text and "不接" not in text:
        return 0
    m = _NOT_REACHED_RE.search(text)
    n = cn_to_int(m.group(1)) if m is not None else None
    return n if n is not None and 0 < n < called else 0


# A name written in either script, and "of" again before the next ("the parents of 王浩 and of
# 李娜", as a German writes "die Eltern von … und von …").
_OF_NAME = r"(?:of\s+)?(?:[a-z]+(?:\s[a-z]+)?|[\u4e00-\u9fff]{2,4})"
_NOT_A_DEED_EN = (
    r"(?!(?:then|also|talked|spoke|met|called|rang|phoned|visited|went|had|held|checked|did|saw"
    r"|texted|emailed|messaged)\b)"
)
_PARENTS_OF_RE = re.compile(
    r"\b(?:parents|families|mothers|fathers|moms|dads)\s+of\s+"
    r"((?!(?:the|my|our|two|three|four|five|\d+|some|several|all)\b)(?:[a-z]+(?:\s[a-z]+)?|[\u4e00-\u9fff]{2,4})"
    # Not a second deed after "and": "called the parents of Wang and talked to Li".
    rf"(?:\s*,\s*{_OF_NAME})*,?\s+(?:and|&)\s+{_NOT_A_DEED_EN}{_OF_NAME})(?![a-z\u4e00-\u9fff])"
)


# English and pinyin names as written, capitalised: "with Tom and Jerry", "with Zhang Wei".
_EN_NAME = r"(?!(?:The|My|Our|His|Her|Their|A|An|All|Prof|Professor|Dr|Mr|Mrs|Ms|Dean|Class|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)\b)[A-Z][a-z]+"
_EN_NAMES_RE = re.compile(
    # "Met Zhang Wei and Li Na": the students met by name too (class: "met" with no "with").
    rf"\b(?:with|to|[Mm]et)\s+((?:{_EN_NAME})(?:\s+(?:{_EN_NAME}))?"
    rf"(?:\s*,\s*(?:{_EN_NAME})(?:\s+(?:{_EN_NAME}))?)*(?:,?\s+(?:and|&)\s+(?:{_EN_NAME})(?:\s+(?:{_EN_NAME}))?)?)"
    r"(?!'s)\b"
)
# "talked w/ 王浩 and 刘洋": Chinese names after an English "with".
_MIXED_NAMES_RE = re.compile(
    rf"\b(?:with|to)\s+((?:{_NAME})(?:\s*(?:、|/|&|\band\b)\s*(?:{_NAME}))*)(?![\u4e00-\u9fff]|'s)"
)
_MIXED_SPLIT_RE = re.compile(r"\s*(?:、|/|&|\band\b)\s*")
_EN_NAMES_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


def _english_names(text: str) -> tuple[str, ...]:
    m = _EN_NAMES_RE.search(text)
    if m is None:
        return ()
    return tuple(dict.fromkeys(n for n in _EN_NAMES_SPLIT_RE.split(m.group(1)) if n))


# "talked with Li, Wang and Zhang": students named one by one in English.
_EN_NAME_LIST_RE = re.compile(
    r"\b(?:with|to)\s+([a-z]+(?:\s*,\s*[a-z]+)*,?\s+(?:and|&)\s+[a-z]+)\b"
)
_EN_LIST_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
_NOT_NAMES = frozenset(
    "a an the my our his her their some two three students student parents parent mom dad "
    "mother father teachers teacher colleagues counselor counsellor dean staff him them me us "
    "classmates monitor cadres class committee friends family".split()
)


def extract_hours(text: str) -> float | None:
    """A stated duration in hours: 2小时, 30分钟, 1.5 hours, 半小时, 一个半小时, 14:00-16:00."""
    eu_clock = _may_state_eu_clock(text)
    if eu_clock:
        eu = _eu_clock_range_hours(text)
        if eu is not None:
            return eu
    if not _may_state_hours(text):
        return _en_clock_range_hours(text) if _may_state_en_clock_range(text) else None
    m = _HOURS_ZH_RE.search(text)
    if m and eu_clock and m.group(4) is not None and float(m.group(4).replace(",", ".")) >= 13:
        # "19h": seven in the evening, not nineteen hours.
        clock = _EU_CLOCK_RE.match(text, m.start())
        if clock is not None and clock.group(6) is not None:
            m = None
    if m:
        if m.group(1) is not None:
            whole = 0.5 if m.group(1) == "半" else _num(m.group(1))
            if whole is not None:
                value = whole + (0.5 if m.group(2) else 0.0)
                if m.group(3):
                    minutes = cn_to_int(m.group(3))
                    value += (minutes or 0) / 60
                return _round_hours(value)
        else:
            value = float(m.group(4).replace(",", ".")) + (
                int(m.group(5)) / 60 if m.group(5) else 0.0
            )
            return _round_hours(value)
    # Substring tests spare the patterns below their scans: each needs the words tested.
    m = _HOURS_EN_RE.search(text) if "hour" in text else None
    if m:
        if m.group(1):
            return 1.5
        if m.group(2) is None:
            return 0.5
        whole = _num(m.group(2))
        if whole is not None:
            value = (
                whole + (0.5 if m.group(3) else 0.0) + (int(m.group(4)) / 60 if m.group(4) else 0)
            )
            return _round_hours(value)
    m = _MINUTES_ZH_RE.search(text) if "分钟" in text or "min" in text else None
    if m:
        minutes = cn_to_int(m.group(1))
        if minutes:
            return _round_hours(minutes / 60)
    m = _QUARTERS_RE.search(text)
    if m:  # 一刻钟: a quarter of an hour
        return _round_hours((cn_to_int(m.group(1)) or 1) / 4)
    m = _CLOCK_RANGE_RE.search(text) if "点" in text or ":" in text or "：" in text else None
    if m:
        start = (
            (cn_to_int(m.group(2)) or 0)
            + (int(m.group(3) or m.group(5) or 0) / 60)
            + (0.5 if m.group(4) else 0)
        )
        end = (
            (cn_to_int(m.group(6)) or 0)
            + (int(m.group(7) or m.group(9) or 0) / 60)
            + (0.5 if m.group(8) else 0)
        )
        if end < start and end + 12 > start:
            end += 12  # 下午2点到4点 written as 2点-4点, or 11:00-1:00
        if end > start:
            return _round_hours(end - start)
    return _en_clock_range_hours(text) if _may_state_en_clock_range(text) else None


def _num(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))  # "1,5": a European's decimal comma
    except ValueError:
        value = cn_to_int(text)
        if value is None:
            value = en_to_int(text)
        return None if value is None else float(value)


def extract_time(text: str) -> time | None:
    """An explicit clock time: 下午3点, 晚上8点半, 14:30, 3pm, 19 Uhr, 19h30, at 19.30."""
    if not _may_state_time(text):
        if _may_state_eu_clock(text):
            return _eu_clock(text)
        return None
    m = _TIME_RE.search(text)
    if not m:
        return _eu_clock(text) if _may_state_eu_clock(text) else None
    if m.group(2) is not None:
        hour = cn_to_int(m.group(2))
        minute = 0
        if m.group(3):
            minute = 30 if m.group(3) == "半" else int(re.sub(r"\D", "", m.group(3)) or 0)
        if hour is not None and m.group(1) in _PM_WORDS and hour < 12:
            hour += 12
        elif hour is not None and m.group(1) == "中午" and 1 <= hour <= 5:
            hour += 12  # 中午1点, 中午三点: just after noon, not in the night
    elif m.group(4) is not None:
        hour, minute = int(m.group(4)), int(m.group(5))
        if m.group(6) == "pm" and hour < 12:
            hour += 12
    else:
        hour, minute = int(m.group(7)), int(m.group(8) or 0)
        if m.group(9).startswith("p") and hour < 12:
            hour += 12
        elif m.group(9).startswith("a") and hour == 12:
            hour = 0
    if hour is None or not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def extract_location_span(low: str) -> tuple[int, int] | None:
    """Where the place named in the (lower-case) text is: 3号楼, 南区12栋, 教302, building 5 ..."""
    if not _may_name_place(low):
        return None
    m = _LOCATION_ZH_RE.search(low) if _LOCATION_ZH_ANCHOR_RE.search(low) is not None else None
    if _LATIN_RE.search(low) is not None:  # an English place needs a letter
        english = _LOCATION_EN_RE.search(low)
        if english is not None and (m is None or english.start() < m.start()):
            m = english
    if _NAMED_PLACE_ANCHOR_RE.search(low):
        named = _NAMED_PLACE_RE.search(low)
        # The leftmost place; at one position the longer name ("梅园5栋", not "梅园").
        if named is not None and (
            m is None or (named.start(), -named.end()) < (m.start(), -m.end())
        ):
            m = named
    if not m:
        return None
    start, end = m.span()
    # "building 5, room 302" names one place.
    if low.startswith(("building", "bldg", "blg", "dorm", "block"), start):
        room = _ROOM_SUFFIX_RE.match(low, end)
        if room:
            end = room.end()
    return start, end


def finish_location(text: str, span: tuple[int, int]) -> str:
    """The place as the advisor wrote it (original case), trimmed."""
    return " ".join(text[span[0] : span[1]].split()).strip(" ,")


def may_state_topic(text: str) -> bool:
    """Whether extract_topic can find a topic in the text, or in it with some characters
    replaced by commas."""
    return _TOPIC_WORD_RE.search(text) is not None


def extract_topic(text: str) -> str | None:
    """What the activity was about: 《诚信考试》, 主题：…, about exams, on exam integrity."""
    m = _TOPIC_RE.search(text)
    if not m:
        return None
    for group in m.groups():
        if group:
            topic = _TOPIC_TAIL_RE.sub("", group.strip(" :：,，-—")).strip(" :：,，-—")
            return topic or None
    return None


# What follows a topic but is not part of it: a date's leftover word ("mental health on Nov
# 13" once the date is blanked) or the duration ("their grades for 2 hours", "安全教育1小时"):
# the hours are shown once, as hours.
_TOPIC_TAIL_RE = re.compile(
    r"(?:\s*(?:\b(?:for|about|around|approx\.?|roughly)\s+)?(?:\b(?:an?|one|two|three|four|half\s+an?)\s+|\d+(?:\.\d+)?\s*)"
    r"(?:hours?|hrs?|h|minutes?|mins?)\b|\s*(?:共|约|大概|用时|历时)?\s*[\d.一二两三四五六七八九十半]+\s*个?半?(?:小时|钟头|分钟)"
    r"|\s+\b(?:on|at|in|for|with|from|by|and|to|the|last|this|next|of)\b)+\s*$"
)


# Students named by their surnames alone, listed before the talk in a terse log (class: a phone
# note's shorthand): "11.3 刘、孙 论文选题谈了下", "王、李、赵 都聊了".
_SURNAMES_LISTED_RE = re.compile(
    # "小刘、小孙也聊过", "小王和小李也谈过": 小 or 老 before each surname too.
    rf"(?<![\u4e00-\u9fff])([{_SURNAMES_FOR_COUNTS}](?:\s*、\s*[{_SURNAMES_FOR_COUNTS}])+"
    rf"|[小老][{_SURNAMES_FOR_COUNTS}](?:\s*[、和]\s*[小老][{_SURNAMES_FOR_COUNTS}])+)(?!(?!都|也)[\u4e00-\u9fff])"
    r"(?=[^,.;!?。；\n]{0,10}?(?:谈|聊|交流|沟通))"
)


def extract_students(text: str) -> tuple[str, ...]:
    """Students named plainly: 与王五、赵六交流 gives (王五, 赵六); "talked with Tom and Jerry"
    gives (Tom, Jerry)."""
    m = _NAMES_RE.search(text) or _NAMES_AFTER_RE.search(text)
    if (
        not m
        and ("、" in text or "和" in text)
        and (listed := _SURNAMES_LISTED_RE.search(text)) is not None
    ):
        return tuple(dict.fromkeys(n.strip() for n in re.split("[、和]", listed.group(1))))
    if not m:
        if _LATIN_RE.search(text) is None:
            return ()
        # "talked w/ 王浩 and 刘洋 separately": Chinese names after an English "with".
        mixed = _MIXED_NAMES_RE.search(text)
        if not mixed:
            return _english_names(text)
        return tuple(dict.fromkeys(n for n in _MIXED_SPLIT_RE.split(mixed.group(1)) if n))
    names = [n for n in _NAME_SPLIT_RE.split(m.group(1)) if n]
    return tuple(dict.fromkeys(names))
