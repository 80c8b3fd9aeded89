"""Date forms: the rule patterns for date expressions, their scan gates, and their handlers.

Stage 2 of the date modules (day_math → date_forms → holiday_dates → dates). `_RULES` is
the list of `(name, pattern)` pairs that `dates.find_dates` scans for: numeric dates
(`ymd` 2026-11-16, `md_sep` 11/16 and 11.19, `md_dash`), Chinese forms (`cn_md` 11月20日,
`n_ago` 三天前, `rel_day` 昨晚/前天, `week_day` 上周三, `rel_month_part` 上个月底,
`cn_month_only` 11月份, `day_only` 20号 …) and English ones (`en_rel` yesterday/tmrw,
`en_weekday` "last Tuesday", `en_md` "Nov 16", `en_dm` "16 Nov", `en_the_day` "the 3rd" …).
The order matters: at one position the first rule that matches wins. The holiday rules
(`holiday`, `holiday_back`, `break_day`, `en_holiday`) are in the list too; their handlers
live in `holiday_dates.py`. `_RULE_RES` holds each rule compiled, `_SHARED` the numeric
rules both languages use.

Speed: the rules are not tried one by one. The Chinese ones are sorted by the two characters
they can start with (`_ZH_DATE_SCAN`, a `gates.FirstCharScan`): at each position only the
rules that can start there are tried. `_COMBINED_EN_RE` joins the English and numeric ones
into one alternation with named groups (`_scan_pattern` turns each rule's own groups into
non-capturing ones), each behind a lookahead of the characters it can start with. Both are
worked out from the patterns: nothing to edit by hand. `tests/parsing/test_date_scan.py`
checks that both scans find what the plain rules find on the corpus.

Handlers: `_h_<name>(m, today, plan) -> date | None` turns a match into a day, using
`day_math` (the `Handler` type); None means "no date" (a span such as 寒假期间, or a day
the calendar does not have). Tables used by them: `_REL_DAYS` (昨天/昨晚 -1, 前天 -2, 大前天 -3,
明天 1, 后天 2, and the northern 前儿), `_EN_REL_DAYS`, `_MONTH_PART_DAY` (月初 1, 上旬 5, 中旬 15, 下旬 25,
月底 the last day) and `_EN_MONTH_PART`; the English weekday abbreviations are dates only in
the places `_h_en_weekday` and `_day_in_a_list` allow (before Chinese, in a list, at a
sentence's end; "Sat" after a verb is no date).

How to add a date form: a `(name, pattern)` in `_RULES` at the place of its priority, a
handler `_h_<name>` here (or in `holiday_dates.py` for a holiday), and the name → handler in
`dates._HANDLERS`. Then add notes to
`tests/parsing/test_dates.py` or the corpus and run `tests/parsing`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date

from bot.parsing.day_math import (
    _CN_WEEKDAYS,
    _EN_WEEK_SHIFT,
    _MONTH_NAMES,
    _WEEK_SHIFT,
    _WEEKDAY_NAMES,
    _en_month,
    _en_weekday,
    _safe_date,
    _shift,
    _shift_months,
    _year_from_word,
    day_of_month,
    month_day,
    recent_weekday,
    weekday_in_week,
)
from bot.parsing.gates import FirstCharScan, combined, first_characters
from bot.parsing.numbers import CN_NUM, EN_NUM, cn_to_int, en_to_int

_CN_DIGIT_CHARS = "0-9零〇一二两三四五六七八九十"

# What a number followed by 号 names when it is not a day: 3号楼, 5号床, 2号线 ...
_NOT_DAY_AFTER_HAO = (
    r"楼|栋|幢|馆|床|室|宿|寝|公寓|教|线|门|院|房|厅|场|车|窗|座|位|机|柜|桌|选手|队|组|同学|学生"
    r"|前|内|以|之|起|元|游|球|码|文件|码头|考场|坑"
    # Buildings listed by number before what they are (class: a dorm round's buildings read as
    # days, "去了5号、7号楼", "五号和七号宿舍楼", "五号、七号两栋宿舍", literary "五号、七号两舍"):
    # each number but the last before the next one and the building word, the last before
    # their count in buildings (not 两天, 两个宿舍: "5号两个宿舍没查" is a day).
    rf"|(?:\s*[、和与及]\s*{CN_NUM}\s*号)+\s*(?:[两二三四五几]\s*[栋幢座]\s*)?"
    r"(?:楼|栋|幢|宿舍|寝室|公寓|舍)"
    r"|[两二三四五几]\s*(?:[栋幢座舍]|个?宿舍楼)"
)

# Units after "1.5" or "3/4" that make it a quantity, not a month.day date.
# An English clock after the numbers ("7-9pm", "10-11 a.m.", "8-10 o'clock", a German's "19-21
# Uhr") makes them hours, not a month and a day (class: a clock range read as a date).
_NOT_DATE_UNITS = (
    # Not 个 opening a word (11/17 个人面谈, 11/17 个别谈话: a day, then the talk).
    r"小时|个(?!人(?:面谈|谈话|谈心|约谈)|别)|h\b|hr|hour|min|分|%|倍|万|元|次|km|公里|天|周(?![一二三四五六日天末])|年(?!级)|米|m\b|kg|岁|的|节|人|位|名|学分|分钟"
    r"|[ap]\.?m\b|o'?clock\b|uhr\b"
    # "3-4 period", "1-2 lessons": an Indian timetable's periods (class: numbered periods).
    r"|(?:st|nd|rd|th)?\s*(?:periods?|lessons?|hours?)\b"
)
# A clock time with a dot after an English word of time ("at 9.10", "from 8.15", "until 21.30",
# "around 19.30": British and European writers' clock), not the 9th of October.
_DOT_CLOCK = (
    r"(?!(?:(?<=\bat\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\baround\s)|(?<=\bby\s)"
    r"|(?<=\babout\s)|(?<=\bca\.\s)|(?<=\bca\s))\d{1,2}\.\d{2}(?![\d.]))"
    # "12.30-13.00", "9.30–10.00": a range of clock times whose end is no date (its minutes
    # 00, or its hour and its minutes both past 12), not the 30th of December.
    r"(?!\d{1,2}\.\d{2}\s*[-–~]\s*(?:\d{1,2}\.00|(?:1[3-9]|2[0-4])\.(?:1[3-9]|[2-5]\d))(?!\d|\.\d))"
)

# "9月份的工作记录表", "上个月的总结": the month a form or a report is for, not a date.
_NOT_FORM_AFTER = (
    r"(?!\s*的?\s*(?:班主任|班导师)?(?:工作)?(?:记录表|记录|总结|计划|考勤表|考勤|表格|报表))"
    # "开了10月份的班会": which month's meeting it was, not its day.
    r"(?!\s*的\s*(?:主题)?(?:班会|例会|班委会|团会|家长会))"
)

# Parts of a month (see _MONTH_PART_DAY): 月底, 11月中旬, 9月最后一周, 3月第一周 ...
_MONTH_PARTS = (
    r"最后一周|最后一天|最后几天|第[一二三四1-4]周|第一天|头几天|底|末|初|中旬|上旬|下旬|中"
)

# "the 3rd period", "Monday 3rd period": an ordinal of something else than a day.
_NOT_A_DAY_AFTER_NTH = r"(?![- ]?(?:years?|floor|grade|semester|term|time|place|round|period|lesson|class|row|level)\b)"

# An ordinal with no "the" before it counts other things too: "on 13th week", "2nd one".
_NOT_A_DAY_AFTER_BARE_NTH = (
    r"(?![- ]?(?:weeks?|students?|people|persons?|times?|dorms?|rooms?|ones?|groups?|teams?|batch(?:es)?"
    r"|prizes?|half|sessions?|meetings?|days?|months?|steps?|parts?|items?|points?)\b)"
)

# A numbered list's item label before the item's date: "1. 11/12", "2. 10.9", "3、12.19".
_LIST_ITEM_NUMBER = r"\.\s+\d{1,2}\s*[./]\s*\d"

# A lunar month after 农历 (正月, 冬月, 腊月 or its number) and a lunar day (初一 … 初十, 十一 …
# 二十, 廿一 / 二十一 … 三十, or digits): `holiday_dates._h_lunar_md`.
_LUNAR_MONTH = r"正|冬|腊|十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9]"
_LUNAR_DAY = (
    r"初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|三十"
    r"|十[一二三四五六七八九]?|[12]\d|30|0?[1-9]"
)

# (name, pattern) in priority order: at one position the first alternative that matches
# wins, so the longer and more specific forms come first.
_RULES: list[tuple[str, str]] = [
    ("ymd", r"(?<!\d)(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)(?:\s*[日号])?"),
    # Not 前晌 / 前半晌, the northern morning after a space ("节后头一天 前晌查课": the day
    # after the holiday, in the morning).
    (
        "n_ago",
        rf"({CN_NUM}|半|几)\s*个?\s*(半)?\s*(天|日|周|星期|礼拜|月)\s*(?:之|以)?前(?!半?晌)",
    ),
    # Lunar-calendar days (class: a lunar date read as a Gregorian one, 农历十月初一 as
    # October 1): 农历 and any month and day (农历十月十五, 农历闰六月初三, 农历8月15); a month
    # only the lunar calendar names (冬月初一, 腊月二十三; 正月 is the `holiday` rule's, from
    # 春节); and a numbered month with an 初 day, the lunar way of writing one (九月初九,
    # 十月初一; not 九月初 alone, early September, nor 11月初3号, the 3rd).
    (
        "lunar_md",
        rf"(?:农历\s*(闰)?\s*({_LUNAR_MONTH})|(闰)?([冬腊])"
        r"|(?<![\d〇零一二三四五六七八九十])(十[一二]?|[一二三四五六七八九])"
        rf"(?=月\s*初[一二三四五六七八九十](?![号日\d〇零一二三四五六七八九十])))\s*月\s*({_LUNAR_DAY})"
        r"(?![\d〇零一二三四五六七八九十])\s*[日号]?",
    ),
    # A lunar day alone (初六, 初十日, 望日 the 15th), as the literary register dates a diary's entry: the
    # lunar month it is in; only before 日, a break or a deed (not 初一学生, 初三年级, 本月初,
    # 大年初一, 11月初3号).
    (
        "lunar_day",
        r"(?<![月年周大\d〇零一二三四五六七八九十本上下这])(?:初([一二三四五六七八九十])"
        # 望日, not 希望日后, 盼望日子.
        r"|(?<![希盼期渴观眺展失探看仰企声威名愿绝有])(望)(?=日(?![后常子本])))"
        r"(?![\d〇零一二三四五六七八九十])"
        r"(?:日|(?=[,，、;；:：\s]|赴|巡|晤|召|察|访|致|函|诣|往|去|到|查|开|听|与|和|跟|带|给|约|找|率|偕|集))",
    ),
    (
        "cn_md",
        rf"(?:(今|去|前|明)年\s*)?({CN_NUM})\s*月\s*({CN_NUM})\s*(?:[日号]|(?![{_CN_DIGIT_CHARS}]))",
    ),
    (
        "md_sep",
        # Not inside a clock time or a longer number; after a label's colon it is a date.
        # A list item's number before a date ("1. 11/12 晚上", "3. 10.10 给") is no month:
        # "N." and a space, then a month-day, is the item's label (`_LIST_ITEM_NUMBER`).
        # "17-11-2026", "03-11-26": with its year, a dashed date is read as the slashed one
        # (day first where British, Indian and most English write it).
        r"(?<![\d./\-])(?<!\d:)"
        + _DOT_CLOCK
        + r"(\d{1,2})(?!"
        + _LIST_ITEM_NUMBER
        + r")\s*([./]|-(?=\d{1,2}-(?:\d{4}|\d{2})(?!\d)))\s*(\d{1,2})"
        r"(?:[./\-](\d{4}|\d{2}))?"
        # "1. 12月1日", "2.12月3日": an item's number before a month is no day of its own.
        rf"(?!\d|\.\d|/\d|\s*(?:{_NOT_DATE_UNITS})|\s*月)",
    ),
    # 11-20: month-day with a dash, but not a range of hours, lessons or people ("3-5点", "1-2节"),
    # nor a class's number ("3-5班"; a word that starts with 班 is no class: "12-11 班主任培训",
    # "12-11 班委会").
    (
        "md_dash",
        # Nor a range of clock hours after a part of the day ("this afternoon 2-5", "tonight 7-9",
        # 下午2-5).
        r"(?<![\d./\-])(?<!\d:)(?<!afternoon\s)(?<!morning\s)(?<!evening\s)(?<!tonight\s)"
        r"(?<!lunchtime\s)(?<!下午)(?<!上午)(?<!晚上)(?<!早上)(?<!中午)(?<!下午\s)(?<!上午\s)(?<!晚上\s)"
        r"(1[0-2]|0?[1-9])-(3[01]|[12]\d|0?[1-9])(?![\d\-:]|\.\d|\s*(?:点|时|节|楼|栋|层|号"
        r"|班(?!主任|导师?|委|会|干部|长|团|级(?:大会|会议|例会)|里|上)|级|周|"
        rf"{_NOT_DATE_UNITS}))"
        # Nor people counted with a range ("talked with 3-5 students", "4-6 of them").
        r"(?!\s*(?:students?|people|parents?|kids|freshers|freshmen|of\s+(?:them|mine|my|the)\b))",
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
        r"(?:(大上|上上|上|本|这|下下|下)\s*个?\s*)?(?:周|星期|礼拜|週)\s*(?:(初)(?![步次中级心])|中(?![午学心间]))",
    ),
    (
        "week_day",
        # 小周, 老周, 阿周 are a person named 周 (class: a name before a numeral): "和小周1v1聊了下",
        # "跟小周一起去"; a talk "1v1" is not Monday.
        r"(?:(大上|上上|上|本|这|下下|下|今)\s*个?\s*)?(?:(?<![小老阿])周|星期|礼拜|週)\s*([一二三四五六日天末1-7])"
        # 一回 is "once" ("每周一回"), unless 回 goes back to a place ("周一回学校看了下").
        r"(?![次个天遍名位人])(?!回(?!学校|校|宿舍|寝室|来|去|到|办公室))(?!\s*v\s*\d)",
    ),
    (
        "week_only",
        r"(大上|上上|上|本|这|下下|下)\s*个?\s*(?:周|星期|礼拜|週)(?![一二三四五六日天末1-7])",
    ),
    ("rel_day_before", r"前\s*(两|[二三四五2-5]|几|些)\s*(?:天|日子)"),
    # 过两天 / 过三天: in that many days (过几天 names no day: blocking's some day).
    ("rel_day_after", r"(?<![经通度超])过\s*(两|[二三四五2-5])\s*天(?![了数])"),
    (
        "rel_day",
        r"大前天|大前晚|大后天|大前儿|前天|前晚|前日|(?<![眼门面头])前儿(?=个|[^\u4e00-\u9fff]|[去开和跟给带查听到在又也还找叫约谈聊领陪把我俺咱就黑晚早下上后])|昨天|昨日|昨晚|昨夜|昨早|昨儿|今天|今日|今早|今晨|今晚|今夜|今儿"
        r"|明天|明日|明早|明晚|明儿|后天"
        # Northern speech: 后儿(个) is the day after tomorrow, 大后儿 the day after that (not
        # 然后儿, 以后儿, 最后儿).
        r"|大后儿|(?<![最之以然落背])后儿"
        # Guanzhong and northern speech, after the common words: 夜个 (夜儿个, 昨个) yesterday,
        # 前个 the day before, 今个 today, 明个 tomorrow, 后个 the day after (not 最后个,
        # 前个月); 昨儿个, 今儿个, 明儿个 are read by 昨儿, 今儿, 明儿 above. Nor 前 + 个别
        # (class: 前 closing a word before 个别, "考前个别谈话" the talks before the exam).
        r"|(?<![半深午黑熬])夜儿?个|昨个|今个|明个|大前个|(?<![上之这那以提考])前个(?![月人位把别])"
        r"|(?<![最之以然落背])后个(?![月人别位把])"
        # Changsha and other southern speech (as Cantonese, which regional.py folds): 后日 the
        # day after tomorrow, beside 前日 and 昨日 above (not 今后日子, 以后日常, 午后日光).
        r"|大后日|(?<![今以之然最往午此其背落前随日])后日(?![子常期程志记益光本渐])"
        # "Just now" is today (class: the deed's own day beside a later sentence's): "刚才跟班委
        # 开了个短会……这边周末夏令时结束了" was held today, not at the weekend.
        # Not the moment the note is written: "昨天的查寝刚才补记一下", "刚才那条记错了".
        r"|(?:刚才|刚刚(?!好))(?!\s*(?:补|记|报|发|那|说|忘|录|填|提交|写))"
        # 刚 alone before a deed done and come back from (class: "just now"): "刚查完寝回来", "我刚
        # 跟小王谈完"; not 刚开学 (the term just begun), 刚好, 刚入学.
        r"|(?:(?<![\u4e00-\u9fff])|(?<=我))刚(?=(?:查|去|从|和|跟|给|打|走访|看|送|陪|带|开(?!学)|听|谈|聊)"
        r"[^,.;!?。；\n]{0,8}?(?:完|回来|回到))",
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
        r"|愚人节|情人节|万圣节|光棍节|双十一|建党节|建军节|母亲节|父亲节|感恩节"
        # Lunar festivals and the solar terms that name nothing else (reminders.holidays).
        r"|重阳节?|腊八节?|七夕节?|小年(?![轻级龄])|冬至|夏至|立春|立夏|立秋|立冬|春分|秋分|惊蛰|芒种|处暑|寒露|谷雨)"
        # Only as a day ("元旦当天", "元旦去宿舍"), not naming a thing ("国庆安全教育", "元旦晚会").
        # Not a plan or notice about it: "讨论国庆放假安排".
        r"(?!(?:假期|放假)?(?:安排|通知|事宜|值班|去向|方案|安全|出行|返校|离校|注意事项))"
        r"(?=假期|期间|放假|小长假|长假|第|(?:节|假)?的?最后一[天晚]|(?:节|假期|放假|假|长假|小长假)?(?:之后|以后|过后|结束后|后)的?第?\s*[一两二三四五六七八九十\d]+\s*天"
        r"|(?:节|假期|放假|假)?(?:之前|以前|前)\s*[一两二三四五六七八九十\d]+\s*天"
        r"|(?:假)?(?:当天|那天|当日|那日|当晚|那晚|前一天|前一晚|前夕|准备|计划|打算|晚上|上午|下午|中午|早上|夜里|夜"
        r"|[,.;:!?()\s]|$|里|中"
        r"|去|到|我|和|跟|带|陪|在|给|又|也|还|开|组织|召开|查|听|走访|慰问|家访))",
    ),
    # The solar terms that are also weather (下大雪, 白露为霜) are a day only as one: 大雪那天,
    # 小寒节气, 霜降当天.
    (
        "solar_term",
        r"(大雪|小雪|大寒|小寒|雨水|白露|霜降|小满|大暑|小暑)"
        r"(?=节气|那天|当天|这天|当日|那日|当晚|那晚)",
    ),
    # "清明节当天 …，放假最后一天 …": a day of the break of the holiday named before it.
    ("break_day", rf"(?:放假|假期|长假)的?(?:(最后)一[天晚]|第\s*({CN_NUM})\s*天)"),
    # No day of the month is written 两日 (二日, 两号 are): "参加了两日的培训" is two days long.
    (
        "day_only",
        rf"(?<![\d月./第\-])(?<!\d:)(?![两俩仨]\s*日)({CN_NUM})\s*[号日](?!{_NOT_DAY_AFTER_HAO})",
    ),
    ("en_dby", r"\b(?:the\s+)?day\s+before\s+(?:yesterday|yday|yest)\b|\bthe\s+other\s+day\b"),
    # "the day after tomorrow", "day after tmrw", the old "overmorrow": two days on.
    ("en_dat", r"\b(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw|tmr|tmw)\b|\bovermorrow\b"),
    # "the Monday before last", "a week ago Tuesday": that weekday a week before the last one.
    (
        "en_weekday_before_last",
        rf"\b(?:(?:a|one)\s+week\s+ago\s+(?:last\s+|this\s+past\s+|on\s+)?({_WEEKDAY_NAMES})"
        rf"|(?:the\s+)?({_WEEKDAY_NAMES})\s+before\s+last)\b",
    ),
    # "the Saturday after next", "class meeting Saturday after next": a week after the next one.
    (
        "en_weekday_after_next",
        rf"\b(?:on\s+)?(?:the\s+)?({_WEEKDAY_NAMES})\s+after\s+next\b",
    ),
    (
        "en_month_part",
        r"\b(mid|early|late|end\s+of|the\s+end\s+of|beginning\s+of|the\s+beginning\s+of|start\s+of"
        rf"|the\s+start\s+of|middle\s+of|the\s+middle\s+of)[- ]?\s*(?:(last|this|next)\s+month|the\s+month"
        rf"|({_MONTH_NAMES})\b)",
    ),
    (
        "en_rel",
        # ytd: chat's "yesterday" beside Chinese ("ytd下午去学院…"), not a tally's "year to
        # date" ("ytd total: 12", "ytd 12 visits").
        r"\b(?:today|tonight|yesterday|tomorrow|yday|ystd|yest|ytday|ytd(?!\s*(?:totals?|counts?|so\s+far|[:=]|\d))"
        r"|tmrw|tmr|tmw|tmrrw|2moro"
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
    # "in two days I visit the dorms" (in zwei Tagen, dans deux jours), "3 days from now": that
    # many days or weeks on. "In" only at a clause's start before its subject ("finished the
    # checks in two days" is a duration).
    (
        "en_in",
        # (no word before "in": the note's or a clause's start).
        rf"\bin(?<!\w\sin)(?<!\w\s\sin)\s+({EN_NUM})\s+(days?|weeks?)\b"
        r"(?=\s*,?\s*(?:i|we|there|the|my|our)\b)"
        rf"|\b({EN_NUM})\s+(days?|weeks?)\s+from\s+(?:now|today)\b",
    ),
    (
        "en_week_weekday",
        rf"\b(last|this|next|past)\s+week(?:'s)?\s*,?\s*(?:on\s+)?({_WEEKDAY_NAMES})\b",
    ),
    # British "Tuesday week", "a week on Tuesday", "a week Tuesday": a week after the coming
    # Tuesday (said on a Tuesday, a week today). The abbreviations that are also words (mon,
    # wed, sat, sun) are left: "sat week after week".
    (
        "en_weekday_week",
        r"\b(?:(?:a|one)\s+week\s+(?:on\s+|from\s+)?(?:this\s+coming\s+)?"
        r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|weds|thurs|fri)"
        # Australian and British "Sat week", "Mon week": abbreviated too before "week".
        r"|(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues?|weds?|thu(?:rs?)?|fri|sat|sun|mon)"
        r"\s+week)\b(?![-'])(?!\s*\d)(?!\s+(?:after|in|by|of)\b)",
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
        # "14. October": a European's day with its dot.
        rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.(?=\s))?(?:\s*(?:-|–|to)\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
        # "14 de October": a Spanish or Portuguese speaker's "de".
        rf"\s*(?:of\s+|de\s+)?({_MONTH_NAMES})\b\.?(?:,?\s*(\d{{4}}))?",
    ),
    # "on Thursday (27th)": a day of the month in brackets, spelling out the weekday before.
    ("en_bracket_nth", rf"(?<=\()(\d{{1,2}})(?:st|nd|rd|th)(?=\s*\)){_NOT_A_DAY_AFTER_NTH}"),
    # "on the 13th", and a Chinese speaker's "on 13th", "to 23rd", "the evening of 13th" (not
    # "on 2nd floor").
    (
        "en_the_day",
        rf"\b(?:(?:on\s+)?the|on|to|till|until|of)\s+(\d{{1,2}})(?:st|nd|rd|th)\b{_NOT_A_DAY_AFTER_NTH}"
        + _NOT_A_DAY_AFTER_BARE_NTH,
    ),
    # A line's or a clause's "13th evening: dorm check", "16th check dorm, 17th open class
    # meeting": the day it is of (not a list's "1st, …; 2nd, …").
    (
        "en_line_nth",
        rf"(?:(?<![^\n])|(?<=[,;]\s))(\d{{1,2}})(?:st|nd|rd|th)\b{_NOT_A_DAY_AFTER_NTH}"
        + _NOT_A_DAY_AFTER_BARE_NTH
        + r"(?!\s*[,.、)])",
    ),
]

_RULE_RES: dict[str, re.Pattern[str]] = {name: re.compile(p) for name, p in _RULES}

# Numeric forms (2026-11-16, 11/16, 11.19) belong to both languages.
_SHARED = frozenset({"ymd", "md_sep", "md_dash"})

# An opening group of a pattern ("(" not followed by "?"), skipping escapes and classes.
_OPEN_GROUP_RE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\((?!\?)")


def _scan_pattern(pattern: str) -> str:
    """The rule as the one-scan regex tries it: behind a lookahead of its first characters
    (worked out from the pattern, `gates.first_characters`), so at most positions the engine
    leaves it after one set test, and with its groups made non-capturing, since each
    capturing group entered costs the engine a mark (the scan needs only which rule matched;
    _scan re-matches it for the groups)."""
    bare = _OPEN_GROUP_RE.sub(lambda m: "(?:" if m.group() == "(" else m.group(), pattern)
    # At a position the language gate allows (an ASCII letter or digit starting a word).
    first = first_characters(pattern, ascii_words=True)
    if first is None:  # pragma: no cover - every English rule starts with a known character
        return f"(?:{bare})"
    return f"(?=[{''.join(map(re.escape, sorted(first)))}])(?:{bare})"


# The Chinese rules sorted by the two characters they can start with (gates.FirstCharScan):
# at each position only the rules that can start there are tried, each with its own pattern,
# so a hit's groups need no second match. A hit's index is its rule's in `_RULES`.
_ZH_DATE_SCAN = FirstCharScan((i, p) for i, (n, p) in enumerate(_RULES) if not n.startswith("en_"))


# English and numeric dates start a word or a number: the gate skips every other position
# at once (a test checks that every rule starts so). A number glued to a letter ("a11.20")
# is no date.
_COMBINED_EN_RE = combined(
    "(?=[a-z0-9])(?<![a-z])",
    ((n, _scan_pattern(p)) for n, p in _RULES if n.startswith("en_") or n in _SHARED),
)


_REL_DAYS = {
    "大前天": -3,
    "大前晚": -3,
    "大后天": 3,
    "大后日": 3,
    "后日": 2,
    "前天": -2,
    "前晚": -2,
    "前日": -2,
    "昨天": -1,
    "昨日": -1,
    "昨晚": -1,
    "昨夜": -1,
    "昨早": -1,
    "昨儿": -1,
    "夜个": -1,
    "夜儿个": -1,
    "昨个": -1,
    "今个": 0,
    "明个": 1,
    "前个": -2,
    "大前个": -3,
    "后个": 2,
    # Northern speech: 前儿(个) is the day before yesterday.
    "前儿": -2,
    "大前儿": -3,
    "明天": 1,
    "明日": 1,
    "明早": 1,
    "明晚": 1,
    "明儿": 1,
    "后天": 2,
    "后儿": 2,
    "大后儿": 3,
}

_EN_REL_DAYS = {
    "yesterday": -1,
    "yday": -1,
    "ystd": -1,
    "yest": -1,
    "ytd": -1,
    "ytday": -1,
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
    return month_day(
        today, month, day, plan, _year_from_word(m.group(1), today), near=not _done_after(m)
    )


# A deed told as done after the date in its clause ("3月30日开了班会"): the date is not the
# near future (`day_math.month_day`'s `near`).
_DONE_AFTER_RE = re.compile(r"[^,;!?。；\n]*?(?:了|过|完|已)")


def _done_after(m: re.Match[str]) -> bool:
    return _DONE_AFTER_RE.match(m.string, m.end()) is not None


# A slashed date is read day first when month first is over _DAY_FIRST_FAR days off and day
# first within _DAY_FIRST_NEAR.
_DAY_FIRST_FAR = 45
_DAY_FIRST_NEAR = 14


def _h_md_sep(m: re.Match[str], today: date, plan: bool) -> date | None:
    if m.group(2) == "/" and _FRACTION_OF_RE.match(m.string, m.end()):
        return None  # "3/4 of the rooms": a fraction
    month, day = int(m.group(1)), int(m.group(3))
    if (m.group(2) == "-" or (m.group(2) == "." and m.group(4))) and day <= 12:
        # "03-11-2026", and "7.11.2026" as Germany and Russia write a date (a Chinese note puts
        # the year first, 2026.11.7): day first.
        month, day = day, month
    elif month > 12 >= day:
        month, day = day, month  # "20/11", "20.11.": day first, as many write it
    year = _year_from_word(m.group(4), today)
    found = month_day(today, month, day, plan, year, near=not _done_after(m))
    if m.group(2) in "/." and found is not None and month != day <= 12:
        # "Thursday 12/11", "Tue 10/11 -", "12/11 (Thu)": a weekday told with the date picks
        # the order it falls on (12 November 2026 is a Thursday, 11 December a Friday).
        weekday = _told_weekday(m)
        if weekday is not None and found.weekday() != weekday:
            day_first = month_day(today, day, month, plan, year, near=not _done_after(m))
            if day_first is not None and day_first.weekday() == weekday:
                return day_first
    if m.group(2) in "/." and found is not None and month != day <= 12:
        # "12/10 also got call 1 parent" said on 13 October, a foreign lecturer's "7.11去宿舍"
        # said on 18 November, "held on 06/11/2026" said on 18 November: where month-first is
        # months away and day-first is a few days back, the writer puts the day first (as
        # Europe and West Africa write a date).
        day_first = month_day(today, day, month, plan, year)
        if (
            day_first is not None
            and abs((found - today).days) > _DAY_FIRST_FAR
            and abs((day_first - today).days) <= _DAY_FIRST_NEAR
        ):
            return day_first
    return found


# A fraction of something: "3/4 of the rooms were clean", "2/3 of them came".
_FRACTION_OF_RE = re.compile(
    r"\s+of\s+(?:the|them|my|our|all|those|these|his|her|their|each|every)\b", re.IGNORECASE
)
# A weekday named right before a numeric date ("Thursday 12/11", "on Thu, 12/11") or in
# brackets or after a comma right after it ("12/11 (Thu)", "12/11, Thursday").
_WEEKDAY_BEFORE_DATE_RE = re.compile(rf"\b({_WEEKDAY_NAMES})\.?,?\s*(?:the\s+)?$")
_WEEKDAY_AFTER_DATE_RE = re.compile(rf"\s*(?:\(|,)\s*({_WEEKDAY_NAMES})\b")


def _told_weekday(m: re.Match[str]) -> int | None:
    """The weekday (0 Monday) told with the date `m`, if one is."""
    text = m.string
    before = _WEEKDAY_BEFORE_DATE_RE.search(text[max(0, m.start() - 16) : m.start()].lower())
    if before is not None:
        return _en_weekday(before[1])
    after = _WEEKDAY_AFTER_DATE_RE.match(text[m.end() : m.end() + 16].lower())
    return _en_weekday(after[1]) if after is not None else None


# "periods 3-4", "lessons 1-2", "weeks 5-6": a numbered range of things, not a month-day.
_NUMBERED_BEFORE_RE = re.compile(
    r"\b(?:periods?|lessons?|class(?:es)?|weeks?|rooms?|chapters?|units?|pages?|pp|nos?|questions?"
    r"|problems?|exercises?|sections?|grades?|levels?|floors?|rows?|seats?|numbers?|slides?|items?)"
    r"\.?\s*[(#]?\s*$"
)


def _h_md_dash(m: re.Match[str], today: date, plan: bool) -> date | None:
    if _NUMBERED_BEFORE_RE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    month, day = int(m.group(1)), int(m.group(2))
    found = month_day(today, month, day, plan, near=not _done_after(m))
    if found is not None and month != day <= 12:
        # "7-11去宿舍" said on 18 November: day first where month first is months away and day
        # first a few days back, as a dotted or slashed date (a foreign lecturer's).
        day_first = month_day(today, day, month, plan)
        if (
            day_first is not None
            and abs((found - today).days) > _DAY_FIRST_FAR
            and abs((day_first - today).days) <= _DAY_FIRST_NEAR
        ):
            return day_first
    return found


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
    # 11月第二周: that week, by its first day (the month's 8th, 15th, 22nd).
    "第二周": 8,
    "第三周": 15,
    "第四周": 22,
    "第1周": 1,
    "第2周": 8,
    "第3周": 15,
    "第4周": 22,
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


def _h_rel_day_after(m: re.Match[str], today: date, plan: bool) -> date | None:
    n = cn_to_int(m.group(1))
    return None if n is None else _shift(today, n)


def _h_rel_day(m: re.Match[str], today: date, plan: bool) -> date | None:
    return _shift(today, _REL_DAYS.get(m.group(0), 0))


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


def _h_en_dat(m: re.Match[str], today: date, plan: bool) -> date | None:
    return _shift(today, 2)  # the day after tomorrow


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


def _h_en_in(m: re.Match[str], today: date, plan: bool) -> date | None:
    number, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    n = en_to_int(number)
    if n is None or n > 60:
        return None
    return _shift(today, n * 7 if unit.startswith("week") else n)


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
        and not (
            _AFTER_WEEKDAY_RE.search(m.string, 0, m.start())
            # "on Monday and Sun Yue today": Sun is a surname too, a day of the list only where
            # a day may end ("Mon and Sun evening", "Sat and Sun.").
            and (word != "sun" or _DAY_END_AFTER_RE.match(m.string, m.end()) is not None)
        )
        and not _CJK_AFTER_RE.match(m.string, m.end())
        and not _BEFORE_WEEKDAY_RE.match(m.string, m.end())
        and not _EN_WEEK_BEFORE_RE.search(m.string, 0, m.start())
        and not (
            # "checked evening self-study Sun. Exam mode …": the sentence's period is the match's.
            # Not "a walk in the sun.": an article's noun.
            (
                _END_AFTER_RE.match(m.string, m.end())
                or (
                    m.group(0).endswith(".")
                    and not _ARTICLE_OR_SUBJECT_BEFORE_RE.search(m.string, 0, m.start())
                )
            )
            and not _SUBJECT_BEFORE_RE.search(m.string, 0, m.start())
        )
        # "Wed called 1 parent", "Sat attended the training": an item opened by the day.
        and not (
            _ITEM_START_BEFORE_RE.search(m.string, 0, m.start())
            and _PAST_VERB_AFTER_RE.match(m.string, m.end())
        )
        # "Sun lunch makan with 3 of my girls", "Mon night 查寝": an item opened by the day
        # and a part of it.
        and not (
            _ITEM_START_BEFORE_RE.search(m.string, 0, m.start())
            and _PART_OF_DAY_AFTER_RE.match(m.string, m.end())
        )
        and not _day_in_a_list(m)
    ):
        return None  # "sat in on a lecture", "wed": abbreviations need context
    if word == "sun" and prefix is None and _THE_BEFORE_RE.search(m.string, 0, m.start()):
        return None  # "a walk in the sun", "sat in the sun": the star, an article's noun
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
# "Mon and tonight", "Zhao Min Mon and with Sun Yue today": one listed before another day word,
# or before a second object of the deed with its own day (class: days listed, one abbreviated).
_BEFORE_WEEKDAY_RE = re.compile(
    rf"\.?\s*(?:&|and|/|\+)\s*(?:{_WEEKDAY_NAMES}\b|(?:(?:with|to)\s+[a-z]+(?:\s+[a-z]+)?\s+)?"
    r"(?:today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening))\b)"
)

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

_PART_OF_DAY_AFTER_RE = re.compile(
    r"\s+(?:morning|afternoon|evening|night|nite|noon|lunch|lunchtime|dinner|am|pm)\b"
)

_THE_BEFORE_RE = re.compile(r"\bthe\s+$")

_SUBJECT_BEFORE_RE = re.compile(r"\b(?:i|we|he|she|they|who|students?|everyone)\s+$")

# "Dorm visits: Sat Bldg 5 (girls), Sun Bldg 7": an item opened by the day and its place.
_PLACE_AFTER_RE = re.compile(r"\s+(?:bldg|building|block|blk|hall|rooms?|rm|dorms?|classroom|#?\d)")

_UNAMBIGUOUS_DAY_RE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues?|weds|thu(?:rs?)?|fri)\b"
)

# What may follow a day in a list: "Wed after all (late)", "Mon evening", "Sat, …".
_DAY_END_AFTER_RE = re.compile(
    # A terse log's dash: "Mon - halls; Tues - reps".
    r"\s*(?:$|[.,;:!?()\n\-–]|\b(?:after|before|morning|afternoon|evening|night|am|pm|\d))"
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


def _h_en_weekday_after_next(m: re.Match[str], today: date, plan: bool) -> date | None:
    # "next Saturday" is the coming one, never today; the one after it a week on.
    weekday = _en_weekday(m.group(1))
    return _shift(today, ((weekday - today.weekday()) % 7 or 7) + 7)


def _h_en_weekday_week(m: re.Match[str], today: date, plan: bool) -> date | None:
    weekday = _en_weekday(m.group(1) or m.group(2))
    return _shift(today, (weekday - today.weekday()) % 7 + 7)


def _h_en_the_day(m: re.Match[str], today: date, plan: bool) -> date | None:
    return day_of_month(today, int(m.group(1)), plan)
